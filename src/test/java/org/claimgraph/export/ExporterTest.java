package org.claimgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.TestSupport;
import org.claimgraph.ingest.Article;
import org.claimgraph.map.Iris;
import org.claimgraph.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every export format on the example article plus a short article with a URL: GraphML and GEXF parsed as XML
 * (counts, every edge's ends exist), CSV parsed with commons-csv, QuickStatements lines checked for shape,
 * RDF dumps parsed back.
 */
class ExporterTest {
    private static final String PREFIXES = "PREFIX cg: <https://w3id.org/claimgraph/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    /** A QuickStatements v1 line: item, property, item, then property/source and value pairs. */
    private static final Pattern QS_LINE = Pattern.compile(
            "Q[1-9][0-9]*\tP[1-9][0-9]*\tQ[1-9][0-9]*(\t[PS][1-9][0-9]*\t(\"[^\"\t]+\"|\\+\\d{4}-\\d{2}-\\d{2}T00:00:00Z/(9|10|11)|[0-9]+))+");

    private static KnowledgeStore store;

    @BeforeAll
    static void build() {
        Article withUrl = new Article(
                "accession",
                "Finland joined NATO on 4 April 2023, ending decades of neutrality.\n",
                Optional.of(LocalDate.parse("2023-05-02")),
                Optional.of("https://example.org/news/finland"),
                Optional.of("Finland joins NATO"));
        store = TestSupport.storeWith(
                TestSupport.exampleGraph(), TestSupport.pipeline().process(withUrl));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String export(DatasetGraph dsg, Exporter.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(dsg, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static long count(String query) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create(PREFIXES + query, DatasetFactory.wrap(dsg))) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static long entitiesAndEvents() {
        return count("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { { ?x a cg:Entity } UNION { ?x a cg:Event } }");
    }

    private static long roleEdges() {
        return count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?e ?r ?x "
                + "{ ?e a cg:Event ; ?r ?x . ?r rdfs:subPropertyOf+ cg:role } }");
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Checks nodes and edges of a parsed graph file; returns node id to label. */
    private static Map<String, String> checkGraph(Document doc, String ns, String labelOf) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, "node");
        NodeList edges = doc.getElementsByTagNameNS(ns, "edge");
        assertEquals(entitiesAndEvents(), nodes.getLength(), "one node per entity and event");
        assertTrue(edges.getLength() >= roleEdges(), "an edge per filled role (plus sub-event and part-of edges)");
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            String label = labelOf.equals("attribute") ? n.getAttribute("label") : dataOf(n, "label");
            assertFalse(label.isBlank(), "every node has a label");
            assertTrue(ids.put(n.getAttribute("id"), label) == null, "node ids are unique");
        }
        Set<String> edgeIds = new HashSet<>();
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertTrue(ids.containsKey(e.getAttribute("source")), "edge source exists: " + e.getAttribute("source"));
            assertTrue(ids.containsKey(e.getAttribute("target")), "edge target exists: " + e.getAttribute("target"));
            assertTrue(edgeIds.add(e.getAttribute("id")), "edge ids are unique");
        }
        return ids;
    }

    private static String dataOf(Element parent, String key) {
        NodeList data = parent.getElementsByTagNameNS(GraphmlWriter.NS, "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            if (key.equals(d.getAttribute("key"))) {
                return d.getTextContent();
            }
        }
        return "";
    }

    @Test
    void graphmlParsesWithEveryNodeAndEdge() throws Exception {
        Document doc = xml(export(store.dataset(), Exporter.Format.graphml));
        assertEquals("graphml", doc.getDocumentElement().getLocalName());
        Map<String, String> ids = checkGraph(doc, GraphmlWriter.NS, "data");
        assertTrue(ids.containsValue("Jens Stoltenberg"));
        NodeList edges = doc.getElementsByTagNameNS(GraphmlWriter.NS, "edge");
        boolean visitorEdge = false;
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            if ("visitor".equals(dataOf(e, "role")) && "Jens Stoltenberg".equals(ids.get(e.getAttribute("target")))) {
                visitorEdge = true;
            }
        }
        assertTrue(visitorEdge, "a 'visitor' edge to Jens Stoltenberg");
        NodeList nodes = doc.getElementsByTagNameNS(GraphmlWriter.NS, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            assertFalse(dataOf(n, "type").isBlank(), "every node has a type");
        }
    }

    @Test
    void gexfParsesWithEveryNodeAndEdge() throws Exception {
        Document doc = xml(export(store.dataset(), Exporter.Format.gexf));
        assertEquals("gexf", doc.getDocumentElement().getLocalName());
        assertEquals("1.3", doc.getDocumentElement().getAttribute("version"));
        Map<String, String> ids = checkGraph(doc, GexfWriter.NS, "attribute");
        assertTrue(ids.containsValue("Jens Stoltenberg"));
        NodeList edges = doc.getElementsByTagNameNS(GexfWriter.NS, "edge");
        Set<String> roles = new HashSet<>();
        for (int i = 0; i < edges.getLength(); i++) {
            roles.add(((Element) edges.item(i)).getAttribute("label"));
        }
        assertTrue(
                roles.containsAll(List.of("visitor", "destination", "donor", "recipient", "item")), roles.toString());
        assertTrue(doc.getElementsByTagNameNS(GexfWriter.VIZ, "color").getLength() > 0, "colours for Gephi");
    }

    @Test
    void csvHasOneRowPerClaimAndParses() throws Exception {
        String text = export(store.dataset(), Exporter.Format.csv);
        try (CSVParser csv = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))) {
            assertEquals(ClaimCsvWriter.HEADER, csv.getHeaderNames());
            List<CSVRecord> rows = csv.getRecords();
            assertEquals(count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a cg:Claim }"), rows.size());
            CSVRecord visit = rows.stream()
                    .filter(r -> r.get("evidence")
                                    .startsWith("NATO Secretary-General Jens Stoltenberg visited Ukraine on Thursday")
                            && r.get("event_type").equals("visit"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(visit.get("roles").contains("visitor: Jens Stoltenberg"), visit.get("roles"));
            assertEquals("2023-04-20", visit.get("date"));
            assertEquals("day", visit.get("date_precision"));
            assertEquals("asserted", visit.get("modality"));
            assertFalse(visit.get("conflicts").isEmpty(), "this claim is in a conflict");
            CSVRecord pledge = rows.stream()
                    .filter(r -> r.get("event_type").equals("pledge")
                            && r.get("quantity").equals("14"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("at least", pledge.get("quantity_qualifier"));
            assertTrue(rows.stream().anyMatch(r -> !r.get("attributed_to").isEmpty()), "attribution column");
            for (CSVRecord r : rows) {
                assertFalse(r.get("evidence").isEmpty());
                int begin = Integer.parseInt(r.get("begin"));
                assertTrue(Integer.parseInt(r.get("end")) > begin);
            }
        }
    }

    @Test
    void spreadsheetFormulasInTextAreDefused() {
        assertEquals("'=HYPERLINK(\"x\")", ClaimCsvWriter.defuse("=HYPERLINK(\"x\")"));
        assertEquals("'+1", ClaimCsvWriter.defuse("+1"));
        assertEquals("NATO", ClaimCsvWriter.defuse("NATO"));
        assertEquals("", ClaimCsvWriter.defuse(""));
    }

    @Test
    void quickStatementsAreAssertedLinkedClaimsWithQualifiersAndReference() {
        String text = export(store.dataset(), Exporter.Format.quickstatements);
        List<String> lines = text.lines().toList();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            assertTrue(QS_LINE.matcher(line).matches(), "QuickStatements v1 shape: " + line.replace("\t", "\\t"));
            assertTrue(line.contains("\tS854\t\""), "the article as reference: " + line);
        }
        assertTrue(
                lines.contains("Q33\tP463\tQ7184\tP580\t+2023-04-04T00:00:00Z/11"
                        + "\tS854\t\"https://example.org/news/finland\"\tS577\t+2023-05-02T00:00:00Z/11"),
                text);
        // The example article has no URL to cite, and its possible accession (Sweden "may join") is not asserted.
        assertFalse(text.contains("Q34\t"), "Sweden only may join: not asserted");
    }

    @Test
    void anOfficeHeldIsAPositionHeldStatementAndAFormerOneIsLeftOut() {
        Article office = new Article(
                "office",
                "NATO Secretary General Jens Stoltenberg spoke in Vilnius. The former Norwegian prime minister "
                        + "arrived on Monday.\n",
                Optional.of(LocalDate.parse("2023-07-11")),
                Optional.of("https://example.org/news/vilnius"),
                Optional.of("Stoltenberg in Vilnius"));
        try (var kg = TestSupport.storeWith(TestSupport.pipeline().process(office))) {
            String text = export(kg.dataset(), Exporter.Format.quickstatements);
            assertTrue(
                    text.lines()
                            .anyMatch(l ->
                                    l.startsWith("Q57665\tP39\tQ167662\tS854\t\"https://example.org/news/vilnius\"")),
                    text);
            assertFalse(text.contains("\tP39\tQ2334076"), "a former office is not a position held: " + text);
        }
    }

    @Test
    void quickStatementsCarryQuantityAndPointInTimeForDeliveredEquipment() {
        // Germany and Ukraine carry their real ids; the equipment's and the money's are made up for the test.
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString("""
                PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                PREFIX wd: <http://www.wikidata.org/entity/>
                PREFIX schema: <https://schema.org/>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX id: <https://w3id.org/claimgraph/id/>
                id:graph\\/x {
                  id:entity\\/germany a cg:Country, cg:Actor, cg:Place, cg:Entity ; rdfs:label "Germany" ; owl:sameAs wd:Q183 .
                  id:entity\\/ukraine a cg:Country, cg:Actor, cg:Place, cg:Entity ; rdfs:label "Ukraine" ; owl:sameAs wd:Q212 .
                  id:entity\\/iris-t a cg:Equipment, cg:Entity ; rdfs:label "IRIS-T" ; owl:sameAs wd:Q999999901 .
                  id:entity\\/money a cg:Assistance, cg:Entity ; rdfs:label "money" ; owl:sameAs wd:Q999999902 .
                  id:event\\/aid-1 a cg:Aid, cg:Event ; cg:donor id:entity\\/germany ; cg:recipient id:entity\\/ukraine ;
                      cg:item id:entity\\/iris-t ; cg:quantity 4 ; cg:quantityQualifier cg:Exactly ; cg:date "2023-03"^^xsd:gYearMonth .
                  id:event\\/aid-2 a cg:Aid, cg:Event ; cg:donor id:entity\\/germany ; cg:recipient id:entity\\/ukraine ;
                      cg:item id:entity\\/money ; cg:date "2023"^^xsd:gYear .
                  id:event\\/aid-3 a cg:Aid, cg:Event ; cg:donor id:entity\\/germany ; cg:recipient id:entity\\/ukraine ;
                      cg:item id:entity\\/iris-t ; cg:quantity 10 ; cg:quantityQualifier cg:AtLeast ; cg:notAfter "2024"^^xsd:gYear .
                  id:article\\/a a cg:Article ; schema:url <https://example.org/aid> .
                  id:claim\\/1 a cg:Claim ; cg:about id:event\\/aid-1 ; cg:modality cg:Asserted ; prov:wasDerivedFrom id:article\\/a .
                  id:claim\\/2 a cg:Claim ; cg:about id:event\\/aid-2 ; cg:modality cg:Asserted ; prov:wasDerivedFrom id:article\\/a .
                  id:claim\\/3 a cg:Claim ; cg:about id:event\\/aid-3 ; cg:modality cg:Asserted ; prov:wasDerivedFrom id:article\\/a .
                  id:claim\\/4 a cg:Claim ; cg:about id:event\\/aid-1 ; cg:modality cg:Reported ; prov:wasDerivedFrom id:article\\/a .
                }
                """, Lang.TRIG).parse(dsg);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.Result r = Exporter.write(dsg, Exporter.Format.quickstatements, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(
                List.of(
                        "Q999999901\tP137\tQ212\tP1114\t4\tP585\t+2023-03-00T00:00:00Z/10\tS854\t\"https://example.org/aid\"",
                        "Q999999901\tP137\tQ212\tP1326\t+2024-00-00T00:00:00Z/9\tS854\t\"https://example.org/aid\""),
                lines,
                "exact quantities only, bounds as earliest/latest date, money is not equipment");
        assertEquals(2, r.items());
        assertTrue(
                r.notes().stream().anyMatch(n -> n.contains("aid")), r.notes().toString());
    }

    @Test
    void rdfDumpsHoldTheArticleGraphsButNotTheOntology() {
        long quads = Txn.calculateRead(
                store.dataset(),
                () -> store.dataset().stream()
                        .filter(q -> !q.getGraph().equals(Iris.ONTOLOGY_GRAPH))
                        .count());
        for (Exporter.Format f : List.of(Exporter.Format.trig, Exporter.Format.nq, Exporter.Format.jsonld)) {
            Dataset back = DatasetFactory.create();
            Lang lang = f == Exporter.Format.trig ? Lang.TRIG : f == Exporter.Format.nq ? Lang.NQUADS : Lang.JSONLD;
            RDFParser.fromString(export(store.dataset(), f), lang).parse(back);
            // JSON-LD has no triple terms: each fact's rdf:reifies becomes rdf:subject, rdf:predicate, rdf:object.
            long expected = f == Exporter.Format.jsonld ? quads + 2 * facts() : quads;
            assertEquals(expected, back.asDatasetGraph().stream().count(), f.name());
            assertFalse(back.asDatasetGraph().containsGraph(Iris.ONTOLOGY_GRAPH), f.name());
            assertTrue(back.asDatasetGraph().containsGraph(Iris.FACTS_GRAPH), f.name() + " holds the plain facts");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.Result r = Exporter.write(store.dataset(), Exporter.Format.jsonld, out);
        assertTrue(
                r.notes().stream().anyMatch(n -> n.contains("rdf:subject")),
                r.notes().toString());
    }

    private static long facts() {
        return count("SELECT (COUNT(?f) AS ?n) WHERE { ?f a cg:Fact }");
    }

    private static long factEdges() {
        return count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + Iris.FACTS_GRAPH.getURI() + "> { ?s ?p ?o } "
                + "?p rdfs:subPropertyOf cg:factRelation }");
    }

    private static String exportFacts(Exporter.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(store.dataset(), format, Exporter.View.facts, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theFactsViewIsEntitiesJoinedByTheirAssertedRelationsWeightedByClaims() throws Exception {
        Document doc = xml(exportFacts(Exporter.Format.graphml));
        NodeList nodes = doc.getElementsByTagNameNS(GraphmlWriter.NS, "node");
        NodeList edges = doc.getElementsByTagNameNS(GraphmlWriter.NS, "edge");
        assertEquals(facts(), edges.getLength(), "one edge per plain fact");
        assertEquals(factEdges(), edges.getLength());
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            ids.put(n.getAttribute("id"), dataOf(n, "label"));
            assertEquals("entity", dataOf(n, "kind"), "only entities: " + dataOf(n, "label"));
        }
        Map<String, String> weights = new HashMap<>();
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertTrue(ids.containsKey(e.getAttribute("source")) && ids.containsKey(e.getAttribute("target")));
            assertTrue(Integer.parseInt(dataOf(e, "weight")) >= 1, "weighted by its claims");
            weights.put(
                    ids.get(e.getAttribute("source")) + " " + dataOf(e, "role") + " "
                            + ids.get(e.getAttribute("target")),
                    dataOf(e, "weight"));
        }
        // queries/expected/09-facts.tsv: four claims say he visited Kyiv.
        assertEquals("4", weights.get("Jens Stoltenberg visited Kyiv"), weights.toString());
        // One edge for the example's and the second article's accession: two claims from two articles.
        assertEquals("2", weights.get("Finland member of NATO"), weights.toString());

        Document gexf = xml(exportFacts(Exporter.Format.gexf));
        NodeList gexfEdges = gexf.getElementsByTagNameNS(GexfWriter.NS, "edge");
        assertEquals(facts(), gexfEdges.getLength());
        for (int i = 0; i < gexfEdges.getLength(); i++) {
            assertFalse(((Element) gexfEdges.item(i)).getAttribute("weight").isEmpty(), "GEXF's edge weight");
        }
        assertThrows(
                IllegalArgumentException.class,
                () -> Exporter.write(
                        store.dataset(), Exporter.Format.csv, Exporter.View.facts, OutputStream.nullOutputStream()));
    }
}

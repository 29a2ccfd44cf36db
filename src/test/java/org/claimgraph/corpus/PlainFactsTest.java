package org.claimgraph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.TestSupport;
import org.claimgraph.map.Iris;
import org.claimgraph.serve.ClaimgraphServer;
import org.claimgraph.serve.ServerOptions;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.validate.ShaclValidation;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plain-facts view of the example article: asserted visits, pledges and accessions as direct edges, each
 * reified by a fact naming its claims; nothing from a claim that is only reported, possible or planned; the same
 * edges a SPARQL query over the events finds; the shapes met; and the triple terms served by Fuseki over HTTP.
 */
class PlainFactsTest {
    private static final String PREFIXES = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> "
            + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    private static KnowledgeStore store;
    private static Graph facts;

    @BeforeAll
    static void load() {
        store = TestSupport.storeWith(TestSupport.exampleGraph());
        facts = Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.dataset().getGraph(Iris.FACTS_GRAPH).find().forEach(g::add);
            return g;
        });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Edges of one property, as "subject label -> object label". */
    private static Set<String> edges(Node property) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            Graph union = store.dataset().getUnionGraph();
            facts.find(Node.ANY, property, Node.ANY)
                    .forEach(t -> out.add(label(union, t.getSubject()) + " -> " + label(union, t.getObject())));
            return out;
        });
    }

    private static String label(Graph g, Node n) {
        return g.find(n, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY)
                .nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm())
                .orElse(n.toString());
    }

    /** The edges of a property found by a query over the article graphs' events, as the ontology defines them. */
    private static Set<String> byQuery(String eventType, String from, String to) {
        String q = PREFIXES + "SELECT DISTINCT ?sl ?ol WHERE { GRAPH ?g { ?c cg:modality cg:Asserted ; cg:about ?e . "
                + "?e a cg:" + eventType + " ; cg:" + from + " ?s ; cg:" + to + " ?o . FILTER(?s != ?o) } "
                + "?s rdfs:label ?sl . ?o rdfs:label ?ol }";
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset()))
                    .query(q)
                    .build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    out.add(row.getLiteral("sl").getLexicalForm() + " -> "
                            + row.getLiteral("ol").getLexicalForm());
                }
            }
            return out;
        });
    }

    @Test
    void assertedEventsAreDirectEdges() {
        Set<String> visited = edges(CG.visited.asNode());
        assertTrue(visited.contains("Jens Stoltenberg -> Kyiv"), visited.toString());
        assertTrue(visited.contains("Jens Stoltenberg -> Ukraine"), visited.toString());
        assertTrue(visited.contains("Vladimir Putin -> Ukraine"), visited.toString());
        Set<String> members = edges(CG.memberOf.asNode());
        assertTrue(members.contains("Finland -> NATO"), members.toString());
        assertFalse(members.contains("Sweden -> NATO"), "'Sweden may join' is possible, not asserted: " + members);
        assertFalse(
                members.contains("Ukraine -> NATO"), "a promise that Ukraine will join is no membership: " + members);
    }

    @Test
    void theEdgesAreThoseOfTheAssertedEventsAsTheOntologyDefinesThem() {
        assertEquals(byQuery("Visit", "visitor", "destination"), edges(CG.visited.asNode()));
        assertEquals(byQuery("Pledge", "donor", "recipient"), edges(CG.pledgedTo.asNode()));
        assertEquals(byQuery("Pledge", "donor", "item"), edges(CG.pledged.asNode()));
        assertEquals(byQuery("Accession", "member", "alliance"), edges(CG.memberOf.asNode()));
        assertEquals(byQuery("OfficeHolding", "holder", "position"), edges(CG.positionHeld.asNode()));
        assertFalse(edges(CG.visited.asNode()).isEmpty());
    }

    @Test
    void eachEdgeIsReifiedByOneFactWithItsAssertedClaims() {
        List<Triple> edges = new ArrayList<>();
        facts.find(Node.ANY, Node.ANY, Node.ANY)
                .filterKeep(t -> t.getPredicate().getURI().startsWith(CG.NS)
                        && !t.getPredicate().equals(CG.fromClaim.asNode()))
                .forEach(edges::add);
        assertFalse(edges.isEmpty());
        Txn.executeRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset();
            for (Triple e : edges) {
                Node fact = Iris.fact(e.getSubject(), e.getPredicate(), e.getObject());
                assertTrue(facts.contains(fact, RDF.Nodes.reifies, NodeFactory.createTripleTerm(e)), "reified: " + e);
                List<Node> claims = facts.find(fact, CG.fromClaim.asNode(), Node.ANY)
                        .mapWith(Triple::getObject)
                        .toList();
                assertFalse(claims.isEmpty(), "a fact names its claims: " + e);
                for (Node c : claims) {
                    assertTrue(
                            dsg.getUnionGraph().contains(c, CG.modality.asNode(), CG.Asserted.asNode()),
                            c + " is asserted");
                }
            }
            assertEquals(
                    edges.size(),
                    facts.find(Node.ANY, RDF.Nodes.type, CG.Fact.asNode())
                            .toList()
                            .size(),
                    "one fact per edge and no other");
        });
    }

    @Test
    void theFactsWithTheirArticleMeetTheShapes() {
        Graph g = GraphFactory.createDefaultGraph();
        facts.find().forEach(g::add);
        TestSupport.exampleGraph().graph().find().forEach(g::add);
        ValidationReport report = ShaclValidation.validate(g);
        assertTrue(report.conforms(), ShaclValidation.describe(report));
    }

    /** A dataset with one article graph, in TriG's body: the claims and events a test needs, nothing else. */
    private static DatasetGraph article(String hash, String turtle) {
        DatasetGraph dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        org.apache.jena.riot.RDFParser.fromString(
                        PREFIXES.replace("PREFIX", "@prefix").replace("> ", "> .\n")
                                + "@prefix id: <https://w3id.org/claimgraph/id/> .\n"
                                + "<" + Iris.graph(hash).getURI() + "> {\n" + turtle + "\n}",
                        org.apache.jena.riot.Lang.TRIG)
                .parse(dsg);
        return dsg;
    }

    @Test
    void aMeetingGivesOneEdgePerPairAndOnlyAssertedClaimsCount() {
        String hash = "a".repeat(64);
        DatasetGraph dsg = article(hash, """
                id:claim-1 cg:modality cg:Asserted ; cg:about id:meeting-1 .
                id:meeting-1 a cg:Meeting , cg:Event ; cg:participant id:c , id:a , id:b .
                id:claim-2 cg:modality cg:Possible ; cg:about id:visit-1 .
                id:visit-1 a cg:Visit , cg:Event ; cg:visitor id:a ; cg:destination id:kyiv .
                id:claim-3 cg:modality cg:Negated ; cg:about id:visit-2 .
                id:visit-2 a cg:Visit , cg:Event ; cg:visitor id:b ; cg:destination id:kyiv .
                """);
        Graph g = PlainFacts.compute(dsg);
        Node a = NodeFactory.createURI(CG.ID_NS + "a");
        Node b = NodeFactory.createURI(CG.ID_NS + "b");
        Node c = NodeFactory.createURI(CG.ID_NS + "c");
        Node met = CG.met.asNode();
        assertTrue(g.contains(a, met, b) && g.contains(a, met, c) && g.contains(b, met, c), g.toString());
        assertFalse(g.contains(b, met, a) || g.contains(c, met, a) || g.contains(c, met, b), "one edge a pair");
        assertFalse(g.contains(Node.ANY, CG.visited.asNode(), Node.ANY), "a possible or denied visit is no fact");
        assertEquals(
                3, g.find(Node.ANY, RDF.Nodes.type, CG.Fact.asNode()).toList().size());
    }

    @Test
    void anEdgeTwoArticlesAssertStaysWhileOneOfThemDoes() {
        String visit = "id:claim-%1$s cg:modality cg:Asserted ; cg:about id:visit-%1$s .\n"
                + "id:visit-%1$s a cg:Visit , cg:Event ; cg:visitor id:a ; cg:destination id:kyiv .";
        DatasetGraph dsg = article("1".repeat(64), visit.formatted("1"));
        article("2".repeat(64), visit.formatted("2")).find().forEachRemaining(dsg::add);
        Node edgeS = NodeFactory.createURI(CG.ID_NS + "a");
        Node edgeO = NodeFactory.createURI(CG.ID_NS + "kyiv");
        Node fact = Iris.fact(edgeS, CG.visited.asNode(), edgeO);
        Txn.executeWrite(dsg, () -> {
            PlainFacts.compute(dsg)
                    .find()
                    .forEach(t -> dsg.add(Iris.FACTS_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
            assertEquals(
                    2,
                    dsg.getGraph(Iris.FACTS_GRAPH)
                            .find(fact, CG.fromClaim.asNode(), Node.ANY)
                            .toList()
                            .size());

            // The first article goes, as KnowledgeStore.removeArticles does it: the edge stays, with one claim.
            var after = PlainFacts.incremental().before(dsg, Set.of(Iris.graph("1".repeat(64))));
            dsg.removeGraph(Iris.graph("1".repeat(64)));
            after.after(Set.of());
            Graph facts = dsg.getGraph(Iris.FACTS_GRAPH);
            assertTrue(facts.contains(edgeS, CG.visited.asNode(), edgeO));
            assertEquals(
                    List.of(NodeFactory.createURI(CG.ID_NS + "claim-2")),
                    facts.find(fact, CG.fromClaim.asNode(), Node.ANY)
                            .mapWith(Triple::getObject)
                            .toList());

            // The second goes too: nothing of the edge is left.
            after = PlainFacts.incremental().before(dsg, Set.of(Iris.graph("2".repeat(64))));
            dsg.removeGraph(Iris.graph("2".repeat(64)));
            after.after(Set.of());
            assertTrue(
                    dsg.getGraph(Iris.FACTS_GRAPH).isEmpty(),
                    dsg.getGraph(Iris.FACTS_GRAPH).toString());
        });
    }

    @Test
    void fusekiServesTheTripleTermsOverHttp() {
        try (ClaimgraphServer server = ClaimgraphServer.start(store.dataset(), ServerOptions.onPort(0), null);
                RDFConnection conn = RDFConnection.connect(server.baseUrl() + "kg")) {
            List<Node> terms = new ArrayList<>();
            conn.querySelect(
                    PREFIXES + "SELECT ?t WHERE { GRAPH <" + Iris.FACTS_GRAPH.getURI() + "> { ?f rdf:reifies ?t } }",
                    row -> terms.add(row.get("t").asNode()));
            assertFalse(terms.isEmpty());
            for (Node t : terms) {
                assertTrue(t.isTripleTerm(), "a triple term over HTTP: " + t);
                assertTrue(facts.contains(t.getTriple()), "the edge it reifies is asserted: " + t);
            }
            List<String> objects = new ArrayList<>();
            conn.querySelect(
                    PREFIXES + "SELECT ?o WHERE { ?f rdf:reifies <<( ?s cg:visited ?o )>> ; cg:fromClaim ?c . "
                            + "?s rdfs:label \"Jens Stoltenberg\" }",
                    row -> objects.add(row.get("o").toString()));
            assertFalse(objects.isEmpty(), "a triple-term pattern matches over HTTP");
        }
    }
}

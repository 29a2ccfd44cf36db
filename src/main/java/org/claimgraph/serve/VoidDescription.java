package org.claimgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.NIF;
import org.claimgraph.vocab.Ontology;
import org.claimgraph.vocab.PROV;
import org.claimgraph.vocab.WD;

/**
 * {@code /void}: a VoID description of the served dataset, computed with SPARQL when asked for, so it is
 * always current: the SPARQL endpoint, the number of distinct triples (of the union of all graphs, the
 * ontology's included, as the endpoint's default graph shows them), distinct subjects and objects, the
 * classes and properties used with their counts, and the {@code owl:sameAs} link set to Wikidata.
 * Turtle, JSON-LD or N-Triples by content negotiation, HTML for browsers.
 *
 * <pre>
 * Model voidModel = VoidDescription.describe(store.dataset(), "http://127.0.0.1:3030/");
 * </pre>
 */
public final class VoidDescription extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient DatasetGraph dsg;

    public VoidDescription(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // The base is the loopback address the request came in on, never a Host header.
        String base = "http://127.0.0.1:" + req.getLocalPort() + "/";
        Model m = describe(dsg, base);
        Negotiation how = Negotiation.choose(req);
        if (how == Negotiation.HTML) {
            Negotiation.sendHtml(resp, HttpServletResponse.SC_OK, html(m, base));
        } else {
            how.sendRdf(resp, m);
        }
    }

    /** The dataset's IRI in the description served at {@code base}. */
    public static String datasetIri(String base) {
        return base + "void#claimgraph";
    }

    /** The VoID description of the dataset served at {@code base} (a URL ending in '/'). */
    public static Model describe(DatasetGraph dsg, String base) {
        return Txn.calculateRead(dsg, () -> {
            Model data = ModelFactory.createModelForGraph(dsg.getUnionGraph());
            Model m = ModelFactory.createDefaultModel();
            m.setNsPrefixes(Ontology.prefixes());
            m.setNsPrefix("void", VOID.NS);
            m.setNsPrefix("dcterms", DCTerms.NS);
            Resource ds = m.createResource(datasetIri(base), VOID.Dataset)
                    .addProperty(DCTerms.title, "claimgraph knowledge graph")
                    .addProperty(
                            DCTerms.description,
                            "Claims from news articles, with their evidence, attribution "
                                    + "and modality, under the claimgraph ontology.")
                    .addProperty(VOID.sparqlEndpoint, m.createResource(base + "kg/sparql"))
                    .addProperty(VOID.uriSpace, CG.ID_NS)
                    .addProperty(VOID.feature, m.createResource("http://www.w3.org/ns/formats/Turtle"))
                    .addProperty(VOID.feature, m.createResource("http://www.w3.org/ns/formats/JSON-LD"));
            for (String vocab : List.of(CG.NS, NIF.NS, PROV.NS, SchemaDO.NS)) {
                ds.addProperty(VOID.vocabulary, m.createResource(vocab));
            }
            QuerySolution totals = one(data, """
                    SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects)
                           (COUNT(DISTINCT ?p) AS ?properties)
                    WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }""");
            ds.addProperty(VOID.triples, integer(totals.getLiteral("triples").getLong()));
            ds.addProperty(
                    VOID.distinctSubjects, integer(totals.getLiteral("subjects").getLong()));
            ds.addProperty(
                    VOID.distinctObjects, integer(totals.getLiteral("objects").getLong()));
            ds.addProperty(
                    VOID.properties, integer(totals.getLiteral("properties").getLong()));
            QuerySolution entities = one(
                    data,
                    "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o " + "FILTER(isIRI(?s) && STRSTARTS(STR(?s), \""
                            + CG.ID_NS + "\")) }");
            ds.addProperty(VOID.entities, integer(entities.getLiteral("n").getLong()));

            int classes = 0;
            try (QueryExecution qe =
                    QueryExecution.create().model(data).query("""
                    SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY ?class""").build()) {
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    if (!row.get("class").isURIResource()) {
                        continue;
                    }
                    classes++;
                    ds.addProperty(
                            VOID.classPartition,
                            m.createResource()
                                    .addProperty(VOID._class, row.getResource("class"))
                                    .addProperty(
                                            VOID.entities,
                                            integer(row.getLiteral("n").getLong())));
                }
            }
            ds.addProperty(VOID.classes, integer(classes));
            try (QueryExecution qe =
                    QueryExecution.create().model(data).query("""
                    SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } } GROUP BY ?p ORDER BY ?p""").build()) {
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    ds.addProperty(
                            VOID.propertyPartition,
                            m.createResource()
                                    .addProperty(VOID.property, row.getResource("p"))
                                    .addProperty(
                                            VOID.triples,
                                            integer(row.getLiteral("n").getLong())));
                }
            }
            QuerySolution links = one(
                    data,
                    "PREFIX owl: <" + OWL2.NS + ">\nSELECT (COUNT(*) AS ?n) WHERE {"
                            + " SELECT DISTINCT ?s ?o { ?s owl:sameAs ?o FILTER(STRSTARTS(STR(?o), \""
                            + WD.ENTITY + "\")) } }");
            QuerySolution example = one(
                    data,
                    "PREFIX owl: <" + OWL2.NS + ">\nSELECT (MIN(?s) AS ?e) WHERE {"
                            + " ?s owl:sameAs ?o FILTER(STRSTARTS(STR(?s), \"" + CG.ID_NS + "entity/\")) }");
            if (example.contains("e")) {
                ds.addProperty(VOID.exampleResource, example.getResource("e"));
            }
            Resource wikidata = m.createResource(base + "void#wikidata", VOID.Dataset)
                    .addProperty(DCTerms.title, "Wikidata")
                    .addProperty(VOID.uriSpace, WD.ENTITY)
                    .addProperty(VOID.sparqlEndpoint, m.createResource("https://query.wikidata.org/sparql"))
                    .addProperty(
                            m.createProperty("http://xmlns.com/foaf/0.1/homepage"),
                            m.createResource("https://www.wikidata.org/"));
            Resource linkset = m.createResource(base + "void#wikidata-links", VOID.Linkset)
                    .addProperty(DCTerms.title, "Entities linked to Wikidata items")
                    .addProperty(VOID.linkPredicate, OWL2.sameAs)
                    .addProperty(VOID.subjectsTarget, ds)
                    .addProperty(VOID.objectsTarget, wikidata)
                    .addProperty(VOID.triples, integer(links.getLiteral("n").getLong()));
            ds.addProperty(VOID.subset, linkset);
            return m;
        });
    }

    /** Counts as {@code xsd:integer}, as VoID's examples write them. */
    private static Literal integer(long n) {
        return ResourceFactory.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static QuerySolution one(Model data, String query) {
        try (QueryExecution qe =
                QueryExecution.create().model(data).query(query).build()) {
            return qe.execSelect().next();
        }
    }

    /** The description as a page. */
    static String html(Model m, String base) {
        Resource ds = m.getResource(datasetIri(base));
        Html h = Html.page("VoID description", "/void");
        h.raw("<article class=\"void\">\n<h1>VoID description of this dataset</h1>\n<p class=\"actions\">")
                .link("/void?format=turtle", "Turtle")
                .raw(" · ")
                .link("/void?format=jsonld", "JSON-LD")
                .raw("</p>\n<dl class=\"facts\">\n");
        h.raw("<dt>Dataset</dt><dd><code>").text(ds.getURI()).raw("</code></dd>\n");
        h.raw("<dt>SPARQL endpoint</dt><dd><code>")
                .text(ds.getPropertyResourceValue(VOID.sparqlEndpoint).getURI())
                .raw("</code></dd>\n");
        h.raw("<dt>URI space</dt><dd><code>").text(CG.ID_NS).raw("</code></dd>\n");
        for (var p : List.of(
                VOID.triples,
                VOID.entities,
                VOID.distinctSubjects,
                VOID.distinctObjects,
                VOID.properties,
                VOID.classes)) {
            Statement s = ds.getProperty(p);
            h.raw("<dt>")
                    .text(p.getLocalName())
                    .raw("</dt><dd class=\"count\" data-property=\"")
                    .attr(p.getLocalName())
                    .raw("\">")
                    .text(s == null ? "0" : Long.toString(s.getLong()))
                    .raw("</dd>\n");
        }
        Resource linkset = m.getResource(base + "void#wikidata-links");
        h.raw("<dt>Links to Wikidata (owl:sameAs)</dt><dd class=\"count\" data-property=\"linkset\">")
                .text(Long.toString(linkset.getProperty(VOID.triples).getLong()))
                .raw("</dd>\n</dl>\n");
        h.raw("<h2>Classes</h2>\n<table class=\"partition\">\n<tr><th>class</th><th>instances</th></tr>\n");
        partitionRows(h, m, ds, VOID.classPartition, VOID._class, VOID.entities);
        h.raw(
                "</table>\n<h2>Properties</h2>\n<table class=\"partition\">\n<tr><th>property</th><th>triples</th></tr>\n");
        partitionRows(h, m, ds, VOID.propertyPartition, VOID.property, VOID.triples);
        h.raw("</table>\n</article>\n");
        return h.end();
    }

    /** One table row per partition, sorted by its key (class or property): the key and the partition's count. */
    private static void partitionRows(
            Html h,
            Model m,
            Resource ds,
            org.apache.jena.rdf.model.Property partition,
            org.apache.jena.rdf.model.Property key,
            org.apache.jena.rdf.model.Property count) {
        for (Resource part : sorted(ds, partition, key)) {
            h.raw("<tr><td><code>")
                    .text(shortName(m, part.getPropertyResourceValue(key)))
                    .raw("</code></td><td>")
                    .text(Long.toString(part.getProperty(count).getLong()))
                    .raw("</td></tr>\n");
        }
    }

    private static List<Resource> sorted(
            Resource ds, org.apache.jena.rdf.model.Property partition, org.apache.jena.rdf.model.Property key) {
        List<Resource> parts = new ArrayList<>();
        ds.listProperties(partition).forEach(s -> parts.add(s.getResource()));
        parts.sort(Comparator.comparing(r -> {
            Resource k = r.getPropertyResourceValue(key);
            return k == null ? "" : k.getURI();
        }));
        return parts;
    }

    private static String shortName(Model m, RDFNode n) {
        if (!n.isURIResource()) {
            return n.toString();
        }
        String uri = n.asResource().getURI();
        String q = m.qnameFor(uri);
        return q != null ? q : uri;
    }
}

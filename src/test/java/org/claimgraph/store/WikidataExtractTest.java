package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.TestSupport;
import org.claimgraph.map.Iris;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.vocab.PROV;
import org.claimgraph.vocab.WD;
import org.junit.jupiter.api.Test;

/** The bundled Wikidata extract: its shape, its sources, and its graph in the store. */
class WikidataExtractTest {
    private static final Node STATEMENT = NodeFactory.createURI(WD.WIKIBASE + "Statement");

    @Test
    void everyStatementNamesItsSource() {
        Graph g = WikidataExtract.graph();
        List<Node> statements = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), STATEMENT).forEachRemaining(t -> statements.add(t.getSubject()));
        assertTrue(statements.size() > 200, "statements: " + statements.size());
        for (Node s : statements) {
            assertTrue(g.contains(s, PROV.wasDerivedFrom.asNode(), Node.ANY), "statement without a source: " + s);
        }
    }

    @Test
    void everyDirectClaimHasItsStatementAndNoEntityIsLinkedHere() {
        Graph g = WikidataExtract.graph();
        g.find().forEachRemaining(t -> {
            String p = t.getPredicate().getURI();
            if (p.startsWith(WD.DIRECT)) {
                String id = p.substring(WD.DIRECT.length());
                Node statementProp = NodeFactory.createURI(WD.STATEMENT + id);
                Node valueProp = NodeFactory.createURI(WD.STATEMENT_VALUE + id);
                boolean backed = g.find(t.getSubject(), statementProp, Node.ANY).toList().stream()
                        .anyMatch(st -> g.contains(st.getObject(), valueProp, t.getObject()));
                assertTrue(backed, "direct claim without a sourced statement: " + t);
            }
        });
        assertFalse(g.contains(Node.ANY, OWL2.sameAs.asNode(), Node.ANY), "the extract links nothing");
    }

    @Test
    void buildLoadsItAsItsOwnGraphBesideTheArticles() {
        try (KnowledgeStore store = TestSupport.storeWith(TestSupport.exampleGraph())) {
            assertTrue(store.read(() -> store.dataset().containsGraph(Iris.WIKIDATA_GRAPH)));
            assertEquals(WikidataExtract.graph().size(), (long) store.read(
                    () -> store.dataset().getGraph(Iris.WIKIDATA_GRAPH).size()));
            assertEquals(1, store.articleCount(), "the extract is not an article");
            assertFalse(store.isEmpty());
        }
    }

    @Test
    void serveBringsAnOlderStoreUpToDate() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            assertTrue(store.isEmpty());
            store.ensureEnrichment();
            assertTrue(store.read(() -> store.dataset().containsGraph(Iris.WIKIDATA_GRAPH)));
            assertTrue(store.isEmpty(), "still no article");
            // An extract of an earlier version is replaced.
            Txn.executeWrite(store.dataset(), () -> {
                store.dataset().removeGraph(Iris.WIKIDATA_GRAPH);
                Graph old = GraphFactory.createDefaultGraph();
                old.add(Triple.create(
                        Iris.WIKIDATA_GRAPH, OWL2.versionInfo.asNode(), NodeFactory.createLiteralString("0")));
                store.dataset().addGraph(Iris.WIKIDATA_GRAPH, old);
            });
            store.ensureEnrichment();
            assertEquals(
                    WikidataExtract.version(WikidataExtract.graph()),
                    store.read(() -> WikidataExtract.version(store.dataset().getGraph(Iris.WIKIDATA_GRAPH))));
        }
    }

    @Test
    void claimsJoinWithNatoMembershipWithNoNetwork() {
        try (KnowledgeStore store = TestSupport.storeWith(TestSupport.exampleGraph())) {
            String q = "PREFIX wdt: <http://www.wikidata.org/prop/direct/> PREFIX wd: <http://www.wikidata.org/entity/>"
                    + " SELECT DISTINCT ?donor WHERE { ?p a cg:Pledge ; cg:donor ?d . ?d rdfs:label ?donor ; owl:sameAs ?c ."
                    + " ?c wdt:P463 wd:Q7184 } ORDER BY ?donor";
            List<String> donors = store.read(() -> {
                List<String> out = new ArrayList<>();
                try (QueryExecution qe =
                        QueryExecution.create(QueryRunner.parse(q), DatasetFactory.wrap(store.dataset()))) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        out.add(s.getLiteral("donor").getString());
                    }
                }
                return out;
            });
            assertEquals(List.of("Denmark", "Germany", "Netherlands"), donors);
        }
    }
}

package org.claimgraph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.CorpusFixtures;
import org.claimgraph.TestSupport;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.map.Iris;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.validate.ShaclValidation;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same event reported by several articles becomes one cross-article event; disagreeing dates a conflict. */
class CorpusEventsTest {
    private static ArticleGraph visitA;
    private static ArticleGraph visitB;
    private static ArticleGraph otherVisit;
    private static ArticleGraph joinedOn4;
    private static ArticleGraph joinedOn5;

    @BeforeAll
    static void extract() {
        var p = TestSupport.pipeline();
        visitA = p.process(TestSupport.article("Jens Stoltenberg visited Kyiv on Thursday.", "2023-04-21"));
        visitB = p.process(TestSupport.article(
                "NATO Secretary-General Jens Stoltenberg visited Ukraine on April 20, 2023.", "2023-04-22"));
        otherVisit =
                p.process(TestSupport.article("Jens Stoltenberg visited Kyiv on September 28, 2023.", "2023-09-29"));
        joinedOn4 = p.process(TestSupport.article("Finland joined NATO on April 4, 2023.", "2023-04-05"));
        joinedOn5 = p.process(TestSupport.article("Finland joined NATO on April 5, 2023.", "2023-04-06"));
    }

    private static Graph events(ArticleGraph... graphs) {
        KnowledgeStore store = TestSupport.storeWith(graphs);
        return Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.dataset().getGraph(Iris.EVENTS_GRAPH).find().forEach(g::add);
            return g;
        });
    }

    private static List<Node> subjects(Graph g, Node type) {
        return g.find(Node.ANY, RDF.type.asNode(), type)
                .mapWith(t -> t.getSubject())
                .toList();
    }

    @Test
    void theSameVisitInTwoArticlesIsOneEventWithItsReason() {
        Graph g = events(visitA, visitB, otherVisit);
        List<Node> visits = subjects(g, CG.Visit.asNode());
        assertEquals(1, visits.size(), "one cross-article visit, the September one stays apart: " + g);
        Node visit = visits.get(0);
        assertTrue(visit.getURI().startsWith(CG.ID_NS + "event/corpus/visit-"), visit.getURI());
        assertEquals(
                2, g.find(Node.ANY, CG.sameEventAs.asNode(), visit).toList().size());
        String reason = g.find(visit, CG.mergeReason.asNode(), Node.ANY)
                .next()
                .getObject()
                .getLiteralLexicalForm();
        assertTrue(
                reason.contains("Reported by 2 articles")
                        && reason.contains("Jens Stoltenberg")
                        && reason.contains("destination"),
                reason);
        assertEquals(
                "2023-04-20",
                g.find(visit, CG.date.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm(),
                "the most precise date the reports agree on");
        assertTrue(subjects(g, CG.Conflict.asNode()).isEmpty());
    }

    @Test
    void anAccessionDatedDifferentlyByTwoArticlesIsOneEventAndAConflict() {
        Graph g = events(joinedOn4, joinedOn5);
        assertEquals(1, subjects(g, CG.Accession.asNode()).size());
        List<Node> conflicts = subjects(g, CG.Conflict.asNode());
        assertEquals(1, conflicts.size(), g.toString());
        Set<Node> between = Set.copyOf(g.find(conflicts.get(0), CG.between.asNode(), Node.ANY)
                .mapWith(t -> t.getObject())
                .toList());
        assertEquals(2, between.size());
        String why = g.find(conflicts.get(0), org.apache.jena.vocabulary.RDFS.comment.asNode(), Node.ANY)
                .next()
                .getObject()
                .getLiteralLexicalForm();
        assertTrue(why.contains("2023-04-04") && why.contains("2023-04-05"), why);
        assertTrue(
                g.find(subjects(g, CG.Accession.asNode()).get(0), CG.date.asNode(), Node.ANY)
                        .toList()
                        .isEmpty(),
                "no date of its own when the reports disagree");
    }

    @Test
    void theResultDoesNotDependOnLoadOrder() {
        Graph one = events(visitA, joinedOn4, visitB, joinedOn5, otherVisit);
        Graph two = events(otherVisit, joinedOn5, visitB, joinedOn4, visitA);
        assertEquals(CorpusFixtures.sorted(one), CorpusFixtures.sorted(two));
    }

    @Test
    void computedBlockByBlockFromEachArticleAloneItEqualsTheWholeStoresGraph() {
        ArticleGraph[] all = {visitA, visitB, otherVisit, joinedOn4, joinedOn5};
        Graph whole = events(all);
        // What a distributed engine does: block keys and slices from each article on its own, then one
        // computation per key over the slices and the corpus's cg:partOf triples.
        java.util.Map<String, DatasetGraph> blocks = new java.util.TreeMap<>();
        List<org.apache.jena.graph.Triple> partOf = new java.util.ArrayList<>();
        for (ArticleGraph a : all) {
            DatasetGraph one = DatasetGraphFactory.create();
            one.addGraph(a.name(), a.graph());
            partOf.addAll(EventBlocks.partOf(one));
            for (EventBlocks.Member m : EventBlocks.members(one)) {
                DatasetGraph block = blocks.computeIfAbsent(m.key(), k -> DatasetGraphFactory.create());
                EventBlocks.slice(one, m).find().forEach(t -> block.add(new Quad(m.graph(), t)));
            }
        }
        assertTrue(blocks.size() >= 2, "the visits and the accessions are blocks of their own: " + blocks.keySet());
        Graph pieces = GraphFactory.createDefaultGraph();
        for (DatasetGraph block : blocks.values()) {
            partOf.forEach(t -> block.add(new Quad(NodeFactory.createURI("urn:test:places"), t)));
            CorpusEvents.compute(block).graph().find().forEach(pieces::add);
        }
        assertTrue(whole.size() > 0);
        assertEquals(CorpusFixtures.sorted(whole), CorpusFixtures.sorted(pieces));
    }

    @Test
    void theStoreWithItsEventsGraphConformsToTheShapes() {
        KnowledgeStore store = TestSupport.storeWith(visitA, visitB, joinedOn4, joinedOn5);
        Graph union = Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.dataset().find().forEachRemaining(q -> {
                if (!q.getGraph().equals(Iris.ONTOLOGY_GRAPH) && !q.getGraph().equals(Iris.WIKIDATA_GRAPH)) {
                    g.add(q.asTriple());
                }
            });
            return g;
        });
        ValidationReport report = ShaclValidation.validate(union);
        assertTrue(report.conforms(), () -> "violations:\n" + ShaclValidation.describe(report));
        // Claims of a cross-article event: those about the events that are the same as it.
        String q = "PREFIX cg: <" + CG.NS
                + "> SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?e a cg:Visit ; ^cg:sameEventAs/^cg:about ?c }";
        try (var qe = QueryExecutionFactory.create(q, ModelFactory.createModelForGraph(union))) {
            ResultSet rs = qe.execSelect();
            assertTrue(rs.next().getLiteral("n").getInt() >= 2);
        }
    }
}

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
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.CorpusFixtures;
import org.claimgraph.TestSupport;
import org.claimgraph.map.Iris;
import org.claimgraph.pipeline.LiveIngest;
import org.claimgraph.query.KnowledgeView;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The index graph of a store of three copies of the example article, as a build leaves it: each entity once with
 * the label, types and links the articles give it; the claims counted by type and modality and each fact's claims and
 * articles counted exactly as counting the claims themselves does; and nothing left once the articles are gone.
 */
class CorpusIndexTest {
    private static final String PREFIXES = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> "
            + "PREFIX prov: <http://www.w3.org/ns/prov#> "
            + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    private static KnowledgeStore store;

    @BeforeAll
    static void build() {
        store = TestSupport.storeWith(CorpusFixtures.copies(3).stream()
                .map(CorpusFixtures::graph)
                .toArray(org.claimgraph.map.ArticleGraph[]::new));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Set<String> rows(String query, String... vars) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset()))
                    .query(PREFIXES + query)
                    .build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    List<String> cells = new ArrayList<>();
                    for (String v : vars) {
                        cells.add(String.valueOf(row.get(v)));
                    }
                    out.add(String.join(" | ", cells));
                }
            }
            return out;
        });
    }

    @Test
    void everyEntityIsThereOnceWithItsLabelTypesAndLinks() {
        Txn.executeRead(store.dataset(), () -> {
            Graph index = store.dataset().getGraph(Iris.INDEX_GRAPH);
            KnowledgeView articles = KnowledgeView.of(store.dataset().getUnionGraph());
            Set<Node> entities = new TreeSet<>(java.util.Comparator.comparing(Node::getURI));
            store.dataset()
                    .find(Node.ANY, Node.ANY, RDF.Nodes.type, CG.Entity.asNode())
                    .forEachRemaining(q -> {
                        if (Iris.isArticleGraph(q.getGraph())) {
                            entities.add(q.getSubject());
                        }
                    });
            assertTrue(entities.size() > 10, entities.toString());
            for (Node e : entities) {
                List<Node> labels = index.find(e, RDFS.label.asNode(), Node.ANY)
                        .mapWith(t -> t.getObject())
                        .toList();
                assertEquals(1, labels.size(), "one label for " + e);
                assertEquals(articles.label(e), labels.get(0).getLiteralLexicalForm(), e.toString());
                List<Node> types = index.find(e, RDF.Nodes.type, Node.ANY)
                        .mapWith(t -> t.getObject())
                        .toList();
                assertEquals(Set.copyOf(articles.types(e)), Set.copyOf(types), "types of " + e);
                assertEquals(
                        articles.wikidata(e),
                        index
                                .find(e, OWL2.sameAs.asNode(), Node.ANY)
                                .mapWith(t -> t.getObject().getURI())
                                .toList()
                                .stream()
                                .sorted()
                                .toList(),
                        "links of " + e);
            }
        });
    }

    @Test
    void claimCountsAreWhatCountingTheClaimsGives() {
        Set<String> counted = rows(
                "SELECT ?cls ?m (COUNT(DISTINCT ?claim) AS ?n) WHERE { ?claim a cg:Claim ; cg:about ?event ; "
                        + "cg:modality ?m . ?event a ?cls . FILTER(STRSTARTS(STR(?cls), STR(cg:))) "
                        + "FILTER NOT EXISTS { ?event a ?narrower . ?narrower rdfs:subClassOf ?cls . "
                        + "FILTER(?narrower != ?cls) } } GROUP BY ?cls ?m",
                "cls",
                "m",
                "n");
        Set<String> indexed = rows(
                "SELECT ?cls ?m ?n WHERE { GRAPH <" + Iris.INDEX_GRAPH.getURI() + "> { ?c a cg:ClaimCount ; "
                        + "cg:countedType ?cls ; cg:countedModality ?m ; cg:claimCount ?n } }",
                "cls",
                "m",
                "n");
        assertTrue(counted.size() > 3, counted.toString());
        assertEquals(counted, indexed);
    }

    @Test
    void factCountsAreWhatCountingTheClaimsGives() {
        Set<String> counted = rows(
                "SELECT ?fact (COUNT(DISTINCT ?claim) AS ?claims) (COUNT(DISTINCT ?article) AS ?articles) WHERE { "
                        + "GRAPH <" + Iris.FACTS_GRAPH.getURI() + "> { ?fact cg:fromClaim ?claim } "
                        + "?claim prov:wasDerivedFrom ?article } GROUP BY ?fact",
                "fact",
                "claims",
                "articles");
        Set<String> indexed = rows(
                "SELECT ?fact ?claims ?articles WHERE { GRAPH <" + Iris.INDEX_GRAPH.getURI() + "> { "
                        + "?fact cg:claimCount ?claims ; cg:articleCount ?articles . FILTER NOT EXISTS { ?fact a "
                        + "cg:ClaimCount } } }",
                "fact",
                "claims",
                "articles");
        assertFalse(counted.isEmpty());
        Set<String> articles = rows(
                "SELECT DISTINCT ?articles WHERE { GRAPH <" + Iris.INDEX_GRAPH.getURI() + "> { "
                        + "?fact cg:articleCount ?articles } }",
                "articles");
        assertEquals(1, articles.size(), "every fact is in each of the three copies: " + articles);
        assertEquals(Set.of("\"3\"^^xsd:integer"), articles);
        assertEquals(counted, indexed);
    }

    @Test
    void eventsOfOneBusyTimeAreSplitAndJoinedAgainAsARecomputeWould() {
        // Three articles of 120 events each naming one entity on one day: past 256 the day is split into parts.
        org.apache.jena.sparql.core.DatasetGraph dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        Node hub = org.apache.jena.graph.NodeFactory.createURI(CG.ID_NS + "entity/hub");
        List<Node> graphs = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            graphs.add(Iris.graph(Integer.toString(g + 1).repeat(64)));
        }
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < graphs.size(); i++) {
                var after = CorpusIndex.incremental().before(dsg, Set.of());
                for (int k = 0; k < 120; k++) {
                    Node event = org.apache.jena.graph.NodeFactory.createURI(CG.ID_NS + "event/" + i + "-" + k);
                    dsg.add(graphs.get(i), event, RDF.Nodes.type, CG.Event.asNode());
                    dsg.add(graphs.get(i), event, CG.participant.asNode(), hub);
                    dsg.add(
                            graphs.get(i),
                            event,
                            CG.date.asNode(),
                            org.apache.jena.graph.NodeFactory.createLiteralDT(
                                    "2023-04-20", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
                }
                after.after(Set.of(graphs.get(i)));
                assertEquals(
                        CorpusFixtures.sorted(CorpusIndex.compute(dsg)),
                        CorpusFixtures.sorted(dsg.getGraph(Iris.INDEX_GRAPH)),
                        "after adding article " + i);
            }
            long parts = dsg.getGraph(Iris.INDEX_GRAPH)
                    .find(Node.ANY, CG.bucketPart.asNode(), Node.ANY)
                    .toList()
                    .size();
            assertTrue(parts > 1, "360 events of one day are in parts: " + parts);
            for (Node g : List.of(graphs.get(0), graphs.get(2))) {
                var after = CorpusIndex.incremental().before(dsg, Set.of(g));
                dsg.removeGraph(g);
                after.after(Set.of());
                assertEquals(
                        CorpusFixtures.sorted(CorpusIndex.compute(dsg)),
                        CorpusFixtures.sorted(dsg.getGraph(Iris.INDEX_GRAPH)),
                        "after removing " + g);
            }
            assertFalse(dsg.getGraph(Iris.INDEX_GRAPH).contains(Node.ANY, CG.bucketPart.asNode(), Node.ANY));
        });
    }

    @Test
    void anIndexKeptInStepEmptiesWhenTheArticlesGo() {
        try (KnowledgeStore live = KnowledgeStore.inMemory()) {
            LiveIngest ingest = new LiveIngest(live, CorpusFixtures.extractor(), 1);
            List<org.claimgraph.ingest.Article> copies = CorpusFixtures.copies(2);
            copies.forEach(ingest::ingest);
            assertFalse(Txn.calculateRead(
                    live.dataset(),
                    () -> live.dataset().getGraph(Iris.INDEX_GRAPH).isEmpty()));
            ingest.remove(copies.stream().map(a -> Iris.graph(a.contentHash())).toList());
            Txn.executeRead(
                    live.dataset(),
                    () -> assertTrue(
                            live.dataset().getGraph(Iris.INDEX_GRAPH).isEmpty(),
                            live.dataset().getGraph(Iris.INDEX_GRAPH).toString()));
        }
    }
}

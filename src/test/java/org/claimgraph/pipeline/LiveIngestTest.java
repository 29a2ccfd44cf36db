package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.CorpusFixtures;
import org.claimgraph.TestSupport;
import org.claimgraph.corpus.CorpusEvents;
import org.claimgraph.corpus.CorpusIndex;
import org.claimgraph.corpus.PlainFacts;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleOverrides;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.ingest.BatchItem;
import org.claimgraph.ingest.InputException;
import org.claimgraph.map.Iris;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Articles added to a served store one at a time: each stored whole with its cross-article events, plain facts and
 * index, which are updated only where the article concerns them and must end exactly as a full recompute of the
 * same articles.
 */
class LiveIngestTest {
    private static ArticlePipeline pipeline;

    @BeforeAll
    static void models() {
        pipeline = TestSupport.pipeline();
    }

    private static Article article(String source, String text, String published, String url) {
        return new Article(
                source, text, Optional.of(LocalDate.parse(published)), Optional.ofNullable(url), Optional.empty());
    }

    private static Graph eventsGraph(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.getGraph(Iris.EVENTS_GRAPH).find().forEach(g::add);
            return g;
        });
    }

    private static Graph recomputed(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> CorpusEvents.compute(dsg).graph());
    }

    private static void assertEqualsFullRecompute(KnowledgeStore store, String step) {
        List<String> incremental = CorpusFixtures.sorted(eventsGraph(store.dataset()));
        List<String> full = CorpusFixtures.sorted(recomputed(store.dataset()));
        assertEquals(full, incremental, "after " + step + ": the incremental events graph differs from a recompute");
        List<String> facts = Txn.calculateRead(
                store.dataset(), () -> CorpusFixtures.sorted(store.dataset().getGraph(Iris.FACTS_GRAPH)));
        List<String> allFacts =
                Txn.calculateRead(store.dataset(), () -> CorpusFixtures.sorted(PlainFacts.compute(store.dataset())));
        assertEquals(allFacts, facts, "after " + step + ": the incremental facts graph differs from a recompute");
        List<String> index = Txn.calculateRead(
                store.dataset(), () -> CorpusFixtures.sorted(store.dataset().getGraph(Iris.INDEX_GRAPH)));
        List<String> allIndex =
                Txn.calculateRead(store.dataset(), () -> CorpusFixtures.sorted(CorpusIndex.compute(store.dataset())));
        assertEquals(allIndex, index, "after " + step + ": the incremental index differs from a recompute");
        assertFalse(index.isEmpty(), "after " + step + ": the index holds the articles' entities");
    }

    private static long count(Graph g, Node type) {
        return g.stream(Node.ANY, RDF.type.asNode(), type).count();
    }

    @Test
    void eventsAfterIncrementalIngestEqualAFullRecompute() {
        List<Article> steps = List.of(
                article("visit-a", "Jens Stoltenberg visited Kyiv on Thursday.", "2023-04-21", null),
                article("joined-4", "Finland joined NATO on April 4, 2023.", "2023-04-05", "https://example.org/fi/1"),
                article(
                        "visit-b",
                        "NATO Secretary-General Jens Stoltenberg visited Ukraine on April 20, 2023.",
                        "2023-04-22",
                        null),
                article(
                        "visit-later",
                        "Jens Stoltenberg visited Kyiv on September 28, 2023.",
                        "2023-09-29",
                        "https://example.org/visit/2"),
                article("joined-5", "Finland joined NATO on April 5, 2023.", "2023-04-06", "https://example.org/fi/2"),
                // A new text from the URL of the April 5 report: the conflict between the dates goes.
                article(
                        "joined-5-corrected",
                        "Finland joined NATO on April 4, 2023, the alliance said.",
                        "2023-04-06",
                        "https://example.org/fi/2"),
                // The same text again: nothing changes.
                article("visit-a-again", "Jens Stoltenberg visited Kyiv on Thursday.", "2023-04-21", null));
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            LiveIngest ingest = new LiveIngest(store, pipeline::process, 1);
            boolean sawConflict = false;
            boolean sawVisit = false;
            for (Article a : steps) {
                LiveIngest.Result r = ingest.ingest(a);
                assertFalse(r.status() == LiveIngest.Status.REJECTED, a.source() + ": " + r.error());
                assertEqualsFullRecompute(store, a.source());
                Graph events = eventsGraph(store.dataset());
                sawConflict |= count(events, CG.Conflict.asNode()) > 0;
                sawVisit |= count(events, CG.Visit.asNode()) > 0;
            }
            assertTrue(
                    Txn.calculateRead(
                            store.dataset(),
                            () -> store.dataset()
                                    .getGraph(Iris.FACTS_GRAPH)
                                    .contains(Node.ANY, CG.memberOf.asNode(), Node.ANY)),
                    "Finland's accession is a plain fact");
            assertTrue(sawVisit, "the two reports of the April visit were merged at some step");
            assertTrue(sawConflict, "the two dates of Finland's accession were a conflict at some step");
            Graph end = eventsGraph(store.dataset());
            assertEquals(0, count(end, CG.Conflict.asNode()), "the corrected text ends the conflict: " + end);
            assertEquals(1, count(end, CG.Accession.asNode()), end.toString());

            // Removing the first visit report leaves the April visit with one article: no cross-article event.
            Node first = Iris.graph(steps.get(0).contentHash());
            assertEquals(1, ingest.remove(List.of(first)));
            assertEqualsFullRecompute(store, "removing visit-a");
            assertEquals(0, count(eventsGraph(store.dataset()), CG.Visit.asNode()));
        }
    }

    @Test
    void copiesOfTheExampleMergeIncrementallyAsInAFullRecompute() {
        // Copies of the example article report the same events: every step changes clusters of several members.
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            LiveIngest ingest = new LiveIngest(store, CorpusFixtures.extractor(), 2);
            List<Article> copies = CorpusFixtures.copies(5);
            for (Article a : copies) {
                ingest.ingest(a);
                assertEqualsFullRecompute(store, a.source());
            }
            assertTrue(
                    count(eventsGraph(store.dataset()), CG.Event.asNode()) > 0,
                    "the copies' events are merged across articles");
            ingest.remove(List.of(Iris.graph(copies.get(2).contentHash())));
            assertEqualsFullRecompute(store, "removing copy 2");
            ingest.remove(List.of(
                    Iris.graph(copies.get(0).contentHash()),
                    Iris.graph(copies.get(1).contentHash()),
                    Iris.graph(copies.get(3).contentHash())));
            assertEqualsFullRecompute(store, "removing all but copy 4");
            assertEquals(0, eventsGraph(store.dataset()).size(), "one article left: nothing across articles");
        }
    }

    @Test
    void aBadArticleInABatchIsRejectedAndTheOthersAreStored() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            LiveIngest ingest = new LiveIngest(store, pipeline::process, 2);
            Article good = article("good", "Finland joined NATO on April 4, 2023.", "2023-04-05", null);
            List<BatchItem> items = List.of(
                    new BatchItem.Rejected(new InputException("bad", "unparsable publication date '2023-02-30'")),
                    new BatchItem.Read(good));
            List<LiveIngest.Result> results = ingest.ingest(items);
            assertEquals(2, results.size());
            assertEquals(LiveIngest.Status.REJECTED, results.get(0).status());
            assertEquals(
                    "unparsable publication date '2023-02-30'", results.get(0).error());
            assertEquals(LiveIngest.Status.STORED, results.get(1).status());
            Node g = NodeFactory.createURI(results.get(1).graph().orElseThrow());
            assertEquals(Iris.graph(good.contentHash()), g);
            assertTrue(store.contains(g));
            assertTrue(results.get(1).counts().orElseThrow().claims() > 0);
            assertEquals(400, IngestJson.status(results));
            // Again: unchanged, nothing written.
            assertEquals(LiveIngest.Status.UNCHANGED, ingest.ingest(good).status());
        }
    }

    @Test
    void theAnswerReadsBackAsItWasWritten() throws Exception {
        Article a = ArticleReader.defaults()
                .fromFields(
                        "request",
                        "Text.",
                        Optional.of("2023-04-05"),
                        Optional.of("https://example.org/x"),
                        Optional.of("Title"),
                        ArticleOverrides.NONE);
        assertTrue(IngestJson.request(a).contains("\"published\":\"2023-04-05\""));
        List<LiveIngest.Result> results = List.of(
                new LiveIngest.Result(
                        "request:1",
                        LiveIngest.Status.STORED,
                        Optional.of(Iris.graph(a.contentHash()).getURI()),
                        Optional.of(new CorpusBuild.Counts(120, 3, 2, 0)),
                        1,
                        Optional.empty(),
                        ""),
                LiveIngest.Result.rejected(
                        "request:2", CorpusBuild.Rejection.INVALID, "request:2: 2 SHACL violation(s)"));
        String json = IngestJson.answer(results);
        assertTrue(json.contains("1 of 2 article(s) stored; 1 rejected"), json);
        assertEquals(results, IngestJson.read(json));
        assertEquals(422, IngestJson.status(results));
    }
}

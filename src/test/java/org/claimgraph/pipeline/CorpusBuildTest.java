package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.CorpusFixtures;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleOverrides;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.ingest.BatchItem;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.map.Iris;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corpus builds: idempotent, order-preserving, bad articles skipped, parallel as sequential. */
class CorpusBuildTest {
    private static List<BatchItem> items(List<Article> articles) {
        return articles.stream().<BatchItem>map(BatchItem.Read::new).toList();
    }

    private static CorpusBuild.Summary build(
            KnowledgeStore store,
            List<BatchItem> items,
            Function<Article, ArticleGraph> extractor,
            int threads,
            boolean bulk,
            List<String> rejected) {
        CorpusBuild.Listener listener = new CorpusBuild.Listener() {
            @Override
            public void rejected(String source, CorpusBuild.Rejection why, String message) {
                rejected.add(message);
            }
        };
        return new CorpusBuild(extractor, threads, listener).run(items, store.batch(bulk, 3_000));
    }

    @Test
    void rebuildingACorpusAddsNothingAndChangesNothing(@TempDir Path dir) {
        List<Article> corpus = CorpusFixtures.copies(12);
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            CorpusBuild.Summary first =
                    build(store, items(corpus), CorpusFixtures.extractor(), 2, true, new ArrayList<>());
            assertTrue(first.sink().bulk(), "an empty store is bulk-loaded");
            assertEquals(12, first.sink().stored());
            assertEquals(12, store.articleCount());
            Set<String> before = CorpusFixtures.quads(store.dataset());
            CorpusBuild.Summary again =
                    build(store, items(corpus), CorpusFixtures.extractor(), 2, true, new ArrayList<>());
            assertFalse(again.sink().bulk(), "a store with data takes transactions");
            assertEquals(0, again.sink().stored());
            assertEquals(12, again.sink().unchanged());
            assertEquals(before, CorpusFixtures.quads(store.dataset()), "the same quads, no more, no fewer");
            assertTrue(first.corpus().orElseThrow().events().merged() > 0, "copies report the same events: " + first);
        }
    }

    @Test
    void bulkAndTransactionalLoadsGiveTheSameStore(@TempDir Path dir) {
        List<Article> corpus = CorpusFixtures.copies(8);
        try (KnowledgeStore bulk = KnowledgeStore.open(dir.resolve("bulk"));
                KnowledgeStore txn = KnowledgeStore.open(dir.resolve("txn"))) {
            build(bulk, items(corpus), CorpusFixtures.extractor(), 2, true, new ArrayList<>());
            build(txn, items(corpus), CorpusFixtures.extractor(), 1, false, new ArrayList<>());
            assertEquals(CorpusFixtures.quads(bulk.dataset()), CorpusFixtures.quads(txn.dataset()));
        }
    }

    @Test
    void aChangedArticleReplacesItsOldClaims(@TempDir Path dir) {
        Article old = CorpusFixtures.copy(1);
        Article changed =
                new Article("copy-1-v2.txt", old.text() + " Corrected.", old.published(), old.url(), old.title());
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            build(
                    store,
                    items(List.of(old, CorpusFixtures.copy(2))),
                    CorpusFixtures.extractor(),
                    1,
                    true,
                    new ArrayList<>());
            CorpusBuild.Summary s =
                    build(store, items(List.of(changed)), CorpusFixtures.extractor(), 1, true, new ArrayList<>());
            assertEquals(1, s.sink().replaced());
            Map<Node, Long> graphs = CorpusFixtures.articleGraphSizes(store.dataset());
            assertEquals(2, graphs.size(), "one graph per URL: " + graphs.keySet());
            assertTrue(graphs.containsKey(Iris.graph(changed.contentHash())));
            assertFalse(graphs.containsKey(Iris.graph(old.contentHash())), "the old text's claims are gone");
        }
    }

    @Test
    void inOneBulkBatchTheLaterTextOfAUrlWins(@TempDir Path dir) {
        Article old = CorpusFixtures.copy(1);
        Article changed =
                new Article("copy-1-v2.txt", old.text() + " Corrected.", old.published(), old.url(), old.title());
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            CorpusBuild.Summary s = build(
                    store,
                    items(List.of(old, CorpusFixtures.copy(2), changed, old, changed)),
                    CorpusFixtures.extractor(),
                    2,
                    true,
                    new ArrayList<>());
            assertTrue(s.sink().bulk());
            Map<Node, Long> graphs = CorpusFixtures.articleGraphSizes(store.dataset());
            assertEquals(
                    Set.of(
                            Iris.graph(changed.contentHash()),
                            Iris.graph(CorpusFixtures.copy(2).contentHash())),
                    graphs.keySet());
        }
    }

    @Test
    void anArticleThatFailsShaclOrExtractionIsSkippedAndTheRestAreBuilt(@TempDir Path dir) {
        Article bad = Article.of("bad.txt", "Not a copy.", null);
        Article crash = Article.of("crash.txt", "Crashes the extractor.", null);
        Function<Article, ArticleGraph> extractor = a -> {
            if (a == crash) {
                throw new IllegalStateException("boom");
            }
            if (a == bad) {
                Graph g = GraphFactory.createDefaultGraph();
                g.add(Triple.create(NodeFactory.createURI(CG.ID_NS + "claim/x"), RDF.type.asNode(), CG.Claim.asNode()));
                return new ArticleGraph(a.source(), Iris.graph(a.contentHash()), g, Optional.empty());
            }
            return CorpusFixtures.graph(a);
        };
        List<String> rejected = new ArrayList<>();
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            CorpusBuild.Summary s = build(
                    store,
                    items(List.of(CorpusFixtures.copy(0), bad, crash, CorpusFixtures.copy(1))),
                    extractor,
                    2,
                    true,
                    rejected);
            assertEquals(2, s.articles());
            assertEquals(2, s.rejected());
            assertEquals(2, store.articleCount());
            assertTrue(
                    rejected.get(0).startsWith("bad.txt: ") && rejected.get(0).contains("SHACL violation"),
                    rejected.toString());
            assertTrue(rejected.get(1).startsWith("crash.txt: extraction failed"), rejected.toString());
            assertEquals(1, rejected.get(0).lines().count());
        }
    }

    @Test
    void parallelExtractionGivesTheSameGraphsAsSequential(@TempDir Path dir) {
        // The real pipeline: CoreNLP, mentions and rules shared by the workers.
        List<Article> articles = ArticleReader.defaults()
                .readAll(
                        List.of(
                                Path.of("src/test/resources/gold/dev/wh-2023-04-finland-joins-nato/article.txt"),
                                Path.of("src/test/resources/gold/dev/wh-2024-03-sweden-joins-nato/article.txt"),
                                Path.of("src/test/resources/gold/dev/wh-2025-11-geneva-talks/article.txt"),
                                Path.of(
                                        "src/test/resources/gold/dev/wh-2022-03-sullivan-patrushev-warning/article.txt")),
                        ArticleOverrides.NONE);
        ArticlePipeline pipeline = ArticlePipeline.bundled();
        try (KnowledgeStore one = KnowledgeStore.open(dir.resolve("one"));
                KnowledgeStore four = KnowledgeStore.open(dir.resolve("four"))) {
            build(one, items(articles), pipeline::process, 1, true, new ArrayList<>());
            build(four, items(articles), pipeline::process, 4, true, new ArrayList<>());
            assertEquals(4, four.articleCount());
            assertEquals(CorpusFixtures.quads(one.dataset()), CorpusFixtures.quads(four.dataset()));
        }
    }
}

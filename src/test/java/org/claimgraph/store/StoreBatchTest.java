package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.claimgraph.CorpusFixtures;
import org.claimgraph.ingest.Article;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.map.Iris;
import org.claimgraph.sys.Hashes;
import org.claimgraph.validate.ValidatedGraph;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two ways a batch writes (Jena's bulk loader into an empty store, transactions otherwise) must end in the
 * same store for the same articles, repeats included; a failure inside the bulk loader must not leave part of an
 * article; and what a bulk load keeps in memory to handle repeats must not grow with the corpus.
 */
class StoreBatchTest {
    /** Copy {@code k} of the example article (its text), published at {@code url}. */
    private static ArticleGraph at(int k, String url) {
        Article c = CorpusFixtures.copy(k);
        return CorpusFixtures.graph(
                new Article(c.source() + "@" + url, c.text(), c.published(), Optional.ofNullable(url), c.title()));
    }

    private static Set<String> load(Path dir, boolean bulk, List<ArticleGraph> graphs) {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            StoreBatch batch = store.batch(bulk, 3_000);
            assertEquals(bulk, batch.bulk());
            for (ArticleGraph g : graphs) {
                batch.accept(ValidatedGraph.check(g));
            }
            batch.finish();
            return CorpusFixtures.quads(store.dataset());
        }
    }

    private static void assertSameInBothPaths(Path dir, List<ArticleGraph> graphs) {
        Set<String> bulk = load(dir.resolve("bulk"), true, graphs);
        Set<String> txn = load(dir.resolve("txn"), false, graphs);
        List<String> onlyBulk =
                bulk.stream().filter(q -> !txn.contains(q)).limit(5).toList();
        List<String> onlyTxn =
                txn.stream().filter(q -> !bulk.contains(q)).limit(5).toList();
        assertEquals(
                txn, bulk, () -> "only after the bulk load: " + onlyBulk + "\nonly after transactions: " + onlyTxn);
    }

    private static Set<String> urlsOf(Path dir, int k) {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            Node g = Iris.graph(CorpusFixtures.copy(k).contentHash());
            return Txn.calculateRead(store.dataset(), () -> {
                Set<String> urls = new java.util.TreeSet<>();
                store.dataset()
                        .find(g, Node.ANY, SchemaDO.url.asNode(), Node.ANY)
                        .forEachRemaining(q -> urls.add(q.getObject().getURI()));
                return urls;
            });
        }
    }

    @Test
    void theSameTextUnderTwoUrlsEndsTheSameInBulkAndInTransactions(@TempDir Path dir) {
        assertSameInBothPaths(dir, List.of(at(1, "https://example.org/a"), at(1, "https://example.org/b")));
        // One text is one graph: the later URL wins, as a later text of one URL does.
        assertEquals(Set.of("https://example.org/b"), urlsOf(dir.resolve("bulk"), 1));
    }

    @Test
    void repeatsAndMovesBetweenUrlsEndTheSameInBothPaths(@TempDir Path dir) {
        String u1 = "https://example.org/1";
        String u2 = "https://example.org/2";
        String u3 = "https://example.org/3";
        List<ArticleGraph> graphs = List.of(
                at(1, u1), // text 1 at u1
                at(1, u2), // the same text moves to u2
                at(2, u1), // another text at u1: text 1 is no longer there, so it stays
                at(3, u2), // another text at u2 replaces text 1
                at(1, u3), // text 1 again, at u3
                at(1, u3), // and once more, the same
                at(4, null)); // a text without a URL
        assertSameInBothPaths(dir, graphs);
        assertEquals(Set.of(u3), urlsOf(dir.resolve("bulk"), 1));
    }

    @Test
    void whenEveryArticleLooksLikeARepeatTheBulkLoadStillEndsTheSame(@TempDir Path dir) {
        List<ArticleGraph> graphs = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            graphs.add(at(k, "https://example.org/" + (k % 4)));
        }
        graphs.add(at(2, "https://example.org/9"));
        Set<String> txn = load(dir.resolve("txn"), false, graphs);
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("bulk"))) {
            // A filter of one bit: every name and URL after the first "may have been seen".
            StoreBatch batch = new StoreBatch(store, true, 3_000, UnaryOperator.identity(), 1);
            assertTrue(batch.bulk());
            for (ArticleGraph g : graphs) {
                batch.accept(ValidatedGraph.check(g));
            }
            batch.finish();
            assertTrue(txn.equals(CorpusFixtures.quads(store.dataset())), "the bulk load ends as transactions do");
        }
    }

    /** Passes the bulk loader {@code room} quads, then fails as a loader that has run out of disk does. */
    private static UnaryOperator<StreamRDF> failingAfter(long room) {
        return loader -> new StreamRDFWrapper(loader) {
            private final AtomicLong passed = new AtomicLong();

            @Override
            public void quad(Quad quad) {
                if (passed.incrementAndGet() > room) {
                    throw new org.apache.jena.atlas.RuntimeIOException("No space left on device");
                }
                super.quad(quad);
            }
        };
    }

    @Test
    void aBulkLoaderFailureInTheMiddleOfAnArticleLeavesNoPartOfIt(@TempDir Path dir) {
        ArticleGraph first = at(1, "https://example.org/1");
        ArticleGraph second = at(2, "https://example.org/2");
        long references = KnowledgeStore.referenceGraph(Iris.ONTOLOGY_GRAPH).size()
                + KnowledgeStore.referenceGraph(Iris.WIKIDATA_GRAPH).size();
        long room = references + first.graph().size() + second.graph().size() / 2;
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            StoreBatch batch = new StoreBatch(store, true, 3_000, failingAfter(room), StoreBatch.DEFAULT_FILTER_BITS);
            assertTrue(batch.bulk());
            batch.accept(ValidatedGraph.check(first));
            assertThrows(RuntimeException.class, () -> batch.accept(ValidatedGraph.check(second)));
            // As CorpusBuild does after a failure: whole articles accepted so far are kept.
            SinkReport report = batch.finish();
            assertEquals(1, report.stored());
        }
        assertFalse(Files.exists(dir.resolve(StoreBatch.BULK_MARKER)), "the bulk load finished");
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            assertEquals(
                    CorpusFixtures.sorted(first.graph()),
                    Txn.calculateRead(
                            store.dataset(),
                            () -> CorpusFixtures.sorted(store.dataset().getGraph(first.name()))),
                    "the article before the failure is whole");
            Txn.executeRead(
                    store.dataset(),
                    () -> assertFalse(
                            store.dataset()
                                    .find(second.name(), Node.ANY, Node.ANY, Node.ANY)
                                    .hasNext(),
                            "no quad of the article the failure cut"));
        }
    }

    /** A tiny article graph that conforms to the shapes: an article node with its hash and URL. */
    private static ArticleGraph tiny(int i) {
        String hash = Hashes.sha256Hex("article " + i);
        Node article = Iris.article(hash);
        Graph g = GraphFactory.createDefaultGraph();
        g.add(article, RDF.type.asNode(), CG.Article.asNode());
        g.add(article, CG.contentHash.asNode(), NodeFactory.createLiteralString(hash));
        String url = "https://example.org/news/" + i;
        g.add(article, SchemaDO.url.asNode(), NodeFactory.createURI(url));
        return new ArticleGraph("tiny-" + i, Iris.graph(hash), g, Optional.of(url));
    }

    @Test
    void whatABulkLoadHoldsInMemoryDoesNotGrowWithTheCorpus(@TempDir Path dir) {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            StoreBatch batch = store.batch(true, 3_000);
            assertTrue(batch.bulk());
            long afterHundred = 0;
            for (int i = 0; i < 20_000; i++) {
                batch.accept(ValidatedGraph.check(tiny(i)));
                if (i == 99) {
                    afterHundred = batch.heldEntries();
                }
            }
            assertEquals(afterHundred, batch.heldEntries(), "held after 100 articles, and after 20,000");
            // Repeats are still found: each is held on disk until the bulk load has finished, not in memory.
            for (int i = 0; i < 100; i++) {
                batch.accept(ValidatedGraph.check(tiny(i)));
            }
            assertEquals(afterHundred, batch.heldEntries());
            SinkReport report = batch.finish();
            assertEquals(20_000, report.stored());
            assertEquals(100, report.unchanged());
            assertEquals(20_000, store.articleCount());
        }
    }
}

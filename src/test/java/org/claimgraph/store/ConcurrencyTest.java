package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.CorpusFixtures;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.BatchItem;
import org.claimgraph.pipeline.CorpusBuild;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Queries during a build see each article before or after it is stored, never half of it: a reader counts the
 * claims and triples of every article graph over and over while a build loads; each count is 0 or the final one.
 */
class ConcurrencyTest {
    @ParameterizedTest(name = "bulk={0}")
    @ValueSource(booleans = {false, true})
    void readersSeeWholeArticlesOnly(boolean bulk, @TempDir Path dir) throws Exception {
        List<Article> corpus = CorpusFixtures.copies(30);
        Map<Node, long[]> expected = new LinkedHashMap<>(); // graph -> {claims, triples}
        for (Article a : corpus) {
            var g = CorpusFixtures.graph(a);
            expected.put(g.name(), new long[] {
                g.graph().stream(Node.ANY, RDF.type.asNode(), CG.Claim.asNode()).count(),
                g.graph().size()
            });
        }
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            if (!bulk) {
                store.load(List.of(CorpusFixtures.graph(CorpusFixtures.copy(999)))); // not empty: transactions
            }
            DatasetGraph dsg = store.dataset();
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger reads = new AtomicInteger();
            AtomicInteger partialStates = new AtomicInteger();
            List<String> violations = Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(
                    () -> {
                        while (!done.get()) {
                            Txn.executeRead(dsg, () -> {
                                int present = 0;
                                for (Map.Entry<Node, long[]> e : expected.entrySet()) {
                                    long claims = dsg.stream(e.getKey(), Node.ANY, RDF.type.asNode(), CG.Claim.asNode())
                                            .count();
                                    long triples = dsg.getGraph(e.getKey()).size();
                                    if (claims == 0 && triples == 0) {
                                        continue;
                                    }
                                    present++;
                                    if (claims != e.getValue()[0] || triples != e.getValue()[1]) {
                                        violations.add(e.getKey() + ": " + claims + " claims, " + triples + " triples");
                                    }
                                }
                                if (present > 0 && present < expected.size()) {
                                    partialStates.incrementAndGet();
                                }
                            });
                            reads.incrementAndGet();
                        }
                    },
                    "reader");
            reader.start();
            List<BatchItem> items =
                    corpus.stream().<BatchItem>map(BatchItem.Read::new).toList();
            CorpusBuild build = new CorpusBuild(
                    a -> {
                        try {
                            Thread.sleep(10); // Spread the commits out so that the reader runs between them.
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return CorpusFixtures.graph(a);
                    },
                    2,
                    new CorpusBuild.Listener() {});
            CorpusBuild.Summary s = build.run(items, store.batch(true, 1_500));
            done.set(true);
            reader.join();
            assertEquals(bulk, s.sink().bulk());
            assertEquals(30, s.articles());
            assertTrue(
                    violations.isEmpty(),
                    "half-stored articles seen: " + violations.subList(0, Math.min(5, violations.size())));
            assertTrue(reads.get() > 0, "the reader ran");
            if (!bulk) {
                // Transactions of a few articles each: the reader saw the corpus part-built, article by article.
                assertTrue(partialStates.get() > 0, "reads: " + reads.get());
            }
            assertEquals(31 - (bulk ? 1 : 0), store.articleCount());
        }
    }
}

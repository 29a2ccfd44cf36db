package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.CorpusFixtures;
import org.claimgraph.ingest.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL at random moments leaves a store that opens and answers queries, holding whole
 * articles only, and the re-run completes with exactly what a clean build gives. The build runs in a child JVM
 * ({@code claimgraph build}, the real command) on a corpus whose extraction results are in the cache, so that
 * each run takes a few seconds; half the kills hit the bulk loader (empty store), half the transactions.
 */
class CrashSafetyIT {
    /** Six by default (three into bulk loads, three into transactions); -Dclaimgraph.crash.kills=N for more. */
    private static final int KILLS = Integer.getInteger("claimgraph.crash.kills", 6);

    private static final int ARTICLES = 16;

    @TempDir
    static Path dir;

    private static Path corpus;
    private static Path cache;
    private static Set<String> cleanFromEmpty;
    private static Set<String> cleanFromSeeded;
    private static Map<Node, Long> sizes;

    @BeforeAll
    static void corpusAndCleanBuilds() throws Exception {
        corpus = dir.resolve("corpus");
        cache = dir.resolve("cache");
        List<Article> articles = CorpusFixtures.copies(ARTICLES);
        CorpusFixtures.write(corpus, cache, articles);
        Path empty = dir.resolve("clean-empty");
        assertEquals(0, runToEnd(empty, corpus));
        Path seeded = dir.resolve("clean-seeded");
        seed(seeded);
        assertEquals(0, runToEnd(seeded, corpus));
        cleanFromEmpty = quads(empty);
        cleanFromSeeded = quads(seeded);
        try (KnowledgeStore s = KnowledgeStore.open(seeded)) {
            sizes = CorpusFixtures.articleGraphSizes(s.dataset());
        }
        assertEquals(ARTICLES + 1, sizes.size());
    }

    /** A store holding one article already, so that the build takes transactions. */
    private static void seed(Path store) {
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            s.load(List.of(CorpusFixtures.graph(CorpusFixtures.copy(999))));
        }
    }

    private static Process start(Path store, Path input) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.claimgraph.cli.Main",
                "build",
                "--store",
                store.toString(),
                "--cache",
                cache.toString(),
                "--threads",
                "2",
                "--batch-triples",
                "3000",
                input.toString());
        return new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile())
                .start();
    }

    private static int runToEnd(Path store, Path input) throws Exception {
        Process p = start(store, input);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the build finishes");
        if (p.exitValue() != 0) {
            System.err.println(Files.readString(dir.resolve("child.log")));
        }
        return p.exitValue();
    }

    private static Set<String> quads(Path store) {
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            return CorpusFixtures.quads(s.dataset());
        }
    }

    @Test
    void killedBuildsLeaveAWorkingStoreAndReRunsCompleteWithoutDuplicates() throws Exception {
        Random random = new Random(20240611L);
        // How long a whole run takes, to kill within it.
        long t0 = System.nanoTime();
        assertEquals(0, runToEnd(dir.resolve("timing"), corpus));
        long runMillis = (System.nanoTime() - t0) / 1_000_000;
        int kills = 0;
        List<String> log = new ArrayList<>();
        for (int i = 0; kills < KILLS && i < 3 * KILLS; i++) {
            boolean seeded = i % 2 == 1;
            Path store = dir.resolve("store-" + i);
            if (seeded) {
                seed(store);
            }
            // Kill after the JVM has started (about 0.8 s here), anywhere in the build.
            long delay = 800 + (long) (random.nextDouble() * Math.max(200, runMillis - 800));
            Process p = start(store, corpus);
            if (p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                log.add(i + ": finished before the kill at " + delay + " ms");
                continue; // Finished before the kill: not a kill.
            }
            p.destroyForcibly(); // SIGKILL
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            kills++;
            log.add(i + ": killed at " + delay + " ms (" + (seeded ? "transactions" : "bulk") + ")");

            // The store opens, answers a query, and holds whole articles only.
            try (KnowledgeStore s = KnowledgeStore.open(store)) {
                DatasetGraph dsg = s.dataset();
                long claims = Txn.calculateRead(dsg, () -> {
                    try (var qe = QueryExecutionFactory.create(
                            "PREFIX cg: <https://w3id.org/claimgraph/ontology#> "
                                    + "SELECT (COUNT(*) AS ?n) WHERE { ?c a cg:Claim }",
                            org.apache.jena.query.DatasetFactory.wrap(dsg))) {
                        return qe.execSelect().next().getLiteral("n").getLong();
                    }
                });
                assertTrue(claims >= 0);
                Map<Node, Long> present = CorpusFixtures.articleGraphSizes(dsg);
                for (Map.Entry<Node, Long> e : present.entrySet()) {
                    assertEquals(sizes.get(e.getKey()), e.getValue(), "kill " + i + ": whole article " + e.getKey());
                }
                if (seeded) {
                    assertTrue(present.size() >= 1, "kill " + i + ": the article stored before the build is kept");
                }
            }
            // The re-run completes and gives what a clean build gives: nothing missing, nothing twice.
            assertEquals(0, runToEnd(store, corpus), "kill " + i + ": re-run");
            assertEquals(seeded ? cleanFromSeeded : cleanFromEmpty, quads(store), "kill " + i + ": as a clean build");
        }
        System.err.println("CrashSafetyIT: run " + runMillis + " ms; " + String.join("; ", log));
        assertTrue(kills >= KILLS, "only " + kills + " kills landed: " + log);
    }
}

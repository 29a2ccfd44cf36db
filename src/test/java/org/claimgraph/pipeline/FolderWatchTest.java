package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.apache.jena.rdfconnection.RDFConnection;
import org.claimgraph.TestSupport;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.serve.ClaimgraphServer;
import org.claimgraph.serve.ServerOptions;
import org.claimgraph.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --watch DIR}: a served store picks up a new file, a changed file and lines appended to a JSON Lines
 * file, and a query on the server answers about them; a file still being written, a half-written line and a
 * removed file are handled as the README says.
 */
class FolderWatchTest {
    private static final String FINLAND = "---\npublished: 2023-04-05\n---\nFinland joined NATO on April 4, 2023.\n";
    private static final String ASK_ACCESSION = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "ASK { ?e a cg:Accession ; cg:member/rdfs:label \"%s\" }";

    @TempDir
    Path dir;

    private static boolean ask(ClaimgraphServer server, String query) {
        try (RDFConnection conn = RDFConnection.connect(server.baseUrl() + "kg")) {
            return conn.queryAsk(query);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        await(() -> what, condition);
    }

    /** Waits for the condition; the failure says what was awaited and, computed then, what happened instead. */
    private static void await(java.util.function.Supplier<String> what, BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 90 s: " + what.get());
            }
            Thread.sleep(100);
        }
    }

    @Test
    void aNewFileIsBuiltAndAQueryAnswersAboutIt() throws Exception {
        Path watched = Files.createDirectories(dir.resolve("inbox"));
        List<LiveIngest.Result> results = new CopyOnWriteArrayList<>();
        List<Path> removed = new CopyOnWriteArrayList<>();
        FolderWatch.Listener listener = new FolderWatch.Listener() {
            @Override
            public void ingested(Path file, LiveIngest.Result result) {
                results.add(result);
            }

            @Override
            public void removed(Path file, int graphs) {
                removed.add(file);
            }
        };
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            LiveIngest ingest = new LiveIngest(store, TestSupport.pipeline()::process, 1);
            try (ClaimgraphServer server = ClaimgraphServer.start(store.dataset(), ServerOptions.onPort(0), ingest);
                    FolderWatch watch = new FolderWatch(
                            watched, ingest, ArticleReader.defaults(), Duration.ofMillis(200), false, listener)) {
                watch.start();
                Files.writeString(watched.resolve("finland.txt"), FINLAND);
                await(
                        () -> "the new file's accession; results so far: " + results,
                        () -> ask(server, ASK_ACCESSION.formatted("Finland")));

                // Lines appended to a JSON Lines file, the last one at first without its line end.
                Path feed = watched.resolve("feed.jsonl");
                Files.writeString(
                        feed, "{\"text\": \"Sweden joined NATO on March 7, 2024.\", \"published\": \"2024-03-08\"}\n");
                await("the first line's accession", () -> ask(server, ASK_ACCESSION.formatted("Sweden")));
                Files.writeString(
                        feed,
                        "{\"text\": \"Montenegro joined NATO on June 5, 2017.\", \"published\": \"2017-06-06\"}",
                        StandardOpenOption.APPEND);
                Thread.sleep(1000); // Several scans: a line without its line end is not read.
                assertFalse(ask(server, ASK_ACCESSION.formatted("Montenegro")), "a half-written line waits");
                Files.writeString(feed, "\n", StandardOpenOption.APPEND);
                await("the appended line's accession", () -> ask(server, ASK_ACCESSION.formatted("Montenegro")));
                assertEquals(
                        1,
                        results.stream()
                                .filter(r -> r.source().equals(feed + ":1"))
                                .count(),
                        "the first line is read once: " + results);
                assertTrue(results.stream().anyMatch(r -> r.source().equals(feed + ":2")), results.toString());

                // A changed file replaces its earlier text; a removed one stays in the store without --watch-delete.
                int before = store.articleCount();
                Files.writeString(watched.resolve("finland.txt"), FINLAND.replace("April 4", "April 5"));
                await(
                        "the changed file rebuilt",
                        () -> results.stream()
                                        .filter(r -> r.source().endsWith("finland.txt"))
                                        .count()
                                == 2);
                assertEquals(before, store.articleCount(), "the changed text replaced the earlier one");
                Files.delete(watched.resolve("finland.txt"));
                await("the removal noticed", () -> !removed.isEmpty());
                assertTrue(ask(server, ASK_ACCESSION.formatted("Finland")), "kept without --watch-delete");
            }
        }
    }

    @Test
    void withDeleteARemovedFilesArticlesGo() throws Exception {
        Path watched = Files.createDirectories(dir.resolve("inbox"));
        Path file = watched.resolve("finland.md");
        Files.writeString(file, FINLAND);
        List<Integer> removed = new CopyOnWriteArrayList<>();
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            LiveIngest ingest = new LiveIngest(store, TestSupport.pipeline()::process, 1);
            FolderWatch watch = new FolderWatch(
                    watched,
                    ingest,
                    ArticleReader.defaults(),
                    Duration.ofMillis(200),
                    true,
                    new FolderWatch.Listener() {
                        @Override
                        public void removed(Path f, int graphs) {
                            removed.add(graphs);
                        }
                    });
            watch.scan();
            assertEquals(0, store.articleCount(), "a file is built once it has stayed the same for one scan");
            watch.scan();
            assertEquals(1, store.articleCount());
            Files.delete(file);
            watch.scan();
            assertEquals(List.of(1), removed);
            assertEquals(0, store.articleCount());
        }
    }
}

package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdfconnection.RDFConnection;
import org.claimgraph.CorpusFixtures;
import org.claimgraph.ingest.Article;
import org.claimgraph.map.Iris;
import org.claimgraph.pipeline.LiveIngest;
import org.claimgraph.serve.ClaimgraphServer;
import org.claimgraph.serve.ServerOptions;
import org.claimgraph.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --server URL} against servers on free ports: the articles are stored by the server, with the
 * progress and summary of a local build, several requests for a corpus, a bad file reported and skipped; a second
 * run finds them unchanged; a wrong password, a server without ingest and a missing login are one line each. And a
 * local build on a store that a server (another process) holds says so in one line naming {@code --server}.
 */
class BuildServerTest {
    private static final String USER = "editor";
    private static final String PASSWORD = "s3cret-Horse";

    @TempDir
    static Path dir;

    private static Path users;
    private static KnowledgeStore store;
    private static ClaimgraphServer server;
    private static KnowledgeStore closedStore;
    private static ClaimgraphServer closed;

    @BeforeAll
    static void start() throws IOException {
        users = dir.resolve("users.properties");
        Files.writeString(users, USER + ": " + PASSWORD + "\n");
        store = KnowledgeStore.inMemory();
        // Copies of the example, mapped without NLP: the test is about the way there, not the extraction.
        server = ClaimgraphServer.start(
                store.dataset(),
                ServerOptions.onPort(0).withIngest(users),
                new LiveIngest(store, CorpusFixtures.extractor(), 2));
        closedStore = KnowledgeStore.inMemory();
        closed = ClaimgraphServer.start(closedStore.dataset(), ServerOptions.onPort(0), null);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
        closed.close();
        closedStore.close();
    }

    private static long graphsOnServer() {
        try (RDFConnection conn = RDFConnection.connect(server.baseUrl() + "kg")) {
            long[] n = new long[1];
            conn.querySelect(
                    "PREFIX cg: <https://w3id.org/claimgraph/ontology#> "
                            + "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a cg:Article } }",
                    row -> n[0] = row.getLiteral("n").getLong());
            return n[0];
        }
    }

    @Test
    void aCorpusGoesToTheServerWithTheSummaryOfALocalBuildAndASecondRunChangesNothing() throws Exception {
        Path corpus = dir.resolve("corpus");
        List<Article> articles = CorpusFixtures.copies(10); // more than one request's worth
        CorpusFixtures.write(corpus, dir.resolve("cache"), articles);
        Files.writeString(corpus.resolve("empty.txt"), "---\npublished: 2023-01-01\n---\n\n");

        CliRunner.Result r = CliRunner.run(
                "build", "--server", server.baseUrl(), "--credentials", users.toString(), corpus.toString());
        assertEquals(ExitCodes.PARTIAL, r.exitCode(), r.err());
        assertTrue(r.err().contains("empty.txt: "), r.err());
        assertTrue(
                r.err().contains("claimgraph: 10 article(s) built (10 stored, 0 unchanged)"),
                "the summary of a local build: " + r.err());
        assertTrue(
                r.err().contains("1 rejected input(s) to the server at " + server.baseUrl() + "kg/articles"), r.err());
        assertEquals(10, graphsOnServer());
        for (Article a : articles) {
            assertTrue(store.contains(Iris.graph(a.contentHash())), a.source());
        }

        Files.delete(corpus.resolve("empty.txt"));
        CliRunner.Result again = CliRunner.run(
                "build", "--server", server.baseUrl() + "kg", "--credentials", users.toString(), corpus.toString());
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertTrue(again.err().contains("10 article(s) built (0 stored, 10 unchanged)"), again.err());
        assertEquals(10, graphsOnServer());
    }

    @Test
    void aWrongPasswordAServerWithoutIngestAndNoLoginAreOneLineEach() throws Exception {
        Path article = dir.resolve("one.txt");
        Files.writeString(
                article,
                "---\npublished: 2023-04-05\n---\n" + CorpusFixtures.copy(99).text());
        Path wrong = dir.resolve("wrong.properties");
        Files.writeString(wrong, USER + ": not-the-password\n");

        CliRunner.Result bad = CliRunner.run(
                "build", "--server", server.baseUrl(), "--credentials", wrong.toString(), article.toString());
        assertEquals(ExitCodes.STORE, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("refused the user name or password (HTTP 401)"), bad.err());

        CliRunner.Result off = CliRunner.run(
                "build", "--server", closed.baseUrl(), "--credentials", users.toString(), article.toString());
        assertEquals(ExitCodes.STORE, off.exitCode(), off.err());
        assertTrue(off.err().contains("--allow-ingest"), off.err());

        Path two = dir.resolve("two.properties");
        Files.writeString(two, USER + ": " + PASSWORD + "\nrobot: MD5:5f4dcc3b5aa765d61d8327deb882cf99\n");
        CliRunner.Result which = CliRunner.run(
                "build", "--server", server.baseUrl(), "--credentials", two.toString(), article.toString());
        assertEquals(ExitCodes.BAD_INPUT, which.exitCode(), which.err());
        assertTrue(which.err().contains("2 users; say which with --user NAME"), which.err());
        CliRunner.Result hashed = CliRunner.run(
                "build",
                "--server",
                server.baseUrl(),
                "--credentials",
                two.toString(),
                "--user",
                "robot",
                article.toString());
        assertEquals(ExitCodes.BAD_INPUT, hashed.exitCode(), hashed.err());
        assertTrue(hashed.err().contains("stored as a hash, which cannot be sent"), hashed.err());

        for (String[] extra : List.of(
                new String[] {"--store", dir.resolve("s").toString()},
                new String[] {"--target", "http://127.0.0.1:1/ds/data"},
                new String[] {"--threads", "2"})) {
            List<String> args = new java.util.ArrayList<>(List.of(
                    "build", "--server", server.baseUrl(), "--credentials", users.toString(), article.toString()));
            args.addAll(List.of(extra));
            CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
            assertEquals(ExitCodes.USAGE, r.exitCode(), extra[0] + ": " + r.err());
        }

        CliRunner.Result none = CliRunner.run("build", "--server", server.baseUrl(), article.toString());
        assertEquals(ExitCodes.USAGE, none.exitCode(), none.err());
        assertTrue(none.err().contains("--server needs a login"), none.err());
        assertEquals(0, closedStore.articleCount(), "nothing reached the server without ingest");
    }

    @Test
    void aLocalBuildOrQueryOnAStoreAServerHoldsSaysSoInOneLineNamingTheServer() throws Exception {
        Path held = dir.resolve("held");
        String url = "http://127.0.0.1:3999/";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldStore.class.getName(),
                        held.toString(),
                        url)
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals(HoldStore.READY)) {
                // Jena's start-up logging, if any.
            }
            assertEquals(HoldStore.READY, line, "the other process holds the store");
            Path article = dir.resolve("held-article.txt");
            Files.writeString(article, "---\npublished: 2023-04-05\n---\nFinland joined NATO on April 4, 2023.\n");

            CliRunner.Result r = CliRunner.run("build", "--store", held.toString(), article.toString());
            assertEquals(ExitCodes.STORE, r.exitCode(), r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertTrue(r.err().contains("in use by the claimgraph server at " + url), r.err());
            assertTrue(r.err().contains("'claimgraph build --server " + url), r.err());
            assertTrue(!r.err().contains("Failed to get a lock"), "not TDB2's message: " + r.err());

            CliRunner.Result q = CliRunner.run("query", "--store", held.toString(), "01-visits");
            assertEquals(ExitCodes.STORE, q.exitCode(), q.err());
            assertEquals(1, q.err().strip().lines().count(), "one line: " + q.err());
            assertTrue(q.err().contains("send the query to its SPARQL endpoint, " + url + "kg/sparql"), q.err());
        } finally {
            holder.getOutputStream().close(); // its signal to stop
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    /** Another process holding a store as {@code serve} does: opened, with its server noted, until stdin closes. */
    public static final class HoldStore {
        static final String READY = "holding";

        public static void main(String[] args) throws IOException {
            try (KnowledgeStore kg = KnowledgeStore.open(Path.of(args[0]))) {
                kg.noteServer(args[1]);
                System.out.println(READY);
                System.out.flush();
                System.in.readAllBytes();
            }
        }
    }
}

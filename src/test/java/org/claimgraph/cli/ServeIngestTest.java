package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.jena.rdfconnection.RDFConnection;
import org.claimgraph.CorpusFixtures;
import org.claimgraph.TestSupport;
import org.claimgraph.map.Iris;
import org.claimgraph.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code claimgraph serve --watch DIR --allow-ingest} as the command line starts it, on a free port: a new file in
 * the folder is answered by a query, {@code build --server} adds articles through it, and the plain facts of both
 * are served. Everything {@code serve} does but wait ({@link ServeCommand#start}).
 */
class ServeIngestTest {
    private static final String ASK = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    @TempDir
    Path dir;

    private static boolean ask(String base, String where) {
        try (RDFConnection conn = RDFConnection.connect(base + "kg")) {
            return conn.queryAsk(ASK + "ASK { " + where + " }");
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 120 s: " + what);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void aServerUnderWatchAnswersAboutANewFileAndTakesABuildFromTheCommandLine() throws Exception {
        Path storeDir = dir.resolve("store");
        try (KnowledgeStore kg = KnowledgeStore.open(storeDir)) {
            kg.load(List.of(CorpusFixtures.graph(CorpusFixtures.copy(0)))); // not empty: no example to extract
        }
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path users = dir.resolve("users.properties");
        Files.writeString(users, "editor: s3cret-Horse\n");
        TestSupport.pipeline(); // the models the server's ingest will share

        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        CommandLine.ParseResult parsed = cl.parseArgs(
                "serve",
                "--store",
                storeDir.toString(),
                "--port",
                "0",
                "--allow-ingest",
                "--credentials",
                users.toString(),
                "--watch",
                inbox.toString(),
                "--watch-interval",
                "0.2");
        ServeCommand serve = (ServeCommand) parsed.subcommand().commandSpec().userObject();
        try (ServeCommand.Running running = serve.start()) {
            String base = running.server().baseUrl();
            assertTrue(out.toString().contains("watching " + inbox), out.toString());
            assertTrue(out.toString().contains("claimgraph build --server " + base), out.toString());
            assertTrue(
                    ask(base, "GRAPH <" + Iris.FACTS_GRAPH.getURI() + "> { ?s cg:visited ?o }"),
                    "a store built before the facts graph gets one when served");

            // Not in the example article the store holds: the answer can only come from the new file.
            Files.writeString(
                    inbox.resolve("montenegro.txt"),
                    "---\npublished: 2017-06-06\n---\nMontenegro joined NATO on June 5, 2017.\n");
            await(
                    "the watched file's accession",
                    () -> ask(base, "?e a cg:Accession ; cg:member/rdfs:label \"Montenegro\""));
            assertTrue(ask(
                    base,
                    "GRAPH <" + Iris.FACTS_GRAPH.getURI() + "> { ?s cg:memberOf ?o } ?s rdfs:label \"Montenegro\""));

            Path corpus = Files.createDirectories(dir.resolve("corpus"));
            Files.writeString(
                    corpus.resolve("albania.txt"),
                    "---\npublished: 2009-04-02\n---\nAlbania joined NATO on April 1, 2009.\n");
            Files.writeString(
                    corpus.resolve("visit.txt"),
                    "---\npublished: 2023-06-02\n---\nJens Stoltenberg visited Oslo on June 1, 2023.\n");
            CliRunner.Result built =
                    CliRunner.run("build", "--server", base, "--credentials", users.toString(), corpus.toString());
            assertEquals(ExitCodes.OK, built.exitCode(), built.err());
            assertTrue(built.err().contains("2 article(s) built (2 stored, 0 unchanged)"), built.err());
            assertTrue(ask(
                    base, "GRAPH <" + Iris.FACTS_GRAPH.getURI() + "> { ?s cg:memberOf ?o } ?s rdfs:label \"Albania\""));
            assertEquals(4, running.store().articleCount(), "the first, the watched file and the two built");
        }
    }
}

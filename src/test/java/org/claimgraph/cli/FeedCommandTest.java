package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.jena.rdfconnection.RDFConnection;
import org.claimgraph.CorpusFixtures;
import org.claimgraph.FeedServer;
import org.claimgraph.TestSupport;
import org.claimgraph.store.KnowledgeStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code build --feed} and {@code serve --feed} as the command line runs them, against feeds and pages served from
 * 127.0.0.1: built once and not again, and a new item picked up by the next poll and answered by a query.
 */
class FeedCommandTest {
    private static final String ASK = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
    private static final String FINLAND = FeedServer.FINLAND_ITEM;

    @TempDir
    Path dir;

    private FeedServer web;

    @BeforeEach
    void start() throws Exception {
        web = new FeedServer();
    }

    @AfterEach
    void stop() {
        web.close();
    }

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

    private static int articles(Path store) {
        try (KnowledgeStore kg = KnowledgeStore.open(store)) {
            return kg.articleCount();
        }
    }

    @Test
    void buildFeedBuildsFullTextAndLinkedItemsOnceAndNotAgain() {
        web.servesFullTextAndLinkOnlyFeeds();
        Path store = dir.resolve("store");
        String[] args = {"build", "--store", store.toString(), "--feed", web.url("/full") + "," + web.url("/links")};
        CliRunner.Result first = CliRunner.run(args);
        assertEquals(ExitCodes.OK, first.exitCode(), first.err());
        assertTrue(first.err().contains("2 article(s) built (2 stored, 0 unchanged)"), first.err());
        assertEquals(2, articles(store));
        assertEquals(1, web.count("/montenegro"));

        CliRunner.Result again = CliRunner.run(args);
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertTrue(again.err().contains(web.url("/links") + ": 1 item(s), 1 stored already"), again.err());
        assertTrue(again.err().contains("0 article(s) built"), again.err());
        assertEquals(1, web.count("/montenegro"), "the stored page is not fetched again");
        assertEquals(2, articles(store));
        assertTrue(
                web.requests().stream().allMatch(r -> r.userAgent().startsWith("claimgraph/")),
                "every request names claimgraph");
    }

    @Test
    void aFeedThatFailsIsOneLineAndTheOthersAreBuilt() {
        web.put("/full", "application/rss+xml", FeedServer.rss(FINLAND));
        Path store = dir.resolve("store");
        CliRunner.Result r = CliRunner.run(
                "build", "--store", store.toString(), "--feed", web.url("/missing"), "--feed", web.url("/full"));
        assertEquals(ExitCodes.PARTIAL, r.exitCode(), r.err());
        assertTrue(r.err().contains("claimgraph: " + web.url("/missing") + ": HTTP 404 (expected 200)"), r.err());
        assertEquals(1, articles(store));
    }

    @Test
    void buildNeedsArticlesOrAFeed() {
        CliRunner.Result r = CliRunner.run("build", "--store", dir.resolve("s").toString());
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().contains("give articles (FILE|DIR) or --feed URL"), r.err());
    }

    @Test
    void serveFeedPicksUpANewItemAtTheNextPollAndAQueryAnswersAboutIt() throws Exception {
        Path storeDir = dir.resolve("store");
        try (KnowledgeStore kg = KnowledgeStore.open(storeDir)) {
            kg.load(List.of(CorpusFixtures.graph(CorpusFixtures.copy(0)))); // not empty: no example to extract
        }
        web.put("/full", "application/rss+xml", FeedServer.rss(FINLAND));
        TestSupport.pipeline(); // the models the server's ingest will share

        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        CommandLine.ParseResult parsed =
                cl.parseArgs("serve", "--store", storeDir.toString(), "--port", "0", "--feed", web.url("/full"));
        ServeCommand serve = (ServeCommand) parsed.subcommand().commandSpec().userObject();
        try (ServeCommand.Running running = serve.start()) {
            String base = running.server().baseUrl();
            assertTrue(out.toString().contains("following 1 feed(s) every 15.0 min"), out.toString());
            // The example article the store holds names Finland too: its graph's URL tells the feed's article apart.
            await(
                    "the feed's first item",
                    () -> ask(
                            base,
                            "GRAPH ?g { ?a <https://schema.org/url> "
                                    + "<http://127.0.0.1/finland> ; <https://schema.org/headline> ?t }"));

            web.put(
                    "/full",
                    "application/rss+xml",
                    FeedServer.rss(
                            "<item><title>Montenegro joins NATO</title><link>http://127.0.0.1/montenegro</link>"
                                    + "<pubDate>Tue, 06 Jun 2017 09:00:00 GMT</pubDate><content:encoded><![CDATA["
                                    + "<p>Montenegro joined NATO on June 5, 2017.</p>]]></content:encoded></item>",
                            FINLAND));
            running.feeds().poll(); // the next poll, without waiting the 15 minutes for it
            assertTrue(ask(base, "?e a cg:Accession ; cg:member/rdfs:label \"Montenegro\""));
            assertEquals(3, running.store().articleCount(), "the first, and the feed's two items once each");
        }
    }
}

package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.claimgraph.CorpusFixtures;
import org.claimgraph.cli.Main;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.BatchItem;
import org.claimgraph.map.Iris;
import org.claimgraph.pipeline.CorpusBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --target URL} writes each article's graph to a Graph Store Protocol endpoint: a second Fuseki, started
 * by the test in its own JVM (Fuseki's own command line from the test class path) on 127.0.0.1 with updates allowed.
 */
class RemoteGraphStoreTest {
    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static long count(String sparql, String query) {
        try (QueryExecution qe = QueryExecutionHTTP.service(sparql).query(query).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Test
    void aBuildPutsEachArticleGraphToASecondFusekiAndARerunChangesNothing(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        Path cache = dir.resolve("cache");
        List<Article> articles = CorpusFixtures.copies(5);
        CorpusFixtures.write(corpus, cache, articles);
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process fuseki = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                        "--localhost",
                        "--port=" + port,
                        "--mem",
                        "--update",
                        "/ds")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("fuseki.log").toFile())
                .start();
        try {
            String base = "http://127.0.0.1:" + port + "/ds";
            awaitUp(base);
            String target = base + "/data";
            String sparql = base + "/sparql";
            int code = Main.commandLine()
                    .execute("build", "--target", target, "--cache", cache.toString(), corpus.toString());
            assertEquals(0, code);
            String graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
            String quads = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
            assertEquals(5 + 2, count(sparql, graphs), "five articles, the ontology and the Wikidata extract");
            long once = count(sparql, quads);
            for (Article a : articles) {
                Node g = Iris.graph(a.contentHash());
                assertEquals(
                        CorpusFixtures.graph(a).graph().size(),
                        count(sparql, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + g.getURI() + "> { ?s ?p ?o } }"),
                        "whole graph");
            }
            assertEquals(
                    0,
                    Main.commandLine()
                            .execute("build", "--target", target, "--cache", cache.toString(), corpus.toString()));
            assertEquals(once, count(sparql, quads), "PUT replaces a graph whole: a re-run adds nothing");
        } finally {
            fuseki.destroy();
            if (!fuseki.waitFor(20, TimeUnit.SECONDS)) {
                fuseki.destroyForcibly();
            }
        }
    }

    private static void awaitUp(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/sparql?query=ASK%7B%7D"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // Not up yet.
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Fuseki did not start on " + base);
            }
            Thread.sleep(200);
        }
    }

    @Test
    void transientFailuresAreRetriedAndAClientErrorStopsTheBuild() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        AtomicInteger puts = new AtomicInteger();
        FusekiServer server = FusekiServer.create()
                .loopback(true)
                .port(0)
                .add("/ds", dsg, true)
                .addFilter("/*", (request, response, chain) -> {
                    HttpServletRequest req = (HttpServletRequest) request;
                    if ("PUT".equals(req.getMethod()) && puts.incrementAndGet() <= 2) {
                        ((HttpServletResponse) response).sendError(503, "busy");
                        return;
                    }
                    chain.doFilter(request, response);
                })
                .build()
                .start();
        try {
            RemoteGraphStore sink = new RemoteGraphStore(URI.create(server.datasetURL("/ds") + "/data"), 3);
            List<BatchItem> items = CorpusFixtures.copies(2).stream()
                    .<BatchItem>map(BatchItem.Read::new)
                    .toList();
            CorpusBuild.Summary s =
                    new CorpusBuild(CorpusFixtures.extractor(), 1, new CorpusBuild.Listener() {}).run(items, sink);
            assertEquals(2, s.sink().stored());
            assertEquals(2 + 2 + 2, puts.get(), "two 503s retried, then the ontology, the extract and two articles");
            org.apache.jena.system.Txn.executeRead(
                    dsg, () -> assertEquals(4, org.apache.jena.atlas.iterator.Iter.count(dsg.listGraphNodes())));

            RemoteGraphStore wrong = new RemoteGraphStore(URI.create(server.datasetURL("/ds") + "/no-such-service"), 3);
            StoreException e = assertThrows(
                    StoreException.class,
                    () -> new CorpusBuild(CorpusFixtures.extractor(), 1, new CorpusBuild.Listener() {})
                            .run(items, wrong));
            assertTrue(e.getMessage().contains("HTTP 4"), e.getMessage());
        } finally {
            server.stop();
        }
    }

    @Test
    void anEndpointThatAcceptsAndNeverAnswersFailsTheBuildInsteadOfHangingIt(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        List<Article> articles = CorpusFixtures.copies(1);
        CorpusFixtures.write(corpus, dir.resolve("cache"), articles);
        // Accepts connections (the backlog does, without accept()) and never reads or answers a byte.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String target = "http://127.0.0.1:" + silent.getLocalPort() + "/ds/data";
            StringWriter err = new StringWriter();
            int code = assertTimeoutPreemptively(
                    Duration.ofSeconds(30),
                    () -> Main.commandLine()
                            .setErr(new PrintWriter(err, true))
                            .execute(
                                    "build",
                                    "--target",
                                    target,
                                    "--retries",
                                    "1",
                                    "--connect-timeout",
                                    "2",
                                    "--response-timeout",
                                    "2",
                                    "--cache",
                                    dir.resolve("cache").toString(),
                                    corpus.toString()));
            assertEquals(5, code, err.toString());
            String line = err.toString()
                    .lines()
                    .filter(l -> l.startsWith("claimgraph: "))
                    .findFirst()
                    .orElse("");
            assertTrue(
                    line.contains(target) && line.contains("no response within 2 s") && line.contains("2 attempt"),
                    err.toString());
        }
    }
}

package org.claimgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.cli.Main;
import org.claimgraph.ingest.ArticleBatch;
import org.claimgraph.ingest.ArticleOverrides;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.map.Iris;
import org.claimgraph.pipeline.ArticlePipeline;
import org.claimgraph.pipeline.CorpusBuild;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's two ways from the job's output to a served store, each checked against a single-machine
 * {@code build} of the same articles through the SPARQL endpoint of {@code claimgraph serve --store} (the main jar, in a JVM of its own): Jena's
 * parallel bulk loader ({@code tdb2.tdbloader --loader=parallel}, the command itself, from jena-cmds) on the
 * quads and events parts, and {@code claimgraph build --store} on the quads parts.
 */
class SparkStoreLoadingTest {
    /** The main project's runnable jar, which {@code mvn install} in the folder above builds. */
    private static final Path JAR = Path.of("..", "target", "claimgraph.jar");

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static Path out;
    private static Map<String, Graph> built;

    @BeforeAll
    static void runJobAndBuild() throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(
                feed,
                String.join(
                        "\n",
                        "{\"text\":\"Jens Stoltenberg visited Kyiv on Thursday.\",\"published\":\"2023-04-21\","
                                + "\"url\":\"https://example.org/visit\"}",
                        "{\"text\":\"NATO Secretary-General Jens Stoltenberg visited Ukraine on April 20, 2023.\","
                                + "\"published\":\"2023-04-22\"}",
                        "{\"text\":\"Finland joined NATO on April 4, 2023.\",\"published\":\"2023-04-05\"}",
                        "{\"text\":\"Finland joined NATO on April 5, 2023.\",\"published\":\"2023-04-06\"}"),
                StandardCharsets.UTF_8);
        spark = SparkSupport.session(2);
        out = dir.resolve("out");
        ExtractJob.run(spark, ExtractJob.Options.of(List.of(feed.toString()), out.toString()));

        built = new TreeMap<>();
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            new CorpusBuild(ArticlePipeline.bundled()::process, 1, new CorpusBuild.Listener() {})
                    .run(
                            new ArticleBatch(ArticleReader.defaults(), List.of(feed), ArticleOverrides.NONE),
                            store.batch());
            Txn.executeRead(
                    store.dataset(),
                    () -> store.dataset().listGraphNodes().forEachRemaining(g -> {
                        if (Iris.isArticleGraph(g) || g.equals(Iris.EVENTS_GRAPH)) {
                            built.put(g.getURI(), copy(store.dataset().getGraph(g)));
                        }
                    }));
        }
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void aStoreBulkLoadedFromThePartsServesTheGraphsBuildStores() throws IOException, InterruptedException {
        Path store = dir.resolve("tdb2-bulk");
        List<String> load = new ArrayList<>(List.of("--loc", store.toString(), "--loader=parallel"));
        parts("quads", "events").forEach(p -> load.add(p.toString()));
        tdb2.tdbloader.main(load.toArray(String[]::new));
        tdb2.tdbloader.main(
                "--loc",
                store.toString(),
                "--graph=" + CG.ONTOLOGY_IRI,
                Path.of("..", "ontology", "claimgraph.ttl").toString());
        // tdbloader leaves the store open in this JVM, and TDB2 lets one process at a time have it: release it.
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(store.toString()));

        Map<String, Graph> served = served(store);
        assertTrue(served.containsKey(CG.ONTOLOGY_IRI), "the ontology loaded beside the parts");
        assertSame(built, served);
    }

    @Test
    void claimgraphBuildLoadsThePartsAndComputesTheSameEvents() throws IOException, InterruptedException {
        Path store = dir.resolve("tdb2-build");
        List<String> args = new ArrayList<>(List.of("build", "--store", store.toString()));
        parts("quads").forEach(p -> args.add(p.toString()));
        assertEquals(0, Main.run(args.toArray(String[]::new)));

        assertSame(built, served(store));
    }

    /** Every article graph and the events graph of {@code expected} is served, isomorphic, and no other article. */
    private static void assertSame(Map<String, Graph> expected, Map<String, Graph> served) {
        assertFalse(expected.get(Iris.EVENTS_GRAPH.getURI()).isEmpty(), "two reports each of a visit and an accession");
        Map<String, Graph> relevant = new TreeMap<>();
        served.forEach((g, content) -> {
            if (expected.containsKey(g) || Iris.isArticleGraph(org.apache.jena.graph.NodeFactory.createURI(g))) {
                relevant.put(g, content);
            }
        });
        assertEquals(expected.keySet(), relevant.keySet());
        expected.forEach((g, content) ->
                assertTrue(content.isIsomorphicWith(relevant.get(g)), "graph " + g + " differs from build's"));
    }

    /**
     * The named graphs that {@code claimgraph serve --store} on this folder answers for over SPARQL. The server
     * runs from the main project's jar in a JVM of its own: Spark needs Servlet 5 on this class path, Fuseki's
     * Jetty 12 Servlet 6, and one class path cannot hold both.
     */
    private static Map<String, Graph> served(Path storeDir) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run 'mvn -B install -DskipTests' in the folder above");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path log = dir.resolve("serve-" + storeDir.getFileName() + ".log");
        Process serve = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx1g",
                        "-jar",
                        JAR.toString(),
                        "serve",
                        "--store",
                        storeDir.toString(),
                        "--port",
                        Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            String endpoint = "http://127.0.0.1:" + port + "/kg";
            awaitServing(serve, endpoint, log);
            Map<String, Graph> graphs = new TreeMap<>();
            try (RDFConnection conn = RDFConnection.connect(endpoint)) {
                List<String> names = new ArrayList<>();
                conn.querySelect(
                        "SELECT DISTINCT ?g { GRAPH ?g { } }",
                        row -> names.add(row.getResource("g").getURI()));
                for (String g : names) {
                    if (g.equals(Iris.WIKIDATA_GRAPH.getURI())) {
                        continue; // the bundled extract, which serve adds to any store
                    }
                    graphs.put(
                            g,
                            conn.queryConstruct("CONSTRUCT { ?s ?p ?o } { GRAPH <" + g + "> { ?s ?p ?o } }")
                                    .getGraph());
                }
            }
            return graphs;
        } finally {
            serve.destroy();
            if (!serve.waitFor(20, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    private static void awaitServing(Process serve, String endpoint, Path log)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!serve.isAlive()) {
                throw new AssertionError("serve ended with " + serve.exitValue() + ":\n" + Files.readString(log));
            }
            try (RDFConnection conn = RDFConnection.connect(endpoint)) {
                if (conn.queryAsk("ASK { }")) {
                    return;
                }
            } catch (RuntimeException notYet) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("serve did not answer within 90 s:\n" + Files.readString(log));
    }

    private static List<Path> parts(String... folders) throws IOException {
        List<Path> all = new ArrayList<>();
        for (String f : folders) {
            all.addAll(SparkExtractJobTest.parts(out.resolve(f)));
        }
        assertFalse(all.isEmpty());
        return all;
    }

    private static Graph copy(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        g.find().forEach(c::add);
        return c;
    }
}

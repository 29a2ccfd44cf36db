package org.claimgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
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
 * The Spark job in local mode on a small corpus (two development articles as text files with front matter, a
 * JSON Lines file with short reports of the same visit and accession, a blank line, bad lines and a missing
 * path) against a single-machine {@code build} of the same inputs into a store.
 */
class SparkExtractJobTest {
    private static final Path DEV = Path.of("..", "src", "test", "resources", "gold", "dev");

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static List<String> inputs;
    private static Path out;
    private static JobSummary summary;
    private static Map<String, Graph> built;
    private static Graph builtEvents;
    private static List<String> builtRejected;

    @BeforeAll
    static void runJobAndBuild() throws IOException {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.copy(DEV.resolve("voa-2019-08-north-korea-fourth-launch/article.txt"), texts.resolve("a.txt"));
        Files.copy(DEV.resolve("dod-2017-09-mattis-onodera-call/article.txt"), texts.resolve("b.txt"));
        Files.writeString(texts.resolve("README.md"), "Not an article: left out, as build leaves it out.");
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(
                feed,
                String.join(
                        "\n",
                        "{\"text\":\"Jens Stoltenberg visited Kyiv on Thursday.\",\"published\":\"2023-04-21\","
                                + "\"url\":\"https://example.org/visit\"}",
                        "{\"text\":\"NATO Secretary-General Jens Stoltenberg visited Ukraine on April 20, 2023.\","
                                + "\"published\":\"2023-04-22\"}",
                        "",
                        "this line is not JSON",
                        "{\"text\":\"Finland joined NATO on April 4, 2023.\",\"published\":\"2023-04-05\"}",
                        "{\"text\":\"Finland joined NATO on April 5, 2023.\",\"published\":\"2023-04-06\"}",
                        "{\"text\":\"Sweden joined NATO.\",\"published\":\"2023-02-30\"}",
                        ""),
                StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.txt");
        inputs = List.of(texts.toString(), feed.toString(), missing.toString());

        spark = SparkSupport.session(2);
        out = dir.resolve("out");
        summary = ExtractJob.run(
                spark, ExtractJob.Options.of(inputs, out.toString()).partitions(3));

        built = new TreeMap<>();
        builtRejected = new ArrayList<>();
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            CorpusBuild.Listener listener = new CorpusBuild.Listener() {
                @Override
                public void rejected(String source, CorpusBuild.Rejection why, String message) {
                    builtRejected.add(message);
                }
            };
            new CorpusBuild(ArticlePipeline.bundled()::process, 1, listener)
                    .run(
                            new ArticleBatch(
                                    ArticleReader.defaults(), List.of(texts, feed, missing), ArticleOverrides.NONE),
                            store.batch());
            Txn.executeRead(store.dataset(), () -> {
                store.dataset().listGraphNodes().forEachRemaining(g -> {
                    if (Iris.isArticleGraph(g)) {
                        built.put(g.getURI(), copy(store.dataset().getGraph(g)));
                    }
                });
                builtEvents = copy(store.dataset().getGraph(Iris.EVENTS_GRAPH));
            });
        }
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void everyArticleGraphIsIsomorphicToWhatBuildStores() throws IOException {
        Map<String, Graph> job = graphs(out.resolve("quads"));
        assertEquals(6, built.size(), "two text files and four JSON lines are articles: " + built.keySet());
        assertEquals(built.keySet(), job.keySet());
        for (String g : built.keySet()) {
            assertTrue(job.get(g).isIsomorphicWith(built.get(g)), "graph " + g + " differs from build's");
        }
        assertEquals(6, summary.articles());
        assertEquals(0, summary.replaced());
        assertEquals(
                built.values().stream().mapToLong(Graph::size).sum(),
                summary.triples(),
                "the summary counts the triples written");
    }

    @Test
    void everyArticleGraphIsIsomorphicToWhatClaimgraphExtractPrints() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        int code;
        // extract writes its N-Quads to the process's standard output; nothing else prints there meanwhile.
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            code = Main.run(Stream.concat(Stream.of("extract", "--format", "nq"), inputs.stream())
                    .toArray(String[]::new));
        } finally {
            System.setOut(stdout);
        }
        assertEquals(7, code, "some inputs rejected, the others extracted");
        DatasetGraph d = DatasetGraphFactory.create();
        RDFParser.fromString(printed.toString(StandardCharsets.UTF_8), Lang.NQUADS)
                .parse(d);
        Map<String, Graph> extracted = new TreeMap<>();
        d.listGraphNodes().forEachRemaining(g -> extracted.put(g.getURI(), copy(d.getGraph(g))));
        Map<String, Graph> job = graphs(out.resolve("quads"));
        assertEquals(extracted.keySet(), job.keySet());
        for (String g : extracted.keySet()) {
            assertTrue(
                    job.get(g).isIsomorphicWith(extracted.get(g)),
                    () -> "graph " + g + " differs:\njob:\n" + sorted(job.get(g)) + "\nextract:\n"
                            + sorted(extracted.get(g)));
        }
    }

    @Test
    void thePartsAreNamedAsGzippedNQuadsForLoaders() throws IOException {
        for (String folder : List.of("quads", "events")) {
            List<Path> parts = parts(out.resolve(folder));
            assertFalse(parts.isEmpty(), folder);
            for (Path p : parts) {
                assertTrue(p.getFileName().toString().matches("part-[0-9]{5}\\.nq\\.gz"), p.toString());
            }
        }
    }

    @Test
    void badInputsAreReportedOneLineEachAndTheOthersWritten() throws IOException {
        assertEquals(3, builtRejected.size(), "build rejects them too: " + builtRejected);
        assertEquals(3, summary.rejected());
        List<String> lines = lines(out.resolve("rejected"));
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("missing.txt: no such file or directory")), lines::toString);
        assertTrue(
                lines.stream().anyMatch(l -> l.contains("feed.jsonl (byte ") && l.contains("not a JSON object")),
                lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.contains("unparsable publication date")), lines::toString);
        JobSummary written = JobSummary.fromJson(Files.readString(out.resolve("summary.json")));
        assertEquals(summary, written);
    }

    @Test
    void theEventsPartEqualsTheEventsGraphOfBuild() throws IOException {
        Map<String, Graph> job = graphs(out.resolve("events"));
        assertFalse(builtEvents.isEmpty(), "the visit and the accession are each reported by two articles");
        assertEquals(Set.of(Iris.EVENTS_GRAPH.getURI()), job.keySet());
        Graph events = job.get(Iris.EVENTS_GRAPH.getURI());
        assertTrue(
                events.isIsomorphicWith(builtEvents),
                () -> "job:\n" + sorted(events) + "\nbuild:\n" + sorted(builtEvents));
        assertEquals(2, summary.crossArticleEvents());
        assertEquals(1, summary.crossArticleConflicts(), "the accession's dates disagree");
    }

    @Test
    void theClaimsTableReadsBackWithItsSchemaOneRowPerClaim() {
        var table = spark.read().parquet(out.resolve("claims").toString());
        assertEquals(shape(ClaimsTable.SCHEMA.fields()), shape(table.schema().fields()));
        Set<String> claims = new TreeSet<>();
        built.values()
                .forEach(g -> g.find(Node.ANY, RDF.type.asNode(), CG.Claim.asNode())
                        .forEach(t -> claims.add(t.getSubject().getURI())));
        List<Row> rows = table.collectAsList();
        assertEquals(claims.size(), rows.size());
        assertEquals(summary.claims(), rows.size());
        assertEquals(
                claims,
                new TreeSet<>(rows.stream().map(r -> r.<String>getAs("claim")).toList()));

        Row visit = table.where("url = 'https://example.org/visit'").first();
        assertEquals("Visit", visit.getAs("type"));
        assertEquals("visitor", visit.getAs("main_role"));
        assertEquals("2023-04-21", visit.getAs("published").toString());
        assertEquals("2023-04-20", visit.getAs("date"), "Thursday before the publication date");
        assertEquals("day", visit.getAs("date_precision"));
        List<Row> actors = visit.getList(visit.fieldIndex("actors"));
        assertEquals(1, actors.size());
        assertEquals("Jens Stoltenberg", actors.get(0).getAs("label"));
        assertNotNull(actors.get(0).getAs("wikidata"));
        assertTrue(actors.get(0).<String>getAs("wikidata").matches("Q[1-9][0-9]*"));
        String text = "Jens Stoltenberg visited Kyiv on Thursday.";
        assertEquals(
                text.substring(visit.<Integer>getAs("evidence_begin"), visit.<Integer>getAs("evidence_end")),
                visit.getAs("evidence"));
    }

    @Test
    void anotherPartitioningGivesTheSameQuads() throws IOException {
        Path again = dir.resolve("one-partition");
        ExtractJob.run(spark, ExtractJob.Options.of(inputs, again.toString()).partitions(1));
        assertEquals(quadLines(out.resolve("quads")), quadLines(again.resolve("quads")));
        assertEquals(quadLines(out.resolve("events")), quadLines(again.resolve("events")));
    }

    @Test
    void aTextOrUrlGivenAgainReplacesTheEarlierArticleAsInBuild() throws IOException {
        Path repeats = dir.resolve("repeats.jsonl");
        String visit = "\"text\":\"Jens Stoltenberg visited Kyiv on Thursday.\",\"published\":\"2023-04-21\"";
        String joined = "\"text\":\"Finland joined NATO on April 4, 2023.\",\"published\":\"2023-04-05\"";
        Files.writeString(
                repeats,
                String.join(
                        "\n",
                        "{" + visit + ",\"url\":\"https://example.org/u1\"}",
                        "{" + joined + ",\"url\":\"https://example.org/u1\"}", // the same URL: replaces line 1
                        "{" + joined + ",\"url\":\"https://example.org/u2\"}", // the same text: replaces line 2
                        "{" + visit + ",\"url\":\"https://example.org/u3\"}")); // line 1's text, kept
        Path again = dir.resolve("repeats-out");
        JobSummary s = ExtractJob.run(spark, ExtractJob.Options.of(List.of(repeats.toString()), again.toString()));
        Map<String, Graph> stored = new TreeMap<>();
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            new CorpusBuild(ArticlePipeline.bundled()::process, 1, new CorpusBuild.Listener() {})
                    .run(
                            new ArticleBatch(ArticleReader.defaults(), List.of(repeats), ArticleOverrides.NONE),
                            store.batch());
            Txn.executeRead(
                    store.dataset(),
                    () -> store.dataset().listGraphNodes().forEachRemaining(g -> {
                        if (Iris.isArticleGraph(g)) {
                            stored.put(g.getURI(), copy(store.dataset().getGraph(g)));
                        }
                    }));
        }
        Map<String, Graph> job = graphs(again.resolve("quads"));
        assertEquals(2, stored.size());
        assertEquals(stored.keySet(), job.keySet());
        for (String g : stored.keySet()) {
            assertTrue(job.get(g).isIsomorphicWith(stored.get(g)), "graph " + g + " differs from build's");
        }
        assertEquals(2, s.articles());
        assertEquals(2, s.replaced());
        assertEquals(0, s.rejected());
    }

    @Test
    void anExistingOutputFolderIsRefusedBeforeAnyWork() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> ExtractJob.run(spark, ExtractJob.Options.of(inputs, out.toString())));
        assertTrue(e.getMessage().contains("exists already"), e.getMessage());
    }

    // ---- helpers

    private static List<String> shape(StructField[] fields) {
        return Stream.of(fields)
                .map(f -> f.name() + ":" + f.dataType().simpleString())
                .toList();
    }

    private static Graph copy(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        g.find().forEach(c::add);
        return c;
    }

    /** The named graphs of every part file of a folder. */
    static Map<String, Graph> graphs(Path folder) throws IOException {
        DatasetGraph d = DatasetGraphFactory.create();
        for (Path part : parts(folder)) {
            try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(part))) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(d);
            }
        }
        Map<String, Graph> out = new TreeMap<>();
        d.listGraphNodes().forEachRemaining(g -> out.put(g.getURI(), copy(d.getGraph(g))));
        return out;
    }

    private static Set<String> quadLines(Path folder) throws IOException {
        Set<String> out = new TreeSet<>();
        for (Path part : parts(folder)) {
            try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(part))) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .filter(l -> !l.isBlank())
                        .forEach(out::add);
            }
        }
        return out;
    }

    private static List<String> lines(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path part : parts(folder)) {
            Files.readAllLines(part).stream().filter(l -> !l.isBlank()).forEach(out::add);
        }
        return out;
    }

    static List<Path> parts(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .sorted()
                    .toList();
        }
    }

    private static String sorted(Graph g) {
        return String.join(
                "\n", new TreeSet<>(g.find().mapWith(Object::toString).toList()));
    }
}

package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.claimgraph.LogCapture;
import org.claimgraph.TestSupport;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.vocab.NIF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 7, bad input: every kind of file a scraper may produce, each run through {@code extract} and through
 * {@code build} into a store that already holds an article. A rejected file gets one line on standard error
 * naming the file and the problem, exit code 3, no stack trace, and leaves the store exactly as it was; an
 * accepted one gives valid output whose every evidence span ({@code nif:anchorOf}) is the text at its offsets.
 * Fixtures are generated here, one case per row of {@link #cases()}.
 */
class BadInputTest {
    /** Text that gives claims, with its front matter; line ends and encodings vary per case. */
    private static final String FRONT = "---\npublished: 2024-03-08\n---\n";

    private static final String BODY = "Sweden joined NATO on Thursday.\nJens Stoltenberg visited Kyiv on Friday.\n";

    @TempDir
    static Path shared;

    private static Path store;
    private static List<String> storeBefore;

    /** One row of the table: how to make the input, the arguments, and what must happen. */
    record Case(String name, Fixture fixture, List<String> args, int exit, String problem, String textGiven) {
        @Override
        public String toString() {
            return name;
        }

        boolean accepted() {
            return exit == ExitCodes.OK;
        }
    }

    /** Makes the input in a folder and returns the path to give on the command line. */
    interface Fixture {
        Path make(Path dir) throws IOException;
    }

    private static Fixture file(String name, byte[] bytes) {
        return dir -> Files.write(dir.resolve(name), bytes);
    }

    private static Fixture file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Case rejected(String name, Fixture f, String problem, String... args) {
        return new Case(name, f, List.of(args), ExitCodes.BAD_INPUT, problem, null);
    }

    /** An accepted case; {@code textGiven} is the article text that nif:isString must hold exactly. */
    private static Case accepted(String name, Fixture f, String textGiven) {
        return new Case(name, f, List.of(), ExitCodes.OK, null, textGiven);
    }

    static Stream<Case> cases() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String longName = "A" + "b".repeat(9_999);
        String rtl = "Sweden\u200b joined NATO on Thursday.\n"
                + "\u202e\u05e9\u05dc\u05d5\u05dd\u202c Jens\u200d Stoltenberg visited \u0643\u064a\u064a\u0641 Kyiv on Friday.\n";
        String html = "<script>alert('x')</script><p>Sweden joined <b>NATO</b> on Thursday.</p>\n"
                + "<img src=x onerror=alert(1)> Jens Stoltenberg visited Kyiv on Friday.\n";
        String astral = "\ud83d\udcf0 Sweden joined NATO on Thursday. \ud835\udc00\n"
                + "Jens Stoltenberg visited Kyiv on Friday.\n";
        String named = "Sweden joined NATO on Thursday.\nJens Stoltenberg met " + longName + " in Kyiv on Friday.\n";
        return Stream.of(
                rejected("missing file", dir -> dir.resolve("no-such-article.txt"), "no such file"),
                rejected(
                        "directory without articles",
                        dir -> {
                            Path d = Files.createDirectory(dir.resolve("no-articles"));
                            Files.writeString(d.resolve("notes.json"), "{}");
                            return d;
                        },
                        "no article files"),
                rejected("empty file", file("empty.txt", ""), "empty article"),
                rejected("whitespace only", file("blank.txt", " \n\t \r\n  \u00a0\n"), "only whitespace"),
                rejected("binary data", file("image.txt", binary()), "binary data"),
                rejected(
                        "invalid UTF-8",
                        file("broken.txt", concat("Sweden joined ".getBytes(StandardCharsets.UTF_8), new byte[] {
                            (byte) 0xC3, '('
                        })),
                        "not valid UTF-8"),
                rejected(
                        "Latin-1",
                        file("latin1.txt", "Caf\u00e9 talks in Kyiv.".getBytes(StandardCharsets.ISO_8859_1)),
                        "not valid UTF-8"),
                rejected(
                        "UTF-16 with byte-order mark",
                        file("utf16.txt", (FRONT + BODY).getBytes(StandardCharsets.UTF_16)),
                        "UTF-16"),
                rejected(
                        "UTF-16 without byte-order mark",
                        file("utf16le.txt", (FRONT + BODY).getBytes(StandardCharsets.UTF_16LE)),
                        "UTF-16"),
                rejected(
                        "a single 5 MB line",
                        dir -> {
                            Path p = dir.resolve("one-line.txt");
                            String sentence = "Jens Stoltenberg visited Kyiv and Sweden joined NATO, ";
                            Files.writeString(p, sentence.repeat(5 * 1024 * 1024 / sentence.length() + 1));
                            return p;
                        },
                        "line 1 is 5",
                        new String[0]),
                rejected(
                        "over the default size limit",
                        dir -> {
                            Path p = dir.resolve("huge.txt");
                            byte[] line = "Sweden joined NATO on Thursday.\n".getBytes(StandardCharsets.UTF_8);
                            byte[] all = new byte[(int) ArticleReader.DEFAULT_MAX_BYTES + line.length];
                            for (int i = 0; i < all.length; i++) {
                                all[i] = line[i % line.length];
                            }
                            return Files.write(p, all);
                        },
                        "over the limit of " + ArticleReader.DEFAULT_MAX_BYTES),
                rejected(
                        "over a --max-bytes limit",
                        file("long.txt", FRONT + BODY.repeat(20)),
                        "over the limit of 500",
                        "--max-bytes",
                        "500"),
                rejected(
                        "over a --max-line limit",
                        file("wide.txt", FRONT + BODY.replace('\n', ' ').repeat(10)),
                        "over the limit of 200",
                        "--max-line",
                        "200"),
                rejected(
                        "front matter never closed",
                        file("unclosed.txt", "---\npublished: 2024-03-08\n" + BODY),
                        "never closed"),
                rejected(
                        "malformed front matter",
                        file("bad-yaml.txt", "---\n: : [\n---\n" + BODY),
                        "malformed front matter"),
                rejected(
                        "front matter with a list",
                        file("list-date.txt", "---\npublished: [2024-03-08, 2024-03-09]\n---\n" + BODY),
                        "must be a single value"),
                rejected(
                        "url that is not an absolute http(s) URL",
                        file("relative-url.txt", "---\npublished: 2024-03-08\nurl: example.org/news/1\n---\n" + BODY),
                        "url is not an absolute http(s) URL: example.org/news/1"),
                rejected(
                        "impossible date",
                        file("feb30.txt", "---\npublished: 2023-02-30\n---\n" + BODY),
                        "no such day"),
                rejected(
                        "garbled date",
                        file("garbled-date.txt", "---\npublished: last Tuesday\n---\n" + BODY),
                        "unparsable publication date"),
                rejected(
                        "future date", file("future.txt", "---\npublished: 2999-01-01\n---\n" + BODY), "in the future"),
                accepted(
                        "UTF-8 byte-order mark",
                        file("bom.txt", concat(bom, (FRONT + BODY).getBytes(StandardCharsets.UTF_8))),
                        BODY),
                accepted(
                        "CRLF line ends",
                        file("crlf.txt", (FRONT + BODY).replace("\n", "\r\n")),
                        BODY.replace("\n", "\r\n")),
                accepted("CR line ends", file("cr.txt", (FRONT + BODY).replace('\n', '\r')), BODY.replace('\n', '\r')),
                accepted(
                        "byte-order mark and CRLF",
                        file(
                                "bom-crlf.txt",
                                concat(bom, (FRONT + BODY).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))),
                        BODY.replace("\n", "\r\n")),
                accepted("HTML and script in the text", file("html.txt", FRONT + html), html),
                accepted("right-to-left and zero-width characters", file("rtl.txt", FRONT + rtl), rtl),
                accepted("characters outside the BMP", file("astral.txt", FRONT + astral), astral),
                accepted("a 10,000-character name", file("long-name.txt", FRONT + named), named));
    }

    @BeforeAll
    static void buildAStore() {
        store = shared.resolve("store");
        CliRunner.Result r = CliRunner.run("build", "--store", store.toString(), TestSupport.EXAMPLE.toString());
        assertEquals(0, r.exitCode(), r.err());
        storeBefore = dump(store);
        assertTrue(storeBefore.size() > 100, "the store holds the example article");
    }

    @ParameterizedTest(name = "extract: {0}")
    @MethodSource("cases")
    void extract(Case c, @TempDir Path dir) throws IOException {
        Path input = c.fixture().make(dir);
        List<String> args = new ArrayList<>(List.of("extract", "--format", "trig"));
        args.addAll(c.args());
        args.add(input.toString());
        long start = System.nanoTime();
        Run run = Run.of(args);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(c.exit(), run.result.exitCode(), c + ": exit code; stderr: " + run.stderr());
        assertNoStackTrace(run);
        if (c.accepted()) {
            assertEquals(List.of(), run.lines(), c + ": nothing on stderr");
            checkOutput(c, run.result.out());
        } else {
            assertEquals("", run.result.out(), c + ": nothing on stdout");
            assertEquals(1, run.lines().size(), c + ": one line on stderr: " + run.lines());
            assertNamesFileAndProblem(c, input, run.lines().get(0));
            assertTrue(seconds < 30, c + ": refused quickly, took " + seconds + " s");
        }
    }

    @ParameterizedTest(name = "build: {0}")
    @MethodSource("cases")
    void build(Case c, @TempDir Path dir) throws IOException {
        Path input = c.fixture().make(dir);
        Path target = c.accepted() ? dir.resolve("fresh-store") : store;
        List<String> args = new ArrayList<>(List.of("build", "--store", target.toString()));
        args.addAll(c.args());
        args.add(input.toString());
        Run run = Run.of(args);
        assertEquals(c.exit(), run.result.exitCode(), c + ": exit code; stderr: " + run.stderr());
        assertNoStackTrace(run);
        if (c.accepted()) {
            assertTrue(dump(target).stream().anyMatch(q -> q.contains(NIF.isString.getURI())), c + ": stored");
        } else {
            // build ends with a summary line; exactly one line names the file and its problem.
            List<String> naming =
                    run.lines().stream().filter(l -> l.contains(c.problem())).toList();
            assertEquals(1, naming.size(), c + ": one line with the problem: " + run.lines());
            assertNamesFileAndProblem(c, input, naming.get(0));
            assertEquals(storeBefore, dump(store), c + ": the store is exactly as it was");
        }
    }

    private static void assertNamesFileAndProblem(Case c, Path input, String line) {
        assertTrue(line.contains(input.getFileName().toString()), c + ": names the file: " + line);
        assertTrue(line.contains(c.problem()), c + ": says '" + c.problem() + "': " + line);
        assertTrue(line.length() < 400, c + ": one short line: " + line.length() + " characters");
    }

    private static void assertNoStackTrace(Run run) {
        String err = run.stderr();
        assertFalse(
                err.contains("\tat ") || err.contains("Exception") || err.contains("Error:"),
                "no stack trace or exception name: " + err);
    }

    /**
     * The output parses as TriG; the article text ({@code nif:isString}) is the text as given (no front
     * matter, no byte-order mark, line ends kept); and every span's anchor is the text between its offsets,
     * counted in code points.
     */
    private static void checkOutput(Case c, String trig) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, new ByteArrayInputStream(trig.getBytes(StandardCharsets.UTF_8)), Lang.TRIG);
        Graph g = dsg.getUnionGraph();
        List<Triple> contexts =
                g.find(Node.ANY, NIF.isString.asNode(), Node.ANY).toList();
        assertEquals(1, contexts.size(), c + ": one article context");
        String text = contexts.get(0).getObject().getLiteralLexicalForm();
        assertEquals(c.textGiven(), text, c + ": the article text as given");
        List<Triple> anchors = g.find(Node.ANY, NIF.anchorOf.asNode(), Node.ANY).toList();
        assertFalse(anchors.isEmpty(), c + ": claims with evidence were found");
        int[] codePoints = text.codePoints().toArray();
        for (Triple t : anchors) {
            Node span = t.getSubject();
            int begin = intValue(g, span, NIF.beginIndex.asNode());
            int end = intValue(g, span, NIF.endIndex.asNode());
            assertTrue(0 <= begin && begin <= end && end <= codePoints.length, c + ": span inside the text");
            String atOffsets = new String(codePoints, begin, end - begin);
            assertEquals(t.getObject().getLiteralLexicalForm(), atOffsets, c + ": anchor of " + span);
        }
    }

    private static int intValue(Graph g, Node s, Node p) {
        return Integer.parseInt(g.find(s, p, Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    /** Every quad of a store, as sorted N-Quads lines. */
    private static List<String> dump(Path dir) {
        try (KnowledgeStore kg = KnowledgeStore.open(dir)) {
            DatasetGraph dsg = kg.dataset();
            List<String> quads = Txn.calculateRead(dsg, () -> {
                List<String> out = new ArrayList<>();
                dsg.find().forEachRemaining(q -> out.add(str(q)));
                return out;
            });
            Collections.sort(quads);
            return quads;
        }
    }

    private static String str(Quad q) {
        return FmtUtils.stringForQuad(q);
    }

    private static byte[] binary() {
        byte[] b = new byte[2048];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * One in-process run with what it wrote to standard error: picocli's lines and every log event at WARN
     * or above (the logs go to the process's standard error, which {@link CliRunner} cannot capture).
     */
    private record Run(CliRunner.Result result, List<String> logged) {
        static Run of(List<String> args) {
            try (LogCapture logs = LogCapture.start()) {
                return new Run(CliRunner.run(args.toArray(String[]::new)), logs.lines());
            }
        }

        /** The lines a user sees on standard error. */
        List<String> lines() {
            List<String> lines = new ArrayList<>(
                    result.err().lines().filter(l -> !l.isBlank()).toList());
            lines.addAll(logged);
            return lines;
        }

        String stderr() {
            return String.join("\n", lines());
        }
    }
}

package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user and a script see it: exit codes, data on stdout, one clear line on stderr. */
class CommandLineTest {
    private static final String EXAMPLE = TestSupport.EXAMPLE.toString();

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CliRunner.Result r = CliRunner.run("--help");
        assertEquals(0, r.exitCode());
        for (String word : new String[] {"extract", "build", "serve", "query", "Exit codes"}) {
            assertTrue(r.out().contains(word), word + " in --help");
        }
    }

    @Test
    void noCommandIsAUsageError() {
        CliRunner.Result r = CliRunner.run();
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("missing command"));
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(
                ExitCodes.USAGE,
                CliRunner.run("extract", "--no-such-option", EXAMPLE).exitCode());
    }

    @Test
    void missingFileGetsOneClearLineAndExitCode3() {
        CliRunner.Result r = CliRunner.run("extract", "no/such/article.txt");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals("", r.out(), "nothing on stdout");
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.err().contains("no/such/article.txt") && r.err().contains("no such file"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace without -v");
    }

    @Test
    void badPublicationDateIsBadInput() {
        CliRunner.Result r = CliRunner.run("extract", "--published", "2023-02-30", EXAMPLE);
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("unparsable publication date"), r.err());
    }

    @Test
    void extractPrintsTriGOnStdoutThatParses() {
        CliRunner.Result r = CliRunner.run("extract", EXAMPLE);
        assertEquals(0, r.exitCode(), r.err());
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), Lang.TRIG);
        assertTrue(dsg.listGraphNodes().hasNext(), "one named graph per article");
        assertTrue(r.out().contains("cg:Claim"));
    }

    @Test
    void extractWritesNQuadsWhenAsked() {
        CliRunner.Result r = CliRunner.run("extract", "--format", "nq", EXAMPLE);
        assertEquals(0, r.exitCode(), r.err());
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), Lang.NQUADS);
        assertTrue(dsg.find().hasNext());
    }

    @Test
    void buildThenQueryAnswersFromTheStore(@TempDir Path dir) {
        Path store = dir.resolve("store");
        CliRunner.Result built = CliRunner.run("build", "--store", store.toString(), EXAMPLE);
        assertEquals(0, built.exitCode(), built.err());
        assertEquals("", built.out(), "build reports on stderr, not stdout");
        CliRunner.Result q = CliRunner.run(
                "query",
                "--store",
                store.toString(),
                "--format",
                "csv",
                "SELECT (COUNT(?c) AS ?n) WHERE { ?c a cg:Claim }");
        assertEquals(0, q.exitCode(), q.err());
        int claims = Integer.parseInt(
                q.out().lines().skip(1).findFirst().orElseThrow().strip());
        assertTrue(claims > 10, "claims in the store: " + claims);
        CliRunner.Result bundled = CliRunner.run("query", "--store", store.toString(), "01-visits");
        assertEquals(0, bundled.exitCode(), bundled.err());
        assertTrue(bundled.out().contains("Jens Stoltenberg"));
    }

    @Test
    void claimsCarryTheirConfidenceAndMinConfidenceKeepsOnlyTheSurerOnes(@TempDir Path dir) {
        String claims = "SELECT (COUNT(?c) AS ?n) WHERE { ?c a cg:Claim }";
        String unsure = "SELECT (COUNT(?c) AS ?n) WHERE { ?c a cg:Claim ; cg:confidence ?x FILTER(?x < 0.9) }";
        String unscored = "SELECT (COUNT(?c) AS ?n) WHERE { ?c a cg:Claim FILTER NOT EXISTS { ?c cg:confidence ?x } }";
        Path all = dir.resolve("all");
        assertEquals(
                0, CliRunner.run("build", "--store", all.toString(), EXAMPLE).exitCode());
        Path sure = dir.resolve("sure");
        CliRunner.Result built = CliRunner.run("build", "--store", sure.toString(), "--min-confidence", "0.9", EXAMPLE);
        assertEquals(0, built.exitCode(), built.err());
        assertEquals(0, claimCount(all, unscored), "every claim has a confidence");
        assertTrue(claimCount(all, unsure) > 0, "the example yields claims of rules below 0.9");
        assertEquals(0, claimCount(sure, unsure));
        assertEquals(claimCount(all, claims) - claimCount(all, unsure), claimCount(sure, claims));
        CliRunner.Result bad = CliRunner.run("build", "--store", sure.toString(), "--min-confidence", "1.5", EXAMPLE);
        assertEquals(ExitCodes.USAGE, bad.exitCode());
        assertTrue(bad.err().contains("--min-confidence must lie between 0 and 1"), bad.err());
    }

    private static int claimCount(Path store, String select) {
        CliRunner.Result q = CliRunner.run("query", "--store", store.toString(), "--format", "csv", select);
        assertEquals(0, q.exitCode(), q.err());
        return Integer.parseInt(
                q.out().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void buildLoadsTheNQuadsThatExtractWroteAsABuildOfTheTextWould(@TempDir Path dir) throws IOException {
        CliRunner.Result extracted = CliRunner.run("extract", "--format", "nq", EXAMPLE);
        assertEquals(0, extracted.exitCode(), extracted.err());
        Path nq = dir.resolve("example.nq");
        Files.writeString(nq, extracted.out());
        CliRunner.Result fromDump =
                CliRunner.run("build", "--store", dir.resolve("a").toString(), nq.toString());
        assertEquals(0, fromDump.exitCode(), fromDump.err());
        CliRunner.Result fromText =
                CliRunner.run("build", "--store", dir.resolve("b").toString(), EXAMPLE);
        assertEquals(0, fromText.exitCode(), fromText.err());
        String count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        assertEquals(
                CliRunner.run("query", "--store", dir.resolve("b").toString(), "--format", "csv", count)
                        .out(),
                CliRunner.run("query", "--store", dir.resolve("a").toString(), "--format", "csv", count)
                        .out());

        Path gz = dir.resolve("example.nq.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(extracted.out().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        CliRunner.Result fromGzip =
                CliRunner.run("build", "--store", dir.resolve("e").toString(), gz.toString());
        assertEquals(0, fromGzip.exitCode(), fromGzip.err());
        assertEquals(
                CliRunner.run("query", "--store", dir.resolve("a").toString(), "--format", "csv", count)
                        .out(),
                CliRunner.run("query", "--store", dir.resolve("e").toString(), "--format", "csv", count)
                        .out());

        CliRunner.Result mixed =
                CliRunner.run("build", "--store", dir.resolve("c").toString(), nq.toString(), EXAMPLE);
        assertEquals(ExitCodes.USAGE, mixed.exitCode());
        assertTrue(mixed.err().contains("either N-Quads files"), mixed.err());

        Path bad = dir.resolve("bad.nq");
        Files.writeString(bad, "<urn:a> <urn:b> .\n");
        CliRunner.Result broken =
                CliRunner.run("build", "--store", dir.resolve("d").toString(), bad.toString());
        assertEquals(ExitCodes.STORE, broken.exitCode(), broken.err());
        assertEquals(
                1,
                broken.err()
                        .lines()
                        .filter(l -> l.contains("not valid N-Quads"))
                        .count(),
                broken.err());
    }

    @Test
    void badQueryIsBadInput(@TempDir Path dir) {
        Path store = dir.resolve("store");
        assertEquals(
                0, CliRunner.run("build", "--store", store.toString(), EXAMPLE).exitCode());
        CliRunner.Result r = CliRunner.run("query", "--store", store.toString(), "SELECT ?x WHERE { ?x");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("SPARQL syntax error"), r.err());
        assertEquals(
                ExitCodes.BAD_INPUT,
                CliRunner.run("query", "--store", store.toString(), "99-no-such")
                        .exitCode());
    }

    @Test
    void aBadArticleInABuildIsReportedAndSkippedAndTheRestAreBuilt(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("store");
        assertEquals(
                0, CliRunner.run("build", "--store", store.toString(), EXAMPLE).exitCode());
        String before = count(
                store,
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                        + "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/claimgraph/id/graph/') && STRLEN(STR(?g)) > 100) }");
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "---\npublished: 2024-03-07\n---\nSweden joined NATO on Thursday.");
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        CliRunner.Result r = CliRunner.run("build", "--store", store.toString(), good.toString(), empty.toString());
        assertEquals(ExitCodes.PARTIAL, r.exitCode(), r.err());
        List<String> lines = r.err().strip().lines().toList();
        assertEquals(2, lines.size(), "one line for the bad input, one summary: " + r.err());
        assertTrue(lines.get(0).contains("empty.txt") && lines.get(0).contains("empty article"), lines.get(0));
        assertTrue(
                lines.get(1).contains("1 article(s) built") && lines.get(1).contains("1 rejected input(s)"),
                lines.get(1));
        // The good article is stored whole, the example is as it was, and nothing of the bad one landed.
        assertEquals("2", count(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a cg:Article }"));
        String goodGraph = "https://w3id.org/claimgraph/id/graph/"
                + org.claimgraph.TestSupport.article("Sweden joined NATO on Thursday.", null)
                        .contentHash();
        assertEquals(
                "1",
                count(
                        store,
                        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + goodGraph + "> { ?c cg:about ?e . "
                                + "?e a cg:Accession ; cg:member <https://w3id.org/claimgraph/id/entity/sweden> } }"));
        String extracted =
                CliRunner.run("extract", "--format", "nq", good.toString()).out();
        assertEquals(
                String.valueOf(extracted.strip().lines().count()),
                count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + goodGraph + "> { ?s ?p ?o } }"),
                "the good article's graph is complete");
        String after = count(
                store,
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                        + "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/claimgraph/id/graph/') && STRLEN(STR(?g)) > 100) }");
        assertEquals(
                Long.parseLong(before) + extracted.strip().lines().count(),
                Long.parseLong(after),
                "article graphs: the example's as before plus the good one's, nothing else");
    }

    @Test
    void aBuildWhoseEveryInputIsBadExitsWith3AndStoresNothing(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("store");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        CliRunner.Result r = CliRunner.run("build", "--store", store.toString(), empty.toString(), "no/such.txt");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
        assertEquals(3, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("bulk-loaded"), "nothing was loaded: " + r.err());
        assertEquals("0", count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?a a cg:Article }"));
    }

    private static String count(Path store, String query) {
        CliRunner.Result q = CliRunner.run("query", "--store", store.toString(), "--format", "csv", query);
        assertEquals(0, q.exitCode(), q.err());
        return q.out().lines().skip(1).findFirst().orElseThrow().strip();
    }

    @Test
    void queryWithoutAStoreSaysSo(@TempDir Path dir) {
        CliRunner.Result r =
                CliRunner.run("query", "--store", dir.resolve("none").toString(), "01-visits");
        assertEquals(ExitCodes.STORE, r.exitCode());
        assertTrue(r.err().contains("no store here"), r.err());
    }
}

package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertEquals(ExitCodes.USAGE, CliRunner.run("extract", "--no-such-option", EXAMPLE).exitCode());
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
        CliRunner.Result q = CliRunner.run("query", "--store", store.toString(), "--format", "csv",
                "SELECT (COUNT(?c) AS ?n) WHERE { ?c a cg:Claim }");
        assertEquals(0, q.exitCode(), q.err());
        int claims = Integer.parseInt(q.out().lines().skip(1).findFirst().orElseThrow().strip());
        assertTrue(claims > 10, "claims in the store: " + claims);
        CliRunner.Result bundled = CliRunner.run("query", "--store", store.toString(), "01-visits");
        assertEquals(0, bundled.exitCode(), bundled.err());
        assertTrue(bundled.out().contains("Jens Stoltenberg"));
    }

    @Test
    void badQueryIsBadInput(@TempDir Path dir) {
        Path store = dir.resolve("store");
        assertEquals(0, CliRunner.run("build", "--store", store.toString(), EXAMPLE).exitCode());
        CliRunner.Result r = CliRunner.run("query", "--store", store.toString(), "SELECT ?x WHERE { ?x");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("SPARQL syntax error"), r.err());
        assertEquals(ExitCodes.BAD_INPUT, CliRunner.run("query", "--store", store.toString(), "99-no-such").exitCode());
    }

    @Test
    void aBadArticleInABuildLeavesTheStoreAsItWas(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("store");
        assertEquals(0, CliRunner.run("build", "--store", store.toString(), EXAMPLE).exitCode());
        String before = CliRunner.run("query", "--store", store.toString(), "--format", "csv",
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").out();
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "---\npublished: 2024-03-07\n---\nSweden joined NATO on Thursday.");
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        CliRunner.Result r = CliRunner.run("build", "--store", store.toString(), good.toString(), empty.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("empty.txt"), r.err());
        String after = CliRunner.run("query", "--store", store.toString(), "--format", "csv",
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").out();
        assertEquals(before, after, "nothing of the failed build was stored");
    }

    @Test
    void queryWithoutAStoreSaysSo(@TempDir Path dir) {
        CliRunner.Result r = CliRunner.run("query", "--store", dir.resolve("none").toString(), "01-visits");
        assertEquals(ExitCodes.STORE, r.exitCode());
        assertTrue(r.err().contains("no store here"), r.err());
    }
}

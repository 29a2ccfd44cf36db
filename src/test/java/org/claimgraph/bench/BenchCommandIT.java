package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.claimgraph.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgraph bench} on a tiny corpus: it runs every part and ends with one JSON object (no timing asserted). */
class BenchCommandIT {
    @Test
    void aTinyBenchPrintsEveryFigureAsOneJsonObject(@TempDir Path dir) throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            var cl = Main.commandLine();
            cl.setErr(new PrintWriter(err, true));
            code = cl.execute(
                    "bench",
                    "--articles",
                    "6",
                    "--extract-sample",
                    "3",
                    "--nlp-sample",
                    "2",
                    "--threads",
                    "2",
                    "--clients",
                    "2",
                    "--query-seconds",
                    "2",
                    "--work",
                    dir.toString());
        } finally {
            System.setOut(stdout);
        }
        assertEquals(0, code, err.toString());
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        JsonNode figures = new ObjectMapper().readTree(lines[lines.length - 1]);
        for (String key : new String[] {
            "extract_sentences_per_s",
            "nlp_baseline_sentences_per_s",
            "load_triples_per_s",
            "tdb2_loader_triples_per_s",
            "query_qps",
            "bare_fuseki_qps",
            "p99_ms",
            "peak_heap_mb",
            "build_peak_live_heap_mb",
            "interactive_p95_ms",
            "bare_fuseki_interactive_p95_ms"
        }) {
            assertTrue(figures.has(key) && figures.get(key).asDouble() > 0, key + " in " + figures);
        }
        assertEquals(6, figures.get("articles").asInt());
        assertEquals(3, figures.get("copied_articles").asInt());
        assertEquals(0, figures.get("rejected").asInt(), "copies pass the shapes too");
        assertEquals(0, figures.get("query_errors").asInt());
        assertTrue(figures.get("interactive").has("query 01-visits"), figures.toString());

        // --interactive again on the same corpus: the store is reused, and only the interactive figures come.
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(again, true, StandardCharsets.UTF_8));
            var cl = Main.commandLine();
            cl.setErr(new PrintWriter(err, true));
            code = cl.execute(
                    "bench",
                    "--articles",
                    "6",
                    "--extract-sample",
                    "3",
                    "--interactive",
                    "--samples",
                    "2",
                    "--query-seconds",
                    "1",
                    "--work",
                    dir.toString());
        } finally {
            System.setOut(stdout);
        }
        assertEquals(0, code, err.toString());
        lines = again.toString(StandardCharsets.UTF_8).strip().split("\n");
        JsonNode interactive = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertTrue(interactive.path("store_reused").asBoolean(), interactive.toString());
        assertTrue(interactive.has("index_s"), "a reused store's index is computed again: " + interactive);
        assertTrue(interactive.get("interactive_p95_ms").asDouble() > 0, interactive.toString());
        assertTrue(interactive.get("bare_fuseki_interactive_p95_ms").asDouble() > 0, interactive.toString());
        assertTrue(!interactive.has("query_qps"), "no throughput phase: " + interactive);
    }
}

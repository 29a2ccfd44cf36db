package org.claimgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.cli.ExitCodes;
import org.claimgraph.cli.Main;
import org.claimgraph.evaluate.ArticleResult.Match;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The real pipeline on a short article written for this test, through {@link Evaluator} and through
 * {@code claimgraph evaluate}. CoreNLP loads once for the whole class.
 */
class EvaluateCommandTest {
    private static final String ARTICLE = """
            ---
            published: 2024-05-08
            ---
            Norwegian Prime Minister Jonas Gahr Store visited Warsaw on Tuesday. Norway pledged 12 howitzers to \
            Ukraine, Store said.

            Poland will host a meeting of defense ministers in Krakow next month.
            """;

    private static final String GOLD = """
            published: 2024-05-08
            claims:
              - type: Visit
                sentence: "Store visited Warsaw on Tuesday"
                roles: {visitor: Jonas Gahr Store, destination: Warsaw}
                date: 2024-05-07
                modality: Asserted
              - type: Pledge
                sentence: "Norway pledged 12 howitzers to Ukraine"
                roles: {donor: Norway, recipient: Ukraine, item: howitzers}
                quantity: 12
              - type: Visit
                sentence: "defense ministers in Krakow"
                roles: {visitor: Norway, destination: Krakow}
            mustNot:
              - type: Meeting
                roles: {location: Krakow}
                modality: Asserted
            """;

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeCase() throws IOException {
        Path c = Files.createDirectories(dir.resolve("cases/norway"));
        Files.writeString(c.resolve("article.txt"), ARTICLE);
        Files.writeString(c.resolve("gold.yaml"), GOLD);
    }

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void thePipelineIsScoredAgainstTheGold() {
        EvaluationReport report = Evaluator.bundled().evaluate(dir.resolve("cases"));
        ArticleResult r = report.articles().get(0);
        List<Integer> matched = r.matches().stream().map(m -> m.gold().index()).toList();
        assertTrue(matched.contains(0), "the visit matches: " + r);
        assertTrue(matched.contains(1), "the pledge matches: " + r);
        Match visit = r.matches().get(0);
        assertTrue(visit.strict(), visit.attributes().toString());
        // The wrong visit in the Krakow sentence is missed; the planned meeting is no violation.
        assertEquals(2, r.misses().get(0).gold().index());
        assertTrue(r.violations().isEmpty());
        assertEquals(3, report.overall().gold());
        assertEquals(r.extras().size() + r.matches().size(), report.overall().system());
    }

    @Test
    void textReportAndThreshold() {
        Run ok = run("evaluate", dir.resolve("cases").toString());
        assertEquals(ExitCodes.OK, ok.code(), ok.err());
        assertTrue(ok.out().contains("== norway"), ok.out());
        assertTrue(ok.out().contains("missed:"), ok.out());
        assertTrue(ok.out().contains("Summary: 1 article(s), 3 gold claims"), ok.out());
        assertTrue(ok.out().lines().anyMatch(l -> l.startsWith("overall")), ok.out());

        Run quiet = run(
                "evaluate",
                "--quiet",
                "--min-f1",
                "0.99",
                dir.resolve("cases/norway/gold.yaml").toString());
        assertEquals(ExitCodes.BELOW_THRESHOLD, quiet.code());
        assertTrue(quiet.out().startsWith("Summary:"), quiet.out());
        assertTrue(quiet.err().contains("below --min-f1"), quiet.err());

        assertEquals(
                ExitCodes.OK,
                run("evaluate", "-q", "--min-f1", "0.1", dir.resolve("cases").toString())
                        .code());
        assertEquals(
                ExitCodes.USAGE,
                run("evaluate", "--min-f1", "2", dir.resolve("cases").toString())
                        .code());
    }

    @Test
    void jsonReport() throws IOException {
        Run json = run("evaluate", "--format", "json", dir.resolve("cases").toString());
        assertEquals(ExitCodes.OK, json.code(), json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals(3, root.at("/summary/overall/gold").asInt());
        assertEquals("norway", root.at("/articles/0/name").asText());
        assertTrue(root.at("/articles/0/misses/0/reason").isTextual());
        assertTrue(root.at("/summary/byType/Visit/strictF1").isNumber());
    }

    @Test
    void aBadGoldFileIsABadInput(@TempDir Path bad) throws IOException {
        Files.writeString(bad.resolve("article.txt"), "Poland hosts a meeting.");
        Files.writeString(bad.resolve("gold.yaml"), "claims:\n  - type: Meeting\n    sentence: \"not there\"\n");
        Run r = run("evaluate", bad.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("gold.yaml") && r.err().contains("does not occur"), r.err());
    }
}

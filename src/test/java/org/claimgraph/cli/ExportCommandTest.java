package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.TestSupport;
import org.claimgraph.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgraph export}: formats, --output, and errors with their exit codes. */
class ExportCommandTest {
    @Test
    void exportsToStandardOutputAndToAFile(@TempDir Path dir) throws Exception {
        Path storeDir = dir.resolve("store");
        try (KnowledgeStore kg = KnowledgeStore.open(storeDir)) {
            kg.load(List.of(TestSupport.exampleGraph()));
            org.claimgraph.pipeline.CorpusEventsRefresh.refresh(kg); // as build does: events and plain facts
        }
        CliRunner.Result csv = CliRunner.run("export", "--store", storeDir.toString(), "--format", "csv");
        assertEquals(0, csv.exitCode(), csv.err());
        assertTrue(csv.out().startsWith("claim,event,event_type,roles,"), csv.out());

        Path graphml = dir.resolve("out").resolve("claims.graphml");
        Files.createDirectories(graphml.getParent());
        CliRunner.Result toFile = CliRunner.run(
                "export", "--store", storeDir.toString(), "--format", "graphml", "--output", graphml.toString());
        assertEquals(0, toFile.exitCode(), toFile.err());
        assertTrue(Files.readString(graphml).contains("<graphml"));
        assertTrue(toFile.out().isEmpty(), "data goes to the file, not standard output");
        try (var files = Files.list(graphml.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }

        CliRunner.Result facts =
                CliRunner.run("export", "--store", storeDir.toString(), "--format", "gexf", "--view", "facts");
        assertEquals(0, facts.exitCode(), facts.err());
        assertTrue(facts.out().contains("label=\"visited\""), "a plain fact as an edge");
        assertTrue(facts.out().contains("weight=\"4\""), "weighted by its four claims");

        CliRunner.Result qs = CliRunner.run("export", "--store", storeDir.toString(), "--format", "quickstatements");
        assertEquals(0, qs.exitCode(), qs.err());
        assertTrue(qs.err().contains("left out"), "says which claims were left out and why: " + qs.err());
    }

    @Test
    void errorsGetOneLineAndTheirExitCode(@TempDir Path dir) {
        CliRunner.Result noStore =
                CliRunner.run("export", "--store", dir.resolve("none").toString(), "--format", "csv");
        assertEquals(ExitCodes.STORE, noStore.exitCode());
        assertTrue(noStore.err().contains("no store here"), noStore.err());
        assertFalse(Files.exists(dir.resolve("none")), "export creates no store");

        CliRunner.Result badFormat = CliRunner.run("export", "--store", dir.toString(), "--format", "xlsx");
        assertEquals(ExitCodes.USAGE, badFormat.exitCode());

        CliRunner.Result factsAsCsv =
                CliRunner.run("export", "--store", dir.toString(), "--format", "csv", "--view", "facts");
        assertEquals(ExitCodes.USAGE, factsAsCsv.exitCode());
        assertTrue(factsAsCsv.err().contains("--view facts is for --format graphml or gexf"), factsAsCsv.err());

        CliRunner.Result noFormat = CliRunner.run("export", "--store", dir.toString());
        assertEquals(ExitCodes.USAGE, noFormat.exitCode());
    }
}

package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve}'s options that make it safe, checked before anything is loaded: writes need both
 * {@code --allow-update} and a credentials file with users; limits must be positive.
 */
class ServeCommandTest {
    @TempDir
    Path dir;

    private CliRunner.Result serve(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "serve";
        all[1] = "--store";
        all[2] = dir.resolve("store").toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRunner.run(all);
    }

    @Test
    void allowUpdateWithoutCredentialsIsAUsageError() {
        CliRunner.Result r = serve("--allow-update");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("--allow-update needs --credentials"), r.err());
        assertFalse(Files.exists(dir.resolve("store")), "nothing was opened");
    }

    @Test
    void credentialsWithoutAllowUpdateIsAUsageError() throws IOException {
        Path users = Files.writeString(dir.resolve("users"), "editor: pw\n");
        CliRunner.Result r = serve("--credentials", users.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("--credentials is only used with --allow-update"), r.err());
    }

    @Test
    void aMissingOrEmptyCredentialsFileIsBadInput() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty-users"), "# nobody yet\n");
        for (Path file : new Path[] {dir.resolve("no-such-users"), empty}) {
            CliRunner.Result r = serve("--allow-update", "--credentials", file.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertTrue(
                    r.err().contains(file.getFileName().toString()) && r.err().contains("credentials"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        assertFalse(Files.exists(dir.resolve("store")), "nothing was opened");
    }

    @Test
    void limitsMustBePositive() {
        for (String[] args :
                new String[][] {{"--max-results", "0"}, {"--max-body", "-1"}, {"--timeout", "0"}, {"--port", "70000"}
                }) {
            CliRunner.Result r = serve(args);
            assertEquals(ExitCodes.USAGE, r.exitCode(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains(args[0]), r.err());
        }
    }

    @Test
    void anAllowedServiceMustBeAnAbsoluteHttpUrl() {
        for (String url : new String[] {"query.wikidata.org/sparql", "file:///etc/passwd"}) {
            CliRunner.Result r = serve("--allow-service", url);
            assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
            assertTrue(r.err().contains("--allow-service " + url + ": not an absolute http(s) URL"), r.err());
            assertFalse(Files.exists(dir.resolve("store")), "nothing was opened");
        }
    }

    @Test
    void helpDocumentsTheSafeDefaults() {
        CliRunner.Result r = CliRunner.run("serve", "--help");
        assertEquals(0, r.exitCode());
        for (String s : new String[] {
            "--host",
            "127.0.0.1",
            "--allow-update",
            "--credentials",
            "--max-results",
            "10000",
            "--max-body",
            "1048576",
            "--timeout",
            "--allow-service"
        }) {
            assertTrue(r.out().contains(s), s + " in serve --help:\n" + r.out());
        }
    }
}

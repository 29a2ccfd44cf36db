package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's pasted {@code --help} block is what {@code claimgraph --help} prints. */
class ReadmeHelpTest {
    @Test
    void theReadmeShowsTheRealHelp() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int heading = readme.indexOf("### `--help`");
        int start = readme.indexOf("```\n", heading) + 4;
        int end = readme.indexOf("```", start);
        String pasted = readme.substring(start, end).strip();
        String real = CliRunner.run("--help").out().strip();
        assertEquals(real, pasted, "paste the output of 'claimgraph --help' into the README's --help block");
    }
}

package org.claimgraph.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** {@code -v}: more log output on standard error (-v info, -vv debug) and stack traces on errors. */
public final class VerbosityMixin {
    private boolean[] verbosity = new boolean[0];

    @Option(
            names = {"-v", "--verbose"},
            description = "Log progress to stderr (-vv for debug) and show stack traces.")
    void setVerbose(boolean[] v) {
        verbosity = v;
        Level level = v.length >= 2 ? Level.DEBUG : v.length == 1 ? Level.INFO : Level.WARN;
        Configurator.setLevel("claimgraph", level);
    }

    /** True when -v was given anywhere on the command line. */
    static boolean isVerbose(ParseResult parsed) {
        ParseResult p = parsed;
        while (p != null) {
            if (p.hasMatchedOption("-v")) {
                return true;
            }
            p = p.subcommand();
        }
        return false;
    }

    int level() {
        return verbosity.length;
    }
}

package org.claimgraph.cli;

import picocli.CommandLine;

/**
 * The exit codes claimgraph promises, on top of picocli's own (0, 1, 2). Documented in the README.
 */
public final class ExitCodes {
    private ExitCodes() {}

    /** Success. */
    public static final int OK = CommandLine.ExitCode.OK;
    /** An unexpected failure: a bug. Run again with -v for the stack trace. */
    public static final int SOFTWARE = CommandLine.ExitCode.SOFTWARE;
    /** Wrong command-line usage: unknown option, missing argument. */
    public static final int USAGE = CommandLine.ExitCode.USAGE;
    /** Bad input: missing file, not UTF-8, empty text, bad date, bad query. */
    public static final int BAD_INPUT = 3;
    /** The extracted data failed SHACL validation; nothing was stored. */
    public static final int INVALID = 4;
    /** The store or the server could not be opened, written or started. */
    public static final int STORE = 5;
    /** {@code evaluate --min-f1}: the overall strict F1 is below the threshold. */
    public static final int BELOW_THRESHOLD = 6;
    /** {@code build}, {@code extract}: some inputs were rejected (one line each on stderr); the rest were done. */
    public static final int PARTIAL = 7;
}

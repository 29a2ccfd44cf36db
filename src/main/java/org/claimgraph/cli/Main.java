package org.claimgraph.cli;

import picocli.CommandLine;

/** Entry point of the jar and the launcher: {@code claimgraph COMMAND ...}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code, without exiting (for tests). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line. */
    public static CommandLine commandLine() {
        ExceptionHandler handler = new ExceptionHandler();
        CommandLine cl = new CommandLine(new ClaimgraphCommand());
        cl.setExecutionExceptionHandler(handler);
        cl.setExitCodeExceptionMapper(handler);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}

package org.claimgraph.cli;

import org.claimgraph.sys.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;

/** The top command: lists the verbs. */
@Command(
        name = "claimgraph",
        mixinStandardHelpOptions = true,
        versionProvider = ClaimgraphCommand.VersionProvider.class,
        description = "Turns news articles into a knowledge graph of claims with their evidence, served over SPARQL.",
        subcommands = {
            ExtractCommand.class,
            BuildCommand.class,
            ServeCommand.class,
            QueryCommand.class,
            EvaluateCommand.class,
            BenchCommand.class,
            LinkCommand.class,
            ExportCommand.class,
            HelpCommand.class
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  success",
            "  1  internal error (a bug; -v shows the stack trace)",
            "  2  usage error",
            "  3  bad input (file, encoding, date, query); build: no input was good",
            "  4  SHACL validation failed; nothing stored",
            "  5  store or server failure",
            "  6  evaluate: score below --min-f1",
            "  7  some inputs rejected (one line each), the rest built"
        })
public final class ClaimgraphCommand implements java.util.concurrent.Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Without a command there is nothing to do: show the usage on stderr and report a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("claimgraph: missing command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** Reports the version Maven filtered into the jar. */
    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"claimgraph " + Version.get()};
        }
    }
}

package org.claimgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.evaluate.Agreement;
import org.claimgraph.evaluate.EvaluationReport;
import org.claimgraph.evaluate.Evaluator;
import org.claimgraph.evaluate.GoldCase;
import org.claimgraph.evaluate.GoldReader;
import org.claimgraph.evaluate.ReportWriter;
import org.claimgraph.evaluate.RuleReliability;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimgraph evaluate}: scores extraction against hand-written gold files. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Score extraction against hand-written gold files.",
            "A gold file (gold.yaml) lists the claims of one article with type, sentence fragment, roles, date, "
                    + "modality and attribution, and the claims it must not yield; see "
                    + "src/test/resources/gold/GUIDE.md. Prints, per article, the matched, missed and extra claims "
                    + "and the mustNot violations, then precision, recall and F1 per claim type and overall, at a "
                    + "lenient level (type, sentence and roles agree) and a strict one (every attribute the gold "
                    + "gives agrees too).",
            "Each gold file's article is article.txt beside it, or the file its 'article' key names."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success (whatever the scores, unless --min-f1 is given)",
            "1:internal error",
            "2:usage error",
            "3:bad gold file or article",
            "6:the overall strict F1 is below --min-f1"
        })
public final class EvaluateCommand implements Callable<Integer> {
    /** Output formats. */
    public enum Format {
        text,
        json
    }

    @Spec
    CommandSpec spec;

    @Mixin
    VerbosityMixin verbosity;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print only the summary.")
    boolean quiet;

    @Option(
            names = "--min-f1",
            paramLabel = "X",
            description = "Exit with code " + ExitCodes.BELOW_THRESHOLD + " when the overall strict F1 is below X "
                    + "(0 to 1), for use in CI.")
    Double minF1;

    @Option(
            names = "--agreement",
            description = "Instead of scoring the extractor, measure agreement between two annotators: each folder "
                    + "holding gold-a.yaml and gold-b.yaml (searched recursively) is one article; prints what they "
                    + "disagree on and lenient and strict agreement (F1) per type. Runs no extraction.")
    boolean agreement;

    @Option(
            names = "--write-confidence",
            paramLabel = "FILE",
            description = "Also write each rule's measured precision, as the confidence table claimgraph gives its "
                    + "claims (src/main/resources/lexicon/confidence.tsv); measure it on the dev split only.")
    Path writeConfidence;

    @Parameters(
            paramLabel = "GOLD",
            arity = "1..*",
            description = "gold.yaml files, or folders searched recursively for files named gold.yaml.")
    List<Path> gold;

    @Override
    public Integer call() {
        if (minF1 != null && (minF1.isNaN() || minF1 < 0 || minF1 > 1)) {
            throw new ParameterException(spec.commandLine(), "--min-f1 must lie between 0 and 1, not " + minF1);
        }
        if (agreement) {
            return agreement();
        }
        List<GoldCase> cases = new GoldReader().readAll(gold);
        EvaluationReport report = Evaluator.bundled().evaluate(cases);
        PrintWriter out = spec.commandLine().getOut();
        ReportWriter writer = new ReportWriter(report);
        if (format == Format.json) {
            writer.json(out, quiet);
        } else {
            writer.text(out, quiet);
        }
        if (writeConfidence != null) {
            RuleReliability.of(report)
                    .writeConfidences(
                            writeConfidence,
                            String.join(" ", gold.stream().map(Path::toString).toList()));
            spec.commandLine().getErr().println("claimgraph: wrote rule confidences to " + writeConfidence);
        }
        double f1 = report.overall().strictF1();
        if (minF1 != null && f1 < minF1) {
            spec.commandLine().getErr().printf("claimgraph: overall strict F1 %.3f is below --min-f1 %s%n", f1, minF1);
            return ExitCodes.BELOW_THRESHOLD;
        }
        return ExitCodes.OK;
    }

    private int agreement() {
        GoldReader reader = new GoldReader();
        List<Path> firsts = List.copyOf(new java.util.LinkedHashSet<>(org.claimgraph.ingest.InputFiles.expand(
                gold,
                p -> p.getFileName().toString().equals("gold-a.yaml"),
                "no gold-a.yaml in this folder or below")));
        List<Agreement.Pair> pairs = new java.util.ArrayList<>();
        for (Path a : firsts) {
            Path b = a.resolveSibling("gold-b.yaml");
            if (!java.nio.file.Files.isRegularFile(b)) {
                spec.commandLine().getErr().println("claimgraph: " + a.getParent() + ": no gold-b.yaml; skipped");
                continue;
            }
            pairs.add(new Agreement.Pair(named(reader.read(a), a), named(reader.read(b), a)));
        }
        Agreement.compare(pairs).text(spec.commandLine().getOut(), quiet);
        return ExitCodes.OK;
    }

    /** The case named by its folder, as for gold.yaml. */
    private static GoldCase named(GoldCase c, Path goldFile) {
        Path folder = goldFile.toAbsolutePath().getParent();
        String name =
                folder.getFileName() == null ? c.name() : folder.getFileName().toString();
        return new GoldCase(name, c.goldFile(), c.article(), c.gold(), c.claims(), c.mustNot());
    }
}

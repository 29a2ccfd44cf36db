package org.claimgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimgraph.bench.ExtractionBenchmark;
import org.claimgraph.ingest.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimgraph bench}: extraction throughput beside the NLP library's, same sentences, same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure extraction speed against CoreNLP's own on the same sentences in the same run. Prints "
                + "one line per figure, then the figures as one JSON object on the last line.")
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    VerbosityMixin verbosity;

    @Mixin
    ArticleInputs inputs;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "Measured rounds over the corpus, after one warm-up round (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*",
            description = "Articles to measure on (default: the bundled example article).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        List<Article> articles = files.isEmpty() ? List.of(ServeCommand.example()) : inputs.read(files);
        Map<String, Object> figures = new ExtractionBenchmark(articles, rounds).run();
        figures.forEach((k, v) -> System.err.printf("%-32s %s%n", k, v));
        try {
            System.out.println(new ObjectMapper().writeValueAsString(figures));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return ExitCodes.OK;
    }
}

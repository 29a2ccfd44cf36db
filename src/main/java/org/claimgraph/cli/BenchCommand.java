package org.claimgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimgraph.bench.CorpusGenerator;
import org.claimgraph.bench.ScaleBenchmark;
import org.claimgraph.ingest.Article;
import org.claimgraph.mention.Gazetteer;
import org.claimgraph.pipeline.CorpusBuild;
import org.claimgraph.serve.ClaimgraphServer;
import org.claimgraph.serve.ServerOptions;
import org.claimgraph.store.StoreException;
import org.claimgraph.sys.FileTrees;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code claimgraph bench}: a generated corpus through extraction, load and queries, against Jena's own ceilings. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmark claimgraph on a corpus of N articles generated from real ones (people, countries, "
                    + "cities and dates substituted from the gazetteer): extraction against CoreNLP alone, loading "
                    + "against Jena's TDB2 loader on the same N-Quads, queries against a plain Fuseki on the same data, "
                    + "and heap use, all in the same run. Prints progress and one line per figure on standard error, "
                    + "then the figures as one JSON object on the last line of standard output."
        })
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerbosityMixin verbosity;

    @Option(
            names = "--articles",
            paramLabel = "N",
            defaultValue = "100",
            description = "Corpus size (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(
            names = "--extract-sample",
            paramLabel = "K",
            description = "Extract only K articles and make the rest "
                    + "copies of their graphs under new keys, for load and query figures at a size whose extraction would "
                    + "take hours (default: extract all N).")
    Integer extractSample;

    @Option(
            names = "--nlp-sample",
            paramLabel = "N",
            defaultValue = "40",
            description = "Articles of the extraction-against-CoreNLP comparison (default: ${DEFAULT-VALUE}).")
    int nlpSample;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    Integer threads;

    @Option(
            names = "--clients",
            paramLabel = "N",
            defaultValue = "4",
            description = "Concurrent query clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(
            names = "--query-seconds",
            paramLabel = "S",
            defaultValue = "20",
            description = "Measured query time per server (default: ${DEFAULT-VALUE}).")
    int querySeconds;

    @Option(
            names = "--interactive",
            description = "Only the interactive latencies (entity pages, neighbourhoods, timelines, claims between "
                    + "dates, the conflicts page, the first page of every bundled query), one request at a time, "
                    + "against a plain Fuseki on the same store: no extraction comparison, no Jena loader, no "
                    + "throughput; with --work, the store of an earlier run on the same corpus is reused.")
    boolean interactive;

    @Option(
            names = "--samples",
            paramLabel = "N",
            defaultValue = "20",
            description = "Timed requests per interactive probe and server, within --query-seconds each "
                    + "(default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(
            names = "--work",
            paramLabel = "DIR",
            description = "Folder for the extraction cache, the N-Quads file "
                    + "and the two stores; kept, so a second run reuses the extractions (default: a temporary folder, "
                    + "removed afterwards).")
    Path work;

    @Option(
            names = "--templates",
            paramLabel = "DIR",
            description = "Generate the corpus from these articles "
                    + "instead of the bundled ones (twelve public-domain U.S. government articles).")
    Path templates;

    @Override
    public Integer call() throws IOException {
        int workers = threads == null ? CorpusBuild.defaultThreads() : threads;
        if (articles < 1
                || workers < 1
                || nlpSample < 1
                || clients < 1
                || querySeconds < 1
                || samples < 1
                || (extractSample != null && extractSample < 1)) {
            throw new ParameterException(spec.commandLine(), "every count must be at least 1");
        }
        CorpusGenerator generator = templates == null
                ? CorpusGenerator.bundled()
                : new CorpusGenerator(readTemplates(), Gazetteer.bundled());
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("claimgraph-bench") : work;
        var err = spec.commandLine().getErr();
        try {
            ScaleBenchmark.Options options = new ScaleBenchmark.Options(
                    articles,
                    workers,
                    extractSample == null ? articles : extractSample,
                    nlpSample,
                    dir,
                    clients,
                    querySeconds,
                    ServerOptions.DEFAULT_MAX_RESULTS,
                    interactive,
                    samples);
            Map<String, Object> figures = new ScaleBenchmark(
                            generator,
                            options,
                            dsg -> {
                                // The server as 'serve' runs it, with a longer timeout for big corpora.
                                ClaimgraphServer s =
                                        ClaimgraphServer.start(dsg, new ServerOptions(0, 600, Optional.empty()));
                                return new ScaleBenchmark.Server() {
                                    @Override
                                    public String sparqlUrl() {
                                        return s.sparqlUrl();
                                    }

                                    @Override
                                    public void close() {
                                        s.close();
                                    }
                                };
                            },
                            line -> {
                                err.println(line);
                                err.flush();
                            })
                    .run();
            figures.forEach((k, v) -> err.printf("%-32s %s%n", k, v));
            err.flush();
            System.out.println(new ObjectMapper().writeValueAsString(figures));
            System.out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temporary) {
                delete(dir);
            }
        }
        return ExitCodes.OK;
    }

    private List<Article> readTemplates() {
        return org.claimgraph.ingest.ArticleReader.defaults()
                .readAll(List.of(templates), org.claimgraph.ingest.ArticleOverrides.NONE);
    }

    private static void delete(Path dir) {
        try {
            FileTrees.deleteRecursively(dir);
        } catch (java.io.UncheckedIOException e) {
            throw new StoreException(dir + ": cannot remove the benchmark folder: " + e.getMessage(), e);
        }
    }
}

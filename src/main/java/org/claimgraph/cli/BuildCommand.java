package org.claimgraph.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleBatch;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.pipeline.ArticlePipeline;
import org.claimgraph.pipeline.CorpusBuild;
import org.claimgraph.pipeline.ExtractionCache;
import org.claimgraph.store.ArticleSink;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.store.NQuadsArticles;
import org.claimgraph.store.RemoteGraphStore;
import org.claimgraph.store.SinkReport;
import org.claimgraph.store.StoreBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimgraph build}: extract in parallel, validate each article with SHACL, stream into TDB2 or a Graph Store. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Extract claims from articles (files, folders, JSON Lines with one article a line), validate "
                    + "each with SHACL and load it into the TDB2 store, or PUT it to a Graph Store Protocol endpoint "
                    + "with --target. Each article is stored whole or not at all; a bad input is reported on one line "
                    + "and skipped, and the rest are built. Building the same articles again changes nothing.",
            "Exit codes: 0 all built; 7 some inputs rejected, the rest built; 3 nothing built (bad input); "
                    + "4 nothing built (every article failed SHACL); 5 store or endpoint failure."
        })
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerbosityMixin verbosity;

    @Mixin
    StoreMixin store;

    @Mixin
    ArticleInputs inputs;

    @Option(names = "--threads", paramLabel = "N", description = "Articles extracted at once (default: one per core).")
    Integer threads;

    @Option(
            names = "--target",
            paramLabel = "URL",
            description = "PUT each article's graph to this SPARQL 1.1 "
                    + "Graph Store Protocol endpoint (e.g. http://host:3030/ds/data) instead of the local store.")
    URI target;

    @Option(
            names = "--retries",
            paramLabel = "N",
            defaultValue = "" + RemoteGraphStore.DEFAULT_RETRIES,
            description = "With --target: retries of a failed request, waiting 0.25 s, 0.5 s, 1 s, ... "
                    + "(default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(
            names = "--connect-timeout",
            paramLabel = "SECONDS",
            defaultValue = "" + RemoteGraphStore.DEFAULT_CONNECT_SECONDS,
            description = "With --target: longest wait for a connection (default: ${DEFAULT-VALUE}).")
    int connectTimeout;

    @Option(
            names = "--response-timeout",
            paramLabel = "SECONDS",
            defaultValue = "" + RemoteGraphStore.DEFAULT_RESPONSE_SECONDS,
            description = "With --target: longest wait for the answer to a request; then it fails, and is "
                    + "retried (default: ${DEFAULT-VALUE}).")
    int responseTimeout;

    @Option(
            names = "--cache",
            paramLabel = "DIR",
            description = "Keep extraction results in this folder, one file "
                    + "per article and claimgraph version; a later build of the same articles skips the NLP.")
    Path cache;

    @Option(
            names = "--batch-triples",
            paramLabel = "N",
            defaultValue = "" + StoreBatch.DEFAULT_COMMIT_TRIPLES,
            description = "Triples of whole articles written per transaction when the store is not empty "
                    + "(default: ${DEFAULT-VALUE}).")
    int batchTriples;

    @Parameters(
            paramLabel = "FILE|DIR",
            arity = "1..*",
            description = "Article files (.txt, .md), JSON Lines files (.jsonl: text, published, url, title) or "
                    + "folders of them; or N-Quads files (.nq, .nq.gz) that 'extract --format nq' wrote, loaded "
                    + "without extracting again (each article graph validated with SHACL).")
    List<Path> files;

    @Override
    public Integer call() {
        int workers = threads == null ? CorpusBuild.defaultThreads() : threads;
        if (workers < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + workers);
        }
        if (retries < 0) {
            throw new ParameterException(spec.commandLine(), "--retries must not be negative: " + retries);
        }
        if (connectTimeout < 1 || responseTimeout < 1) {
            throw new ParameterException(
                    spec.commandLine(),
                    (connectTimeout < 1 ? "--connect-timeout" : "--response-timeout") + " must be at least 1 second");
        }
        if (batchTriples < 1) {
            throw new ParameterException(spec.commandLine(), "--batch-triples must be at least 1: " + batchTriples);
        }
        var err = spec.commandLine().getErr();
        boolean dumps = files.stream().allMatch(BuildCommand::isNQuads);
        if (!dumps && files.stream().anyMatch(BuildCommand::isNQuads)) {
            throw new ParameterException(
                    spec.commandLine(), "give either N-Quads files (.nq, .nq.gz) or articles, not both in one build");
        }
        ArticleBatch batch = dumps ? null : inputs.batch(files);
        // The NLP models load on first use only: a build answered from the cache never loads them.
        Function<Article, ArticleGraph> extract = ArticlePipeline.lazyBundled();
        if (cache != null) {
            extract = ExtractionCache.wrap(cache, extract);
        }
        java.util.EnumSet<CorpusBuild.Rejection> rejections = java.util.EnumSet.noneOf(CorpusBuild.Rejection.class);
        long expected = dumps ? -1 : batch.estimateSize();
        try (BuildProgress progress = BuildProgress.start(err, expected, BuildProgress.onTerminal())) {
            CorpusBuild.Listener listener = new CorpusBuild.Listener() {
                @Override
                public void built(ArticleGraph article, CorpusBuild.Counts counts) {
                    progress.step();
                }

                @Override
                public void rejected(String source, CorpusBuild.Rejection why, String message) {
                    rejections.add(why);
                    err.println("claimgraph: " + message);
                    err.flush();
                    progress.step();
                }
            };
            CorpusBuild build = new CorpusBuild(extract, workers, listener);
            CorpusBuild.Summary s;
            String where;
            if (target != null) {
                ArticleSink sink;
                try {
                    sink = new RemoteGraphStore(
                            target, retries, Duration.ofSeconds(connectTimeout), Duration.ofSeconds(responseTimeout));
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), "--target: " + e.getMessage());
                }
                s = dumps ? build.load(nquads(), sink) : build.run(batch, sink);
                where = "to " + target;
            } else {
                try (KnowledgeStore kg = KnowledgeStore.open(store.directory())) {
                    StoreBatch sink = kg.batch(true, batchTriples);
                    s = dumps ? build.load(nquads(), sink) : build.run(batch, sink);
                    where = "into " + kg.directory() + " (" + kg.articleCount() + " article(s) stored)";
                }
            }
            progress.close();
            err.println("claimgraph: " + summary(s) + " " + where);
            err.flush();
            if (s.rejected() == 0) {
                return ExitCodes.OK;
            }
            if (s.articles() > 0) {
                return ExitCodes.PARTIAL;
            }
            return rejections.contains(CorpusBuild.Rejection.INPUT)
                    ? ExitCodes.BAD_INPUT
                    : rejections.contains(CorpusBuild.Rejection.INVALID) ? ExitCodes.INVALID : ExitCodes.SOFTWARE;
        }
    }

    private static boolean isNQuads(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".nq") || name.endsWith(".nq.gz");
    }

    /** The article graphs of every N-Quads file, one file after another. */
    private java.util.Iterator<ArticleGraph> nquads() {
        for (Path f : files) {
            if (!java.nio.file.Files.isRegularFile(f)) {
                throw new org.claimgraph.ingest.InputException(f.toString(), "no such file");
            }
        }
        return files.stream()
                .flatMap(f -> org.apache.jena.atlas.iterator.Iter.asStream(new NQuadsArticles(f)))
                .iterator();
    }

    /** The one summary line: articles, claims, events, triples, conflicts, rejected inputs. */
    static String summary(CorpusBuild.Summary s) {
        SinkReport r = s.sink();
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                "%d article(s) built (%d stored, %d unchanged%s), %d claims, %d events, %d triples, " + "%d conflicts",
                s.articles(),
                r.stored(),
                r.unchanged(),
                r.replaced() > 0 ? ", " + r.replaced() + " older text(s) replaced" : "",
                s.claims(),
                s.events(),
                s.triples(),
                s.conflicts()));
        s.corpus()
                .ifPresent(c -> b.append(String.format(
                        "; across articles %d merged event(s), %d conflict(s)",
                        c.events().merged(), c.events().conflicts())));
        boolean bulkLoaded = r.bulk() && r.stored() > 0;
        b.append(String.format("; %d rejected input(s)%s", s.rejected(), bulkLoaded ? "; bulk-loaded" : ""));
        return b.toString();
    }
}

package org.claimgraph.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleBatch;
import org.claimgraph.ingest.BatchItem;
import org.claimgraph.ingest.feed.FeedClient;
import org.claimgraph.ingest.feed.FeedReader;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.pipeline.ArticlePipeline;
import org.claimgraph.pipeline.CorpusBuild;
import org.claimgraph.pipeline.ExtractionCache;
import org.claimgraph.pipeline.FeedWatch;
import org.claimgraph.pipeline.LiveIngest;
import org.claimgraph.pipeline.RemoteIngest;
import org.claimgraph.serve.Credentials;
import org.claimgraph.store.ArticleSink;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.store.NQuadsArticles;
import org.claimgraph.store.RemoteGraphStore;
import org.claimgraph.store.SinkReport;
import org.claimgraph.store.StoreBatch;
import org.claimgraph.store.StoreInUseException;
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
                    + "with --target, or send it to a running 'claimgraph serve' with --server. Each article is stored whole or not at all; a bad input is reported on one line "
                    + "and skipped, and the rest are built. Building the same articles again changes nothing.",
            "Exit codes: 0 all built; 7 some inputs rejected, the rest built; 3 nothing built (bad input); "
                    + "4 nothing built (every article failed SHACL); 5 store or endpoint failure."
        })
public final class BuildCommand implements Callable<Integer> {
    /** Default wait for an answer from a server, which extracts the articles of a request before it answers. */
    static final int SERVER_RESPONSE_SECONDS = 300;

    /** The environment variable holding the password of {@code --user} when no credentials file is given. */
    static final String PASSWORD_ENV = "CLAIMGRAPH_PASSWORD";

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
            description = "With --target or --server: retries of a failed request, waiting 0.25 s, 0.5 s, 1 s, ... "
                    + "(default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(
            names = "--connect-timeout",
            paramLabel = "SECONDS",
            defaultValue = "" + RemoteGraphStore.DEFAULT_CONNECT_SECONDS,
            description = "With --target or --server: longest wait for a connection (default: ${DEFAULT-VALUE}).")
    int connectTimeout;

    @Option(
            names = "--response-timeout",
            paramLabel = "SECONDS",
            description = "With --target or --server: longest wait for the answer to a request; then it fails, "
                    + "and is retried (default: " + RemoteGraphStore.DEFAULT_RESPONSE_SECONDS + " with --target, "
                    + SERVER_RESPONSE_SECONDS + " with --server, whose answers wait for the extraction).")
    Integer responseTimeout;

    @Option(
            names = "--server",
            paramLabel = "URL",
            description = "Send the articles to the 'claimgraph serve --allow-ingest' running at URL (as it "
                    + "prints it, e.g. http://127.0.0.1:3030/), which extracts and stores them while serving, "
                    + "instead of building locally. Logs in as a user of --credentials, or as --user with the "
                    + "password in $CLAIMGRAPH_PASSWORD.")
    URI server;

    @Option(
            names = "--credentials",
            paramLabel = "FILE",
            description = "With --server: the credentials file the server uses ('NAME: PASSWORD' lines), or one "
                    + "with the line of your user; its only user, or --user, logs in.")
    Path credentials;

    @Option(
            names = "--user",
            paramLabel = "NAME",
            description = "With --server: the user who logs in (default: the only user of --credentials).")
    String user;

    @Option(
            names = "--cache",
            paramLabel = "DIR",
            description = "Keep extraction results in this folder, one file "
                    + "per article and claimgraph version; a later build of the same articles skips the NLP.")
    Path cache;

    @Option(
            names = "--min-confidence",
            paramLabel = "X",
            description = "Keep only claims whose rule's confidence (its precision measured on the gold corpus's "
                    + "dev split, cg:confidence) is at least X, from 0 to 1 (default: keep all).")
    Double minConfidence;

    @Option(
            names = "--batch-triples",
            paramLabel = "N",
            defaultValue = "" + StoreBatch.DEFAULT_COMMIT_TRIPLES,
            description = "Triples of whole articles written per transaction when the store is not empty "
                    + "(default: ${DEFAULT-VALUE}).")
    int batchTriples;

    @Option(
            names = "--feed",
            paramLabel = "URL",
            split = ",",
            description = "Also build the items of this RSS or Atom feed into the local store (repeat the option or "
                    + "separate URLs with commas): each item's full text where the feed carries it, else the main "
                    + "text of the page it links to. Items the store holds already (same URL and text; for a "
                    + "linked page, its URL) are skipped, their pages not fetched.")
    List<String> feeds = new ArrayList<>();

    @Parameters(
            paramLabel = "FILE|DIR",
            arity = "0..*",
            description = "Article files (.txt, .md), JSON Lines files (.jsonl: text, published, url, title) or "
                    + "folders of them; or N-Quads files (.nq, .nq.gz) that 'extract --format nq' wrote, loaded "
                    + "without extracting again (each article graph validated with SHACL).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        int workers = threads == null ? CorpusBuild.defaultThreads() : threads;
        if (workers < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + workers);
        }
        if (retries < 0) {
            throw new ParameterException(spec.commandLine(), "--retries must not be negative: " + retries);
        }
        int response = responseTimeout != null
                ? responseTimeout
                : server != null ? SERVER_RESPONSE_SECONDS : RemoteGraphStore.DEFAULT_RESPONSE_SECONDS;
        if (connectTimeout < 1 || response < 1) {
            throw new ParameterException(
                    spec.commandLine(),
                    (connectTimeout < 1 ? "--connect-timeout" : "--response-timeout") + " must be at least 1 second");
        }
        if (batchTriples < 1) {
            throw new ParameterException(spec.commandLine(), "--batch-triples must be at least 1: " + batchTriples);
        }
        if (minConfidence != null && (minConfidence.isNaN() || minConfidence < 0 || minConfidence > 1)) {
            throw new ParameterException(
                    spec.commandLine(), "--min-confidence must lie between 0 and 1, not " + minConfidence);
        }
        if (files.isEmpty() && feeds.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give articles (FILE|DIR) or --feed URL");
        }
        if (!feeds.isEmpty() && (server != null || target != null)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--feed builds into the local store; a server follows feeds itself with 'serve --feed URL'");
        }
        var err = spec.commandLine().getErr();
        if (server != null) {
            return sendToServer(response);
        }
        if (credentials != null || user != null) {
            throw new ParameterException(
                    spec.commandLine(),
                    (credentials != null ? "--credentials" : "--user") + " is only used with --server URL");
        }
        boolean dumps = !files.isEmpty() && files.stream().allMatch(BuildCommand::isNQuads);
        if (!dumps && files.stream().anyMatch(BuildCommand::isNQuads) || dumps && !feeds.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(), "give either N-Quads files (.nq, .nq.gz) or articles, not both in one build");
        }
        ArticleBatch batch = dumps || files.isEmpty() ? null : inputs.batch(files);
        // The NLP models load on first use only: a build answered from the cache never loads them.
        double min = minConfidence == null ? 0 : minConfidence;
        Function<Article, ArticleGraph> extract = ArticlePipeline.lazyBundled(min);
        if (cache != null) {
            extract = ExtractionCache.wrap(cache, extract, min > 0 ? "min-confidence=" + min : "");
        }
        java.util.EnumSet<CorpusBuild.Rejection> rejections = java.util.EnumSet.noneOf(CorpusBuild.Rejection.class);
        long expected = dumps || !feeds.isEmpty() ? -1 : batch.estimateSize();
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
                            target, retries, Duration.ofSeconds(connectTimeout), Duration.ofSeconds(response));
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), "--target: " + e.getMessage());
                }
                s = dumps ? build.load(nquads(), sink) : build.run(batch, sink);
                where = "to " + target;
            } else {
                try (KnowledgeStore kg = openLocal()) {
                    // Which feed items are stored is asked before the batch writes (a bulk load is read by no one).
                    Iterable<BatchItem> items = feeds.isEmpty() ? batch : withFeeds(batch, kg);
                    StoreBatch sink = kg.batch(true, batchTriples);
                    s = dumps ? build.load(nquads(), sink) : build.run(items, sink);
                    where = "into " + kg.directory() + " (" + kg.articleCount() + " article(s) stored)";
                }
            }
            progress.close();
            err.println("claimgraph: " + summary(s) + " " + where);
            err.flush();
            return exitCode(s, rejections);
        }
    }

    /** The articles of the files (if any), then those of the feeds that the store does not hold. */
    private Iterable<BatchItem> withFeeds(ArticleBatch batch, KnowledgeStore kg) {
        var err = spec.commandLine().getErr();
        FeedWatch.Listener listener = new FeedWatch.Listener() {
            @Override
            public void polled(String feed, boolean notModified, int items, int known) {
                err.printf("claimgraph: %s: %d item(s), %d stored already%n", feed, items, known);
                err.flush();
            }
        };
        Iterable<BatchItem> fromFeeds =
                FeedWatch.once(new FeedReader(FeedClient.defaults(), inputs.reader()), feeds, kg, listener);
        return batch == null ? fromFeeds : () -> Iter.concat(batch.iterator(), fromFeeds.iterator());
    }

    /**
     * The local store; one held by a running server is one line naming the server and {@code --server}, where TDB2
     * would only name its lock file.
     */
    private KnowledgeStore openLocal() {
        try {
            return KnowledgeStore.open(store.directory());
        } catch (StoreInUseException e) {
            String url = e.serverUrl().orElse("URL");
            throw new StoreInUseException(
                    e.getMessage() + "; send the articles to " + (e.serverUrl().isPresent() ? "it" : "a server")
                            + " with 'claimgraph build --server " + url + " --credentials FILE FILE|DIR...'",
                    e.pid(),
                    e.serverUrl(),
                    e);
        }
    }

    /** {@code --server}: the articles go to a running server, with the progress and summary of a local build. */
    private int sendToServer(int responseSeconds) {
        if (target != null) {
            throw new ParameterException(spec.commandLine(), "give --server or --target, not both");
        }
        for (var o : List.of("--store", "--cache", "--threads", "--min-confidence")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(o)) {
                throw new ParameterException(
                        spec.commandLine(),
                        o + " is not used with --server: the server extracts and stores"
                                + (o.equals("--threads") ? " (serve --ingest-threads)" : ""));
            }
        }
        if (files.stream().anyMatch(BuildCommand::isNQuads)) {
            throw new ParameterException(
                    spec.commandLine(), "--server takes articles, not N-Quads files (the server extracts them)");
        }
        Credentials.Login login;
        if (credentials != null) {
            login = Credentials.login(credentials, java.util.Optional.ofNullable(user));
        } else {
            String password = System.getenv(PASSWORD_ENV);
            if (user == null || password == null || password.isEmpty()) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--server needs a login: --credentials FILE, or --user NAME with the password in $"
                                + PASSWORD_ENV);
            }
            login = new Credentials.Login(user, password);
        }
        RemoteIngest remote;
        try {
            remote = new RemoteIngest(
                    server,
                    login.user(),
                    login.password(),
                    retries,
                    Duration.ofSeconds(connectTimeout),
                    Duration.ofSeconds(responseSeconds));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--server: " + e.getMessage());
        }
        ArticleBatch batch = inputs.batch(files);
        var err = spec.commandLine().getErr();
        java.util.EnumSet<CorpusBuild.Rejection> rejections = java.util.EnumSet.noneOf(CorpusBuild.Rejection.class);
        try (BuildProgress progress = BuildProgress.start(err, batch.estimateSize(), BuildProgress.onTerminal())) {
            CorpusBuild.Summary s = remote.run(batch, r -> {
                if (r.status() == LiveIngest.Status.REJECTED) {
                    rejections.add(r.why().orElse(CorpusBuild.Rejection.FAILED));
                    err.println("claimgraph: " + r.source() + ": " + r.error());
                    err.flush();
                }
                progress.step();
            });
            progress.close();
            err.println("claimgraph: " + summary(s) + " to the server at " + remote.destination());
            err.flush();
            return exitCode(s, rejections);
        }
    }

    private static int exitCode(CorpusBuild.Summary s, java.util.Set<CorpusBuild.Rejection> rejections) {
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

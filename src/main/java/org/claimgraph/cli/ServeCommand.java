package org.claimgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleOverrides;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.ingest.InputException;
import org.claimgraph.ingest.feed.FeedClient;
import org.claimgraph.ingest.feed.FeedReader;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.pipeline.ArticlePipeline;
import org.claimgraph.pipeline.CorpusEventsRefresh;
import org.claimgraph.pipeline.FeedWatch;
import org.claimgraph.pipeline.FolderWatch;
import org.claimgraph.pipeline.LiveIngest;
import org.claimgraph.serve.ClaimgraphServer;
import org.claimgraph.serve.Credentials;
import org.claimgraph.serve.ServerOptions;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.sys.HttpUrls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimgraph serve}: the embedded Fuseki with the explorer. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Start the SPARQL server on 127.0.0.1 (SPARQL at /kg/sparql, the explorer at /), after loading "
                + "the given articles. With none given and an empty store, it loads the bundled example article. "
                + "With --allow-ingest or --watch it takes new articles while serving, without a restart.")
public final class ServeCommand implements Callable<Integer> {
    /** The example article served when nothing else is given. */
    public static final String EXAMPLE = "examples/nato-chief-visits-kyiv.txt";

    @Spec
    CommandSpec spec;

    @Mixin
    VerbosityMixin verbosity;

    @Mixin
    StoreMixin store;

    @Mixin
    ArticleInputs inputs;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            defaultValue = ServerOptions.DEFAULT_HOST,
            description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "" + ServerOptions.DEFAULT_PORT,
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "" + ServerOptions.DEFAULT_TIMEOUT_SECONDS,
            description = "Longest a query may run (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(
            names = "--max-results",
            paramLabel = "N",
            defaultValue = "" + ServerOptions.DEFAULT_MAX_RESULTS,
            description = "Most results one query returns: a larger or missing LIMIT becomes LIMIT N "
                    + "(default: ${DEFAULT-VALUE}).")
    long maxResults;

    @Option(
            names = "--max-body",
            paramLabel = "BYTES",
            defaultValue = "" + ServerOptions.DEFAULT_MAX_BODY_BYTES,
            description = "Largest request body accepted; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(
            names = "--allow-update",
            description = "Serve SPARQL Update at /kg/update and Graph Store writes at "
                    + "/kg/data, to the users of --credentials only (HTTP Basic). Off by default.")
    boolean allowUpdate;

    @Option(
            names = "--allow-ingest",
            description = "Take new articles at POST /kg/articles (text with front matter, JSON, or JSON Lines; "
                    + "'build --server URL' sends them), from the users of --credentials only (HTTP Basic). Each "
                    + "is extracted, validated and stored whole, with its cross-article events. Off by default.")
    boolean allowIngest;

    @Option(
            names = "--credentials",
            paramLabel = "FILE",
            description = "Users who may write, one 'NAME: PASSWORD' "
                    + "a line (Jetty's realm format; see README). Needed by --allow-update and --allow-ingest.")
    Path credentials;

    @Option(
            names = "--watch",
            paramLabel = "DIR",
            description = "Build new and changed article files in DIR (and below it), and lines appended to its "
                    + "JSON Lines files, into the served store while serving. A file is built once it has stopped "
                    + "changing for one --watch-interval; a changed file replaces its earlier text.")
    Path watch;

    @Option(
            names = "--watch-delete",
            description = "With --watch: remove a file's articles from the store when the file is removed "
                    + "(default: they stay).")
    boolean watchDelete;

    @Option(
            names = "--watch-interval",
            paramLabel = "SECONDS",
            defaultValue = "2",
            description = "With --watch: seconds between two scans of the folder (default: ${DEFAULT-VALUE}).")
    double watchInterval;

    @Option(
            names = "--feed",
            paramLabel = "URL",
            split = ",",
            description = "Follow this RSS or Atom feed while serving (repeat the option or separate URLs with "
                    + "commas): its new items are built into the served store, from the full text the feed carries "
                    + "or else the main text of the linked page. Polled every --feed-interval with conditional "
                    + "GETs, at most one request per host a second.")
    List<String> feeds = new ArrayList<>();

    @Option(
            names = "--feed-interval",
            paramLabel = "MINUTES",
            defaultValue = "15",
            description =
                    "With --feed: minutes between two polls of the feeds, at least 1 (default: ${DEFAULT-VALUE}).")
    double feedInterval;

    @Option(
            names = "--ingest-threads",
            paramLabel = "N",
            description =
                    "Articles extracted at once for --allow-ingest, --watch and --feed, over all clients (default: "
                            + "half the cores, at least 1), so that queries keep the rest.")
    Integer ingestThreads;

    @Option(
            names = "--allow-service",
            paramLabel = "URL",
            split = ",",
            description = "Let SPARQL SERVICE call this endpoint (exact URL; repeat the option or separate URLs "
                    + "with commas), e.g. https://query.wikidata.org/sparql for the federated queries. Off by "
                    + "default: a SERVICE to any endpoint not listed is refused with 400.")
    List<String> allowService = new ArrayList<>();

    @Option(
            names = "--ui",
            paramLabel = "DIR",
            description = "Serve the explorer from this folder instead of the jar " + "(for development).")
    Path ui;

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "Articles to load before serving.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        Running running = start();
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "claimgraph-shutdown"));
        running.server().join();
        return ExitCodes.OK;
    }

    /**
     * A started server with what it holds, closed in the reverse order: the feeds, the watch, the server, the store.
     *
     * @param server  the server
     * @param watcher the watched folder's scanner, or null
     * @param feeds   the feeds' poller, or null
     * @param store   the store it serves
     */
    /*package*/ record Running(ClaimgraphServer server, FolderWatch watcher, FeedWatch feeds, KnowledgeStore store)
            implements AutoCloseable {
        @Override
        public void close() {
            if (feeds != null) {
                feeds.close();
            }
            if (watcher != null) {
                watcher.close();
            }
            server.close();
            store.close();
        }
    }

    /** Loads, starts the server and the watch, and prints where: all of {@link #call} but the wait. */
    /*package*/ Running start() {
        ServerOptions options = options();
        List<Article> articles = files.isEmpty() ? List.of() : inputs.read(files);
        KnowledgeStore kg = KnowledgeStore.open(store.directory());
        try {
            if (!articles.isEmpty()) {
                ArticlePipeline pipeline = ArticlePipeline.bundled();
                List<ArticleGraph> graphs = new ArrayList<>();
                for (Article a : articles) {
                    graphs.add(pipeline.process(a));
                }
                kg.load(graphs);
                CorpusEventsRefresh.refresh(kg);
            } else if (kg.isEmpty()) {
                spec.commandLine()
                        .getErr()
                        .println("claimgraph: the store is empty; loading the example article " + EXAMPLE);
                kg.load(List.of(ArticlePipeline.bundled().process(example())));
                CorpusEventsRefresh.refresh(kg);
            }
            kg.ensureEnrichment(); // A store built by an older version gets the current Wikidata extract,
            CorpusEventsRefresh.ensureFacts(kg); // and its plain facts.
            LiveIngest ingest = null;
            if (allowIngest || watch != null || !feeds.isEmpty()) {
                ingest = new LiveIngest(kg, ArticlePipeline.lazyBundled(), threads());
            }
            ClaimgraphServer server = ClaimgraphServer.start(kg.dataset(), options, ingest);
            // A build on this store finds it locked; the note lets it name this server and --server.
            kg.noteServer(server.baseUrl());
            FolderWatch watcher = watch == null ? null : watcher(ingest);
            FeedWatch feedWatch = feeds.isEmpty() ? null : feedWatch(ingest);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "claimgraph: serving %s (SPARQL: %s) from %s; Ctrl-C stops%n",
                            server.baseUrl(), server.sparqlUrl(), kg.directory());
            if (options.updatesAllowed()) {
                spec.commandLine()
                        .getOut()
                        .printf(
                                "claimgraph: updates at %skg/%s and %skg/%s for the users of %s%n",
                                server.baseUrl(),
                                ClaimgraphServer.UPDATE,
                                server.baseUrl(),
                                ClaimgraphServer.DATA,
                                credentials);
            }
            if (options.ingestAllowed()) {
                spec.commandLine()
                        .getOut()
                        .printf(
                                "claimgraph: new articles by POST to %skg/%s (or 'claimgraph build --server %s') for "
                                        + "the users of %s%n",
                                server.baseUrl(), ClaimgraphServer.ARTICLES, server.baseUrl(), credentials);
            }
            if (watcher != null) {
                spec.commandLine()
                        .getOut()
                        .printf(
                                "claimgraph: watching %s every %s s for new and changed articles%s%n",
                                watch, watchInterval, watchDelete ? "; a removed file's articles are removed" : "");
                watcher.start();
            }
            if (feedWatch != null) {
                spec.commandLine()
                        .getOut()
                        .printf(
                                "claimgraph: following %d feed(s) every %s min: %s%n",
                                feeds.size(), feedInterval, String.join(", ", feeds));
                feedWatch.start();
            }
            if (!options.allowedServices().isEmpty()) {
                spec.commandLine()
                        .getOut()
                        .printf(
                                "claimgraph: SPARQL SERVICE may call %s%n",
                                String.join(", ", options.allowedServices()));
            }
            spec.commandLine().getOut().flush();
            return new Running(server, watcher, feedWatch, kg);
        } catch (RuntimeException e) {
            kg.close();
            throw e;
        }
    }

    private int threads() {
        return ingestThreads != null
                ? ingestThreads
                : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    private FolderWatch watcher(LiveIngest ingest) {
        var err = spec.commandLine().getErr();
        FolderWatch.Listener listener = new FolderWatch.Listener() {
            @Override
            public void ingested(Path file, LiveIngest.Result r) {
                synchronized (err) {
                    switch (r.status()) {
                        case STORED ->
                            err.printf(
                                    "claimgraph: watch: %s: stored as %s (%d claims)%n",
                                    r.source(),
                                    r.graph().orElse(""),
                                    r.counts().map(c -> c.claims()).orElse(0L));
                        case UNCHANGED -> err.printf("claimgraph: watch: %s: unchanged%n", r.source());
                        case REJECTED -> err.printf("claimgraph: watch: %s: %s%n", r.source(), r.error());
                    }
                    err.flush();
                }
            }

            @Override
            public void removed(Path file, int graphs) {
                synchronized (err) {
                    err.printf(
                            "claimgraph: watch: %s removed; %s%n",
                            file,
                            watchDelete ? graphs + " article graph(s) removed from the store" : "its articles stay");
                    err.flush();
                }
            }
        };
        return new FolderWatch(
                watch,
                ingest,
                ArticleReader.defaults(),
                java.time.Duration.ofMillis(Math.round(watchInterval * 1000)),
                watchDelete,
                listener);
    }

    private FeedWatch feedWatch(LiveIngest ingest) {
        var err = spec.commandLine().getErr();
        FeedWatch.Listener listener = new FeedWatch.Listener() {
            @Override
            public void ingested(String feed, LiveIngest.Result r) {
                synchronized (err) {
                    switch (r.status()) {
                        case STORED ->
                            err.printf(
                                    "claimgraph: feed: %s: stored as %s (%d claims)%n",
                                    r.source(),
                                    r.graph().orElse(""),
                                    r.counts().map(c -> c.claims()).orElse(0L));
                        case UNCHANGED -> err.printf("claimgraph: feed: %s: unchanged%n", r.source());
                        case REJECTED -> err.printf("claimgraph: feed: %s: %s%n", r.source(), r.error());
                    }
                    err.flush();
                }
            }

            @Override
            public void failed(String feed, String message) {
                synchronized (err) {
                    err.printf("claimgraph: feed: %s%n", message);
                    err.flush();
                }
            }
        };
        return new FeedWatch(
                feeds,
                new FeedReader(FeedClient.defaults(), ArticleReader.defaults()),
                ingest,
                Duration.ofMillis(Math.round(feedInterval * 60_000)),
                listener);
    }

    /** The server's options, checked before anything is loaded: a mistake costs no model loading. */
    private ServerOptions options() {
        if (allowUpdate && credentials == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--allow-update needs --credentials FILE: updates are " + "only for users who log in");
        }
        if (allowIngest && credentials == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--allow-ingest needs --credentials FILE: new articles are only taken from users who log in");
        }
        if (!allowUpdate && !allowIngest && credentials != null) {
            throw new ParameterException(
                    spec.commandLine(), "--credentials is only used with --allow-update or --allow-ingest");
        }
        if (watchDelete && watch == null) {
            throw new ParameterException(spec.commandLine(), "--watch-delete is only used with --watch DIR");
        }
        if (!(feedInterval >= FeedWatch.MIN_INTERVAL.toMinutes())) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--feed-interval must be at least 1 minute: publishers ask readers not to poll more often");
        }
        for (String feed : feeds) {
            if (!HttpUrls.isAbsoluteHttp(feed)) {
                throw new ParameterException(spec.commandLine(), "--feed " + feed + ": not an absolute http(s) URL");
            }
        }
        if (watch != null && !java.nio.file.Files.isDirectory(watch)) {
            throw new ParameterException(spec.commandLine(), "--watch " + watch + ": no such folder");
        }
        if (!(watchInterval > 0) || (ingestThreads != null && ingestThreads < 1)) {
            throw new ParameterException(
                    spec.commandLine(),
                    (watchInterval > 0 ? "--ingest-threads" : "--watch-interval") + " must be positive");
        }
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0..65535: " + port);
        }
        if (timeout <= 0 || maxResults <= 0 || maxBody <= 0) {
            throw new ParameterException(
                    spec.commandLine(),
                    (timeout <= 0 ? "--timeout" : maxResults <= 0 ? "--max-results" : "--max-body")
                            + " must be positive");
        }
        if (host.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--host must not be empty");
        }
        for (String url : allowService) {
            if (!HttpUrls.isAbsoluteHttp(url)) {
                throw new ParameterException(
                        spec.commandLine(), "--allow-service " + url + ": not an absolute http(s) URL");
            }
        }
        ServerOptions options = new ServerOptions(
                host,
                port,
                timeout,
                maxResults,
                maxBody,
                Optional.empty(),
                false,
                false,
                Optional.ofNullable(ui),
                allowService);
        if (credentials != null) {
            Credentials.check(credentials);
        }
        if (allowUpdate) {
            options = options.withUpdates(credentials);
        }
        if (allowIngest) {
            options = options.withIngest(credentials);
        }
        return options;
    }

    /** The bundled example article, read from the jar. */
    static Article example() {
        try (InputStream in = ServeCommand.class.getClassLoader().getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new InputException(EXAMPLE, "missing from the jar");
            }
            return ArticleReader.defaults().parse(EXAMPLE, in.readAllBytes(), ArticleOverrides.NONE);
        } catch (IOException e) {
            throw new InputException(EXAMPLE, "cannot read: " + e.getMessage());
        }
    }
}

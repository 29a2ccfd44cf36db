package org.claimgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleOverrides;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.ingest.InputException;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.pipeline.ArticlePipeline;
import org.claimgraph.pipeline.CorpusEventsRefresh;
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
                + "the given articles. With none given and an empty store, it loads the bundled example article.")
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
            names = "--credentials",
            paramLabel = "FILE",
            description = "Users who may write, one 'NAME: PASSWORD' "
                    + "a line (Jetty's realm format; see README). Needed by --allow-update.")
    Path credentials;

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
            kg.ensureEnrichment(); // A store built by an older version gets the current Wikidata extract.
            ClaimgraphServer server = ClaimgraphServer.start(kg.dataset(), options);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                server.close();
                                kg.close();
                            },
                            "claimgraph-shutdown"));
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
            if (!options.allowedServices().isEmpty()) {
                spec.commandLine()
                        .getOut()
                        .printf(
                                "claimgraph: SPARQL SERVICE may call %s%n",
                                String.join(", ", options.allowedServices()));
            }
            spec.commandLine().getOut().flush();
            server.join();
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            kg.close();
            throw e;
        }
    }

    /** The server's options, checked before anything is loaded: a mistake costs no model loading. */
    private ServerOptions options() {
        if (allowUpdate && credentials == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--allow-update needs --credentials FILE: updates are " + "only for users who log in");
        }
        if (!allowUpdate && credentials != null) {
            throw new ParameterException(spec.commandLine(), "--credentials is only used with --allow-update");
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
                host, port, timeout, maxResults, maxBody, Optional.empty(), Optional.ofNullable(ui), allowService);
        if (allowUpdate) {
            Credentials.check(credentials);
            options = options.withUpdates(credentials);
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

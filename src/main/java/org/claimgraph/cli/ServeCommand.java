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
import org.claimgraph.pipeline.ArticlePipeline;
import org.claimgraph.serve.ClaimgraphServer;
import org.claimgraph.serve.ServerOptions;
import org.claimgraph.store.ArticleGraph;
import org.claimgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimgraph serve}: the embedded Fuseki with the explorer. */
@Command(name = "serve", mixinStandardHelpOptions = true,
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

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_PORT,
            description = "TCP port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + ServerOptions.DEFAULT_TIMEOUT_SECONDS,
            description = "Longest a query may run (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--ui", paramLabel = "DIR", description = "Serve the explorer from this folder instead of the jar "
            + "(for development).")
    Path ui;

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "Articles to load before serving.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        ServerOptions options = new ServerOptions(port, timeout, Optional.ofNullable(ui));
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
            } else if (kg.isEmpty()) {
                spec.commandLine().getErr().println("claimgraph: the store is empty; loading the example article "
                        + EXAMPLE);
                kg.load(List.of(ArticlePipeline.bundled().process(example())));
            }
            kg.ensureEnrichment(); // A store built by an older version gets the current Wikidata extract.
            ClaimgraphServer server = ClaimgraphServer.start(kg.dataset(), options);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                kg.close();
            }, "claimgraph-shutdown"));
            spec.commandLine().getOut().printf("claimgraph: serving %s (SPARQL: %s) from %s; Ctrl-C stops%n",
                    server.baseUrl(), server.sparqlUrl(), kg.directory());
            spec.commandLine().getOut().flush();
            server.join();
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            kg.close();
            throw e;
        }
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

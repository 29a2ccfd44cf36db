package org.claimgraph.serve;

import java.net.URL;
import java.nio.file.Files;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.sys.Logs;

/**
 * The embedded Apache Jena Fuseki: dataset {@code /kg} with SPARQL query at {@code /kg/sparql} (and
 * {@code /kg/query}), Graph Store Protocol read at {@code /kg/get}, nothing writable; the explorer's static
 * pages at {@code /} (SPARQL editor, graph view, timeline); resource pages with content negotiation at
 * {@code /id/...} ({@link ResourcePages}), {@code /conflicts} ({@link ConflictsPage}), {@code /void}
 * ({@link VoidDescription}). Binds to the loopback interface only, with CORS on, a query timeout and
 * security headers on every response ({@link SecurityHeaders}).
 *
 * <pre>
 * try (ClaimgraphServer server = ClaimgraphServer.start(store.dataset(), ServerOptions.onPort(0))) {
 *     String sparql = server.sparqlUrl();
 * }
 * </pre>
 */
public final class ClaimgraphServer implements AutoCloseable {
    /** The dataset's path. */
    public static final String DATASET = "/kg";
    /** Where resource pages are served: {@code /id/entity/kyiv} for {@code https://w3id.org/claimgraph/id/entity/kyiv}. */
    public static final String RESOURCES = "/id/";

    private final FusekiServer server;

    private ClaimgraphServer(FusekiServer server) {
        this.server = server;
    }

    /** Starts the server; it answers when this returns. */
    public static ClaimgraphServer start(DatasetGraph dsg, ServerOptions options) {
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(options.timeoutSeconds() * 1000L));
        // Read-only: query and Graph Store reads, at the named endpoints and on the dataset URL itself (as a
        // standard Fuseki dataset answers), and no update or write operation at all.
        DataService readOnly = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get")
                .build();
        FusekiServer.Builder builder = FusekiServer.create()
                .loopback(true)
                .port(options.port())
                .enableCors(true, null)
                .enablePing(true)
                .add(DATASET, readOnly);
        String ui = uiBase(options);
        builder.staticFileBase(ui);
        // The explorer: resource pages at the paths of their IRIs, conflicts, VoID, the example queries and
        // the JavaScript libraries from their WebJars. All read-only; security headers on every response.
        builder.addFilter("/*", new SecurityHeaders())
                .addServlet(RESOURCES + "*", new ResourcePages(dsg))
                .addServlet("/conflicts", new ConflictsPage(dsg))
                .addServlet("/void", new VoidDescription(dsg))
                .addServlet("/queries.json", new ExampleQueries())
                .addServlet("/webjars/*", new WebJarResources());
        FusekiServer server = builder.build();
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new ServeException("Cannot start the server on 127.0.0.1:" + options.port() + ": "
                    + rootMessage(e), e);
        }
        Logs.SERVE.info("Serving {} (explorer from {})", server.datasetURL(DATASET), ui);
        return new ClaimgraphServer(server);
    }

    private static String uiBase(ServerOptions options) {
        if (options.uiDirectory().isPresent()) {
            if (!Files.isDirectory(options.uiDirectory().get())) {
                throw new ServeException(options.uiDirectory().get() + ": --ui must be a directory");
            }
            return options.uiDirectory().get().toAbsolutePath().toString();
        }
        URL webapp = ClaimgraphServer.class.getClassLoader().getResource("webapp");
        if (webapp == null) {
            throw new ServeException("The explorer's pages (webapp/) are missing from the classpath");
        }
        // A folder on the classpath (tests, IDE) is served as a path; inside the jar Jetty reads the jar: URL.
        if ("file".equals(webapp.getProtocol())) {
            try {
                return java.nio.file.Path.of(webapp.toURI()).toString();
            } catch (java.net.URISyntaxException e) {
                throw new ServeException("Bad explorer location " + webapp, e);
            }
        }
        return webapp.toExternalForm();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The port the server listens on (the real one when 0 was asked for). */
    public int port() {
        return server.getHttpPort();
    }

    /** The server's base URL, ending in '/'. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** The SPARQL query endpoint. */
    public String sparqlUrl() {
        return baseUrl() + "kg/sparql";
    }

    /** The page of a claimgraph resource on this server ({@code .../id/entity/kyiv}). */
    public String pageUrl(String iri) {
        if (!iri.startsWith(org.claimgraph.vocab.CG.ID_NS)) {
            throw new IllegalArgumentException("Not a claimgraph resource: " + iri);
        }
        return baseUrl() + RESOURCES.substring(1) + iri.substring(org.claimgraph.vocab.CG.ID_NS.length());
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}

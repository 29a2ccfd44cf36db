package org.claimgraph.serve;

import java.net.URL;
import java.nio.file.Files;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.claimgraph.pipeline.CorpusEventsRefresh;
import org.claimgraph.pipeline.LiveIngest;
import org.claimgraph.sys.ClaimgraphException;
import org.claimgraph.sys.Logs;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The embedded Apache Jena Fuseki: dataset {@code /kg} with SPARQL query at {@code /kg/sparql} (and
 * {@code /kg/query}), Graph Store Protocol read at {@code /kg/get}; the explorer's static pages at {@code /}
 * (SPARQL editor, graph view, timeline); resource pages with content negotiation at {@code /id/...}
 * ({@link ResourcePages}), {@code /conflicts} ({@link ConflictsPage}), {@code /void} ({@link VoidDescription}).
 *
 * <p>Safe by default ({@link ServerOptions}): it listens on 127.0.0.1 only; nothing is writable unless
 * updates are allowed with a credentials file, and then only SPARQL Update at {@code /kg/update} and Graph
 * Store writes at {@code /kg/data}, for users who log in with HTTP Basic ({@link Credentials}), and not from
 * another site's page ({@link WriteGuard}), each write rolled back unless the graphs it changes conform to the
 * shapes ({@link ValidatedWrites}); queries are cancelled after a timeout and their results capped
 * ({@link CappedQuery}); SERVICE calls only the endpoints the options list ({@link ServiceAllowList}); request
 * bodies over a limit get 413; with ingest allowed, {@code POST /kg/articles} takes new articles from the same
 * users ({@link ArticleIngest}); CORS lets any page query, without credentials
 * ({@link QueryCors}); every response, error pages included, carries security headers ({@link SecurityHeaders},
 * {@link ErrorPages}) and no stack trace.
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

    /** SPARQL Update's endpoint name, served only with {@link ServerOptions#updatesAllowed()}. */
    public static final String UPDATE = "update";
    /** The Graph Store Protocol read-write endpoint's name, served only with {@link ServerOptions#updatesAllowed()}. */
    public static final String DATA = "data";
    /**
     * The ingest endpoint's name ({@code POST /kg/articles}, {@link ArticleIngest}), open only with
     * {@link ServerOptions#ingestAllowed()}.
     */
    public static final String ARTICLES = "articles";
    /** The HTTP Basic realm the browser shows when it asks for credentials. */
    public static final String REALM = "claimgraph";

    private final FusekiServer server;
    private final ServerOptions options;
    private final UserStore users;

    private ClaimgraphServer(FusekiServer server, ServerOptions options, UserStore users) {
        this.server = server;
        this.options = options;
        this.users = users;
    }

    /** Starts the server; it answers when this returns. */
    public static ClaimgraphServer start(DatasetGraph dsg, ServerOptions options) {
        return start(dsg, options, null, builder -> {});
    }

    /**
     * Starts the server with {@code POST /kg/articles} going to {@code ingest} (when the options allow it), which
     * must write to the store of {@code dsg}.
     */
    public static ClaimgraphServer start(DatasetGraph dsg, ServerOptions options, LiveIngest ingest) {
        return start(dsg, options, ingest, builder -> {});
    }

    /** Starts the server with more servlets or filters added to it: for tests of the error pages. */
    /*package*/ static ClaimgraphServer start(
            DatasetGraph dsg, ServerOptions options, Consumer<FusekiServer.Builder> extra) {
        return start(dsg, options, null, extra);
    }

    private static ClaimgraphServer start(
            DatasetGraph dsg, ServerOptions options, LiveIngest ingest, Consumer<FusekiServer.Builder> extra) {
        if (options.ingestAllowed() && ingest == null) {
            throw new IllegalArgumentException("ingest is allowed but there is nothing to ingest with");
        }
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(options.timeoutSeconds() * 1000L));
        options.credentials().ifPresent(file -> {
            Credentials.check(file);
            Credentials.warnIfShared(file);
        });
        // Queries at the named endpoints and on the dataset URL itself (as a standard Fuseki dataset answers),
        // results capped; Graph Store reads. Writes only with credentials, at endpoints of their own.
        // SERVICE only to the endpoints the options list, checked where Jena runs it (the endpoints' context).
        ServiceAllowList services = new ServiceAllowList(options.allowedServices());
        Context serviceContext = services.context();
        CappedQuery query = new CappedQuery(options.maxResults(), services);
        // With writes, the endpoints see the dataset through a wrapper that validates what a write changed.
        DataService.Builder service = DataService.newBuilder(
                        options.updatesAllowed() ? ValidatedWrites.wrap(dsg, CorpusEventsRefresh.afterWrites()) : dsg)
                .addEndpoint(queryEndpoint("", query, serviceContext))
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(queryEndpoint("sparql", query, serviceContext))
                .addEndpoint(queryEndpoint("query", query, serviceContext))
                .addEndpoint(Operation.GSP_R, "get");
        // The ingest endpoint is always there, so that a client is told how to turn it on; it takes articles
        // only when allowed, and then from the users of the credentials file.
        Endpoint.Builder articles = Endpoint.create()
                .operation(ArticleIngest.OPERATION)
                .endpointName(ARTICLES)
                .processor(new ArticleIngest(options.ingestAllowed() ? ingest : null));
        if (options.ingestAllowed()) {
            articles.authPolicy(Auth.ANY_USER);
        }
        service.addEndpoint(articles.build());
        Set<String> writePaths = Set.of(DATASET + "/" + ARTICLES);
        if (options.updatesAllowed()) {
            service.addEndpoint(Endpoint.create()
                            .operation(Operation.Update)
                            .endpointName(UPDATE)
                            .authPolicy(Auth.ANY_USER)
                            .processor(new ValidatedUpdate())
                            .context(serviceContext)
                            .build())
                    .addEndpoint(Operation.GSP_RW, DATA, Auth.ANY_USER);
            writePaths = Set.of(DATASET + "/" + UPDATE, DATASET + "/" + DATA, DATASET + "/" + ARTICLES);
        }
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .enableCors(false) // QueryCors below: reads only, no credentials.
                .enablePing(true)
                .add(DATASET, service.build());
        UserStore users = null;
        if (options.writesAllowed()) {
            // Jetty asks for HTTP Basic credentials on the write endpoints only (their auth policy); queries and
            // pages stay open. The user store is Fuseki's password-file store, kept here to be stopped on close:
            // it re-reads the file every few seconds, on a thread Jetty does not stop with the server.
            users = JettySecurityLib.makeUserStore(options.credentials().get().toString());
            builder.securityHandler(JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC));
        }
        String ui = uiBase(options);
        builder.staticFileBase(ui);
        // The explorer: resource pages at the paths of their IRIs, conflicts, VoID, the example queries and
        // the JavaScript libraries from their WebJars. All read-only; security headers on every response.
        builder.addFilter("/*", new UnreadBodyDrain(options.maxBodyBytes()))
                .addFilter("/*", new QueryCors())
                .addFilter("/*", new SecurityHeaders())
                .addFilter("/*", new WriteGuard(writePaths))
                .addServlet(RESOURCES + "*", new ResourcePages(dsg))
                .addServlet("/conflicts", new ConflictsPage(dsg))
                .addServlet("/void", new VoidDescription(dsg))
                .addServlet("/queries.json", new ExampleQueries())
                .addServlet("/webjars/*", new WebJarResources());
        extra.accept(builder);
        FusekiServer server;
        try {
            server = builder.build();
            harden(server.getJettyServer(), options);
        } catch (RuntimeException e) {
            stopQuietly(users);
            throw new ServeException("Cannot set up the server: " + ClaimgraphException.rootMessage(e), e);
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            stopQuietly(users);
            throw new ServeException(
                    "Cannot start the server on " + options.host() + ":" + options.port() + ": "
                            + ClaimgraphException.rootMessage(e),
                    e);
        }
        Logs.SERVE.info("Serving {} (explorer from {})", server.datasetURL(DATASET), ui);
        if (options.writesAllowed() && !options.loopbackOnly()) {
            Logs.SERVE.warn(
                    "Writes are open on {} over plain HTTP: HTTP Basic sends passwords readable on the "
                            + "network; put the server behind HTTPS",
                    options.host());
        }
        return new ClaimgraphServer(server, options, users);
    }

    private static void stopQuietly(UserStore users) {
        if (users != null) {
            try {
                users.stop();
            } catch (Exception e) {
                Logs.SERVE.debug("Stopping the user store: {}", e.toString());
            }
        }
    }

    private static Endpoint queryEndpoint(String name, CappedQuery processor, Context context) {
        return Endpoint.create()
                .operation(Operation.Query)
                .endpointName(name)
                .processor(processor)
                .context(context)
                .build();
    }

    /**
     * Response bytes held before a response starts streaming: 256 KiB. Fuseki sets 5 MiB, a buffer Jetty does
     * not pool, so that each response allocated 5 MiB: about 15 ms more per request, and 250 MB for 50
     * concurrent clients. A result larger than this streams, so a query cancelled by the timeout after that
     * point ends the response early instead of with an error status.
     */
    /*package*/ static final int OUTPUT_BUFFER_BYTES = 256 * 1024;

    /**
     * What the builder does not set: listen on the asked interface only; a response buffer of
     * {@link #OUTPUT_BUFFER_BYTES}; refuse request bodies over the limit (413) before any servlet reads them;
     * and error pages without stack traces, with the security headers.
     */
    private static void harden(Server jetty, ServerOptions options) {
        boolean bound = false;
        for (Connector c : jetty.getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(options.host());
                bound = true;
                for (ConnectionFactory f : sc.getConnectionFactories()) {
                    if (f instanceof HttpConnectionFactory http) {
                        http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
                    }
                }
            }
        }
        if (!bound) {
            throw new ServeException("The server has no HTTP connector to bind to " + options.host());
        }
        ErrorPages errors = new ErrorPages();
        Handler app = jetty.getHandler();
        if (app instanceof ServletContextHandler context) {
            context.setErrorHandler(errors);
        }
        jetty.setErrorHandler(errors);
        jetty.setHandler(new BodyLimit(options.maxBodyBytes(), app));
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

    /** The interface the server listens on, as given ({@link ServerOptions#host()}). */
    public String host() {
        return options.host();
    }

    /** The port the server listens on (the real one when 0 was asked for). */
    public int port() {
        return server.getHttpPort();
    }

    /**
     * The server's base URL, ending in '/': on the interface it listens on, or on 127.0.0.1 when it listens on
     * all of them.
     */
    public String baseUrl() {
        String host = options.host();
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            host = "127.0.0.1";
        } else if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]"; // An IPv6 address in a URL
        }
        return "http://" + host + ":" + port() + "/";
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
        stopQuietly(users);
    }
}

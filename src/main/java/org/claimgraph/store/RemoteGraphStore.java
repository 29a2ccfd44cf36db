package org.claimgraph.store;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.WebContent;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.map.Iris;
import org.claimgraph.sys.Logs;
import org.claimgraph.validate.ValidatedGraph;

/**
 * Writes article graphs to a remote SPARQL 1.1 Graph Store Protocol endpoint (Fuseki, GraphDB, Virtuoso,
 * Neptune, a Fuseki cluster behind RDF Delta) instead of the local store: one HTTP {@code PUT} of N-Triples per
 * named graph ({@code ?graph=<id/graph/sha256>}), which replaces the graph whole, so re-running a build changes
 * nothing. The ontology and the Wikidata extract are put first. A request that fails for want of a connection,
 * or with 408, 429 or 5xx, is retried after 0.25 s, 0.5 s, 1 s, … ({@code retries} times); another 4xx stops the
 * build, as does a request still failing after the retries. A connection not made within the connect timeout, or
 * a response not begun within the response timeout, is such a failure: an endpoint that accepts a connection and
 * never answers would otherwise hold the build for ever.
 *
 * <pre>
 * ArticleSink sink = new RemoteGraphStore(URI.create("http://127.0.0.1:3030/ds/data"), 5);
 * sink.accept(ValidatedGraph.check(graph));
 * sink.finish();
 * </pre>
 *
 * Not done here, for want of a query endpoint: replacing an older text from the same URL, and the
 * cross-article events graph (run {@code build} into a local store for those).
 */
public final class RemoteGraphStore implements ArticleSink {
    /** Default number of retries of one request. */
    public static final int DEFAULT_RETRIES = 5;
    /** Default time to make a connection, in seconds. */
    public static final int DEFAULT_CONNECT_SECONDS = 10;
    /**
     * Default time from sending a request to the start of its response, in seconds: far above what a store takes
     * to write one article's graph, so that only an endpoint that has stopped answering reaches it.
     */
    public static final int DEFAULT_RESPONSE_SECONDS = 60;

    private final String endpoint;
    private final int retries;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final HttpClient http;
    private long stored;
    private long triples;
    private boolean referencesPut;

    /**
     * A store with the default timeouts ({@link #DEFAULT_CONNECT_SECONDS}, {@link #DEFAULT_RESPONSE_SECONDS}).
     *
     * @param endpoint the Graph Store Protocol endpoint (Fuseki: {@code http://host:port/DATASET/data}, or the
     *                 dataset URL when it accepts GSP writes)
     * @param retries  retries of a failed request (default {@link #DEFAULT_RETRIES})
     */
    public RemoteGraphStore(URI endpoint, int retries) {
        this(
                endpoint,
                retries,
                Duration.ofSeconds(DEFAULT_CONNECT_SECONDS),
                Duration.ofSeconds(DEFAULT_RESPONSE_SECONDS));
    }

    /**
     * @param endpoint        the Graph Store Protocol endpoint
     * @param retries         retries of a failed request
     * @param connectTimeout  longest wait for a connection
     * @param responseTimeout longest wait from sending a request to the start of its response
     */
    public RemoteGraphStore(URI endpoint, int retries, Duration connectTimeout, Duration responseTimeout) {
        if (!endpoint.isAbsolute() || !("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))) {
            throw new IllegalArgumentException("not an absolute http(s) URL: " + endpoint);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative: " + retries);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("the connect timeout must be positive: " + connectTimeout);
        }
        if (responseTimeout.isNegative() || responseTimeout.isZero()) {
            throw new IllegalArgumentException("the response timeout must be positive: " + responseTimeout);
        }
        this.endpoint = endpoint.toString();
        this.retries = retries;
        this.connectTimeout = connectTimeout;
        this.responseTimeout = responseTimeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public String destination() {
        return endpoint;
    }

    @Override
    public void accept(ValidatedGraph graph) {
        if (!referencesPut) {
            put(Iris.ONTOLOGY_GRAPH, KnowledgeStore.referenceGraph(Iris.ONTOLOGY_GRAPH), "the ontology");
            put(Iris.WIKIDATA_GRAPH, KnowledgeStore.referenceGraph(Iris.WIKIDATA_GRAPH), "the Wikidata extract");
            referencesPut = true;
        }
        ArticleGraph a = graph.article();
        put(a.name(), a.graph(), a.source());
        stored++;
        triples += a.graph().size();
    }

    /**
     * PUTs one graph, with its own request rather than Jena's GSP client, which sets no timeout on a request.
     * java.net.http's own request timeout is not enough either: it does not run while the body is being sent, and
     * an endpoint that accepts and never reads stops the sending once the socket's buffers are full. So the wait
     * for the whole exchange is bounded by the connect and the response timeouts together ({@link HttpAttempts#send}).
     */
    private void put(Node name, Graph g, String what) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, g, Lang.NTRIPLES);
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + (endpoint.contains("?") ? "&" : "?")
                        + "graph=" + URLEncoder.encode(name.getURI(), StandardCharsets.UTF_8)))
                .timeout(responseTimeout)
                .header("Content-Type", WebContent.contentTypeNTriples)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        for (int attempt = 0; ; attempt++) {
            HttpAttempts.Attempt sent = HttpAttempts.send(
                    http,
                    request,
                    HttpResponse.BodyHandlers.ofString(),
                    connectTimeout,
                    responseTimeout,
                    e -> new StoreException(endpoint + ": interrupted while putting " + what, e));
            int status = sent.status();
            if (status / 100 == 2) {
                Logs.STORE.info("PUT {} ({} triples) to {} as {}", what, g.size(), endpoint, name.getURI());
                return;
            }
            boolean transient_ = status <= 0 || status == 408 || status == 429 || status >= 500;
            if (!transient_ || attempt >= retries) {
                throw new StoreException(endpoint + ": cannot PUT " + what + " (" + sent.problem() + ")"
                        + (transient_ ? " after " + (attempt + 1) + " attempt(s)" : ""));
            }
            long wait = HttpAttempts.backoffMillis(attempt);
            Logs.STORE.warn("{}: PUT {} failed ({}); retrying in {} ms", endpoint, what, sent.problem(), wait);
            HttpAttempts.pause(endpoint, wait);
        }
    }

    @Override
    public SinkReport finish() {
        return new SinkReport(stored, 0, 0, triples, false);
    }
}

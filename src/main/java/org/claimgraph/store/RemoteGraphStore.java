package org.claimgraph.store;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;
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
 * build, as does a request still failing after the retries.
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

    private static final long FIRST_BACKOFF_MILLIS = 250;

    private final String endpoint;
    private final int retries;
    private final HttpClient http;
    private long stored;
    private long triples;
    private boolean referencesPut;

    /**
     * @param endpoint the Graph Store Protocol endpoint (Fuseki: {@code http://host:port/DATASET/data}, or the
     *                 dataset URL when it accepts GSP writes)
     * @param retries  retries of a failed request (default {@link #DEFAULT_RETRIES})
     */
    public RemoteGraphStore(URI endpoint, int retries) {
        if (!endpoint.isAbsolute() || !("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))) {
            throw new IllegalArgumentException("not an absolute http(s) URL: " + endpoint);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative: " + retries);
        }
        this.endpoint = endpoint.toString();
        this.retries = retries;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
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

    private void put(Node name, Graph g, String what) {
        for (int attempt = 0; ; attempt++) {
            try {
                GSP.service(endpoint)
                        .httpClient(http)
                        .contentType(RDFFormat.NTRIPLES)
                        .graphName(name)
                        .PUT(g);
                Logs.STORE.info("PUT {} ({} triples) to {} as {}", what, g.size(), endpoint, name.getURI());
                return;
            } catch (HttpException e) {
                int status = e.getStatusCode();
                boolean transient_ = status <= 0 || status == 408 || status == 429 || status >= 500;
                if (!transient_ || attempt >= retries) {
                    throw new StoreException(
                            endpoint + ": cannot PUT " + what + " (" + describe(e) + ")"
                                    + (transient_ ? " after " + (attempt + 1) + " attempts" : ""),
                            e);
                }
                long wait = FIRST_BACKOFF_MILLIS << Math.min(attempt, 6);
                Logs.STORE.warn("{}: PUT {} failed ({}); retrying in {} ms", endpoint, what, describe(e), wait);
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new StoreException(endpoint + ": interrupted while retrying", ie);
                }
            }
        }
    }

    private static String describe(HttpException e) {
        if (e.getStatusCode() > 0) {
            return "HTTP " + e.getStatusCode() + (e.getStatusLine() == null ? "" : " " + e.getStatusLine());
        }
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public SinkReport finish() {
        return new SinkReport(stored, 0, 0, triples, false);
    }
}

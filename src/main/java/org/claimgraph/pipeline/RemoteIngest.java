package org.claimgraph.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.claimgraph.ingest.BatchItem;
import org.claimgraph.store.HttpAttempts;
import org.claimgraph.store.SinkReport;
import org.claimgraph.store.StoreException;
import org.claimgraph.sys.Logs;

/**
 * Sends articles to a running server's {@code POST /kg/articles} ({@code build --server URL}), which extracts,
 * validates and stores each one whole with its cross-article events, as {@link LiveIngest} does in the server's
 * own process. Articles go as JSON Lines, several to a request ({@link #MAX_ARTICLES_PER_REQUEST}, and below
 * {@link #MAX_BODY_BYTES}), so that the server's extraction threads are kept busy without a request outgrowing its
 * body limit or its response timeout; the answer's results are told to the listener in order, one per input.
 *
 * <pre>
 * RemoteIngest remote = new RemoteIngest(URI.create("http://127.0.0.1:3030/"), "editor", password,
 *         5, Duration.ofSeconds(10), Duration.ofSeconds(300));
 * CorpusBuild.Summary s = remote.run(batch, result -&gt; System.err.println(result.status()));
 * </pre>
 *
 * A request that fails for want of a connection, or with 408, 429, 502, 503 or 504, is sent again after 0.25 s,
 * 0.5 s, 1 s, … ({@code retries} times): storing is idempotent (an article the server holds already is
 * "unchanged"), so a request whose answer was lost does no harm when repeated. 401 and 403 stop at once with a
 * line saying what to do; an article the server rejects is reported and the others go on.
 */
public final class RemoteIngest {
    /** Most articles in one request. */
    public static final int MAX_ARTICLES_PER_REQUEST = 8;
    /** Largest request body sent with more than one article: half the server's default limit. */
    public static final int MAX_BODY_BYTES = 512 * 1024;

    /** Told of each article's outcome, in input order, on the calling thread. */
    public interface Listener {
        /** One input was stored, found unchanged, or rejected (here or by the server). */
        void result(LiveIngest.Result result);
    }

    private final URI endpoint;
    private final String authorization;
    private final int retries;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final HttpClient http;

    /**
     * @param server          the server's base URL as {@code serve} prints it ({@code http://127.0.0.1:3030/}), its
     *                        dataset ({@code …/kg}) or the endpoint itself ({@code …/kg/articles})
     * @param user            a user of the server's credentials file
     * @param password        that user's password
     * @param retries         retries of a failed request
     * @param connectTimeout  longest wait for a connection
     * @param responseTimeout longest wait for the answer to one request (extraction of its articles included)
     */
    public RemoteIngest(
            URI server, String user, String password, int retries, Duration connectTimeout, Duration responseTimeout) {
        this.endpoint = endpoint(server);
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative: " + retries);
        }
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.retries = retries;
        this.connectTimeout = connectTimeout;
        this.responseTimeout = responseTimeout;
        // No redirects: a redirect would carry the credentials to wherever it points.
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The {@code /kg/articles} endpoint of a server URL given any of the ways the constructor takes. */
    public static URI endpoint(URI server) {
        if (!server.isAbsolute() || !("http".equals(server.getScheme()) || "https".equals(server.getScheme()))) {
            throw new IllegalArgumentException("not an absolute http(s) URL: " + server);
        }
        if (server.getRawQuery() != null || server.getRawFragment() != null) {
            throw new IllegalArgumentException("give the server's URL without a query or fragment: " + server);
        }
        String s = server.toString();
        if (s.endsWith("/kg/articles")) {
            return server;
        }
        if (s.endsWith("/kg") || s.endsWith("/kg/")) {
            return URI.create(s.substring(0, s.lastIndexOf("/kg")) + "/kg/articles");
        }
        return URI.create((s.endsWith("/") ? s : s + "/") + "kg/articles");
    }

    /** Where the articles go. */
    public URI destination() {
        return endpoint;
    }

    /**
     * Sends every article of {@code items}; inputs rejected while reading are told to the listener without being
     * sent. Stops with a {@link StoreException} when the server cannot be reached or refuses the user.
     *
     * @return the totals, as a local build reports them (no cross-article figures: the server keeps those)
     */
    public CorpusBuild.Summary run(Iterable<BatchItem> items, Listener listener) {
        Totals totals = new Totals();
        List<BatchItem> pending = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (BatchItem item : items) {
            String line = item instanceof BatchItem.Read r ? IngestJson.request(r.article()) + "\n" : "";
            if (!pending.isEmpty()
                    && (pending.size() >= MAX_ARTICLES_PER_REQUEST || body.length() + line.length() > MAX_BODY_BYTES)) {
                send(pending, body, listener, totals);
            }
            pending.add(item);
            body.append(line);
        }
        if (!pending.isEmpty()) {
            send(pending, body, listener, totals);
        }
        SinkReport report = new SinkReport(totals.stored, totals.unchanged, totals.replaced, totals.triples, false);
        return new CorpusBuild.Summary(
                totals.stored + totals.unchanged,
                totals.rejected,
                totals.claims,
                totals.events,
                totals.conflicts,
                totals.triples,
                report,
                Optional.empty());
    }

    private static final class Totals {
        long stored;
        long unchanged;
        long replaced;
        long rejected;
        long claims;
        long events;
        long conflicts;
        long triples;

        void add(LiveIngest.Result r) {
            switch (r.status()) {
                case STORED -> stored++;
                case UNCHANGED -> unchanged++;
                case REJECTED -> rejected++;
            }
            replaced += r.replaced();
            r.counts().ifPresent(c -> {
                claims += c.claims();
                events += c.events();
                conflicts += c.conflicts();
                triples += c.triples();
            });
        }
    }

    /** Sends the articles among {@code pending} in one request and tells every item's outcome, in order. */
    private void send(List<BatchItem> pending, StringBuilder body, Listener listener, Totals totals) {
        List<BatchItem> articles =
                pending.stream().filter(i -> i instanceof BatchItem.Read).toList();
        List<LiveIngest.Result> answers = articles.isEmpty() ? List.of() : post(articles, body.toString());
        int next = 0;
        for (BatchItem item : pending) {
            LiveIngest.Result r;
            if (item instanceof BatchItem.Rejected rejected) {
                r = LiveIngest.Result.rejected(
                        rejected.source(),
                        CorpusBuild.Rejection.INPUT,
                        rejected.error().getMessage());
            } else {
                LiveIngest.Result answer = answers.get(next++);
                // The server names the articles of a request request:1, request:2, …; the user knows its files.
                r = new LiveIngest.Result(
                        item.source(),
                        answer.status(),
                        answer.graph(),
                        answer.counts(),
                        answer.replaced(),
                        answer.why(),
                        answer.error());
            }
            totals.add(r);
            listener.result(r);
        }
        pending.clear();
        body.setLength(0);
    }

    private List<LiveIngest.Result> post(List<BatchItem> articles, String body) {
        HttpResponse<String> response = exchange(body, articles.size());
        int status = response.statusCode();
        if (status == 401) {
            throw new StoreException(endpoint + ": the server refused the user name or password (HTTP 401)");
        }
        if (status == 403) {
            throw new StoreException(endpoint + ": refused (HTTP 403)" + HttpAttempts.firstLine(response.body())
                    + "; the server takes articles only when started with 'serve --allow-ingest --credentials FILE'");
        }
        if (status == 404) {
            throw new StoreException(endpoint + ": no such endpoint (HTTP 404); give the URL 'claimgraph serve' "
                    + "prints, e.g. http://127.0.0.1:3030/");
        }
        List<LiveIngest.Result> results;
        try {
            results = IngestJson.read(response.body());
        } catch (IOException e) {
            if (articles.size() == 1 && status / 100 == 4) {
                // A whole-request refusal (413: larger than the server's --max-body) of one article is its own.
                return List.of(LiveIngest.Result.rejected(
                        articles.get(0).source(),
                        CorpusBuild.Rejection.INPUT,
                        "refused by the server (HTTP " + status + HttpAttempts.firstLine(response.body()) + ")"));
            }
            if (status == 413) {
                // Under the default limit but over this server's: one at a time, each rejected alone if need be.
                List<LiveIngest.Result> one = new ArrayList<>();
                for (BatchItem a : articles) {
                    one.addAll(post(List.of(a), IngestJson.request(((BatchItem.Read) a).article()) + "\n"));
                }
                return one;
            }
            throw new StoreException(endpoint + ": unexpected answer (HTTP " + status
                    + HttpAttempts.firstLine(response.body()) + "); is this a claimgraph server?");
        }
        if (results.size() != articles.size()) {
            throw new StoreException(endpoint + ": the server answered for " + results.size() + " article(s) of "
                    + articles.size() + " sent");
        }
        return results;
    }

    /**
     * One request, retried on a transient failure. The wait for the whole exchange is bounded by the connect and the
     * response timeouts together ({@link HttpAttempts#send}), as for {@code RemoteGraphStore}: java.net.http's
     * request timeout does not run while the body is being sent.
     */
    private HttpResponse<String> exchange(String body, int articles) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(responseTimeout)
                .header("Content-Type", "application/x-ndjson; charset=utf-8")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        for (int attempt = 0; ; attempt++) {
            HttpAttempts.Attempt sent = HttpAttempts.send(
                    http,
                    request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8),
                    connectTimeout,
                    responseTimeout,
                    e -> new StoreException(endpoint + ": interrupted while sending articles", e));
            int status = sent.status();
            if (sent.response() != null
                    && status != 408
                    && status != 429
                    && status != 502
                    && status != 503
                    && status != 504) {
                Logs.STORE.info("POST {} article(s) to {}: HTTP {}", articles, endpoint, status);
                return sent.response();
            }
            if (attempt >= retries) {
                throw new StoreException(endpoint + ": cannot send articles (" + sent.problem() + ") after "
                        + (attempt + 1) + " attempt(s)");
            }
            long wait = HttpAttempts.backoffMillis(attempt);
            Logs.STORE.warn("{}: POST failed ({}); retrying in {} ms", endpoint, sent.problem(), wait);
            HttpAttempts.pause(endpoint, wait);
        }
    }
}

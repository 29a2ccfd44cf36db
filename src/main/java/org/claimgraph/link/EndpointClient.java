package org.claimgraph.link;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.claimgraph.sys.Hashes;
import org.claimgraph.sys.Logs;

/**
 * Sends SELECT queries to a SPARQL endpoint over HTTP GET, politely: a descriptive User-Agent, at most
 * {@code rate} requests a second, {@code Retry-After} honoured on 429 and 503, and every answer cached on disk
 * under the SHA-256 of endpoint and query, so that a second run asks nothing already answered.
 */
/*package*/ final class EndpointClient {
    private static final int MAX_RETRIES = 3;
    private static final Duration MAX_RETRY_WAIT = Duration.ofSeconds(120);
    private static final String ACCEPT = "application/sparql-results+json";

    private final LinkOptions options;
    private final HttpClient http;
    private final long minIntervalNanos;
    private long lastRequestNanos;
    private boolean anySent;
    private int requests;
    private int cacheHits;

    EndpointClient(LinkOptions options) {
        this.options = options;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.minIntervalNanos = (long) (1_000_000_000L / options.rate());
    }

    /** Requests sent so far. */
    int requests() {
        return requests;
    }

    /** Answers read from the cache so far. */
    int cacheHits() {
        return cacheHits;
    }

    /** The results of a SELECT query, from the cache or from the endpoint. */
    ResultSetRewindable select(String query) {
        Path cached = cacheFile(query);
        Optional<String> hit = readCache(cached);
        String json;
        if (hit.isPresent()) {
            cacheHits++;
            json = hit.get();
        } else {
            json = fetch(query);
            writeCache(cached, query, json);
        }
        try {
            return ResultSetMgr.read(
                            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON)
                    .rewindable();
        } catch (RuntimeException e) {
            throw new EndpointException(
                    options.endpoint() + ": the answer is not SPARQL JSON results (" + e.getMessage() + ")", e);
        }
    }

    private String fetch(String query) {
        URI uri = URI.create(options.endpoint() + (options.endpoint().getRawQuery() == null ? "?" : "&") + "query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(options.timeout())
                .header("Accept", ACCEPT)
                .header("User-Agent", options.userAgent())
                .GET()
                .build();
        for (int attempt = 0; ; attempt++) {
            pace();
            HttpResponse<String> response;
            try {
                requests++;
                Logs.LINK.debug("GET {} ({} characters of query)", options.endpoint(), query.length());
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (HttpConnectTimeoutException | ConnectException e) {
                throw offline("cannot connect", e);
            } catch (HttpTimeoutException e) {
                throw offline("no answer within " + options.timeout().toSeconds() + " s", e);
            } catch (IOException e) {
                throw offline(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EndpointException(options.endpoint() + ": interrupted while waiting for an answer", e);
            }
            int status = response.statusCode();
            if (status == 200) {
                return response.body();
            }
            if ((status == 429 || status == 503) && attempt < MAX_RETRIES) {
                Duration wait = retryAfter(response).orElse(Duration.ofSeconds(5L << attempt));
                if (wait.compareTo(MAX_RETRY_WAIT) > 0) {
                    throw new EndpointException(options.endpoint() + ": HTTP " + status + ", asked to wait "
                            + wait.toSeconds() + " s; try again later (answers so far are cached)");
                }
                Logs.LINK.warn(
                        "{} answered HTTP {}; waiting {} s as asked", options.endpoint(), status, wait.toSeconds());
                sleep(wait.toNanos());
                continue;
            }
            String body = response.body() == null ? "" : response.body().strip();
            String firstLine = body.lines().findFirst().orElse("");
            throw new EndpointException(options.endpoint() + ": HTTP " + status
                    + (firstLine.isEmpty() ? "" : " (" + abbreviate(firstLine) + ")"));
        }
    }

    private EndpointException offline(String what, Exception cause) {
        return new EndpointException(
                "cannot reach the SPARQL endpoint " + options.endpoint() + " (" + what
                        + "); are you offline? Nothing was linked; answers already cached are kept, so a later run"
                        + " resumes where this one stopped",
                cause);
    }

    /** Keeps at least 1/rate seconds between two requests. */
    private void pace() {
        long now = System.nanoTime();
        if (anySent) {
            long wait = lastRequestNanos + minIntervalNanos - now;
            if (wait > 0) {
                sleep(wait);
            }
        }
        anySent = true;
        lastRequestNanos = System.nanoTime();
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EndpointException("interrupted while keeping to the request rate", e);
        }
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Retry-After")
                .filter(v -> v.strip().matches("\\d{1,6}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v.strip())));
    }

    private static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }

    // ---------------------------------------------------------------- cache

    /*package*/ Path cacheFile(String query) {
        return options.cacheDir().resolve(sha256(options.endpoint() + "\n" + query) + ".srj");
    }

    private static Optional<String> readCache(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            Logs.LINK.warn("Cannot read cached answer {}: {}; asking the endpoint again", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Writes the answer beside its query (for people reading the cache), atomically. */
    private void writeCache(Path file, String query, String json) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".answer", ".tmp");
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            String name = file.getFileName().toString();
            Files.writeString(
                    file.resolveSibling(name.substring(0, name.length() - 4) + ".rq"),
                    "# " + options.endpoint() + "\n" + query,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            // A cache that cannot be written only costs a repeated request later.
            Logs.LINK.warn("Cannot cache the answer in {}: {}", file.getParent(), e.getMessage());
        }
    }

    private static String sha256(String s) {
        return Hashes.sha256Hex(s);
    }
}

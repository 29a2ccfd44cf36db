package org.claimgraph.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.ingest.InputException;
import org.claimgraph.sys.Version;

/**
 * The polite HTTP client of feed reading: a User-Agent naming claimgraph and its version, at most one request per
 * host every {@code hostGap}, connect and response timeouts, a size limit, and conditional GETs of feeds (the
 * {@code ETag} and {@code Last-Modified} of the last answer sent back as {@code If-None-Match} and
 * {@code If-Modified-Since}, so that an unchanged feed costs the publisher a 304).
 *
 * <pre>
 * FeedClient client = new FeedClient(FeedClient.DEFAULT_HOST_GAP, Duration.ofSeconds(10), Duration.ofSeconds(30),
 *         FeedClient.DEFAULT_MAX_BYTES);
 * FeedClient.Response r = client.get(URI.create("https://example.org/feed.xml"), true);
 * </pre>
 *
 * Thread-safe. What it remembers (validators, the next free time per host) lives as long as the object.
 */
public final class FeedClient {
    /** Default least time between two requests to one host: one second. */
    public static final Duration DEFAULT_HOST_GAP = Duration.ofSeconds(1);
    /** Default longest wait for a connection. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default longest wait for a whole answer. */
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(30);
    /** Default largest feed or page read: 10 MiB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /**
     * One answer.
     *
     * @param uri         where it came from, after redirects
     * @param notModified a conditional GET answered 304: {@code body} is empty
     * @param body        the bytes of a 200 answer
     * @param contentType its {@code Content-Type}, when given
     */
    public record Response(URI uri, boolean notModified, byte[] body, Optional<String> contentType) {}

    private record Validators(Optional<String> etag, Optional<String> lastModified) {}

    private final HttpClient http;
    private final Duration hostGap;
    private final Duration responseTimeout;
    private final long maxBytes;
    private final String userAgent;
    private final Map<URI, Validators> validators = new HashMap<>();
    private final Map<String, Long> nextFree = new HashMap<>();

    /**
     * @param hostGap         least time between two requests to one host ({@link #DEFAULT_HOST_GAP})
     * @param connectTimeout  longest wait for a connection ({@link #DEFAULT_CONNECT_TIMEOUT})
     * @param responseTimeout longest wait for an answer ({@link #DEFAULT_RESPONSE_TIMEOUT})
     * @param maxBytes        largest body read ({@link #DEFAULT_MAX_BYTES})
     */
    public FeedClient(Duration hostGap, Duration connectTimeout, Duration responseTimeout, long maxBytes) {
        if (hostGap.isNegative() || maxBytes < 1) {
            throw new IllegalArgumentException("hostGap must not be negative and maxBytes must be positive");
        }
        this.hostGap = hostGap;
        this.responseTimeout = responseTimeout;
        this.maxBytes = maxBytes;
        this.userAgent = "claimgraph/" + Version.get() + " (news feed reader; https://w3id.org/claimgraph) Java/"
                + Runtime.version().feature();
        // Redirects within a scheme or up to https only: a feed that moved is followed, a downgrade is not.
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** A client with the defaults. */
    public static FeedClient defaults() {
        return new FeedClient(DEFAULT_HOST_GAP, DEFAULT_CONNECT_TIMEOUT, DEFAULT_RESPONSE_TIMEOUT, DEFAULT_MAX_BYTES);
    }

    /** The User-Agent sent with every request. */
    public String userAgent() {
        return userAgent;
    }

    /**
     * GETs {@code uri}; with {@code conditional}, sends the validators of its last answer and keeps those of this
     * one. Anything but a 200 or (conditional) 304, a timeout or a body over the limit is an {@link InputException}
     * naming the URI.
     */
    public Response get(URI uri, boolean conditional) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(responseTimeout)
                .header("User-Agent", userAgent)
                .header(
                        "Accept",
                        conditional
                                ? "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9,"
                                        + " */*;q=0.1"
                                : "text/html, application/xhtml+xml;q=0.9, */*;q=0.1")
                .GET();
        Validators before;
        synchronized (validators) {
            before = conditional ? validators.get(uri) : null;
        }
        if (before != null) {
            before.etag().ifPresent(v -> request.header("If-None-Match", v));
            before.lastModified().ifPresent(v -> request.header("If-Modified-Since", v));
        }
        waitForTurn(uri);
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new InputException(uri.toString(), "cannot fetch: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(uri.toString(), "interrupted while fetching");
        }
        try (InputStream in = response.body()) {
            int status = response.statusCode();
            if (status == 304 && before != null) {
                return new Response(response.uri(), true, new byte[0], Optional.empty());
            }
            if (status != 200) {
                throw new InputException(uri.toString(), "HTTP " + status + " (expected 200)");
            }
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw new InputException(uri.toString(), "over the limit of " + maxBytes + " bytes");
            }
            if (conditional) {
                Validators now = new Validators(
                        response.headers().firstValue("ETag"),
                        response.headers().firstValue("Last-Modified"));
                synchronized (validators) {
                    validators.put(uri, now);
                }
            }
            return new Response(response.uri(), false, body, response.headers().firstValue("Content-Type"));
        } catch (IOException e) {
            throw new InputException(uri.toString(), "cannot read the answer: " + describe(e));
        }
    }

    /** Takes the host's next free time and sleeps until it; the slot is taken at once, so callers queue fairly. */
    private void waitForTurn(URI uri) {
        String host = String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT);
        long now = System.nanoTime();
        long slot;
        synchronized (nextFree) {
            slot = Math.max(now, nextFree.getOrDefault(host, now));
            nextFree.put(host, slot + hostGap.toNanos());
        }
        long wait = slot - now;
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InputException(uri.toString(), "interrupted while waiting for its turn");
            }
        }
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }
}

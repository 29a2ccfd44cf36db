package org.claimgraph.link;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.claimgraph.sys.Version;

/**
 * Settings of {@link WikidataLinker}.
 *
 * @param endpoint  the Wikidata-compatible SPARQL endpoint (default {@link #DEFAULT_ENDPOINT})
 * @param cacheDir  where answers are cached, one file per distinct query (default {@link #defaultCacheDir()})
 * @param rate      most requests per second sent to the endpoint; cached answers do not count (default
 *                  {@value #DEFAULT_RATE})
 * @param userAgent the User-Agent header sent with every request (default {@link #defaultUserAgent()}); the
 *                  Wikimedia policy asks for a name, a version and a way to reach the operator
 * @param timeout   longest wait for one answer (default {@link #DEFAULT_TIMEOUT})
 */
public record LinkOptions(URI endpoint, Path cacheDir, double rate, String userAgent, Duration timeout) {
    /** Wikidata's public query service. */
    public static final URI DEFAULT_ENDPOINT = URI.create("https://query.wikidata.org/sparql");
    /** One request per second: well inside what the Wikidata query service asks of bots. */
    public static final double DEFAULT_RATE = 1.0;
    /** Sixty seconds, the query service's own limit. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public LinkOptions {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(cacheDir, "cacheDir");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(timeout, "timeout");
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("rate must be a positive number of requests per second: " + rate);
        }
        String scheme = endpoint.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new IllegalArgumentException("endpoint must be an http or https URL: " + endpoint);
        }
    }

    /** The defaults: Wikidata's endpoint, the user cache folder, one request a second. */
    public static LinkOptions defaults() {
        return new LinkOptions(DEFAULT_ENDPOINT, defaultCacheDir(), DEFAULT_RATE, defaultUserAgent(), DEFAULT_TIMEOUT);
    }

    /** The same options with another endpoint. */
    public LinkOptions withEndpoint(URI newEndpoint) {
        return new LinkOptions(newEndpoint, cacheDir, rate, userAgent, timeout);
    }

    /** The same options with another cache folder. */
    public LinkOptions withCacheDir(Path dir) {
        return new LinkOptions(endpoint, dir, rate, userAgent, timeout);
    }

    /** The same options with another rate (requests per second). */
    public LinkOptions withRate(double newRate) {
        return new LinkOptions(endpoint, cacheDir, newRate, userAgent, timeout);
    }

    /** The same options with another User-Agent. */
    public LinkOptions withUserAgent(String ua) {
        return new LinkOptions(endpoint, cacheDir, rate, ua, timeout);
    }

    /** The same options with another timeout. */
    public LinkOptions withTimeout(Duration t) {
        return new LinkOptions(endpoint, cacheDir, rate, userAgent, t);
    }

    /**
     * {@code $XDG_CACHE_HOME/claimgraph/wikidata}, else {@code ~/.cache/claimgraph/wikidata}.
     */
    public static Path defaultCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("claimgraph").resolve("wikidata");
    }

    /** {@link Version#userAgent()}: {@code claimgraph/VERSION (https://w3id.org/claimgraph; ...) Java/N}. */
    public static String defaultUserAgent() {
        return Version.userAgent();
    }
}

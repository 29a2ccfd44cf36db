package org.claimgraph.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How to run the server. The defaults are safe for a server left running on a shared machine: loopback
 * only, read-only, queries cancelled after {@value #DEFAULT_TIMEOUT_SECONDS} s, at most
 * {@value #DEFAULT_MAX_RESULTS} results per query, request bodies up to {@value #DEFAULT_MAX_BODY_BYTES} bytes.
 *
 * <pre>
 * ServerOptions.onPort(3030).withHost("0.0.0.0").withUpdates(Path.of("users.properties"))
 * ServerOptions.onPort(3030).withIngest(Path.of("users.properties"))
 * </pre>
 *
 * @param host              the interface to listen on: an address or host name; {@code 0.0.0.0} or
 *                          {@code ::} for all. Default {@value #DEFAULT_HOST}.
 * @param port              TCP port; 0 picks a free one (tests). Default {@value #DEFAULT_PORT}.
 * @param timeoutSeconds    longest a query may run before it is cancelled. Default {@value #DEFAULT_TIMEOUT_SECONDS}.
 * @param maxResults        most results (rows, or solutions of a CONSTRUCT or DESCRIBE) one query returns.
 *                          Default {@value #DEFAULT_MAX_RESULTS}.
 * @param maxBodyBytes      largest request body accepted, in bytes; a larger one gets 413. Default
 *                          {@value #DEFAULT_MAX_BODY_BYTES}.
 * @param credentials       the users who may write ({@link Credentials}), with HTTP Basic; needed by
 *                          {@code allowUpdate} and {@code allowIngest}. Default: absent, no writes at all.
 * @param allowUpdate       SPARQL Update ({@code /kg/update}) and Graph Store writes ({@code /kg/data}) are open to
 *                          the users of {@code credentials}. Default false.
 * @param allowIngest       {@code POST /kg/articles} takes new articles, from the users of {@code credentials}
 *                          ({@code ArticleIngest}). Default false.
 * @param uiDirectory       a folder to serve the explorer from instead of the one in the jar (for development)
 * @param allowedServices   the SPARQL endpoints a query's {@code SERVICE} may call, as exact URLs. Default: none,
 *                          so that no client can make the server fetch a URL (the server's {@code ServiceAllowList}).
 */
public record ServerOptions(
        String host,
        int port,
        int timeoutSeconds,
        long maxResults,
        long maxBodyBytes,
        Optional<Path> credentials,
        boolean allowUpdate,
        boolean allowIngest,
        Optional<Path> uiDirectory,
        List<String> allowedServices) {
    /** The loopback interface: only this machine can connect. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Fuseki's usual port. */
    public static final int DEFAULT_PORT = 3030;
    /** Query timeout when none is given. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;
    /** Result cap when none is given (as DBpedia's public endpoint). */
    public static final long DEFAULT_MAX_RESULTS = 10_000;
    /** Request body limit when none is given: 1 MiB, far above any query. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(credentials, "credentials");
        if ((allowUpdate || allowIngest) && credentials.isEmpty()) {
            throw new IllegalArgumentException("writes need credentials");
        }
        Objects.requireNonNull(uiDirectory, "uiDirectory");
        allowedServices = List.copyOf(allowedServices);
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (timeoutSeconds <= 0) {
            throw new IllegalArgumentException("timeout must be positive: " + timeoutSeconds);
        }
        if (maxResults <= 0) {
            throw new IllegalArgumentException("maxResults must be positive: " + maxResults);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
    }

    /** Defaults, with a port, a timeout and perhaps a folder for the explorer. */
    public ServerOptions(int port, int timeoutSeconds, Optional<Path> uiDirectory) {
        this(
                DEFAULT_HOST,
                port,
                timeoutSeconds,
                DEFAULT_MAX_RESULTS,
                DEFAULT_MAX_BODY_BYTES,
                Optional.empty(),
                false,
                false,
                uiDirectory,
                List.of());
    }

    /** Defaults on the given port. */
    public static ServerOptions onPort(int port) {
        return new ServerOptions(port, DEFAULT_TIMEOUT_SECONDS, Optional.empty());
    }

    /** The same options on another interface. */
    public ServerOptions withHost(String h) {
        return copy(c -> c.host = h);
    }

    /** The same options with another query timeout. */
    public ServerOptions withTimeout(int seconds) {
        return copy(c -> c.timeoutSeconds = seconds);
    }

    /** The same options with another result cap. */
    public ServerOptions withMaxResults(long n) {
        return copy(c -> c.maxResults = n);
    }

    /** The same options with another request body limit. */
    public ServerOptions withMaxBodyBytes(long n) {
        return copy(c -> c.maxBodyBytes = n);
    }

    /** The same options with writes open to the users of a credentials file. */
    public ServerOptions withUpdates(Path file) {
        return copy(c -> {
            c.credentials = Optional.of(file);
            c.allowUpdate = true;
        });
    }

    /** The same options with {@code POST /kg/articles} open to the users of a credentials file. */
    public ServerOptions withIngest(Path file) {
        return copy(c -> {
            c.credentials = Optional.of(file);
            c.allowIngest = true;
        });
    }

    /** The same options with SERVICE allowed to these endpoints only (exact URLs). */
    public ServerOptions withAllowedServices(List<String> endpoints) {
        return copy(c -> c.allowedServices = endpoints);
    }

    /** True when SPARQL Update and Graph Store writes are served (to authenticated users only). */
    public boolean updatesAllowed() {
        return allowUpdate;
    }

    /** True when {@code POST /kg/articles} takes articles (from authenticated users only). */
    public boolean ingestAllowed() {
        return allowIngest;
    }

    /** True when anything is writable: updates or ingest. */
    public boolean writesAllowed() {
        return allowUpdate || allowIngest;
    }

    /** True when only this machine can connect. */
    public boolean loopbackOnly() {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    /** These options with some changed: each wither names only what it changes, so a new option is added once. */
    private ServerOptions copy(Consumer<Copy> change) {
        Copy c = new Copy(this);
        change.accept(c);
        return c.build();
    }

    /** The components of a {@link ServerOptions}, to change before the checks of the canonical constructor. */
    private static final class Copy {
        String host;
        int port;
        int timeoutSeconds;
        long maxResults;
        long maxBodyBytes;
        Optional<Path> credentials;
        boolean allowUpdate;
        boolean allowIngest;
        Optional<Path> uiDirectory;
        List<String> allowedServices;

        Copy(ServerOptions o) {
            host = o.host;
            port = o.port;
            timeoutSeconds = o.timeoutSeconds;
            maxResults = o.maxResults;
            maxBodyBytes = o.maxBodyBytes;
            credentials = o.credentials;
            allowUpdate = o.allowUpdate;
            allowIngest = o.allowIngest;
            uiDirectory = o.uiDirectory;
            allowedServices = o.allowedServices;
        }

        ServerOptions build() {
            return new ServerOptions(
                    host,
                    port,
                    timeoutSeconds,
                    maxResults,
                    maxBodyBytes,
                    credentials,
                    allowUpdate,
                    allowIngest,
                    uiDirectory,
                    allowedServices);
        }
    }
}

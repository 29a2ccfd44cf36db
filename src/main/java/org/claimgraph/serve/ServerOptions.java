package org.claimgraph.serve;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to run the server.
 *
 * @param port           TCP port; 0 picks a free one (tests). Default {@link #DEFAULT_PORT}.
 * @param timeoutSeconds longest a query may run before it is cancelled. Default {@link #DEFAULT_TIMEOUT_SECONDS}.
 * @param uiDirectory    a folder to serve the explorer from instead of the one in the jar (for development)
 */
public record ServerOptions(int port, int timeoutSeconds, Optional<Path> uiDirectory) {
    /** Fuseki's usual port. */
    public static final int DEFAULT_PORT = 3030;
    /** Query timeout when none is given. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;

    public ServerOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (timeoutSeconds <= 0) {
            throw new IllegalArgumentException("timeout must be positive: " + timeoutSeconds);
        }
    }

    /** Defaults on the given port. */
    public static ServerOptions onPort(int port) {
        return new ServerOptions(port, DEFAULT_TIMEOUT_SECONDS, Optional.empty());
    }
}

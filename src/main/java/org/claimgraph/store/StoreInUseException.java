package org.claimgraph.store;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Another process holds the store's TDB2 lock: a running {@code claimgraph serve}, most often, or a build. The
 * message says so in one line; the command adds what to do instead (a build names {@code build --server}).
 */
public final class StoreInUseException extends StoreException {
    private final OptionalLong pid;
    private final Optional<String> serverUrl;

    /**
     * @param message   one line naming the store and the process
     * @param pid       the process holding the lock, when its lock file says
     * @param serverUrl the URL that process serves the store at, when it is a server that said so
     * @param cause     TDB2's own exception, if any
     */
    public StoreInUseException(String message, OptionalLong pid, Optional<String> serverUrl, Throwable cause) {
        super(message, cause);
        this.pid = pid;
        this.serverUrl = serverUrl;
    }

    /** The process holding the store, when known. */
    public OptionalLong pid() {
        return pid;
    }

    /** Where that process serves the store, when it is a server. */
    public Optional<String> serverUrl() {
        return serverUrl;
    }
}

package org.claimgraph.pipeline;

import org.claimgraph.sys.ClaimgraphException;

/** The extraction cache's folder cannot be used at all (not a single entry could be kept there). */
public final class CacheException extends ClaimgraphException {
    public CacheException(String message, Throwable cause) {
        super(message, cause);
    }
}

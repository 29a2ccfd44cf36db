package org.claimgraph.serve;

import org.claimgraph.sys.ClaimgraphException;

/** The server cannot start: the port is taken, the explorer's folder is missing, and the like. */
public class ServeException extends ClaimgraphException {
    public ServeException(String message, Throwable cause) {
        super(message, cause);
    }

    public ServeException(String message) {
        super(message);
    }
}

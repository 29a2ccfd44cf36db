package org.claimgraph.link;

import org.claimgraph.sys.ClaimgraphException;

/**
 * The SPARQL endpoint could not be reached or did not answer usefully (offline, refused, timed out, HTTP
 * error). The message names the endpoint and says what happened; nothing was linked.
 */
public class EndpointException extends ClaimgraphException {
    public EndpointException(String message) {
        super(message);
    }

    public EndpointException(String message, Throwable cause) {
        super(message, cause);
    }
}

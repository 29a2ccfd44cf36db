package org.claimgraph.query;

import org.claimgraph.sys.ClaimgraphException;

/** A query that cannot be found or parsed; the message says which and where. */
public class QueryException extends ClaimgraphException {
    public QueryException(String message) {
        super(message);
    }
}

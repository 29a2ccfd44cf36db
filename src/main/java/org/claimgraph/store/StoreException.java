package org.claimgraph.store;

import org.claimgraph.sys.ClaimgraphException;

/** The store cannot be opened, read or written: the message names the store's folder. */
public class StoreException extends ClaimgraphException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}

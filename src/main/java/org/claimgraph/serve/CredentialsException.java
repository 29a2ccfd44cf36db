package org.claimgraph.serve;

import org.claimgraph.sys.ClaimgraphException;

/** A credentials file that cannot be used: the message names the file and, where it can, the line. */
public final class CredentialsException extends ClaimgraphException {
    public CredentialsException(String source, String problem) {
        super(source + ": " + problem);
    }
}

package org.claimgraph.evaluate;

import org.claimgraph.sys.ClaimgraphException;

/** A gold file that cannot be used: the message names the file, the entry and what is wrong. */
public final class GoldException extends ClaimgraphException {
    private final String source;

    public GoldException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
    }

    /** The gold file that was rejected. */
    public String source() {
        return source;
    }
}

package org.claimgraph.ingest;

import org.claimgraph.sys.ClaimgraphException;

/** An article file that cannot be read as an article: the message names the file and what is wrong. */
public class InputException extends ClaimgraphException {
    private final String source;

    public InputException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
    }

    /** The file (or other source) that was rejected. */
    public String source() {
        return source;
    }
}

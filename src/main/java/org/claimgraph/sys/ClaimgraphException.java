package org.claimgraph.sys;

/**
 * Root of claimgraph's unchecked exceptions. Each stage has its own subclass, and each message names the
 * input and where in it the problem lies, so that the command line can print it as one clear line.
 */
public class ClaimgraphException extends RuntimeException {
    public ClaimgraphException(String message) {
        super(message);
    }

    public ClaimgraphException(String message, Throwable cause) {
        super(message, cause);
    }
}

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

    /**
     * The message of the innermost cause, or its class name when it has none: what went wrong at the bottom (a
     * full disk, a refused connection), for a one-line report.
     */
    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}

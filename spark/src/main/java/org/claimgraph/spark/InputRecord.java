package org.claimgraph.spark;

import java.io.Serializable;

/**
 * One input as the driver and the readers hand it to the extraction: an article file's bytes, one JSON line's
 * bytes, or an input already rejected (missing, too large, a folder without articles).
 *
 * @param source   where it came from, for messages: a path, or {@code path (byte N)} for a JSON line
 * @param file     the file's place in the input order (inputs as given, folders sorted), for "the later wins"
 * @param offset   the line's byte offset in its file; 0 for a whole file
 * @param kind     what the bytes are
 * @param bytes    the content, or null when rejected
 * @param rejected the one line naming the input and the problem, or null
 */
/*package*/ record InputRecord(String source, long file, long offset, Kind kind, byte[] bytes, String rejected)
        implements Serializable {
    /** What an input holds. */
    enum Kind {
        /** A text file, with optional front matter. */
        TEXT,
        /** One line of a JSON Lines file. */
        JSON_LINE,
        /** Nothing: rejected before reading. */
        REJECTED
    }

    static InputRecord rejected(String source, long file, String message) {
        return new InputRecord(source, file, 0, Kind.REJECTED, null, message);
    }
}

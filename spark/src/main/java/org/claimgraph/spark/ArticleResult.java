package org.claimgraph.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What the extraction made of one input: the validated article graph as N-Quads with its claim rows and the
 * pieces the cross-article events are computed from, or the one line saying why the input was rejected.
 *
 * @param source    where it came from
 * @param file      the file's place in the input order
 * @param offset    the line's byte offset in its file (0 for a whole file)
 * @param rejection why it was rejected ({@code INPUT}, {@code INVALID}, {@code FAILED}), or null
 * @param problem   the one line naming the input and the problem, or null
 * @param graph     the article's named graph IRI, or null when rejected
 * @param url       the article's URL, or null
 * @param nquads    the graph's quads, one N-Quads line each, sorted
 * @param counts    triples, claims, events and conflicts in the graph
 * @param claims    one row per claim
 * @param slices    the article's events that may merge with others', each with its block key
 * @param partOf    the graph's {@code cg:partOf} triples as N-Triples lines
 */
/*package*/ record ArticleResult(
        String source,
        long file,
        long offset,
        String rejection,
        String problem,
        String graph,
        String url,
        String nquads,
        long[] counts,
        List<ClaimRow> claims,
        List<EventSlice> slices,
        List<String> partOf)
        implements Serializable {

    static ArticleResult rejected(InputRecord in, String rejection, String problem) {
        return new ArticleResult(
                in.source(), in.file(), in.offset(), rejection, problem, null, null, null, null, null, null, null);
    }

    boolean accepted() {
        return graph != null;
    }

    long triples() {
        return accepted() ? counts[0] : 0;
    }

    long claimCount() {
        return accepted() ? counts[1] : 0;
    }

    long events() {
        return accepted() ? counts[2] : 0;
    }

    long conflicts() {
        return accepted() ? counts[3] : 0;
    }

    /**
     * One event of an article as the cross-article merge reads it.
     *
     * @param key      its block key: only events with the same key can be one event
     * @param graph    its article graph IRI
     * @param ntriples what the merge reads of it ({@code EventBlocks.slice}), as N-Triples
     */
    record EventSlice(String key, String graph, String ntriples) implements Serializable {}
}

package org.claimgraph.store;

/**
 * What a batch did to its destination.
 *
 * @param stored         article graphs written (new or changed)
 * @param unchanged      article graphs already stored with the same content, left as they were
 * @param replaced       older graphs removed because a new text came from the same URL
 * @param triples        triples written
 * @param mergedEvents   cross-article events (reported by two or more articles), after the batch; -1 when not computed
 * @param corpusConflicts conflicts between articles, after the batch; -1 when not computed
 * @param bulk           true when Jena's bulk loader was used (the store was empty)
 * @param eventsMillis   time spent recomputing the cross-article events graph, in milliseconds
 */
public record SinkReport(
        long stored,
        long unchanged,
        long replaced,
        long triples,
        long mergedEvents,
        long corpusConflicts,
        boolean bulk,
        long eventsMillis) {}

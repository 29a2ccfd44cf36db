package org.claimgraph.store;

/**
 * What a batch did to its destination.
 *
 * @param stored    article graphs written (new or changed)
 * @param unchanged article graphs already stored with the same content, left as they were
 * @param replaced  older graphs removed because a new text came from the same URL
 * @param triples   triples written
 * @param bulk      true when Jena's bulk loader was used (the store was empty)
 */
public record SinkReport(long stored, long unchanged, long replaced, long triples, boolean bulk) {}

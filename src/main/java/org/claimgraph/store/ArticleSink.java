package org.claimgraph.store;

import org.claimgraph.validate.ValidatedGraph;

/**
 * Where a build writes article graphs, one at a time: the local TDB2 store ({@link StoreBatch}) or a remote
 * SPARQL Graph Store Protocol endpoint ({@link RemoteGraphStore}). Each article is written whole or not at
 * all; {@link #finish()} makes everything accepted durable and returns what was done.
 *
 * <pre>
 * ArticleSink sink = store.batch();
 * sink.accept(ValidatedGraph.check(graph));
 * SinkReport report = sink.finish();
 * </pre>
 *
 * Not thread-safe: one thread writes.
 */
public interface ArticleSink {
    /** Takes one validated article graph; it is stored at the latest by {@link #finish()}. */
    void accept(ValidatedGraph graph);

    /** Stores what is pending, finishes the batch and says what was done. */
    SinkReport finish();

    /**
     * The local store the graphs go to, if they go to one: graphs computed from the article graphs (the
     * cross-article events) are refreshed there after {@link #finish()}. Empty for a remote endpoint.
     */
    default java.util.Optional<KnowledgeStore> localStore() {
        return java.util.Optional.empty();
    }

    /** Where the graphs go, for messages: a folder or a URL. */
    String destination();
}

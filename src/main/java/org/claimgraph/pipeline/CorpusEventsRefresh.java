package org.claimgraph.pipeline;

import org.claimgraph.corpus.CorpusEvents;
import org.claimgraph.corpus.EventsIncrement;
import org.claimgraph.map.Iris;
import org.claimgraph.store.DerivedUpdate;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.sys.Logs;

/**
 * Recomputes a store's cross-article events graph ({@link Iris#EVENTS_GRAPH}, see {@link CorpusEvents}) after
 * its article graphs changed: after a build, a load for {@code serve}, or {@code link}. Lives in the pipeline,
 * not in {@code store}, because the store only keeps graphs; what is computed from them belongs to later stages.
 *
 * <pre>
 * CorpusEventsRefresh.Outcome o = CorpusEventsRefresh.refresh(store);
 * System.out.println(o.events().merged() + " events reported by several articles");
 * </pre>
 */
public final class CorpusEventsRefresh {
    private CorpusEventsRefresh() {}

    /**
     * What a refresh found and how long it took.
     *
     * @param events what the events graph holds now
     * @param millis time spent, in milliseconds
     */
    public record Outcome(CorpusEvents.Result events, long millis) {}

    /** Recomputes the events graph in one write transaction; the stored graph is untouched when unchanged. */
    public static Outcome refresh(KnowledgeStore store) {
        long t0 = System.nanoTime();
        CorpusEvents.Result r =
                store.replaceDerivedGraph(Iris.EVENTS_GRAPH, CorpusEvents::compute, CorpusEvents.Result::graph);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        Logs.STORE.info(
                "Cross-article events: {} merged from {} article events, {} conflicts, in {} ms",
                r.merged(),
                r.reports(),
                r.conflicts(),
                millis);
        return new Outcome(r, millis);
    }

    /**
     * The cross-article events kept in step with each article stored, in the article's own write transaction:
     * only the part of the events graph the article concerns is recomputed ({@link CorpusEvents#begin}), which
     * ends where {@link #refresh} would. For {@link KnowledgeStore#store}.
     */
    public static DerivedUpdate incremental() {
        return (dsg, leaving) -> {
            long t0 = System.nanoTime();
            EventsIncrement inc = CorpusEvents.begin(dsg, leaving);
            return arrived -> {
                EventsIncrement.Update u = inc.finish(arrived);
                Logs.STORE.info(
                        "Cross-article events: {} block(s) recomputed, {} merged event(s) written, -{} +{} triples, "
                                + "in {} ms",
                        u.blocks(),
                        u.merged(),
                        u.removed(),
                        u.added(),
                        (System.nanoTime() - t0) / 1_000_000);
            };
        };
    }
}

package org.claimgraph.pipeline;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.corpus.CorpusEvents;
import org.claimgraph.corpus.CorpusIndex;
import org.claimgraph.corpus.EventsIncrement;
import org.claimgraph.corpus.PlainFacts;
import org.claimgraph.map.Iris;
import org.claimgraph.store.DerivedUpdate;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.sys.Logs;
import org.claimgraph.vocab.CG;

/**
 * Recomputes a store's cross-article events graph ({@link Iris#EVENTS_GRAPH}, see {@link CorpusEvents}), its
 * plain facts ({@link Iris#FACTS_GRAPH}, see {@link PlainFacts}) and its index ({@link Iris#INDEX_GRAPH}, see
 * {@link CorpusIndex}) after its article graphs changed: after a build, a load for {@code serve}, or {@code link};
 * or keeps all three in step with each article a server ingests. Lives in the pipeline,
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
        Graph facts = store.replaceDerivedGraph(Iris.FACTS_GRAPH, PlainFacts::compute, g -> g);
        Graph index = store.replaceDerivedGraph(Iris.INDEX_GRAPH, CorpusIndex::compute, g -> g);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        Logs.STORE.info("Plain facts: {} triples; index: {} triples", facts.size(), index.size());
        Logs.STORE.info(
                "Cross-article events: {} merged from {} article events, {} conflicts, in {} ms",
                r.merged(),
                r.reports(),
                r.conflicts(),
                millis);
        return new Outcome(r, millis);
    }

    /**
     * Computes the plain facts and the index of a store that has articles but not these graphs (one built before
     * there were, or before the index kept events by time), so that a server started on it serves them; otherwise
     * does nothing.
     */
    public static void ensureFacts(KnowledgeStore store) {
        if (store.isEmpty()) {
            return;
        }
        if (store.read(() -> store.dataset().getGraph(Iris.FACTS_GRAPH).isEmpty())) {
            Graph facts = store.replaceDerivedGraph(Iris.FACTS_GRAPH, PlainFacts::compute, g -> g);
            Logs.STORE.info("Plain facts computed for a store that had none: {} triples", facts.size());
        }
        // An index without event buckets is from before they were kept: computed again too.
        if (store.read(() -> !store.dataset()
                .getGraph(Iris.INDEX_GRAPH)
                .contains(Node.ANY, RDF.Nodes.type, CG.EventBucket.asNode()))) {
            Graph index = store.replaceDerivedGraph(Iris.INDEX_GRAPH, CorpusIndex::compute, g -> g);
            Logs.STORE.info("Index computed for a store that had none: {} triples", index.size());
        }
    }

    /**
     * The cross-article events, the plain facts and the index kept in step with each article stored, in the
     * article's own write transaction: only the part of the events graph the article concerns is recomputed
     * ({@link CorpusEvents#begin}), and the article's own part of the facts and the index is added or taken away,
     * which ends where {@link #refresh} would. For {@link KnowledgeStore#store}.
     */
    public static DerivedUpdate incremental() {
        return events().andThen(PlainFacts.incremental()).andThen(CorpusIndex.incremental());
    }

    /**
     * What a SPARQL Update or a Graph Store write keeps in step with each article graph it changes: the plain facts
     * and the index, which are each article graph's own part added up. The cross-article events compare articles
     * with each other and are recomputed by the next {@code build} or {@code link}.
     */
    public static DerivedUpdate afterWrites() {
        return PlainFacts.incremental().andThen(CorpusIndex.incremental());
    }

    private static DerivedUpdate events() {
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

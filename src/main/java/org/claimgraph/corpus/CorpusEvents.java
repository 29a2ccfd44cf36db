package org.claimgraph.corpus;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.extract.EventIdentity;
import org.claimgraph.map.Iris;
import org.claimgraph.mention.Gazetteer;

/**
 * Events across articles: finds the events that several articles report and links them into one
 * cross-article event, in a graph of its own ({@link Iris#EVENTS_GRAPH}) that is computed from the article
 * graphs, so that each article's graph stays as it was extracted and can be replaced on its own.
 *
 * <p>Which reports are of one event is decided by {@link EventIdentity} at corpus scope, the rules that also
 * merge the claims of one article: the same type, the same Wikidata-linked main actors, compatible other roles
 * (a shared filler, or a place lying in the other: Kyiv in Ukraine), for transfers overlapping items and equal
 * quantities, for statements the same content, and compatible known dates; once-only events (an accession, an
 * invasion) whatever their dates, with dates that cannot all hold written as a {@code cg:Conflict} between the
 * articles' claims. The work is split in three: {@link ArticleReports} reads the article graphs,
 * {@link EventClusters} groups the reports, {@link EventsGraphWriter} writes each group.
 *
 * <p>Each cross-article event ({@link Iris#corpusEvent}) carries the types and the union of the roles of its
 * reports, the most precise date they agree on, an {@code rdfs:label} and a {@code cg:mergeReason}; each
 * report points at it with {@code cg:sameEventAs}. Claims stay in their articles. The result depends only on
 * the article graphs, never on the order they were loaded in.
 *
 * <pre>
 * CorpusEvents.Result r = CorpusEvents.compute(dsg);   // inside a read or write transaction
 * dsg.addGraph(Iris.EVENTS_GRAPH, r.graph());
 * </pre>
 *
 * <p>When a few articles come or go in a large store, {@link #begin} updates only the part of the graph they
 * concern, to the same result.
 */
public final class CorpusEvents {
    /**
     * The events graph and what it holds.
     *
     * @param graph     the triples of {@link Iris#EVENTS_GRAPH}
     * @param merged    cross-article events
     * @param reports   article events linked to one of them
     * @param conflicts conflicts between articles
     */
    public record Result(Graph graph, int merged, int reports, int conflicts) {}

    private CorpusEvents() {}

    /** Computes the events graph from the article graphs of {@code dsg}; call inside a transaction. */
    public static Result compute(DatasetGraph dsg) {
        EventIdentity identity = EventIdentity.bundled();
        EventClusters clusters = new EventClusters(dsg, identity, Gazetteer.bundled());
        Graph out = GraphFactory.createDefaultGraph();
        EventsGraphWriter writer = new EventsGraphWriter(dsg, identity, out);
        int merged = 0;
        int reports = 0;
        int conflicts = 0;
        for (List<ArticleReport> cluster : clusters.clusters(new ArticleReports(dsg).all())) {
            merged++;
            reports += cluster.size();
            conflicts += writer.write(cluster, clusters.mainRole(cluster.get(0)).orElseThrow());
        }
        return new Result(out, merged, reports, conflicts);
    }

    /**
     * Starts an incremental update of the events graph ({@link EventsIncrement}) for a change of a few article
     * graphs: call inside the write transaction, before {@code leaving} (graphs about to be removed or replaced)
     * are touched, then {@link EventsIncrement#finish} after the change. The graph ends as {@link #compute} would
     * make it.
     */
    public static EventsIncrement begin(DatasetGraph dsg, java.util.Collection<org.apache.jena.graph.Node> leaving) {
        return new EventsIncrement(dsg, leaving);
    }
}

package org.claimgraph.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.extract.EventIdentity;
import org.claimgraph.mention.Gazetteer;
import org.claimgraph.vocab.CG;

/**
 * {@link CorpusEvents} in pieces, for an engine that spreads a corpus over machines (the Spark job). Only events
 * with the same block key can be one event, so the events graph is the union, over the block keys, of
 * {@link CorpusEvents#compute} on a dataset that holds just the {@link #slice}s of one key's events and every
 * {@code cg:partOf} triple of the corpus ({@link #partOf}): that is what the computation reads of the whole
 * store.
 *
 * <pre>
 * for (EventBlocks.Member m : EventBlocks.members(articleDataset)) emit(m.key(), EventBlocks.slice(articleDataset, m));
 * // then, per key: a dataset of the slices (each in its article graph) and the corpus's partOf triples
 * Graph events = CorpusEvents.compute(blockDataset).graph();
 * </pre>
 *
 * Whether a main actor is linked to Wikidata is read from the dataset given to {@link #members}, usually one
 * article graph: the mapper states the link in every graph that names a gazetteer entity.
 */
public final class EventBlocks {
    /**
     * An article's event that may be one event with events of other articles.
     *
     * @param graph its article graph
     * @param event the event
     * @param key   its block key: type, main actors, content, office and polarity
     */
    public record Member(Node graph, Node event, String key) {}

    private EventBlocks() {}

    /** The events of the dataset's article graphs that take part in the merge, with their block keys. */
    public static List<Member> members(DatasetGraph dsg) {
        EventClusters clusters = new EventClusters(dsg, EventIdentity.bundled(), Gazetteer.bundled());
        List<Member> out = new ArrayList<>();
        for (ArticleReport r : new ArticleReports(dsg).all()) {
            clusters.blockKey(r).ifPresent(k -> out.add(new Member(r.graph(), r.event(), k)));
        }
        return out;
    }

    /**
     * What the events computation reads of one event in its article graph: the event's own triples, the claims
     * about it with their modality, and the labels, Wikidata links and containing places of what it points at.
     */
    public static Graph slice(DatasetGraph dsg, Member m) {
        Graph out = GraphFactory.createDefaultGraph();
        Node g = m.graph();
        Set<Node> fillers = new LinkedHashSet<>();
        each(dsg, g, m.event(), Node.ANY, Node.ANY, q -> {
            out.add(q.asTriple());
            if (q.getObject().isURI()) {
                fillers.add(q.getObject());
            }
        });
        each(dsg, g, Node.ANY, CG.about.asNode(), m.event(), q -> {
            out.add(q.asTriple());
            each(dsg, g, q.getSubject(), CG.modality.asNode(), Node.ANY, c -> out.add(c.asTriple()));
        });
        for (Node f : fillers) {
            for (Node p : List.of(RDFS.label.asNode(), OWL2.sameAs.asNode(), CG.partOf.asNode())) {
                each(dsg, g, f, p, Node.ANY, q -> out.add(q.asTriple()));
            }
        }
        return out;
    }

    /** The {@code cg:partOf} triples of the dataset's graphs: places within places, as the articles state them. */
    public static List<Triple> partOf(DatasetGraph dsg) {
        List<Triple> out = new ArrayList<>();
        each(dsg, Node.ANY, Node.ANY, CG.partOf.asNode(), Node.ANY, q -> out.add(q.asTriple()));
        return out;
    }

    private static void each(
            DatasetGraph dsg, Node g, Node s, Node p, Node o, java.util.function.Consumer<Quad> action) {
        var it = dsg.find(g, s, p, o);
        try {
            it.forEachRemaining(action);
        } finally {
            Iter.close(it);
        }
    }
}

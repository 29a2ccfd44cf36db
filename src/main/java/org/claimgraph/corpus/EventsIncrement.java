package org.claimgraph.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.extract.EventIdentity;
import org.claimgraph.extract.Role;
import org.claimgraph.map.Iris;
import org.claimgraph.map.Terms;
import org.claimgraph.mention.Gazetteer;
import org.claimgraph.vocab.CG;

/**
 * Brings the cross-article events graph up to date after some article graphs were added, replaced or removed,
 * by recomputing only the blocks of reports they concern, with the rules and the writer of a full
 * {@link CorpusEvents#compute}, so that the graph ends exactly as a full recompute would leave it. Both halves run
 * inside the write transaction that changes the article graphs, so readers see the articles and their
 * cross-article events change together:
 *
 * <pre>
 * EventsIncrement inc = CorpusEvents.begin(dsg, graphsAboutToGo);   // before the change
 * ... remove and add article graphs ...
 * EventsIncrement.Update u = inc.finish(graphsAdded);                // after it, same transaction
 * </pre>
 *
 * <p>Which blocks (see {@link EventClusters}) are recomputed: those of the events of the graphs that came and went,
 * those of the events that shared a cross-article event with them, and those of the events naming an entity whose
 * facts the merge reads ({@code owl:sameAs}, which decides whether an actor is linked; {@code cg:partOf}, which
 * decides place containment; {@code rdfs:label}, which the labels and reasons quote) were stated by a graph that
 * came or went and by no other. Every other block has the same reports and the same facts as before, so its
 * cross-article events are left as they are.
 */
public final class EventsIncrement {
    /** The predicates whose triples about an entity change what the merge decides or writes about its events. */
    private static final List<Node> ENTITY_FACTS =
            List.of(OWL2.sameAs.asNode(), CG.partOf.asNode(), RDFS.label.asNode());

    /**
     * What an update did.
     *
     * @param blocks  blocks of reports recomputed
     * @param merged  cross-article events written for them
     * @param removed triples removed from the events graph
     * @param added   triples added to it
     */
    public record Update(int blocks, int merged, long removed, long added) {}

    private final DatasetGraph dsg;
    private final Set<Node> leaving;
    private final List<ArticleReport> leavingReports;
    private final Set<String> leavingKeys = new LinkedHashSet<>();
    private final Set<Node> changedEntities = new LinkedHashSet<>();

    /** Reads what the graphs about to go hold; call inside the write transaction, before they are removed. */
    /*package*/ EventsIncrement(DatasetGraph dsg, Collection<Node> leaving) {
        this.dsg = dsg;
        this.leaving = Set.copyOf(leaving);
        ArticleReports reader = new ArticleReports(dsg);
        EventClusters clusters = clusters();
        List<ArticleReport> reports = new ArrayList<>();
        for (Node g : this.leaving) {
            if (dsg.containsGraph(g)) {
                for (ArticleReport r : reader.inGraph(g)) {
                    reports.add(r);
                    clusters.blockKey(r).ifPresent(leavingKeys::add);
                }
                changedEntities.addAll(factsStatedOnlyBy(g, this.leaving));
            }
        }
        this.leavingReports = List.copyOf(reports);
    }

    /**
     * Recomputes the blocks the change concerns and rewrites their part of the events graph; call inside the same
     * write transaction, after the article graphs were changed.
     *
     * @param arrived the article graphs written (new or replaced)
     */
    public Update finish(Collection<Node> arrived) {
        ArticleReports reader = new ArticleReports(dsg);
        EventClusters clusters = clusters();
        Set<Node> added = Set.copyOf(arrived);
        Set<Node> changed = new LinkedHashSet<>(changedEntities);
        List<ArticleReport> seeds = new ArrayList<>();
        for (Node g : added) {
            seeds.addAll(reader.inGraph(g));
            changed.addAll(factsStatedOnlyBy(g, added));
        }
        for (Node entity : changed) {
            seeds.addAll(reportsNaming(reader, entity));
        }
        // The cross-article events these reports were part of: their other members' blocks change too.
        Set<Node> oldEvents = new LinkedHashSet<>();
        for (ArticleReport r : seeds) {
            oldEvents.addAll(sameEventAs(r.event()));
        }
        for (ArticleReport r : leavingReports) {
            oldEvents.addAll(sameEventAs(r.event()));
        }
        for (Node e : oldEvents) {
            for (Node member : members(e)) {
                current(reader, member).ifPresent(seeds::add);
            }
        }
        Set<String> keys = new LinkedHashSet<>(leavingKeys);
        Map<String, ArticleReport> probe = new LinkedHashMap<>();
        for (ArticleReport r : seeds) {
            clusters.blockKey(r).ifPresent(k -> {
                keys.add(k);
                probe.putIfAbsent(k, r);
            });
        }
        // Every report now in those blocks, found through the block's first main actor.
        Map<String, ArticleReport> inBlocks = new TreeMap<>();
        for (String key : keys) {
            ArticleReport r = probe.get(key);
            if (r == null) {
                continue; // A block only the graphs that went had: nothing of it is left.
            }
            for (ArticleReport other : reportsInBlock(reader, clusters, r, key)) {
                inBlocks.putIfAbsent(
                        other.graph().getURI() + " " + other.event().getURI(), other);
            }
        }
        for (ArticleReport r : inBlocks.values()) {
            oldEvents.addAll(sameEventAs(r.event()));
        }
        long removed = removeOld(oldEvents, inBlocks.values());
        Graph fresh = GraphFactory.createDefaultGraph();
        EventIdentity identity = EventIdentity.bundled();
        EventsGraphWriter writer = new EventsGraphWriter(dsg, identity, fresh);
        int merged = 0;
        for (List<ArticleReport> cluster : clusters.clusters(new ArrayList<>(inBlocks.values()))) {
            merged++;
            writer.write(cluster, clusters.mainRole(cluster.get(0)).orElseThrow());
        }
        fresh.find().forEach(t -> dsg.add(Iris.EVENTS_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        return new Update(keys.size(), merged, removed, fresh.size());
    }

    private EventClusters clusters() {
        return new EventClusters(dsg, EventIdentity.bundled(), Gazetteer.bundled());
    }

    /** Subjects of the graph's entity facts that no graph outside {@code group} states too. */
    private Set<Node> factsStatedOnlyBy(Node graph, Set<Node> group) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node p : ENTITY_FACTS) {
            var it = dsg.find(graph, Node.ANY, p, Node.ANY);
            try {
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (!out.contains(q.getSubject()) && !statedElsewhere(q.asTriple(), group)) {
                        out.add(q.getSubject());
                    }
                }
            } finally {
                Iter.close(it);
            }
        }
        return out;
    }

    private boolean statedElsewhere(Triple t, Set<Node> group) {
        var it = dsg.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        try {
            while (it.hasNext()) {
                Node g = it.next().getGraph();
                if (!group.contains(g) && !g.equals(Iris.EVENTS_GRAPH)) {
                    return true;
                }
            }
            return false;
        } finally {
            Iter.close(it);
        }
    }

    /** The events of the article graphs that have {@code entity} in one of their roles. */
    private List<ArticleReport> reportsNaming(ArticleReports reader, Node entity) {
        List<ArticleReport> out = new ArrayList<>();
        var it = dsg.find(Node.ANY, Node.ANY, Node.ANY, entity);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                if (Iris.isArticleGraph(q.getGraph())
                        && Terms.role(q.getPredicate()).isPresent()) {
                    reader.read(q.getGraph(), q.getSubject()).ifPresent(out::add);
                }
            }
        } finally {
            Iter.close(it);
        }
        return out;
    }

    /** The reports in the block {@code key}, found through the first main actor of {@code probe}, one of them. */
    private List<ArticleReport> reportsInBlock(
            ArticleReports reader, EventClusters clusters, ArticleReport probe, String key) {
        Role role = clusters.mainRole(probe).orElseThrow();
        Node actor = probe.facts().role(role).iterator().next();
        Node property = Terms.property(role).asNode();
        List<ArticleReport> out = new ArrayList<>();
        var it = dsg.find(Node.ANY, Node.ANY, property, actor);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                if (Iris.isArticleGraph(q.getGraph())) {
                    reader.read(q.getGraph(), q.getSubject())
                            .filter(r -> clusters.blockKey(r).map(key::equals).orElse(false))
                            .ifPresent(out::add);
                }
            }
        } finally {
            Iter.close(it);
        }
        return out;
    }

    /** The article event {@code event} as a report, if an article graph still holds it. */
    private Optional<ArticleReport> current(ArticleReports reader, Node event) {
        var it = dsg.find(Node.ANY, event, RDF.type.asNode(), CG.Event.asNode());
        try {
            while (it.hasNext()) {
                Node g = it.next().getGraph();
                if (Iris.isArticleGraph(g)) {
                    return reader.read(g, event);
                }
            }
            return Optional.empty();
        } finally {
            Iter.close(it);
        }
    }

    private List<Node> sameEventAs(Node event) {
        return objects(event, CG.sameEventAs.asNode());
    }

    private List<Node> members(Node corpusEvent) {
        List<Node> out = new ArrayList<>();
        dsg.find(Iris.EVENTS_GRAPH, Node.ANY, CG.sameEventAs.asNode(), corpusEvent)
                .forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    private List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dsg.find(Iris.EVENTS_GRAPH, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    /**
     * Removes the old cross-article events of the blocks being recomputed: their own triples, the
     * {@code cg:sameEventAs} pointing at them, and the conflicts between the claims of their members.
     */
    private long removeOld(Set<Node> oldEvents, Collection<ArticleReport> current) {
        Set<Node> claims = new LinkedHashSet<>();
        for (ArticleReport r : leavingReports) {
            claims.addAll(r.claims());
        }
        current.forEach(r -> claims.addAll(r.claims()));
        ArticleReports reader = new ArticleReports(dsg);
        for (Node e : oldEvents) {
            for (Node member : members(e)) {
                current(reader, member).ifPresent(r -> claims.addAll(r.claims()));
            }
        }
        Set<Node> conflicts = new LinkedHashSet<>();
        for (Node c : claims) {
            dsg.find(Iris.EVENTS_GRAPH, Node.ANY, CG.between.asNode(), c)
                    .forEachRemaining(q -> conflicts.add(q.getSubject()));
        }
        List<Quad> doomed = new ArrayList<>();
        for (Node e : oldEvents) {
            dsg.find(Iris.EVENTS_GRAPH, e, Node.ANY, Node.ANY).forEachRemaining(doomed::add);
            dsg.find(Iris.EVENTS_GRAPH, Node.ANY, CG.sameEventAs.asNode(), e).forEachRemaining(doomed::add);
        }
        for (Node c : conflicts) {
            dsg.find(Iris.EVENTS_GRAPH, c, Node.ANY, Node.ANY).forEachRemaining(doomed::add);
        }
        Set<Quad> unique = new LinkedHashSet<>(doomed);
        unique.forEach(dsg::delete);
        return unique.size();
    }
}

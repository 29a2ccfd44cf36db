package org.claimgraph.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.map.Iris;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Ontology;

/**
 * The index's events by (entity, time), for {@link CorpusIndex}: for each entity that fills a role of an article
 * event, one {@code cg:EventBucket} per time its events have, with the bucket's events, their number and the number
 * of the entity's events in older buckets, and the entity's number of events. A page of an entity's events latest
 * first then reads the buckets newer than the page's end, not every event of the entity with its date (150,000 for
 * the busiest entity at 100,000 articles).
 */
/*package*/ final class EventBuckets {
    private EventBuckets() {}

    /** The ontology's roles: every sub-property of {@code cg:role}, as the explorer's queries list them. */
    private static final List<Node> ROLES = roles();

    private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::getURI);

    private static List<Node> roles() {
        var m = Ontology.model();
        Set<Node> out = new LinkedHashSet<>();
        List<Resource> queue = new ArrayList<>(List.of(m.createResource(CG.role.getURI())));
        while (!queue.isEmpty()) {
            Resource r = queue.remove(0);
            m.listSubjectsWithProperty(RDFS.subPropertyOf, r).forEach(sub -> {
                if (sub.isURIResource() && out.add(sub.asNode())) {
                    queue.add(sub);
                }
            });
        }
        return List.copyOf(out);
    }

    /** Entity, then time, then events: what one article graph (or all of them) puts in buckets. */
    /*package*/ static Map<Node, Map<String, Set<Node>>> of(Graph article) {
        Map<Node, Map<String, Set<Node>>> out = new LinkedHashMap<>();
        Map<Node, String> times = new LinkedHashMap<>();
        for (Node role : ROLES) {
            article.find(Node.ANY, role, Node.ANY).forEach(t -> {
                Node event = t.getSubject();
                Node filler = t.getObject();
                if (event.isURI() && filler.isURI()) {
                    String time = times.computeIfAbsent(event, e -> time(article, e));
                    out.computeIfAbsent(filler, k -> new TreeMap<>())
                            .computeIfAbsent(time, k -> new TreeSet<>(BY_IRI))
                            .add(event);
                }
            });
        }
        return out;
    }

    /** Adds {@code part} into {@code sum}. */
    /*package*/ static void addAll(Map<Node, Map<String, Set<Node>>> sum, Map<Node, Map<String, Set<Node>>> part) {
        part.forEach((e, byTime) -> byTime.forEach((time, events) -> sum.computeIfAbsent(e, k -> new TreeMap<>())
                .computeIfAbsent(time, k -> new TreeSet<>(BY_IRI))
                .addAll(events)));
    }

    /**
     * An event's time as the explorer sorts by it: its latest {@code cg:date}, else its latest {@code cg:notBefore},
     * else its latest {@code cg:notAfter} (lexical forms), else empty.
     */
    private static String time(Graph g, Node event) {
        for (Node p : List.of(CG.date.asNode(), CG.notBefore.asNode(), CG.notAfter.asNode())) {
            String latest = null;
            for (Triple t : g.find(event, p, Node.ANY).toList()) {
                if (t.getObject().isLiteral()) {
                    String lex = t.getObject().getLiteralLexicalForm();
                    latest = latest == null || lex.compareTo(latest) > 0 ? lex : latest;
                }
            }
            if (latest != null) {
                return latest;
            }
        }
        return "";
    }

    /** Writes an entity's buckets and its number of events, from all its events by time. */
    /*package*/ static void write(Graph out, Node entity, Map<String, Set<Node>> byTime) {
        long older = 0;
        for (Map.Entry<String, Set<Node>> b : new TreeMap<>(byTime).entrySet()) {
            Node bucket = Iris.eventBucket(entity, b.getKey());
            writeHead(out, bucket, entity, b.getKey());
            b.getValue().forEach(ev -> out.add(bucket, CG.bucketEvent.asNode(), ev));
            out.add(bucket, CG.eventCount.asNode(), integer(b.getValue().size()));
            out.add(bucket, CG.olderEvents.asNode(), integer(older));
            older += b.getValue().size();
        }
        if (older > 0) {
            out.add(entity, CG.eventCount.asNode(), integer(older));
        }
    }

    /**
     * Takes the events of {@code removed} out of their buckets and puts those of {@code added} in, then sets the
     * counts of every bucket of the entities concerned again: only those whose counts moved are rewritten (an event
     * of a recent day moves the few newer buckets, not the entity's whole history).
     */
    /*package*/ static void apply(
            Graph index, Map<Node, Map<String, Set<Node>>> removed, Map<Node, Map<String, Set<Node>>> added) {
        Set<Node> entities = new LinkedHashSet<>(removed.keySet());
        entities.addAll(added.keySet());
        for (Node e : entities) {
            Map<String, Long> sizes = new TreeMap<>();
            Map<String, Long> olders = new TreeMap<>();
            for (Triple t : index.find(Node.ANY, CG.bucketOf.asNode(), e).toList()) {
                Node bucket = t.getSubject();
                String time = index.find(bucket, CG.bucketTime.asNode(), Node.ANY)
                        .nextOptional()
                        .map(x -> x.getObject().getLiteralLexicalForm())
                        .orElse("");
                sizes.put(time, number(index, bucket, CG.eventCount.asNode()));
                olders.put(time, number(index, bucket, CG.olderEvents.asNode()));
            }
            Map<String, Long> before = new TreeMap<>(sizes);
            removed.getOrDefault(e, Map.of()).forEach((time, events) -> {
                Node bucket = Iris.eventBucket(e, time);
                for (Node ev : events) {
                    if (index.contains(bucket, CG.bucketEvent.asNode(), ev)) {
                        index.delete(bucket, CG.bucketEvent.asNode(), ev);
                        sizes.merge(time, -1L, Long::sum);
                    }
                }
            });
            added.getOrDefault(e, Map.of()).forEach((time, events) -> {
                Node bucket = Iris.eventBucket(e, time);
                for (Node ev : events) {
                    if (!index.contains(bucket, CG.bucketEvent.asNode(), ev)) {
                        index.add(bucket, CG.bucketEvent.asNode(), ev);
                        sizes.merge(time, 1L, Long::sum);
                    }
                }
            });
            long older = 0;
            for (Map.Entry<String, Long> b : sizes.entrySet()) {
                String time = b.getKey();
                long size = b.getValue();
                Node bucket = Iris.eventBucket(e, time);
                if (size <= 0) {
                    index.remove(bucket, Node.ANY, Node.ANY);
                    continue;
                }
                if (!before.containsKey(time)) {
                    writeHead(index, bucket, e, time);
                }
                if (before.getOrDefault(time, -1L) != size) {
                    index.remove(bucket, CG.eventCount.asNode(), Node.ANY);
                    index.add(bucket, CG.eventCount.asNode(), integer(size));
                }
                if (olders.getOrDefault(time, -1L) != older) {
                    index.remove(bucket, CG.olderEvents.asNode(), Node.ANY);
                    index.add(bucket, CG.olderEvents.asNode(), integer(older));
                }
                older += size;
            }
            index.remove(e, CG.eventCount.asNode(), Node.ANY);
            if (older > 0) {
                index.add(e, CG.eventCount.asNode(), integer(older));
            }
        }
    }

    private static void writeHead(Graph out, Node bucket, Node entity, String time) {
        out.add(bucket, RDF.Nodes.type, CG.EventBucket.asNode());
        out.add(bucket, CG.bucketOf.asNode(), entity);
        if (!time.isEmpty()) {
            out.add(bucket, CG.bucketTime.asNode(), NodeFactory.createLiteralString(time));
        }
    }

    private static long number(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY)
                .nextOptional()
                .map(t -> ((Number) t.getObject().getLiteralValue()).longValue())
                .orElse(0L);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}

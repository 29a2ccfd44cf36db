package org.claimgraph.corpus;

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
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.map.Iris;
import org.claimgraph.sys.Hashes;
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
        return Ontology.subPropertiesOf(CG.role);
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

    /** The most events of one entity and one time a bucket holds before the time is split into parts. */
    /*package*/ static final int PART_SIZE = 256;

    /** Hex digits of the part key for {@code n} events of one time: as few as keep each part near the bound. */
    private static int digits(long n) {
        int d = 0;
        for (long cap = PART_SIZE; n > cap; cap *= 16) {
            d++;
        }
        return d;
    }

    /** The part of an event among {@code n} events of one time. */
    private static String part(Node event, long n) {
        return Hashes.sha256Hex(event.getURI()).substring(0, digits(n));
    }

    /** Oldest first: by time, and within a time the parts in descending order (newest first they ascend). */
    private static final Comparator<String[]> OLDEST_FIRST =
            Comparator.comparing((String[] k) -> k[0]).thenComparing((String[] k) -> k[1], Comparator.reverseOrder());

    /** An entity's events of one time, by part, as they are to be written. */
    private static Map<String, Set<Node>> parts(Set<Node> events) {
        Map<String, Set<Node>> out = new TreeMap<>();
        for (Node ev : events) {
            out.computeIfAbsent(part(ev, events.size()), k -> new TreeSet<>(BY_IRI))
                    .add(ev);
        }
        return out;
    }

    /** Writes an entity's buckets and its number of events, from all its events by time. */
    /*package*/ static void write(Graph out, Node entity, Map<String, Set<Node>> byTime) {
        TreeMap<String[], Set<Node>> buckets = new TreeMap<>(OLDEST_FIRST);
        byTime.forEach((time, events) ->
                parts(events).forEach((part, inPart) -> buckets.put(new String[] {time, part}, inPart)));
        long older = 0;
        for (Map.Entry<String[], Set<Node>> b : buckets.entrySet()) {
            String time = b.getKey()[0];
            String part = b.getKey()[1];
            Node bucket = Iris.eventBucket(entity, time, part);
            writeHead(out, bucket, entity, time, part);
            b.getValue().forEach(ev -> out.add(bucket, CG.bucketEvent.asNode(), ev));
            out.add(bucket, CG.eventCount.asNode(), integer(b.getValue().size()));
            out.add(bucket, CG.olderEvents.asNode(), integer(older));
            older += b.getValue().size();
        }
        if (older > 0) {
            out.add(entity, CG.eventCount.asNode(), integer(older));
        }
    }

    /** What the index holds of one bucket. */
    private record Stored(Node node, long size, long older) {}

    /**
     * Takes the events of {@code removed} out of their buckets and puts those of {@code added} in, then sets the
     * counts of every bucket of the entities concerned again: only those whose counts moved are rewritten (an event
     * of a recent day moves the few newer buckets, not the entity's whole history). A time whose number of events
     * crosses a part bound is split again whole, so that the buckets are those {@link #write} gives.
     */
    /*package*/ static void apply(
            Graph index, Map<Node, Map<String, Set<Node>>> removed, Map<Node, Map<String, Set<Node>>> added) {
        Set<Node> entities = new LinkedHashSet<>(removed.keySet());
        entities.addAll(added.keySet());
        for (Node e : entities) {
            TreeMap<String[], Stored> stored = new TreeMap<>(OLDEST_FIRST);
            Map<String, Long> timeSizes = new TreeMap<>();
            for (Triple t : index.find(Node.ANY, CG.bucketOf.asNode(), e).toList()) {
                Node bucket = t.getSubject();
                String time = string(index, bucket, CG.bucketTime.asNode());
                String part = string(index, bucket, CG.bucketPart.asNode());
                Stored b = new Stored(
                        bucket,
                        number(index, bucket, CG.eventCount.asNode()),
                        number(index, bucket, CG.olderEvents.asNode()));
                stored.put(new String[] {time, part}, b);
                timeSizes.merge(time, b.size(), Long::sum);
            }
            Map<String[], Long> sizes = new TreeMap<>(OLDEST_FIRST);
            stored.forEach((k, b) -> sizes.put(k, b.size()));
            Set<String> times = new TreeSet<>(removed.getOrDefault(e, Map.of()).keySet());
            times.addAll(added.getOrDefault(e, Map.of()).keySet());
            for (String time : times) {
                long before = timeSizes.getOrDefault(time, 0L);
                Set<Node> gone = removed.getOrDefault(e, Map.of()).getOrDefault(time, Set.of());
                Set<Node> come = added.getOrDefault(e, Map.of()).getOrDefault(time, Set.of());
                long after = before;
                for (Node ev : gone) {
                    if (index.contains(Iris.eventBucket(e, time, part(ev, before)), CG.bucketEvent.asNode(), ev)) {
                        after--;
                    }
                }
                for (Node ev : come) {
                    boolean there =
                            index.contains(Iris.eventBucket(e, time, part(ev, before)), CG.bucketEvent.asNode(), ev);
                    if (!there && !gone.contains(ev)) {
                        after++;
                    }
                }
                if (digits(after) != digits(before)) {
                    // Split again: the time's events are read whole and written in their new parts.
                    Set<Node> now = new TreeSet<>(BY_IRI);
                    for (Map.Entry<String[], Stored> b : stored.entrySet()) {
                        if (b.getKey()[0].equals(time)) {
                            Node bucket = b.getValue().node();
                            index.find(bucket, CG.bucketEvent.asNode(), Node.ANY)
                                    .forEach(t -> now.add(t.getObject()));
                            index.remove(bucket, Node.ANY, Node.ANY);
                            sizes.remove(b.getKey());
                        }
                    }
                    now.removeAll(gone);
                    now.addAll(come);
                    for (Map.Entry<String, Set<Node>> p : parts(now).entrySet()) {
                        Node bucket = Iris.eventBucket(e, time, p.getKey());
                        writeHead(index, bucket, e, time, p.getKey());
                        p.getValue().forEach(ev -> index.add(bucket, CG.bucketEvent.asNode(), ev));
                        sizes.put(new String[] {time, p.getKey()}, (long)
                                p.getValue().size());
                    }
                    continue;
                }
                for (Node ev : gone) {
                    String part = part(ev, before);
                    Node bucket = Iris.eventBucket(e, time, part);
                    if (index.contains(bucket, CG.bucketEvent.asNode(), ev)) {
                        index.delete(bucket, CG.bucketEvent.asNode(), ev);
                        sizes.merge(new String[] {time, part}, -1L, Long::sum);
                    }
                }
                for (Node ev : come) {
                    String part = part(ev, before);
                    Node bucket = Iris.eventBucket(e, time, part);
                    if (!index.contains(bucket, CG.bucketEvent.asNode(), ev)) {
                        String[] key = {time, part};
                        if (!sizes.containsKey(key)) {
                            writeHead(index, bucket, e, time, part);
                        }
                        index.add(bucket, CG.bucketEvent.asNode(), ev);
                        sizes.merge(key, 1L, Long::sum);
                    }
                }
            }
            long older = 0;
            for (Map.Entry<String[], Long> b : sizes.entrySet()) {
                String time = b.getKey()[0];
                String part = b.getKey()[1];
                long size = b.getValue();
                Node bucket = Iris.eventBucket(e, time, part);
                Stored was = stored.get(b.getKey());
                if (size <= 0) {
                    index.remove(bucket, Node.ANY, Node.ANY);
                    continue;
                }
                if (was == null || was.size() != size || !index.contains(bucket, CG.eventCount.asNode(), Node.ANY)) {
                    index.remove(bucket, CG.eventCount.asNode(), Node.ANY);
                    index.add(bucket, CG.eventCount.asNode(), integer(size));
                }
                if (was == null || was.older() != older || !index.contains(bucket, CG.olderEvents.asNode(), Node.ANY)) {
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

    private static void writeHead(Graph out, Node bucket, Node entity, String time, String part) {
        out.add(bucket, RDF.Nodes.type, CG.EventBucket.asNode());
        out.add(bucket, CG.bucketOf.asNode(), entity);
        if (!time.isEmpty()) {
            out.add(bucket, CG.bucketTime.asNode(), NodeFactory.createLiteralString(time));
        }
        if (!part.isEmpty()) {
            out.add(bucket, CG.bucketPart.asNode(), NodeFactory.createLiteralString(part));
        }
    }

    private static String string(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY)
                .nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm())
                .orElse("");
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

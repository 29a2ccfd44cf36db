package org.claimgraph.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
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
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.map.Iris;
import org.claimgraph.store.DerivedUpdate;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Ontology;

/**
 * The index graph ({@link Iris#INDEX_GRAPH}): what pages and whole-store questions read instead of every article.
 * An entity's label and types are stated in every article that names it, and a count over the store reads every
 * claim, so at 100,000 articles a page that shows a country's label, or the claims counted by type, read a hundred
 * thousand copies. The index holds:
 *
 * <ul>
 *   <li>each entity (a {@code cg:Entity} of some article graph) once: one {@code rdfs:label} (untagged or English
 *       first, then the first in code-point order, as {@code KnowledgeView} chooses), its claimgraph types, and its
 *       {@code owl:sameAs} from the article graphs and the links graph;</li>
 *   <li>a {@code cg:ClaimCount} per (most specific event type, modality): how many claims are about such events;</li>
 *   <li>on each plain fact ({@link PlainFacts}): {@code cg:claimCount} and {@code cg:articleCount};</li>
 *   <li>each entity's article events by time ({@link EventBuckets}), with its number of events.</li>
 * </ul>
 *
 * Like the facts graph, it depends only on the article graphs (and the links graph), so {@link #incremental} (each
 * article's part, added or taken away) and {@link #compute} (all of it) end in the same graph.
 *
 * <pre>
 * Graph index = CorpusIndex.compute(dsg);                    // in a read or write transaction
 * store.store(valid, CorpusIndex.incremental());            // kept in step with one article
 * </pre>
 */
public final class CorpusIndex {
    private CorpusIndex() {}

    private static final Node TYPE = RDF.Nodes.type;
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node SAME_AS = OWL2.sameAs.asNode();
    private static final Node ENTITY = CG.Entity.asNode();

    /** Untagged or English labels first, then by text; the whole term last, so that the choice is a total order. */
    private static final Comparator<Node> LABEL_ORDER = Comparator.comparing(
                    (Node l) -> isPreferred(l.getLiteralLanguage()) ? 0 : 1)
            .thenComparing(Node::getLiteralLexicalForm)
            .thenComparing((Node l) -> l.toString());

    private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::getURI);

    /** What one article graph states about an entity. */
    private record EntityPart(Set<Node> labels, Set<Node> types, Set<Node> sameAs) {
        EntityPart() {
            this(new LinkedHashSet<>(), new TreeSet<>(BY_IRI), new TreeSet<>(BY_IRI));
        }

        void addAll(EntityPart other) {
            labels.addAll(other.labels);
            types.addAll(other.types);
            sameAs.addAll(other.sameAs);
        }
    }

    /** A claim count's key: the event type and the modality. */
    private record CountKey(Node type, Node modality) {
        String sortKey() {
            return type.getURI() + "\n" + modality.getURI();
        }
    }

    /** What one article graph adds to the index: its entities, its claims counted, its facts' claims and articles. */
    private record Part(
            Map<Node, EntityPart> entities,
            Map<CountKey, Long> claims,
            Map<Node, long[]> facts,
            Map<Node, Map<String, Set<Node>>> buckets) {}

    /** The index of every article graph of a dataset (inside a transaction). */
    public static Graph compute(DatasetGraph dsg) {
        Map<Node, EntityPart> entities = new TreeMap<>(BY_IRI);
        Map<CountKey, Long> claims = new TreeMap<>(Comparator.comparing(CountKey::sortKey));
        Map<Node, long[]> facts = new TreeMap<>(BY_IRI);
        Map<Node, Map<String, Set<Node>>> buckets = new TreeMap<>(BY_IRI);
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (!Iris.isArticleGraph(g)) {
                continue;
            }
            Part p = part(dsg.getGraph(g));
            p.entities()
                    .forEach((e, ep) ->
                            entities.computeIfAbsent(e, k -> new EntityPart()).addAll(ep));
            p.claims().forEach((k, n) -> claims.merge(k, n, Long::sum));
            p.facts().forEach((f, n) -> {
                long[] sum = facts.computeIfAbsent(f, k -> new long[2]);
                sum[0] += n[0];
                sum[1] += n[1];
            });
            EventBuckets.addAll(buckets, p.buckets());
        }
        Graph links = dsg.getGraph(Iris.LINKS_GRAPH);
        Graph out = GraphFactory.createDefaultGraph();
        entities.forEach((e, ep) -> {
            links.find(e, SAME_AS, Node.ANY).forEach(t -> ep.sameAs().add(t.getObject()));
            writeEntity(out, e, ep);
        });
        claims.forEach((k, n) -> writeCount(out, k, n));
        facts.forEach((f, n) -> writeFact(out, f, n[0], n[1]));
        buckets.forEach((e, byTime) -> EventBuckets.write(out, e, byTime));
        return out;
    }

    /**
     * Keeps the index in step with a change of article graphs, in the change's own write transaction: the counts of
     * the graphs leaving are taken off, those of the graphs arriving put on; an arriving entity's label, types and
     * links are merged in; an entity a leaving graph named is read again from the graphs that stay. Ends where
     * {@link #compute} would.
     */
    public static DerivedUpdate incremental() {
        return (dsg, leaving) -> {
            List<Part> gone = new ArrayList<>();
            for (Node g : leaving) {
                if (dsg.containsGraph(g)) {
                    gone.add(part(dsg.getGraph(g)));
                }
            }
            return arrived -> {
                List<Part> come = new ArrayList<>();
                for (Node g : arrived) {
                    come.add(part(dsg.getGraph(g)));
                }
                apply(dsg, gone, come);
            };
        };
    }

    private static void apply(DatasetGraph dsg, List<Part> gone, List<Part> come) {
        Graph index = dsg.getGraph(Iris.INDEX_GRAPH);
        Map<CountKey, Long> claims = new LinkedHashMap<>();
        Map<Node, long[]> facts = new LinkedHashMap<>();
        Set<Node> reread = new LinkedHashSet<>();
        Map<Node, Map<String, Set<Node>>> bucketsGone = new LinkedHashMap<>();
        Map<Node, Map<String, Set<Node>>> bucketsCome = new LinkedHashMap<>();
        for (Part p : gone) {
            EventBuckets.addAll(bucketsGone, p.buckets());
            p.claims().forEach((k, n) -> claims.merge(k, -n, Long::sum));
            p.facts().forEach((f, n) -> add(facts, f, -n[0], -n[1]));
            reread.addAll(p.entities().keySet());
        }
        Map<Node, EntityPart> merged = new LinkedHashMap<>();
        for (Part p : come) {
            EventBuckets.addAll(bucketsCome, p.buckets());
            p.claims().forEach((k, n) -> claims.merge(k, n, Long::sum));
            p.facts().forEach((f, n) -> add(facts, f, n[0], n[1]));
            p.entities()
                    .forEach((e, ep) ->
                            merged.computeIfAbsent(e, k -> new EntityPart()).addAll(ep));
        }
        claims.forEach((k, delta) -> {
            if (delta != 0) {
                Node node = Iris.claimCount(k.type(), k.modality());
                long n = number(index, node, CG.claimCount.asNode()) + delta;
                index.remove(node, Node.ANY, Node.ANY);
                if (n > 0) {
                    writeCount(index, k, n);
                }
            }
        });
        facts.forEach((f, delta) -> {
            if (delta[0] != 0 || delta[1] != 0) {
                long c = number(index, f, CG.claimCount.asNode()) + delta[0];
                long a = number(index, f, CG.articleCount.asNode()) + delta[1];
                index.remove(f, Node.ANY, Node.ANY);
                if (c > 0) {
                    writeFact(index, f, c, a);
                }
            }
        });
        Graph links = dsg.getGraph(Iris.LINKS_GRAPH);
        merged.forEach((e, ep) -> {
            if (reread.contains(e)) {
                return; // Read again whole below.
            }
            EntityPart current = stored(index, e);
            if (current.types().isEmpty()) {
                // New to the index: a link made for it earlier counts too.
                links.find(e, SAME_AS, Node.ANY).forEach(t -> ep.sameAs().add(t.getObject()));
            }
            ep.addAll(current);
            removeEntity(index, e);
            writeEntity(index, e, ep);
        });
        for (Node e : reread) {
            removeEntity(index, e);
            EntityPart ep = fromStore(dsg, e);
            if (ep != null) {
                writeEntity(index, e, ep);
            }
        }
        EventBuckets.apply(index, bucketsGone, bucketsCome);
    }

    /** Removes what the index says of an entity itself (its events are counted apart, by the buckets). */
    private static void removeEntity(Graph index, Node e) {
        for (Node p : List.of(LABEL, TYPE, SAME_AS)) {
            index.remove(e, p, Node.ANY);
        }
    }

    private static void add(Map<Node, long[]> sums, Node key, long claims, long articles) {
        long[] s = sums.computeIfAbsent(key, k -> new long[2]);
        s[0] += claims;
        s[1] += articles;
    }

    /** What the index holds about an entity now. */
    private static EntityPart stored(Graph index, Node e) {
        EntityPart ep = new EntityPart();
        index.find(e, Node.ANY, Node.ANY).forEach(t -> collect(ep, t));
        return ep;
    }

    /** What the article graphs and the links graph state about an entity, or null when none types it an entity. */
    private static EntityPart fromStore(DatasetGraph dsg, Node e) {
        EntityPart ep = new EntityPart();
        boolean entity = false;
        for (Node p : List.of(TYPE, LABEL, SAME_AS)) {
            Iterator<Quad> it = dsg.find(Node.ANY, e, p, Node.ANY);
            try {
                while (it.hasNext()) {
                    Quad q = it.next();
                    if (Iris.isArticleGraph(q.getGraph())) {
                        entity |= p.equals(TYPE) && q.getObject().equals(ENTITY);
                        collect(ep, q.asTriple());
                    } else if (p.equals(SAME_AS) && q.getGraph().equals(Iris.LINKS_GRAPH)) {
                        collect(ep, q.asTriple());
                    }
                }
            } finally {
                org.apache.jena.atlas.iterator.Iter.close(it);
            }
        }
        return entity ? ep : null;
    }

    /** Adds a triple about an entity to what is known of it, if it is one the index keeps. */
    private static void collect(EntityPart ep, Triple t) {
        Node p = t.getPredicate();
        Node o = t.getObject();
        if (p.equals(TYPE) && o.isURI() && o.getURI().startsWith(CG.NS)) {
            ep.types().add(o);
        } else if (p.equals(LABEL) && o.isLiteral()) {
            ep.labels().add(o);
        } else if (p.equals(SAME_AS) && o.isURI()) {
            ep.sameAs().add(o);
        }
    }

    private static long number(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY)
                .nextOptional()
                .map(t -> ((Number) t.getObject().getLiteralValue()).longValue())
                .orElse(0L);
    }

    private static void writeEntity(Graph out, Node e, EntityPart ep) {
        ep.labels().stream().min(LABEL_ORDER).ifPresent(l -> out.add(e, LABEL, l));
        ep.types().forEach(t -> out.add(e, TYPE, t));
        ep.sameAs().forEach(w -> out.add(e, SAME_AS, w));
    }

    private static void writeCount(Graph out, CountKey k, long n) {
        Node node = Iris.claimCount(k.type(), k.modality());
        out.add(node, TYPE, CG.ClaimCount.asNode());
        out.add(node, CG.countedType.asNode(), k.type());
        out.add(node, CG.countedModality.asNode(), k.modality());
        out.add(node, CG.claimCount.asNode(), integer(n));
    }

    private static void writeFact(Graph out, Node fact, long claims, long articles) {
        out.add(fact, CG.claimCount.asNode(), integer(claims));
        out.add(fact, CG.articleCount.asNode(), integer(articles));
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static boolean isPreferred(String lang) {
        String l = lang.toLowerCase(java.util.Locale.ROOT);
        return l.isEmpty() || l.equals("en") || l.startsWith("en-");
    }

    /** One article graph's part of the index. */
    private static Part part(Graph article) {
        Map<Node, EntityPart> entities = new LinkedHashMap<>();
        article.find(Node.ANY, TYPE, ENTITY).forEach(t -> {
            Node e = t.getSubject();
            if (e.isURI()) {
                EntityPart ep = new EntityPart();
                article.find(e, Node.ANY, Node.ANY).forEach(x -> collect(ep, x));
                entities.put(e, ep);
            }
        });
        Map<CountKey, Set<Node>> byKey = new HashMap<>();
        Map<Set<Node>, List<Node>> specific = new HashMap<>();
        article.find(Node.ANY, TYPE, CG.Claim.asNode()).forEach(t -> {
            Node claim = t.getSubject();
            List<Node> modalities = objects(article, claim, CG.modality.asNode());
            for (Node about : objects(article, claim, CG.about.asNode())) {
                Set<Node> types = new LinkedHashSet<>(objects(article, about, TYPE));
                for (Node type : specific.computeIfAbsent(types, CorpusIndex::specificTypes)) {
                    for (Node m : modalities) {
                        if (m.isURI()) {
                            byKey.computeIfAbsent(new CountKey(type, m), k -> new HashSet<>())
                                    .add(claim);
                        }
                    }
                }
            }
        });
        Map<CountKey, Long> claims = new LinkedHashMap<>();
        byKey.forEach((k, s) -> claims.put(k, (long) s.size()));
        Map<Node, long[]> facts = new LinkedHashMap<>();
        PlainFacts.claimsByFact(article).forEach((fact, factClaims) -> {
            Set<Node> articles = new HashSet<>();
            for (Node c : factClaims) {
                articles.addAll(objects(article, c, org.claimgraph.vocab.PROV.wasDerivedFrom.asNode()));
            }
            facts.put(fact, new long[] {factClaims.size(), articles.size()});
        });
        return new Part(entities, claims, facts, EventBuckets.of(article));
    }

    /**
     * The claimgraph types among {@code types} that none of the others is a subclass of (the event's most specific
     * types, as bundled query 06 has always counted them).
     */
    private static List<Node> specificTypes(Set<Node> types) {
        List<Node> out = new ArrayList<>();
        for (Node t : types) {
            if (!t.isURI() || !t.getURI().startsWith(CG.NS)) {
                continue;
            }
            var tr = ResourceFactory.createResource(t.getURI());
            boolean narrower = types.stream()
                    .anyMatch(o -> o.isURI()
                            && !o.equals(t)
                            && Ontology.isSubClassOf(ResourceFactory.createResource(o.getURI()), tr));
            if (!narrower) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }
}

package org.claimgraph.map;

import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.mention.Entity;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.WD;

/**
 * The one place that builds claimgraph IRIs ({@code https://w3id.org/claimgraph/id/...}), each from stable
 * keys, so that the same article processed twice gives the same IRIs:
 * <ul>
 * <li>article: {@code id/article/<sha256 of text>}; its NIF context and spans are fragments of it
 * ({@code #char=0,1234}, RFC 5147);</li>
 * <li>named graph: {@code id/graph/<sha256>};</li>
 * <li>entity: {@code id/entity/<gazetteer key>} or {@code id/entity/local/<type>/<slug>};</li>
 * <li>event, claim, conflict: {@code id/<kind>/<first 16 hex of the hash>/<position in the text>};</li>
 * <li>cross-article event and conflict: {@code id/event/corpus/...}, {@code id/conflict/corpus/...}, keyed by
 * their members.</li>
 * </ul>
 */
public final class Iris {
    private Iris() {}

    /** The graph holding the ontology in a store. */
    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(CG.ONTOLOGY_IRI);
    /** The graph holding the bundled extract of Wikidata facts about gazetteer entities (offline enrichment). */
    public static final Node WIKIDATA_GRAPH = uri("graph/wikidata");
    /** The graph holding the links {@code claimgraph link} made, with their reasons; article graphs stay untouched. */
    public static final Node LINKS_GRAPH = uri("graph/links");

    /**
     * The graph of cross-article events: events several articles report, the per-article events that are the
     * same as each ({@code cg:sameEventAs}), and conflicts between articles. Recomputed from the article graphs.
     */
    public static final Node EVENTS_GRAPH = uri("graph/events");

    /**
     * The graph of the plain-facts view: asserted claims as direct edges between entities, each reified by a
     * {@code cg:Fact} naming its claims. Recomputed from the article graphs.
     */
    public static final Node FACTS_GRAPH = uri("graph/facts");

    /**
     * The index graph: each entity once with one label, its types and its Wikidata links; claims counted by event
     * type and modality; each plain fact's claims and articles counted. Recomputed from the article graphs, so that
     * pages and whole-store counts read a few triples instead of every article naming an entity.
     */
    public static final Node INDEX_GRAPH = uri("graph/index");

    /**
     * True for the graphs a store holds besides article graphs (ontology, Wikidata extract, links, events, facts,
     * index).
     */
    public static boolean isReferenceGraph(Node graph) {
        return graph.equals(ONTOLOGY_GRAPH)
                || graph.equals(WIKIDATA_GRAPH)
                || graph.equals(LINKS_GRAPH)
                || graph.equals(EVENTS_GRAPH)
                || graph.equals(FACTS_GRAPH)
                || graph.equals(INDEX_GRAPH);
    }

    /**
     * The reifier of a plain fact, keyed by its triple (the IRIs of subject, property and object):
     * {@code id/fact/<16 hex>}, the same in every store that holds that edge.
     */
    public static Node fact(Node subject, Node property, Node object) {
        return uri("fact/" + shortHash(sha256(subject.getURI() + "\n" + property.getURI() + "\n" + object.getURI())));
    }

    /**
     * A claim count of the index graph, keyed by the event type and modality it counts (their IRIs):
     * {@code id/count/<16 hex>}.
     */
    public static Node claimCount(Node eventType, Node modality) {
        return uri("count/" + shortHash(sha256(eventType.getURI() + "\n" + modality.getURI())));
    }

    /**
     * An event bucket of the index graph, keyed by its entity's IRI, its time (empty for the undated) and its part
     * (empty for a time in one part): {@code id/bucket/<16 hex>}.
     */
    public static Node eventBucket(Node entity, String time, String part) {
        return uri("bucket/" + shortHash(sha256(entity.getURI() + "\n" + time + "\n" + part)));
    }

    /** True for an article's graph: {@code id/graph/<64 hex>}. */
    public static boolean isArticleGraph(Node graph) {
        return graph.isURI()
                && graph.getURI().startsWith(CG.ID_NS + "graph/")
                && graph.getURI().substring((CG.ID_NS + "graph/").length()).matches("[0-9a-f]{64}");
    }

    /** The Wikidata item with this id ({@code Q7184}): {@code http://www.wikidata.org/entity/Q7184}. */
    public static Node wikidataItem(String qid) {
        if (!qid.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("not a Wikidata item id: " + qid);
        }
        return NodeFactory.createURI(WD.ENTITY + qid);
    }

    public static Node article(String hash) {
        return uri("article/" + hash);
    }

    /** The NIF context: the whole text, as the span from 0 to its length in code points. */
    public static Node context(String hash, int lengthInCodePoints) {
        return span(hash, 0, lengthInCodePoints);
    }

    /** A span of the text, offsets in code points. */
    public static Node span(String hash, int begin, int end) {
        return uri("article/" + hash + "#char=" + begin + "," + end);
    }

    public static Node graph(String hash) {
        return uri("graph/" + hash);
    }

    public static Node entity(Entity e) {
        return uri("entity/" + e.key());
    }

    /**
     * A position (an office as an entity), keyed by the key of the state or body it belongs to ({@code any} when
     * the text names none) and the office's words, folded: "Secretary-General" of NATO is
     * {@code position/nato/secretary-general}.
     */
    public static Node position(java.util.Optional<String> officeOfKey, String office) {
        return uri("position/" + officeOfKey.orElse("any") + "/" + org.claimgraph.mention.Slugs.slug(office));
    }

    /** The gazetteer key (or local key) of an entity IRI made by {@link #entity}, if it is one. */
    public static java.util.Optional<String> entityKey(Node entity) {
        String prefix = CG.ID_NS + "entity/";
        return entity.isURI() && entity.getURI().startsWith(prefix)
                ? java.util.Optional.of(entity.getURI().substring(prefix.length()))
                : java.util.Optional.empty();
    }

    /** An event, keyed by the article, its type and the offset of its first claim. */
    public static Node event(String hash, String kind, int firstOffset, int nth) {
        return uri("event/" + shortHash(hash) + "/" + kind.toLowerCase(Locale.ROOT) + "-" + firstOffset
                + (nth > 0 ? "-" + nth : ""));
    }

    /** A claim, keyed by its evidence span and rule. */
    public static Node claim(String hash, int begin, int end, String rule, int nth) {
        return uri("claim/" + shortHash(hash) + "/" + begin + "-" + end + "-" + rule.replaceAll("[^A-Za-z0-9.-]", "-")
                + (nth > 0 ? "-" + nth : ""));
    }

    /**
     * A cross-article event, keyed by its type and the IRI of its first member (the per-article event with the
     * smallest IRI): {@code id/event/corpus/<kind>-<16 hex>}. Stable while that member is in the store.
     */
    public static Node corpusEvent(String kind, Node firstMember) {
        return uri("event/corpus/" + kind.toLowerCase(Locale.ROOT) + "-" + shortHash(sha256(firstMember.getURI())));
    }

    /** A conflict between articles, keyed by the claims it is between (sorted IRIs). */
    public static Node corpusConflict(List<Node> claims) {
        StringBuilder key = new StringBuilder();
        claims.stream().map(Node::getURI).sorted().forEach(c -> key.append(c).append('\n'));
        return uri("conflict/corpus/" + shortHash(sha256(key.toString())));
    }

    private static String sha256(String s) {
        return org.claimgraph.sys.Hashes.sha256Hex(s);
    }

    public static Node conflict(String hash, int nth) {
        return uri("conflict/" + shortHash(hash) + "/" + nth);
    }

    private static String shortHash(String hash) {
        return hash.substring(0, 16);
    }

    private static Node uri(String path) {
        return NodeFactory.createURI(CG.ID_NS + path);
    }
}

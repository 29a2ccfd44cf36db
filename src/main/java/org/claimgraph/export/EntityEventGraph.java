package org.claimgraph.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.claimgraph.query.KnowledgeView;
import org.claimgraph.query.KnowledgeView.ClaimInfo;
import org.claimgraph.query.KnowledgeView.RoleValue;
import org.claimgraph.vocab.CG;

/**
 * The entity/event graph that the GraphML and GEXF exports write: every entity and event is a node; every
 * filled role is an edge from the event to the entity, labelled with the role; {@code cg:subEventOf} and
 * {@code cg:partOf} are edges too. Every edge's ends are nodes. Nodes and edges come in a stable order, so
 * the same store exports to the same file.
 */
/*package*/ final class EntityEventGraph {
    /** Entity colours by most specific type: the explorer's palette (explorer.css, claimgraph.js). */
    static final Map<String, String> COLORS = Map.ofEntries(
            Map.entry("Person", "#c0392b"),
            Map.entry("Organization", "#2f6fdf"),
            Map.entry("Alliance", "#1f3f99"),
            Map.entry("Country", "#23834b"),
            Map.entry("City", "#6ea82f"),
            Map.entry("Place", "#8d6748"),
            Map.entry("Equipment", "#d98c14"),
            Map.entry("Assistance", "#a05ba0"),
            Map.entry("Entity", "#7a7a7a"),
            Map.entry("Event", "#4a4a4a"));

    /**
     * A node.
     *
     * @param id        the node's id in the file ({@code n0}, {@code n1}, …)
     * @param iri       the resource
     * @param label     its label
     * @param kind      {@code entity} or {@code event}
     * @param type      its most specific claimgraph type, local name ({@code Person}, {@code Visit})
     * @param wikidata  the Wikidata Q-id, or empty
     * @param date      for an event: its date, or bounds as {@code ≥date} / {@code ≤date}; else empty
     * @param modality  for an event: the modalities of its claims, sorted, joined by "; "
     * @param claims    for an event: the number of its claims
     */
    record GNode(
            String id,
            String iri,
            String label,
            String kind,
            String type,
            String wikidata,
            String date,
            String modality,
            int claims) {
        boolean isEvent() {
            return "event".equals(kind);
        }

        String color() {
            return COLORS.getOrDefault(isEvent() ? "Event" : type, COLORS.get("Entity"));
        }
    }

    /**
     * An edge.
     *
     * @param id       the edge's id ({@code e0}, …)
     * @param source   source node id
     * @param target   target node id
     * @param role     the relation's label ({@code visitor}, {@code sub-event of})
     * @param property the relation's IRI
     * @param claims   for a plain fact: the number of claims behind it (its weight); 0 for a role edge
     */
    record GEdge(String id, String source, String target, String role, String property, int claims) {}

    final List<GNode> nodes;
    final List<GEdge> edges;
    /** What the graph shows, for the files' descriptions. */
    final String description;

    private EntityEventGraph(List<GNode> nodes, List<GEdge> edges, String description) {
        this.nodes = nodes;
        this.edges = edges;
        this.description = description;
    }

    /**
     * The plain-facts view as a graph (inside a read transaction): the entities that the edges of
     * {@code facts} join are the nodes, each edge is an edge labelled with its property and weighted by the number
     * of claims behind it ({@code cg:fromClaim} of the fact that reifies it). Edges in the order of their subject,
     * property and object IRIs, so the same store exports to the same file.
     */
    static EntityEventGraph facts(KnowledgeView kv, org.apache.jena.graph.Graph facts) {
        Set<Node> properties = new java.util.HashSet<>();
        org.claimgraph.corpus.PlainFacts.rules().forEach(r -> properties.add(r.property()));
        List<org.apache.jena.graph.Triple> edges = new ArrayList<>(facts.find()
                .filterKeep(
                        t -> t.getSubject().isURI() && t.getObject().isURI() && properties.contains(t.getPredicate()))
                .toList());
        edges.sort(java.util.Comparator.comparing(
                        (org.apache.jena.graph.Triple t) -> t.getSubject().getURI())
                .thenComparing(t -> t.getPredicate().getURI())
                .thenComparing(t -> t.getObject().getURI()));
        Set<Node> resources = new java.util.TreeSet<>(java.util.Comparator.comparing(Node::getURI));
        edges.forEach(t -> {
            resources.add(t.getSubject());
            resources.add(t.getObject());
        });
        Map<Node, GNode> nodes = new LinkedHashMap<>();
        int n = 0;
        for (Node r : resources) {
            nodes.put(
                    r,
                    new GNode(
                            "n" + n++,
                            r.getURI(),
                            kv.label(r),
                            "entity",
                            KnowledgeView.localName(kv.mainType(r).getURI()),
                            kv.wikidataId(r).orElse(""),
                            "",
                            "",
                            0));
        }
        List<GEdge> out = new ArrayList<>();
        for (org.apache.jena.graph.Triple t : edges) {
            Node fact = org.claimgraph.map.Iris.fact(t.getSubject(), t.getPredicate(), t.getObject());
            int claims =
                    facts.find(fact, CG.fromClaim.asNode(), Node.ANY).toList().size();
            out.add(new GEdge(
                    "e" + out.size(),
                    nodes.get(t.getSubject()).id(),
                    nodes.get(t.getObject()).id(),
                    kv.label(t.getPredicate()),
                    t.getPredicate().getURI(),
                    claims));
        }
        return new EntityEventGraph(
                List.copyOf(nodes.values()),
                List.copyOf(out),
                "Plain facts: relations between entities that articles assert, each weighted by its claims");
    }

    /** Builds the graph from a view (inside a read transaction). */
    static EntityEventGraph of(KnowledgeView kv) {
        Set<Node> resources = new LinkedHashSet<>();
        kv.instances(CG.Entity).forEach(resources::add);
        kv.instances(CG.Event).forEach(resources::add);
        // Entities that fill a role but were not typed still appear (the data should type them all).
        for (Node ev : kv.instances(CG.Event)) {
            kv.roles(ev).stream().map(RoleValue::value).filter(Node::isURI).forEach(resources::add);
        }
        Map<Node, GNode> nodes = new LinkedHashMap<>();
        int n = 0;
        for (Node r : resources) {
            if (!r.isURI()) {
                continue;
            }
            boolean event = kv.isEvent(r);
            String type = KnowledgeView.localName(kv.mainType(r).getURI());
            String date = "";
            String modality = "";
            int claims = 0;
            if (event) {
                date = dateOf(kv.when(r));
                List<ClaimInfo> cs = kv.claimsAbout(r);
                claims = cs.size();
                modality = String.join(
                        "; ",
                        cs.stream()
                                .map(c -> c.modality().map(kv::label).orElse(""))
                                .filter(s -> !s.isEmpty())
                                .distinct()
                                .sorted()
                                .toList());
            }
            nodes.put(
                    r,
                    new GNode(
                            "n" + n++,
                            r.getURI(),
                            kv.label(r),
                            event ? "event" : "entity",
                            type,
                            kv.wikidataId(r).orElse(""),
                            date,
                            modality,
                            claims));
        }
        List<GEdge> edges = new ArrayList<>();
        for (Map.Entry<Node, GNode> e : nodes.entrySet()) {
            Node r = e.getKey();
            if (e.getValue().isEvent()) {
                for (RoleValue role : kv.roles(r)) {
                    addEdge(
                            edges,
                            nodes,
                            r,
                            role.value(),
                            role.label(),
                            role.property().getURI());
                }
                for (Node parent : kv.objects(r, CG.subEventOf.asNode())) {
                    addEdge(edges, nodes, r, parent, kv.label(CG.subEventOf.asNode()), CG.subEventOf.getURI());
                }
            } else {
                for (Node whole : kv.objects(r, CG.partOf.asNode())) {
                    addEdge(edges, nodes, r, whole, kv.label(CG.partOf.asNode()), CG.partOf.getURI());
                }
            }
        }
        return new EntityEventGraph(
                List.copyOf(nodes.values()),
                List.copyOf(edges),
                "Events and the entities in their roles, from claims found in news articles");
    }

    private static void addEdge(
            List<GEdge> edges, Map<Node, GNode> nodes, Node from, Node to, String label, String property) {
        GNode s = nodes.get(from);
        GNode t = nodes.get(to);
        if (s != null && t != null) {
            edges.add(new GEdge("e" + edges.size(), s.id(), t.id(), label, property, 0));
        }
    }

    /** A date for tables: the date itself, else the bounds as "≥x" and "≤y". */
    static String dateOf(KnowledgeView.When w) {
        if (w.date().isPresent()) {
            return w.date().get().getLiteralLexicalForm();
        }
        List<String> parts = new ArrayList<>();
        w.notBefore().ifPresent(d -> parts.add("≥" + d.getLiteralLexicalForm()));
        w.notAfter().ifPresent(d -> parts.add("≤" + d.getLiteralLexicalForm()));
        return String.join(" ", parts);
    }

    /**
     * Text made safe for XML 1.0: characters XML cannot hold (most C0 controls, unpaired surrogates,
     * U+FFFE/U+FFFF) become U+FFFD, so a stray control character in an article cannot break the file.
     */
    static String xmlSafe(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            boolean ok = cp == 0x9
                    || cp == 0xA
                    || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF);
            b.appendCodePoint(ok ? cp : 0xFFFD);
        });
        return b.toString();
    }
}

package org.claimgraph.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.extract.EventIdentity;
import org.claimgraph.extract.EventKind;
import org.claimgraph.extract.Role;
import org.claimgraph.extract.TimePoint;
import org.claimgraph.extract.TimeSpec;
import org.claimgraph.map.Iris;
import org.claimgraph.map.Terms;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Ontology;

/**
 * Reads the events of a store's article graphs as {@link ArticleReport}s: the reverse of what {@code map} writes
 * (roles and types through {@link Terms}, times from their XSD literals). Call inside a read transaction.
 */
/*package*/ final class ArticleReports {
    private final DatasetGraph dsg;
    private final Map<Node, Integer> depth = new HashMap<>();

    ArticleReports(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Every event of every article graph, in the store's order. */
    List<ArticleReport> all() {
        List<ArticleReport> out = new ArrayList<>();
        var it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), CG.Event.asNode());
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                if (Iris.isArticleGraph(q.getGraph())) {
                    read(q.getGraph(), q.getSubject()).ifPresent(out::add);
                }
            }
        } finally {
            Iter.close(it);
        }
        return out;
    }

    /** The events of one article graph. */
    List<ArticleReport> inGraph(Node graph) {
        List<ArticleReport> out = new ArrayList<>();
        var it = dsg.find(graph, Node.ANY, RDF.type.asNode(), CG.Event.asNode());
        try {
            while (it.hasNext()) {
                read(graph, it.next().getSubject()).ifPresent(out::add);
            }
        } finally {
            Iter.close(it);
        }
        return out;
    }

    /** One event of an article graph as a report; empty when it is not an event of a type the merge knows. */
    Optional<ArticleReport> read(Node graph, Node event) {
        List<Node> types = new ArrayList<>();
        Map<Role, Set<Node>> roles = new EnumMap<>(Role.class);
        Node date = null;
        Node notBefore = null;
        Node notAfter = null;
        Node delivery = null;
        Integer quantity = null;
        String content = null;
        String office = null;
        String position = null;
        var it = dsg.find(graph, event, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                Node p = q.getPredicate();
                Node o = q.getObject();
                Optional<Role> role = Terms.role(p);
                if (p.equals(RDF.type.asNode())) {
                    types.add(o);
                } else if (role.isPresent() && o.isURI()) {
                    roles.computeIfAbsent(role.get(), x -> new TreeSet<>(Comparator.comparing(Node::getURI)))
                            .add(o);
                } else if (p.equals(CG.date.asNode())) {
                    date = o;
                } else if (p.equals(CG.notBefore.asNode())) {
                    notBefore = o;
                } else if (p.equals(CG.notAfter.asNode())) {
                    notAfter = o;
                } else if (p.equals(CG.deliveryDate.asNode())) {
                    delivery = o;
                } else if (p.equals(CG.quantity.asNode()) && o.isLiteral()) {
                    quantity = quantity(o);
                } else if (p.equals(CG.content.asNode()) && o.isLiteral()) {
                    content = o.getLiteralLexicalForm();
                } else if (p.equals(CG.office.asNode()) && o.isLiteral()) {
                    office = o.getLiteralLexicalForm();
                } else if (p.equals(CG.position.asNode()) && o.isURI()) {
                    position = o.getURI();
                }
            }
        } finally {
            Iter.close(it);
        }
        Optional<Node> kindClass = types.stream()
                .filter(t -> Terms.kind(t).isPresent())
                .max(Comparator.comparingInt(this::depth).thenComparing(Node::getURI));
        if (kindClass.isEmpty()) {
            return Optional.empty();
        }
        EventKind kind = Terms.kind(kindClass.get()).orElseThrow();
        List<Node> claims = new ArrayList<>();
        boolean negated = true;
        var cs = dsg.find(graph, Node.ANY, CG.about.asNode(), event);
        try {
            while (cs.hasNext()) {
                Node c = cs.next().getSubject();
                claims.add(c);
                negated &= dsg.contains(graph, c, CG.modality.asNode(), CG.Negated.asNode());
            }
        } finally {
            Iter.close(cs);
        }
        claims.sort(Comparator.comparing(Node::getURI));
        TimeSpec time = new TimeSpec(point(date), point(notBefore), point(notAfter), "", "");
        TimeSpec deliveryTime = point(delivery).map(d -> TimeSpec.on(d, "")).orElse(TimeSpec.NONE);
        EventIdentity.Report<Node> facts = new EventIdentity.Report<>(
                kind,
                roles,
                Optional.ofNullable(quantity),
                Optional.ofNullable(content),
                // The position, where the mapper gave one, is the office as offices are compared across texts.
                position != null ? Optional.of(position) : Optional.ofNullable(office),
                time,
                deliveryTime,
                negated && !claims.isEmpty());
        return Optional.of(new ArticleReport(graph, event, kindClass.get(), List.copyOf(claims), facts));
    }

    private int depth(Node cls) {
        return depth.computeIfAbsent(
                cls,
                c -> Ontology.withSuperclasses(ResourceFactory.createResource(c.getURI()))
                        .size());
    }

    /** A date literal as written by the mapper (xsd:date, gYearMonth or gYear); empty for anything else. */
    private static Optional<TimePoint> point(Node literal) {
        return literal == null || !literal.isLiteral()
                ? Optional.empty()
                : TimePoint.parseTimex(literal.getLiteralLexicalForm());
    }

    private static Integer quantity(Node literal) {
        try {
            return Integer.valueOf(literal.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package org.claimgraph.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.extract.EventIdentity;
import org.claimgraph.extract.Role;
import org.claimgraph.extract.TimeSpec;
import org.claimgraph.map.Iris;
import org.claimgraph.map.Terms;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Ontology;

/**
 * Writes one cross-article event per cluster into the events graph: its types, the union of its reports'
 * roles, the most precise date they agree on, a label, a {@code cg:mergeReason}, {@code cg:sameEventAs} from
 * each report, and a {@code cg:Conflict} between the articles' claims when the dates of a once-only event
 * cannot all hold.
 */
/*package*/ final class EventsGraphWriter {
    private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::getURI);

    private final DatasetGraph dsg;
    private final EventIdentity identity;
    private final Graph out;
    private final Map<Node, String> labels = new HashMap<>();

    EventsGraphWriter(DatasetGraph dsg, EventIdentity identity, Graph out) {
        this.dsg = dsg;
        this.identity = identity;
        this.out = out;
    }

    /** Writes the cluster's event; returns the number of conflicts written (0 or 1). */
    int write(List<ArticleReport> cluster, Role main) {
        ArticleReport first = cluster.get(0);
        Resource kindRes = ResourceFactory.createResource(first.kind().getURI());
        Node node = Iris.corpusEvent(kindRes.getLocalName(), first.event());
        for (Resource cls : Ontology.withSuperclasses(kindRes)) {
            add(node, RDF.type.asNode(), cls.asNode());
        }
        Map<Node, Set<Node>> roles = new TreeMap<>(BY_IRI);
        for (ArticleReport r : cluster) {
            r.facts()
                    .roles()
                    .forEach((role, fillers) -> roles.computeIfAbsent(
                                    Terms.property(role).asNode(), x -> new TreeSet<>(BY_IRI))
                            .addAll(fillers));
            add(r.event(), CG.sameEventAs.asNode(), node);
        }
        roles.forEach((p, fillers) -> fillers.forEach(f -> add(node, p, f)));
        first.facts().content().ifPresent(c -> add(node, CG.content.asNode(), NodeFactory.createLiteralString(c)));
        first.facts().office().ifPresent(o -> add(node, CG.office.asNode(), NodeFactory.createLiteralString(o)));

        // Dates: the distinct times the reports give; the most precise one when they all agree.
        Map<String, List<ArticleReport>> byTime = new TreeMap<>();
        for (ArticleReport r : cluster) {
            if (r.facts().time().isResolved()) {
                byTime.computeIfAbsent(r.facts().time().describe(), k -> new ArrayList<>())
                        .add(r);
            }
        }
        List<TimeSpec> times =
                byTime.values().stream().map(rs -> rs.get(0).facts().time()).toList();
        boolean agree = true;
        for (int i = 0; i < times.size() && agree; i++) {
            for (int j = i + 1; j < times.size(); j++) {
                if (!times.get(i).compatibleWith(times.get(j))) {
                    agree = false;
                    break;
                }
            }
        }
        if (agree) {
            times.stream()
                    .filter(t -> t.date().isPresent())
                    .min(Comparator.comparingInt(TimeSpec::dateSpanDays).thenComparing(TimeSpec::describe))
                    .ifPresent(t ->
                            add(node, CG.date.asNode(), Terms.literal(t.date().orElseThrow())));
        }
        long articles = cluster.stream().map(ArticleReport::graph).distinct().count();
        String kindLabel = Ontology.label(kindRes);
        Node mainProperty = Terms.property(main).asNode();
        add(
                node,
                RDFS.label.asNode(),
                NodeFactory.createLiteralString(capitalise(kindLabel) + " (" + describeRoles(roles) + "), reported by "
                        + articles + " articles"));
        StringBuilder reason = new StringBuilder("Reported by ")
                .append(articles)
                .append(" articles (")
                .append(cluster.size())
                .append(" events): the same type (")
                .append(kindLabel)
                .append("), the same Wikidata-linked ")
                .append(main)
                .append(" (")
                .append(names(first.facts().role(main)))
                .append(")");
        List<String> others = roles.keySet().stream()
                .filter(p -> !p.equals(mainProperty) && !p.equals(CG.topic.asNode()))
                .map(EventsGraphWriter::localName)
                .toList();
        if (!others.isEmpty()) {
            reason.append(", compatible ").append(String.join(", ", others));
        }
        first.facts().content().ifPresent(c -> reason.append(", the same content"));
        if (identity.onceOnly(first.facts().kind())) {
            reason.append("; ")
                    .append("aeiou".indexOf(kindLabel.charAt(0)) >= 0 ? "an " : "a ")
                    .append(kindLabel)
                    .append(" happens once for the same participants, so the dates (")
                    .append(byTime.isEmpty() ? "none given" : String.join(", ", byTime.keySet()))
                    .append(") do not keep the reports apart");
        } else {
            reason.append(", and compatible dates (")
                    .append(String.join(", ", byTime.keySet()))
                    .append(")");
        }
        reason.append('.');
        add(node, CG.mergeReason.asNode(), NodeFactory.createLiteralString(reason.toString()));
        if (agree || byTime.size() < 2) {
            return 0;
        }
        // One claim for each distinct date: a conflict between the articles, as within one article.
        List<Node> between = new ArrayList<>();
        List<String> says = new ArrayList<>();
        for (Map.Entry<String, List<ArticleReport>> e : byTime.entrySet()) {
            ArticleReport r = e.getValue().get(0);
            if (times.stream().allMatch(t -> t.compatibleWith(r.facts().time()))) {
                continue; // A time compatible with every other one (a month holding the days given) takes no side.
            }
            between.add(r.claims().get(0));
            says.add(e.getKey() + " ("
                    + e.getValue().stream().map(ArticleReport::graph).distinct().count() + " article(s))");
        }
        Node conflict = Iris.corpusConflict(between);
        add(conflict, RDF.type.asNode(), CG.Conflict.asNode());
        add(
                conflict,
                RDFS.label.asNode(),
                NodeFactory.createLiteralString("Conflict between articles: " + between.size() + " claims disagree"));
        add(
                conflict,
                RDFS.comment.asNode(),
                NodeFactory.createLiteralString("The dates cannot all hold: articles put the " + kindLabel + " ("
                        + describeRoles(roles) + ") " + String.join("; ", says) + "."));
        between.forEach(c -> add(conflict, CG.between.asNode(), c));
        return 1;
    }

    private void add(Node s, Node p, Node o) {
        out.add(Triple.create(s, p, o));
    }

    private String describeRoles(Map<Node, Set<Node>> roles) {
        return roles.entrySet().stream()
                .filter(e -> !e.getKey().equals(CG.topic.asNode()))
                .map(e -> localName(e.getKey()) + ": " + names(e.getValue()))
                .collect(Collectors.joining("; "));
    }

    private String names(Set<Node> entities) {
        return entities.stream().sorted(BY_IRI).map(this::label).collect(Collectors.joining(", "));
    }

    private String label(Node entity) {
        return labels.computeIfAbsent(entity, e -> {
            var it = dsg.find(Node.ANY, e, RDFS.label.asNode(), Node.ANY);
            try {
                return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : e.getLocalName();
            } finally {
                Iter.close(it);
            }
        });
    }

    private static String localName(Node property) {
        return ResourceFactory.createResource(property.getURI()).getLocalName();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

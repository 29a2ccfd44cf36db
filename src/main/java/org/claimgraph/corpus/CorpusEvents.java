package org.claimgraph.corpus;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.map.Iris;
import org.claimgraph.mention.Gazetteer;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Ontology;

/**
 * Events across articles: finds the events that several articles report and links them into one
 * cross-article event, in a graph of its own ({@link Iris#EVENTS_GRAPH}) that is computed from the article
 * graphs, so that each article's graph stays as it was extracted and can be replaced on its own.
 *
 * <p>Two articles' events are the same event when they have the same type, the same actors in the main actor
 * role (visitor, donor, member, agent, speaker, holder or participant, whichever the type fills first), all
 * of them linked to Wikidata (an unlinked name may stand for different people in different articles),
 * compatible other participants (a shared filler, or a place lying in the other: Kyiv in Ukraine), for
 * transfers overlapping items and equal quantities, for statements the same content, and compatible dates
 * (both known, and overlapping). Events that happen once for the same participants (an accession, an invasion)
 * are the same whatever their dates, and dates that cannot both hold become a {@code cg:Conflict} between the
 * articles' claims, as within one article. Negated reports are kept apart from positive ones.
 *
 * <p>Each cross-article event ({@link Iris#corpusEvent}) carries the types and the union of the roles of its
 * reports, the most precise date they agree on, an {@code rdfs:label} and a {@code cg:mergeReason}; each
 * report points at it with {@code cg:sameEventAs}. Claims stay in their articles: the claims of a
 * cross-article event are those {@code cg:about} its reports. The result depends only on the article graphs
 * (never on the order they were loaded in).
 *
 * <pre>
 * CorpusEvents.Result r = CorpusEvents.compute(dsg);   // inside a read or write transaction
 * dsg.addGraph(Iris.EVENTS_GRAPH, r.graph());
 * </pre>
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

    /** Actor roles in the order the main one is chosen. */
    private static final List<Node> ACTOR_ROLES = List.of(
            CG.visitor.asNode(),
            CG.donor.asNode(),
            CG.member.asNode(),
            CG.agent.asNode(),
            CG.speaker.asNode(),
            CG.holder.asNode(),
            CG.participant.asNode());
    /** Event types that happen once for the same participants. */
    private static final Set<Node> ONCE = Set.of(CG.Accession.asNode(), CG.Invasion.asNode());

    private static final Set<Node> TRANSFERS = Set.of(CG.Pledge.asNode(), CG.Aid.asNode());
    private static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    private final DatasetGraph dsg;
    private final Gazetteer gazetteer = Gazetteer.bundled();
    private final Set<Node> roleProperties;
    private final Map<Node, Integer> depth = new HashMap<>();
    private final Map<Node, Boolean> linked = new HashMap<>();
    private final Map<Node, Set<Node>> partOf = new HashMap<>();
    private final Map<Node, String> labels = new HashMap<>();

    private CorpusEvents(DatasetGraph dsg) {
        this.dsg = dsg;
        Set<Node> roles = new LinkedHashSet<>();
        Ontology.model()
                .listSubjectsWithProperty(RDFS.subPropertyOf, Ontology.model().createResource(CG.role.getURI()))
                .forEach(r -> roles.add(r.asNode()));
        this.roleProperties = Set.copyOf(roles);
    }

    /** Computes the events graph from the article graphs of {@code dsg}; call inside a transaction. */
    public static Result compute(DatasetGraph dsg) {
        return new CorpusEvents(dsg).run();
    }

    /** One article's event as the merge sees it. */
    private record Report(
            Node graph,
            Node event,
            Node kind,
            Map<Node, Set<Node>> roles,
            Time time,
            Optional<String> content,
            Optional<String> office,
            List<Node> claims,
            boolean negated) {}

    private Result run() {
        Map<String, List<Report>> blocks = new TreeMap<>();
        var it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), CG.Event.asNode());
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                if (!Iris.isArticleGraph(q.getGraph())) {
                    continue;
                }
                Report r = report(q.getGraph(), q.getSubject());
                blockKey(r)
                        .ifPresent(k -> blocks.computeIfAbsent(k, x -> new ArrayList<>())
                                .add(r));
            }
        } finally {
            Iter.close(it);
        }
        Graph out = GraphFactory.createDefaultGraph();
        int merged = 0;
        int reports = 0;
        int conflicts = 0;
        for (List<Report> block : blocks.values()) {
            if (block.stream().map(Report::graph).distinct().count() < 2) {
                continue;
            }
            block.sort(Comparator.comparing(r -> r.event().getURI()));
            for (List<Report> cluster : clusters(block)) {
                if (cluster.stream().map(Report::graph).distinct().count() < 2) {
                    continue;
                }
                merged++;
                reports += cluster.size();
                conflicts += emit(out, cluster);
            }
        }
        return new Result(out, merged, reports, conflicts);
    }

    private Report report(Node graph, Node event) {
        Set<Node> types = new LinkedHashSet<>();
        Map<Node, Set<Node>> roles = new TreeMap<>(Comparator.comparing(Node::getURI));
        Node date = null;
        Node notBefore = null;
        Node notAfter = null;
        String content = null;
        String office = null;
        var it = dsg.find(graph, event, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                Node p = q.getPredicate();
                Node o = q.getObject();
                if (p.equals(RDF.type.asNode())) {
                    types.add(o);
                } else if (roleProperties.contains(p) && o.isURI()) {
                    roles.computeIfAbsent(p, x -> new TreeSet<>(Comparator.comparing(Node::getURI)))
                            .add(o);
                } else if (p.equals(CG.date.asNode())) {
                    date = o;
                } else if (p.equals(CG.notBefore.asNode())) {
                    notBefore = o;
                } else if (p.equals(CG.notAfter.asNode())) {
                    notAfter = o;
                } else if (p.equals(CG.content.asNode()) && o.isLiteral()) {
                    content = o.getLiteralLexicalForm();
                } else if (p.equals(CG.office.asNode()) && o.isLiteral()) {
                    office = o.getLiteralLexicalForm();
                }
            }
        } finally {
            Iter.close(it);
        }
        Node kind = types.stream()
                .filter(t -> t.isURI() && t.getURI().startsWith(CG.NS))
                .max(Comparator.comparingInt(this::depth).thenComparing(Node::getURI))
                .orElse(CG.Event.asNode());
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
        return new Report(
                graph,
                event,
                kind,
                roles,
                new Time(date, notBefore, notAfter),
                Optional.ofNullable(content),
                Optional.ofNullable(office),
                claims,
                negated && !claims.isEmpty());
    }

    private int depth(Node cls) {
        return depth.computeIfAbsent(
                cls,
                c -> Ontology.withSuperclasses(ResourceFactory.createResource(c.getURI()))
                        .size());
    }

    /** The main actor role: the first actor role the event fills. */
    private static Optional<Node> mainRole(Report r) {
        return ACTOR_ROLES.stream().filter(r.roles()::containsKey).findFirst();
    }

    /** Events in one block may be the same; others never are. Empty for events that are never merged. */
    private Optional<String> blockKey(Report r) {
        Optional<Node> role = mainRole(r);
        if (role.isEmpty() || r.claims().isEmpty()) {
            return Optional.empty();
        }
        Set<Node> actors = r.roles().get(role.get());
        if (!actors.stream().allMatch(this::isLinked)) {
            return Optional.empty();
        }
        StringBuilder key = new StringBuilder(r.kind().getURI())
                .append('|')
                .append(role.get().getURI());
        actors.forEach(a -> key.append('|').append(a.getURI()));
        r.content().ifPresent(c -> key.append("|content=").append(c));
        r.office().ifPresent(o -> key.append("|office=").append(o));
        key.append(r.negated() ? "|negated" : "|positive");
        return Optional.of(key.toString());
    }

    /** Connected components of the "same event" relation, each sorted by event IRI, in order of first member. */
    private List<List<Report>> clusters(List<Report> block) {
        int n = block.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (find(parent, i) != find(parent, j) && same(block.get(i), block.get(j))) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        Map<Integer, List<Report>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(block.get(i));
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private boolean same(Report a, Report b) {
        Node main = mainRole(a).orElseThrow();
        for (Map.Entry<Node, Set<Node>> r : a.roles().entrySet()) {
            Set<Node> other = b.roles().get(r.getKey());
            if (r.getKey().equals(main) || r.getKey().equals(CG.topic.asNode()) || other == null) {
                continue;
            }
            if (r.getKey().equals(CG.item.asNode())) {
                if (TRANSFERS.contains(a.kind()) && r.getValue().stream().noneMatch(other::contains)) {
                    return false;
                }
                continue;
            }
            if (!compatible(r.getValue(), other)) {
                return false;
            }
        }
        if (TRANSFERS.contains(a.kind())) {
            Optional<String> qa = literal(a, CG.quantity.asNode());
            Optional<String> qb = literal(b, CG.quantity.asNode());
            if (qa.isPresent() && qb.isPresent() && !qa.equals(qb)) {
                return false;
            }
        }
        if (ONCE.contains(a.kind())) {
            return true;
        }
        return a.time().isResolved() && b.time().isResolved() && a.time().overlaps(b.time());
    }

    private Optional<String> literal(Report r, Node property) {
        var it = dsg.find(r.graph(), r.event(), property, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        } finally {
            Iter.close(it);
        }
    }

    /** A shared filler, or a place lying in the other (a city in its country). */
    private boolean compatible(Set<Node> x, Set<Node> y) {
        for (Node a : x) {
            for (Node b : y) {
                if (a.equals(b) || partOf(a).contains(b) || partOf(b).contains(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isLinked(Node entity) {
        return linked.computeIfAbsent(entity, e -> {
            var it = dsg.find(Node.ANY, e, OWL2.sameAs.asNode(), Node.ANY);
            try {
                while (it.hasNext()) {
                    Node o = it.next().getObject();
                    if (o.isURI() && o.getURI().startsWith(WIKIDATA_ENTITY)) {
                        return true;
                    }
                }
                return false;
            } finally {
                Iter.close(it);
            }
        });
    }

    /**
     * The places a place lies in: as the article graphs say ({@code cg:partOf}, written only when both places are
     * in one article), and as the gazetteer says (a city's country, a capital's state), which links a report of
     * "Kyiv" in one article with one of "Ukraine" in another.
     */
    private Set<Node> partOf(Node place) {
        return partOf.computeIfAbsent(place, p -> {
            Set<Node> out = new LinkedHashSet<>();
            dsg.find(Node.ANY, p, CG.partOf.asNode(), Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
            Iris.entityKey(p).ifPresent(key -> {
                gazetteer
                        .entity(key)
                        .flatMap(e -> e.withinKey())
                        .flatMap(gazetteer::entity)
                        .ifPresent(c -> out.add(Iris.entity(c)));
                gazetteer.countryOfCapital(key).flatMap(gazetteer::entity).ifPresent(c -> out.add(Iris.entity(c)));
            });
            return out;
        });
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

    /** Writes one cross-article event; returns the number of conflicts written (0 or 1). */
    private int emit(Graph out, List<Report> cluster) {
        Report first = cluster.get(0);
        Node kind = first.kind();
        Resource kindRes = ResourceFactory.createResource(kind.getURI());
        Node node = Iris.corpusEvent(kindRes.getLocalName(), first.event());
        for (Resource cls : Ontology.withSuperclasses(kindRes)) {
            out.add(Triple.create(node, RDF.type.asNode(), cls.asNode()));
        }
        Map<Node, Set<Node>> roles = new TreeMap<>(Comparator.comparing(Node::getURI));
        for (Report r : cluster) {
            r.roles()
                    .forEach((p, fillers) -> roles.computeIfAbsent(
                                    p, x -> new TreeSet<>(Comparator.comparing(Node::getURI)))
                            .addAll(fillers));
            out.add(Triple.create(r.event(), CG.sameEventAs.asNode(), node));
        }
        roles.forEach((p, fillers) -> fillers.forEach(f -> out.add(Triple.create(node, p, f))));
        first.content()
                .ifPresent(c -> out.add(Triple.create(node, CG.content.asNode(), NodeFactory.createLiteralString(c))));
        first.office()
                .ifPresent(o -> out.add(Triple.create(node, CG.office.asNode(), NodeFactory.createLiteralString(o))));

        // Dates: the distinct times the reports give; the most precise one when they all agree.
        Map<String, List<Report>> byTime = new TreeMap<>();
        for (Report r : cluster) {
            if (r.time().isResolved()) {
                byTime.computeIfAbsent(r.time().describe(), k -> new ArrayList<>())
                        .add(r);
            }
        }
        List<Time> times = byTime.values().stream().map(rs -> rs.get(0).time()).toList();
        boolean agree = true;
        for (int i = 0; i < times.size() && agree; i++) {
            for (int j = i + 1; j < times.size(); j++) {
                if (!times.get(i).overlaps(times.get(j))) {
                    agree = false;
                    break;
                }
            }
        }
        if (agree) {
            times.stream()
                    .filter(t -> t.date != null)
                    .min(Comparator.comparingInt(Time::span).thenComparing(Time::describe))
                    .ifPresent(t -> out.add(Triple.create(node, CG.date.asNode(), t.date)));
        }
        long articles = cluster.stream().map(Report::graph).distinct().count();
        String kindLabel = Ontology.label(kindRes);
        Node main = mainRole(first).orElseThrow();
        out.add(Triple.create(
                node,
                RDFS.label.asNode(),
                NodeFactory.createLiteralString(capitalise(kindLabel) + " (" + describeRoles(roles) + "), reported by "
                        + articles + " articles")));
        StringBuilder reason = new StringBuilder("Reported by ")
                .append(articles)
                .append(" articles (")
                .append(cluster.size())
                .append(" events): the same type (")
                .append(kindLabel)
                .append("), the same Wikidata-linked ")
                .append(localName(main))
                .append(" (")
                .append(names(first.roles().get(main)))
                .append(")");
        List<String> others = roles.keySet().stream()
                .filter(p -> !p.equals(main) && !p.equals(CG.topic.asNode()))
                .map(CorpusEvents::localName)
                .toList();
        if (!others.isEmpty()) {
            reason.append(", compatible ").append(String.join(", ", others));
        }
        first.content().ifPresent(c -> reason.append(", the same content"));
        if (ONCE.contains(kind)) {
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
        out.add(Triple.create(node, CG.mergeReason.asNode(), NodeFactory.createLiteralString(reason.toString())));
        if (agree || byTime.size() < 2) {
            return 0;
        }
        // One claim for each distinct date: a conflict between the articles, as within one article.
        List<Node> between = new ArrayList<>();
        List<String> says = new ArrayList<>();
        for (Map.Entry<String, List<Report>> e : byTime.entrySet()) {
            Report r = e.getValue().get(0);
            if (times.stream().allMatch(t -> t.overlaps(r.time()))) {
                continue; // A time compatible with every other one (a month holding the days given) takes no side.
            }
            between.add(r.claims().get(0));
            says.add(e.getKey() + " ("
                    + e.getValue().stream().map(Report::graph).distinct().count() + " article(s))");
        }
        Node conflict = Iris.corpusConflict(between);
        out.add(Triple.create(conflict, RDF.type.asNode(), CG.Conflict.asNode()));
        out.add(Triple.create(
                conflict,
                RDFS.label.asNode(),
                NodeFactory.createLiteralString("Conflict between articles: " + between.size() + " claims disagree")));
        out.add(Triple.create(
                conflict,
                RDFS.comment.asNode(),
                NodeFactory.createLiteralString("The dates cannot all hold: " + "articles put the " + kindLabel + " ("
                        + describeRoles(roles) + ") " + String.join("; ", says) + ".")));
        between.forEach(c -> out.add(Triple.create(conflict, CG.between.asNode(), c)));
        return 1;
    }

    private String describeRoles(Map<Node, Set<Node>> roles) {
        return roles.entrySet().stream()
                .filter(e -> !e.getKey().equals(CG.topic.asNode()))
                .map(e -> localName(e.getKey()) + ": " + names(e.getValue()))
                .collect(Collectors.joining("; "));
    }

    private String names(Set<Node> entities) {
        return entities.stream().map(this::label).collect(Collectors.joining(", "));
    }

    private static String localName(Node property) {
        return ResourceFactory.createResource(property.getURI()).getLocalName();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** An event's time as its graph states it: a date and bounds, each an XSD date, gYearMonth or gYear literal. */
    private static final class Time {
        final Node date;
        final Node notBefore;
        final Node notAfter;
        final LocalDate earliest;
        final LocalDate latest;

        Time(Node date, Node notBefore, Node notAfter) {
            this.date = date;
            this.notBefore = notBefore;
            this.notAfter = notAfter;
            LocalDate lo = max(first(date), first(notBefore));
            LocalDate hi = min(last(date), last(notAfter));
            this.earliest = lo;
            this.latest = hi;
        }

        boolean isResolved() {
            return earliest != null || latest != null;
        }

        boolean overlaps(Time o) {
            boolean thisEndsBefore = latest != null && o.earliest != null && latest.isBefore(o.earliest);
            boolean otherEndsBefore = o.latest != null && earliest != null && o.latest.isBefore(earliest);
            return !thisEndsBefore && !otherEndsBefore;
        }

        /** Days covered by the date (1 for a day); large when there is no date. */
        int span() {
            LocalDate a = first(date);
            LocalDate b = last(date);
            return a == null || b == null ? Integer.MAX_VALUE : (int) (b.toEpochDay() - a.toEpochDay()) + 1;
        }

        String describe() {
            if (date != null) {
                return date.getLiteralLexicalForm();
            }
            return (notBefore == null ? "" : "not before " + notBefore.getLiteralLexicalForm())
                    + (notBefore != null && notAfter != null ? " and " : "")
                    + (notAfter == null ? "" : "not after " + notAfter.getLiteralLexicalForm());
        }

        private static LocalDate first(Node n) {
            if (n == null || !n.isLiteral()) {
                return null;
            }
            String lex = n.getLiteralLexicalForm();
            try {
                if (XSDDatatype.XSDdate.getURI().equals(n.getLiteralDatatypeURI())) {
                    return LocalDate.parse(lex);
                }
                if (XSDDatatype.XSDgYearMonth.getURI().equals(n.getLiteralDatatypeURI())) {
                    return YearMonth.parse(lex).atDay(1);
                }
                if (XSDDatatype.XSDgYear.getURI().equals(n.getLiteralDatatypeURI())) {
                    return LocalDate.of(Integer.parseInt(lex), 1, 1);
                }
            } catch (RuntimeException e) {
                return null;
            }
            return null;
        }

        private static LocalDate last(Node n) {
            LocalDate f = first(n);
            if (f == null) {
                return null;
            }
            String dt = n.getLiteralDatatypeURI();
            if (XSDDatatype.XSDgYearMonth.getURI().equals(dt)) {
                return YearMonth.from(f).atEndOfMonth();
            }
            if (XSDDatatype.XSDgYear.getURI().equals(dt)) {
                return f.withDayOfYear(f.lengthOfYear());
            }
            return f;
        }

        private static LocalDate max(LocalDate a, LocalDate b) {
            return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
        }

        private static LocalDate min(LocalDate a, LocalDate b) {
            return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
        }
    }
}

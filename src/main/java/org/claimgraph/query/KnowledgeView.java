package org.claimgraph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.claimgraph.map.Iris;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.NIF;
import org.claimgraph.vocab.Ontology;
import org.claimgraph.vocab.PROV;
import org.claimgraph.vocab.WD;

/**
 * A read-side view of stored claimgraph data for pages and exports: labels, most specific types, the roles
 * of events, claims with their evidence spans, conflicts. It reads a graph (usually a dataset's union
 * graph) and takes term labels and the role hierarchy from the ontology, so the store need not hold it.
 * Call it inside a read transaction; it caches article texts, so keep one view per transaction.
 *
 * <pre>
 * Txn.executeRead(dsg, () -&gt; {
 *     KnowledgeView kv = KnowledgeView.of(dsg.getUnionGraph());
 *     for (Node event : kv.eventsWith(entity)) {
 *         kv.roles(event).forEach(r -&gt; System.out.println(r.label() + ": " + kv.label(r.value())));
 *     }
 * });
 * </pre>
 */
public final class KnowledgeView {
    private static final String SEM_HAS_ACTOR = "http://semanticweb.cs.vu.nl/2009/11/sem/hasActor";
    private static final List<Node> ROLE_PROPERTIES = roleProperties();

    private final Graph graph;
    private final Graph index;
    private final Map<Node, Optional<String>> texts = new HashMap<>();
    // An entity's label and types are in every article graph that names it, so over the union graph each look-up
    // reads one copy per article (tens of thousands for a country at 100,000 articles); a page asks the same
    // few entities dozens of times. Kept for the view's life, one read transaction.
    private final Map<Node, String> labels = new HashMap<>();
    private final Map<Node, List<Node>> typeLists = new HashMap<>();

    private KnowledgeView(Graph graph, Graph index) {
        this.graph = graph;
        this.index = index;
    }

    /** A view over {@code graph}: a dataset's union graph, or one article's graph. */
    public static KnowledgeView of(Graph graph) {
        return new KnowledgeView(graph, org.apache.jena.graph.Graph.emptyGraph);
    }

    /**
     * A view over a store's union graph that reads each entity's label, types and Wikidata links from the store's
     * index graph ({@link Iris#INDEX_GRAPH}), one copy, instead of from every article naming the entity (a
     * hundred thousand copies for a country at 100,000 articles). An entity the index does not hold is read from
     * the union graph, as {@link #of} does.
     */
    public static KnowledgeView ofStore(DatasetGraph dsg) {
        return new KnowledgeView(dsg.getUnionGraph(), dsg.getGraph(Iris.INDEX_GRAPH));
    }

    /** The graph read. */
    public Graph graph() {
        return graph;
    }

    // ---- Terms and labels

    /** The ontology's role properties (every sub-property of {@code cg:role}): actors first, then by IRI. */
    public static List<Node> rolePropertyNodes() {
        return ROLE_PROPERTIES;
    }

    private static List<Node> roleProperties() {
        var m = Ontology.model();
        List<Node> out = Ontology.subPropertiesOf(CG.role);
        // Actors first (the visitor before the destination, the donor before the item), then by name.
        Set<Node> actors = new LinkedHashSet<>();
        m.listStatements(null, RDFS.subPropertyOf, m.createResource(SEM_HAS_ACTOR))
                .forEach(st -> actors.add(st.getSubject().asNode()));
        List<Node> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparing((Node p) -> actors.contains(p) ? 0 : 1).thenComparing(Node::getURI));
        return List.copyOf(sorted);
    }

    /**
     * What to call a node: the ontology's label for a claimgraph term, else its {@code rdfs:label} (English or
     * untagged first), else the IRI's local name; a literal is its lexical form.
     */
    public String label(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        if (n.isURI() && n.getURI().startsWith(CG.NS)) {
            return Ontology.label(ResourceFactory.createResource(n.getURI()));
        }
        return labels.computeIfAbsent(n, this::storedLabel);
    }

    private String storedLabel(Node n) {
        // The index holds one label per entity, chosen by the same rule as below.
        Optional<String> indexed = index.find(n, RDFS.label.asNode(), Node.ANY)
                .nextOptional()
                .filter(t -> t.getObject().isLiteral())
                .map(t -> t.getObject().getLiteralLexicalForm());
        if (indexed.isPresent()) {
            return indexed.get();
        }
        // Of several labels, an untagged or English one, and the first in code-point order for stability.
        String preferred = null;
        String other = null;
        for (Triple t : list(n, RDFS.label.asNode(), Node.ANY)) {
            if (!t.getObject().isLiteral()) {
                continue;
            }
            String lang = t.getObject().getLiteralLanguage();
            String text = t.getObject().getLiteralLexicalForm();
            if (lang.isEmpty() || lang.equals("en") || lang.startsWith("en-")) {
                preferred = preferred == null || text.compareTo(preferred) < 0 ? text : preferred;
            } else {
                other = other == null || text.compareTo(other) < 0 ? text : other;
            }
        }
        String best = preferred != null ? preferred : other;
        if (best != null) {
            return best;
        }
        return n.isURI() ? localName(n.getURI()) : n.toString();
    }

    /** The part of an IRI after its last '#' or '/'. */
    public static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
    }

    /** The {@code rdf:type}s of a resource in the claimgraph namespace. */
    public List<Node> types(Node n) {
        return typeLists.computeIfAbsent(n, this::storedTypes);
    }

    private List<Node> storedTypes(Node n) {
        Set<Node> out = new LinkedHashSet<>();
        List<Triple> found = index.find(n, RDF.type.asNode(), Node.ANY).toList();
        for (Triple t : found.isEmpty() ? list(n, RDF.type.asNode(), Node.ANY) : found) {
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(CG.NS)) {
                out.add(t.getObject());
            }
        }
        List<Node> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparing(Node::getURI));
        return List.copyOf(sorted);
    }

    /**
     * The most specific claimgraph types of a resource: those no other of its types is a subclass of
     * ({@code cg:Country} for a country, not {@code cg:Actor} or {@code cg:Place}).
     */
    public List<Node> specificTypes(Node n) {
        List<Node> all = types(n);
        List<Node> out = new ArrayList<>();
        for (Node t : all) {
            Resource tr = ResourceFactory.createResource(t.getURI());
            boolean hasSub = all.stream()
                    .anyMatch(
                            o -> !o.equals(t) && Ontology.isSubClassOf(ResourceFactory.createResource(o.getURI()), tr));
            if (!hasSub) {
                out.add(t);
            }
        }
        return out;
    }

    /** One most specific type, or {@code cg:Entity} when the resource has no claimgraph type. */
    public Node mainType(Node n) {
        List<Node> s = specificTypes(n);
        return s.isEmpty() ? CG.Entity.asNode() : s.get(0);
    }

    public boolean hasType(Node n, Resource type) {
        return graph.contains(n, RDF.type.asNode(), type.asNode());
    }

    public boolean isEvent(Node n) {
        return hasType(n, CG.Event);
    }

    public boolean isEntity(Node n) {
        return hasType(n, CG.Entity);
    }

    /** True when the graph says anything about the node, as subject or object. */
    public boolean exists(Node n) {
        return graph.contains(n, Node.ANY, Node.ANY) || graph.contains(Node.ANY, Node.ANY, n);
    }

    /** The Wikidata items the resource is {@code owl:sameAs}. */
    public List<String> wikidata(Node n) {
        // An indexed entity's links are all in the index (from its articles and the links graph).
        List<Node> links = index.contains(n, RDF.type.asNode(), CG.Entity.asNode())
                ? index.find(n, OWL2.sameAs.asNode(), Node.ANY)
                        .mapWith(Triple::getObject)
                        .toList()
                : objects(n, OWL2.sameAs.asNode());
        return links.stream()
                .filter(Node::isURI)
                .map(Node::getURI)
                .filter(u -> u.startsWith(WD.ENTITY))
                .sorted()
                .toList();
    }

    /** The Wikidata Q-id ({@code Q57665}) of a resource linked to exactly one item. */
    public Optional<String> wikidataId(Node n) {
        List<String> items = wikidata(n);
        if (items.size() != 1) {
            return Optional.empty();
        }
        String id = items.get(0).substring(WD.ENTITY.length());
        return id.matches("Q[1-9][0-9]*") ? Optional.of(id) : Optional.empty();
    }

    /**
     * A Wikidata item's English description ({@code schema:description}), as the store holds it: from the
     * bundled extract, or fetched by {@code claimgraph link} from its endpoint. Of several, the first in
     * code-point order, so a page does not change between requests.
     */
    public Optional<String> wikidataDescription(String item) {
        return list(NodeFactory.createURI(item), NodeFactory.createURI(WD.DESCRIPTION), Node.ANY).stream()
                .map(Triple::getObject)
                .filter(o -> o.isLiteral() && isEnglish(o.getLiteralLanguage()))
                .map(Node::getLiteralLexicalForm)
                .filter(d -> !d.isBlank())
                .sorted()
                .findFirst();
    }

    /**
     * A Wikidata item's image (P18): the first http(s) URL among its {@code wdt:P18} values, in code-point order.
     * Wikidata's RDF gives it as a Commons {@code Special:FilePath} URL; anything else than a web URL is skipped.
     */
    public Optional<String> wikidataImage(String item) {
        return list(NodeFactory.createURI(item), NodeFactory.createURI(WD.IMAGE), Node.ANY).stream()
                .map(Triple::getObject)
                .filter(Node::isURI)
                .map(Node::getURI)
                .filter(KnowledgeView::isWebUrl)
                .sorted()
                .findFirst();
    }

    private static boolean isEnglish(String lang) {
        String l = lang.toLowerCase(java.util.Locale.ROOT);
        return l.equals("en") || l.startsWith("en-");
    }

    /** Distinct objects of (s, p, *), in a stable order. */
    public List<Node> objects(Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        list(s, p, Node.ANY).forEach(t -> out.add(t.getObject()));
        List<Node> sorted = new ArrayList<>(out);
        sorted.sort(KnowledgeView::compare);
        return sorted;
    }

    /** Distinct subjects of (*, p, o), in a stable order. */
    public List<Node> subjects(Node p, Node o) {
        Set<Node> out = new LinkedHashSet<>();
        list(Node.ANY, p, o).forEach(t -> out.add(t.getSubject()));
        List<Node> sorted = new ArrayList<>(out);
        sorted.sort(KnowledgeView::compare);
        return sorted;
    }

    /**
     * One page of a list read in the store's order.
     *
     * @param items   the page's items
     * @param hasMore whether a next page has at least one item
     */
    public record Page<T>(List<T> items, boolean hasMore) {}

    /**
     * The subjects of (*, p, o) for each p in turn, each once, that {@code keep} accepts: the {@code limit} of
     * them after the first {@code offset}, in the store's index order (stable while the store does not change).
     * Only the rows up to the page's end are read, so a page of a list of a hundred thousand costs its
     * offset and its rows, not a sort of the whole list.
     */
    public Page<Node> subjectsPage(List<Node> properties, Node o, int offset, int limit, Predicate<Node> keep) {
        Set<Node> seen = new HashSet<>();
        List<Node> items = new ArrayList<>();
        int kept = 0;
        for (Node p : properties) {
            ExtendedIterator<Triple> it = graph.find(Node.ANY, p, o);
            try {
                while (it.hasNext()) {
                    Node s = it.next().getSubject();
                    if (!seen.add(s) || !keep.test(s)) {
                        continue;
                    }
                    if (kept++ < offset) {
                        continue;
                    }
                    if (items.size() == limit) {
                        return new Page<>(items, true);
                    }
                    items.add(s);
                }
            } finally {
                it.close();
            }
        }
        return new Page<>(items, false);
    }

    /** A page of the events that name the entity in a role ({@link #subjectsPage}). */
    public Page<Node> eventsWith(Node entity, int offset, int limit) {
        return subjectsPage(ROLE_PROPERTIES, entity, offset, limit, n -> true);
    }

    /** A page of the claims attributed to an entity, in the store's order ({@link #subjectsPage}). */
    public Page<ClaimInfo> claimsAttributedTo(Node entity, int offset, int limit) {
        Page<Node> p =
                subjectsPage(List.of(CG.attributedTo.asNode()), entity, offset, limit, c -> hasType(c, CG.Claim));
        return new Page<>(p.items().stream().map(this::claim).toList(), p.hasMore());
    }

    /** A page of the instances of a type, in the store's order ({@link #subjectsPage}). */
    public Page<Node> instances(Resource type, int offset, int limit) {
        return subjectsPage(List.of(RDF.type.asNode()), type.asNode(), offset, limit, n -> true);
    }

    /** The first object of (s, p, *) in stable order. */
    public Optional<Node> object(Node s, Node p) {
        List<Node> o = objects(s, p);
        return o.isEmpty() ? Optional.empty() : Optional.of(o.get(0));
    }

    /** A literal's lexical form for (s, p, *). */
    public Optional<String> string(Node s, Node p) {
        return object(s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    /** Every resource of the given type. */
    public List<Node> instances(Resource type) {
        return subjects(RDF.type.asNode(), type.asNode());
    }

    // ---- Events

    /**
     * One filled role of an event.
     *
     * @param property the role property ({@code cg:visitor})
     * @param label    its label from the ontology ("visitor")
     * @param value    the entity in that role
     */
    public record RoleValue(Node property, String label, Node value) {}

    /** The event's roles, in the order of {@link #rolePropertyNodes()}, then by value. */
    public List<RoleValue> roles(Node event) {
        List<RoleValue> out = new ArrayList<>();
        for (Node p : ROLE_PROPERTIES) {
            for (Node v : objects(event, p)) {
                out.add(new RoleValue(p, label(p), v));
            }
        }
        return out;
    }

    /** The events in which the entity fills a role, ordered by IRI. */
    public List<Node> eventsWith(Node entity) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node p : ROLE_PROPERTIES) {
            list(Node.ANY, p, entity).forEach(t -> out.add(t.getSubject()));
        }
        List<Node> sorted = new ArrayList<>(out);
        sorted.sort(KnowledgeView::compare);
        return sorted;
    }

    /**
     * When something happened, as the data gives it: a date at some precision and/or bounds.
     *
     * @param date      {@code cg:date}, if any
     * @param notBefore {@code cg:notBefore}, if any
     * @param notAfter  {@code cg:notAfter}, if any
     * @param expression the words of the text ({@code cg:timeExpression}), if any
     */
    public record When(
            Optional<Node> date, Optional<Node> notBefore, Optional<Node> notAfter, Optional<String> expression) {
        public boolean isEmpty() {
            return date.isEmpty() && notBefore.isEmpty() && notAfter.isEmpty();
        }

        /** The value used to sort by time: the date, else the lower bound, else the upper bound. */
        public Optional<String> sortKey() {
            return date.or(() -> notBefore).or(() -> notAfter).map(Node::getLiteralLexicalForm);
        }
    }

    /** The time of an event or claim. */
    public When when(Node n) {
        return new When(
                object(n, CG.date.asNode()).filter(Node::isLiteral),
                object(n, CG.notBefore.asNode()).filter(Node::isLiteral),
                object(n, CG.notAfter.asNode()).filter(Node::isLiteral),
                string(n, CG.timeExpression.asNode()));
    }

    /** "day", "month" or "year" for an {@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear} literal. */
    public static String precision(Node literal) {
        String dt = literal.getLiteralDatatypeURI();
        if (dt == null) {
            return "unknown";
        }
        if (dt.endsWith("#date") || dt.endsWith("#dateTime")) {
            return "day";
        }
        if (dt.endsWith("#gYearMonth")) {
            return "month";
        }
        if (dt.endsWith("#gYear")) {
            return "year";
        }
        return "unknown";
    }

    // ---- Claims

    /**
     * An evidence span with the article text it points into.
     *
     * @param span    the span resource
     * @param context the NIF context (the whole text)
     * @param text    the whole article text, if the context holds it
     * @param begin   begin offset, in code points
     * @param end     end offset, in code points
     * @param anchor  the span's own text ({@code nif:anchorOf})
     */
    public record Span(Node span, Optional<Node> context, Optional<String> text, int begin, int end, String anchor) {
        /** True when the offsets fit the text and cut out the anchor. */
        public boolean fits() {
            if (text.isEmpty() || begin < 0 || end < begin) {
                return false;
            }
            String t = text.get();
            int n = t.codePointCount(0, t.length());
            if (end > n) {
                return false;
            }
            return t.substring(t.offsetByCodePoints(0, begin), t.offsetByCodePoints(0, end))
                    .equals(anchor);
        }
    }

    /**
     * A claim as shown to people.
     *
     * @param claim        the claim
     * @param about        the event it supports
     * @param modality     {@code cg:modality}
     * @param attributedTo who says so
     * @param article      the article it was derived from
     * @param evidence     its evidence span
     * @param rule         the extraction rule's id
     * @param when         time the claim itself states, if any
     */
    public record ClaimInfo(
            Node claim,
            Optional<Node> about,
            Optional<Node> modality,
            List<Node> attributedTo,
            Optional<Node> article,
            Optional<Span> evidence,
            Optional<String> rule,
            When when) {}

    public ClaimInfo claim(Node claim) {
        return new ClaimInfo(
                claim,
                object(claim, CG.about.asNode()),
                object(claim, CG.modality.asNode()),
                objects(claim, CG.attributedTo.asNode()),
                object(claim, PROV.wasDerivedFrom.asNode()),
                object(claim, CG.evidence.asNode()).flatMap(this::span),
                string(claim, CG.rule.asNode()),
                when(claim));
    }

    /** The claims about an event, in text order. */
    public List<ClaimInfo> claimsAbout(Node event) {
        return sortedClaims(subjects(CG.about.asNode(), event));
    }

    /** The claims attributed to an entity, in text order. */
    public List<ClaimInfo> claimsAttributedTo(Node entity) {
        return sortedClaims(subjects(CG.attributedTo.asNode(), entity));
    }

    /** The claims derived from an article, in text order. */
    public List<ClaimInfo> claimsFrom(Node article) {
        return sortedClaims(subjects(PROV.wasDerivedFrom.asNode(), article));
    }

    private List<ClaimInfo> sortedClaims(List<Node> claims) {
        List<ClaimInfo> out = new ArrayList<>();
        for (Node c : claims) {
            if (hasType(c, CG.Claim)) {
                out.add(claim(c));
            }
        }
        out.sort(Comparator.comparing(
                        (ClaimInfo c) -> c.article().map(Node::toString).orElse(""))
                .thenComparingInt(c -> c.evidence().map(Span::begin).orElse(Integer.MAX_VALUE))
                .thenComparing(c -> c.claim().toString()));
        return out;
    }

    /** The span resource's offsets, anchor and article text. */
    public Optional<Span> span(Node span) {
        Optional<Integer> begin = string(span, NIF.beginIndex.asNode()).flatMap(KnowledgeView::integer);
        Optional<Integer> end = string(span, NIF.endIndex.asNode()).flatMap(KnowledgeView::integer);
        if (begin.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        Optional<Node> context = object(span, NIF.referenceContext.asNode());
        Optional<String> text = context.flatMap(this::contextText);
        String anchor = string(span, NIF.anchorOf.asNode()).orElse("");
        return Optional.of(new Span(span, context, text, begin.get(), end.get(), anchor));
    }

    /** The whole text of an article's NIF context. */
    public Optional<String> contextText(Node context) {
        return texts.computeIfAbsent(context, c -> string(c, NIF.isString.asNode()));
    }

    /** The NIF context of an article ({@code cg:text}). */
    public Optional<Node> articleContext(Node article) {
        return object(article, CG.text.asNode());
    }

    /** The conflicts a claim takes part in. */
    public List<Node> conflictsOf(Node claim) {
        return subjects(CG.between.asNode(), claim);
    }

    /** An article's URL ({@code schema:url}), only when it is an http or https URL. */
    public Optional<String> articleUrl(Node article) {
        return object(article, SchemaDO.url.asNode())
                .filter(Node::isURI)
                .map(Node::getURI)
                .filter(KnowledgeView::isWebUrl);
    }

    /** True for an absolute http or https URL: the only kind pages link to from data. */
    public static boolean isWebUrl(String url) {
        String u = url.toLowerCase(java.util.Locale.ROOT);
        return (u.startsWith("https://") || u.startsWith("http://"))
                && url.chars().noneMatch(ch -> ch <= ' ');
    }

    // ---- Helpers

    private List<Triple> list(Node s, Node p, Node o) {
        // A union graph may repeat a triple once per named graph holding it: keep each once.
        return List.copyOf(new LinkedHashSet<>(graph.find(s, p, o).toList()));
    }

    private static Optional<Integer> integer(String s) {
        try {
            return Optional.of(Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** IRIs before literals before blank nodes; then by their string form. */
    private static int compare(Node a, Node b) {
        int ka = a.isURI() ? 0 : a.isLiteral() ? 1 : 2;
        int kb = b.isURI() ? 0 : b.isLiteral() ? 1 : 2;
        if (ka != kb) {
            return Integer.compare(ka, kb);
        }
        return a.toString().compareTo(b.toString());
    }
}

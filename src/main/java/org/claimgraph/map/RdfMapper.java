package org.claimgraph.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.Conflict;
import org.claimgraph.extract.Event;
import org.claimgraph.extract.EventKind;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.Role;
import org.claimgraph.extract.RuleConfidence;
import org.claimgraph.extract.TimePoint;
import org.claimgraph.extract.TimeSpec;
import org.claimgraph.ingest.Article;
import org.claimgraph.mention.Entity;
import org.claimgraph.mention.Gazetteer;
import org.claimgraph.sys.Version;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.NIF;
import org.claimgraph.vocab.Ontology;
import org.claimgraph.vocab.PROV;

/**
 * Maps one article's {@link Extraction} to RDF under the claimgraph ontology, in a named graph of its own
 * ({@link Iris#graph}): the article and its NIF context, entities with their types (superclasses included)
 * and Wikidata links, events with roles and times, claims with modality, attribution and evidence spans,
 * and conflicts.
 *
 * <pre>
 * DatasetGraph dsg = new RdfMapper(Gazetteer.bundled()).map(extraction);
 * </pre>
 *
 * Offsets in RDF count Unicode code points, as SPARQL's {@code substr} and NIF do, so that a span can be
 * checked against {@code nif:isString} in SPARQL.
 */
public final class RdfMapper {

    private final Gazetteer gazetteer;
    private final RuleConfidence confidence;

    public RdfMapper(Gazetteer gazetteer) {
        this(gazetteer, RuleConfidence.bundled());
    }

    /** A mapper that gives claims the confidence of their rule from the given table. */
    public RdfMapper(Gazetteer gazetteer, RuleConfidence confidence) {
        this.gazetteer = gazetteer;
        this.confidence = confidence;
    }

    /** A dataset holding the article's named graph. */
    public DatasetGraph map(Extraction x) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        String hash = x.article().contentHash();
        dsg.addGraph(Iris.graph(hash), graph(x));
        return dsg;
    }

    /** The article's graph on its own. */
    public Graph graph(Extraction x) {
        Graph g = GraphFactory.createDefaultGraph();
        Article article = x.article();
        String text = article.text();
        String hash = article.contentHash();
        Node articleNode = Iris.article(hash);
        Node context = Iris.context(hash, text.codePointCount(0, text.length()));

        add(g, articleNode, RDF.type, CG.Article);
        add(g, articleNode, CG.contentHash, literal(hash));
        add(g, articleNode, CG.text, context);
        article.published()
                .ifPresent(d -> add(
                        g,
                        articleNode,
                        SchemaDO.datePublished,
                        NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
        article.url().ifPresent(u -> add(g, articleNode, SchemaDO.url, NodeFactory.createURI(u.strip())));
        article.title().ifPresent(t -> add(g, articleNode, SchemaDO.headline, literal(t)));
        add(g, context, RDF.type, NIF.Context);
        add(g, context, RDF.type, NIF.RFC5147String);
        add(g, context, NIF.isString, literal(text));
        add(g, context, NIF.beginIndex, index(0));
        add(g, context, NIF.endIndex, index(text.codePointCount(0, text.length())));

        for (Entity e : x.entities().values()) {
            entity(g, e, x.entities());
        }
        Map<Event, Node> eventNodes = eventNodes(hash, x);
        eventNodes.forEach((e, node) -> {
            event(g, e, node);
            e.subEventOf().map(eventNodes::get).ifPresent(parent -> add(g, node, CG.subEventOf, parent));
        });
        Map<Claim, Node> claimNodes = new LinkedHashMap<>();
        Map<String, Integer> claimKeys = new HashMap<>();
        for (Claim c : x.claims()) {
            String key = c.begin() + "-" + c.end() + "-" + c.rule();
            int nth = claimKeys.merge(key, 1, Integer::sum) - 1;
            Node node = Iris.claim(hash, c.begin(), c.end(), c.rule(), nth);
            claimNodes.put(c, node);
            claim(g, c, node, eventNodes.get(c.event()), articleNode, context, text, hash);
        }
        int n = 0;
        for (Conflict conflict : x.conflicts()) {
            Node node = Iris.conflict(hash, n++);
            add(g, node, RDF.type, CG.Conflict);
            add(g, node, RDFS.comment, literal(conflict.reason()));
            add(g, node, RDFS.label, literal("Conflict: " + conflict.claims().size() + " claims disagree"));
            for (Claim c : conflict.claims()) {
                add(g, node, CG.between, claimNodes.get(c));
            }
        }
        return g;
    }

    private Map<Event, Node> eventNodes(String hash, Extraction x) {
        Map<Event, Node> out = new LinkedHashMap<>();
        Map<String, Integer> keys = new HashMap<>();
        for (Claim c : x.claims()) {
            Event e = c.event();
            if (out.containsKey(e)) {
                continue;
            }
            String key = e.kind().name() + "-" + c.begin();
            int nth = keys.merge(key, 1, Integer::sum) - 1;
            out.put(e, Iris.event(hash, e.kind().name(), c.begin(), nth));
        }
        return out;
    }

    private void entity(Graph g, Entity e, Map<String, Entity> all) {
        Node node = Iris.entity(e);
        for (Resource cls : Ontology.withSuperclasses(e.type().ontologyClass())) {
            add(g, node, RDF.type, cls);
        }
        add(g, node, RDFS.label, literal(e.label()));
        e.wikidata().ifPresent(q -> add(g, node, OWL2.sameAs, Iris.wikidataItem(q)));
        // A place lies in its country when both are in the graph; capitals also stand for their state.
        e.withinKey()
                .map(all::get)
                .filter(c -> c.type().isPlace())
                .ifPresent(c -> add(g, node, CG.partOf, Iris.entity(c)));
        gazetteer.countryOfCapital(e.key()).map(all::get).ifPresent(c -> {
            add(g, node, CG.partOf, Iris.entity(c));
            add(g, node, CG.standsFor, Iris.entity(c));
        });
    }

    private void event(Graph g, Event e, Node node) {
        for (Resource cls : Ontology.withSuperclasses(Terms.ontologyClass(e.kind()))) {
            add(g, node, RDF.type, cls);
        }
        add(g, node, RDFS.label, literal(summary(e)));
        for (Map.Entry<Role, Set<Entity>> r : e.roles().entrySet()) {
            for (Entity x : r.getValue()) {
                add(g, node, Terms.property(r.getKey()), Iris.entity(x));
            }
        }
        time(g, node, e.time());
        e.delivery().date().ifPresent(d -> add(g, node, CG.deliveryDate, temporal(d)));
        if (e.delivery().date().isPresent() && !e.delivery().qualifier().isEmpty()) {
            add(g, node, CG.deliveryQualifier, literal(e.delivery().qualifier()));
        }
        e.quantity()
                .ifPresent(q ->
                        add(g, node, CG.quantity, NodeFactory.createLiteralDT(q.toString(), XSDDatatype.XSDinteger)));
        e.quantityQualifier().ifPresent(q -> add(g, node, CG.quantityQualifier, Terms.individual(q)));
        e.itemDescription().ifPresent(d -> add(g, node, CG.itemDescription, literal(d)));
        if (e.only()) {
            add(g, node, CG.only, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        }
        e.content().ifPresent(c -> add(g, node, CG.content, literal(c)));
        e.quotes().forEach(q -> add(g, node, CG.quote, literal(q)));
        e.office().ifPresent(o -> add(g, node, CG.office, literal(o)));
        if (e.office().isPresent() && e.kind() == EventKind.OfficeHolding) {
            position(g, e, node);
        }
        if (e.office().isPresent()) {
            add(g, node, CG.former, NodeFactory.createLiteralDT(Boolean.toString(e.former()), XSDDatatype.XSDboolean));
        }
        e.firstSince().ifPresent(f -> add(g, node, CG.firstSince, literal(f)));
    }

    /**
     * The office as an entity: the gazetteer's position of that holder, office and state or body when it has one
     * (with its Wikidata item), else a position named by the text's words and the state or body it names.
     */
    private void position(Graph g, Event e, Node node) {
        String office = e.positionName().orElseThrow();
        Optional<Entity> of = e.role(Role.officeOf).stream().findFirst();
        Optional<Gazetteer.Position> known = e.role(Role.holder).stream()
                .findFirst()
                .flatMap(holder -> gazetteer.positions().stream()
                        .filter(p -> p.holderKey().equals(holder.key()))
                        .filter(p -> sameOffice(p.office(), office))
                        .filter(p -> of.isEmpty()
                                || p.officeOfKey().equals(Optional.of(of.get().key())))
                        .filter(p -> e.time().earliest().map(p::heldOn).orElse(true) || e.former())
                        .findFirst());
        Optional<String> ofKey = known.isPresent() ? known.get().officeOfKey() : of.map(Entity::key);
        String words = known.map(Gazetteer.Position::office).orElse(office);
        Node position = Iris.position(ofKey, words);
        add(g, node, CG.position, position);
        add(g, position, RDF.type, CG.Position);
        add(g, position, RDF.type, CG.Entity);
        String ofLabel = ofKey.flatMap(gazetteer::entity)
                .map(Entity::label)
                .or(() -> of.map(Entity::label))
                .orElse("");
        add(g, position, RDFS.label, literal(ofLabel.isEmpty() ? words : words + " of " + ofLabel));
        known.flatMap(Gazetteer.Position::wikidata).ifPresent(q -> add(g, position, OWL2.sameAs, Iris.wikidataItem(q)));
    }

    /** The same office in other words: case, hyphens and spaces aside ("Secretary General", "Secretary-General"). */
    private static boolean sameOffice(String a, String b) {
        return officeKey(a).equals(officeKey(b));
    }

    private static String officeKey(String office) {
        return org.claimgraph.mention.TextNormalizer.foldedKey(office.replace('-', ' '))
                .replaceAll("\\s+", " ")
                .strip();
    }

    private void claim(Graph g, Claim c, Node node, Node event, Node article, Node context, String text, String hash) {
        int begin = text.codePointCount(0, c.begin());
        int end = begin + text.codePointCount(c.begin(), c.end());
        Node span = Iris.span(hash, begin, end);
        add(g, node, RDF.type, CG.Claim);
        add(g, node, CG.about, event);
        add(g, node, CG.modality, Terms.individual(c.modality()));
        c.attributedTo().forEach(a -> add(g, node, CG.attributedTo, Iris.entity(a)));
        add(g, node, PROV.wasDerivedFrom, article);
        add(g, node, CG.evidence, span);
        add(g, node, CG.rule, literal(c.rule()));
        add(
                g,
                node,
                CG.confidence,
                NodeFactory.createLiteralDT(
                        // canonical lexical form ("0.9", not "0.90"): TDB2 stores decimals by value, and a graph
                        // read back must equal the graph written
                        canonicalDecimal(
                                new java.math.BigDecimal(confidence.of(c)).setScale(2, java.math.RoundingMode.HALF_UP)),
                        XSDDatatype.XSDdecimal));
        add(g, node, CG.extractorVersion, literal(Version.get()));
        // A claim whose time differs from its event's (merged or disputed) keeps its own.
        if (c.time().isResolved() && !sameTime(c.time(), c.event().time())) {
            time(g, node, c.time());
        }
        add(g, span, RDF.type, NIF.String);
        add(g, span, RDF.type, NIF.RFC5147String);
        add(g, span, NIF.beginIndex, index(begin));
        add(g, span, NIF.endIndex, index(end));
        add(g, span, NIF.anchorOf, literal(text.substring(c.begin(), c.end())));
        add(g, span, NIF.referenceContext, context);
    }

    private static boolean sameTime(TimeSpec a, TimeSpec b) {
        return a.date().equals(b.date())
                && a.notBefore().equals(b.notBefore())
                && a.notAfter().equals(b.notAfter());
    }

    private static void time(Graph g, Node node, TimeSpec t) {
        t.date().ifPresent(d -> add(g, node, CG.date, temporal(d)));
        t.notBefore().ifPresent(d -> add(g, node, CG.notBefore, temporal(d)));
        t.notAfter().ifPresent(d -> add(g, node, CG.notAfter, temporal(d)));
        if (!t.expression().isEmpty()) {
            add(g, node, CG.timeExpression, literal(t.expression()));
        }
        if (!t.qualifier().isEmpty()) {
            add(g, node, CG.timeQualifier, literal(t.qualifier()));
        }
    }

    /** A readable label for an event: its type and main participants. */
    static String summary(Event e) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Role, Set<Entity>> r : e.roles().entrySet()) {
            if (r.getKey() == Role.topic) {
                continue;
            }
            parts.add(r.getKey().name() + ": "
                    + r.getValue().stream().map(Entity::label).collect(Collectors.joining(", ")));
        }
        e.office().ifPresent(o -> parts.add("office: " + (e.former() ? "former " : "") + o));
        String kind = Ontology.label(Terms.ontologyClass(e.kind()));
        String label = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        return parts.isEmpty() ? label : label + " (" + String.join("; ", parts) + ")";
    }

    private static Node temporal(TimePoint p) {
        return Terms.literal(p);
    }

    private static Node index(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }

    private static Node literal(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static void add(Graph g, Node s, Property p, Node o) {
        g.add(Triple.create(s, p.asNode(), o));
    }

    private static void add(Graph g, Node s, Property p, Resource o) {
        g.add(Triple.create(s, p.asNode(), o.asNode()));
    }

    /** The canonical xsd:decimal form of a value: no trailing zeros, at least one digit after the point. */
    static String canonicalDecimal(java.math.BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }
}

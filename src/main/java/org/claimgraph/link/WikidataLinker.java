package org.claimgraph.link;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.link.LinkReport.Decision;
import org.claimgraph.link.LinkReport.Outcome;
import org.claimgraph.link.TypeRules.WikidataClass;
import org.claimgraph.map.Iris;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.sys.Logs;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Ontology;
import org.claimgraph.vocab.PROV;
import org.claimgraph.vocab.WD;

/**
 * Reconciles the store's unlinked entities (an {@code rdfs:label}, no {@code owl:sameAs}) with a
 * Wikidata-compatible SPARQL endpoint. Each entity is looked up by its label among English labels and aliases
 * ({@code rdfs:label} / {@code skos:altLabel} {@code @en}); an item is compatible when one of its P31 values is,
 * or is a subclass (P279*) of, a class the entity's claimgraph type accepts ({@code link/types.tsv}: human for
 * {@code cg:Person}, country or sovereign state for {@code cg:Country}, …). An entity is linked only when
 * exactly one compatible item matches and no other entity of the store has that item.
 *
 * <p>Links go into their own named graph, {@link Iris#LINKS_GRAPH}, each with {@code cg:linkReason} (why),
 * {@code cg:linkEndpoint} (where) and {@code prov:generatedAtTime} (when); article graphs stay untouched, and
 * links of earlier runs are kept unless the entity has since got an id from the gazetteer. The English description
 * and the image of every linked item, gazetteer ids included, are fetched too and kept in the same graph
 * ({@link ItemDetails}), for the explorer's entity pages. Answers are cached
 * on disk, requests are paced and carry a descriptive User-Agent; when the endpoint cannot be reached an
 * {@link EndpointException} says so and nothing is written.
 *
 * <pre>
 * try (KnowledgeStore store = KnowledgeStore.open(Path.of("store"))) {
 *     LinkReport report = new WikidataLinker(LinkOptions.defaults()).link(store);
 *     System.err.println(report.summary());
 * }
 * </pre>
 */
public final class WikidataLinker {
    private static final int MAX_CANDIDATE_ROWS = 500;

    private final LinkOptions options;
    private final TypeRules rules;

    public WikidataLinker(LinkOptions options) {
        this.options = options;
        this.rules = TypeRules.bundled();
    }

    /** An entity of the store still to be linked: its labels and claimgraph types. */
    private record Unlinked(Node iri, Set<String> labels, Set<Resource> types) {}

    /** One item a label matched, with how it matched, its P31 values and the compatible classes they reach. */
    private static final class Candidate {
        final String qid;
        final Set<String> via = new TreeSet<>();
        final Set<String> types = new TreeSet<>();
        final Map<String, String> compatible = new TreeMap<>(); // P31 value -> compatible class it reaches

        Candidate(String qid) {
            this.qid = qid;
        }
    }

    /** Looks up every unlinked entity of the store and stores the links found; returns what was decided. */
    public LinkReport link(KnowledgeStore store) {
        DatasetGraph dsg = store.dataset();
        List<Unlinked> unlinked = store.read(() -> unlinked(dsg));
        Graph links = store.read(() -> keptLinks(dsg));
        Map<String, Node> taken = store.read(() -> takenIds(dsg, links));
        Logs.LINK.info("{} unlinked entities; {} ids already in use", unlinked.size(), taken.size());

        EndpointClient client = new EndpointClient(options);
        List<Decision> decisions = new ArrayList<>();
        for (Unlinked u : unlinked) {
            decisions.add(decide(client, u));
        }
        decisions = markTaken(decisions, taken);

        String now = DateTimeFormatter.ISO_INSTANT.format(
                Instant.now().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
        for (Decision d : decisions) {
            if (d.outcome() == Outcome.LINKED) {
                Node e = NodeFactory.createURI(d.entity());
                links.add(Triple.create(
                        e, OWL2.sameAs.asNode(), Iris.wikidataItem(d.qid().orElseThrow())));
                links.add(Triple.create(e, CG.linkReason.asNode(), NodeFactory.createLiteralString(d.reason())));
                links.add(Triple.create(
                        e,
                        CG.linkEndpoint.asNode(),
                        NodeFactory.createURI(options.endpoint().toString())));
                links.add(Triple.create(
                        e, PROV.generatedAtTime.asNode(), NodeFactory.createLiteralDT(now, XSDDatatype.XSDdateTime)));
            }
            Logs.LINK.info("{} {} ({}): {}", d.outcome(), d.label(), d.type(), d.reason());
        }
        Set<String> items = new TreeSet<>();
        taken.keySet().forEach(iri -> items.add(local(iri)));
        decisions.stream()
                .filter(d -> d.outcome() == Outcome.LINKED)
                .forEach(d -> items.add(d.qid().orElseThrow()));
        Graph details = ItemDetails.fetch(client, items);
        Logs.LINK.info("{} triples of descriptions and images for {} linked items", details.size(), items.size());
        details.find().forEach(links::add);
        store.replaceLinks(links);
        return new LinkReport(decisions, client.requests(), client.cacheHits());
    }

    // ---------------------------------------------------------------- reading the store

    private static List<Unlinked> unlinked(DatasetGraph dsg) {
        String q = "PREFIX cg: <" + CG.NS + ">\n"
                + "PREFIX rdfs: <" + RDFS.getURI() + ">\nPREFIX owl: <" + OWL2.getURI() + ">\n"
                + "SELECT ?e ?label ?type WHERE {\n"
                + "  ?e a cg:Entity ; rdfs:label ?label ; a ?type .\n"
                + "  FILTER(STRSTARTS(STR(?type), STR(cg:)))\n"
                + "  FILTER NOT EXISTS { ?e owl:sameAs ?linked }\n"
                + "} ORDER BY ?e";
        Map<Node, Unlinked> out = new LinkedHashMap<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(q).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(b -> {
                Node e = b.get("e");
                Unlinked u = out.computeIfAbsent(e, k -> new Unlinked(k, new TreeSet<>(), new HashSet<>()));
                u.labels().add(b.get("label").getLiteralLexicalForm());
                u.types().add(ResourceFactory.createResource(b.get("type").getURI()));
            });
        }
        return List.copyOf(out.values());
    }

    /**
     * The links of earlier runs, less those of entities that have since got an {@code owl:sameAs} elsewhere
     * (the gazetteer's verified id wins) or that no article mentions any more.
     */
    private static Graph keptLinks(DatasetGraph dsg) {
        Graph kept = GraphFactory.createDefaultGraph();
        if (!dsg.containsGraph(Iris.LINKS_GRAPH)) {
            return kept;
        }
        Graph old = dsg.getGraph(Iris.LINKS_GRAPH);
        Set<Node> subjects = new HashSet<>();
        old.find(Node.ANY, OWL2.sameAs.asNode(), Node.ANY).forEachRemaining(t -> subjects.add(t.getSubject()));
        for (Node e : subjects) {
            boolean linkedElsewhere = false;
            boolean mentioned = false;
            var it = dsg.find(Node.ANY, e, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.getGraph().equals(Iris.LINKS_GRAPH)) {
                    continue;
                }
                mentioned |= q.getPredicate().equals(RDF.type.asNode());
                linkedElsewhere |= q.getPredicate().equals(OWL2.sameAs.asNode());
            }
            if (mentioned && !linkedElsewhere) {
                old.find(e, Node.ANY, Node.ANY).forEachRemaining(kept::add);
            } else {
                Logs.LINK.info(
                        "Dropping the earlier link of {}: {}",
                        e.getURI(),
                        linkedElsewhere ? "the gazetteer links it now" : "no article mentions it any more");
            }
        }
        return kept;
    }

    /** Every Wikidata id an entity already has, outside the links graph or among the links kept. */
    private static Map<String, Node> takenIds(DatasetGraph dsg, Graph keptLinks) {
        Map<String, Node> out = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, OWL2.sameAs.asNode(), Node.ANY).forEachRemaining(q -> {
            if (!q.getGraph().equals(Iris.LINKS_GRAPH) && q.getObject().isURI()) {
                out.put(q.getObject().getURI(), q.getSubject());
            }
        });
        keptLinks
                .find(Node.ANY, OWL2.sameAs.asNode(), Node.ANY)
                .forEachRemaining(t -> out.put(t.getObject().getURI(), t.getSubject()));
        return out;
    }

    // ---------------------------------------------------------------- looking up one entity

    private Decision decide(EndpointClient client, Unlinked u) {
        String label = u.labels().iterator().next();
        String entity = u.iri().getURI();
        Optional<Resource> type = rules.lookupType(u.types());
        if (type.isEmpty()) {
            String shown = mostSpecific(u.types());
            return new Decision(
                    entity,
                    label,
                    shown,
                    Outcome.NOT_LINKABLE,
                    Optional.empty(),
                    "no Wikidata type rule for cg:" + shown + " (see link/types.tsv)");
        }
        String typeName = type.get().getLocalName();
        List<WikidataClass> classes = rules.classes(type.get());
        Map<String, Candidate> candidates = new TreeMap<>();
        for (String l : u.labels()) {
            ResultSetRewindable rs = client.select(candidateQuery(l, typeName, classes));
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                if (!s.contains("item") || !s.get("item").isURIResource()) {
                    continue;
                }
                String qid = s.getResource("item").getURI().substring(WD.ENTITY.length());
                Candidate c = candidates.computeIfAbsent(qid, Candidate::new);
                if (s.contains("via")) {
                    c.via.add(s.getLiteral("via").getLexicalForm() + " \"" + l + "\"");
                }
                if (s.contains("type") && s.get("type").isURIResource()) {
                    String t = local(s.getResource("type").getURI());
                    c.types.add(t);
                    if (s.contains("class") && s.get("class").isURIResource()) {
                        c.compatible.put(t, local(s.getResource("class").getURI()));
                    }
                }
            }
        }
        List<Candidate> compatible = candidates.values().stream()
                .filter(c -> !c.compatible.isEmpty())
                .toList();
        String accepted = classes.stream()
                .map(c -> "wd:" + c.qid() + " (" + c.label() + ")")
                .collect(Collectors.joining(", "));
        if (candidates.isEmpty()) {
            return new Decision(
                    entity,
                    label,
                    typeName,
                    Outcome.NO_MATCH,
                    Optional.empty(),
                    "no item has the English label or alias " + quoted(u.labels()));
        }
        if (compatible.isEmpty()) {
            String found = candidates.values().stream()
                    .map(c -> "wd:" + c.qid + (c.types.isEmpty() ? " (no P31)" : " (P31 " + ids(c.types) + ")"))
                    .collect(Collectors.joining(", "));
            return new Decision(
                    entity,
                    label,
                    typeName,
                    Outcome.WRONG_TYPE,
                    Optional.empty(),
                    "matched " + found + ", none an instance of " + accepted + " as cg:" + typeName + " requires");
        }
        if (compatible.size() > 1) {
            return new Decision(
                    entity,
                    label,
                    typeName,
                    Outcome.AMBIGUOUS,
                    Optional.empty(),
                    compatible.size() + " compatible items match " + quoted(u.labels()) + ": "
                            + compatible.stream().map(c -> "wd:" + c.qid).collect(Collectors.joining(", ")));
        }
        Candidate c = compatible.get(0);
        Map.Entry<String, String> how = c.compatible.entrySet().iterator().next();
        String classLabel = classes.stream()
                .filter(k -> k.qid().equals(how.getValue()))
                .map(WikidataClass::label)
                .findFirst()
                .orElse("");
        String instance = how.getKey().equals(how.getValue())
                ? "an instance of wd:" + how.getValue() + " (" + classLabel + ")"
                : "an instance of wd:" + how.getKey() + ", a subclass of wd:" + how.getValue() + " (" + classLabel
                        + ")";
        String reason = "wd:" + c.qid + " has the English " + String.join(" and ", c.via) + " and is " + instance
                + ", which cg:" + typeName + " accepts; it is the only compatible item among " + candidates.size()
                + " matching item(s)";
        return new Decision(entity, label, typeName, Outcome.LINKED, Optional.of(c.qid), reason);
    }

    /**
     * The query for the items whose English label or alias is {@code label}, with their P31 values and the
     * compatible class each reaches through P279*.
     */
    /*package*/ static String candidateQuery(String label, String cgType, List<WikidataClass> classes) {
        String lit = NodeFmtLib.strNT(NodeFactory.createLiteralLang(label, "en"));
        String values = classes.stream().map(c -> "wd:" + c.qid()).collect(Collectors.joining(" "));
        return "PREFIX wd: <" + WD.ENTITY + ">\n"
                + "PREFIX wdt: <" + WD.DIRECT + ">\n"
                + "PREFIX rdfs: <" + RDFS.getURI() + ">\n"
                + "PREFIX skos: <" + WD.SKOS + ">\n"
                + "# claimgraph link: items named " + lit.replaceAll("[\\r\\n]", " ") + ", for cg:" + cgType + "\n"
                + "SELECT DISTINCT ?item ?via ?type ?class WHERE {\n"
                + "  { ?item rdfs:label " + lit + " . BIND(\"label\" AS ?via) }\n"
                + "  UNION\n"
                + "  { ?item skos:altLabel " + lit + " . BIND(\"alias\" AS ?via) }\n"
                + "  FILTER(STRSTARTS(STR(?item), \"" + WD.ENTITY + "Q\"))\n"
                + "  OPTIONAL {\n"
                + "    ?item wdt:P31 ?type .\n"
                + "    OPTIONAL { VALUES ?class { " + values + " } ?type wdt:P279* ?class . }\n"
                + "  }\n"
                + "}\n"
                + "LIMIT " + MAX_CANDIDATE_ROWS + "\n";
    }

    /** Two entities matching one item, or an item another entity already has: neither is linked to it. */
    private static List<Decision> markTaken(List<Decision> decisions, Map<String, Node> taken) {
        Map<String, Integer> proposed = new HashMap<>();
        for (Decision d : decisions) {
            d.qid().filter(q -> d.outcome() == Outcome.LINKED).ifPresent(q -> proposed.merge(q, 1, Integer::sum));
        }
        List<Decision> out = new ArrayList<>();
        for (Decision d : decisions) {
            if (d.outcome() != Outcome.LINKED) {
                out.add(d);
                continue;
            }
            String qid = d.qid().orElseThrow();
            Node owner = taken.get(Iris.wikidataItem(qid).getURI());
            if (owner != null) {
                out.add(idTaken(d, "wd:" + qid + " matched, but " + owner.getURI() + " already has it"));
            } else if (proposed.get(qid) > 1) {
                out.add(idTaken(
                        d,
                        "wd:" + qid + " matched " + proposed.get(qid)
                                + " entities of the store; none is linked to it"));
            } else {
                out.add(d);
            }
        }
        return out;
    }

    /** The decision turned to {@link Outcome#ID_TAKEN}: its Wikidata id stays to show, but is not linked. */
    private static Decision idTaken(Decision d, String reason) {
        return new Decision(d.entity(), d.label(), d.type(), Outcome.ID_TAKEN, d.qid(), reason);
    }

    private static String mostSpecific(Set<Resource> types) {
        Resource best = null;
        for (Resource t : types) {
            if (best == null
                    || Ontology.withSuperclasses(t).size()
                            > Ontology.withSuperclasses(best).size()) {
                best = t;
            }
        }
        return best == null ? "Entity" : best.getLocalName();
    }

    private static String local(String uri) {
        return uri.startsWith(WD.ENTITY) ? uri.substring(WD.ENTITY.length()) : uri;
    }

    private static String ids(Set<String> qids) {
        return qids.stream()
                .map(q -> q.startsWith("Q") ? "wd:" + q : "<" + q + ">")
                .collect(Collectors.joining(" "));
    }

    private static String quoted(Set<String> labels) {
        return labels.stream().map(l -> "\"" + l + "\"").collect(Collectors.joining(" or "));
    }
}

package org.claimgraph.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.map.Iris;
import org.claimgraph.store.DerivedUpdate;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Ontology;

/**
 * The plain-facts view ({@link Iris#FACTS_GRAPH}): the events of asserted claims as direct edges between entities,
 * for graph tools that want edges rather than events. A visit that an asserted claim reports gives
 * {@code ex:Stoltenberg cg:visited ex:Kyiv}; each edge is in the graph once, whichever articles report it, and is
 * reified, as RDF 1.2 has it, by a {@code cg:Fact} that lists its claims, the way back to the articles and their
 * evidence:
 *
 * <pre>
 * ex:Stoltenberg cg:visited ex:Kyiv .
 * fact:… rdf:reifies &lt;&lt;( ex:Stoltenberg cg:visited ex:Kyiv )&gt;&gt; ; a cg:Fact ; cg:fromClaim claim:… .
 * </pre>
 *
 * Which event types and roles give which edge property is read from the ontology ({@code cg:projectsEvent},
 * {@code cg:subjectRole}, {@code cg:objectRole} on each sub-property of {@code cg:factRelation}). Only claims with
 * the modality {@code cg:Asserted} count: what an article reports from others, plans or denies stays in the
 * events. The graph depends only on the set of article graphs, so that {@link #incremental} (each article's part,
 * added or taken away) and {@link #compute} (all of it) end in the same graph.
 *
 * <pre>
 * Graph facts = PlainFacts.compute(dsg);                       // in a read or write transaction
 * store.store(valid, PlainFacts.incremental());               // kept in step with one article
 * </pre>
 */
public final class PlainFacts {
    private PlainFacts() {}

    /**
     * How one edge property projects events, as the ontology says.
     *
     * @param property    the edge property ({@code cg:visited})
     * @param eventType   the events it projects ({@code cg:Visit})
     * @param subjectRole the role whose fillers are the subjects
     * @param objectRole  the role whose fillers are the objects
     * @param symmetric   the two roles are one: each pair of fillers gives one edge, smaller IRI first
     */
    public record Rule(Node property, Node eventType, Node subjectRole, Node objectRole, boolean symmetric) {}

    /** One edge and one asserted claim behind it. */
    private record Support(Node subject, Node property, Node object, Node claim) {
        String key() {
            return subject.getURI() + "\n" + property.getURI() + "\n" + object.getURI();
        }
    }

    private static final List<Rule> RULES = rules(Ontology.model());

    /** The projection rules of the ontology, in the order of their properties' IRIs. */
    public static List<Rule> rules() {
        return RULES;
    }

    private static List<Rule> rules(Model ontology) {
        List<Rule> out = new ArrayList<>();
        Resource factRelation = ontology.createResource(CG.factRelation.getURI());
        ontology.listSubjectsWithProperty(org.apache.jena.vocabulary.RDFS.subPropertyOf, factRelation)
                .forEach(p -> {
                    RDFNode event = p.getPropertyResourceValue(ontology.createProperty(CG.projectsEvent.getURI()));
                    RDFNode from = p.getPropertyResourceValue(ontology.createProperty(CG.subjectRole.getURI()));
                    RDFNode to = p.getPropertyResourceValue(ontology.createProperty(CG.objectRole.getURI()));
                    if (event == null || from == null || to == null) {
                        throw new IllegalStateException("ontology: fact property " + p
                                + " lacks cg:projectsEvent, cg:subjectRole or cg:objectRole");
                    }
                    boolean symmetric = from.equals(to);
                    if (symmetric != p.hasProperty(RDF.type, OWL2.SymmetricProperty)) {
                        throw new IllegalStateException(
                                "ontology: fact property " + p + " is symmetric exactly when its two roles are one");
                    }
                    out.add(new Rule(p.asNode(), event.asNode(), from.asNode(), to.asNode(), symmetric));
                });
        out.sort(Comparator.comparing(r -> r.property().getURI()));
        return List.copyOf(out);
    }

    /** The facts graph of every article graph of a dataset (inside a transaction). */
    public static Graph compute(DatasetGraph dsg) {
        Map<String, List<Support>> byEdge = new TreeMap<>();
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (Iris.isArticleGraph(g)) {
                for (Support s : supports(dsg.getGraph(g))) {
                    byEdge.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s);
                }
            }
        }
        Graph out = GraphFactory.createDefaultGraph();
        for (List<Support> edge : byEdge.values()) {
            Set<Node> claims = new TreeSet<>(Comparator.comparing(Node::getURI));
            edge.forEach(s -> claims.add(s.claim()));
            Support first = edge.get(0);
            add(out, first, claims);
        }
        return out;
    }

    /**
     * Keeps the facts graph in step with a change of article graphs, in the change's own write transaction: the
     * claims of the graphs leaving are taken off their edges, those of the graphs arriving put on, and an edge left
     * without a claim goes, with its reifier. Ends where {@link #compute} would.
     */
    public static DerivedUpdate incremental() {
        return (dsg, leaving) -> {
            List<Support> gone = new ArrayList<>();
            for (Node g : leaving) {
                gone.addAll(supports(dsg.getGraph(g)));
            }
            return arrived -> {
                Graph facts = dsg.getGraph(Iris.FACTS_GRAPH);
                Map<String, Support> emptied = new LinkedHashMap<>();
                for (Support s : gone) {
                    facts.delete(Iris.fact(s.subject(), s.property(), s.object()), CG.fromClaim.asNode(), s.claim());
                    emptied.put(s.key(), s);
                }
                for (Node g : arrived) {
                    for (Support s : supports(dsg.getGraph(g))) {
                        add(facts, s, Set.of(s.claim()));
                        emptied.remove(s.key());
                    }
                }
                for (Support s : emptied.values()) {
                    Node fact = Iris.fact(s.subject(), s.property(), s.object());
                    if (!facts.contains(fact, CG.fromClaim.asNode(), Node.ANY)) {
                        facts.delete(s.subject(), s.property(), s.object());
                        facts.delete(fact, RDF.Nodes.reifies, tripleTerm(s));
                        facts.delete(fact, RDF.Nodes.type, CG.Fact.asNode());
                    }
                }
            };
        };
    }

    /**
     * A copy of {@code g} for formats without RDF 1.2 triple terms (JSON-LD 1.1): each {@code x p <<( s q o )>>}
     * becomes RDF 1.1's reification, {@code x rdf:subject s ; rdf:predicate q ; rdf:object o}; the rest is copied.
     * True to the facts graph's one use of triple terms, {@code fact rdf:reifies <<( … )>>}.
     */
    public static Graph withoutTripleTerms(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(g.getPrefixMapping());
        g.find().forEach(t -> {
            if (t.getObject().isTripleTerm()) {
                Triple r = t.getObject().getTriple();
                out.add(t.getSubject(), RDF.Nodes.subject, r.getSubject());
                out.add(t.getSubject(), RDF.Nodes.predicate, r.getPredicate());
                out.add(t.getSubject(), RDF.Nodes.object, r.getObject());
            } else {
                out.add(t);
            }
        });
        return out;
    }

    /** The facts one article graph supports ({@link Iris#fact} reifiers), each with its asserted claims there. */
    /*package*/ static Map<Node, Set<Node>> claimsByFact(Graph article) {
        Map<Node, Set<Node>> out = new LinkedHashMap<>();
        for (Support s : supports(article)) {
            out.computeIfAbsent(Iris.fact(s.subject(), s.property(), s.object()), k -> new HashSet<>())
                    .add(s.claim());
        }
        return out;
    }

    private static void add(Graph out, Support edge, Set<Node> claims) {
        Node fact = Iris.fact(edge.subject(), edge.property(), edge.object());
        out.add(edge.subject(), edge.property(), edge.object());
        out.add(fact, RDF.Nodes.type, CG.Fact.asNode());
        out.add(fact, RDF.Nodes.reifies, tripleTerm(edge));
        for (Node c : claims) {
            out.add(fact, CG.fromClaim.asNode(), c);
        }
    }

    private static Node tripleTerm(Support s) {
        return NodeFactory.createTripleTerm(s.subject(), s.property(), s.object());
    }

    /** The edges one article graph gives, each with the asserted claim behind it. */
    private static List<Support> supports(Graph article) {
        List<Support> out = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        article.find(Node.ANY, CG.modality.asNode(), CG.Asserted.asNode()).forEach(t -> {
            Node claim = t.getSubject();
            if (!seen.add(claim)) {
                return;
            }
            article.find(claim, CG.about.asNode(), Node.ANY).forEach(about -> {
                Node event = about.getObject();
                // One look-up for the types, not one per rule: this runs for every claim of every article.
                Set<Node> types = article.find(event, RDF.Nodes.type, Node.ANY)
                        .mapWith(Triple::getObject)
                        .toSet();
                for (Rule r : RULES) {
                    if (!types.contains(r.eventType())) {
                        continue;
                    }
                    List<Node> subjects = fillers(article, event, r.subjectRole());
                    List<Node> objects = r.symmetric() ? subjects : fillers(article, event, r.objectRole());
                    for (Node s : subjects) {
                        for (Node o : objects) {
                            boolean once = !r.symmetric() || s.getURI().compareTo(o.getURI()) < 0;
                            if (!s.equals(o) && once) {
                                out.add(new Support(s, r.property(), o, claim));
                            }
                        }
                    }
                }
            });
        });
        return out;
    }

    private static List<Node> fillers(Graph g, Node event, Node role) {
        return g.find(event, role, Node.ANY)
                .mapWith(t -> t.getObject())
                .filterKeep(Node::isURI)
                .toList();
    }
}

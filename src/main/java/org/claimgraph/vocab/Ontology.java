package org.claimgraph.vocab;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.claimgraph.sys.ClaimgraphException;

/**
 * The ontology and the SHACL shapes, loaded once from the classpath (they ship in the jar from
 * {@code ontology/}). Class hierarchy questions are answered from the ontology, not from code, so that
 * types can be asserted with all their claimgraph superclasses.
 */
public final class Ontology {
    /** Classpath location of the ontology. */
    public static final String ONTOLOGY_RESOURCE = "ontology/claimgraph.ttl";
    /** Classpath location of the SHACL shapes. */
    public static final String SHAPES_RESOURCE = "ontology/shapes.ttl";

    private static final Model ONTOLOGY = load(ONTOLOGY_RESOURCE);
    private static final Model SHAPES = load(SHAPES_RESOURCE);

    private Ontology() {}

    /** The ontology as a read-only view; do not modify. */
    public static Model model() {
        return ONTOLOGY;
    }

    /**
     * Every property under {@code property} by rdfs:subPropertyOf, at any depth, in the order a walk down finds
     * them: the roles under cg:role, so a role added to the ontology needs no code where roles are listed.
     */
    public static List<org.apache.jena.graph.Node> subPropertiesOf(Resource property) {
        java.util.Set<org.apache.jena.graph.Node> out = new java.util.LinkedHashSet<>();
        List<Resource> queue = new java.util.ArrayList<>(List.of(ONTOLOGY.createResource(property.getURI())));
        while (!queue.isEmpty()) {
            Resource r = queue.remove(0);
            ONTOLOGY.listSubjectsWithProperty(org.apache.jena.vocabulary.RDFS.subPropertyOf, r)
                    .forEach(sub -> {
                        if (sub.isURIResource() && out.add(sub.asNode())) {
                            queue.add(sub);
                        }
                    });
        }
        return List.copyOf(out);
    }

    /** The SHACL shapes graph. */
    public static Model shapes() {
        return SHAPES;
    }

    /**
     * The class and all its superclasses within the claimgraph namespace, most specific first.
     * Superclasses outside the namespace (schema.org, SEM, PROV) are left to the ontology.
     */
    public static List<Resource> withSuperclasses(Resource cls) {
        Set<Resource> seen = new LinkedHashSet<>();
        List<Resource> queue = new ArrayList<>(List.of(cls));
        while (!queue.isEmpty()) {
            Resource c = queue.remove(0);
            if (!c.getURI().startsWith(CG.NS) || !seen.add(c)) {
                continue;
            }
            ONTOLOGY.listObjectsOfProperty(ONTOLOGY.createResource(c.getURI()), RDFS.subClassOf)
                    .forEach(o -> queue.add(o.asResource()));
        }
        return List.copyOf(seen);
    }

    /** True when {@code cls} is {@code ancestor} or one of its subclasses in the ontology. */
    public static boolean isSubClassOf(Resource cls, Resource ancestor) {
        return withSuperclasses(cls).contains(ancestor);
    }

    /** The standard prefixes claimgraph writes its data with. */
    public static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix(CG.PREFIX, CG.NS);
        pm.setNsPrefix("cgid", CG.ID_NS);
        pm.setNsPrefix(NIF.PREFIX, NIF.NS);
        pm.setNsPrefix(PROV.PREFIX, PROV.NS);
        pm.setNsPrefix("schema", SchemaDO.NS);
        pm.setNsPrefix("rdf", RDF.getURI());
        pm.setNsPrefix("rdfs", RDFS.getURI());
        pm.setNsPrefix("owl", OWL2.getURI());
        pm.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.setNsPrefix("wd", WD.ENTITY);
        return pm;
    }

    /** The rdfs:label of a term, or its local name when the ontology gives none. */
    public static String label(Resource term) {
        org.apache.jena.rdf.model.Statement label =
                ONTOLOGY.getProperty(ONTOLOGY.createResource(term.getURI()), RDFS.label);
        return label == null ? term.getLocalName() : label.getString();
    }

    private static Model load(String resource) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ClaimgraphException("Missing classpath resource " + resource + ": the jar is incomplete");
            }
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new ClaimgraphException("Cannot read " + resource + ": " + e.getMessage(), e);
        }
        return m;
    }
}

package org.claimgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Fails when the Java constants and the ontology drift apart, or a term lacks its label or comment. */
class VocabularyDriftTest {
    private static Set<String> constants() throws IllegalAccessException {
        Set<String> out = new TreeSet<>();
        for (Field f : CG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource r = (Resource) f.get(null);
                assertEquals(CG.NS + f.getName(), r.getURI(), "constant " + f.getName() + " is named after its term");
                out.add(r.getURI());
            }
        }
        return out;
    }

    private static Set<String> ontologyTerms() {
        Model m = Ontology.model();
        Set<String> out = new TreeSet<>();
        m.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(CG.NS) && m.contains(s, RDF.type)) {
                out.add(s.getURI());
            }
        });
        return out;
    }

    @Test
    void everyConstantIsATermOfTheOntology() throws Exception {
        Set<String> missing = new TreeSet<>(constants());
        missing.removeAll(ontologyTerms());
        assertTrue(missing.isEmpty(), "constants without an ontology term: " + missing);
    }

    @Test
    void everyOntologyTermHasAConstant() throws Exception {
        Set<String> missing = new TreeSet<>(ontologyTerms());
        missing.removeAll(constants());
        assertTrue(missing.isEmpty(), "ontology terms without a constant in CG: " + missing);
    }

    @Test
    void everyTermHasALabelAndAComment() {
        Model m = Ontology.model();
        Set<String> bad = new TreeSet<>();
        for (String uri : ontologyTerms()) {
            Resource r = m.createResource(uri);
            if (!m.contains(r, RDFS.label) || !m.contains(r, RDFS.comment)) {
                bad.add(uri);
            }
        }
        assertTrue(bad.isEmpty(), "terms without rdfs:label or rdfs:comment: " + bad);
    }

    @Test
    void superclassesComeFromTheOntology() {
        assertEquals(
                java.util.List.of(CG.Alliance, CG.Organization, CG.Actor, CG.Entity),
                Ontology.withSuperclasses(CG.Alliance));
        assertTrue(Ontology.isSubClassOf(CG.Country, CG.Place));
        assertTrue(Ontology.isSubClassOf(CG.Warning, CG.Statement));
    }
}

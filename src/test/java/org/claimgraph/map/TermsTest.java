package org.claimgraph.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.extract.EventKind;
import org.claimgraph.extract.Modality;
import org.claimgraph.extract.QuantityQualifier;
import org.claimgraph.extract.Role;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Ontology;
import org.junit.jupiter.api.Test;

class TermsTest {
    private final Model onto = Ontology.model();

    @Test
    void everyEventKindHasItsClassAndEveryEventClassItsKind() {
        for (EventKind k : EventKind.values()) {
            Resource cls = Terms.ontologyClass(k);
            assertNotNull(cls, k.name());
            assertTrue(Ontology.isSubClassOf(cls, CG.Event), k + " is an event class");
            assertEquals(Optional.of(k), Terms.kind(cls.asNode()));
        }
        onto.listSubjectsWithProperty(RDFS.subClassOf)
                .filterKeep(c -> c.isURIResource() && c.getURI().startsWith(CG.NS))
                .filterKeep(c -> !c.equals(CG.Event) && Ontology.isSubClassOf(c, CG.Event))
                .forEach(c -> assertTrue(Terms.kind(c.asNode()).isPresent(), c + " has no EventKind"));
    }

    @Test
    void everyRoleHasItsPropertyAndEveryRolePropertyItsRole() {
        for (Role r : Role.values()) {
            assertTrue(onto.contains(Terms.property(r), RDFS.subPropertyOf, CG.role), r + " is a cg:role");
            assertEquals(Optional.of(r), Terms.role(Terms.property(r).asNode()));
        }
        onto.listSubjectsWithProperty(RDFS.subPropertyOf, CG.role)
                .forEach(p -> assertTrue(Terms.role(p.asNode()).isPresent(), p + " has no Role"));
    }

    @Test
    void everyModalityAndQualifierIsAnIndividualOfItsClass() {
        for (Modality m : Modality.values()) {
            assertTrue(onto.contains(Terms.individual(m), RDF.type, CG.Modality), m.name());
        }
        for (QuantityQualifier q : QuantityQualifier.values()) {
            assertTrue(onto.contains(Terms.individual(q), RDF.type, CG.QuantityQualifier), q.name());
        }
    }
}

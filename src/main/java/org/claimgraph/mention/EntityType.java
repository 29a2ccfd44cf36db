package org.claimgraph.mention;

import java.util.Locale;
import org.apache.jena.rdf.model.Resource;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Ontology;

/** The kinds of entity claimgraph tells apart, each bound to its ontology class. */
public enum EntityType {
    PERSON(CG.Person),
    ORGANIZATION(CG.Organization),
    ALLIANCE(CG.Alliance),
    COUNTRY(CG.Country),
    CITY(CG.City),
    PLACE(CG.Place),
    EQUIPMENT(CG.Equipment),
    ASSISTANCE(CG.Assistance),
    /** An actor whose kind the text does not reveal. */
    ACTOR(CG.Actor);

    private final Resource ontologyClass;

    EntityType(Resource ontologyClass) {
        this.ontologyClass = ontologyClass;
    }

    /** The ontology class of this type. */
    public Resource ontologyClass() {
        return ontologyClass;
    }

    /** True when entities of this type can act (visit, pledge, speak). */
    public boolean isActor() {
        return Ontology.isSubClassOf(ontologyClass, CG.Actor);
    }

    /** True when entities of this type are places (can be visited). */
    public boolean isPlace() {
        return Ontology.isSubClassOf(ontologyClass, CG.Place);
    }

    /** True for organizations, alliances included. */
    public boolean isOrganization() {
        return Ontology.isSubClassOf(ontologyClass, CG.Organization);
    }

    /** True for things that can be given: equipment and assistance. */
    public boolean isItem() {
        return this == EQUIPMENT || this == ASSISTANCE;
    }

    /**
     * Reads a type name as written in gazetteer files: the enum name in any case, with
     * {@code GovernmentBody} read as an organization and {@code Place}/{@code City} as places.
     */
    public static EntityType parse(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        return switch (n) {
            case "GOVERNMENTBODY", "ORG", "COMPANY", "GROUP" -> ORGANIZATION;
            default -> EntityType.valueOf(n);
        };
    }
}

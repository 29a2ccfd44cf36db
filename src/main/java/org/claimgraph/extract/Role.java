package org.claimgraph.extract;

import java.util.Locale;
import java.util.function.Predicate;
import org.apache.jena.rdf.model.Property;
import org.claimgraph.mention.EntityType;
import org.claimgraph.vocab.CG;

/**
 * The roles an entity can play in an event, each bound to its ontology property and restricted to the
 * entity types the ontology's range allows, so that a frame cannot put a tank in the donor's place.
 */
public enum Role {
    visitor(CG.visitor, EntityType::isActor),
    destination(CG.destination, EntityType::isPlace),
    donor(CG.donor, EntityType::isActor),
    recipient(CG.recipient, EntityType::isActor),
    item(CG.item, EntityType::isItem),
    member(CG.member, EntityType::isActor),
    alliance(CG.alliance, EntityType::isOrganization),
    participant(CG.participant, EntityType::isActor),
    location(CG.location, EntityType::isPlace),
    forum(CG.forum, EntityType::isOrganization),
    speaker(CG.speaker, EntityType::isActor),
    topic(CG.topic, t -> true),
    agent(CG.agent, EntityType::isActor),
    target(CG.target, t -> t.isActor() || t.isPlace()),
    holder(CG.holder, t -> t == EntityType.PERSON),
    officeOf(CG.officeOf, EntityType::isActor);

    private final Property property;
    private final Predicate<EntityType> accepts;

    Role(Property property, Predicate<EntityType> accepts) {
        this.property = property;
        this.accepts = accepts;
    }

    /** The ontology property. */
    public Property property() {
        return property;
    }

    /** True when an entity of this type may fill the role. */
    public boolean accepts(EntityType type) {
        return accepts.test(type);
    }

    /** Reads a role name as written in frame files. */
    public static Role parse(String name) {
        return Role.valueOf(name.strip()
                .replace("-", "")
                .replace("_", "")
                .toLowerCase(Locale.ROOT)
                .replace("officeof", "officeOf"));
    }
}

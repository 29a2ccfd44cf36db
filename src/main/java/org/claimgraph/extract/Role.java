package org.claimgraph.extract;

import java.util.Locale;
import java.util.function.Predicate;
import org.claimgraph.mention.EntityType;

/**
 * The roles an entity can play in an event, each restricted to the
 * entity types the ontology's range allows, so that a frame cannot put a tank in the donor's place.
 */
public enum Role {
    visitor(EntityType::isActor),
    destination(EntityType::isPlace),
    donor(EntityType::isActor),
    // "aid for Gaza": a territory that is no state receives too (FrameMatcher.territoryRecipient).
    recipient(t -> t.isActor() || t == EntityType.PLACE),
    item(EntityType::isItem),
    member(EntityType::isActor),
    alliance(EntityType::isOrganization),
    participant(EntityType::isActor),
    location(EntityType::isPlace),
    forum(EntityType::isOrganization),
    speaker(EntityType::isActor),
    topic(t -> true),
    agent(EntityType::isActor),
    target(t -> t.isActor() || t.isPlace()),
    holder(t -> t == EntityType.PERSON),
    officeOf(EntityType::isActor);

    private final Predicate<EntityType> accepts;

    Role(Predicate<EntityType> accepts) {
        this.accepts = accepts;
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

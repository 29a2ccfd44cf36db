package org.claimgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimgraph.mention.Entity;
import org.claimgraph.mention.EntityType;
import org.junit.jupiter.api.Test;

/** Entity precision and recall against a gold file's entity list. */
class EntityCountsTest {
    private static final List<GoldFile.EntityEntry> LISTED = List.of(
            new GoldFile.EntityEntry("Anna Varga", "Person", List.of("Varga")),
            new GoldFile.EntityEntry("Ruritania", "Country", List.of()),
            new GoldFile.EntityEntry("Strelsau", "City", List.of()));

    @Test
    void aListedNameOfTheRightTypeCountsAndItemsOfCommonNounsAreNotEntities() {
        List<Entity> named = List.of(
                Entity.local(EntityType.PERSON, "Anna Varga"),
                Entity.local(EntityType.PLACE, "Strelsau"), // a City is also a Place
                Entity.local(EntityType.PERSON, "Ruritania"), // the wrong type
                Entity.local(EntityType.ORGANIZATION, "Presse"), // not listed
                Entity.local(EntityType.EQUIPMENT, "howitzer"), // a common noun: left out
                Entity.local(EntityType.ASSISTANCE, "humanitarian aid"));
        EntityCounts c = EntityCounts.score(LISTED, named, NameMatcher.labelsOnly());
        assertEquals(4, c.system());
        assertEquals(2, c.systemRight());
        assertEquals(3, c.gold());
        assertEquals(2, c.goldFound());
        assertEquals(0.5, c.precision());
        assertEquals(java.util.List.of("Ruritania (PERSON)", "Presse (ORGANIZATION)"), c.unlisted());
        assertEquals(java.util.List.of("Ruritania (Country)"), c.unnamed());
    }

    @Test
    void aGoldFileWithoutAListCountsNothing() {
        assertEquals(
                EntityCounts.ZERO,
                EntityCounts.score(List.of(), List.of(Entity.local(EntityType.PERSON, "X")), NameMatcher.labelsOnly()));
    }
}

package org.claimgraph.evaluate;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.mention.Entity;
import org.claimgraph.mention.EntityType;

/**
 * How the entities a graph names compare with a gold file's {@code entities} list: precision is the share of
 * the graph's entities that are a listed entity of the same type, recall the share of listed entities the graph
 * names. Items named by common nouns ("howitzer", "humanitarian aid") are not proper-named entities and are
 * left out; a City is also a Place and an Alliance also an Organization, as the ontology has them.
 *
 * @param system      proper-named entities the graph names
 * @param systemRight of those, the ones the gold list has with a compatible type
 * @param gold        entities the gold list has
 * @param goldFound   of those, the ones the graph names
 * @param unlisted    the graph's entities the list lacks (or has with another type), as "label (TYPE)"
 * @param unnamed     the listed entities the graph does not name, as "name (Type)"
 */
public record EntityCounts(
        int system, int systemRight, int gold, int goldFound, List<String> unlisted, List<String> unnamed) {
    /** Nothing counted. */
    public static final EntityCounts ZERO = new EntityCounts(0, 0, 0, 0, List.of(), List.of());

    public EntityCounts {
        unlisted = List.copyOf(unlisted);
        unnamed = List.copyOf(unnamed);
    }

    private static final Map<String, Set<EntityType>> TYPES = Map.of(
            "Person", Set.of(EntityType.PERSON),
            "Country", Set.of(EntityType.COUNTRY),
            "City", Set.of(EntityType.CITY, EntityType.PLACE),
            "Place", Set.of(EntityType.PLACE, EntityType.CITY),
            "Organization", Set.of(EntityType.ORGANIZATION, EntityType.ALLIANCE, EntityType.ACTOR),
            "Alliance", Set.of(EntityType.ALLIANCE, EntityType.ORGANIZATION),
            "Equipment", Set.of(EntityType.EQUIPMENT));

    /** The counts of two articles together (the lists are per article and are not carried). */
    public EntityCounts plus(EntityCounts o) {
        return new EntityCounts(
                system + o.system,
                systemRight + o.systemRight,
                gold + o.gold,
                goldFound + o.goldFound,
                List.of(),
                List.of());
    }

    public double precision() {
        return system == 0 ? 0 : (double) systemRight / system;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) goldFound / gold;
    }

    /** Scores the entities of one extraction against one gold list. */
    static EntityCounts score(List<GoldFile.EntityEntry> listed, Collection<Entity> named, NameMatcher names) {
        if (listed.isEmpty()) {
            return ZERO; // a gold file without a list says nothing about entities
        }
        List<Entity> proper = named.stream().filter(EntityCounts::properlyNamed).toList();
        int right = 0;
        List<String> unlisted = new java.util.ArrayList<>();
        for (Entity e : proper) {
            if (listed.stream().anyMatch(g -> same(g, e, names))) {
                right++;
            } else {
                unlisted.add(e.label() + " (" + e.type() + ")");
            }
        }
        int found = 0;
        List<String> unnamed = new java.util.ArrayList<>();
        for (GoldFile.EntityEntry g : listed) {
            if (proper.stream().anyMatch(e -> same(g, e, names))) {
                found++;
            } else {
                unnamed.add(g.name() + " (" + g.type() + ")");
            }
        }
        return new EntityCounts(proper.size(), right, listed.size(), found, unlisted, unnamed);
    }

    private static boolean properlyNamed(Entity e) {
        return e.type() != EntityType.ASSISTANCE && !(e.type() == EntityType.EQUIPMENT && e.local());
    }

    private static boolean same(GoldFile.EntityEntry g, Entity e, NameMatcher names) {
        if (!TYPES.getOrDefault(g.type(), Set.of()).contains(e.type())) {
            return false;
        }
        if (names.matches(g.name(), e, List.of(), false)) {
            return true;
        }
        return g.aliases().stream().anyMatch(a -> names.matches(a, e, List.of(), false));
    }
}

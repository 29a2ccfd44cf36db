package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.mention.Entity;
import org.claimgraph.mention.Gazetteer;

/**
 * Makes one event of the claims of an article that report the same thing, by the rules of
 * {@link EventIdentity} (same type, the same actors, compatible places, items and times; once-only events
 * whatever their dates, so that disagreeing dates show as a conflict between claims instead of as two
 * invasions).
 */
/*package*/ final class EventMerger {
    private final EventIdentity identity;
    private final Gazetteer gazetteer;

    EventMerger(EventIdentity identity, Gazetteer gazetteer) {
        this.identity = identity;
        this.gazetteer = gazetteer;
    }

    /** Merges in claim order and returns the distinct events; each claim then points at its merged event. */
    List<Event> merge(List<Claim> claims) {
        List<Event> events = new ArrayList<>();
        List<Boolean> negated = new ArrayList<>();
        List<Boolean> planned = new ArrayList<>();
        for (Claim c : claims) {
            Event e = c.event();
            boolean neg = c.modality() == Modality.Negated;
            boolean plan = c.modality() == Modality.Planned;
            EventIdentity.Report<Entity> report = report(e, neg);
            Event same = null;
            for (int i = 0; i < events.size(); i++) {
                Event other = events.get(i);
                if (other == e
                        || (aheadAndDoneApart(plan, planned.get(i), e, other)
                                && identity.same(
                                        report(other, negated.get(i)),
                                        report,
                                        this::within,
                                        EventIdentity.Scope.ARTICLE))) {
                    same = other;
                    break;
                }
            }
            if (same != null) {
                same.absorb(e);
                c.event(same);
            } else {
                events.add(e);
                negated.add(neg);
                planned.add(plan);
            }
        }
        return events;
    }

    /**
     * "Austin held meetings with his counterparts. … he will meet with X": what is still planned is another act
     * than one done, unless both times are known and agree (then the text tells of the same one twice). False
     * when the two may not be merged.
     */
    private static boolean aheadAndDoneApart(boolean plannedA, boolean plannedB, Event a, Event b) {
        return plannedA == plannedB || (a.time().isResolved() && b.time().isResolved());
    }

    /** An article's event as the identity rules see it. */
    static EventIdentity.Report<Entity> report(Event e, boolean negated) {
        Map<Role, Set<Entity>> roles = new EnumMap<>(Role.class);
        e.roles().forEach((r, es) -> roles.put(r, Set.copyOf(es)));
        return new EventIdentity.Report<>(
                e.kind(), roles, e.quantity(), e.content(), e.positionName(), e.time(), e.delivery(), negated);
    }

    /** True when place {@code inner} lies in {@code outer} (a city in its country, a capital in its state). */
    boolean within(Entity inner, Entity outer) {
        if (inner.withinKey().map(k -> k.equals(outer.key())).orElse(false)) {
            return true;
        }
        return gazetteer.placesContaining(inner.key()).contains(outer.key());
    }
}

package org.claimgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.mention.Entity;

/**
 * Places undated events inside the visit they belong to: when the visitor of a visit with a known day
 * acts, undated, at the visit's destination or a place within it ("honouring the fallen in Kyiv’s main
 * square" during a visit to Kyiv), the act is a sub-event of the visit and takes its day.
 */
/*package*/ final class SubEvents {
    private final EventMerger places;

    SubEvents(EventMerger places) {
        this.places = places;
    }

    void link(List<Claim> claims, List<Event> events) {
        Map<Event, Integer> support = new HashMap<>();
        claims.forEach(c -> support.merge(c.event(), 1, Integer::sum));
        for (Event e : events) {
            if (e.kind() == EventKind.Visit
                    || e.kind().isStatement()
                    || e.kind() == EventKind.OfficeHolding
                    || e.time().isResolved()
                    || e.role(Role.location).isEmpty()) {
                continue;
            }
            Event best = null;
            for (Event visit : events) {
                if (visit.kind() != EventKind.Visit
                        || visit.time().date().isEmpty()
                        || visit.time().date().get().precision() != TimePoint.Precision.DAY
                        || !shares(actors(e), visit.role(Role.visitor))
                        || !inside(e.role(Role.location), visit)) {
                    continue;
                }
                if (best == null || support.getOrDefault(visit, 0) > support.getOrDefault(best, 0)) {
                    best = visit;
                }
            }
            if (best != null) {
                e.subEventOf(best);
                e.time(new TimeSpec(
                        best.time().date(), java.util.Optional.empty(), java.util.Optional.empty(), "", ""));
            }
        }
    }

    private static Set<Entity> actors(Event e) {
        Set<Entity> out = new java.util.LinkedHashSet<>(e.role(Role.agent));
        out.addAll(e.role(Role.participant));
        return out;
    }

    private boolean inside(Set<Entity> locations, Event visit) {
        for (Entity l : locations) {
            for (Entity d : visit.role(Role.destination)) {
                if (l.equals(d) || places.within(l, d)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean shares(Set<Entity> a, Set<Entity> b) {
        return a.stream().anyMatch(b::contains);
    }
}

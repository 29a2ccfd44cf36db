package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.mention.Entity;
import org.claimgraph.mention.Gazetteer;

/**
 * Makes one event of the claims that report the same thing: same type, the same actor, compatible other
 * participants (a visit to Kyiv is compatible with a visit to Ukraine) and compatible times. Events that
 * happen once for the same participants (an invasion, an accession) merge whatever their dates say, so
 * that disagreeing dates show as a conflict between claims instead of as two invasions.
 */
/*package*/ final class EventMerger {
    private final Gazetteer gazetteer;

    EventMerger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Merges in claim order and returns the distinct events; each claim then points at its merged event. */
    List<Event> merge(List<Claim> claims) {
        List<Event> events = new ArrayList<>();
        List<Modality> negation = new ArrayList<>();
        for (Claim c : claims) {
            Event e = c.event();
            boolean negated = c.modality() == Modality.Negated;
            Optional<Event> same = Optional.empty();
            for (int i = 0; i < events.size(); i++) {
                boolean otherNegated = negation.get(i) == Modality.Negated;
                if (otherNegated == negated && same(events.get(i), e)) {
                    same = Optional.of(events.get(i));
                    break;
                }
            }
            if (same.isPresent()) {
                same.get().absorb(e);
                c.event(same.get());
            } else {
                events.add(e);
                negation.add(c.modality());
            }
        }
        return events;
    }

    private boolean same(Event a, Event b) {
        if (a == b) {
            return true;
        }
        if (a.kind() != b.kind()) {
            return false;
        }
        switch (a.kind()) {
            case OfficeHolding -> {
                return a.role(Role.holder).equals(b.role(Role.holder))
                        && a.office().equals(b.office())
                        && compatible(a.role(Role.officeOf), b.role(Role.officeOf));
            }
            case Statement, Warning, Promise -> {
                return a.role(Role.speaker).equals(b.role(Role.speaker))
                        && a.content().equals(b.content());
            }
            default -> {}
        }
        for (Map.Entry<Role, Set<Entity>> r : a.roles().entrySet()) {
            Set<Entity> other = b.role(r.getKey());
            if (other.isEmpty() || r.getKey() == Role.topic) {
                continue;
            }
            boolean actor = isActorRole(r.getKey());
            if (actor && !overlap(r.getValue(), other)) {
                return false;
            }
            if (!actor && !compatible(r.getValue(), other)) {
                return false;
            }
        }
        if (!sharesActor(a, b)) {
            return false;
        }
        if (a.kind().isTransfer()) {
            boolean bothItems =
                    !a.role(Role.item).isEmpty() && !b.role(Role.item).isEmpty();
            if (bothItems && !overlap(a.role(Role.item), b.role(Role.item))) {
                return false;
            }
            if (a.quantity().isPresent()
                    && b.quantity().isPresent()
                    && !a.quantity().equals(b.quantity())) {
                return false;
            }
        }
        return a.unique() || (a.time().compatibleWith(b.time()) && a.delivery().compatibleWith(b.delivery()));
    }

    private static boolean isActorRole(Role r) {
        return r == Role.visitor
                || r == Role.donor
                || r == Role.member
                || r == Role.agent
                || r == Role.speaker
                || r == Role.holder
                || r == Role.participant;
    }

    /** Both name at least one actor and share one. */
    private static boolean sharesActor(Event a, Event b) {
        for (Role r : Role.values()) {
            if (isActorRole(r) && !a.role(r).isEmpty() && !b.role(r).isEmpty()) {
                return overlap(a.role(r), b.role(r));
            }
        }
        return false;
    }

    private static boolean overlap(Set<Entity> x, Set<Entity> y) {
        for (Entity e : x) {
            if (y.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** Empty on either side, a shared member, or places one of which lies in the other. */
    private boolean compatible(Set<Entity> x, Set<Entity> y) {
        if (x.isEmpty() || y.isEmpty() || overlap(x, y)) {
            return true;
        }
        for (Entity a : x) {
            for (Entity b : y) {
                if (within(a, b) || within(b, a)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when place {@code inner} lies in {@code outer} (a city in its country, a capital in its state). */
    boolean within(Entity inner, Entity outer) {
        if (inner.withinKey().map(k -> k.equals(outer.key())).orElse(false)) {
            return true;
        }
        return gazetteer
                .countryOfCapital(inner.key())
                .map(k -> k.equals(outer.key()))
                .orElse(false);
    }
}

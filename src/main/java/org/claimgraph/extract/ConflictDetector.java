package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimgraph.mention.Entity;
import org.claimgraph.mention.EntityType;

/**
 * Flags claims that cannot all hold. Three kinds of disagreement are checked:
 * <ul>
 * <li>an event that happens once (an invasion, an accession) reported with dates that exclude each other;</li>
 * <li>"only" nonlethal items from a donor against a claim that the donor gives weapons;</li>
 * <li>"the first visit since X" against a claim of another such visit in that period.</li>
 * </ul>
 * The event of a date conflict keeps no date of its own: each claim keeps the date it states.
 */
/*package*/ final class ConflictDetector {
    /**
     * What a "first since" claim counts from.
     *
     * @param anchor  the claim of the event it counts from ("since the war began"), if the text names one
     * @param wartime true for "first wartime trip": it counts from the start of the war
     */
    record Since(Optional<Claim> anchor, boolean wartime) {}

    private final EventIdentity identity;
    private final EventMerger places;

    ConflictDetector(EventIdentity identity, EventMerger places) {
        this.identity = identity;
        this.places = places;
    }

    List<Conflict> detect(List<Claim> claims, List<Event> events, Map<Claim, Since> firstSince) {
        Map<Event, List<Claim>> byEvent = new LinkedHashMap<>();
        for (Claim c : claims) {
            byEvent.computeIfAbsent(c.event(), k -> new ArrayList<>()).add(c);
        }
        List<Conflict> out = new ArrayList<>();
        dates(byEvent, out);
        only(claims, out);
        firstSince(claims, byEvent, firstSince, out);
        return out;
    }

    private void dates(Map<Event, List<Claim>> byEvent, List<Conflict> out) {
        for (Map.Entry<Event, List<Claim>> e : byEvent.entrySet()) {
            if (!identity.onceOnly(e.getKey().kind())) {
                continue;
            }
            List<Claim> cs = e.getValue();
            boolean conflicting = false;
            for (int i = 0; i < cs.size(); i++) {
                for (int j = i + 1; j < cs.size(); j++) {
                    TimeSpec a = cs.get(i).time();
                    TimeSpec b = cs.get(j).time();
                    if (a.isResolved() && b.isResolved() && !a.compatibleWith(b)) {
                        conflicting = true;
                        out.add(new Conflict(
                                List.of(cs.get(i), cs.get(j)),
                                "The dates cannot both hold: one claim puts the " + label(e.getKey()) + " "
                                        + describe(a) + ", the other " + describe(b) + "."));
                    }
                }
            }
            if (conflicting) {
                e.getKey().time(TimeSpec.NONE);
            }
        }
    }

    private static void only(List<Claim> claims, List<Conflict> out) {
        for (Claim c : claims) {
            Event e = c.event();
            if (!e.kind().isTransfer()
                    || !e.only()
                    || e.role(Role.item).isEmpty()
                    || e.role(Role.item).stream().anyMatch(ConflictDetector::lethal)) {
                continue;
            }
            for (Claim d : claims) {
                Event f = d.event();
                if (f == e
                        || !f.kind().isTransfer()
                        || d.modality() == Modality.Negated
                        || !shares(e.role(Role.donor), f.role(Role.donor))) {
                    continue;
                }
                List<String> weapons = f.role(Role.item).stream()
                        .filter(ConflictDetector::lethal)
                        .map(Entity::label)
                        .toList();
                if (!weapons.isEmpty()) {
                    out.add(new Conflict(
                            List.of(c, d),
                            "One claim says "
                                    + names(e.role(Role.donor)) + " gives only nonlethal items ("
                                    + names(e.role(Role.item)) + "); the other says it gives "
                                    + String.join(", ", weapons)
                                    + "."));
                }
            }
        }
    }

    private void firstSince(
            List<Claim> claims, Map<Event, List<Claim>> byEvent, Map<Claim, Since> marks, List<Conflict> out) {
        Map<Event, List<Claim>> firstClaims = new LinkedHashMap<>();
        Map<Event, Optional<LocalDate>> periodStart = new LinkedHashMap<>();
        for (Map.Entry<Claim, Since> m : marks.entrySet()) {
            Event e = m.getKey().event();
            firstClaims.computeIfAbsent(e, k -> new ArrayList<>()).add(m.getKey());
            Optional<LocalDate> start = start(m.getValue(), claims);
            periodStart.merge(e, start, (x, y) -> x.isPresent() ? x : y);
        }
        for (Map.Entry<Event, List<Claim>> f : firstClaims.entrySet()) {
            Event e = f.getKey();
            Optional<LocalDate> end = e.time().earliest();
            Optional<LocalDate> start = periodStart.get(e);
            if (end.isEmpty() || start.isEmpty()) {
                continue;
            }
            TimeSpec period = TimeSpec.bounded(
                    Optional.of(TimePoint.day(start.get())),
                    Optional.of(TimePoint.day(end.get().minusDays(1))),
                    "");
            for (Map.Entry<Event, List<Claim>> other : byEvent.entrySet()) {
                Event o = other.getKey();
                if (o == e
                        || o.kind() != e.kind()
                        || !o.time().isResolved()
                        || !shares(actors(e), actors(o))
                        || !placesCompatible(e, o)
                        || !o.time().compatibleWith(period)
                        || other.getValue().stream().noneMatch(c -> c.modality() == Modality.Asserted)) {
                    continue;
                }
                List<Claim> involved = new ArrayList<>(new LinkedHashSet<>(f.getValue()));
                involved.addAll(other.getValue());
                out.add(new Conflict(
                        involved,
                        "One claim calls the " + label(e) + " " + describe(e.time())
                                + " the first since " + start.get() + ", but another claim reports such a "
                                + label(o) + " " + describe(o.time()) + ", within that period."));
            }
        }
    }

    /** When the period of a "first since" claim starts: the latest the anchor event can have happened. */
    private static Optional<LocalDate> start(Since since, List<Claim> claims) {
        if (since.anchor().isPresent()) {
            TimeSpec t = since.anchor().get().time();
            return t.latest().or(t::earliest);
        }
        if (since.wartime()) {
            return claims.stream()
                    .filter(c ->
                            c.event().kind() == EventKind.Invasion || c.event().kind() == EventKind.MilitaryAction)
                    .map(c -> c.time().latest().or(() -> c.time().earliest()))
                    .flatMap(Optional::stream)
                    .min(LocalDate::compareTo);
        }
        return Optional.empty();
    }

    private static Set<Entity> actors(Event e) {
        Set<Entity> out = new LinkedHashSet<>(e.role(Role.visitor));
        out.addAll(e.role(Role.participant));
        out.addAll(e.role(Role.agent));
        return out;
    }

    private boolean placesCompatible(Event a, Event b) {
        for (Entity x : a.role(Role.destination)) {
            for (Entity y : b.role(Role.destination)) {
                if (x.equals(y) || places.within(x, y) || places.within(y, x)) {
                    return true;
                }
            }
        }
        return a.role(Role.destination).isEmpty() && b.role(Role.destination).isEmpty();
    }

    private static boolean lethal(Entity item) {
        return item.category().equals("lethal") || (!item.local() && item.type() == EntityType.EQUIPMENT);
    }

    private static boolean shares(Set<Entity> a, Set<Entity> b) {
        return a.stream().anyMatch(b::contains);
    }

    private static String names(Set<Entity> es) {
        return es.stream().map(Entity::label).collect(Collectors.joining(", "));
    }

    private static String label(Event e) {
        return e.kind().name().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String describe(TimeSpec t) {
        if (t.date().isPresent()) {
            return "in " + t.date().get();
        }
        String lo = t.notBefore().map(p -> "not before " + p).orElse("");
        String hi = t.notAfter().map(p -> "not after " + p).orElse("");
        String both = (lo + (lo.isEmpty() || hi.isEmpty() ? "" : " and ") + hi).strip();
        return both.isEmpty()
                ? "at an unknown time"
                : both + (t.expression().isEmpty() ? "" : " (\u201C" + t.expression() + "\u201D)");
    }
}

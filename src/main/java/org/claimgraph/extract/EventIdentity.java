package org.claimgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * When two reports are of one event: the single rule set that merges an article's claims into events
 * ({@link EventMerger}) and the events of many articles into cross-article events ({@code corpus}). The event
 * types that happen once for the same participants and the order of the actor roles are data
 * ({@code lexicon/frames.yaml}: {@code onceOnly}, {@code actorRoles}); the rules are these:
 *
 * <ol>
 * <li>the same type, and both asserted or both negated;
 * <li>office holdings: the same holder and office, compatible "office of"; statements: the same speaker and
 * content (what was said decides, not when);
 * <li>otherwise, every actor role both fill shares a filler and every other role both fill is compatible (a
 * shared filler, or a place lying in the other: Kyiv in Ukraine), the topic aside; at least one actor role is
 * filled by both; participants of meetings are one report's among the other's, or two shared (A meeting B
 * and A meeting C are two meetings); transfers have overlapping items and equal quantities where both give
 * them;
 * <li>once-only events (an accession, an invasion) are the same whatever their dates, so that disagreeing
 * dates show as a conflict between claims instead of as two events; others need compatible times (and, for
 * transfers, compatible delivery times).
 * </ol>
 *
 * Two differences between the scopes, both because articles are written independently: across articles the
 * main actors (those of the first actor role the event fills) must be the same entities, all linked to
 * Wikidata (an unlinked "John Smith" in two articles may be two people; {@code corpus} checks the links), and
 * both times must be known (two undated mentions in one article are usually one event, in two articles
 * rarely).
 *
 * <pre>
 * EventIdentity identity = EventIdentity.bundled();
 * boolean same = identity.same(a, b, places::within, EventIdentity.Scope.ARTICLE);
 * </pre>
 */
public final class EventIdentity {
    /** Where the two reports come from. */
    public enum Scope {
        /** Two claims of one article. */
        ARTICLE,
        /** Events of two different articles. */
        CORPUS
    }

    /**
     * What identity looks at in a report of an event.
     *
     * @param <E>      how an entity is held: an {@code Entity} within an article, an IRI across articles
     * @param kind     the event type
     * @param roles    fillers by role
     * @param quantity counted items, for transfers
     * @param content  for statements: what was said
     * @param office   for office holdings: the office
     * @param time     the event's time
     * @param delivery for transfers: when the items arrive
     * @param negated  true when the report says the event did not (or will not) happen
     */
    public record Report<E>(
            EventKind kind,
            Map<Role, Set<E>> roles,
            Optional<Integer> quantity,
            Optional<String> content,
            Optional<String> office,
            TimeSpec time,
            TimeSpec delivery,
            boolean negated) {

        /** Fillers of a role; empty when unfilled. */
        public Set<E> role(Role r) {
            return roles.getOrDefault(r, Set.of());
        }
    }

    private static final EventIdentity BUNDLED = new EventIdentity(
            ClaimLexicon.bundled().actorRoles(), ClaimLexicon.bundled().onceOnly());

    private final List<Role> actorRoles;
    private final Set<EventKind> onceOnly;

    /**
     * @param actorRoles the roles whose fillers are the actors of an event, the main one first
     * @param onceOnly   the types that happen once for the same participants
     */
    public EventIdentity(List<Role> actorRoles, Set<EventKind> onceOnly) {
        this.actorRoles = List.copyOf(actorRoles);
        this.onceOnly = Set.copyOf(onceOnly);
    }

    /** The rules as the bundled frames file gives them. */
    public static EventIdentity bundled() {
        return BUNDLED;
    }

    /** True for types that happen once for the same participants (an accession, an invasion). */
    public boolean onceOnly(EventKind kind) {
        return onceOnly.contains(kind);
    }

    /** True when the role's fillers are actors of the event. */
    public boolean isActorRole(Role r) {
        return actorRoles.contains(r);
    }

    /** The actor roles, the main one first. */
    public List<Role> actorRoles() {
        return actorRoles;
    }

    /** The main actor role of a report: the first actor role it fills. */
    public Optional<Role> mainRole(Report<?> r) {
        return actorRoles.stream().filter(a -> !r.role(a).isEmpty()).findFirst();
    }

    /**
     * True when the two reports are of one event.
     *
     * @param within place containment: true when the first place lies in the second
     * @param scope  whether the reports come from one article or from two
     */
    public <E> boolean same(Report<E> a, Report<E> b, BiPredicate<E, E> within, Scope scope) {
        if (a.kind() != b.kind() || a.negated() != b.negated()) {
            return false;
        }
        if (scope == Scope.CORPUS) {
            Optional<Role> main = mainRole(a);
            if (main.isEmpty()
                    || !main.equals(mainRole(b))
                    || !a.role(main.get()).equals(b.role(main.get()))) {
                return false;
            }
        }
        switch (a.kind()) {
            case OfficeHolding -> {
                return a.role(Role.holder).equals(b.role(Role.holder))
                        && a.office().equals(b.office())
                        && compatible(a.role(Role.officeOf), b.role(Role.officeOf), within);
            }
            case Statement, Warning, Promise -> {
                return a.role(Role.speaker).equals(b.role(Role.speaker))
                        && a.content().equals(b.content());
            }
            default -> {}
        }
        boolean sharedActorRole = false;
        for (Map.Entry<Role, Set<E>> r : a.roles().entrySet()) {
            Set<E> other = b.role(r.getKey());
            if (other.isEmpty() || r.getKey() == Role.topic || r.getValue().isEmpty()) {
                continue;
            }
            if (isActorRole(r.getKey())) {
                if (!overlap(r.getValue(), other)) {
                    return false;
                }
                if (r.getKey() == Role.participant && !sameCompany(r.getValue(), other)) {
                    return false;
                }
                sharedActorRole = true;
            } else if (r.getKey() == Role.item) {
                if (a.kind().isTransfer() && !overlap(r.getValue(), other)) {
                    return false;
                }
            } else if (!compatible(r.getValue(), other, within)) {
                return false;
            }
        }
        if (!sharedActorRole) {
            return false;
        }
        if (a.kind().isTransfer()
                && a.quantity().isPresent()
                && b.quantity().isPresent()
                && !a.quantity().equals(b.quantity())) {
            return false;
        }
        if (onceOnly(a.kind())) {
            return true;
        }
        // Strikes of one side are many in one article ("X struck militias in Iraq … X killed a leader in Syria"):
        // two undated ones are not taken for one; a dated one and a mention that agrees with it are.
        boolean undatedStrikes = a.kind() == EventKind.MilitaryAction
                && a.time().statesNoTime()
                && b.time().statesNoTime();
        boolean times = scope == Scope.ARTICLE
                ? a.time().compatibleWith(b.time()) && !undatedStrikes
                : a.time().isResolved() && b.time().isResolved() && a.time().compatibleWith(b.time());
        return times && a.delivery().compatibleWith(b.delivery());
    }

    /**
     * Participants of one meeting: one report names some of the other's, or both name two of the same. "A met
     * B" and "A met C" on one day are two meetings of A, not one.
     */
    private static <E> boolean sameCompany(Set<E> x, Set<E> y) {
        if (x.containsAll(y) || y.containsAll(x)) {
            return true;
        }
        int shared = 0;
        for (E e : x) {
            if (y.contains(e)) {
                shared++;
            }
        }
        return shared >= 2;
    }

    private static <E> boolean overlap(Set<E> x, Set<E> y) {
        for (E e : x) {
            if (y.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** Empty on either side, a shared filler, or places one of which lies in the other. */
    private static <E> boolean compatible(Set<E> x, Set<E> y, BiPredicate<E, E> within) {
        if (x.isEmpty() || y.isEmpty() || overlap(x, y)) {
            return true;
        }
        for (E a : x) {
            for (E b : y) {
                if (within.test(a, b) || within.test(b, a)) {
                    return true;
                }
            }
        }
        return false;
    }
}

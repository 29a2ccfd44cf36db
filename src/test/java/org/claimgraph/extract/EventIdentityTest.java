package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.claimgraph.extract.EventIdentity.Scope;
import org.junit.jupiter.api.Test;

/** The one rule set of event identity, on plain strings as entities, at both scopes. */
class EventIdentityTest {
    private final EventIdentity identity = EventIdentity.bundled();
    /** Kyiv lies in Ukraine; nothing else lies anywhere. */
    private final BiPredicate<String, String> within =
            (inner, outer) -> inner.equals("Kyiv") && outer.equals("Ukraine");

    private static EventIdentity.Report<String> report(EventKind kind, Map<Role, Set<String>> roles, TimeSpec time) {
        return new EventIdentity.Report<>(
                kind,
                new EnumMap<>(roles),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                time,
                TimeSpec.NONE,
                false);
    }

    private static TimeSpec day(String d) {
        return TimeSpec.on(TimePoint.day(LocalDate.parse(d)), d);
    }

    private static EventIdentity.Report<String> visit(String visitor, String destination, TimeSpec time) {
        return report(
                EventKind.Visit, Map.of(Role.visitor, Set.of(visitor), Role.destination, Set.of(destination)), time);
    }

    @Test
    void theRolesAndOnceOnlyTypesComeFromTheFramesFile() {
        assertEquals(Role.visitor, identity.actorRoles().get(0));
        assertTrue(identity.onceOnly(EventKind.Accession));
        assertTrue(identity.onceOnly(EventKind.Invasion));
        assertFalse(identity.onceOnly(EventKind.Visit));
    }

    @Test
    void aVisitToACityIsTheVisitToItsCountryOnTheSameDayAtBothScopes() {
        var a = visit("Anna", "Kyiv", day("2024-03-04"));
        var b = visit("Anna", "Ukraine", day("2024-03-04"));
        assertTrue(identity.same(a, b, within, Scope.ARTICLE));
        assertTrue(identity.same(a, b, within, Scope.CORPUS));
        assertFalse(identity.same(a, visit("Anna", "Poland", day("2024-03-04")), within, Scope.ARTICLE));
        assertFalse(identity.same(a, visit("Karl", "Kyiv", day("2024-03-04")), within, Scope.ARTICLE));
        assertFalse(identity.same(a, visit("Anna", "Kyiv", day("2024-05-01")), within, Scope.CORPUS));
    }

    @Test
    void undatedMentionsAreOneEventInAnArticleButNotAcrossArticles() {
        var a = visit("Anna", "Kyiv", TimeSpec.NONE);
        var b = visit("Anna", "Kyiv", day("2024-03-04"));
        assertTrue(identity.same(a, b, within, Scope.ARTICLE));
        assertFalse(identity.same(a, b, within, Scope.CORPUS));
    }

    @Test
    void acrossArticlesTheMainActorsMustBeTheSameSet() {
        var a = report(EventKind.Visit, Map.of(Role.visitor, Set.of("Anna", "Karl")), day("2024-03-04"));
        var b = report(EventKind.Visit, Map.of(Role.visitor, Set.of("Anna")), day("2024-03-04"));
        assertTrue(identity.same(a, b, within, Scope.ARTICLE), "sharing a visitor is enough in one article");
        assertFalse(identity.same(a, b, within, Scope.CORPUS));
    }

    @Test
    void onceOnlyEventsMergeWhateverTheirDates() {
        Map<Role, Set<String>> roles = Map.of(Role.member, Set.of("Finland"), Role.alliance, Set.of("NATO"));
        var a = report(EventKind.Accession, roles, day("2023-04-04"));
        var b = report(EventKind.Accession, roles, day("2023-04-05"));
        assertTrue(identity.same(a, b, within, Scope.ARTICLE));
        assertTrue(identity.same(a, b, within, Scope.CORPUS));
    }

    @Test
    void transfersNeedOverlappingItemsAndEqualQuantitiesAndNegationKeepsReportsApart() {
        Map<Role, Set<String>> tanks = Map.of(Role.donor, Set.of("Freedonia"), Role.item, Set.of("tanks"));
        Map<Role, Set<String>> shells = Map.of(Role.donor, Set.of("Freedonia"), Role.item, Set.of("shells"));
        var a = report(EventKind.Pledge, tanks, day("2024-03-04"));
        assertFalse(identity.same(a, report(EventKind.Pledge, shells, day("2024-03-04")), within, Scope.ARTICLE));
        var twelve = new EventIdentity.Report<>(
                EventKind.Pledge,
                tanks,
                Optional.of(12),
                Optional.empty(),
                Optional.empty(),
                day("2024-03-04"),
                TimeSpec.NONE,
                false);
        var forty = new EventIdentity.Report<>(
                EventKind.Pledge,
                tanks,
                Optional.of(40),
                Optional.empty(),
                Optional.empty(),
                day("2024-03-04"),
                TimeSpec.NONE,
                false);
        assertFalse(identity.same(twelve, forty, within, Scope.ARTICLE));
        var denied = new EventIdentity.Report<>(
                EventKind.Pledge,
                tanks,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                day("2024-03-04"),
                TimeSpec.NONE,
                true);
        assertFalse(identity.same(a, denied, within, Scope.ARTICLE));
    }

    @Test
    void aMeetingOfAWithBAndOneOfAWithCAreTwoButThoseNamingSomeOfTheSamePeopleAreOne() {
        TimeSpec monday = day("2024-03-04");
        var ab = report(EventKind.Meeting, Map.of(Role.participant, Set.of("Anna", "Boris")), monday);
        var ac = report(EventKind.Meeting, Map.of(Role.participant, Set.of("Anna", "Carl")), monday);
        var a = report(EventKind.Meeting, Map.of(Role.participant, Set.of("Anna")), monday);
        var abUs = report(EventKind.Meeting, Map.of(Role.participant, Set.of("Anna", "Boris", "Us")), monday);
        var abThem = report(EventKind.Meeting, Map.of(Role.participant, Set.of("Anna", "Boris", "Them")), monday);
        assertFalse(identity.same(ab, ac, within, Scope.ARTICLE));
        assertTrue(identity.same(ab, a, within, Scope.ARTICLE));
        assertTrue(identity.same(abUs, abThem, within, Scope.ARTICLE));
    }
}

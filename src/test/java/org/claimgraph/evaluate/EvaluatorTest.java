package org.claimgraph.evaluate;

import static org.claimgraph.evaluate.Fixture.attack;
import static org.claimgraph.evaluate.Fixture.pledge;
import static org.claimgraph.evaluate.Fixture.score;
import static org.claimgraph.evaluate.Fixture.statement;
import static org.claimgraph.evaluate.Fixture.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.evaluate.ArticleResult.AttributeCheck;
import org.claimgraph.evaluate.ArticleResult.Match;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.EventKind;
import org.claimgraph.extract.Modality;
import org.claimgraph.extract.Role;
import org.claimgraph.extract.TimeSpec;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    /** The fixture's visit as gold, every attribute given. */
    static final String VISIT = """
            claims:
              - type: Visit
                sentence: "visited Strelsau on Monday"
                roles:
                  visitor: Anna K. Varga
                  destination: Strelsau
                date: 2024-03-04
                modality: Asserted
            """;

    @Test
    void aRightClaimMatchesStrictly() {
        ArticleResult r = score(VISIT, visit());
        Match m = Fixture.onlyMatch(r).orElseThrow();
        assertTrue(m.strict(), m.attributes().toString());
        assertEquals(new Counts(1, 1, 1, 1), r.byType().get("Visit"));
        assertTrue(r.misses().isEmpty());
        assertTrue(r.extras().isEmpty());
    }

    @Test
    void aWrongRoleFillerDoesNotMatch() {
        ArticleResult r = score(VISIT.replace("visitor: Anna K. Varga", "visitor: Freedonia"), visit());
        assertTrue(r.matches().isEmpty());
        assertEquals(1, r.misses().size());
        assertTrue(
                r.misses().get(0).reason().contains("visitor"),
                r.misses().get(0).reason());
        assertEquals(1, r.extras().size());
        assertEquals(new Counts(1, 1, 0, 0), r.byType().get("Visit"));
    }

    @Test
    void aWrongPlaceStillMatchesLenientlyOnTheMainActorButNotStrictly() {
        ArticleResult r = score(VISIT.replace("destination: Strelsau", "destination: Freedonia"), visit());
        Match m = Fixture.onlyMatch(r).orElseThrow();
        assertFalse(m.strict());
        assertEquals("roles", m.disagreements().get(0).attribute());
        assertEquals(new Counts(1, 1, 1, 0), r.byType().get("Visit"));
    }

    @Test
    void aSharedMainActorMatchesLenientlyButAMissingGoldNameFailsTheStrictLevel() {
        String two = VISIT.replace("visitor: Anna K. Varga", "visitor: [Anna K. Varga, Freedonia]");
        Match m = Fixture.onlyMatch(score(two, visit())).orElseThrow();
        assertFalse(m.strict(), m.attributes().toString());
    }

    @Test
    void aWrongTypeDoesNotMatch() {
        String meeting = VISIT.replace("type: Visit", "type: Meeting")
                .replace("visitor:", "participant:")
                .replace("destination:", "location:");
        ArticleResult r = score(meeting, visit());
        assertTrue(r.matches().isEmpty());
        assertTrue(
                r.misses().get(0).reason().contains("only Visit"),
                r.misses().get(0).reason());
        assertEquals(new Counts(1, 0, 0, 0), r.byType().get("Meeting"));
        assertEquals(new Counts(0, 1, 0, 0), r.byType().get("Visit"));
    }

    @Test
    void aFragmentOfAnotherSentenceDoesNotMatch() {
        ArticleResult r = score(VISIT.replace("visited Strelsau on Monday", "pledged 40 armored vehicles"), visit());
        assertTrue(r.matches().isEmpty());
        assertTrue(
                r.misses().get(0).reason().contains("no system claim"),
                r.misses().get(0).reason());
    }

    @Test
    void militaryActionAcceptsInvasionButStatementDoesNotAcceptWarning() {
        String attackGold = """
                claims:
                  - type: MilitaryAction
                    sentence: "troops attacked the border town"
                    roles: {agent: Borduria, target: Kelm}
                """;
        ArticleResult r = score(attackGold, attack(EventKind.Invasion));
        assertEquals(1, r.matches().size());
        assertEquals(new Counts(1, 1, 1, 1), r.byType().get("MilitaryAction"));

        String statementGold = """
                claims:
                  - type: Statement
                    sentence: "Varga said"
                    roles: {speaker: Anna Varga}
                """;
        assertTrue(score(statementGold, statement(EventKind.Warning)).matches().isEmpty());
        assertEquals(
                1,
                score(statementGold, statement(EventKind.Statement)).matches().size());
    }

    @Test
    void aWrongDateKeepsTheLenientMatchButFailsTheStrictOne() {
        ArticleResult r = score(VISIT.replace("date: 2024-03-04", "date: 2024-03-05"), visit());
        Match m = Fixture.onlyMatch(r).orElseThrow();
        assertFalse(m.strict());
        assertEquals(
                List.of("time"),
                m.disagreements().stream().map(AttributeCheck::attribute).toList());
        assertEquals("2024-03-05", m.disagreements().get(0).gold());
        assertEquals("2024-03-04", m.disagreements().get(0).system());
        assertEquals(new Counts(1, 1, 1, 0), r.byType().get("Visit"));
    }

    @Test
    void aWrongModalityFailsTheStrictMatch() {
        ArticleResult r = score(VISIT.replace("modality: Asserted", "modality: Planned"), visit());
        assertEquals(
                List.of("modality"),
                r.matches().get(0).disagreements().stream()
                        .map(AttributeCheck::attribute)
                        .toList());
    }

    @Test
    void extraFillersFailTheStrictMatch() {
        Claim c = visit();
        c.event().add(Role.visitor, Fixture.FREEDONIA);
        Match m = Fixture.onlyMatch(score(VISIT, c)).orElseThrow();
        assertEquals(
                List.of("fillers"),
                m.disagreements().stream().map(AttributeCheck::attribute).toList());
        assertTrue(m.disagreements().get(0).system().contains("Freedonia"));
    }

    private static final String PLEDGE = """
            claims:
              - type: Pledge
                sentence: "Freedonia pledged 40 armored vehicles"
                roles:
                  donor: Freedonia
                  recipient: Ruritania
                  item: armored vehicles
                quantity: 40
                quantityQualifier: Exactly
                attributedTo: Varga
            """;

    @Test
    void quantityItemAndAttributionAreCompared() {
        Match m = Fixture.onlyMatch(score(PLEDGE, pledge())).orElseThrow();
        assertTrue(m.strict(), m.attributes().toString());
        assertEquals(
                List.of("roles", "fillers", "quantity", "attribution"),
                m.attributes().stream().map(AttributeCheck::attribute).toList());

        Match wrong = score(PLEDGE.replace("quantity: 40", "quantity: 4"), pledge())
                .matches()
                .get(0);
        assertEquals(
                List.of("quantity"),
                wrong.disagreements().stream().map(AttributeCheck::attribute).toList());
    }

    @Test
    void aTransferWithoutGoldQuantityExpectsNone() {
        String noQuantity = PLEDGE.replace("    quantity: 40\n", "").replace("    quantityQualifier: Exactly\n", "");
        Match m = score(noQuantity, pledge()).matches().get(0);
        assertEquals(
                List.of("quantity"),
                m.disagreements().stream().map(AttributeCheck::attribute).toList());
        assertEquals("none", m.disagreements().get(0).gold());
    }

    @Test
    void contentIsComparedByContainment() {
        String gold = """
                claims:
                  - type: Statement
                    sentence: "Varga said"
                    roles: {speaker: Anna Varga}
                    content: "40 armored vehicles"
                """;
        assertTrue(score(gold, statement(EventKind.Statement)).matches().get(0).strict());
        Match wrong = score(gold.replace("40 armored vehicles", "400 tanks"), statement(EventKind.Statement))
                .matches()
                .get(0);
        assertEquals(
                List.of("content"),
                wrong.disagreements().stream().map(AttributeCheck::attribute).toList());
    }

    @Test
    void aMustNotViolationIsListedNeverMatchesAndCountsAsExtra() {
        String gold = PLEDGE + """
                mustNot:
                  - type: Pledge
                    roles: {donor: Freedonia}
                    quantity: 40
                """;
        ArticleResult r = score(gold, pledge(), visit());
        assertEquals(1, r.violations().size());
        assertEquals(0, r.violations().get(0).system().index());
        assertTrue(r.matches().isEmpty());
        assertTrue(
                r.misses().get(0).reason().contains("mustNot"),
                r.misses().get(0).reason());
        assertEquals(2, r.extras().size());
        assertEquals(new Counts(1, 1, 0, 0), r.byType().get("Pledge"));
        assertEquals(1, new EvaluationReport(List.of(r)).violations());
    }

    @Test
    void aMustNotEntryMatchesOnlyWhenEveryKeyItGivesMatches() {
        String gold = """
                claims: []
                mustNot:
                  - type: Pledge
                    roles: {donor: Freedonia}
                    modality: Planned
                  - type: Pledge
                    roles: {donor: Ruritania}
                  - type: Pledge
                    quantity: 41
                  - type: Aid
                    quantity: 40
                """;
        assertTrue(score(gold, pledge()).violations().isEmpty());
        Claim planned = Fixture.claim(pledge().event(), 1, Modality.Planned, List.of(), TimeSpec.NONE);
        assertEquals(1, score(gold, planned).violations().size());
    }

    @Test
    void oneSystemClaimMatchesOneGoldClaim() {
        String twice = VISIT + """
                  - type: Visit
                    sentence: "President Anna K. Varga visited"
                    roles: {visitor: Anna Varga}
                """;
        ArticleResult r = score(twice, visit());
        assertEquals(1, r.matches().size());
        assertEquals(1, r.misses().size());
        assertTrue(
                r.misses().get(0).reason().contains("matched claims #"),
                r.misses().get(0).reason());
        assertEquals(new Counts(2, 1, 1, 1), r.byType().get("Visit"));
    }

    @Test
    void theGreedyAssignmentPrefersThePairThatAgreesOnMore() {
        Claim wrongDay = Fixture.claim(
                Fixture.event(EventKind.Visit, Role.visitor, Fixture.VARGA, Role.destination, Fixture.STRELSAU),
                0,
                Modality.Asserted,
                List.of(),
                Fixture.day("2024-03-01"));
        ArticleResult r = score(VISIT, wrongDay, visit());
        assertEquals(1, r.matches().get(0).system().index());
        assertTrue(r.matches().get(0).strict());
        assertEquals(0, r.extras().get(0).index());
    }

    @Test
    void countsAddUpOverArticles() {
        ArticleResult a = score(VISIT, visit(), pledge());
        ArticleResult b = score(PLEDGE, pledge());
        EvaluationReport report = new EvaluationReport(List.of(a, b));
        assertEquals(new Counts(2, 3, 2, 2), report.overall());
        assertEquals(new Counts(1, 2, 1, 1), report.byType().get("Pledge"));
        assertEquals(2.0 / 3, report.overall().precision(), 1e-9);
        assertEquals(1.0, report.overall().recall(), 1e-9);
        assertEquals(0.8, report.overall().f1(), 1e-9);
        assertEquals(new EvaluationReport.Agreement(2, 2), report.attributes().get("fillers"));
    }

    @Test
    void aBoundOnlyTheTenseGaveYieldsToTheEventsDateButAStatedTimeDoesNot() {
        Claim c = visit();
        TimeSpec tenseOnly = TimeSpec.bounded(
                java.util.Optional.empty(),
                java.util.Optional.of(org.claimgraph.extract.TimePoint.day(java.time.LocalDate.parse("2024-03-05"))),
                "");
        Claim merged = new Claim(c.event(), c.modality(), List.of(), 0, c.begin(), c.end(), "test", tenseOnly);
        assertTrue(Fixture.onlyMatch(score(VISIT, merged)).orElseThrow().strict(), "the event's date is the claim's");
        TimeSpec stated = TimeSpec.bounded(
                java.util.Optional.empty(),
                java.util.Optional.of(org.claimgraph.extract.TimePoint.day(java.time.LocalDate.parse("2024-03-05"))),
                "by Tuesday");
        Claim own = new Claim(c.event(), c.modality(), List.of(), 0, c.begin(), c.end(), "test", stated);
        assertFalse(Fixture.onlyMatch(score(VISIT, own)).orElseThrow().strict(), "a time the text states is kept");
    }
}

package org.claimgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimgraph.analyze.AnalyzedText;
import org.claimgraph.analyze.CoreNlpAnalyzer;
import org.claimgraph.mention.Mention.MentionKind;
import org.junit.jupiter.api.Test;

/**
 * A role description whose office-of comes from a modifier ("the NATO Secretary-General", "the German
 * chancellor") resolves, with no name in the text, to whoever held the office on the article's publication date,
 * according to the gazetteer's positions. Sentences written for these tests.
 */
class TimeAwareRolesTest {
    private static Mentions find(String text, String published) {
        AnalyzedText a = CoreNlpAnalyzer.shared()
                .analyze(text, Optional.ofNullable(published).map(LocalDate::parse));
        return MentionFinder.bundled().find(a);
    }

    private static Optional<Mention> role(Mentions ms, String surface) {
        return ms.all().stream()
                .filter(m -> m.text().equalsIgnoreCase(surface) && m.kind() == MentionKind.ROLE)
                .findFirst();
    }

    private static String holder(String text, String published, String surface) {
        Mentions ms = find(text, published);
        return role(ms, surface)
                .map(m -> m.entity().key())
                .orElseThrow(() -> new AssertionError("'" + surface + "' unresolved on " + published + " in "
                        + ms.all().stream()
                                .map(m -> m.text() + "->" + m.entity().key() + "/" + m.kind())
                                .toList()));
    }

    @Test
    void theNatoSecretaryGeneralIsWhoeverHeldTheOfficeOnThePublicationDate() {
        String text = "The NATO Secretary-General opened the meeting of defence ministers in Brussels.";
        assertEquals("jens-stoltenberg", holder(text, "2023-04-14", "The NATO Secretary-General"));
        assertEquals("mark-rutte", holder(text, "2025-02-13", "The NATO Secretary-General"));
        assertEquals(
                "mark-rutte",
                holder(text, "2024-10-01", "The NATO Secretary-General"),
                "on the handover day the office is the successor's");
        assertEquals("jens-stoltenberg", holder(text, "2024-09-30", "The NATO Secretary-General"));
    }

    @Test
    void theOfficeOfCanBeADemonymAndTheOfficeLowerCase() {
        String text = "Farmers blocked the road when the German chancellor arrived in Bavaria.";
        assertEquals("olaf-scholz", holder(text, "2023-01-20", "the German chancellor"));
        assertEquals("friedrich-merz", holder(text, "2025-09-01", "the German chancellor"));
        String finnish = "The Finnish president spoke to reporters after the vote.";
        assertEquals("sauli-niinisto", holder(finnish, "2023-04-05", "The Finnish president"));
        assertEquals("alexander-stubb", holder(finnish, "2024-06-10", "The Finnish president"));
    }

    @Test
    void aFormerHolderIsOneWhoseTermEndedBeforeThePublicationDate() {
        String text = "The former NATO Secretary-General now chairs a security conference.";
        assertEquals("jens-stoltenberg", holder(text, "2025-02-13", "The former NATO Secretary-General"));
    }

    @Test
    void withoutAPublicationDateNoHolderIsGuessed() {
        Mentions ms = find("The NATO Secretary-General opened the meeting of defence ministers in Brussels.", null);
        assertTrue(role(ms, "The NATO Secretary-General").isEmpty(), "no date, no holder");
    }

    @Test
    void aHolderTheTextNamesWinsOverTheGazetteer() {
        // The text names the office holder first; the description refers back to that person whatever the date.
        Mentions ms = find(
                "Jens Stoltenberg, NATO Secretary-General, met Olaf Scholz. The NATO Secretary-General "
                        + "thanked him.",
                "2025-02-13");
        assertEquals(
                "jens-stoltenberg",
                role(ms, "The NATO Secretary-General")
                        .map(m -> m.entity().key())
                        .orElse("(unresolved)"));
    }

    @Test
    void theGazetteerHoldsBothSecretariesGeneralWithTheirTerms() {
        List<Gazetteer.Position> sg = Gazetteer.bundled().positions().stream()
                .filter(p -> p.office().equals("Secretary-General")
                        && p.officeOfKey().equals(Optional.of("nato")))
                .toList();
        assertTrue(sg.stream()
                .anyMatch(
                        p -> p.holderKey().equals("jens-stoltenberg") && p.end().isPresent()));
        assertTrue(sg.stream()
                .anyMatch(p -> p.holderKey().equals("mark-rutte")
                        && p.start().isPresent()
                        && p.end().isEmpty()));
    }
}

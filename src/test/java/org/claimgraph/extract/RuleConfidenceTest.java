package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled confidence table and what it gives rules it lists and rules it does not. */
class RuleConfidenceTest {
    @Test
    void everyFrameOfTheBundledRulesGetsAConfidenceBetweenZeroAndOne() {
        RuleConfidence c = RuleConfidence.bundled();
        for (Frame f : ClaimLexicon.bundled().frames()) {
            double x = c.of(f.id());
            assertTrue(x >= 0 && x <= 1, f.id() + ": " + x);
        }
        // Office titles are the most reliable rule on the dev split, far above the average claim.
        assertTrue(c.of("office.title") > c.of(RuleConfidence.ANY_RULE), "office.title");
        assertEquals(c.of(RuleConfidence.ANY_RULE), c.of("no.such.rule"));
    }

    @Test
    void aTableWithoutTheRowForUnmeasuredRulesOrWithAConfidenceOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RuleConfidence(Map.of("a", 0.5)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RuleConfidence(Map.of("a", 1.5, RuleConfidence.ANY_RULE, 0.5)));
    }

    @Test
    void claimsBelowTheThresholdGoWithTheEventsOnlyTheySupported() {
        Extraction x = org.claimgraph.TestSupport.pipeline()
                .extract(org.claimgraph.TestSupport.article(
                        "President Emmanuel Macron visited Kyiv on Monday. He met with Volodymyr Zelenskyy there.",
                        "2024-05-08"));
        RuleConfidence table = new RuleConfidence(Map.of("meeting.meet", 0.2, RuleConfidence.ANY_RULE, 0.9));
        Extraction kept = x.withClaimsAtLeast(0.5, table);
        assertTrue(
                x.claims().stream().anyMatch(c -> c.rule().equals("meeting.meet")),
                x.claims().toString());
        assertTrue(
                kept.claims().stream().noneMatch(c -> c.rule().equals("meeting.meet")),
                kept.claims().toString());
        assertTrue(
                kept.events().stream().noneMatch(e -> e.kind() == EventKind.Meeting),
                kept.events().toString());
        assertTrue(
                kept.events().stream().anyMatch(e -> e.kind() == EventKind.Visit),
                kept.events().toString());
        assertEquals(x, x.withClaimsAtLeast(0, table));
    }
}

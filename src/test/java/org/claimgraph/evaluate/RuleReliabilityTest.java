package org.claimgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.Modality;
import org.claimgraph.extract.RuleConfidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-rule precision, the confidences drawn from it, and the reliability table, on hand-made extractions. */
class RuleReliabilityTest {
    /** A claim like {@code c} found by another rule. */
    private static Claim byRule(Claim c, String rule) {
        return new Claim(c.event(), Modality.Asserted, List.of(), c.sentence(), c.begin(), c.end(), rule, c.time());
    }

    /** One article where rule "good" finds the visit and rule "bad" finds an attack nobody annotated. */
    private static RuleReliability twoRules() {
        ArticleResult r = Fixture.score(
                EvaluatorTest.VISIT,
                byRule(Fixture.visit(), "good"),
                byRule(Fixture.attack(org.claimgraph.extract.EventKind.MilitaryAction), "bad"));
        return RuleReliability.of(new EvaluationReport(List.of(r)));
    }

    @Test
    void eachRuleIsCountedAndItsConfidenceLiesBetweenItsPrecisionAndItsTypes() {
        RuleReliability rr = twoRules();
        assertEquals(
                List.of(
                        new RuleReliability.RuleRecord("bad", 1, 0, "MilitaryAction"),
                        new RuleReliability.RuleRecord("good", 1, 1, "Visit")),
                rr.rules());
        Map<String, Double> c = rr.confidences();
        assertEquals(0.5, c.get(RuleConfidence.ANY_RULE), 1e-9);
        // One right claim is not certainty, one wrong one not worthlessness.
        assertTrue(c.get("good") > 0.5 && c.get("good") < 1, c.toString());
        assertTrue(c.get("bad") > 0 && c.get("bad") < 0.5, c.toString());
    }

    @Test
    void theWrittenTableIsWhatTheExtractorReads(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("confidence.tsv");
        twoRules().writeConfidences(file, "a test");
        String tsv = Files.readString(file);
        assertTrue(tsv.contains("rule\tclaims\tright\tconfidence"), tsv);
        assertTrue(tsv.lines().anyMatch(l -> l.startsWith("good\t1\t1\t0.")), tsv);
        assertTrue(tsv.lines().anyMatch(l -> l.startsWith("*\t2\t1\t0.50")), tsv);
    }

    @Test
    void theReliabilityTableBinsClaimsByTheirConfidence() {
        RuleConfidence table = new RuleConfidence(Map.of("good", 0.95, "bad", 0.55, RuleConfidence.ANY_RULE, 0.7));
        List<RuleReliability.Bin> bins = twoRules().reliability(table);
        RuleReliability.Bin high = bins.get(bins.size() - 1);
        assertEquals(1, high.claims());
        assertEquals(1.0, high.precision(), 1e-9);
        RuleReliability.Bin low =
                bins.stream().filter(b -> b.from() == 0.5).findFirst().orElseThrow();
        assertEquals(1, low.claims());
        assertEquals(0.0, low.precision(), 1e-9);
        assertEquals(2, bins.stream().mapToInt(RuleReliability.Bin::claims).sum());
    }
}

package org.claimgraph.extract;

import java.util.HashMap;
import java.util.Map;
import org.claimgraph.sys.ClaimgraphException;
import org.claimgraph.sys.DataFiles;

/**
 * How far a claim can be trusted, by the rule that found it: each rule's precision measured on the dev split of
 * the gold corpus ({@code lexicon/confidence.tsv}, written by {@code claimgraph evaluate --write-confidence}). A
 * rule with few claims there is drawn towards the precision of its claim type, so that one lucky match does
 * not make a rule certain; a rule the dev split never saw fire gets the row {@code *}, the overall precision.
 *
 * <pre>
 * double c = RuleConfidence.bundled().of(claim.rule());   // 0.93 for a rule right 93 times in 100
 * </pre>
 */
public final class RuleConfidence {
    /** The row that stands for rules without a measured precision. */
    public static final String ANY_RULE = "*";

    private static final RuleConfidence BUNDLED = new RuleConfidence(load("lexicon/confidence.tsv"));

    private final Map<String, Double> byRule;
    private final double fallback;

    /** Confidences by rule id, with the {@link #ANY_RULE} row for the rest. */
    public RuleConfidence(Map<String, Double> byRule) {
        byRule.forEach((rule, c) -> {
            if (c.isNaN() || c < 0 || c > 1) {
                throw new IllegalArgumentException("confidence of rule '" + rule + "' is not between 0 and 1: " + c);
            }
        });
        if (!byRule.containsKey(ANY_RULE)) {
            throw new IllegalArgumentException("no confidence for '" + ANY_RULE + "' (rules never measured)");
        }
        this.byRule = Map.copyOf(byRule);
        this.fallback = byRule.get(ANY_RULE);
    }

    /** The confidences measured when this build was made. */
    public static RuleConfidence bundled() {
        return BUNDLED;
    }

    /** The confidence of claims found by the rule, between 0 and 1. */
    public double of(String rule) {
        return byRule.getOrDefault(rule, fallback);
    }

    /** The confidence of the claim. */
    public double of(Claim claim) {
        return of(claim.rule());
    }

    private static Map<String, Double> load(String resource) {
        Map<String, Double> out = new HashMap<>();
        for (DataFiles.Row r : DataFiles.tsv(resource)) {
            String rule = r.get("rule");
            try {
                out.put(rule, Double.parseDouble(r.get("confidence")));
            } catch (NumberFormatException e) {
                throw new ClaimgraphException(resource + ": rule '" + rule + "' has no number as its confidence", e);
            }
        }
        try {
            return new RuleConfidence(out).byRule;
        } catch (IllegalArgumentException e) {
            throw new ClaimgraphException(resource + ": " + e.getMessage(), e);
        }
    }
}

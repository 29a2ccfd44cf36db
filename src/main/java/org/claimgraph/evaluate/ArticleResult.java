package org.claimgraph.evaluate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimgraph.extract.Claim;

/**
 * How the system did on one article: matched pairs with their attribute checks, gold claims it missed,
 * system claims no gold claim accounts for, and claims a mustNot entry forbids.
 *
 * @param name       the case name
 * @param goldFile   the gold file
 * @param article    the article's source
 * @param matches    matched pairs, in gold order
 * @param misses     unmatched gold claims, in gold order
 * @param extras     unmatched system claims (violations included), in text order
 * @param violations system claims a mustNot entry forbids
 * @param byType     tallies by claim type
 */
public record ArticleResult(
        String name,
        String goldFile,
        String article,
        List<Match> matches,
        List<Miss> misses,
        List<SystemClaim> extras,
        List<Violation> violations,
        Map<String, Counts> byType,
        EntityCounts entities) {

    public ArticleResult {
        matches = List.copyOf(matches);
        misses = List.copyOf(misses);
        extras = List.copyOf(extras);
        violations = List.copyOf(violations);
        byType = java.util.Collections.unmodifiableMap(new TreeMap<>(byType));
    }

    /** The tallies of all types together. */
    public Counts overall() {
        return byType.values().stream().reduce(Counts.ZERO, Counts::plus);
    }

    /**
     * One claim the system made, as the report shows it.
     *
     * @param index    position among the article's claims, from 0
     * @param claim    the claim
     * @param evidence the evidence text, white space collapsed
     * @param summary  modality, attribution and event in one line
     */
    public record SystemClaim(int index, Claim claim, String evidence, String summary) {}

    /**
     * One attribute of a matched pair compared.
     *
     * @param attribute {@code roles} (every role and office the gold gives), {@code modality}, {@code time},
     *                  {@code quantity}, {@code attribution}, {@code content} or {@code fillers} (no system filler
     *                  beyond the gold names in the roles the gold gives)
     * @param gold      the gold value, as text
     * @param system    the system value, as text
     * @param agrees    true when they agree
     */
    public record AttributeCheck(String attribute, String gold, String system, boolean agrees) {}

    /**
     * A gold claim and the system claim that matched it.
     *
     * @param gold       the gold claim
     * @param system     the system claim
     * @param attributes the attributes compared (only those the gold gives, see {@link Evaluator})
     */
    public record Match(Expectation gold, SystemClaim system, List<AttributeCheck> attributes) {
        public Match {
            attributes = List.copyOf(attributes);
        }

        /**
         * True when every attribute of the strict level agrees: the other roles, time, modality, quantity and
         * attribution ({@link Evaluator#STRICT}); content and extra fillers are reported, not required.
         */
        public boolean strict() {
            return attributes.stream()
                    .filter(a -> Evaluator.STRICT.contains(a.attribute()))
                    .allMatch(AttributeCheck::agrees);
        }

        /** The attributes that disagree. */
        public List<AttributeCheck> disagreements() {
            return attributes.stream().filter(a -> !a.agrees()).toList();
        }
    }

    /**
     * A gold claim no system claim matched.
     *
     * @param gold   the gold claim
     * @param reason what the nearest system claim got wrong, or that none came from that sentence
     */
    public record Miss(Expectation gold, String reason) {}

    /**
     * A system claim a mustNot entry forbids. It is never matched and counts as an extra.
     *
     * @param rule   the mustNot entry
     * @param system the system claim
     */
    public record Violation(Expectation rule, SystemClaim system) {}
}

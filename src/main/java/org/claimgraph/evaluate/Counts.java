package org.claimgraph.evaluate;

/**
 * Tallies for one claim type (or all): gold claims, system claims, and the pairs matched at the lenient
 * level (type, sentence, roles) and at the strict level (every attribute the gold gives agrees too), with
 * precision, recall and F1 for both. A ratio whose denominator is zero is 1 when there was nothing to find
 * and nothing was found (gold and system both zero), else 0.
 *
 * @param gold    gold claims
 * @param system  system claims (mustNot violations included)
 * @param matched lenient matches
 * @param strict  strict matches (a subset of the lenient ones)
 */
public record Counts(int gold, int system, int matched, int strict) {
    /** No claims at all. */
    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    public Counts {
        if (gold < 0
                || system < 0
                || matched < 0
                || strict < 0
                || matched > gold
                || matched > system
                || strict > matched) {
            throw new IllegalArgumentException("Inconsistent counts: gold " + gold + ", system " + system + ", matched "
                    + matched + ", strict " + strict);
        }
    }

    /** The sum of two tallies. */
    public Counts plus(Counts o) {
        return new Counts(gold + o.gold, system + o.system, matched + o.matched, strict + o.strict);
    }

    /** Lenient matches over system claims. */
    public double precision() {
        return ratio(matched, system);
    }

    /** Lenient matches over gold claims. */
    public double recall() {
        return ratio(matched, gold);
    }

    /** Harmonic mean of lenient precision and recall. */
    public double f1() {
        return f1(precision(), recall());
    }

    /** Strict matches over system claims. */
    public double strictPrecision() {
        return ratio(strict, system);
    }

    /** Strict matches over gold claims. */
    public double strictRecall() {
        return ratio(strict, gold);
    }

    /** Harmonic mean of strict precision and recall. */
    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    private double ratio(int part, int whole) {
        if (whole == 0) {
            return gold == 0 && system == 0 ? 1.0 : 0.0;
        }
        return (double) part / whole;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}

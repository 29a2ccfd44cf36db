package org.claimgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CountsTest {
    private static final double EPS = 1e-9;

    @Test
    void precisionRecallAndF1() {
        Counts c = new Counts(10, 8, 6, 4);
        assertEquals(0.75, c.precision(), EPS);
        assertEquals(0.6, c.recall(), EPS);
        assertEquals(2 * 0.75 * 0.6 / (0.75 + 0.6), c.f1(), EPS);
        assertEquals(0.5, c.strictPrecision(), EPS);
        assertEquals(0.4, c.strictRecall(), EPS);
        assertEquals(2 * 0.5 * 0.4 / 0.9, c.strictF1(), EPS);
    }

    @Test
    void zeroDenominators() {
        assertEquals(1.0, Counts.ZERO.f1(), EPS);
        Counts nothingFound = new Counts(5, 0, 0, 0);
        assertEquals(0.0, nothingFound.precision(), EPS);
        assertEquals(0.0, nothingFound.recall(), EPS);
        assertEquals(0.0, nothingFound.f1(), EPS);
        Counts nothingToFind = new Counts(0, 3, 0, 0);
        assertEquals(0.0, nothingToFind.precision(), EPS);
        assertEquals(0.0, nothingToFind.recall(), EPS);
        assertEquals(0.0, new Counts(4, 4, 0, 0).f1(), EPS);
    }

    @Test
    void sumsAreMicroAverages() {
        Counts sum = new Counts(2, 2, 2, 1).plus(new Counts(8, 2, 0, 0));
        assertEquals(new Counts(10, 4, 2, 1), sum);
        assertEquals(0.5, sum.precision(), EPS);
        assertEquals(0.2, sum.recall(), EPS);
    }

    @Test
    void inconsistentTalliesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Counts(1, 1, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new Counts(3, 3, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Counts(-1, 0, 0, 0));
    }
}

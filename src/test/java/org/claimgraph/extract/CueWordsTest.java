package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The English words the extraction rules read are in {@code lexicon/cues.yaml}, not in Java: each list holds what
 * the rules were written for, and the rules that read them work from the file.
 */
class CueWordsTest {
    private static final ClaimLexicon.Cues CUES = ClaimLexicon.bundled().cues();

    @Test
    void modalityAdjectivesAreData() {
        assertEquals(java.util.Set.of("possible", "potential"), CUES.modality.possibleAdjectives);
        assertEquals(java.util.Set.of("upcoming", "planned"), CUES.modality.plannedAdjectives);
    }

    @Test
    void classifyingAdjectivesAreData() {
        assertTrue(CUES.quantity.classifyingAdjectives.containsAll(
                List.of("medical", "nonlethal", "non-lethal", "humanitarian", "anti-tank", "naval")));
        assertFalse(CUES.quantity.classifyingAdjectives.contains("powerful"));
    }

    @Test
    void numbersAreReadFromTheNumberWordsOfTheFile() {
        assertEquals(30, CUES.quantity.numberWords.size());
        assertEquals(Optional.of(12.0), Numbers.value("dozen"));
        assertEquals(Optional.of(19.0), Numbers.value("Nineteen"));
        assertEquals(Optional.of(74.0), Numbers.compound("seventy-four"));
        assertEquals(Optional.empty(), Numbers.compound("four-seventy"));
        assertEquals(1_000_000_000L, CUES.quantity.numberScales.get("billion"));
    }

    @Test
    void timeUnitsAndAgoWordsAreData() {
        assertEquals(ChronoUnit.MONTHS, CUES.time.agoUnits.get("month"));
        assertEquals(ChronoUnit.DAYS, CUES.time.agoUnits.get("day"));
        assertEquals(List.of("ago"), CUES.time.ago);
        assertEquals(List.of("today"), CUES.time.agoDay);
        assertTrue(CUES.time.fromAnEvent.containsAll(List.of("later", "earlier", "afterwards", "before")));
    }

    @Test
    void prepositionsOfRelativeTimesAreData() {
        assertEquals(java.util.Set.of("after"), CUES.time.durationAfter);
        assertEquals(java.util.Set.of("before"), CUES.time.durationBefore);
        assertEquals(java.util.Set.of("under"), CUES.time.sufferedPrepositions);
        assertEquals(java.util.Set.of("in"), CUES.time.resultPrepositions);
    }

    @Test
    void beingSomewhereAndQuotationMarksMakeASentenceWorthParsing() {
        ClaimExtractor x = ClaimExtractor.bundled();
        assertTrue(x.needsParse(List.of("he", "be", "in", "Kyiv", ".")));
        assertTrue(x.needsParse(List.of("while", "in", "Baghdad", ",", "he", "rest")));
        assertFalse(x.needsParse(List.of("in", "Kyiv", "he", "rest")));
        assertTrue(x.needsParse(List.of("\u201c", "we", "rest", "\u201d")));
        assertTrue(x.needsParse(List.of("``", "we", "rest", "''")));
        assertFalse(x.needsParse(List.of("\u2018", "we", "rest", "\u2019")));
    }
}

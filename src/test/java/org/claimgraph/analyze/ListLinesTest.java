package org.claimgraph.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which sentences after a colon are lines of the list it announces. */
class ListLinesTest {
    @Test
    void aNewLineContinuesAListABlankLineEndsPlainLinesButNotBullets() {
        String text = "It includes:\nrounds\n\n- tanks\n\nMore text. Same line.";
        int afterColon = text.indexOf(':') + 1;
        assertTrue(ListLines.continues(text, afterColon, text.indexOf("rounds"), "rounds"));
        int afterRounds = text.indexOf("rounds") + "rounds".length();
        assertTrue(ListLines.continues(text, afterRounds, text.indexOf("- tanks"), "-"));
        assertFalse(ListLines.continues(text, afterRounds, text.indexOf("More"), "More"));
        int afterMore = text.indexOf("More text.") + "More text.".length();
        assertFalse(ListLines.continues(text, afterMore, text.indexOf("Same"), "Same"));
    }

    @Test
    void onlyAColonOpensAList() {
        assertTrue(ListLines.opens(":"));
        assertFalse(ListLines.opens("."));
    }

    @Test
    void aBlockOfLinesAfterABlankLineIsTheListButOneParagraphIsNot() {
        CoreNlpAnalyzer nlp = CoreNlpAnalyzer.shared();
        AnalyzedText block = nlp.analyze(
                "The United States is providing:\n\nFood for families in towns;\nShelter kits for migrants; and\n"
                        + "Medicine for clinics.\n\nThe aid builds on earlier support.",
                Optional.of(LocalDate.of(2018, 8, 8)));
        assertEquals(3, ListLines.after(block, 0).size());
        AnalyzedText paragraph = nlp.analyze(
                "The United States is providing:\n\nFood for families in towns.\n\nThe aid builds on earlier support.",
                Optional.of(LocalDate.of(2018, 8, 8)));
        assertEquals(0, ListLines.after(paragraph, 0).size());
    }
}

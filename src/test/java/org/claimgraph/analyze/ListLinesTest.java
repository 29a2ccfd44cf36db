package org.claimgraph.analyze;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}

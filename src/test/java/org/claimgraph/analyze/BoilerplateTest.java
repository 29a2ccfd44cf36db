package org.claimgraph.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Datelines, bylines, credits and source notes are shown to the parser as spaces, offsets unchanged. Texts
 * written for these tests.
 */
class BoilerplateTest {
    private static String blanked(String line) {
        String out = Boilerplate.blank(line);
        assertEquals(line.length(), out.length(), "one character for one");
        return out.strip();
    }

    @Test
    void datelinesAreBlankedAndTheSentenceKept() {
        assertEquals("The minister arrived.", blanked("WASHINGTON, July 4, 2017 — The minister arrived."));
        assertEquals("The minister arrived.", blanked("KYIV, Ukraine (AP) — The minister arrived."));
        assertEquals("The minister arrived.", blanked("ST. LOUIS, Mo. (AP) — The minister arrived."));
        assertEquals("The minister arrived.", blanked("LIMA (May 23, 2025) -- The minister arrived."));
        assertEquals("The minister arrived.", blanked("AGENCY NEWS -- The minister arrived."));
        assertEquals("The minister arrived.", blanked("UNITED NATIONS — The minister arrived."));
        assertEquals("The minister arrived.", blanked("BRUSSELS - The minister arrived."));
        assertEquals("The minister arrived.", blanked("April 2, 2009 - The minister arrived."));
        assertEquals("The minister arrived.", blanked("Jan. 5, 2016 \u2014 The minister arrived."));
    }

    @Test
    void creditsInParenthesesAreBlankedWhereverTheLineGivesThem() {
        assertEquals("The minister arrived.", blanked("Vilnius, Lithuania (NewsWire) — The minister arrived."));
        assertEquals("The minister arrived.", blanked("Vilnius, October 15 (Baltnews) – The minister arrived."));
        assertEquals("The minister arrived.", blanked("(BALTNEWS) The minister arrived."));
        assertEquals("", blanked("(AFP)"));
        assertEquals("", blanked("(Baltic Wire)"));
        assertEquals("", blanked("Reuters | Updated: 23-01-2023 22:27 IST"));
    }

    @Test
    void sentencesThatOnlyLookLikeDatelinesAreKept() {
        for (String line : new String[] {
            "NATO — the alliance of 32 states — met on Monday.",
            "U.S. — and allied — forces withdrew.",
            "Washington, the capital, was quiet — for once.",
            "By Tuesday, the troops had left.",
            "By contrast, the navy stayed.",
            "The Ruritanian minister, Ana Ortiz, arrived — late.",
            "(Updated) the minister arrived.",
            "(The minister arrived.)",
            "Ana Ortiz (Ruritania) — the minister — arrived.",
            "May 2, 2009 was the day the minister arrived."
        }) {
            assertEquals(line, blanked(line), line);
        }
    }

    @Test
    void bylinesCreditsAndSourceNotesAreBlankedWhole() {
        String text = "By Ana Ortiz\nReuters, Staff Reports\nDoD News, Defense Media Activity\n"
                + "The minister arrived.\nSome information for this story came from a news agency.\n";
        String out = Boilerplate.blank(text);
        assertEquals(text.length(), out.length());
        assertEquals("The minister arrived.", out.strip());
        assertEquals(
                text.chars().filter(c -> c == '\n').count(),
                out.chars().filter(c -> c == '\n').count());
        assertEquals("", blanked("By Ana Ortiz DoD News, Defense Media Activity"));
    }

    @Test
    void aShortLineClosingWithAContributionNoteIsBlankedButASentenceSayingSoIsKept() {
        assertEquals("", blanked("The agency's Ruritanian Service contributed to this report."));
        String sentence = "The minister said that reporters from many countries, among them the agency's Ruritanian "
                + "Service and several newspapers of the region, contributed to this report.";
        assertEquals(sentence, blanked(sentence));
    }

    @Test
    void theParserSeesNoDatelineAndTokensKeepTheirOffsets() {
        String text = "WASHINGTON, July 4, 2017 — The minister said the talks went well.";
        AnalyzedText a = CoreNlpAnalyzer.shared().analyze(text, Optional.of(LocalDate.of(2017, 7, 4)));
        Sentence s = a.sentences().get(0);
        assertEquals("The", s.token(0).text());
        assertEquals(text.indexOf("The"), s.token(0).begin());
        for (Token t : s.tokens()) {
            assertEquals(text.substring(t.begin(), t.end()), t.text());
        }
        assertTrue(s.tokens().stream().noneMatch(t -> t.text().equals("WASHINGTON")));
    }
}

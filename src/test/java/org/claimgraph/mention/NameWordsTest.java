package org.claimgraph.mention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Name suffixes, patronymics, accredited offices, "according to" and the quotation marks are read from
 * {@code lexicon/names.yaml}, the one list both the mention and the extraction stage use.
 */
class NameWordsTest {
    private static final MentionLexicon LEXICON = MentionLexicon.bundled();

    @Test
    void suffixesAndPatronymicsAreData() {
        assertTrue(PersonNames.isSuffix("Jr."));
        assertTrue(PersonNames.isSuffix("III"));
        assertFalse(PersonNames.isSuffix("Jnr"));
        assertEquals(List.of("ana", "ortiz"), PersonNames.words("Ana B. Ortiz Jr."));
        assertTrue(PersonNames.isPatronymic("bint"));
        assertFalse(PersonNames.isPatronymic("Bin"), "case-sensitive, as the name particles");
    }

    @Test
    void accreditedOfficesAndSourcePhrasesAreData() {
        assertTrue(LEXICON.isAccreditedOffice("Ambassador"));
        assertTrue(LEXICON.isAccreditedOffice("Envoy"));
        assertFalse(LEXICON.isAccreditedOffice("Minister"));
        assertTrue(LEXICON.opensSourcePhrase("According"));
        assertTrue(LEXICON.opensSourcePhraseAsLemma("according"));
        assertFalse(LEXICON.opensSourcePhraseAsLemma("According"));
        assertTrue(LEXICON.isSourcePhraseLemmaStart("accord", "To"));
        assertFalse(LEXICON.isSourcePhraseLemmaStart("accord", "with"));
    }

    @Test
    void quotationMarksAreData() {
        MentionLexicon.QuotationMarks q = LEXICON.quotationMarks();
        assertEquals("\u201c", q.pairedOpening());
        assertEquals("\u201d", q.pairedClosing());
        assertEquals("\"", q.straightDouble());
        assertTrue(q.opens("\u2018") && q.closes("\u2019"));
        assertTrue(q.isStraightSingle("'"));
        assertFalse(q.opens("'") || q.closes("'"));
        assertTrue(q.opensPtb("``") && q.closesPtb("''"));
        assertFalse(q.opens("``"));
    }

    @Test
    void quotationSpansPairTheMarksOfTheFile() {
        List<int[]> spans = Quotations.spans("He said \u201cyes\u201d and \"no\".");
        assertEquals(2, spans.size());
        assertArrayEquals(new int[] {8, 13}, spans.get(0));
        assertArrayEquals(new int[] {18, 22}, spans.get(1));
    }
}

package org.claimgraph.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A feed item's HTML as text: blocks are paragraphs, {@code <br>} a line break, source line breaks nothing. */
class HtmlTextTest {
    @Test
    void blocksAreParagraphsAndSourceLayoutIsNot() {
        String html = "<h2>Kyiv visit</h2>\n<p>Jens   Stoltenberg <b>visited</b>\n  Kyiv on Thursday.</p>"
                + "<div><p>He met&nbsp;Zelensky.</p></div><ul><li>One</li><li>Two</li></ul>"
                + "<p>Line one<br>line two</p><script>var x = 1;</script>";
        assertEquals(
                "Kyiv visit\n\nJens Stoltenberg visited Kyiv on Thursday.\n\nHe met Zelensky.\n\nOne\n\nTwo\n\n"
                        + "Line one\nline two",
                HtmlText.ofFragment(html));
    }
}

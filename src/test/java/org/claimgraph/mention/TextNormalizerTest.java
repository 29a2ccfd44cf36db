package org.claimgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link TextNormalizer#key}'s shortcut for strings that are already keys gives what the full rewriting gives. */
class TextNormalizerTest {
    /** The definition of a key, as written before the shortcut. */
    private static String reference(String s) {
        return TextNormalizer.normalize(s).strip().replaceAll("\\s+", " ").replaceAll(" ?- ?", "-");
    }

    @Test
    void keysOfNamesAsTheNameIndexSeesThem() {
        for (String s : new String[] {
            "",
            "NATO",
            "Jens Stoltenberg",
            " Jens Stoltenberg",
            "Jens Stoltenberg ",
            "Jens  Stoltenberg",
            "Jens\nStoltenberg",
            "Guinea-Bissau",
            "Guinea - Bissau",
            "Guinea -Bissau",
            "Guinea- Bissau",
            "Guinea--Bissau",
            "a - - b",
            "Biden\u2019s",
            "Erdo\u011fan",
            "U.S.\u00a0Army",
            "Kyiv\u2014Ukraine",
            "x\u2003y",
            "\u2003x",
            "tab\there",
        }) {
            assertEquals(reference(s), TextNormalizer.key(s), "key of [" + s + "]");
        }
    }

    @Test
    void keysOfRandomStringsOfTheTrickyCharacters() {
        char[] alphabet = {
            'a', 'B', ' ', ' ', '-', '\n', '\t', '\u00a0', '\u2019', '\u2014', '\u2003', '`', '.', '\u00e9'
        };
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(8);
            for (int k = 0; k < length; k++) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = b.toString();
            assertEquals(reference(s), TextNormalizer.key(s), "key of [" + s + "]");
        }
    }
}

package org.claimgraph.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The lines of a list that a sentence ending in a colon announces ("The package includes:" followed by one item
 * per line, with or without bullets). The analyser parses them though they hold no trigger word, and the
 * extractor reads each line as an item of what the colon's sentence announces.
 */
public final class ListLines {
    /** Lines read after one colon at most: a list longer than this is a page's navigation, not a package. */
    public static final int MAX_LINES = 60;

    private static final Set<String> BULLETS = Set.of("-", "•", "*", "–", "—", "·", "‣", "▪", "◦", "o");

    private ListLines() {}

    /** Whether a sentence whose last token is {@code lastToken} opens a list. */
    public static boolean opens(String lastToken) {
        return lastToken.equals(":");
    }

    /**
     * Whether a sentence starting at {@code begin} with {@code firstToken} is the next line of a list whose
     * previous line ended at {@code previousEnd}: it starts a new line, and either has a bullet or follows with
     * no blank line between (a blank line ends a list of plain lines, as it ends a paragraph; only the opener
     * may stand a blank line before a block of two or more lines, see {@link #after}).
     */
    public static boolean continues(String text, int previousEnd, int begin, String firstToken) {
        if (previousEnd > begin || begin > text.length()) {
            return false;
        }
        String between = text.substring(previousEnd, begin);
        long newlines = between.chars().filter(c -> c == '\n').count();
        if (newlines == 0) {
            return false;
        }
        boolean bullet = BULLETS.contains(firstToken) || firstToken.matches("\\(?\\d{1,2}[.)]?|\\(?[a-h]\\)");
        return bullet || newlines == 1;
    }

    /** Whether one blank line stands between the end of one sentence and the start of the next. */
    public static boolean blankLineBetween(String text, int previousEnd, int begin) {
        if (previousEnd > begin || begin > text.length()) {
            return false;
        }
        return text.substring(previousEnd, begin).chars().filter(c -> c == '\n').count() == 2;
    }

    /** The list lines after sentence {@code index}, if that sentence opens a list. */
    public static List<Sentence> after(AnalyzedText a, int index) {
        List<Sentence> all = a.sentences();
        Sentence opener = all.get(index);
        List<Sentence> out = new ArrayList<>();
        if (opener.tokens().isEmpty()
                || !opens(opener.tokens().get(opener.tokens().size() - 1).text())) {
            return out;
        }
        int previousEnd = opener.end();
        boolean blankAfterOpener = false;
        for (int i = index + 1; i < all.size() && out.size() < MAX_LINES; i++) {
            Sentence line = all.get(i);
            if (line.tokens().isEmpty()) {
                break;
            }
            boolean next = continues(
                    a.text(), previousEnd, line.begin(), line.tokens().get(0).text());
            if (!next && out.isEmpty() && blankLineBetween(a.text(), previousEnd, line.begin())) {
                // a page's "…, is providing:" paragraph, then its list as a block of its own
                next = true;
                blankAfterOpener = true;
            }
            if (!next) {
                break;
            }
            out.add(line);
            previousEnd = line.end();
        }
        // After a blank line only a block of two or more lines is a list; one line is the next paragraph.
        return blankAfterOpener && out.size() < 2 ? List.of() : out;
    }
}

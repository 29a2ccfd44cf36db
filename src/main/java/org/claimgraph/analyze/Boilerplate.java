package org.claimgraph.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.sys.DataFiles;

/**
 * Finds what scrapers leave in an article's text that is not news, and shows it to the parser as spaces, one
 * character for one so that every offset still points into the original text: a dateline at the start of a
 * paragraph ("WASHINGTON, July 4, 2017 —", "KYIV, Ukraine (AP) —", "MIAMI (May 23, 2025) --"), and whole
 * lines that are bylines ("By Ana Ortiz"), newsroom credits ("DoD News, Defense Media Activity") or source
 * notes ("Some information for this story came from …", "… contributed to this report."). Blanked text gives no tokens, so a dateline city is
 * never the subject of the sentence's verb and a byline is no entity. The word lists are in
 * {@code lexicon/boilerplate.yaml}.
 */
/*package*/ final class Boilerplate {
    /** Bound form of {@code lexicon/boilerplate.yaml}. */
    public static final class Lists {
        public List<String> bylineOpeners = List.of();
        public List<String> credits = List.of();
        public List<String> sourceNotes = List.of();
        public List<String> sourceNoteEndings = List.of();
        public List<String> notNames = List.of();
    }

    /**
     * A dateline: a place in capitals (up to four words: "WASHINGTON", "ST. LOUIS", "UNITED NATIONS"), then
     * optionally a region in ordinary case (", Ukraine"), a parenthesis (an agency or a date: "(AP)", "(May 23,
     * 2025)") and a date (", Aug. 25, 2017"), then a dash.
     */
    private static final Pattern DATELINE =
            Pattern.compile("(?<place>\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,3})"
                    + "(?<region>, \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3})?"
                    + "(?<paren> ?\\([^()\\n]{1,40}\\))?"
                    + "(?<date>, \\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}(?:, \\d{4})?)?"
                    + "(?<dash> ?(?:\u2014|\u2013|--) ?| - )(?=\\S)");

    /**
     * A dateline whose place is written in ordinary case: then only with a credit in parentheses before the dash
     * ("Tallinn, Estonia (Agency) —", "Brussels, October 15 (Agency) –"), which no sentence opens with.
     */
    private static final Pattern CREDITED_DATELINE =
            Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}"
                    + "(?:, \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2})?"
                    + "(?:,? \\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}(?:, \\d{4})?)?"
                    + " ?\\([^()\\n]{1,40}\\)"
                    + " ?(?:\u2014|\u2013|--) ?(?=[\\p{Lu}\"“])");

    /**
     * A dateline that is only a date ("April 2, 2009 - ", "Jan. 5, 2016 — "), as wire services and the American
     * Forces Press Service open their stories: a month, a day and a year, then a dash.
     */
    private static final Pattern DATE_DATELINE =
            Pattern.compile("(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.? \\d{1,2}, \\d{4}"
                    + "(?: ?(?:\u2014|\u2013|--) ?| - )(?=\\S)");

    /**
     * A newsroom's credit in parentheses standing alone as a line ("(Agency)") or opening one ("(AGENCY) The
     * minister said …"): one to three capitalised words, the opening one written with at least two capitals.
     */
    private static final Pattern BRACKETED_CREDIT =
            Pattern.compile("\\((?=[^()\\n]*\\p{Lu}[^()\\n]*\\p{Lu})\\p{Lu}[\\p{L}\\d.&'’-]*"
                    + "(?: \\p{Lu}[\\p{L}\\d.&'’-]*){0,2}\\)(?= \\p{Lu}|$)");

    private static final Lists LISTS = DataFiles.yaml("lexicon/boilerplate.yaml", Lists.class);

    private Boilerplate() {}

    /** The text with every dateline, byline, credit line and source note replaced by spaces (line ends kept). */
    static String blank(String text) {
        StringBuilder b = new StringBuilder(text);
        for (int[] span : spans(text)) {
            for (int i = span[0]; i < span[1]; i++) {
                if (b.charAt(i) != '\n' && b.charAt(i) != '\r') {
                    b.setCharAt(i, ' ');
                }
            }
        }
        return b.toString();
    }

    /** The stretches of boilerplate, as [begin, end) character offsets, in text order. */
    static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int from = lineStart;
            while (from < lineEnd && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            int to = lineEnd;
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                String line = text.substring(from, to);
                if (isByline(line) || isCreditLine(line) || isSourceNote(line)) {
                    out.add(new int[] {from, to});
                } else {
                    int dateline = datelineEnd(line);
                    if (dateline > 0) {
                        out.add(new int[] {from, from + dateline});
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** The length of the dateline opening this line, or 0. */
    static int datelineEnd(String line) {
        Matcher credited = CREDITED_DATELINE.matcher(line);
        if (credited.lookingAt() && credited.end() <= 120) {
            return credited.end();
        }
        Matcher bracketed = BRACKETED_CREDIT.matcher(line);
        if (bracketed.lookingAt()) {
            return bracketed.end();
        }
        Matcher date = DATE_DATELINE.matcher(line);
        if (date.lookingAt()) {
            return date.end();
        }
        Matcher m = DATELINE.matcher(line);
        if (!m.lookingAt() || m.end() > 120) {
            return 0;
        }
        boolean qualified = m.group("region") != null || m.group("paren") != null || m.group("date") != null;
        String place = m.group("place");
        long letters = place.codePoints().filter(Character::isLetter).count();
        if (!qualified && letters < 5 && !place.contains(" ")) {
            return 0; // "NATO — the alliance …" opens a sentence; "WASHINGTON —", "DOD NEWS --" are datelines.
        }
        return m.end();
    }

    private static boolean isByline(String line) {
        if (line.length() > 120 || line.endsWith(".") || line.endsWith("?") || line.endsWith("!")) {
            return false;
        }
        for (String opener : LISTS.bylineOpeners) {
            if (line.startsWith(opener + " ")) {
                String rest = line.substring(opener.length() + 1);
                String first = rest.split("[\\s,]+", 2)[0];
                return !first.isEmpty()
                        && Character.isUpperCase(first.codePointAt(0))
                        && LISTS.notNames.stream().noneMatch(w -> w.equalsIgnoreCase(first));
            }
        }
        return false;
    }

    private static boolean isCreditLine(String line) {
        String[] parts = line.split("\\s*\\|\\s*");
        if (parts.length > 1 && isCredit(parts[0]) && !line.endsWith(".")) {
            return true; // "Agency | Updated: 23-01-2023 22:27": a credit and the page's time stamp
        }
        for (String part : line.split("\\s*[,|]\\s*")) {
            if (!isCredit(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCredit(String part) {
        return LISTS.credits.stream().anyMatch(c -> c.equalsIgnoreCase(part.strip()));
    }

    /** A source note of this many words at most may close with its ending ("X contributed to this report."). */
    private static final int SOURCE_NOTE_WORDS = 14;

    private static boolean isSourceNote(String line) {
        if (LISTS.sourceNotes.stream().anyMatch(line::startsWith)) {
            return true;
        }
        return line.split("\\s+").length <= SOURCE_NOTE_WORDS
                && LISTS.sourceNoteEndings.stream().anyMatch(line::endsWith);
    }
}

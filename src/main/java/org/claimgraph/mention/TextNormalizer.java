package org.claimgraph.mention;

/**
 * Maps typographic variants to plain ones character by character, so that a name matched in normalised
 * text keeps the offsets of the original: ’ and ‘ become ', “ and ” become ", dashes become -, and
 * no-break spaces become spaces.
 */
public final class TextNormalizer {
    private TextNormalizer() {}

    /** The normalised text, of the same length as {@code s}. */
    public static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(normalize(s.charAt(i)));
        }
        return b.toString();
    }

    /** One character normalised. */
    public static char normalize(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u2032', '`', '\u00B4' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
            case '\u00A0', '\u2007', '\u202F' -> ' ';
            default -> c;
        };
    }

    /**
     * A key for comparing names: normalised, whitespace runs collapsed to one space, spaces around hyphens
     * removed. Case is kept; {@link #foldedKey} drops it too.
     */
    public static String key(String s) {
        if (isKey(s)) {
            return s;
        }
        return SPACES_AROUND_HYPHEN
                .matcher(WHITESPACE.matcher(normalize(s).strip()).replaceAll(" "))
                .replaceAll("-");
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern SPACES_AROUND_HYPHEN = java.util.regex.Pattern.compile(" ?- ?");

    /**
     * True when {@link #key} would return {@code s} unchanged: no character to normalise, no whitespace but single
     * spaces between other characters, no space beside a hyphen. Most spans the name index looks up are such, and
     * skipping the regular expressions for them halves the mention finder's time.
     */
    private static boolean isKey(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == n - 1) {
                    return false;
                }
                char next = s.charAt(i + 1);
                if (next == ' ' || next == '-' || s.charAt(i - 1) == '-') {
                    return false;
                }
            } else if (c < 128) {
                if (c < ' ' || c == '`' || c == 127) {
                    return false;
                }
            } else if (normalize(c) != c || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #key} in lower case. */
    public static String foldedKey(String s) {
        return key(s).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * {@link #key} without diacritics, case kept: "Erdoğan" and "Erdogan", "Niinistö" and "Niinisto", "Moïse"
     * and "Moise" give the same key.
     */
    public static String plainKey(String s) {
        String decomposed = java.text.Normalizer.normalize(key(s), java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'ı' -> b.append('i');
                case 'ł' -> b.append('l');
                case 'Ł' -> b.append('L');
                case 'ø' -> b.append('o');
                case 'Ø' -> b.append('O');
                case 'đ' -> b.append('d');
                case 'Đ' -> b.append('D');
                case 'ß' -> b.append("ss");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A key for comparing one word of a person's name across spellings: {@link #plainKey} in lower case, with
     * the endings that transliterations of one name vary in made alike ("Zelenskyy", "Zelensky", "Zelenskiy").
     */
    public static String nameWordKey(String word) {
        String w = plainKey(word).toLowerCase(java.util.Locale.ROOT);
        if (w.length() > 4) {
            w = w.replaceAll("(iy|yy|ii|yi|ij)$", "y");
        }
        return w;
    }
}

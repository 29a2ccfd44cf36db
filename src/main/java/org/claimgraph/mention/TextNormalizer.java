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
        return normalize(s).strip().replaceAll("\\s+", " ").replaceAll(" ?- ?", "-");
    }

    /** {@link #key} in lower case. */
    public static String foldedKey(String s) {
        return key(s).toLowerCase(java.util.Locale.ROOT);
    }
}

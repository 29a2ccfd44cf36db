package org.claimgraph.mention;

import java.text.Normalizer;
import java.util.Locale;

/** Turns names into the lowercase ASCII slugs used in keys. */
public final class Slugs {
    private Slugs() {}

    /** "St. Mark’s Basilica" becomes {@code st-marks-basilica}; never empty. */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("['’‘`]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (s.length() > 80) {
            // Long names keep a readable prefix and a hash, so keys stay short and distinct.
            s = s.substring(0, 64).replaceAll("-+$", "") + "-" + Integer.toHexString(name.hashCode());
        }
        return s.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : s;
    }
}

package org.claimgraph.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.analyze.Sentence;

/**
 * Reads cardinal numbers as news writes them: 14, 1,000, 2.5 million, two, a dozen. The number and scale words are
 * in {@code lexicon/cues.yaml} ({@code quantity.numberWords}, {@code quantity.numberScales}).
 */
/*package*/ final class Numbers {
    private Numbers() {}

    // The words are data (cues.yaml quantity.numberWords and numberScales); the lexicon is the bundled one, as
    // every caller's is.
    private static Map<String, Long> words() {
        return ClaimLexicon.bundled().cues().quantity.numberWords;
    }

    private static Map<String, Long> scales() {
        return ClaimLexicon.bundled().cues().quantity.numberScales;
    }

    /** The value of the number at {@code token}, with a following scale word ("2.5 million"). */
    static Optional<Integer> parse(Sentence s, int token) {
        Optional<Double> base = value(s.token(token).text());
        if (base.isEmpty()) {
            return Optional.empty();
        }
        double v = base.get();
        if (token + 1 < s.tokens().size()) {
            Long scale = scales().get(s.token(token + 1).text().toLowerCase(Locale.ROOT));
            if (scale != null && s.token(token + 1).pos().equals("CD")) {
                v *= scale;
            }
        }
        if (v < 1 || v > Integer.MAX_VALUE || v != Math.floor(v)) {
            return Optional.empty();
        }
        return Optional.of((int) v);
    }

    /** "seventy-four": a hyphenated number word. */
    static Optional<Double> compound(String word) {
        String[] parts = word.toLowerCase(Locale.ROOT).split("-");
        if (parts.length != 2) {
            return Optional.empty();
        }
        Long tens = words().get(parts[0]);
        Long units = words().get(parts[1]);
        if (tens == null || units == null || tens < 20 || tens % 10 != 0 || units >= 10) {
            return Optional.empty();
        }
        return Optional.of((double) (tens + units));
    }

    /** The value of a single number word or figure. */
    static Optional<Double> value(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(",", "");
        if (w.matches("\\d+(\\.\\d+)?")) {
            return Optional.of(Double.parseDouble(w));
        }
        Long n = words().get(w);
        return n == null ? Optional.empty() : Optional.of(n.doubleValue());
    }
}

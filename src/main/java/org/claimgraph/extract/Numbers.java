package org.claimgraph.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.analyze.Sentence;

/** Reads cardinal numbers as news writes them: 14, 1,000, 2.5 million, two, a dozen. */
/*package*/ final class Numbers {
    private static final Map<String, Long> WORDS = Map.ofEntries(
            Map.entry("one", 1L),
            Map.entry("two", 2L),
            Map.entry("three", 3L),
            Map.entry("four", 4L),
            Map.entry("five", 5L),
            Map.entry("six", 6L),
            Map.entry("seven", 7L),
            Map.entry("eight", 8L),
            Map.entry("nine", 9L),
            Map.entry("ten", 10L),
            Map.entry("eleven", 11L),
            Map.entry("twelve", 12L),
            Map.entry("thirteen", 13L),
            Map.entry("fourteen", 14L),
            Map.entry("fifteen", 15L),
            Map.entry("sixteen", 16L),
            Map.entry("seventeen", 17L),
            Map.entry("eighteen", 18L),
            Map.entry("nineteen", 19L),
            Map.entry("twenty", 20L),
            Map.entry("thirty", 30L),
            Map.entry("forty", 40L),
            Map.entry("fifty", 50L),
            Map.entry("sixty", 60L),
            Map.entry("seventy", 70L),
            Map.entry("eighty", 80L),
            Map.entry("ninety", 90L),
            Map.entry("dozen", 12L),
            Map.entry("hundred", 100L),
            Map.entry("thousand", 1000L));
    private static final Map<String, Long> SCALES =
            Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

    private Numbers() {}

    /** The value of the number at {@code token}, with a following scale word ("2.5 million"). */
    static Optional<Integer> parse(Sentence s, int token) {
        Optional<Double> base = value(s.token(token).text());
        if (base.isEmpty()) {
            return Optional.empty();
        }
        double v = base.get();
        if (token + 1 < s.tokens().size()) {
            Long scale = SCALES.get(s.token(token + 1).text().toLowerCase(Locale.ROOT));
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
        Long tens = WORDS.get(parts[0]);
        Long units = WORDS.get(parts[1]);
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
        Long n = WORDS.get(w);
        return n == null ? Optional.empty() : Optional.of(n.doubleValue());
    }
}

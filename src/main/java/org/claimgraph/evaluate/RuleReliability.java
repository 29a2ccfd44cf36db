package org.claimgraph.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.RuleConfidence;

/**
 * How often each extraction rule is right, and whether confidences say so: the per-rule precision a gold split
 * measures (written as {@code lexicon/confidence.tsv} from the dev split), and a reliability table that bins
 * claims by the confidence they were given and compares it with the precision measured in each bin (on the
 * test split, claims given 0.9 should be right about 9 times in 10).
 *
 * <p>A claim counts as right when it matches a gold claim at the lenient level (type, sentence and main actors
 * agree); every other claim of the rule counts as wrong.
 */
public final class RuleReliability {
    /**
     * How many claims' worth of its type's precision a rule's own record is mixed with: a rule right 2 times in
     * 2 gets (2 + 4 p) / 6, not 1.
     */
    static final int PRIOR_WEIGHT = 4;

    /** Upper bounds of the reliability table's bins; the last bin holds confidence 1. */
    private static final double[] BIN_TOPS = {0.5, 0.6, 0.7, 0.8, 0.9, 1.0000001};

    /** One rule's record: claims it made, how many were right, and their most frequent type. */
    public record RuleRecord(String rule, int claims, int right, String type) {
        public double precision() {
            return claims == 0 ? 0 : (double) right / claims;
        }
    }

    /** One bin of the reliability table: claims given a confidence in [from, to), and how many were right. */
    public record Bin(double from, double to, int claims, int right, double meanConfidence) {
        public double precision() {
            return claims == 0 ? Double.NaN : (double) right / claims;
        }
    }

    private record Scored(Claim claim, boolean right) {}

    private final List<Scored> scored;

    private RuleReliability(List<Scored> scored) {
        this.scored = List.copyOf(scored);
    }

    /** The system claims of a report, each marked right or wrong. */
    public static RuleReliability of(EvaluationReport report) {
        List<Scored> out = new ArrayList<>();
        for (ArticleResult a : report.articles()) {
            a.matches().forEach(m -> out.add(new Scored(m.system().claim(), true)));
            a.extras().forEach(x -> out.add(new Scored(x.claim(), false)));
        }
        return new RuleReliability(out);
    }

    /** Per rule, in rule order. */
    public List<RuleRecord> rules() {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Map<String, Integer>> types = new TreeMap<>();
        for (Scored s : scored) {
            int[] c = counts.computeIfAbsent(s.claim().rule(), k -> new int[2]);
            c[0]++;
            c[1] += s.right() ? 1 : 0;
            types.computeIfAbsent(s.claim().rule(), k -> new TreeMap<>())
                    .merge(s.claim().event().kind().name(), 1, Integer::sum);
        }
        List<RuleRecord> out = new ArrayList<>();
        counts.forEach((rule, c) -> {
            String type = types.get(rule).entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse("");
            out.add(new RuleRecord(rule, c[0], c[1], type));
        });
        return out;
    }

    /** Precision per claim type, over all rules. */
    private Map<String, double[]> typeCounts() {
        Map<String, double[]> out = new TreeMap<>();
        for (Scored s : scored) {
            double[] c = out.computeIfAbsent(s.claim().event().kind().name(), k -> new double[2]);
            c[0]++;
            c[1] += s.right() ? 1 : 0;
        }
        return out;
    }

    /** The overall precision: the share of claims that are right. */
    public double precision() {
        return scored.isEmpty() ? 0 : scored.stream().filter(Scored::right).count() / (double) scored.size();
    }

    /**
     * Each rule's confidence: its right claims plus {@link #PRIOR_WEIGHT} claims at its type's precision (itself
     * mixed the same way with the overall precision), over its claims plus that weight; and
     * {@link RuleConfidence#ANY_RULE} for rules never seen, the overall precision.
     */
    public Map<String, Double> confidences() {
        Map<String, double[]> types = typeCounts();
        Map<String, Double> out = new TreeMap<>();
        double overall = precision();
        for (RuleRecord r : rules()) {
            double[] t = types.get(r.type());
            // The type's precision is itself drawn towards the overall one: a type seen once proves little.
            double prior = t == null ? overall : (t[1] + PRIOR_WEIGHT * overall) / (t[0] + PRIOR_WEIGHT);
            out.put(r.rule(), round((r.right() + PRIOR_WEIGHT * prior) / (r.claims() + PRIOR_WEIGHT)));
        }
        out.put(RuleConfidence.ANY_RULE, round(overall));
        return out;
    }

    /** Writes {@link #confidences} as the TSV that {@link RuleConfidence} reads. */
    public void writeConfidences(Path file, String measuredOn) {
        StringBuilder b = new StringBuilder();
        b.append("# Confidence of the claims each rule finds: its lenient precision on ")
                .append(measuredOn)
                .append(",\n# mixed with ")
                .append(PRIOR_WEIGHT)
                .append(" claims at its type's precision (RuleReliability). Written by\n")
                .append("#   claimgraph evaluate --write-confidence FILE src/test/resources/gold/dev\n")
                .append("# after a change to the rules; never from the test split, whose figures only check it.\n")
                .append("rule\tclaims\tright\tconfidence\n");
        Map<String, RuleRecord> records = new TreeMap<>();
        rules().forEach(r -> records.put(r.rule(), r));
        confidences().forEach((rule, c) -> {
            RuleRecord r = records.get(rule);
            b.append(rule)
                    .append('\t')
                    .append(r == null ? scored.size() : r.claims())
                    .append('\t')
                    .append(r == null ? scored.stream().filter(Scored::right).count() : r.right())
                    .append('\t')
                    .append(String.format(Locale.ROOT, "%.2f", c))
                    .append('\n');
        });
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Claims binned by the confidence the given table gives them, with the precision measured in each bin. */
    public List<Bin> reliability(RuleConfidence confidence) {
        List<Bin> out = new ArrayList<>();
        double from = 0;
        for (double top : BIN_TOPS) {
            int claims = 0;
            int right = 0;
            double sum = 0;
            for (Scored s : scored) {
                double c = confidence.of(s.claim());
                if (c >= from && c < top) {
                    claims++;
                    right += s.right() ? 1 : 0;
                    sum += c;
                }
            }
            out.add(new Bin(from, Math.min(top, 1), claims, right, claims == 0 ? Double.NaN : sum / claims));
            from = top;
        }
        return out;
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}

package org.claimgraph.evaluate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimgraph.evaluate.ArticleResult.AttributeCheck;
import org.claimgraph.evaluate.ArticleResult.Match;

/**
 * The results of evaluating several articles, with the totals: tallies by claim type and overall, and how
 * often each attribute agreed over the matched pairs.
 *
 * @param articles the per-article results, in input order
 */
public record EvaluationReport(List<ArticleResult> articles) {
    public EvaluationReport {
        articles = List.copyOf(articles);
    }

    /**
     * How often an attribute agreed.
     *
     * @param agree pairs where it agreed
     * @param total pairs where it was compared
     */
    public record Agreement(int agree, int total) {
        /** Share of agreement; 1 when never compared. */
        public double rate() {
            return total == 0 ? 1.0 : (double) agree / total;
        }
    }

    /** Tallies by claim type over all articles, by type name. */
    public Map<String, Counts> byType() {
        Map<String, Counts> out = new TreeMap<>();
        for (ArticleResult a : articles) {
            a.byType().forEach((t, c) -> out.merge(t, c, Counts::plus));
        }
        return out;
    }

    /** Tallies of all types and articles together (micro-average). */
    public Counts overall() {
        return articles.stream().map(ArticleResult::overall).reduce(Counts.ZERO, Counts::plus);
    }

    /** Agreement by attribute over all matched pairs, in a fixed order. */
    public Map<String, Agreement> attributes() {
        Map<String, int[]> tally = new LinkedHashMap<>();
        for (String a : List.of("fillers", "modality", "time", "quantity", "attribution", "content")) {
            tally.put(a, new int[2]);
        }
        for (ArticleResult r : articles) {
            for (Match m : r.matches()) {
                for (AttributeCheck c : m.attributes()) {
                    int[] t = tally.computeIfAbsent(c.attribute(), k -> new int[2]);
                    t[1]++;
                    if (c.agrees()) {
                        t[0]++;
                    }
                }
            }
        }
        Map<String, Agreement> out = new LinkedHashMap<>();
        tally.forEach((k, v) -> out.put(k, new Agreement(v[0], v[1])));
        return out;
    }

    /** The entities the graphs name against the gold files' entity lists, all articles together. */
    public EntityCounts entities() {
        return articles.stream().map(ArticleResult::entities).reduce(EntityCounts.ZERO, EntityCounts::plus);
    }

    /** The number of mustNot violations. */
    public int violations() {
        return articles.stream().mapToInt(a -> a.violations().size()).sum();
    }
}

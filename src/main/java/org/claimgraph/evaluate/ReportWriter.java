package org.claimgraph.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.evaluate.ArticleResult.AttributeCheck;
import org.claimgraph.evaluate.ArticleResult.Match;
import org.claimgraph.evaluate.ArticleResult.Miss;
import org.claimgraph.evaluate.ArticleResult.SystemClaim;
import org.claimgraph.evaluate.ArticleResult.Violation;
import org.claimgraph.evaluate.EvaluationReport.Agreement;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.RuleConfidence;

/**
 * Prints an {@link EvaluationReport}: as text for people (per article: matches with their attribute
 * disagreements, misses with the gold fragment and what the nearest system claim got wrong, extras with
 * their evidence, mustNot violations; then the summary table), or as JSON for programs.
 *
 * <pre>
 * new ReportWriter(report).text(out, false);
 * </pre>
 */
public final class ReportWriter {
    private static final int EVIDENCE_WIDTH = 160;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final EvaluationReport report;

    public ReportWriter(EvaluationReport report) {
        this.report = report;
    }

    // ------------------------------------------------------------------ text

    /** Writes the text report; with {@code quiet}, only the summary. */
    public void text(PrintWriter out, boolean quiet) {
        if (!quiet) {
            for (ArticleResult a : report.articles()) {
                article(out, a);
                out.println();
            }
        }
        summary(out);
        out.flush();
    }

    private static void article(PrintWriter out, ArticleResult a) {
        Counts c = a.overall();
        long strict = a.matches().stream().filter(Match::strict).count();
        out.printf("== %s  (%s)%n", a.name(), a.goldFile());
        out.printf(
                "   gold %d, system %d, matched %d (strict %d), missed %d, extra %d, mustNot violations %d%n",
                c.gold(),
                c.system(),
                c.matched(),
                strict,
                a.misses().size(),
                a.extras().size(),
                a.violations().size());
        if (!a.matches().isEmpty()) {
            out.println("  matched:");
            for (Match m : a.matches()) {
                out.printf(
                        "    %s %s %s \"%s\" = claim %d%n",
                        m.strict() ? "[ok]" : "[~] ",
                        m.gold().label(),
                        m.gold().type(),
                        m.gold().sentence(),
                        m.system().index());
                for (AttributeCheck d : m.disagreements()) {
                    out.printf("           %s: gold %s; system %s%n", d.attribute(), d.gold(), d.system());
                }
            }
        }
        if (!a.misses().isEmpty()) {
            out.println("  missed:");
            for (Miss m : a.misses()) {
                out.printf(
                        "    %s %s \"%s\"%n",
                        m.gold().label(), m.gold().type(), m.gold().sentence());
                out.printf("           expected %s%n", m.gold().summary());
                out.printf("           %s%n", m.reason());
            }
        }
        if (!a.extras().isEmpty()) {
            out.println("  extra:");
            for (SystemClaim s : a.extras()) {
                out.printf(
                        "    claim %d %s \"%s\"%n", s.index(), s.claim().event().kind(), clip(s.evidence()));
                out.printf("           %s%n", s.summary());
            }
        }
        if (!a.entities().unlisted().isEmpty()) {
            out.println("  entities the graph names that the gold list lacks: "
                    + String.join("; ", a.entities().unlisted()));
        }
        if (!a.entities().unnamed().isEmpty()) {
            out.println("  listed entities the graph does not name: "
                    + String.join("; ", a.entities().unnamed()));
        }
        if (!a.violations().isEmpty()) {
            out.println("  mustNot violations:");
            for (Violation v : a.violations()) {
                out.printf(
                        "    %s (%s) by claim %d: %s%n",
                        v.rule().label(),
                        v.rule().summary(),
                        v.system().index(),
                        v.system().summary());
            }
        }
    }

    private void summary(PrintWriter out) {
        Map<String, Counts> byType = report.byType();
        Counts all = report.overall();
        out.printf(
                "Summary: %d article(s), %d gold claims, %d system claims%n",
                report.articles().size(), all.gold(), all.system());
        out.printf(
                "%-16s %5s %5s | %-27s | %s%n",
                "", "", "", "lenient (type+sentence+actors)", "strict (all attributes)");
        out.printf(
                "%-16s %5s %5s | %5s %6s %6s %6s  | %5s %6s %6s %6s%n",
                "type", "gold", "sys", "match", "P", "R", "F1", "match", "P", "R", "F1");
        byType.forEach((t, c) -> row(out, t, c));
        row(out, "overall", all);
        int pairs = all.matched();
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Agreement> e : report.attributes().entrySet()) {
            if (e.getValue().total() > 0) {
                b.append(b.length() == 0 ? "" : ", ")
                        .append(e.getKey())
                        .append(' ')
                        .append(e.getValue().agree())
                        .append('/')
                        .append(e.getValue().total());
            }
        }
        out.printf("Attribute agreement over %d matched pair(s): %s%n", pairs, b.length() == 0 ? "none compared" : b);
        out.printf("mustNot violations: %d%n", report.violations());
        reliability(out);
        EntityCounts e = report.entities();
        if (e.gold() > 0) {
            out.printf(
                    Locale.ROOT,
                    "Entities against the gold lists: precision %.3f (%d of %d the graphs name), recall %.3f (%d of"
                            + " %d listed)%n",
                    e.precision(),
                    e.systemRight(),
                    e.system(),
                    e.recall(),
                    e.goldFound(),
                    e.gold());
        }
    }

    /** Whether the bundled confidences match the precision measured here. */
    private void reliability(PrintWriter out) {
        out.println(
                "Reliability: claims by the confidence they are given (lexicon/confidence.tsv) and the share right");
        out.printf("%-12s %6s %6s %9s %10s%n", "confidence", "claims", "right", "precision", "mean conf.");
        for (RuleReliability.Bin b : RuleReliability.of(report).reliability(RuleConfidence.bundled())) {
            if (b.claims() > 0) {
                out.printf(
                        Locale.ROOT,
                        "[%.2f,%.2f%s %6d %6d %9.3f %10.3f%n",
                        b.from(),
                        b.to(),
                        b.to() >= 1 ? "]" : ")",
                        b.claims(),
                        b.right(),
                        b.precision(),
                        b.meanConfidence());
            }
        }
    }

    private static void row(PrintWriter out, String type, Counts c) {
        out.printf(
                Locale.ROOT,
                "%-16s %5d %5d | %5d %6.3f %6.3f %6.3f  | %5d %6.3f %6.3f %6.3f%n",
                type,
                c.gold(),
                c.system(),
                c.matched(),
                c.precision(),
                c.recall(),
                c.f1(),
                c.strict(),
                c.strictPrecision(),
                c.strictRecall(),
                c.strictF1());
    }

    private static String clip(String s) {
        return s.length() <= EVIDENCE_WIDTH ? s : s.substring(0, EVIDENCE_WIDTH - 3) + "...";
    }

    // ------------------------------------------------------------------ JSON

    /** Writes the report as one JSON object ({@code articles} left out with {@code quiet}). */
    public void json(PrintWriter out, boolean quiet) {
        try {
            out.println(JSON.writeValueAsString(toJson(quiet)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the report as JSON", e);
        }
        out.flush();
    }

    /** The report as a JSON tree. */
    public ObjectNode toJson(boolean quiet) {
        ObjectNode root = JSON.createObjectNode();
        if (!quiet) {
            ArrayNode articles = root.putArray("articles");
            for (ArticleResult a : report.articles()) {
                articles.add(article(a));
            }
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("articles", report.articles().size());
        ObjectNode byType = summary.putObject("byType");
        report.byType().forEach((t, c) -> byType.set(t, counts(c)));
        summary.set("overall", counts(report.overall()));
        ObjectNode attributes = summary.putObject("attributes");
        report.attributes().forEach((k, v) -> {
            ObjectNode n = attributes.putObject(k);
            n.put("agree", v.agree());
            n.put("total", v.total());
            n.put("rate", round(v.rate()));
        });
        summary.put("violations", report.violations());
        ArrayNode bins = summary.putArray("reliability");
        for (RuleReliability.Bin b : RuleReliability.of(report).reliability(RuleConfidence.bundled())) {
            ObjectNode n = bins.addObject();
            n.put("from", b.from());
            n.put("to", b.to());
            n.put("claims", b.claims());
            n.put("right", b.right());
            if (b.claims() > 0) {
                n.put("precision", round(b.precision()));
                n.put("meanConfidence", round(b.meanConfidence()));
            }
        }
        return root;
    }

    private static ObjectNode article(ArticleResult a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", a.name());
        n.put("goldFile", a.goldFile());
        n.put("article", a.article());
        n.set("overall", counts(a.overall()));
        ObjectNode byType = n.putObject("byType");
        a.byType().forEach((t, c) -> byType.set(t, counts(c)));
        ArrayNode matches = n.putArray("matches");
        for (Match m : a.matches()) {
            ObjectNode o = matches.addObject();
            o.set("gold", gold(m.gold()));
            o.set("system", system(m.system()));
            o.put("strict", m.strict());
            ArrayNode attrs = o.putArray("attributes");
            for (AttributeCheck c : m.attributes()) {
                ObjectNode x = attrs.addObject();
                x.put("attribute", c.attribute());
                x.put("gold", c.gold());
                x.put("system", c.system());
                x.put("agrees", c.agrees());
            }
        }
        ArrayNode misses = n.putArray("misses");
        for (Miss m : a.misses()) {
            ObjectNode o = misses.addObject();
            o.set("gold", gold(m.gold()));
            o.put("reason", m.reason());
        }
        ArrayNode extras = n.putArray("extras");
        a.extras().forEach(s -> extras.add(system(s)));
        ArrayNode violations = n.putArray("violations");
        for (Violation v : a.violations()) {
            ObjectNode o = violations.addObject();
            o.set("rule", gold(v.rule()));
            o.set("system", system(v.system()));
        }
        return n;
    }

    private static ObjectNode gold(Expectation g) {
        ObjectNode o = JSON.createObjectNode();
        o.put("entry", g.label());
        o.put("type", g.type().name());
        if (g.hasFragment()) {
            o.put("sentence", g.sentence());
            o.put("begin", g.fragmentFrom());
            o.put("end", g.fragmentTo());
        }
        o.put("expected", g.summary());
        return o;
    }

    private static ObjectNode system(SystemClaim s) {
        Claim c = s.claim();
        ObjectNode o = JSON.createObjectNode();
        o.put("claim", s.index());
        o.put("type", c.event().kind().name());
        o.put("modality", c.modality().name());
        o.put("begin", c.begin());
        o.put("end", c.end());
        o.put("evidence", s.evidence());
        o.put("summary", s.summary());
        o.put("rule", c.rule());
        return o;
    }

    private static ObjectNode counts(Counts c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("gold", c.gold());
        o.put("system", c.system());
        o.put("matched", c.matched());
        o.put("strict", c.strict());
        o.put("precision", round(c.precision()));
        o.put("recall", round(c.recall()));
        o.put("f1", round(c.f1()));
        o.put("strictPrecision", round(c.strictPrecision()));
        o.put("strictRecall", round(c.strictRecall()));
        o.put("strictF1", round(c.strictF1()));
        return o;
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}

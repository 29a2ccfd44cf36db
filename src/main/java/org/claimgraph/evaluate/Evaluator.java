package org.claimgraph.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.claimgraph.evaluate.ArticleResult.AttributeCheck;
import org.claimgraph.evaluate.ArticleResult.Match;
import org.claimgraph.evaluate.ArticleResult.Miss;
import org.claimgraph.evaluate.ArticleResult.SystemClaim;
import org.claimgraph.evaluate.ArticleResult.Violation;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.EventKind;
import org.claimgraph.extract.Extraction;
import org.claimgraph.mention.Entity;
import org.claimgraph.mention.MentionFinder;
import org.claimgraph.pipeline.ArticlePipeline;
import org.claimgraph.sys.Logs;

/**
 * Scores claim extraction against hand-written expectations ({@code gold.yaml} files, see {@link GoldFile}
 * and {@code src/test/resources/gold/GUIDE.md}): runs the pipeline on each gold file's article, pairs
 * system claims with gold claims, and tallies precision, recall and F1 by claim type and overall.
 *
 * <pre>
 * Evaluator evaluator = Evaluator.bundled();
 * EvaluationReport report = evaluator.evaluate(new GoldReader().readAll(List.of(Path.of("gold"))));
 * double f1 = report.overall().strictF1();
 * new ReportWriter(report).text(new PrintWriter(System.out, true), false);
 * </pre>
 *
 * <h2>Matching</h2>
 *
 * A system claim <em>matches</em> a gold claim (the lenient level: type, sentence and main actors) when all of
 * these hold:
 * <ol>
 * <li><b>Type.</b> The event kind is the gold {@code type}. The one widening: gold {@code MilitaryAction}
 * also accepts a system {@code Invasion} (its subclass, and the gold files use the general type). Statement
 * does not accept Warning or Promise: the gold picks those on purpose.
 * <li><b>Sentence.</b> The gold {@code sentence} fragment, found by text search in the article (case,
 * typographic quotes and white space ignored), lies inside the sentence of the claim's evidence and overlaps
 * the evidence span ({@code claim.begin()..claim.end()}; an office title's span is only the title phrase).
 * <li><b>Main actors.</b> In the gold's main actor role (the first it fills of visitor, donor, member, agent,
 * speaker, holder, participant; else its first role) the system's event names at least one of the gold names,
 * as two annotators agree when they share one (the gold gives each mention of an event the whole event's roles,
 * so a sentence naming two of three participants agrees). Every gold name of every role, and an office
 * holding's office, are checked at the strict level. A name denotes an entity when, compared without case, punctuation, plurals
 * and (for people) initials, it equals the entity's label, a gazetteer alias, a mention of the entity in the
 * article or, for items, the event's item phrase; or when one of the two ends the other and the longer only
 * adds modifiers before it (no preposition or conjunction) and the shorter has two content words. A single
 * word is enough only for a person's surname or an item's head noun (see {@code NameMatcher}). The
 * pseudo-role {@code office} must name the event's office (the same words in any order, or the same rule).
 * Roles the gold leaves out are not checked.
 * </ol>
 * One system claim matches at most one gold claim and the other way round. Among all matching pairs the
 * assignment is greedy: pairs with fewer attribute disagreements first, then gold order, then text order.
 *
 * <h2>Attributes and the strict level</h2>
 *
 * For each matched pair the attributes the gold gives are compared; a pair where roles, time, modality,
 * quantity and attribution agree is a <em>strict</em> match ({@link #STRICT}); content and fillers are reported
 * beside:
 * <ul>
 * <li>{@code roles}: every role the gold gives (not only the main actors) and the office, as above;
 * <li>{@code fillers}: no system filler beyond the gold names in the roles the gold gives;
 * <li>{@code modality}: equal;
 * <li>{@code time}: each of {@code date}, {@code notBefore}, {@code notAfter} the gold gives has the same
 * lexical form ({@code 2024}, {@code 2024-06}, {@code 2024-06-15}) in the claim's own time, or the event's
 * when the claim states none;
 * <li>{@code quantity}: quantity and quantityQualifier equal when the gold gives them; for Pledge and Aid a
 * gold claim without quantity expects none (the gold format leaves out vague and uncounted amounts);
 * <li>{@code attribution}: the same people, one for one;
 * <li>{@code content}: one holds the other (case, quotes and outer punctuation ignored); a system content
 * inside the gold one must have at least half its words.
 * </ul>
 *
 * <h2>mustNot</h2>
 *
 * A system claim <em>violates</em> a mustNot entry when it has everything the entry lists (type, the names
 * in the given roles, and any given office, quantity, qualifier, modality, time, attribution, sentence,
 * content). A violating claim never matches a gold claim: it is listed as a violation and counted as an
 * extra (a false positive).
 *
 * <h2>Scores</h2>
 *
 * Tallies are kept by type (Invasion counted as MilitaryAction): gold claims, system claims, lenient and
 * strict matches; precision is matches over system claims, recall matches over gold claims, F1 their
 * harmonic mean; the overall row sums the tallies (micro-average). See {@link Counts} for zero
 * denominators.
 */
public final class Evaluator {
    /** The attributes that decide a strict match. */
    public static final java.util.Set<String> STRICT =
            java.util.Set.of("roles", "time", "modality", "quantity", "attribution");

    private final Function<org.claimgraph.ingest.Article, Extraction> extractor;
    private final MentionFinder mentionFinder;
    private final Map<String, Set<String>> gazetteerForms;

    /**
     * @param pipeline      extracts claims from an article
     * @param mentionFinder finds the mentions whose words count as names of entities
     */
    public Evaluator(ArticlePipeline pipeline, MentionFinder mentionFinder) {
        this(pipeline::extract, mentionFinder);
    }

    Evaluator(Function<org.claimgraph.ingest.Article, Extraction> extractor, MentionFinder mentionFinder) {
        this.extractor = extractor;
        this.mentionFinder = mentionFinder;
        this.gazetteerForms = NameMatcher.gazetteerForms(mentionFinder.gazetteer());
    }

    /** An evaluator over the bundled pipeline. */
    public static Evaluator bundled() {
        return new Evaluator(ArticlePipeline.bundled(), MentionFinder.bundled());
    }

    /** Reads gold files and folders ({@link GoldReader}) and evaluates them. */
    public EvaluationReport evaluate(Path... gold) {
        return evaluate(new GoldReader().readAll(List.of(gold)));
    }

    /** Evaluates every case, in order. */
    public EvaluationReport evaluate(List<GoldCase> cases) {
        List<ArticleResult> results = new ArrayList<>();
        for (GoldCase c : cases) {
            Logs.EXTRACT.info(
                    "Evaluating {} ({} gold claims)", c.name(), c.claims().size());
            results.add(evaluate(c));
        }
        return new EvaluationReport(results);
    }

    /** Runs the pipeline on the case's article and scores its claims. */
    public ArticleResult evaluate(GoldCase c) {
        return score(c, extractor.apply(c.article()));
    }

    /** Scores an extraction of the case's article. */
    public ArticleResult score(GoldCase c, Extraction x) {
        return score(c, x, new NameMatcher(gazetteerForms, mentionFinder.find(x.analysed())));
    }

    /** Scores an extraction, names compared by the given matcher. */
    static ArticleResult score(GoldCase c, Extraction x, NameMatcher names) {
        ClaimMatcher matcher = new ClaimMatcher(x.analysed().sentences(), names);
        String text = c.article().text();
        List<SystemClaim> system = new ArrayList<>();
        for (int i = 0; i < x.claims().size(); i++) {
            Claim cl = x.claims().get(i);
            String evidence = text.substring(Math.min(cl.begin(), text.length()), Math.min(cl.end(), text.length()))
                    .replaceAll("\\s+", " ")
                    .strip();
            system.add(new SystemClaim(i, cl, evidence, summary(cl)));
        }

        List<Violation> violations = new ArrayList<>();
        Set<Integer> forbidden = new LinkedHashSet<>();
        for (SystemClaim s : system) {
            for (Expectation m : c.mustNot()) {
                if (matcher.forbids(m, s.claim())) {
                    violations.add(new Violation(m, s));
                    forbidden.add(s.index());
                }
            }
        }

        record Pair(Expectation gold, SystemClaim system, List<AttributeCheck> checks, long disagreements) {}
        List<Pair> pairs = new ArrayList<>();
        for (Expectation g : c.claims()) {
            for (SystemClaim s : system) {
                if (!forbidden.contains(s.index())
                        && matcher.mismatch(g, s.claim()).isEmpty()) {
                    List<AttributeCheck> checks = matcher.attributes(g, s.claim());
                    pairs.add(new Pair(
                            g,
                            s,
                            checks,
                            checks.stream().filter(a -> !a.agrees()).count()));
                }
            }
        }
        pairs.sort(Comparator.comparingLong(Pair::disagreements)
                .thenComparingInt(p -> p.gold().index())
                .thenComparingInt(p -> p.system().index()));
        Map<Integer, Pair> byGold = new HashMap<>();
        Map<Integer, Expectation> goldOfSystem = new HashMap<>();
        for (Pair p : pairs) {
            if (!byGold.containsKey(p.gold().index())
                    && !goldOfSystem.containsKey(p.system().index())) {
                byGold.put(p.gold().index(), p);
                goldOfSystem.put(p.system().index(), p.gold());
            }
        }

        List<Match> matches = new ArrayList<>();
        List<Miss> misses = new ArrayList<>();
        Map<String, int[]> tally = new HashMap<>(); // gold, system, matched, strict
        for (Expectation g : c.claims()) {
            int[] t = tally.computeIfAbsent(ClaimMatcher.family(g.type()), k -> new int[4]);
            t[0]++;
            Pair p = byGold.get(g.index());
            if (p == null) {
                misses.add(new Miss(g, whyMissed(g, system, matcher, forbidden, goldOfSystem)));
            } else {
                Match m = new Match(g, p.system(), p.checks());
                matches.add(m);
                t[2]++;
                if (m.strict()) {
                    t[3]++;
                }
            }
        }
        List<SystemClaim> extras = new ArrayList<>();
        for (SystemClaim s : system) {
            tally.computeIfAbsent(ClaimMatcher.family(s.claim().event().kind()), k -> new int[4])[1]++;
            if (!goldOfSystem.containsKey(s.index())) {
                extras.add(s);
            }
        }
        Map<String, Counts> byType = new HashMap<>();
        tally.forEach((k, v) -> byType.put(k, new Counts(v[0], v[1], v[2], v[3])));
        EntityCounts entities = EntityCounts.score(
                c.gold().entities() == null ? List.of() : c.gold().entities(),
                x.entities().values(),
                names);
        return new ArticleResult(
                c.name(), c.goldFile(), c.article().source(), matches, misses, extras, violations, byType, entities);
    }

    /** Says what the nearest system claim got wrong. */
    private static String whyMissed(
            Expectation g,
            List<SystemClaim> system,
            ClaimMatcher matcher,
            Set<Integer> forbidden,
            Map<Integer, Expectation> goldOfSystem) {
        List<SystemClaim> there = system.stream()
                .filter(s -> matcher.coversFragment(g, s.claim()))
                .toList();
        if (there.isEmpty()) {
            return "no system claim comes from that sentence";
        }
        List<SystemClaim> typed = there.stream()
                .filter(s -> ClaimMatcher.accepts(g.type(), s.claim().event().kind()))
                .toList();
        if (typed.isEmpty()) {
            Set<EventKind> kinds = new java.util.TreeSet<>();
            there.forEach(s -> kinds.add(s.claim().event().kind()));
            return "that sentence gave only " + ClaimMatcher.kinds(kinds);
        }
        for (SystemClaim s : typed) {
            if (matcher.mismatch(g, s.claim()).isEmpty()) {
                if (forbidden.contains(s.index())) {
                    return "its candidate (claim " + s.index() + ") violates a mustNot entry";
                }
                Expectation other = goldOfSystem.get(s.index());
                return "its candidate (claim " + s.index() + ") matched "
                        + (other == null ? "another gold claim" : other.label());
            }
        }
        Optional<String> reason = matcher.mismatch(g, typed.get(0).claim());
        return typed.get(0).claim().event().kind() + " there: " + reason.orElse("?");
    }

    /** Modality, attribution and event in one line. */
    static String summary(Claim c) {
        return c.modality()
                + (c.attributedTo().isEmpty()
                        ? ""
                        : " by " + c.attributedTo().stream().map(Entity::label).toList()) + " " + c.event()
                + " [" + c.rule() + "]";
    }
}

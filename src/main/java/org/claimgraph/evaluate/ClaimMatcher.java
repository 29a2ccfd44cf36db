package org.claimgraph.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.analyze.Sentence;
import org.claimgraph.evaluate.ArticleResult.AttributeCheck;
import org.claimgraph.extract.Claim;
import org.claimgraph.extract.Event;
import org.claimgraph.extract.EventKind;
import org.claimgraph.extract.QuantityQualifier;
import org.claimgraph.extract.Role;
import org.claimgraph.extract.TimePoint;
import org.claimgraph.extract.TimeSpec;
import org.claimgraph.mention.Entity;
import org.claimgraph.mention.TextNormalizer;

/**
 * The rules that compare one gold entry with one system claim, for one article. {@link Evaluator}
 * documents them; this class applies them.
 */
final class ClaimMatcher {
    private final List<Sentence> sentences;
    private final NameMatcher names;

    /**
     * @param sentences the article's sentences, to find the sentence of each claim's evidence
     * @param names     the name matcher of the article
     */
    ClaimMatcher(List<Sentence> sentences, NameMatcher names) {
        this.sentences = sentences;
        this.names = names;
    }

    /** True when a system event kind counts as the gold type: the same, or Invasion for MilitaryAction. */
    static boolean accepts(EventKind goldType, EventKind system) {
        return goldType == system || goldType == EventKind.MilitaryAction && system == EventKind.Invasion;
    }

    /** The row a type is tallied in: its own, except Invasion, which counts as MilitaryAction. */
    static String family(EventKind kind) {
        return kind == EventKind.Invasion ? EventKind.MilitaryAction.name() : kind.name();
    }

    /**
     * Why the claim does not match the gold entry at the lenient level (type, sentence and main actors); empty
     * when it does.
     */
    Optional<String> mismatch(Expectation g, Claim c) {
        if (!accepts(g.type(), c.event().kind())) {
            return Optional.of("type " + c.event().kind() + ", not " + g.type());
        }
        if (g.hasFragment() && !coversFragment(g, c)) {
            return Optional.of("evidence " + c.begin() + ".." + c.end() + " does not hold the sentence fragment");
        }
        return mainActorMismatch(g, c.event());
    }

    /**
     * Why the event's main actors do not agree with the gold's: they agree when the system names at least one of
     * the gold's main actors in that role, as two annotators agree when they share one (see {@link Agreement}).
     * The gold gives every mention of an event the whole event's roles (GUIDE: one event, one set of roles), so
     * a sentence naming two of three speakers agrees; the full set, and no one else, is the strict level's check.
     */
    private Optional<String> mainActorMismatch(Expectation g, Event e) {
        for (Role role : mainRoles(g)) {
            List<String> wanted = g.roles().get(role);
            Set<Entity> fillers = e.role(role);
            boolean shared = fillers.stream().anyMatch(f -> wanted.stream().anyMatch(n -> nameMatches(n, f, role, e)));
            if (!shared) {
                return Optional.of("role " + role + ": none of " + wanted + " among "
                        + fillers.stream().map(Entity::label).toList());
            }
        }
        return Optional.empty();
    }

    /** The actor roles whose first filled one names an entry's main actors, in that order. */
    private static final List<Role> ACTOR_ROLES =
            List.of(Role.visitor, Role.donor, Role.member, Role.agent, Role.speaker, Role.holder, Role.participant);

    /**
     * The roles that decide a lenient match: the gold's main actor role (the first of {@link #ACTOR_ROLES} it
     * fills), else its first role (a target, a place), else none; the office of office holdings always.
     */
    static Set<Role> mainRoles(Expectation g) {
        for (Role r : ACTOR_ROLES) {
            if (!g.roles().getOrDefault(r, List.of()).isEmpty()) {
                return Set.of(r);
            }
        }
        return g.roles().keySet().stream().findFirst().map(Set::of).orElse(Set.of());
    }

    /** True when the fragment lies in the sentence of the claim's evidence and overlaps the evidence span. */
    boolean coversFragment(Expectation g, Claim c) {
        int from = c.begin();
        int to = c.end();
        if (c.sentence() >= 0 && c.sentence() < sentences.size()) {
            Sentence s = sentences.get(c.sentence());
            from = Math.min(from, s.begin());
            to = Math.max(to, s.end());
        }
        return g.fragmentFrom() >= from
                && g.fragmentTo() <= to
                && g.fragmentFrom() < c.end()
                && g.fragmentTo() > c.begin();
    }

    /** Why the event's fillers do not hold the gold names (or its office not the gold office); empty if they do. */
    Optional<String> roleMismatch(Expectation g, Event e) {
        return roleMismatch(g, e, g.roles().keySet());
    }

    /** The same for the given roles only (and the office). */
    private Optional<String> roleMismatch(Expectation g, Event e, Set<Role> only) {
        for (var entry : g.roles().entrySet()) {
            Role role = entry.getKey();
            if (!only.contains(role)) {
                continue;
            }
            List<Entity> fillers = new ArrayList<>(e.role(role));
            List<String> wanted = entry.getValue();
            boolean[][] ok = new boolean[wanted.size()][fillers.size()];
            for (int i = 0; i < wanted.size(); i++) {
                for (int j = 0; j < fillers.size(); j++) {
                    ok[i][j] = nameMatches(wanted.get(i), fillers.get(j), role, e);
                }
            }
            int[] assigned = assign(ok, fillers.size());
            for (int i = 0; i < wanted.size(); i++) {
                if (assigned[i] < 0) {
                    return Optional.of("role " + role + ": '" + wanted.get(i) + "' not among "
                            + fillers.stream().map(Entity::label).toList());
                }
            }
        }
        if (g.office().isPresent()) {
            Optional<String> office = e.office();
            if (office.isEmpty() || !NameMatcher.sameOffice(g.office().get(), office.get())) {
                return Optional.of("office '" + office.orElse("none") + "', not '"
                        + g.office().get() + "'");
            }
        }
        return Optional.empty();
    }

    private boolean nameMatches(String name, Entity filler, Role role, Event e) {
        boolean item = role == Role.item;
        List<String> extra = item ? e.itemDescription().map(List::of).orElse(List.of()) : List.of();
        return names.matches(name, filler, extra, item);
    }

    /**
     * The attributes of a matched pair, compared: those the gold gives, the fillers of the roles it gives, and
     * the quantity of transfers (where the gold format leaves out vague and uncounted amounts on purpose, so
     * a missing quantity means none).
     */
    List<AttributeCheck> attributes(Expectation g, Claim c) {
        Event e = c.event();
        List<AttributeCheck> out = new ArrayList<>();
        if (!g.roles().isEmpty() || g.office().isPresent()) {
            Optional<String> why = roleMismatch(g, e);
            out.add(new AttributeCheck("roles", "every role given", why.orElse("all there"), why.isEmpty()));
        }
        if (!g.roles().isEmpty()) {
            List<String> extras = new ArrayList<>();
            for (var entry : g.roles().entrySet()) {
                for (Entity f : e.role(entry.getKey())) {
                    if (entry.getValue().stream().noneMatch(n -> nameMatches(n, f, entry.getKey(), e))) {
                        extras.add(entry.getKey() + " " + f.label());
                    }
                }
            }
            out.add(new AttributeCheck(
                    "fillers",
                    "only the names given",
                    extras.isEmpty() ? "no others" : "also " + String.join(", ", extras),
                    extras.isEmpty()));
        }
        g.modality()
                .ifPresent(m -> out.add(
                        new AttributeCheck("modality", m.name(), c.modality().name(), m == c.modality())));
        if (g.hasTime()) {
            TimeSpec t = timeOf(c);
            boolean agrees =
                    same(g.date(), t.date()) && same(g.notBefore(), t.notBefore()) && same(g.notAfter(), t.notAfter());
            out.add(new AttributeCheck("time", g.timeText(), timeText(t), agrees));
        }
        if (g.quantity().isPresent()
                || g.qualifier().isPresent()
                || c.event().kind().isTransfer()) {
            boolean agrees = g.quantity().equals(e.quantity())
                    && (g.qualifier().isEmpty() || g.qualifier().equals(e.quantityQualifier()));
            out.add(new AttributeCheck(
                    "quantity",
                    quantityText(g.quantity(), g.qualifier()),
                    quantityText(e.quantity(), e.quantityQualifier()),
                    agrees));
        }
        if (!g.attributedTo().isEmpty()) {
            List<Entity> by = c.attributedTo();
            boolean[][] ok = new boolean[g.attributedTo().size()][by.size()];
            for (int i = 0; i < ok.length; i++) {
                for (int j = 0; j < by.size(); j++) {
                    ok[i][j] = names.matches(g.attributedTo().get(i), by.get(j), List.of(), false);
                }
            }
            boolean agrees = by.size() == g.attributedTo().size()
                    && Arrays.stream(assign(ok, by.size())).allMatch(j -> j >= 0);
            out.add(new AttributeCheck(
                    "attribution",
                    g.attributedTo().toString(),
                    by.stream().map(Entity::label).toList().toString(),
                    agrees));
        }
        g.content()
                .ifPresent(gold -> out.add(new AttributeCheck(
                        "content",
                        gold,
                        e.content().orElse("none"),
                        e.content().isPresent() && sameContent(gold, e.content().get()))));
        return out;
    }

    /** True when the system claim has everything the mustNot entry lists. */
    boolean forbids(Expectation m, Claim c) {
        Event e = c.event();
        if (!accepts(m.type(), e.kind())) {
            return false;
        }
        if (m.hasFragment() && !coversFragment(m, c)) {
            return false;
        }
        if (roleMismatch(m, e).isPresent()) {
            return false;
        }
        if (m.quantity().isPresent() && !m.quantity().equals(e.quantity())) {
            return false;
        }
        if (m.qualifier().isPresent() && !m.qualifier().equals(e.quantityQualifier())) {
            return false;
        }
        if (m.modality().isPresent() && m.modality().get() != c.modality()) {
            return false;
        }
        TimeSpec t = timeOf(c);
        if (m.date().isPresent() && !same(m.date(), t.date())
                || m.notBefore().isPresent() && !same(m.notBefore(), t.notBefore())
                || m.notAfter().isPresent() && !same(m.notAfter(), t.notAfter())) {
            return false;
        }
        for (String who : m.attributedTo()) {
            if (c.attributedTo().stream().noneMatch(a -> names.matches(who, a, List.of(), false))) {
                return false;
            }
        }
        return m.content().isEmpty()
                || e.content().isPresent()
                        && sameContent(m.content().get(), e.content().get());
    }

    /**
     * The time a claim states, else its event's (GUIDE: every entry of an event carries the event's date). A
     * bound that only the verb's tense gave ("not after the publication day", no words of time) states
     * nothing of its own, so the event's date, merged from its other reports, is what the graph says.
     */
    static TimeSpec timeOf(Claim c) {
        TimeSpec own = c.time();
        boolean statedByTheText = own.date().isPresent() || !own.expression().isEmpty();
        if (statedByTheText || !c.event().time().isResolved()) {
            return own.isResolved() ? own : c.event().time();
        }
        return c.event().time();
    }

    static String timeText(TimeSpec t) {
        return Expectation.timeText(
                t.date().map(TimePoint::lexical),
                t.notBefore().map(TimePoint::lexical),
                t.notAfter().map(TimePoint::lexical));
    }

    private static boolean same(Optional<String> gold, Optional<TimePoint> system) {
        return gold.isEmpty() || system.isPresent() && system.get().lexical().equals(gold.get());
    }

    private static String quantityText(Optional<Integer> q, Optional<QuantityQualifier> qualifier) {
        if (q.isEmpty() && qualifier.isEmpty()) {
            return "none";
        }
        return q.map(String::valueOf).orElse("?")
                + qualifier.map(x -> " (" + x + ")").orElse("");
    }

    /**
     * True when one content holds the other, compared without case, quotes, outer punctuation and white
     * space differences; a system content inside the gold one must have at least half its words.
     */
    static boolean sameContent(String gold, String system) {
        String g = contentKey(gold);
        String s = contentKey(system);
        if (g.isEmpty() || s.isEmpty()) {
            return false;
        }
        if (s.contains(g)) {
            return true;
        }
        return g.contains(s) && 2 * s.split(" ").length >= g.split(" ").length;
    }

    private static String contentKey(String s) {
        return TextNormalizer.normalize(s)
                .toLowerCase(Locale.ROOT)
                .replace("\"", " ")
                .replaceAll("\\s+", " ")
                .replaceAll("^[\\s.,;:!?']+|[\\s.,;:!?']+$", "");
    }

    /**
     * A maximum matching of rows to columns (augmenting paths): {@code result[row]} is the column given to the
     * row, or -1. Small inputs only (names of one role).
     */
    static int[] assign(boolean[][] ok, int columns) {
        int[] rowOf = new int[columns];
        Arrays.fill(rowOf, -1);
        for (int r = 0; r < ok.length; r++) {
            augment(ok, r, new boolean[columns], rowOf);
        }
        int[] out = new int[ok.length];
        Arrays.fill(out, -1);
        for (int col = 0; col < columns; col++) {
            if (rowOf[col] >= 0) {
                out[rowOf[col]] = col;
            }
        }
        return out;
    }

    private static boolean augment(boolean[][] ok, int r, boolean[] seen, int[] rowOf) {
        for (int col = 0; col < seen.length; col++) {
            if (ok[r][col] && !seen[col]) {
                seen[col] = true;
                if (rowOf[col] < 0 || augment(ok, rowOf[col], seen, rowOf)) {
                    rowOf[col] = r;
                    return true;
                }
            }
        }
        return false;
    }

    /** Kinds a set of claims has, for messages. */
    static String kinds(Set<EventKind> kinds) {
        return kinds.stream()
                .map(EventKind::name)
                .sorted()
                .reduce((a, b) -> a + ", " + b)
                .orElse("nothing");
    }
}

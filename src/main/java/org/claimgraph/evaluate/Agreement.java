package org.claimgraph.evaluate;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.claimgraph.extract.Modality;
import org.claimgraph.extract.Role;

/**
 * Agreement between two annotators who wrote gold files for the same article independently, measured the way
 * the extractor is scored: two entries agree leniently when their type, their sentence and their main actors
 * agree, and strictly when every role, the office, the date and bounds, the modality, the quantity and the
 * attribution agree too. Agreement per type is the F1 of one annotator's entries against the other's (the
 * measure is symmetric), the usual figure for span annotation where chance agreement is negligible.
 *
 * <pre>
 * Agreement.Report r = Agreement.compare(List.of(new Agreement.Pair(caseA, caseB)));
 * r.rows().forEach(row -> System.out.println(row.type() + " " + row.lenientF1()));
 * </pre>
 *
 * <p>Names agree when {@link NameMatcher}'s word rules say so (a surname for a person's full name, "U.S." for
 * "US"), or when either file's {@code entities} list gives them as forms of one entity.
 */
public final class Agreement {
    /** The roles whose first filled one is an entry's main actor, in that order. */
    private static final List<Role> ACTOR_ROLES =
            List.of(Role.visitor, Role.donor, Role.member, Role.agent, Role.speaker, Role.holder, Role.participant);

    private Agreement() {}

    /**
     * Two annotations of one article.
     *
     * @param a the first annotator's case
     * @param b the second annotator's case, of the same article text
     */
    public record Pair(GoldCase a, GoldCase b) {}

    /**
     * Counts for one type (or "all").
     *
     * @param type    the type family
     * @param a       entries of the first annotator
     * @param b       entries of the second
     * @param lenient pairs agreeing leniently
     * @param strict  pairs agreeing strictly
     */
    public record Row(String type, int a, int b, int lenient, int strict) {
        /** F1 of lenient agreement: 2 × agreeing pairs / (a + b); 1 when neither has entries. */
        public double lenientF1() {
            return a + b == 0 ? 1.0 : 2.0 * lenient / (a + b);
        }

        /** F1 of strict agreement. */
        public double strictF1() {
            return a + b == 0 ? 1.0 : 2.0 * strict / (a + b);
        }
    }

    /**
     * What two annotators disagree on in one article.
     *
     * @param name        the case
     * @param onlyA       entries of A with no lenient partner in B
     * @param onlyB       entries of B with no lenient partner in A
     * @param differences lenient pairs that differ in some attribute, one line each
     */
    public record CaseResult(String name, List<Expectation> onlyA, List<Expectation> onlyB, List<String> differences) {}

    /**
     * Agreement over many articles.
     *
     * @param rows  per type, then "all"
     * @param cases per article
     */
    public record Report(List<Row> rows, List<CaseResult> cases) {
        /** Writes the disagreements of each article (unless quiet), then the table of agreement per type. */
        public void text(java.io.PrintWriter out, boolean quiet) {
            if (!quiet) {
                for (CaseResult c : cases) {
                    if (c.onlyA().isEmpty()
                            && c.onlyB().isEmpty()
                            && c.differences().isEmpty()) {
                        out.printf("== %s: full agreement%n", c.name());
                        continue;
                    }
                    out.printf("== %s%n", c.name());
                    c.onlyA().forEach(e -> out.printf("  only A: %s%n", describe(e)));
                    c.onlyB().forEach(e -> out.printf("  only B: %s%n", describe(e)));
                    c.differences().forEach(d -> out.printf("  differ: %s%n", d));
                }
                out.println();
            }
            out.printf("%-16s %6s %6s %8s %8s %8s %8s%n", "type", "A", "B", "lenient", "F1", "strict", "F1");
            for (Row r : rows) {
                out.printf(
                        Locale.ROOT,
                        "%-16s %6d %6d %8d %8.3f %8d %8.3f%n",
                        r.type(),
                        r.a(),
                        r.b(),
                        r.lenient(),
                        r.lenientF1(),
                        r.strict(),
                        r.strictF1());
            }
            out.flush();
        }
    }

    /** Compares every pair; the articles of a pair must have the same text. */
    public static Report compare(List<Pair> pairs) {
        Map<String, int[]> counts = new TreeMap<>();
        List<CaseResult> cases = new ArrayList<>();
        for (Pair p : pairs) {
            if (!p.a().article().text().equals(p.b().article().text())) {
                throw new IllegalArgumentException(p.a().name() + ": the two gold files describe different texts");
            }
            cases.add(compare(p, counts));
        }
        List<Row> rows = new ArrayList<>();
        int[] all = new int[4];
        counts.forEach((type, c) -> {
            rows.add(new Row(type, c[0], c[1], c[2], c[3]));
            for (int i = 0; i < 4; i++) {
                all[i] += c[i];
            }
        });
        rows.add(new Row("all", all[0], all[1], all[2], all[3]));
        return new Report(rows, cases);
    }

    private static CaseResult compare(Pair p, Map<String, int[]> counts) {
        Sentences sentences = new Sentences(p.a().article().text());
        Names names = new Names(p.a().gold(), p.b().gold());
        List<Expectation> a = p.a().claims();
        List<Expectation> b = p.b().claims();
        a.forEach(e -> counts.computeIfAbsent(ClaimMatcher.family(e.type()), k -> new int[4])[0]++);
        b.forEach(e -> counts.computeIfAbsent(ClaimMatcher.family(e.type()), k -> new int[4])[1]++);
        boolean[] usedB = new boolean[b.size()];
        List<Expectation> onlyA = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        // Strict partners first, so that a strict pair is not broken up by an earlier lenient one.
        Integer[] partner = new Integer[a.size()];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < a.size(); i++) {
                if (partner[i] != null) {
                    continue;
                }
                for (int j = 0; j < b.size(); j++) {
                    if (!usedB[j]
                            && lenient(a.get(i), b.get(j), sentences, names)
                            && (pass == 1
                                    || differences(a.get(i), b.get(j), names).isEmpty())) {
                        partner[i] = j;
                        usedB[j] = true;
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < a.size(); i++) {
            if (partner[i] == null) {
                onlyA.add(a.get(i));
                continue;
            }
            int[] c = counts.get(ClaimMatcher.family(a.get(i).type()));
            c[2]++;
            List<String> diff = differences(a.get(i), b.get(partner[i]), names);
            if (diff.isEmpty()) {
                c[3]++;
            } else {
                differences.add(describe(a.get(i)) + ": " + String.join("; ", diff));
            }
        }
        List<Expectation> onlyB = new ArrayList<>();
        for (int j = 0; j < b.size(); j++) {
            if (!usedB[j]) {
                onlyB.add(b.get(j));
            }
        }
        return new CaseResult(p.a().name(), onlyA, onlyB, differences);
    }

    /** Type, sentence and main actors agree. */
    static boolean lenient(Expectation x, Expectation y, Sentences sentences, Names names) {
        if (!ClaimMatcher.family(x.type()).equals(ClaimMatcher.family(y.type()))) {
            return false;
        }
        if (sentences.of(x.fragmentFrom()) != sentences.of(y.fragmentFrom())) {
            return false;
        }
        Optional<Role> main = mainRole(x).or(() -> mainRole(y));
        if (main.isEmpty()) {
            return true;
        }
        List<String> xs = x.roles().getOrDefault(main.get(), List.of());
        List<String> ys = y.roles().getOrDefault(main.get(), List.of());
        return xs.stream().anyMatch(n -> ys.stream().anyMatch(m -> names.same(n, m)));
    }

    private static Optional<Role> mainRole(Expectation e) {
        return ACTOR_ROLES.stream()
                .filter(r -> !e.roles().getOrDefault(r, List.of()).isEmpty())
                .findFirst();
    }

    /** The attributes in which a lenient pair differs, one phrase each; empty when they agree strictly. */
    static List<String> differences(Expectation x, Expectation y, Names names) {
        List<String> out = new ArrayList<>();
        for (Role r : Role.values()) {
            List<String> xs = x.roles().getOrDefault(r, List.of());
            List<String> ys = y.roles().getOrDefault(r, List.of());
            if (!names.sameSets(xs, ys)) {
                out.add(r + " " + xs + " / " + ys);
            }
        }
        if (x.office().isPresent() != y.office().isPresent()
                || x.office().isPresent()
                        && !NameMatcher.sameOffice(x.office().get(), y.office().get())) {
            out.add("office " + x.office().orElse("-") + " / " + y.office().orElse("-"));
        }
        compare(out, "date", x.date(), y.date());
        compare(out, "notBefore", x.notBefore(), y.notBefore());
        compare(out, "notAfter", x.notAfter(), y.notAfter());
        compare(out, "quantity", x.quantity(), y.quantity());
        compare(
                out,
                "modality",
                Optional.of(x.modality().orElse(Modality.Asserted)),
                Optional.of(y.modality().orElse(Modality.Asserted)));
        if (!names.sameSets(x.attributedTo(), y.attributedTo())) {
            out.add("attributedTo " + x.attributedTo() + " / " + y.attributedTo());
        }
        return out;
    }

    private static void compare(List<String> out, String what, Optional<?> x, Optional<?> y) {
        if (!x.equals(y)) {
            out.add(what + " " + x.map(Object::toString).orElse("-") + " / "
                    + y.map(Object::toString).orElse("-"));
        }
    }

    /** One line naming an entry: type and fragment. */
    static String describe(Expectation e) {
        return e.type() + " \"" + e.sentence() + "\"";
    }

    /** The sentences of a text as Java's sentence breaker finds them, line breaks ending sentences too. */
    static final class Sentences {
        private final int[] starts;

        Sentences(String text) {
            List<Integer> s = new ArrayList<>();
            BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
            it.setText(text);
            for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
                s.add(b);
            }
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                s.add(i + 1);
            }
            this.starts =
                    s.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        }

        /** The index of the sentence holding the offset. */
        int of(int offset) {
            int i = java.util.Arrays.binarySearch(starts, offset);
            return i >= 0 ? i : -i - 2;
        }
    }

    /** Name comparison for one article: word rules, and the alias groups of both files' entity lists. */
    static final class Names {
        private final Map<String, Integer> group = new HashMap<>();

        Names(GoldFile a, GoldFile b) {
            int g = 0;
            Map<String, Integer> byKey = new LinkedHashMap<>();
            for (GoldFile f : List.of(a, b)) {
                for (GoldFile.EntityEntry e : f.entities()) {
                    List<String> forms = new ArrayList<>(e.aliases());
                    forms.add(e.name());
                    Integer existing = forms.stream()
                            .map(Names::key)
                            .map(byKey::get)
                            .filter(java.util.Objects::nonNull)
                            .findFirst()
                            .orElse(null);
                    int id = existing != null ? existing : g++;
                    forms.forEach(n -> byKey.putIfAbsent(key(n), id));
                }
            }
            group.putAll(byKey);
        }

        private static String key(String name) {
            return String.join(" ", NameMatcher.words(name, true));
        }

        boolean same(String x, String y) {
            List<String> wx = NameMatcher.words(x, true);
            List<String> wy = NameMatcher.words(y, true);
            if (NameMatcher.wordsMatch(wx, wy, true)) {
                return true;
            }
            Integer gx = group.get(String.join(" ", wx));
            return gx != null && gx.equals(group.get(String.join(" ", wy)));
        }

        /** Every name of each list has a partner in the other. */
        boolean sameSets(List<String> xs, List<String> ys) {
            return xs.stream().allMatch(n -> ys.stream().anyMatch(m -> same(n, m)))
                    && ys.stream().allMatch(n -> xs.stream().anyMatch(m -> same(n, m)));
        }
    }
}

package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.analyze.AnalyzedText;
import org.claimgraph.analyze.Dependency;
import org.claimgraph.analyze.Sentence;
import org.claimgraph.analyze.TimeExpression;
import org.claimgraph.analyze.Token;

/**
 * Times that depend on other events: "three days after X visited Y", an undated reaction right after the last
 * dated event, and "the first visit since ...".
 */
/*package*/ final class RelativeTimes {
    /** A TIMEX3 duration of one unit: P3D, P2W, P6M, P1Y. */
    private static final java.util.regex.Pattern ISO_PERIOD = java.util.regex.Pattern.compile("P(\\d+)([DWMY])");

    private final ClaimLexicon lexicon;

    RelativeTimes(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
    }

    void firstSince(String text, Sentence s, int t, Found found) {
        ClaimLexicon.TimeCues cues = lexicon.cues().time;
        Token trig = s.token(t);
        if (trig.isNoun()) {
            boolean first = false;
            for (Dependency d : s.dependents(t)) {
                String w = s.token(d.dependent()).lowerLemma();
                if (d.relation().equals("amod") && cues.first.contains(w)) {
                    first = true;
                }
                if (d.relation().equals("amod") && cues.wartime.contains(w)) {
                    found.wartime = true;
                }
            }
            if (first && found.wartime) {
                found.event.firstSince("wartime");
            }
            return;
        }
        for (Dependency d : s.dependents(t)) {
            int n = d.dependent();
            if (!d.relation().startsWith("obl") || !s.token(n).lowerLemma().equals("time")) {
                continue;
            }
            boolean first = s.dependents(n).stream()
                    .anyMatch(x -> x.relation().equals("amod")
                            && cues.first.contains(s.token(x.dependent()).lowerLemma()));
            if (!first) {
                continue;
            }
            for (Dependency x : s.dependents(n)) {
                if (x.relation().endsWith(":since")) {
                    BitSet sub = s.subtree(x.dependent());
                    int from = sub.nextSetBit(0);
                    found.event.firstSince(s.text(text, from, sub.length()));
                    found.sinceToken = x.dependent();
                }
            }
        }
    }

    /** For each claim called the first since something, the claims giving that something's time. */
    static Map<Claim, ConflictDetector.Since> firstSinceMarks(List<Found> found) {
        Map<Claim, ConflictDetector.Since> out = new LinkedHashMap<>();
        for (Found f : found) {
            if (f.claim == null || f.event.firstSince().isEmpty()) {
                continue;
            }
            Optional<Claim> anchor = Optional.empty();
            if (f.sinceToken >= 0) {
                for (Found g : found) {
                    if (g.sentence == f.sentence && g.trigger == f.sinceToken && g.claim != null) {
                        anchor = Optional.of(g.claim);
                    }
                }
            }
            out.put(f.claim, new ConflictDetector.Since(anchor, f.wartime));
        }
        return out;
    }

    // ------------------------------------------------------------------ "N days after"

    /**
     * "The talks, three days after X visited Y": the embedded event's date is the anchor's minus the
     * duration. The anchor is an event trigger, or an event noun standing for the last event of its type.
     */
    void anchorRelativeTimes(AnalyzedText a, List<Found> found) {
        for (Found f : found) {
            Sentence s = f.sentence;
            Optional<Dependency> up = s.basicHead(f.trigger);
            if (up.isEmpty() || up.get().governor() < 0) {
                continue;
            }
            int unit = up.get().governor();
            Optional<TimeExpression> duration = s.times().stream()
                    .filter(x -> x.covers(unit) && x.type().equals("DURATION"))
                    .findFirst();
            if (duration.isEmpty()) {
                continue;
            }
            String direction = s.basicDependents(unit).stream()
                    .filter(d -> d.relation().equals("case"))
                    .map(d -> s.token(d.dependent()).lowerLemma())
                    .findFirst()
                    .orElse("");
            Optional<java.time.Period> period = period(duration.get().value());
            boolean after = lexicon.cues().time.durationAfter.contains(direction);
            if (period.isEmpty()
                    || !(after || lexicon.cues().time.durationBefore.contains(direction))) {
                continue;
            }
            int anchorToken = s.basicHead(unit).map(Dependency::governor).orElse(-1);
            Optional<TimePoint> anchorDate = anchorDate(s, anchorToken, f, found);
            if (anchorDate.isEmpty()) {
                continue;
            }
            LocalDate base = anchorDate.get().first();
            LocalDate d = after ? base.minus(period.get()) : base.plus(period.get());
            String words =
                    s.text(a.text(), duration.get().tokenBegin(), duration.get().tokenEnd()) + " " + direction;
            f.event.time(TimeSpec.on(TimePoint.day(d), words));
        }
    }

    /**
     * "X quickly condemned": an undated reaction happens right after the last event reported before it with a
     * known day.
     */
    void anchorReactions(List<Found> found) {
        Set<String> cues = lexicon.cues().time.immediately;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            Sentence s = f.sentence;
            boolean reaction = s.dependents(f.trigger).stream()
                    .anyMatch(d -> d.relation().equals("advmod")
                            && cues.contains(s.token(d.dependent()).lowerLemma()));
            if (!reaction
                    || f.event.time().date().isPresent()
                    || !f.event.time().expression().isEmpty()) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Found g = found.get(j);
                Optional<TimePoint> day = g.event.time().date().filter(p -> p.precision() == TimePoint.Precision.DAY);
                if (g.sentence.index() < s.index() && day.isPresent() && g.modality == Modality.Asserted) {
                    String cue = s.dependents(f.trigger).stream()
                            .filter(d -> d.relation().equals("advmod"))
                            .map(d -> s.token(d.dependent()).text())
                            .filter(w -> cues.contains(w.toLowerCase(Locale.ROOT)))
                            .findFirst()
                            .orElse("");
                    f.event.time(TimeSpec.on(day.get(), cue));
                    break;
                }
            }
        }
    }

    /** How many sentences back an undated meeting or visit looks for the day of the report it continues. */
    private static final int REPORT_REACH = 6;

    /**
     * "Mattis met with Poroshenko yesterday. … The leaders also discussed …": a news report tells one meeting or
     * visit over several sentences, and a past one that the sentence does not date happened on the day of the
     * last meeting (or visit) before it that names one of its actors and has a stated day (GUIDE: one event, one
     * date).
     */
    void continueReportedDays(List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            EventKind kind = f.event.kind();
            boolean undatedPast =
                    f.event.time().statesNoTime() && f.event.time().notAfter().isPresent();
            if (!(kind == EventKind.Meeting || kind == EventKind.Visit)
                    || f.modality != Modality.Asserted
                    || !undatedPast) {
                continue;
            }
            // the ones who meet or visit, not the place visited ("Putin visited Ukraine" is not this visit)
            Role who = kind == EventKind.Visit ? Role.visitor : Role.participant;
            Set<org.claimgraph.mention.Entity> actors = f.event.role(who);
            for (int j = i - 1; j >= 0; j--) {
                Found g = found.get(j);
                if (f.sentence.index() - g.sentence.index() > REPORT_REACH) {
                    break;
                }
                Optional<TimePoint> day = g.event.time().date().filter(p -> p.precision() == TimePoint.Precision.DAY);
                boolean shares = g.event.role(who).stream().anyMatch(actors::contains);
                // of the same kind: a statement is dated by its own act, not by what it reports
                if (day.isPresent()
                        && g.event.kind() == kind
                        && !g.event.time().expression().isEmpty()
                        && shares
                        && !day.get()
                                .first()
                                .isAfter(f.event.time().notAfter().get().last())) {
                    f.event.time(TimeSpec.on(day.get(), ""));
                    break;
                }
            }
        }
    }

    static Optional<TimePoint> anchorDate(Sentence s, int anchorToken, Found self, List<Found> found) {
        if (anchorToken < 0) {
            return Optional.empty();
        }
        for (Found g : found) {
            if (g != self && g.sentence == s && g.trigger == anchorToken) {
                return g.event.time().date().filter(p -> p.precision() == TimePoint.Precision.DAY);
            }
        }
        // An event noun without roles ("the visit") stands for the last event of its type with a known day.
        String lemma = s.token(anchorToken).lowerLemma();
        for (int i = found.indexOf(self) - 1; i >= 0; i--) {
            Found g = found.get(i);
            if (g.frame.lemmas().contains(lemma) || g.event.kind().name().equalsIgnoreCase(lemma)) {
                Optional<TimePoint> p = g.event.time().date().filter(x -> x.precision() == TimePoint.Precision.DAY);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<java.time.Period> period(String value) {
        java.util.regex.Matcher m = ISO_PERIOD.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1));
        return Optional.of(
                switch (m.group(2)) {
                    case "D" -> java.time.Period.ofDays(n);
                    case "W" -> java.time.Period.ofWeeks(n);
                    case "M" -> java.time.Period.ofMonths(n);
                    default -> java.time.Period.ofYears(n);
                });
    }
}

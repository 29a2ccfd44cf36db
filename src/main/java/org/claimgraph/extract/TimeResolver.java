package org.claimgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.analyze.Dependency;
import org.claimgraph.analyze.Sentence;
import org.claimgraph.analyze.TimeExpression;
import org.claimgraph.analyze.Token;

/**
 * Gives each trigger the time its own clause states, resolved against the publication date with its
 * precision and bounds: "Thursday" is a day, "this month" a month, "last year" a year; "by October" and
 * "previously" are upper bounds, "since May" a lower one; "more than two years ago" is at most two years
 * before the publication date and "nearly two years ago" less than that. Without a publication date only
 * the words are kept: no date is better than a wrong one.
 */
/*package*/ final class TimeResolver {
    /** SUTime's value of a week: "2025-W21". */
    private static final java.util.regex.Pattern ISO_WEEK = java.util.regex.Pattern.compile("(\\d{4})-W(\\d{2})");

    private final ClaimLexicon lexicon;
    /** "ago" anywhere among an expression's words ({@code time.ago}). */
    private final java.util.regex.Pattern agoWord;
    /** "later", "earlier" … ending an expression ({@code time.fromAnEvent}). */
    private final java.util.regex.Pattern fromAnEventEnd;

    TimeResolver(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
        this.agoWord = wordPattern(lexicon.cues().time.ago, "\\b");
        this.fromAnEventEnd = wordPattern(lexicon.cues().time.fromAnEvent, "$");
    }

    /** One pattern for the cue words as whole words, each followed by {@code end}, compiled once. */
    private static java.util.regex.Pattern wordPattern(java.util.List<String> cues, String end) {
        String alternatives =
                cues.stream().map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
        return java.util.regex.Pattern.compile(cues.isEmpty() ? "(?!)" : "\\b(?:" + alternatives + ")" + end);
    }

    /**
     * The time of a trigger: the time expressions whose nearest trigger above them is this one, or whose
     * clause this trigger describes ("by October, when X meets Y"); else "previously"-like adverbs; else, for a
     * past-tense verb, not after the publication date.
     */
    TimeSpec resolve(String text, Sentence s, int trigger, Set<Integer> triggers, Optional<LocalDate> published) {
        return resolve(text, s, trigger, triggers, published, new BitSet());
    }

    /**
     * The same, leaving out the times inside the given tokens: what a statement reports ("concerned by reports
     * of an attack on October 9") happened then, not the statement.
     */
    TimeSpec resolve(
            String text,
            Sentence s,
            int trigger,
            Set<Integer> triggers,
            Optional<LocalDate> published,
            BitSet reported) {
        TimeSpec spec = TimeSpec.NONE;
        for (TimeExpression t : s.times()) {
            if (reported.get(head(s, t))) {
                continue;
            }
            int owner = owner(s, t, triggers);
            boolean own = owner == trigger || (owner < 0 && underClauseOf(s, t, trigger, triggers));
            if (own || describes(s, trigger, t)) {
                // A clause describing a time ("by October, when X meets Y") happens at that time, not before it.
                TimeSpec one = fromExpression(text, s, t, published, tense(s, trigger), own);
                spec = spec.isEmpty() ? one : spec.mergedWith(one);
            }
        }
        if (spec.isResolved()) {
            return spec;
        }
        for (Dependency d : s.dependents(trigger)) {
            Token t = s.token(d.dependent());
            if (d.relation().equals("advmod") && lexicon.cues().time.past.contains(t.lowerLemma())) {
                return published
                        .map(p -> TimeSpec.bounded(Optional.empty(), Optional.of(TimePoint.day(p)), t.text()))
                        .orElse(new TimeSpec(Optional.empty(), Optional.empty(), Optional.empty(), t.text(), ""));
            }
        }
        if (!spec.isEmpty()) {
            return spec;
        }
        if (tense(s, trigger) == Tense.PAST && published.isPresent()) {
            return TimeSpec.bounded(Optional.empty(), Optional.of(TimePoint.day(published.get())), "");
        }
        if ((progressive(s, trigger) || presentCopula(s, trigger)) && published.isPresent()) {
            // "We are welcoming X as a member": happening as the text is published.
            return TimeSpec.on(TimePoint.day(published.get()), "");
        }
        return TimeSpec.NONE;
    }

    /** "X is in Kyiv": being somewhere now, as the text is published (the copula gives the tense). */
    private boolean presentCopula(Sentence s, int trigger) {
        return !s.token(trigger).isVerb() && tense(s, trigger) == Tense.PRESENT;
    }

    /** Present progressive: "are welcoming", "is sending". */
    private static boolean progressive(Sentence s, int trigger) {
        return s.token(trigger).pos().equals("VBG")
                && s.dependents(trigger).stream()
                        .anyMatch(d -> d.relation().equals("aux")
                                && (s.token(d.dependent()).pos().equals("VBP")
                                        || s.token(d.dependent()).pos().equals("VBZ"))
                                && s.token(d.dependent()).lowerLemma().equals("be"));
    }

    /** The grammatical time of a verb trigger. */
    enum Tense {
        PAST,
        PRESENT,
        FUTURE,
        NONE
    }

    Tense tense(Sentence s, int trigger) {
        Token t = s.token(trigger);
        for (Dependency d : s.dependents(trigger)) {
            if (d.relation().equals("cop") && !t.isVerb()) {
                t = s.token(d.dependent()); // "was in Kyiv": the copula carries the time of being there
            }
        }
        for (Dependency d : s.dependents(trigger)) {
            if (d.relation().startsWith("aux")
                    && lexicon.cues()
                            .modality
                            .future
                            .contains(s.token(d.dependent()).text().toLowerCase(Locale.ROOT))) {
                return Tense.FUTURE;
            }
        }
        // "she would build upon … and work with …": a bare verb coordinated with one that has its auxiliary
        // shares it
        if (t == s.token(trigger)
                && t.pos().equals("VB")
                && s.dependents(trigger).stream()
                        .noneMatch(d ->
                                d.relation().startsWith("aux") || d.relation().equals("mark"))) {
            Optional<Dependency> head = s.basicHead(trigger);
            if (head.isPresent()
                    && head.get().relation().startsWith("conj")
                    && head.get().governor() >= 0
                    && s.token(head.get().governor()).isVerb()
                    && tense(s, head.get().governor()) == Tense.FUTURE) {
                return Tense.FUTURE;
            }
        }
        // "Germany is to deliver", "the leaders are to meet": "be to" plans what follows.
        boolean beAux = s.dependents(trigger).stream()
                .anyMatch(d -> d.relation().equals("aux")
                        && s.token(d.dependent()).lowerLemma().equals("be"));
        boolean toMark = s.dependents(trigger).stream()
                .anyMatch(d -> d.relation().equals("mark")
                        && s.token(d.dependent()).lowerLemma().equals("to"));
        if (beAux && toMark && t.pos().equals("VB")) {
            return Tense.FUTURE;
        }
        // "said the United States would respond": in reported speech "would" is the future of the report.
        // The parser often hangs the reported clause of "X said Germany would deliver" as a "dep" of the verb.
        boolean reported = s.governors(trigger).stream()
                .anyMatch(d -> d.relation().equals("ccomp") || d.relation().equals("dep"));
        boolean would = s.dependents(trigger).stream()
                .anyMatch(d -> d.relation().equals("aux")
                        && s.token(d.dependent()).text().equalsIgnoreCase("would"));
        if (reported && would) {
            return Tense.FUTURE;
        }
        boolean perfect = s.dependents(trigger).stream()
                .anyMatch(d -> d.relation().equals("aux")
                        && s.token(d.dependent()).lowerLemma().equals("have"));
        // "The agency distributed food …" tagged as a participle: a participle with a subject of its own and no
        // auxiliary is a simple past
        boolean bareParticiple = t.pos().equals("VBN")
                && t == s.token(trigger)
                && s.dependents(trigger).stream().anyMatch(d -> d.relation().equals("nsubj"))
                && s.dependents(trigger).stream().noneMatch(d -> d.relation().startsWith("aux"));
        if (t.pos().equals("VBD") || (t.pos().equals("VBN") && perfect) || bareParticiple) {
            return Tense.PAST;
        }
        if (t.pos().equals("VBZ") || t.pos().equals("VBP")) {
            return Tense.PRESENT;
        }
        if (!s.token(trigger).isVerb() && t == s.token(trigger)) {
            // "made a surprise visit to Kyiv on Friday" (the object of a light verb), "the trip was his ninth since
            // October" (the subject of a copula): the event noun takes that clause's time. Not the subject of a
            // verb of its own ("the new members will bring vigor" says nothing of when they joined).
            Optional<Dependency> head = s.basicHead(trigger);
            // "launched a wave of attacks": the basic tree hangs the event from the quantity noun, the enhanced
            // graph makes it the verb's object.
            Optional<Dependency> enhancedObject = s.governors(trigger).stream()
                    .filter(d -> d.relation().equals("obj") && d.governor() >= 0)
                    .findFirst();
            if (enhancedObject.isPresent()
                    && !head.map(d -> d.relation().equals("obj")).orElse(false)) {
                head = enhancedObject;
            }
            if (head.isPresent() && head.get().governor() >= 0) {
                int governor = head.get().governor();
                boolean lightObject = head.get().relation().equals("obj")
                        && s.token(governor).isVerb()
                        && lexicon.cues()
                                .time
                                .lightVerbs
                                .contains(s.token(governor).lowerLemma());
                boolean copulaSubject = head.get().relation().startsWith("nsubj") && hasCopula(s, governor);
                boolean resultVerb = s.token(governor).isVerb()
                        && lexicon.cues()
                                .time
                                .resultVerbs
                                .contains(s.token(governor).lowerLemma());
                boolean resultSubject = head.get().relation().equals("nsubj") && resultVerb;
                // "Kharkiv came under a missile attack on Monday", "two were killed in an attack on Monday"
                String caseWord = s.dependents(trigger).stream()
                        .filter(d -> d.relation().equals("case"))
                        .map(d -> s.token(d.dependent()).lowerLemma())
                        .findFirst()
                        .orElse("");
                boolean sufferedIn = s.token(governor).isVerb()
                        && head.get().relation().startsWith("obl")
                        && (lexicon.cues().time.sufferedPrepositions.contains(caseWord)
                                || (lexicon.cues().time.resultPrepositions.contains(caseWord) && resultVerb));
                // "Sweden became the 32nd member of NATO on Thursday": the predicate of "become" or "remain"
                boolean predicate = head.get().relation().equals("xcomp")
                        && s.token(governor).isVerb();
                if (lightObject || copulaSubject || predicate || resultSubject || sufferedIn) {
                    return tense(s, governor);
                }
            }
        }
        return Tense.NONE;
    }

    private static boolean hasCopula(Sentence s, int token) {
        return s.dependents(token).stream().anyMatch(d -> d.relation().equals("cop"));
    }

    /** The nearest trigger above the expression's head in the parse tree, or -1. */
    static int owner(Sentence s, TimeExpression t, Set<Integer> triggers) {
        int h = head(s, t);
        for (int guard = 0; guard <= s.tokens().size() && h >= 0; guard++) {
            if (triggers.contains(h)) {
                return h;
            }
            h = s.basicHead(h).map(Dependency::governor).orElse(-1);
        }
        return -1;
    }

    /**
     * "Today, I am proud to welcome X": a time on a predicate that is no trigger belongs to the trigger in
     * that predicate's clause, the first one below it with no other trigger in between.
     */
    private static boolean underClauseOf(Sentence s, TimeExpression t, int trigger, Set<Integer> triggers) {
        int predicate = s.basicHead(head(s, t)).map(Dependency::governor).orElse(-1);
        if (predicate < 0) {
            return false;
        }
        int h = s.basicHead(trigger).map(Dependency::governor).orElse(-1);
        for (int guard = 0; guard <= s.tokens().size() && h >= 0; guard++) {
            if (h == predicate) {
                return true;
            }
            if (triggers.contains(h)) {
                return false;
            }
            h = s.basicHead(h).map(Dependency::governor).orElse(-1);
        }
        return false;
    }

    /** True when the trigger's clause hangs off the time expression ("July, when Biden meets ..."). */
    private static boolean describes(Sentence s, int trigger, TimeExpression t) {
        return s.basicHead(trigger)
                .filter(d -> t.covers(d.governor())
                        && (d.relation().startsWith("acl") || d.relation().startsWith("advcl")))
                .isPresent();
    }

    /** The token of an expression whose head lies outside it. */
    static int head(Sentence s, TimeExpression t) {
        for (int k = t.tokenBegin(); k < t.tokenEnd(); k++) {
            int gov = s.basicHead(k).map(Dependency::governor).orElse(-1);
            if (!t.covers(gov)) {
                return k;
            }
        }
        return t.tokenEnd() - 1;
    }

    private TimeSpec fromExpression(
            String text,
            Sentence s,
            TimeExpression t,
            Optional<LocalDate> published,
            Tense tense,
            boolean withPreposition) {
        String words = s.text(text, t.tokenBegin(), t.tokenEnd());
        String value = t.value();
        String preposition = withPreposition ? prepositionOf(s, t) : "";
        String expression = preposition.isEmpty() ? words : preposition + " " + words;
        if (published.isEmpty() && !(value.matches("\\d{4}(-\\d{2}){0,2}") && mentionsYear(words))) {
            // Without a publication date SUTime resolves against today: keep only the words.
            return new TimeSpec(Optional.empty(), Optional.empty(), Optional.empty(), expression, "");
        }
        String before = wordsBefore(s, t.tokenBegin(), 3);
        String lowerWords = words.toLowerCase(Locale.ROOT);
        if (agoWord.matcher(lowerWords).find() && published.isPresent()) {
            return ago(s, t, words, before, published.get());
        }
        if (fromAnEventEnd.matcher(lowerWords).find() && t.type().equals("DATE")) {
            // "A year later" counts from an event in the text, not from the publication date: keep the words.
            return new TimeSpec(Optional.empty(), Optional.empty(), Optional.empty(), expression, "");
        }
        Optional<TimePoint> point;
        switch (value) {
            case "PAST_REF" -> {
                return TimeSpec.bounded(Optional.empty(), published.map(TimePoint::day), words);
            }
            case "FUTURE_REF" -> {
                return TimeSpec.bounded(published.map(TimePoint::day), Optional.empty(), words);
            }
            case "PRESENT_REF" -> point = published.map(TimePoint::day);
            default -> {
                Optional<TimeSpec> week = week(value, words, tense, published);
                if (week.isPresent()) {
                    return week.get();
                }
                point = TimePoint.parseTimex(value).or(() -> season(value));
            }
        }
        if (point.isEmpty()) {
            return new TimeSpec(Optional.empty(), Optional.empty(), Optional.empty(), words, "");
        }
        // "since November" looks back whatever the verb's tense: a start after publication is last year's
        Tense looking = preposition.equals("since") ? Tense.PAST : tense;
        TimePoint p = correctYear(correctWeekday(point.get(), words, looking, published), words, looking, published);
        String qualifier = switch (t.modifier()) {
            case "EARLY", "START" -> "early";
            case "MID" -> "mid";
            case "LATE", "END" -> "late";
            default -> seasonName(value);
        };
        if (lexicon.cues().time.notAfter.contains(preposition)) {
            return TimeSpec.bounded(Optional.empty(), Optional.of(p), expression)
                    .withQualifier(qualifier);
        }
        if (lexicon.cues().time.notBefore.contains(preposition)) {
            return TimeSpec.bounded(Optional.of(p), Optional.empty(), expression)
                    .withQualifier(qualifier);
        }
        return TimeSpec.on(p, expression).withQualifier(qualifier);
    }

    private static boolean mentionsYear(String words) {
        return words.matches(".*\\b\\d{4}\\b.*");
    }

    /**
     * "This week", "last week" (SUTime's ISO week, "2025-W21"): from its Monday to its Sunday, and for a
     * past-tense event in the week of publication not after the publication day (GUIDE: ranges are bounds).
     */
    private static Optional<TimeSpec> week(String value, String words, Tense tense, Optional<LocalDate> published) {
        java.util.regex.Matcher m = ISO_WEEK.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                .with(DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);
        if (tense == Tense.PAST
                && published.isPresent()
                && published.get().isBefore(sunday)
                && !published.get().isBefore(monday)) {
            sunday = published.get();
        }
        return Optional.of(
                TimeSpec.bounded(Optional.of(TimePoint.day(monday)), Optional.of(TimePoint.day(sunday)), words));
    }

    /**
     * SUTime puts a month or a day without a year in the publication year; a past-tense event "in September"
     * told in May is last year's September, a future one "in January" told in December next year's.
     */
    private static TimePoint correctYear(TimePoint p, String words, Tense tense, Optional<LocalDate> published) {
        if (published.isEmpty()
                || mentionsYear(words)
                || !(p.precision() == TimePoint.Precision.MONTH || p.precision() == TimePoint.Precision.DAY)) {
            return p;
        }
        LocalDate d = p.first();
        int shift = 0;
        if (tense == Tense.PAST && d.isAfter(published.get())) {
            shift = -1;
        } else if (tense == Tense.FUTURE && p.last().isBefore(published.get().withDayOfMonth(1))) {
            shift = 1;
        }
        if (shift == 0) {
            return p;
        }
        LocalDate moved = d.plusYears(shift);
        return p.precision() == TimePoint.Precision.DAY
                ? TimePoint.day(moved)
                : TimePoint.month(moved.getYear(), moved.getMonthValue());
    }

    /** SUTime resolves a bare weekday within the week; a past-tense event on "Friday" is the Friday before. */
    private static TimePoint correctWeekday(TimePoint p, String words, Tense tense, Optional<LocalDate> published) {
        if (p.precision() != TimePoint.Precision.DAY || published.isEmpty() || !isWeekday(words)) {
            return p;
        }
        LocalDate d = p.first();
        if (tense == Tense.PAST && d.isAfter(published.get())) {
            return TimePoint.day(d.minusWeeks(1));
        }
        if (tense == Tense.FUTURE && d.isBefore(published.get())) {
            return TimePoint.day(d.plusWeeks(1));
        }
        return p;
    }

    /** A weekday named alone or with a part of it ("Friday", "Saturday night", "early Sunday", "late Monday"). */
    private static boolean isWeekday(String words) {
        String w = words.strip().toUpperCase(Locale.ROOT);
        if (w.chars().anyMatch(Character::isDigit)) {
            return false; // "Friday, April 12" names its own date
        }
        for (String word : w.split("\\s+")) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (word.equals(d.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "N units ago" with "more than", "almost" or "about" around it. */
    private TimeSpec ago(Sentence s, TimeExpression t, String words, String before, LocalDate published) {
        String lower = (before + " " + words).toLowerCase(Locale.ROOT);
        String[] parts = words.toLowerCase(Locale.ROOT).split("\\s+");
        long n = 1;
        java.util.Map<String, ChronoUnit> units = lexicon.cues().time.agoUnits;
        ChronoUnit counted = ChronoUnit.YEARS; // "ago" with no unit goes back years
        for (String part : parts) {
            Optional<Double> v = Numbers.value(part).or(() -> Numbers.compound(part));
            if (v.isPresent()) {
                n = v.get().longValue();
            }
            if (units.keySet().stream().anyMatch(part::startsWith)) {
                // null for a word that only starts like a unit ("yearly"): years, but dated to the day
                counted = units.get(part.replaceAll("s$", ""));
            }
        }
        LocalDate base = published.minus(n, counted == null ? ChronoUnit.YEARS : counted);
        String expression = (cueBefore(lower, words) + " " + words).strip();
        // "More than two years ago" excludes the day two years ago itself; "nearly two years ago" likewise.
        if (containsAny(lower, lexicon.cues().time.agoOlder)) {
            return TimeSpec.bounded(Optional.empty(), Optional.of(TimePoint.day(base.minusDays(1))), expression);
        }
        if (containsAny(lower, lexicon.cues().time.agoRecent)) {
            return TimeSpec.bounded(
                    Optional.of(TimePoint.day(base.plusDays(1))), Optional.of(TimePoint.day(published)), expression);
        }
        boolean today = lexicon.cues().time.agoDay.stream().anyMatch(lower::contains);
        TimePoint p = !today && (counted == ChronoUnit.YEARS || counted == ChronoUnit.MONTHS)
                ? TimePoint.month(base.getYear(), base.getMonthValue())
                : TimePoint.day(base);
        return TimeSpec.on(p, expression);
    }

    private String cueBefore(String lower, String words) {
        for (String cue : lexicon.cues().time.agoOlder) {
            if (lower.contains(cue + " ") && !words.toLowerCase(Locale.ROOT).startsWith(cue)) {
                return cue;
            }
        }
        for (String cue : lexicon.cues().time.agoRecent) {
            if (lower.contains(cue + " ") && !words.toLowerCase(Locale.ROOT).startsWith(cue)) {
                return cue;
            }
        }
        return "";
    }

    private static boolean containsAny(String text, java.util.List<String> cues) {
        for (String c : cues) {
            if ((" " + text + " ").contains(" " + c + " ")) {
                return true;
            }
        }
        return false;
    }

    private static String wordsBefore(Sentence s, int from, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, from - n); i < from; i++) {
            b.append(s.token(i).text()).append(' ');
        }
        return b.toString().strip();
    }

    /** The preposition heading the expression ("by October"), lower case, or empty. */
    private static String prepositionOf(Sentence s, TimeExpression t) {
        int h = head(s, t);
        for (Dependency d : s.basicDependents(h)) {
            if (d.relation().equals("case") && d.dependent() < t.tokenBegin()) {
                return s.token(d.dependent()).text().toLowerCase(Locale.ROOT);
            }
        }
        if (t.tokenBegin() > 0 && s.token(t.tokenBegin() - 1).pos().equals("IN")) {
            return s.token(t.tokenBegin() - 1).text().toLowerCase(Locale.ROOT);
        }
        return "";
    }

    private static Optional<TimePoint> season(String value) {
        if (value.matches("\\d{4}-(SP|SU|FA|WI|Q[1-4]|H[12])")) {
            return Optional.of(TimePoint.year(Integer.parseInt(value.substring(0, 4))));
        }
        return Optional.empty();
    }

    private static String seasonName(String value) {
        if (!value.matches("\\d{4}-[A-Z][A-Z0-9]")) {
            return "";
        }
        return switch (value.substring(5)) {
            case "SP" -> "spring";
            case "SU" -> "summer";
            case "FA" -> "autumn";
            case "WI" -> "winter";
            case "H1" -> "first half";
            case "H2" -> "second half";
            default -> value.substring(5).toLowerCase(Locale.ROOT);
        };
    }
}

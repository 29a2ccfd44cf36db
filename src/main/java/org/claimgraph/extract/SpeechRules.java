package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.analyze.AnalyzedText;
import org.claimgraph.analyze.Dependency;
import org.claimgraph.analyze.Sentence;
import org.claimgraph.analyze.Token;
import org.claimgraph.mention.Entity;
import org.claimgraph.mention.Mention;
import org.claimgraph.mention.MentionLexicon;
import org.claimgraph.mention.Mentions;

/**
 * Statements and what they cover: the content a verb of saying reports, the events inside it (attributed to the
 * speaker, with the verb's modality), reporting sources and "according to", and quotations that run over several
 * sentences.
 */
/*package*/ final class SpeechRules {
    // Quotation marks and "according to" are the mention stage's words too (its quotations, its sources that are
    // no places): they are kept once, in its lexicon, which this stage may read and that one may not.
    private static final MentionLexicon MENTION_WORDS = MentionLexicon.bundled();
    private static final MentionLexicon.QuotationMarks MARKS = MENTION_WORDS.quotationMarks();

    private final ClaimLexicon lexicon;
    private final RoleFiller roleFiller;

    SpeechRules(ClaimLexicon lexicon, RoleFiller roleFiller) {
        this.lexicon = lexicon;
        this.roleFiller = roleFiller;
    }

    void speech(String text, Sentence s, int t, Frame.Speech speech, Found found, Mentions mentions) {
        int trailingComma = found.event.kind() == EventKind.Statement ? trailingReportComma(s, t) : -1;
        found.trailingReport = trailingComma > 0;
        if (found.trailingReport) {
            trailingSpeaker(s, t, trailingComma, mentions).ifPresent(speaker -> {
                found.event.clear(Role.speaker);
                found.event.add(Role.speaker, speaker);
            });
        }
        int[] span = found.trailingReport ? contentBefore(s, trailingComma) : contentSpan(s, t, speech);
        int from = span[0];
        int to = span[1];
        if (from >= to) {
            return;
        }
        String content = s.text(text, from, to);
        found.event.content(content);
        found.event.quotes().addAll(quotes(content));
        BitSet scope = new BitSet();
        scope.set(from, to);
        found.scope = scope;
        Set<Entity> speakers = found.event.role(Role.speaker);
        for (int k = from; k < to; k++) {
            for (Mention m : mentions.at(s.index(), k)) {
                if (m.canFillRole() && !speakers.contains(m.entity())) {
                    found.event.add(Role.topic, m.entity());
                }
            }
        }
        if (found.modality == Modality.Claimed || found.modality == Modality.Promised) {
            found.attributedTo = List.copyOf(speakers);
        }
    }

    /**
     * The tokens [from, to) of what a verb of saying reports: its content clause; or, when the reporting
     * clause comes last ("..., X said"), the clause it hangs from; or, when the parse lost the clause, the
     * rest of the sentence. Quotation marks around the content are kept.
     */
    int[] contentSpan(Sentence s, int t, Frame.Speech speech) {
        int root = -1;
        String via = "";
        for (String rel : speech.content()) {
            if (rel.equals("self")) {
                // A commitment's content is its own clause: "the United States will continue to ...".
                root = t;
                via = "ccomp";
                break;
            }
            List<Integer> r = roleFiller.follow(s, t, rel);
            if (!r.isEmpty()) {
                root = r.get(0);
                via = rel;
                break;
            }
        }
        Optional<Dependency> marked = s.basicHead(t);
        if (root < 0
                && marked.isPresent()
                && marked.get().relation().equals("mark")
                && marked.get().governor() > t) {
            // "responded, saying it will not …" parsed with "saying" as the marker of the clause it introduces
            root = marked.get().governor();
            via = "ccomp";
        }
        boolean markerOfContent =
                root >= 0 && marked.isPresent() && marked.get().relation().equals("mark");
        int n = s.tokens().size();
        int from;
        int to;
        boolean clause = via.equals("ccomp")
                || via.equals("parataxis")
                || via.startsWith("advcl")
                || via.equals("xcomp")
                || via.startsWith("obl");
        Optional<Dependency> head = s.basicHead(t);
        boolean reportingAfter = root < 0
                && head.isPresent()
                && head.get().governor() >= 0
                && head.get().governor() < t
                && (head.get().relation().equals("parataxis")
                        || head.get().relation().equals("ccomp")
                        || head.get().relation().equals("dep"));
        if (root >= 0 && clause) {
            BitSet sub = s.subtree(root);
            from = sub.nextSetBit(0);
            to = sub.length();
        } else if (reportingAfter) {
            // "Poland will send tanks, Duda said": the content is the sentence without the reporting clause.
            BitSet reporting = s.subtree(t);
            from = 0;
            to = reporting.nextSetBit(0);
        } else if (root >= 0 && root < t) {
            // "X met Y today, Z said" parsed with the report as subject (csubj) or loosely (dep): what comes
            // before the reporting clause's comma.
            from = s.subtree(root).nextSetBit(0);
            to = t;
            for (int k = t - 1; k > from; k--) {
                if (s.token(k).text().equals(",")) {
                    to = k;
                    break;
                }
            }
        } else if (root >= 0 && root > t) {
            // The parse often misses the clause after a verb of saying; take the rest of the sentence.
            from = t + 1;
            to = n;
        } else {
            from = t + 1;
            to = n;
            if (root < 0 && !hasQuote(s, from, to)) {
                from = to;
            }
        }
        if (markerOfContent) {
            from = Math.max(from, t + 1);
        }
        while (from < to && isContentOpener(s.token(from))) {
            from++;
        }
        for (Dependency d : s.basicDependents(t)) {
            // "reiterated his support … and called for …": a second verb of the same subject is an act of its own.
            if (d.relation().startsWith("conj")
                    && d.dependent() > from
                    && s.token(d.dependent()).isVerb()) {
                to = Math.min(to, s.subtree(d.dependent()).nextSetBit(0));
            }
        }
        to = beforeTrailingReport(s, t, from, to);
        while (to > from
                && (s.token(to - 1).text().equals(",") || s.token(to - 1).pos().equals(":"))) {
            to--;
        }
        // Keep the quotation marks around a quote: the parse hangs them on the verb of saying.
        if (from > 0 && isOpeningQuote(s.token(from - 1))) {
            from--;
        }
        int end = to;
        while (end < n && isClosingPunctuation(s.token(end))) {
            end++;
        }
        if (end > to && isQuoteMark(s.token(end - 1))) {
            to = end;
        }
        while (to > from && s.token(to - 1).pos().equals(".")) {
            to--;
        }
        return new int[] {from, to};
    }

    /**
     * The comma before a report that closes its sentence, or -1: "…, chief spokesperson X said.", "…, he added
     * on Thursday.", "…, said X." The surface decides, not the parse, which often hangs such a sentence's first
     * verb above the report ("X pledged … and applauded …, Y said" with "said" under "applauded"): nothing but
     * the speaker's words stands between the comma and the verb (or, inverted, between the verb and the end),
     * and a short tail without a clause of its own ("in a statement", "on Monday", "told VOA") follows it.
     */
    int trailingReportComma(Sentence s, int t) {
        int n = s.tokens().size();
        if (n == 0 || isOpeningQuote(s.token(0))) {
            return -1; // a quotation keeps its marks and its own span (contentSpan)
        }
        int end = n;
        while (end > t + 1 && isClosingPunctuation(s.token(end - 1))) {
            end--;
        }
        if (end - t - 1 > 8) {
            return -1;
        }
        for (int k = t + 1; k < end; k++) {
            Token w = s.token(k);
            if (w.text().equals(",")
                    || w.text().equalsIgnoreCase("that")
                    || isOpeningQuote(w)
                    || w.pos().equals(":")) {
                return -1;
            }
        }
        if (reportsAClauseAfter(s, t)) {
            return -1;
        }
        int comma = -1;
        if (t > 0 && s.token(t - 1).text().equals(",")) {
            // "…, said X."
            comma = t - 1;
        } else {
            for (int k = t - 1; k > 0; k--) {
                Token w = s.token(k);
                if (w.text().equals(",")) {
                    comma = k;
                    break;
                }
                if (!isSpeakerWord(w)) {
                    return -1;
                }
            }
        }
        if (comma < 3) {
            return -1;
        }
        for (int k = 0; k < comma; k++) {
            if (s.token(k).isVerb()) {
                return comma;
            }
        }
        return -1;
    }

    /** True when a verb of saying has a clause or an object after it: it reports that, not what came before. */
    private static boolean reportsAClauseAfter(Sentence s, int t) {
        for (Dependency d : s.basicDependents(t)) {
            String r = d.relation();
            boolean listener = r.equals("obj") && s.subtree(d.dependent()).cardinality() == 1; // "told VOA"
            if (d.dependent() > t
                    && (r.equals("ccomp")
                            || r.equals("parataxis")
                            || r.startsWith("xcomp")
                            || r.startsWith("advcl")
                            || r.equals("obj") && !listener)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who a trailing report names as its speaker: the named or resolved actor between its comma and its verb
     * ("…, chief spokesperson X said"), or after the verb ("…, said X"). The parse may have given the verb
     * another subject from the clause reported.
     */
    private static Optional<Entity> trailingSpeaker(Sentence s, int t, int comma, Mentions mentions) {
        int from = comma + 1 < t ? comma + 1 : t + 1;
        int to = comma + 1 < t ? t : s.tokens().size();
        Entity last = null;
        for (int k = from; k < to; k++) {
            for (Mention m : mentions.at(s.index(), k)) {
                if (m.canFillRole() && m.entity().type().isActor()) {
                    last = m.entity();
                }
            }
        }
        return Optional.ofNullable(last);
    }

    /** A word of a speaker's name or description: "chief Pentagon spokesperson X", "the U.S. military", "he". */
    private static boolean isSpeakerWord(Token w) {
        String pos = w.pos();
        return pos.startsWith("NN")
                || pos.equals("JJ")
                || pos.equals("DT")
                || pos.equals("POS")
                || pos.equals("PRP")
                || pos.equals("HYPH")
                || w.text().equals(".");
    }

    /** What a trailing report reports: the sentence before its comma. */
    private static int[] contentBefore(Sentence s, int comma) {
        int from = 0;
        int to = comma;
        return new int[] {from, to};
    }

    /**
     * What is said ends before a report of it that the span ran into: "..., chief spokesperson X said",
     * "..., said X", "..., according to a statement by X". The report is a comma, then a verb of saying with
     * nothing but its subject's words between.
     */
    private int beforeTrailingReport(Sentence s, int t, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            Token w = s.token(k);
            boolean according = MENTION_WORDS.opensSourcePhraseAsLemma(w.lowerLemma());
            // "In turn, we expressed our respect for …" reports what follows it; it closes nothing.
            boolean saying = k != t && isVerbOfSaying(w) && !reportsAClauseAfter(s, k);
            if (!according && !saying) {
                continue;
            }
            for (int c = k - 1; c > from; c--) {
                Token between = s.token(c);
                if (between.text().equals(",")) {
                    return c;
                }
                // '…," he said': a closing quotation mark may stand between the comma and the speaker.
                if (according || !(isSpeakerWord(between) || isQuoteMark(between))) {
                    break;
                }
            }
        }
        return to;
    }

    private boolean isVerbOfSaying(Token w) {
        return w.isVerb()
                && lexicon.verbFrames(w.lowerLemma()).stream()
                        .anyMatch(f -> f.speech().isPresent() && f.event() == EventKind.Statement);
    }

    static boolean isContentOpener(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.equals("that") || w.equals(",") || w.equals(":") || t.pos().equals("IN") && w.equals("against");
    }

    static boolean isOpeningQuote(Token t) {
        return MARKS.opens(t.text());
    }

    static boolean isClosingPunctuation(Token t) {
        return t.pos().equals(".") || isQuoteMark(t) || t.text().equals(")");
    }

    static boolean isQuoteMark(Token t) {
        return MARKS.closes(t.text()) || MARKS.isStraightSingle(t.text());
    }

    static boolean hasQuote(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (MARKS.opensDouble(s.token(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** Direct quotations, verbatim between their quotation marks. */
    static List<String> quotes(String content) {
        String opening = MARKS.pairedOpening();
        String closing = MARKS.pairedClosing();
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < content.length()) {
            int open = indexOfAny(content, opening, i);
            int close = open < 0 ? -1 : indexOfAny(content, closing, open + 1);
            if (open < 0 || close < 0) {
                break;
            }
            String q = content.substring(open + 1, close).strip();
            if (!q.isEmpty()) {
                out.add(q);
            }
            i = close + 1;
        }
        return out;
    }

    private static int indexOfAny(String text, String characters, int from) {
        for (int k = Math.max(0, from); k < text.length(); k++) {
            if (characters.indexOf(text.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    /**
     * True when {@code inner} is itself a report whose clause holds {@code speech}: in "X reaffirmed the
     * commitment …, Y said" the saying is not inside what was reaffirmed, though the parse often gives the
     * commitment the rest of the sentence.
     */
    private static boolean reportHolding(Sentence s, Found inner, Found speech) {
        return inner.frame.speech().isPresent()
                && inner.trigger != speech.trigger
                && s.dominates(inner.trigger, speech.trigger);
    }

    /** Events inside what someone says take the speaker's attribution and the verb's modality. */
    void applySpeechScopes(Sentence s, List<Found> inSentence) {
        for (Found speech : inSentence) {
            if (speech.scope == null) {
                continue;
            }
            Frame.Speech sp = speech.frame.speech().orElseThrow();
            for (Found inner : inSentence) {
                if (inner == speech
                        || !speech.scope.get(inner.trigger)
                        || inner.trailingReport
                        || !speech.trailingReport && reportHolding(s, inner, speech)) {
                    continue;
                }
                if (sp.suppressInner()) {
                    inner.suppressed = true;
                    continue;
                }
                if (speech.event.kind() == EventKind.Promise && inner.event.kind() == EventKind.Promise) {
                    // "agreed to continue ...": one promise, not a second one for the verb it commits to.
                    inner.suppressed = true;
                    continue;
                }
                if (speech.event.kind() == EventKind.Promise
                        && inner.event.kind().isTransfer()) {
                    // A promise to give something is the pledge itself (GUIDE: a promise of a transfer with an
                    // item is a Pledge instead).
                    speech.suppressed = true;
                }
                if (inner.event.kind() == EventKind.Statement
                        && speech.event.kind() == EventKind.Statement
                        && !inner.event.role(Role.speaker).isEmpty()
                        && speech.event.role(Role.speaker).containsAll(inner.event.role(Role.speaker))) {
                    // "we mean what we say", "as I said", quoted by the one who says it: one reporting act
                    // (GUIDE: one entry per reporting act)
                    inner.suppressed = true;
                    continue;
                }
                inner.attributedTo = List.copyOf(speech.event.role(Role.speaker));
                boolean pledgeMade =
                        inner.event.kind() == EventKind.Pledge && sp.inner().equals(Optional.of(Modality.Promised));
                if (pledgeMade) {
                    // A pledge inside a promise is the promise itself: the pledge has been made.
                    inner.modality = inner.modality == Modality.Negated ? Modality.Negated : Modality.Asserted;
                } else if (sp.inner().isPresent() && inner.modality != Modality.Negated) {
                    inner.modality = sp.inner().get();
                } else if (sp.inner().isPresent()) {
                    inner.modality = sp.inner().get() == Modality.Negated ? Modality.Asserted : Modality.Negated;
                }
                if (inner.event.kind() == EventKind.Pledge
                        && inner.frame.timeRole() == Frame.TimeRole.delivery
                        && !inner.event.time().isResolved()) {
                    // "X said on Monday it would send ...": the pledge was made when it was announced.
                    inner.event.time(speech.event.time());
                }
            }
        }
    }

    /** "State television broadcast X ...": what a reporting source shows is reported, not asserted. */
    void applyReporting(Sentence s, Mentions mentions, List<Found> inSentence) {
        ClaimLexicon.ModalityCues cues = lexicon.cues().modality;
        List<Entity> accordingTo = accordingTo(s, mentions);
        for (Found f : inSentence) {
            int h = f.trigger;
            for (int guard = 0; guard < s.tokens().size() && h >= 0; guard++) {
                int hh = h;
                Optional<Dependency> up = s.basicHead(hh);
                if (up.isEmpty() || up.get().governor() < 0) {
                    break;
                }
                int g = up.get().governor();
                // "…, the official said", "media reported": a source nobody names reports, and so does what
                // it says that someone said (GUIDE: Reported).
                if (cues.reportVerbs.contains(s.token(g).lowerLemma())
                        && s.dependents(g).stream()
                                .anyMatch(d -> d.relation().startsWith("nsubj")
                                        && cues.reportSources.contains(
                                                s.token(d.dependent()).lowerLemma())
                                        && mentions.at(s.index(), d.dependent()).isEmpty())) {
                    if (f.modality == Modality.Asserted) {
                        f.modality = Modality.Reported;
                    }
                    break;
                }
                h = g;
            }
            if (!accordingTo.isEmpty()
                    && f.attributedTo.isEmpty()
                    && f.frame.speech().isEmpty()) {
                f.attributedTo = accordingTo;
                if (f.modality == Modality.Asserted) {
                    f.modality = Modality.Reported;
                }
            }
        }
    }

    static List<Entity> accordingTo(Sentence s, Mentions mentions) {
        for (int i = 0; i + 2 < s.tokens().size(); i++) {
            if (MENTION_WORDS.isSourcePhraseLemmaStart(
                    s.token(i).lowerLemma(), s.token(i + 1).text())) {
                Set<Entity> out = new LinkedHashSet<>();
                for (int k = i + 2; k < Math.min(s.tokens().size(), i + 8); k++) {
                    for (Mention m : mentions.at(s.index(), k)) {
                        if (m.canFillRole() && m.entity().type().isActor()) {
                            out.add(m.entity());
                        }
                    }
                    if (!out.isEmpty() && s.token(k).text().equals(",")) {
                        break;
                    }
                }
                return List.copyOf(out);
            }
        }
        return List.of();
    }

    /**
     * Sentences of a quotation that runs over several sentences belong to its speaker: events inside them are
     * attributed to the speaker. They are the same reporting act as the sentence with the verb of saying, so they
     * yield no statement claim of their own.
     */
    List<Found> quotationStatements(
            AnalyzedText a, Mentions mentions, List<Found> found, Optional<LocalDate> published) {
        Frame frame = lexicon.frame("statement.quotation");
        List<Found> out = new ArrayList<>();
        for (org.claimgraph.mention.Quotation q : mentions.quotations()) {
            if (q.speaker().isEmpty()) {
                continue;
            }
            Optional<Found> verbOfSaying = found.stream()
                    .filter(f -> f.frame.speech().isPresent() && f.scope != null && overlapsQuote(f, q))
                    .findFirst();
            for (Sentence s : a.sentences()) {
                if (s.end() <= q.begin() || s.begin() >= q.end()) {
                    continue;
                }
                boolean spoken = found.stream()
                        .anyMatch(f -> f.sentence == s && f.frame.speech().isPresent());
                int from = Math.max(s.begin(), q.begin());
                int to = Math.min(s.end(), q.end());
                String content = a.text().substring(from, to).strip();
                if (spoken || content.codePoints().filter(Character::isLetter).count() < 3) {
                    continue;
                }
                Event e = new Event(EventKind.Statement);
                e.add(Role.speaker, q.speaker().get());
                e.content(content);
                // A quotation's sentence is quoted whole unless it opens with its own mark.
                String open = MARKS.pairedOpening().substring(0, 1);
                String close = MARKS.pairedClosing().substring(0, 1);
                e.quotes().addAll(quotes(content.startsWith(open) ? content : open + content + close));
                e.time(verbOfSaying
                        .map(v -> v.event.time())
                        .filter(TimeSpec::isResolved)
                        .orElse(published
                                .map(p -> TimeSpec.on(TimePoint.day(p), ""))
                                .orElse(TimeSpec.NONE)));
                Found f = new Found(
                        frame, s, s.tokens().isEmpty() ? 0 : s.tokens().size() - 1, e);
                f.modality = Modality.Asserted;
                for (Found inner : found) {
                    if (inner.sentence == s && inner.attributedTo.isEmpty()) {
                        inner.attributedTo = List.of(q.speaker().get());
                    }
                }
                // The continuation of a quotation is the same act as the sentence with its verb of saying (GUIDE:
                // one entry per reporting act): it attributes what it holds, and is no claim of its own.
                f.suppressed = true;
                out.add(f);
            }
        }
        return out;
    }

    static boolean overlapsQuote(Found f, org.claimgraph.mention.Quotation q) {
        Sentence s = f.sentence;
        int from = s.token(f.scope.nextSetBit(0)).begin();
        int to = s.token(f.scope.length() - 1).end();
        return from < q.end() && to > q.begin();
    }
}

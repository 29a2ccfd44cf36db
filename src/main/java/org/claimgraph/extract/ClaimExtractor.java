package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.analyze.AnalyzedText;
import org.claimgraph.analyze.Dependency;
import org.claimgraph.analyze.Sentence;
import org.claimgraph.analyze.Token;
import org.claimgraph.ingest.Article;
import org.claimgraph.mention.Entity;
import org.claimgraph.mention.Gazetteer;
import org.claimgraph.mention.Mention;
import org.claimgraph.mention.MentionLexicon;
import org.claimgraph.mention.Mentions;
import org.claimgraph.sys.Lazy;
import org.claimgraph.sys.Logs;

/**
 * Finds the claims of one article: each trigger word of a frame in {@code lexicon/frames.yaml} whose
 * required roles the parse fills becomes an event with a claim, qualified by modality (will, may, claimed,
 * promised, reported, negated), attribution (the speaker of the clause that holds it, or "according to"),
 * time, quantity and evidence span. Claims about the same event are then merged and disagreements flagged.
 *
 * <pre>
 * Extraction x = ClaimExtractor.bundled().extract(article, analysed, mentions);
 * </pre>
 */
public final class ClaimExtractor {

    private static final Lazy<ClaimExtractor> BUNDLED =
            Lazy.of(() -> new ClaimExtractor(ClaimLexicon.bundled(), Gazetteer.bundled()));

    private final ClaimLexicon lexicon;
    private final Gazetteer gazetteer;
    private final RoleFiller roleFiller;
    private final TimeResolver timeResolver;
    private final EventIdentity identity;
    private final Lazy<Set<String>> triggerLemmas;
    /** {@code roles.beingInPhrases} as lemma lists, split once: every sentence is checked against them. */
    private final Lazy<List<List<String>>> beingInPhrases;

    private final ModalityRules modalityRules;
    private final FrameMatcher frames;
    private final SpeechRules speechRules;
    private final RelativeTimes relativeTimes;
    private final PackageLists packageLists;

    public ClaimExtractor(ClaimLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.roleFiller = new RoleFiller(lexicon, gazetteer);
        this.timeResolver = new TimeResolver(lexicon);
        this.identity = new EventIdentity(lexicon.actorRoles(), lexicon.onceOnly());
        this.triggerLemmas = Lazy.of(lexicon::triggerLemmas);
        this.beingInPhrases = Lazy.of(() -> lexicon.cues().roles.beingInPhrases.stream()
                .map(p -> List.of(p.split(" ")))
                .toList());
        this.modalityRules = new ModalityRules(lexicon, timeResolver);
        this.frames = new FrameMatcher(lexicon, gazetteer, roleFiller, modalityRules);
        this.speechRules = new SpeechRules(lexicon, roleFiller);
        this.relativeTimes = new RelativeTimes(lexicon);
        this.packageLists = new PackageLists(lexicon, roleFiller);
    }

    /**
     * True when a sentence with these lemmas (lower case) can yield a claim that needs its parse: it holds a
     * trigger word of a frame, "be in" or "while in" (being somewhere), or a quotation mark (a quotation's
     * sentences carry attributions). Sentences that
     * fail this are left unparsed by the pipeline, the parser being most of the analysis's cost.
     */
    public boolean needsParse(List<String> lemmas) {
        Set<String> triggers = triggerLemmas.get();
        if (!lexicon.placeFrames().isEmpty()) {
            // "X is in Kyiv", "while in Baghdad": being somewhere named (frames on places, no trigger word)
            for (List<String> phrase : beingInPhrases.get()) {
                if (java.util.Collections.indexOfSubList(lemmas, phrase) >= 0) {
                    return true;
                }
            }
        }
        MentionLexicon.QuotationMarks marks = MentionLexicon.bundled().quotationMarks();
        for (String l : lemmas) {
            // Double marks only: a single one is as often an apostrophe.
            if (triggers.contains(l)
                    || marks.opensDouble(l)
                    || marks.closesDouble(l)
                    || marks.opensPtb(l)
                    || marks.closesPtb(l)) {
                return true;
            }
        }
        return false;
    }

    /** An extractor over the bundled rules and gazetteer. */
    public static ClaimExtractor bundled() {
        return BUNDLED.get();
    }

    public Extraction extract(Article article, AnalyzedText analysed, Mentions mentions) {
        Optional<LocalDate> published = article.published();
        List<Found> found = new ArrayList<>();
        for (Sentence s : analysed.sentences()) {
            found.addAll(sentence(analysed, s, mentions, found, published));
        }
        found.addAll(packageLists.lines(analysed, mentions, found));
        found.addAll(speechRules.quotationStatements(analysed, mentions, found, published));
        found = GroupAccessions.resolve(found, lexicon.cues().roles);
        found.sort(java.util.Comparator.comparingInt((Found f) -> f.sentence.index())
                .thenComparingInt(f -> f.trigger));
        relativeTimes.anchorRelativeTimes(analysed, found);
        relativeTimes.anchorReactions(found);
        relativeTimes.continueReportedDays(found);
        List<Claim> claims = new ArrayList<>();
        for (Found f : found) {
            if (f.suppressed) {
                continue;
            }
            Sentence s = f.sentence;
            f.claim = new Claim(
                    f.event, f.modality, f.attributedTo, s.index(), s.begin(), s.end(), f.frame.id(), f.event.time());
            claims.add(f.claim);
        }
        claims.addAll(OfficeClaims.officeClaims(analysed, mentions, published, found));
        claims.sort(java.util.Comparator.comparingInt(Claim::begin)
                .thenComparingInt(Claim::end)
                .thenComparing(Claim::rule));
        EventMerger merger = new EventMerger(identity, gazetteer);
        List<Event> events = merger.merge(claims);
        new SubEvents(merger).link(claims, events);
        List<Conflict> conflicts =
                new ConflictDetector(identity, merger).detect(claims, events, RelativeTimes.firstSinceMarks(found));
        Map<String, Entity> entities = new LinkedHashMap<>(mentions.entities());
        for (Event e : events) {
            e.roles().values().forEach(es -> es.forEach(x -> entities.putIfAbsent(x.key(), x)));
        }
        Logs.EXTRACT.info(
                "{}: {} claims about {} events, {} conflicts",
                article.source(),
                claims.size(),
                events.size(),
                conflicts.size());
        return new Extraction(article, analysed, entities, events, claims, conflicts);
    }

    private static boolean endsWithColon(Sentence s) {
        List<Token> tokens = s.tokens();
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).text().equals(":");
    }

    // ------------------------------------------------------------------ one sentence

    private List<Found> sentence(
            AnalyzedText a, Sentence s, Mentions mentions, List<Found> earlier, Optional<LocalDate> published) {
        String text = a.text();
        Set<Integer> triggers = new HashSet<>();
        for (Token t : s.tokens()) {
            if (!framesOf(t).isEmpty() && !insideName(s, t.index(), mentions)) {
                triggers.add(t.index());
            }
        }
        Set<Integer> places = placeHeads(s, mentions);
        List<Found> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (triggers.contains(t.index())) {
                for (Frame f : framesOf(t)) {
                    out.addAll(frames.apply(a, s, t.index(), f, mentions, earlier, out));
                }
            }
            if (places.contains(t.index())) {
                for (Frame f : lexicon.placeFrames()) {
                    out.addAll(frames.apply(a, s, t.index(), f, mentions, earlier, out));
                }
            }
        }
        // Times attach to the nearest trigger that fired: a noun like "meeting" that yields nothing does not
        // take the time of the verb it depends on.
        Set<Integer> fired = new HashSet<>();
        out.forEach(f -> fired.add(f.trigger));
        out.removeIf(f -> !complete(a, f, mentions, fired, published));
        mostSpecificPerTrigger(out);
        onePromisePerTrigger(out);
        promiseOverSupportPledged(out);
        pledgeOverPromise(out);
        threatsOverCommitments(s, out);
        oneClaimPerAct(out);
        purposeOfTravel(s, out);
        speechRules.applySpeechScopes(s, out);
        speechRules.applyReporting(s, mentions, out);
        ownSideCommitments(out, mentions, published);
        reportedCommitments(out);
        deniedThreatsAreTheStatement(out);
        sourcesOfNamedReports(out);
        oneStatementPerSpeaker(out);
        return out;
    }

    /**
     * "'We will not give up,' said Kuleba, according to Reuters": the reporting act is the named speaker's; the
     * source it comes through is its attribution, not a second speaker (GUIDE: one entry per reporting act).
     */
    private static void sourcesOfNamedReports(List<Found> inSentence) {
        for (Found source : inSentence) {
            if (source.suppressed || source.scope == null || !source.frame.id().equals("statement.according-to")) {
                continue;
            }
            for (Found report : inSentence) {
                if (report != source
                        && !report.suppressed
                        && report.event.kind() == EventKind.Statement
                        && !report.event.role(Role.speaker).isEmpty()
                        && !report.event.role(Role.speaker).equals(source.event.role(Role.speaker))
                        && source.scope.get(report.trigger)) {
                    report.attributedTo = List.copyOf(source.event.role(Role.speaker));
                    source.suppressed = true;
                }
            }
        }
    }

    /**
     * "'Facilities were damaged,' he said, adding that …", "Condemning the attack, X said: …": two reporting verbs
     * of one speaker in one sentence are one Statement (GUIDE): the one inside what the other reports ("said" in
     * "Condemning the strike, X said …", which the parse may hang below "condemning"), else the one that reports
     * the most.
     */
    private static void oneStatementPerSpeaker(List<Found> inSentence) {
        List<Found> statements = inSentence.stream()
                .filter(f -> !f.suppressed
                        && f.event.kind() == EventKind.Statement
                        && !f.event.role(Role.speaker).isEmpty())
                .toList();
        for (Found a : statements) {
            for (Found b : statements) {
                if (a != b
                        && !a.suppressed
                        && !b.suppressed
                        && a.modality == b.modality
                        && a.event.role(Role.speaker).equals(b.event.role(Role.speaker))
                        && precedes(a, b)) {
                    b.suppressed = true;
                }
            }
        }
    }

    /** True when a is the better report: b is not inside what a reports, and a reports more or b reports a. */
    private static boolean precedes(Found a, Found b) {
        if (a.scope != null && a.scope.get(b.trigger)) {
            return false;
        }
        if (b.scope != null && b.scope.get(a.trigger)) {
            return true;
        }
        return reportedLength(a) >= reportedLength(b);
    }

    private static int reportedLength(Found f) {
        return f.scope == null ? 0 : f.scope.cardinality();
    }

    /**
     * "Kishida told Biden that Japan will double its defense spending", "'We will complete the assessment,'
     * Ichikawa said": what one's own side will do, told by one who speaks for it, commits (GUIDE: a statement
     * committing the speaker to do something); what another will do ("X said China will expand …") is only
     * reported, and a future told by nobody ("Japan will double …") is no promise at all.
     */
    private void ownSideCommitments(List<Found> inSentence, Mentions mentions, Optional<LocalDate> published) {
        inSentence.removeIf(c -> {
            if (!c.frame.conditions().ownSide()) {
                return false;
            }
            Found nearest = nearestReport(inSentence, c);
            if (nearest == null) {
                return true;
            }
            Set<Entity> side = new HashSet<>(nearest.event.role(Role.speaker));
            for (Entity teller : nearest.event.role(Role.speaker)) {
                frames.stateOf(teller, mentions, published).ifPresent(side::add);
            }
            Set<Entity> subjects = c.event.role(Role.speaker);
            if (subjects.isEmpty() || !side.containsAll(subjects)) {
                return true;
            }
            c.event.time(nearest.event.time()); // promised when told; "by 2027" is what is promised
            if (c.event.kind() == EventKind.Warning
                    && !nearest.event.role(Role.speaker).isEmpty()) {
                // "X says Ruritania will deploy missiles on the border if …": the one who tells the threat makes it
                Set<Entity> tellers = Set.copyOf(nearest.event.role(Role.speaker));
                c.event.clear(Role.speaker);
                tellers.forEach(x -> c.event.add(Role.speaker, x));
            }
            return false;
        });
    }

    /**
     * "Biden said U.S. support would continue", "X said our commitment remains ironclad": a statement whose
     * content is a commitment (a promise or threat frame that needs a future, or a commitment named as holding)
     * is one Promise or Warning of the one who states it, not a statement besides (GUIDE: a reporting act that
     * commits is one Promise).
     */
    private static void reportedCommitments(List<Found> inSentence) {
        for (Found commitment : inSentence) {
            if (commitment.suppressed
                    || !(commitment.frame.conditions().requireFuture()
                            || commitment.frame.pos() == Frame.TriggerPos.noun)
                    || !(commitment.event.kind() == EventKind.Promise
                            || commitment.event.kind() == EventKind.Warning)) {
                continue;
            }
            // "White said Mattis emphasized that the U.S. remains committed": the nearest report is the
            // commitment; the outer one stays a statement of what was reported.
            Found nearest = nearestReport(inSentence, commitment);
            if (nearest == null) {
                continue;
            }
            List<Entity> speakers = List.copyOf(nearest.event.role(Role.speaker));
            commitment.event.clear(Role.speaker);
            speakers.forEach(x -> commitment.event.add(Role.speaker, x));
            nearest.suppressed = true;
        }
    }

    /** The innermost statement with a speaker whose reported content holds the act's trigger, or null. */
    private static Found nearestReport(List<Found> inSentence, Found act) {
        Found nearest = null;
        for (Found report : inSentence) {
            if (report != act
                    && !report.suppressed
                    && report.scope != null
                    && report.event.kind() == EventKind.Statement
                    && !report.event.role(Role.speaker).isEmpty()
                    && report.scope.get(act.trigger)
                    && (nearest == null || report.scope.cardinality() < nearest.scope.cardinality())) {
                nearest = report;
            }
        }
        return nearest;
    }

    /**
     * "NATO says it doesn't threaten Russia": a threat denied in what someone says is no warning; the statement
     * that denies it is the one act (GUIDE: one entry per act).
     */
    private static void deniedThreatsAreTheStatement(List<Found> inSentence) {
        inSentence.removeIf(w -> w.event.kind() == EventKind.Warning
                && w.modality == Modality.Negated
                && inSentence.stream()
                        .anyMatch(r -> r != w
                                && !r.suppressed
                                && r.scope != null
                                && r.event.kind() == EventKind.Statement
                                && r.scope.get(w.trigger)));
    }

    /**
     * One act, one claim of its most specific type: when another frame and a plain Statement frame fire on the
     * same trigger ("reaffirmed its commitment" is a Promise, "announced a package" a Pledge), the Statement
     * goes.
     */
    private static void mostSpecificPerTrigger(List<Found> inSentence) {
        Set<Integer> specific = new HashSet<>();
        for (Found f : inSentence) {
            // "announced a package" is the pledge, not also a statement; "told a hearing that X" is a meeting
            // and a statement.
            if (f.event.kind() != EventKind.Statement && !f.frame.conditions().keepsStatement()) {
                specific.add(f.trigger);
            }
        }
        inSentence.removeIf(f -> f.event.kind() == EventKind.Statement && specific.contains(f.trigger));
    }

    /**
     * "X pledged support to rebuild Y" reads as a commitment to support (promise.reaffirm) and as a promise to
     * rebuild (statement.promise): one act of promising, one Promise, the first frame's.
     */
    private static void onePromisePerTrigger(List<Found> inSentence) {
        Set<Integer> promised = new HashSet<>();
        inSentence.removeIf(f -> f.event.kind() == EventKind.Promise && !promised.add(f.trigger));
    }

    /**
     * "Japan pledged continued support to Moldova" reads as a pledge of support and as a promise: one act, one
     * Promise, unless a sum or a thing is given ("pledged $2 billion in support" is the pledge).
     */
    private void promiseOverSupportPledged(List<Found> inSentence) {
        Set<Integer> promised = new HashSet<>();
        inSentence.stream().filter(f -> f.event.kind() == EventKind.Promise).forEach(f -> promised.add(f.trigger));
        inSentence.removeIf(f -> f.event.kind() == EventKind.Pledge
                && promised.contains(f.trigger)
                && f.event.quantity().isEmpty()
                && !f.event.role(Role.item).isEmpty()
                && f.event.role(Role.item).stream()
                        .allMatch(i -> lexicon.cues()
                                .quantity
                                .vagueSupport
                                .contains(i.label().toLowerCase(java.util.Locale.ROOT))));
    }

    /**
     * "X pledged continued assistance to rebuild Y": where a pledge of something given stays on a trigger, a
     * promise read from the same verb is that pledge (GUIDE: a promise of a transfer with an item is a Pledge).
     */
    private static void pledgeOverPromise(List<Found> inSentence) {
        Set<Integer> pledged = new HashSet<>();
        // "Norway offers blankets, heaters and other support": what is given is the act, not also a promise of support
        inSentence.stream().filter(f -> f.event.kind().isTransfer()).forEach(f -> pledged.add(f.trigger));
        inSentence.removeIf(f -> f.event.kind() == EventKind.Promise && pledged.contains(f.trigger));
    }

    /**
     * "We will continue to raise the costs on Russia": a commitment to a threat is the threat (GUIDE: threats of
     * consequences are Warnings, not Promises).
     */
    private static void threatsOverCommitments(Sentence s, List<Found> inSentence) {
        Set<Integer> threats = new HashSet<>();
        inSentence.stream().filter(w -> w.event.kind() == EventKind.Warning).forEach(w -> threats.add(w.trigger));
        // "will continue to hold Russia accountable and support Ukraine" still promises the support.
        inSentence.removeIf(f -> {
            if (f.event.kind() != EventKind.Promise) {
                return false;
            }
            if (threats.contains(f.trigger)) {
                return true; // one act of vowing that threatens: one Warning
            }
            List<Integer> complements = s.dependents(f.trigger).stream()
                    .filter(d -> d.relation().startsWith("xcomp"))
                    .map(Dependency::dependent)
                    .toList();
            if (!complements.isEmpty() && threats.containsAll(complements)) {
                return true;
            }
            // "vowed that the strike would not go unanswered": the vowed clause is the threat
            List<Integer> clauses = s.dependents(f.trigger).stream()
                    .filter(d -> d.relation().equals("ccomp"))
                    .map(Dependency::dependent)
                    .toList();
            return !clauses.isEmpty()
                    && clauses.stream()
                            .allMatch(c -> threats.contains(c)
                                    || s.dependents(c).stream()
                                            .anyMatch(d ->
                                                    d.relation().equals("xcomp") && threats.contains(d.dependent())));
        });
    }

    /**
     * Two frames reading the same act in one sentence ("launched an attack on X": the verb of firing and the
     * noun of attack) give one claim: a claim whose every role is held by an earlier claim of the same kind in
     * the sentence goes, and so does a second reading of the same word as the same kind of act (two frames of
     * one noun may file a place as target or as location). Not for acts of saying: "X said … and added …" are
     * two.
     */
    private static void oneClaimPerAct(List<Found> inSentence) {
        List<Found> kept = new ArrayList<>();
        for (Found f : inSentence) {
            boolean repeats = f.frame.speech().isEmpty()
                    && kept.stream()
                            .anyMatch(k -> k.event.kind() == f.event.kind()
                                    && k.modality == f.modality
                                    && (sameActorsOfOneWord(k, f)
                                            || f.event.roles().entrySet().stream()
                                                    .allMatch(r -> k.event
                                                            .role(r.getKey())
                                                            .containsAll(r.getValue()))));
            if (!repeats) {
                kept.add(f);
            }
        }
        inSentence.retainAll(kept);
    }

    /**
     * Two readings of one word that agree on everything but where the act struck (one frame files "attacks on
     * refineries in Russia" as a target, another as a place); list lines of one announcement differ in their
     * items, calls "with X and with Y" in their participants.
     */
    private static boolean sameActorsOfOneWord(Found a, Found b) {
        if (a.trigger != b.trigger) {
            return false;
        }
        for (Role r : Role.values()) {
            if (r != Role.location && r != Role.target && !a.event.role(r).equals(b.event.role(r))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "X traveled to Kyiv to meet Y": an event in the purpose clause of a visit happens at the visit's
     * destination and time, unless it says otherwise.
     */
    private static void purposeOfTravel(Sentence s, List<Found> inSentence) {
        for (Found f : inSentence) {
            Optional<Dependency> up = s.basicHead(f.trigger);
            if (up.isEmpty()
                    || !(up.get().relation().startsWith("advcl")
                            || up.get().relation().equals("xcomp"))) {
                continue;
            }
            for (Found visit : inSentence) {
                if (visit.trigger != up.get().governor() || visit.event.kind() != EventKind.Visit) {
                    continue;
                }
                if (f.event.role(Role.location).isEmpty()) {
                    visit.event.role(Role.destination).forEach(d -> f.event.add(Role.location, d));
                }
                if (!f.event.time().isResolved()
                        || f.event.time().date().isEmpty()
                                && visit.event.time().date().isPresent()) {
                    f.event.time(visit.event.time());
                }
            }
        }
    }

    /** The head token of each place the sentence names: the one whose governor lies outside the name. */
    private static Set<Integer> placeHeads(Sentence s, Mentions mentions) {
        Set<Integer> out = new HashSet<>();
        for (Mention m : mentions.inSentence(s.index())) {
            if (!m.canFillRole() || !m.entity().type().isPlace()) {
                continue;
            }
            for (int k = m.tokenBegin(); k < m.tokenEnd(); k++) {
                int head = s.basicHead(k).map(Dependency::governor).orElse(-1);
                if (head < m.tokenBegin() || head >= m.tokenEnd()) {
                    out.add(k);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean insideName(Sentence s, int token, Mentions mentions) {
        return mentions.at(s.index(), token).stream()
                .anyMatch(m -> m.kind() == Mention.MentionKind.NAME && m.tokenEnd() - m.tokenBegin() > 1);
    }

    private List<Frame> framesOf(Token t) {
        if (t.isVerb()) {
            return lexicon.verbFrames(t.lowerLemma());
        }
        if (t.isNoun() && !t.isProperNoun()) {
            return lexicon.nounFrames(t.lowerLemma());
        }
        if (t.pos().startsWith("JJ")) {
            return lexicon.adjectiveFrames(t.lowerLemma());
        }
        return List.of();
    }

    /**
     * The tokens of what a statement frame reports (the subtrees of its clausal and prepositional content), none
     * for other frames. Of an object only its clauses ("condemn the attacks that have claimed lives since 2021"):
     * the parse hangs the act's own time on the object as often as not ("signed an agreement on Monday").
     */
    private BitSet reportedWords(Sentence s, int trigger, Frame f) {
        BitSet out = new BitSet();
        f.speech().ifPresent(speech -> {
            for (String rel : speech.content()) {
                if (rel.equals("self")) {
                    continue;
                }
                boolean object = rel.startsWith("obj") || rel.equals("iobj");
                for (int root : roleFiller.follow(s, trigger, rel)) {
                    if (!object) {
                        out.or(s.subtree(root));
                        continue;
                    }
                    for (Dependency d : s.basicDependents(root)) {
                        if (d.relation().startsWith("acl")) {
                            out.or(s.subtree(d.dependent()));
                        }
                    }
                }
            }
        });
        return out;
    }

    /** Time, modality, content and markers of a found event; false when a statement has no content. */
    /**
     * The time of the act that makes a pledge: the verb it is the complement of ("agreed on Sunday to provide")
     * or the verb of saying that reports it ("will send …, the minister said on Thursday").
     */
    private TimeSpec timeOfPledgingAct(
            AnalyzedText a, Sentence s, int t, Set<Integer> triggers, Optional<LocalDate> published) {
        List<Integer> acts = new ArrayList<>();
        int h = t;
        for (int up = 0; up < 2; up++) {
            Optional<Dependency> head = s.basicHead(h);
            if (head.isEmpty()
                    || head.get().governor() < 0
                    || !(head.get().relation().equals("xcomp")
                            || head.get().relation().equals("ccomp")
                            || head.get().relation().equals("parataxis"))) {
                break;
            }
            h = head.get().governor();
            acts.add(h);
        }
        for (Dependency d : s.dependents(t)) {
            // the parse hangs a trailing "…, X said on Thursday" as parataxis, or loose (dep)
            if ((d.relation().equals("parataxis") || d.relation().equals("dep"))
                    && s.token(d.dependent()).isVerb()) {
                acts.add(d.dependent());
            }
        }
        for (int act : acts) {
            Set<Integer> owners = new HashSet<>(triggers);
            owners.add(act);
            owners.add(t);
            TimeSpec time = timeResolver.resolve(a.text(), s, act, owners, published);
            if (time.date().isPresent() && !time.expression().isEmpty()) {
                return time;
            }
        }
        return TimeSpec.NONE;
    }

    private boolean complete(
            AnalyzedText a, Found found, Mentions mentions, Set<Integer> triggers, Optional<LocalDate> published) {
        Sentence s = found.sentence;
        int t = found.trigger;
        Frame f = found.frame;
        Event e = found.event;
        EventKind kind = e.kind();
        BitSet notItsTime = reportedWords(s, t, f);
        if (f.timeRole() == Frame.TimeRole.own) {
            BitSet outside = new BitSet();
            outside.set(0, s.tokens().size());
            outside.andNot(s.subtree(t));
            notItsTime.or(outside);
        }
        TimeSpec time = timeResolver.resolve(a.text(), s, t, triggers, published, notItsTime);
        if (f.timeRole() == Frame.TimeRole.delivery && kind == EventKind.Pledge) {
            e.delivery(time);
        } else if (f.timeRole() == Frame.TimeRole.none) {
            e.time(time.expression().isEmpty() ? TimeSpec.NONE : time);
        } else {
            e.time(time);
        }
        boolean onlyDefaultBound = e.time().statesNoTime();
        boolean saying = kind == EventKind.Statement || kind == EventKind.Warning || kind == EventKind.Promise;
        // A pledge the text itself makes or reports as made ("will provide", "is announcing", "has decided to
        // provide"), not one told in the simple past.
        boolean pledgedNow = kind == EventKind.Pledge && !s.token(t).pos().equals("VBD");
        if ((saying || pledgedNow)
                && onlyDefaultBound
                && found.announcement == null
                && published.isPresent()
                && s.dependents(t).stream()
                        .noneMatch(d -> d.relation().equals("advmod")
                                && lexicon.cues()
                                        .time
                                        .frequency
                                        .contains(s.token(d.dependent()).lowerLemma()))) {
            // News reports what was said without a time on the day it reports, whatever the tense of the
            // reporting verb, and a package on the day it is announced (GUIDE, "Time"): the day the act of
            // pledging has ("agreed on Sunday to provide", "will send …, the minister said on Thursday").
            TimeSpec act = pledgedNow ? timeOfPledgingAct(a, s, t, triggers, published) : TimeSpec.NONE;
            e.time(act.date().isPresent() ? act : TimeSpec.on(TimePoint.day(published.get()), ""));
        }
        if (found.announcement != null) {
            // A package's contents were given when it was announced, by whoever announced it (GUIDE).
            if (onlyDefaultBound) {
                e.time(found.announcement.event.time());
            }
            if (found.attributedTo.isEmpty()) {
                found.attributedTo = found.announcement.attributedTo;
            }
        }
        found.modality = modalityRules.modality(s, t, f, kind, e, published);
        if (found.modality == Modality.Asserted
                && !saying
                && timeResolver.tense(s, t) != TimeResolver.Tense.PAST
                && published.isPresent()
                && e.time().earliest().map(d -> d.isAfter(published.get())).orElse(false)) {
            // "are the others to become members in 2024", written in 2023: what is dated after the day the text
            // was published has not happened; it is planned.
            found.modality = Modality.Planned;
        }
        if (found.referent != null) {
            // "the visit is important for X": the event referred to keeps its own date and footing (a visit
            // planned stays planned) unless this sentence gives its own.
            if (onlyDefaultBound) {
                e.time(found.referent.event.time());
            }
            if (found.modality == Modality.Asserted) {
                found.modality = found.referent.modality;
            }
        }
        if (f.speech().isPresent()) {
            speechRules.speech(a.text(), s, t, f.speech().get(), found, mentions);
            if (e.content().isEmpty()
                    && endsWithColon(s)
                    && s.index() + 1 < a.sentences().size()) {
                // "Foreign Secretary X said:", "Y provided the following readout:": what was said follows.
                Sentence next = a.sentences().get(s.index() + 1);
                e.content(a.text().substring(next.begin(), next.end()).strip());
            }
            if (e.content().isEmpty()) {
                return false; // A statement whose words cannot be found says nothing checkable.
            }
        }
        e.only(modalityRules.hasOnly(s, t));
        relativeTimes.firstSince(a.text(), s, t, found);
        return true;
    }
}

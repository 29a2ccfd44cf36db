package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.claimgraph.ingest.Article;
import org.claimgraph.mention.Entity;
import org.claimgraph.mention.EntityType;
import org.claimgraph.mention.Gazetteer;
import org.claimgraph.mention.Mention;
import org.claimgraph.mention.Mentions;
import org.claimgraph.mention.Title;
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
    /** A TIMEX3 duration of one unit: P3D, P2W, P6M, P1Y. */
    private static final java.util.regex.Pattern ISO_PERIOD = java.util.regex.Pattern.compile("P(\\d+)([DWMY])");

    private static final Lazy<ClaimExtractor> BUNDLED =
            Lazy.of(() -> new ClaimExtractor(ClaimLexicon.bundled(), Gazetteer.bundled()));

    private final ClaimLexicon lexicon;
    private final Gazetteer gazetteer;
    private final RoleFiller roleFiller;
    private final TimeResolver timeResolver;
    private final EventIdentity identity;

    public ClaimExtractor(ClaimLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.roleFiller = new RoleFiller(lexicon);
        this.timeResolver = new TimeResolver(lexicon);
        this.identity = new EventIdentity(lexicon.actorRoles(), lexicon.onceOnly());
    }

    /** An extractor over the bundled rules and gazetteer. */
    public static ClaimExtractor bundled() {
        return BUNDLED.get();
    }

    /** A frame that fired on a trigger, with everything known before merging. */
    private static final class Found {
        final Frame frame;
        final Sentence sentence;
        final int trigger;
        final Event event;
        Modality modality = Modality.Asserted;
        List<Entity> attributedTo = List.of();
        BitSet scope;
        boolean suppressed;
        int sinceToken = -1;
        boolean wartime;
        Claim claim;

        Found(Frame frame, Sentence sentence, int trigger, Event event) {
            this.frame = frame;
            this.sentence = sentence;
            this.trigger = trigger;
            this.event = event;
        }
    }

    /** Extracts, merges and checks the claims of one analysed article. */
    public Extraction extract(Article article, AnalyzedText analysed, Mentions mentions) {
        Optional<LocalDate> published = article.published();
        List<Found> found = new ArrayList<>();
        for (Sentence s : analysed.sentences()) {
            found.addAll(sentence(analysed, s, mentions, found, published));
        }
        found.addAll(quotationStatements(analysed, mentions, found, published));
        found.sort(java.util.Comparator.comparingInt((Found f) -> f.sentence.index())
                .thenComparingInt(f -> f.trigger));
        anchorRelativeTimes(analysed, found);
        anchorReactions(found);
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
        claims.addAll(officeClaims(mentions, published));
        claims.sort(java.util.Comparator.comparingInt(Claim::begin)
                .thenComparingInt(Claim::end)
                .thenComparing(Claim::rule));
        EventMerger merger = new EventMerger(identity, gazetteer);
        List<Event> events = merger.merge(claims);
        new SubEvents(merger).link(claims, events);
        List<Conflict> conflicts =
                new ConflictDetector(identity, merger).detect(claims, events, firstSinceMarks(found));
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
        List<Found> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (!triggers.contains(t.index())) {
                continue;
            }
            for (Frame f : framesOf(t)) {
                apply(a, s, t.index(), f, mentions, earlier, out).ifPresent(out::add);
            }
        }
        // Times attach to the nearest trigger that fired: a noun like "meeting" that yields nothing does not
        // take the time of the verb it depends on.
        Set<Integer> fired = new HashSet<>();
        out.forEach(f -> fired.add(f.trigger));
        out.removeIf(f -> !complete(a, f, mentions, fired, published));
        purposeOfTravel(s, out);
        applySpeechScopes(s, out);
        applyReporting(s, mentions, out);
        return out;
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

    private List<Frame> framesOf(Token t) {
        if (t.isVerb()) {
            return lexicon.verbFrames(t.lowerLemma());
        }
        if (t.isNoun() && !t.isProperNoun()) {
            return lexicon.nounFrames(t.lowerLemma());
        }
        return List.of();
    }

    private static boolean insideName(Sentence s, int token, Mentions mentions) {
        return mentions.at(s.index(), token).stream()
                .anyMatch(m -> m.kind() == Mention.MentionKind.NAME && m.tokenEnd() - m.tokenBegin() > 1);
    }

    /** A frame on a trigger: its roles, or nothing when a required role stays empty. */
    private Optional<Found> apply(
            AnalyzedText a,
            Sentence s,
            int t,
            Frame f,
            Mentions mentions,
            List<Found> earlier,
            List<Found> sameSentence) {
        if (f.conditions().context().isPresent()
                && s.governors(t).stream()
                        .noneMatch(d -> d.governor() >= 0
                                && s.token(d.governor())
                                        .lowerLemma()
                                        .equals(f.conditions().context().get()))) {
            return Optional.empty();
        }
        for (Map.Entry<String, Set<String>> need :
                f.conditions().requireDependent().entrySet()) {
            List<Integer> dependents = roleFiller.follow(s, t, need.getKey());
            boolean any = need.getValue().isEmpty() && !dependents.isEmpty();
            if (!any
                    && dependents.stream()
                            .noneMatch(o -> need.getValue().contains(s.token(o).lowerLemma()))) {
                return Optional.empty();
            }
        }
        if (f.conditions().particle().isPresent()
                && s.dependents(t).stream()
                        .noneMatch(d -> d.relation().startsWith("compound:prt")
                                        && s.token(d.dependent())
                                                .lowerLemma()
                                                .equals(f.conditions()
                                                        .particle()
                                                        .get())
                                || d.relation().equals("advmod")
                                        && s.token(d.dependent())
                                                .lowerLemma()
                                                .equals(f.conditions()
                                                        .particle()
                                                        .get()))) {
            return Optional.empty();
        }
        if (f.conditions().requireFuture() && !isFutureOrIntended(s, t) && !isCommitted(s, t)) {
            return Optional.empty();
        }
        if (f.conditions().objectIsPeople()
                && roleFiller.follow(s, t, "obj").stream().anyMatch(o -> !isPeople(s, o, mentions))) {
            return Optional.empty();
        }
        if (f.conditions().clauseOnly()
                && roleFiller.follow(s, t, "ccomp").isEmpty()
                && roleFiller.follow(s, t, "xcomp").isEmpty()) {
            return Optional.empty();
        }
        boolean intended = isFutureOrIntended(s, t);
        EventKind kind = intended && f.future().isPresent() ? f.future().get() : f.event();
        Event e = new Event(kind);
        fillRoles(a.text(), s, t, f, e, mentions);
        if (s.token(t).isVerb()) {
            surfaceFallback(a.text(), s, t, f, e, mentions);
        }
        if (kind.isTransfer()) {
            statesOfLeaders(e, Role.donor, mentions, a.documentDate());
        } else if (kind == EventKind.MilitaryAction || kind == EventKind.Invasion) {
            statesOfLeaders(e, Role.agent, mentions, a.documentDate());
        }
        for (Map.Entry<Frame.Implicit, List<Role>> imp : implicitByStrategy(f).entrySet()) {
            for (Role r : imp.getValue()) {
                if (e.role(r).isEmpty()) {
                    implicit(imp.getKey(), r, s, t, e, mentions, earlier, sameSentence);
                }
            }
        }
        for (Role r : f.roles().require()) {
            if (e.role(r).isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(new Found(f, s, t, e));
    }

    /** Time, modality, content and markers of a found event; false when a statement has no content. */
    private boolean complete(
            AnalyzedText a, Found found, Mentions mentions, Set<Integer> triggers, Optional<LocalDate> published) {
        Sentence s = found.sentence;
        int t = found.trigger;
        Frame f = found.frame;
        Event e = found.event;
        EventKind kind = e.kind();
        TimeSpec time = timeResolver.resolve(a.text(), s, t, triggers, published);
        if (f.timeRole() == Frame.TimeRole.delivery && kind == EventKind.Pledge) {
            e.delivery(time);
        } else {
            e.time(time);
        }
        boolean onlyDefaultBound = e.time().date().isEmpty()
                && e.time().notBefore().isEmpty()
                && e.time().expression().isEmpty();
        boolean commitmentNow = f.conditions().requireFuture() && e.time().isEmpty();
        if (f.speech().isPresent()
                && onlyDefaultBound
                && (s.token(t).pos().equals("VBD") || commitmentNow)
                && published.isPresent()
                && s.dependents(t).stream()
                        .noneMatch(d -> d.relation().equals("advmod")
                                && lexicon.cues()
                                        .time
                                        .frequency
                                        .contains(s.token(d.dependent()).lowerLemma()))) {
            // News reports what was said without a time on the day it reports: "X said" is dated to publication,
            // and so is a commitment the text itself makes ("we will continue to ...").
            e.time(TimeSpec.on(TimePoint.day(published.get()), ""));
        }
        found.modality = modality(s, t, f, kind, e, published);
        if (f.speech().isPresent()) {
            speech(a.text(), s, t, f.speech().get(), found, mentions);
            if (e.content().isEmpty()) {
                return false; // A statement whose words cannot be found says nothing checkable.
            }
        }
        e.only(hasOnly(s, t));
        firstSince(a.text(), s, t, found);
        return true;
    }

    private static Map<Frame.Implicit, List<Role>> implicitByStrategy(Frame f) {
        Map<Frame.Implicit, List<Role>> out = new LinkedHashMap<>();
        f.roles()
                .implicit()
                .forEach((role, how) ->
                        out.computeIfAbsent(how, k -> new ArrayList<>()).add(role));
        return out;
    }

    private void fillRoles(String text, Sentence s, int t, Frame f, Event e, Mentions mentions) {
        for (Map.Entry<Role, List<String>> spec : f.roles().paths().entrySet()) {
            Role role = spec.getKey();
            for (String path : spec.getValue()) {
                if (path.startsWith("^") && !e.role(role).isEmpty()) {
                    continue; // Climbing to a governor is a fallback, not an addition.
                }
                for (int k : roleFiller.follow(s, t, path)) {
                    if (role == Role.item) {
                        roleFiller.itemAt(text, s, k, mentions).ifPresent(item -> {
                            e.add(Role.item, item.entity());
                            if (e.quantity().isEmpty() && item.quantity().isPresent()) {
                                e.quantity(item.quantity().get(), item.qualifier());
                            }
                            if (e.itemDescription().isEmpty()) {
                                e.itemDescription(item.description());
                            }
                        });
                    } else {
                        for (Entity x : roleFiller.actorsAt(s, k, role, mentions)) {
                            if (!alreadyInOtherRole(e, role, x)) {
                                e.add(role, x);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * When the parse lost a verb's subject (the frame's first role) or a giving verb's items, read them off
     * the surface of the clause.
     */
    private void surfaceFallback(String text, Sentence s, int t, Frame f, Event e, Mentions mentions) {
        Role subject = f.roleOrder().get(0);
        if (e.role(subject).isEmpty()) {
            roleFiller.surfaceSubject(s, t, subject, mentions).forEach(x -> e.add(subject, x));
        } else if (f.speech().isPresent()
                && e.role(subject).stream().noneMatch(x -> x.type() == org.claimgraph.mention.EntityType.PERSON)) {
            // "…founded the Organization, President X said": the parse took the organization as the subject,
            // but the person right before the verb of saying is the one who speaks.
            List<Entity> adjacent = roleFiller.surfaceSubject(s, t, subject, mentions).stream()
                    .filter(x -> x.type() == org.claimgraph.mention.EntityType.PERSON)
                    .toList();
            if (!adjacent.isEmpty()) {
                e.clear(subject);
                adjacent.forEach(x -> e.add(subject, x));
            }
        }
        if (e.kind().isTransfer()
                && e.role(Role.item).isEmpty()
                && !e.role(Role.donor).isEmpty()) {
            for (RoleFiller.ItemPhrase item : roleFiller.itemsAfter(text, s, t, mentions)) {
                e.add(Role.item, item.entity());
            }
        }
    }

    private boolean isPeople(Sentence s, int token, Mentions mentions) {
        return mentions.at(s.index(), token).stream()
                        .anyMatch(m -> m.entity().type().isActor())
                || lexicon.cues().roles.meetingObjects.contains(s.token(token).lowerLemma());
    }

    /**
     * A head of state or government gives and wages war for the state: "President X approved a package"
     * makes the state a donor too, when the text or the gazetteer (at the publication date) gives X that
     * office.
     */
    private void statesOfLeaders(Event e, Role role, Mentions mentions, Optional<LocalDate> published) {
        Set<String> heads = lexicon.cues().roles.headOffices;
        for (Entity donor : List.copyOf(e.role(role))) {
            if (donor.type() != org.claimgraph.mention.EntityType.PERSON) {
                continue;
            }
            for (Title t : mentions.titles()) {
                if (t.holder().entity().equals(donor) && !t.former() && heads.contains(t.office())) {
                    t.officeOf()
                            .filter(c -> c.type() == org.claimgraph.mention.EntityType.COUNTRY)
                            .ifPresent(c -> e.add(role, c));
                }
            }
            for (Gazetteer.Position p : gazetteer.positions()) {
                if (p.holderKey().equals(donor.key())
                        && heads.contains(p.office())
                        && published.isPresent()
                        && p.heldOn(published.get())) {
                    p.officeOfKey()
                            .flatMap(gazetteer::entity)
                            .filter(c -> c.type() == org.claimgraph.mention.EntityType.COUNTRY)
                            .ifPresent(c -> e.add(role, c));
                }
            }
        }
    }

    /** One entity plays one part: the obj that is the recipient is not also a destination or a forum. */
    private static boolean alreadyInOtherRole(Event e, Role role, Entity x) {
        for (Map.Entry<Role, Set<Entity>> r : e.roles().entrySet()) {
            if (r.getKey() != role && r.getValue().contains(x)) {
                return true;
            }
        }
        return false;
    }

    private void implicit(
            Frame.Implicit how,
            Role role,
            Sentence s,
            int t,
            Event e,
            Mentions mentions,
            List<Found> earlier,
            List<Found> sameSentence) {
        switch (how) {
            case focus -> {
                Map<Entity, Integer> counts = new LinkedHashMap<>();
                for (Mention m : mentions.all()) {
                    boolean before = m.sentence() < s.index() || (m.sentence() == s.index() && m.tokenEnd() <= t);
                    if (before && m.canFillRole() && role.accepts(m.entity().type())) {
                        counts.merge(m.entity(), 1, Integer::sum);
                    }
                }
                counts.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(x -> e.add(role, x.getKey()));
            }
            case other_country -> {
                Set<Entity> taken = new HashSet<>();
                e.roles().values().forEach(taken::addAll);
                for (Mention m : mentions.inSentence(s.index())) {
                    if (m.canFillRole()
                            && m.entity().type() == EntityType.COUNTRY
                            && !taken.contains(m.entity())
                            && role.accepts(m.entity().type())) {
                        e.add(role, m.entity());
                        return;
                    }
                }
            }
            case previous_event -> {
                List<Found> candidates = new ArrayList<>(earlier);
                candidates.addAll(sameSentence);
                for (int i = candidates.size() - 1; i >= 0; i--) {
                    Found prev = candidates.get(i);
                    if (s.index() - prev.sentence.index() > 2) {
                        break;
                    }
                    if (prev.event.kind().isTransfer() && !prev.event.role(role).isEmpty()) {
                        prev.event.role(role).forEach(x -> e.add(role, x));
                        return;
                    }
                }
            }
            default -> throw new IllegalStateException(how.name());
        }
    }

    // ------------------------------------------------------------------ modality

    private boolean isFutureOrIntended(Sentence s, int t) {
        if (timeResolver.tense(s, t) == TimeResolver.Tense.FUTURE) {
            return true;
        }
        return s.governors(t).stream()
                .anyMatch(d -> d.relation().equals("xcomp")
                        && d.governor() >= 0
                        && lexicon.cues()
                                .modality
                                .intention
                                .contains(s.token(d.governor()).lowerLemma()));
    }

    /** "agreed to ensure", "remains committed to helping", "commitment to continue": a commitment. */
    private boolean isCommitted(Sentence s, int t) {
        for (Dependency d : s.governors(t)) {
            if (d.governor() < 0) {
                continue;
            }
            String g = s.token(d.governor()).lowerLemma();
            if ((d.relation().equals("xcomp")
                            || d.relation().startsWith("advcl")
                            || d.relation().startsWith("acl"))
                    && lexicon.cues().modality.commitment.contains(g)) {
                return true;
            }
        }
        return false;
    }

    private Modality modality(Sentence s, int t, Frame f, EventKind kind, Event e, Optional<LocalDate> published) {
        ClaimLexicon.ModalityCues cues = lexicon.cues().modality;
        for (Dependency d : s.dependents(t)) {
            String w = s.token(d.dependent()).text().toLowerCase(Locale.ROOT);
            if ((d.relation().equals("advmod") || d.relation().equals("neg")) && cues.negation.contains(w)) {
                return Modality.Negated;
            }
        }
        for (Dependency d : s.dependents(t)) {
            String w = s.token(d.dependent()).text().toLowerCase(Locale.ROOT);
            if (d.relation().startsWith("aux") && cues.possible.contains(w)) {
                return Modality.Possible;
            }
            if (d.relation().equals("mark") && cues.conditional.contains(w)) {
                return Modality.Possible;
            }
            if (d.relation().equals("amod") && (w.equals("possible") || w.equals("potential"))) {
                return Modality.Possible;
            }
            if (d.relation().equals("amod")
                    && (cues.intention.contains(s.token(d.dependent()).lowerLemma())
                            || w.equals("upcoming")
                            || w.equals("planned"))) {
                return Modality.Planned;
            }
        }
        if (f.speech().isPresent()) {
            // A commitment frame is future by definition; a future verb of saying ("will say") is planned.
            return isFutureOrIntended(s, t) && !f.conditions().requireFuture()
                    ? Modality.Planned
                    : f.speech().get().modality();
        }
        if (isFutureOrIntended(s, t)) {
            // A future giving is a pledge that has been made: the pledge itself is asserted.
            return kind != f.event() ? Modality.Asserted : Modality.Planned;
        }
        if (timeResolver.tense(s, t) == TimeResolver.Tense.PRESENT
                && published.isPresent()
                && e.time().earliest().map(d -> d.isAfter(published.get())).orElse(false)) {
            return Modality.Planned;
        }
        return Modality.Asserted;
    }

    private boolean hasOnly(Sentence s, int t) {
        return s.dependents(t).stream()
                .anyMatch(d -> d.relation().equals("advmod")
                        && lexicon.cues()
                                .modality
                                .only
                                .contains(s.token(d.dependent()).lowerLemma()));
    }

    // ------------------------------------------------------------------ statements

    private void speech(String text, Sentence s, int t, Frame.Speech speech, Found found, Mentions mentions) {
        int[] span = contentSpan(s, t, speech);
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
    private int[] contentSpan(Sentence s, int t, Frame.Speech speech) {
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
        while (from < to && isContentOpener(s.token(from))) {
            from++;
        }
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

    private static boolean isContentOpener(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.equals("that") || w.equals(",") || w.equals(":") || t.pos().equals("IN") && w.equals("against");
    }

    private static boolean isOpeningQuote(Token t) {
        return t.text().equals("“") || t.text().equals("\"") || t.text().equals("‘");
    }

    private static boolean isClosingPunctuation(Token t) {
        return t.pos().equals(".") || isQuoteMark(t) || t.text().equals(")");
    }

    private static boolean isQuoteMark(Token t) {
        return t.text().equals("”")
                || t.text().equals("\"")
                || t.text().equals("’")
                || t.text().equals("'");
    }

    private static boolean hasQuote(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = s.token(i).text();
            if (w.equals("“") || w.equals("\"")) {
                return true;
            }
        }
        return false;
    }

    /** Direct quotations, verbatim between their quotation marks. */
    static List<String> quotes(String content) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < content.length()) {
            int open = content.indexOf('“', i);
            int close = open < 0 ? -1 : content.indexOf('”', open + 1);
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

    /** Events inside what someone says take the speaker's attribution and the verb's modality. */
    private void applySpeechScopes(Sentence s, List<Found> inSentence) {
        for (Found speech : inSentence) {
            if (speech.scope == null) {
                continue;
            }
            Frame.Speech sp = speech.frame.speech().orElseThrow();
            for (Found inner : inSentence) {
                if (inner == speech || !speech.scope.get(inner.trigger)) {
                    continue;
                }
                if (sp.suppressInner()) {
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
    private void applyReporting(Sentence s, Mentions mentions, List<Found> inSentence) {
        ClaimLexicon.ModalityCues cues = lexicon.cues().modality;
        List<Entity> accordingTo = accordingTo(s, mentions);
        for (Found f : inSentence) {
            if (f.frame.speech().isPresent()) {
                continue;
            }
            int h = f.trigger;
            for (int guard = 0; guard < s.tokens().size() && h >= 0; guard++) {
                int hh = h;
                Optional<Dependency> up = s.basicHead(hh);
                if (up.isEmpty() || up.get().governor() < 0) {
                    break;
                }
                int g = up.get().governor();
                if (cues.reportVerbs.contains(s.token(g).lowerLemma())
                        && s.dependents(g).stream()
                                .anyMatch(d -> d.relation().startsWith("nsubj")
                                        && cues.reportSources.contains(
                                                s.token(d.dependent()).lowerLemma()))) {
                    if (f.modality == Modality.Asserted) {
                        f.modality = Modality.Reported;
                    }
                    break;
                }
                h = g;
            }
            if (!accordingTo.isEmpty() && f.attributedTo.isEmpty()) {
                f.attributedTo = accordingTo;
                if (f.modality == Modality.Asserted) {
                    f.modality = Modality.Reported;
                }
            }
        }
    }

    private static List<Entity> accordingTo(Sentence s, Mentions mentions) {
        for (int i = 0; i + 2 < s.tokens().size(); i++) {
            if (s.token(i).lowerLemma().equals("accord")
                    && s.token(i + 1).text().equalsIgnoreCase("to")) {
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
     * Sentences of a quotation that runs over several sentences become statements of its speaker, as the
     * sentence with the verb of saying does; events inside them are attributed to the speaker.
     */
    private List<Found> quotationStatements(
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
                e.quotes().addAll(quotes(content.startsWith("\u201C") ? content : "\u201C" + content + "\u201D"));
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
                out.add(f);
            }
        }
        return out;
    }

    private static boolean overlapsQuote(Found f, org.claimgraph.mention.Quotation q) {
        Sentence s = f.sentence;
        int from = s.token(f.scope.nextSetBit(0)).begin();
        int to = s.token(f.scope.length() - 1).end();
        return from < q.end() && to > q.begin();
    }

    // ------------------------------------------------------------------ "first since"

    private void firstSince(String text, Sentence s, int t, Found found) {
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
    private static Map<Claim, ConflictDetector.Since> firstSinceMarks(List<Found> found) {
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
    private void anchorRelativeTimes(AnalyzedText a, List<Found> found) {
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
            if (period.isEmpty() || !(direction.equals("after") || direction.equals("before"))) {
                continue;
            }
            int anchorToken = s.basicHead(unit).map(Dependency::governor).orElse(-1);
            Optional<TimePoint> anchorDate = anchorDate(s, anchorToken, f, found);
            if (anchorDate.isEmpty()) {
                continue;
            }
            LocalDate base = anchorDate.get().first();
            LocalDate d = direction.equals("after") ? base.minus(period.get()) : base.plus(period.get());
            String words =
                    s.text(a.text(), duration.get().tokenBegin(), duration.get().tokenEnd()) + " " + direction;
            f.event.time(TimeSpec.on(TimePoint.day(d), words));
        }
    }

    /**
     * "X quickly condemned": an undated reaction happens right after the last event reported before it with a
     * known day.
     */
    private void anchorReactions(List<Found> found) {
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

    private static Optional<TimePoint> anchorDate(Sentence s, int anchorToken, Found self, List<Found> found) {
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

    private static Optional<java.time.Period> period(String value) {
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

    // ------------------------------------------------------------------ offices

    private List<Claim> officeClaims(Mentions mentions, Optional<LocalDate> published) {
        List<Claim> out = new ArrayList<>();
        for (Title t : mentions.titles()) {
            Event e = new Event(EventKind.OfficeHolding);
            if (!e.add(Role.holder, t.holder().entity())) {
                continue;
            }
            t.officeOf().ifPresent(o -> e.add(Role.officeOf, o));
            e.office(t.office(), t.former());
            TimeSpec time = published
                    .map(p -> t.former()
                            ? TimeSpec.bounded(Optional.empty(), Optional.of(TimePoint.day(p)), "")
                            : TimeSpec.on(TimePoint.day(p), ""))
                    .orElse(TimeSpec.NONE);
            e.time(time);
            String rule = t.holder().kind() == Mention.MentionKind.ROLE ? "office.role-description" : "office.title";
            out.add(new Claim(e, Modality.Asserted, List.of(), t.sentence(), t.begin(), t.end(), rule, time));
        }
        return out;
    }
}

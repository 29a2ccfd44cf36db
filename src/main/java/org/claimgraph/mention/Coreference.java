package org.claimgraph.mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.analyze.AnalyzedText;
import org.claimgraph.analyze.Dependency;
import org.claimgraph.analyze.Sentence;
import org.claimgraph.analyze.Token;
import org.claimgraph.mention.Mention.MentionKind;
import org.claimgraph.mention.MentionFinder.OfficeSpan;
import org.claimgraph.mention.MentionFinder.RankHolder;

/**
 * Resolves what refers back: pronouns to the last compatible person (or, for "they", to the speakers of
 * the clause that holds it), role descriptions ("the White House spokesperson") to the holder the text or the
 * gazetteer gives, definite descriptions ("the bloc", "the Baltic state") to the entity in focus,
 * and capitals used for their state ("Warsaw’s response") to that state.
 */
/*package*/ final class Coreference {
    private static final int PRONOUN_WINDOW_SENTENCES = 2;
    /** Relations by which a name hangs from the noun it names ("minister" of "minister Annalena Baerbock"). */
    private static final Set<String> NAME_OF_A_NOUN = Set.of("appos", "dep", "compound", "flat");

    private static final int MAX_DESCRIPTION_MODIFIERS = 5;

    private final Gazetteer gazetteer;
    private final MentionLexicon lexicon;

    Coreference(Gazetteer gazetteer, MentionLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /**
     * First-person pronouns: inside a quotation, its speaker; outside, the author the title names, or for "we"
     * the publisher of a release that names none. Left unresolved when none is known.
     */
    List<Mention> firstPerson(
            AnalyzedText a,
            List<Mention> known,
            List<Quotation> quotations,
            Optional<Entity> author,
            Optional<Entity> publisher) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                if (!t.pos().startsWith("PRP")
                        || !MentionLexicon.isFirstPerson(lexicon.pronoun(t.text()))
                        || covered(known, s.index(), t.index())) {
                    continue;
                }
                Optional<Entity> who =
                        author.isPresent() || !lexicon.pronoun(t.text()).equals("first-plural") ? author : publisher;
                boolean quoted = false;
                for (Quotation q : quotations) {
                    if (q.contains(t.begin(), t.end())) {
                        who = q.speaker();
                        quoted = true;
                    }
                }
                if (!quoted) {
                    Optional<Entity> teller = unquotedTeller(s, t.index(), known);
                    if (teller.isPresent()) {
                        who = teller;
                    }
                }
                who.ifPresent(e ->
                        out.add(MentionFinder.mention(a.text(), s, t.index(), t.index() + 1, e, MentionKind.PRONOUN)));
            }
        }
        return out;
    }

    /**
     * "Our commitment remains ironclad, Austin said": words told without quotation marks, the teller after them
     * in a parataxis of the clause; the one named as its subject speaks the first person of that clause.
     */
    private Optional<Entity> unquotedTeller(Sentence s, int pronoun, List<Mention> known) {
        int root = pronoun;
        for (int guard = 0; guard < s.tokens().size(); guard++) {
            Optional<Dependency> head = s.basicHead(root);
            if (head.isEmpty() || head.get().governor() < 0) {
                break;
            }
            root = head.get().governor();
        }
        for (Dependency d : s.dependents(root)) {
            if (!d.relation().equals("parataxis")
                    || d.dependent() < pronoun
                    || !lexicon.isSpeechVerb(s.token(d.dependent()).lemma())) {
                continue;
            }
            List<Entity> tellers = subjectEntities(s, d.dependent(), known);
            if (tellers.size() == 1) {
                return Optional.of(tellers.get(0));
            }
        }
        return Optional.empty();
    }

    /** All mentions, resolved: the given ones (capitals possibly retargeted) plus the references found. */
    List<Mention> resolve(
            AnalyzedText analysed,
            List<Mention> named,
            List<OfficeSpan> offices,
            List<Title> titles,
            List<RankHolder> ranks) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : named) {
            out.add(metonymy(analysed, m, named));
        }
        out.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::tokenBegin));
        Map<Entity, String> genders = new HashMap<>();
        for (Sentence s : analysed.sentences()) {
            List<Mention> found = new ArrayList<>();
            for (Token t : s.tokens()) {
                if (covered(found, s.index(), t.index())) {
                    continue;
                }
                if (covered(out, s.index(), t.index())) {
                    if (opensName(out, s.index(), t)) {
                        // "the Pentagon spokesperson": the gazetteer's "the Pentagon" opens a role description.
                        description(analysed, s, t.index(), out, offices, titles, ranks).stream()
                                .filter(m -> m.kind() == MentionKind.ROLE)
                                .forEach(found::add);
                    }
                    continue;
                }
                String pronoun = t.pos().startsWith("PRP") ? lexicon.pronoun(t.text()) : null;
                if (pronoun != null && !MentionLexicon.isFirstPerson(pronoun)) {
                    found.addAll(pronoun(analysed, s, t, pronoun, out, genders));
                } else if (t.pos().equals("DT") && lexicon.isDefiniteDeterminer(t.text())) {
                    found.addAll(description(analysed, s, t.index(), out, offices, titles, ranks));
                }
            }
            out.addAll(found);
            out.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::tokenBegin));
        }
        return out;
    }

    /** True when a definite determiner is the first word of a name ("the Pentagon", "the Kremlin"). */
    private boolean opensName(List<Mention> mentions, int sentence, Token t) {
        return t.pos().equals("DT")
                && lexicon.isDefiniteDeterminer(t.text())
                && mentions.stream()
                        .anyMatch(m -> m.sentence() == sentence
                                && m.tokenBegin() == t.index()
                                && m.tokenEnd() > t.index() + 1);
    }

    private static boolean covered(List<Mention> mentions, int sentence, int token) {
        for (Mention m : mentions) {
            if (m.covers(sentence, token)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- pronouns

    private List<Mention> pronoun(
            AnalyzedText a, Sentence s, Token t, String kind, List<Mention> known, Map<Entity, String> genders) {
        String text = a.text();
        if (kind.equals("plural")) {
            List<Entity> group = speakersGoverning(s, t.index(), known);
            if (group.size() == 1 && group.get(0).type() == EntityType.PERSON) {
                group = List.of(); // "they agreed …, White said": one person is not "they"
            }
            if (group.isEmpty()) {
                group = lastSubjectGroup(a, s, t.index(), known);
            }
            List<Mention> out = new ArrayList<>();
            for (Entity e : group) {
                out.add(MentionFinder.mention(text, s, t.index(), t.index() + 1, e, MentionKind.PRONOUN));
            }
            return out;
        }
        if (kind.equals("neuter")) {
            return neuter(a, s, t, known);
        }
        Optional<Entity> ahead = subjectAhead(s, t.index(), known, kind, genders);
        if (ahead.isPresent()) {
            return List.of(resolvedPronoun(a, s, t, ahead.get(), kind, genders));
        }
        Mention best = null;
        List<int[]> quotes = Quotations.spans(text);
        boolean pronounQuoted = inQuote(quotes, t.begin());
        if (!pronounQuoted && speaks(s, t.index())) {
            // "…,” she added": whoever was last reported speaking goes on, not the last actor of what was said.
            for (int i = known.size() - 1; i >= 0 && best == null; i--) {
                Mention m = known.get(i);
                Entity e = m.entity();
                if (before(m, s.index(), t.index())
                        && s.index() - m.sentence() <= PRONOUN_WINDOW_SENTENCES
                        && !inQuote(quotes, m.begin())
                        && e.type() == EntityType.PERSON
                        && m.canFillRole()
                        && compatible(e, kind, genders)
                        && reports(
                                a.sentences().get(m.sentence()),
                                headToken(a.sentences().get(m.sentence()), m))) {
                    best = m;
                }
            }
            if (best != null) {
                return List.of(resolvedPronoun(a, s, t, best.entity(), kind, genders));
            }
        }
        for (int i = known.size() - 1; i >= 0; i--) {
            Mention m = known.get(i);
            if (!before(m, s.index(), t.index()) || s.index() - m.sentence() > PRONOUN_WINDOW_SENTENCES) {
                continue;
            }
            if (!pronounQuoted && inQuote(quotes, m.begin())) {
                continue; // "“… X is waging war …,” he said": he is not X, who is only spoken of.
            }
            Entity e = m.entity();
            if (e.type() != EntityType.PERSON || !m.canFillRole() || !compatible(e, kind, genders)) {
                continue;
            }
            if (best == null) {
                best = m;
            }
            if (isSubject(a.sentences().get(m.sentence()), m)) {
                best = m;
                break;
            }
        }
        return best == null ? List.of() : List.of(resolvedPronoun(a, s, t, best.entity(), kind, genders));
    }

    /**
     * A he or she resolved to a person the gazetteer gives no gender: the article has given one, and a
     * later pronoun of the other gender is someone else ("…, she said, and he noted …").
     */
    private static Mention resolvedPronoun(
            AnalyzedText a, Sentence s, Token t, Entity e, String kind, Map<Entity, String> genders) {
        if (e.gender().isEmpty()) {
            genders.putIfAbsent(e, kind);
        }
        return MentionFinder.mention(a.text(), s, t.index(), t.index() + 1, e, MentionKind.PRONOUN);
    }

    private static boolean compatible(Entity e, String kind, Map<Entity, String> genders) {
        String gender = e.gender().isEmpty() ? genders.getOrDefault(e, "") : e.gender();
        return gender.isEmpty() || gender.equals(kind);
    }

    /** True when the token is the subject of a verb of saying ("she added", "White said"). */
    private boolean speaks(Sentence s, int token) {
        return s.governors(token).stream()
                .anyMatch(d -> d.relation().startsWith("nsubj")
                        && d.governor() >= 0
                        && lexicon.isSpeechVerb(s.token(d.governor()).lemma()));
    }

    /**
     * True when the token is the subject of a verb of saying that no other verb of saying governs: the
     * reporter of "White said Mattis emphasized …" is White, not Mattis.
     */
    private boolean reports(Sentence s, int token) {
        for (Dependency d : s.governors(token)) {
            if (!d.relation().startsWith("nsubj")
                    || d.governor() < 0
                    || !lexicon.isSpeechVerb(s.token(d.governor()).lemma())) {
                continue;
            }
            boolean nested = false;
            int t = d.governor();
            for (int guard = 0; guard < s.tokens().size() && !nested; guard++) {
                Optional<Dependency> head = s.basicHead(t);
                if (head.isEmpty() || head.get().governor() < 0) {
                    break;
                }
                t = head.get().governor();
                nested = lexicon.isSpeechVerb(s.token(t).lemma()) && s.token(t).isVerb();
            }
            if (!nested) {
                return true;
            }
        }
        return false;
    }

    private static boolean inQuote(List<int[]> quotes, int offset) {
        for (int[] q : quotes) {
            if (offset > q[0] && offset < q[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean before(Mention m, int sentence, int token) {
        return m.sentence() < sentence || (m.sentence() == sentence && m.tokenEnd() <= token);
    }

    private static boolean isSubject(Sentence s, Mention m) {
        int head = headToken(s, m);
        for (int guard = 0; guard < 3; guard++) {
            if (s.governors(head).stream().anyMatch(d -> d.relation().startsWith("nsubj"))) {
                return true;
            }
            // "Germany's foreign minister Annalena Baerbock said": the parse may make the title the subject and
            // hang the name from it.
            Optional<Dependency> up = s.basicHead(head);
            if (up.isEmpty()
                    || up.get().governor() < 0
                    || !NAME_OF_A_NOUN.contains(up.get().relation())
                    || !s.token(up.get().governor()).isNoun()) {
                return false;
            }
            head = up.get().governor();
        }
        return false;
    }

    /** The token of a mention whose head lies outside it. */
    /*package*/ static int headToken(Sentence s, Mention m) {
        for (int k = m.tokenEnd() - 1; k >= m.tokenBegin(); k--) {
            int k2 = k;
            int gov = s.basicHead(k2).map(Dependency::governor).orElse(-1);
            if (gov < m.tokenBegin() || gov >= m.tokenEnd()) {
                return k;
            }
        }
        return m.tokenEnd() - 1;
    }

    /**
     * "it" and "its" for a state or body, only where the sentence settles it: inside what a single state or
     * body is reported to say ("Britain said it would send"), or as the possessor in a clause whose subject is
     * one ("the United States remains steadfast in its commitment"). Elsewhere "it" is too often no actor ("it
     * is important") to guess.
     */
    private List<Mention> neuter(AnalyzedText a, Sentence s, Token t, List<Mention> known) {
        List<Entity> speakers = speakersGoverning(s, t.index(), known).stream()
                .filter(e -> e.type() != EntityType.PERSON)
                .toList();
        if (speakers.isEmpty()) {
            speakers = ownersOfSpeaker(s, t.index(), known);
        }
        Entity target = speakers.size() == 1 ? speakers.get(0) : null;
        if (target == null && t.pos().equals("PRP")) {
            target = subjectOfTheGoverningClause(s, t.index(), known);
        }
        if (target == null && t.pos().equals("PRP$")) {
            int k = t.index();
            for (int guard = 0; guard < s.tokens().size() && target == null; guard++) {
                Optional<Dependency> head = s.basicHead(k);
                if (head.isEmpty() || head.get().governor() < 0) {
                    break;
                }
                k = head.get().governor();
                List<Entity> subjects = subjectEntities(s, k, known).stream()
                        .filter(e -> e.type() != EntityType.PERSON)
                        .toList();
                if (subjects.size() == 1) {
                    target = subjects.get(0);
                } else if (s.token(k).isVerb()) {
                    break; // only the nearest clause's subject
                }
            }
        }
        return target == null
                ? List.of()
                : List.of(MentionFinder.mention(a.text(), s, t.index(), t.index() + 1, target, MentionKind.PRONOUN));
    }

    /**
     * "During his trip to Africa, Pompeo visited Senegal": a possessive in a phrase put before the clause speaks
     * of the clause's subject, named right after it, not of the last person named before.
     */
    private Optional<Entity> subjectAhead(
            Sentence s, int pronoun, List<Mention> known, String kind, Map<Entity, String> genders) {
        if (!s.token(pronoun).pos().equals("PRP$")) {
            return Optional.empty();
        }
        int comma = -1;
        for (int k = pronoun + 1; k < s.tokens().size(); k++) {
            if (s.token(k).text().equals(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 0) {
            return Optional.empty();
        }
        for (int k = 0; k < pronoun; k++) {
            if (s.token(k).isVerb() || s.token(k).text().equals(",")) {
                return Optional.empty(); // the pronoun is not in an opening phrase
            }
        }
        for (Dependency d : s.basicDependents(-1)) {
            int root = d.dependent();
            for (Dependency sub : s.dependents(root)) {
                if (sub.relation().startsWith("nsubj") && sub.dependent() > comma) {
                    for (Mention m : known) {
                        if (m.sentence() == s.index()
                                && m.covers(s.index(), sub.dependent())
                                && (m.kind() == MentionKind.NAME || m.kind() == MentionKind.SURNAME)
                                && m.entity().type() == EntityType.PERSON
                                && compatible(m.entity(), kind, genders)) {
                            return Optional.of(m.entity());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Croatia celebrated as it became the 28th member", "Ghana signed the deal and it will …": "it" as the
     * subject of a clause that an adverbial clause or a coordination hangs from one whose subject is a single
     * state or body.
     */
    private Entity subjectOfTheGoverningClause(Sentence s, int pronoun, List<Mention> known) {
        Optional<Dependency> subject = s.basicHead(pronoun);
        if (subject.isEmpty()
                || !subject.get().relation().startsWith("nsubj")
                || subject.get().governor() < 0) {
            return null;
        }
        if (s.dependents(subject.get().governor()).stream()
                .anyMatch(d -> d.relation().equals("cop"))) {
            return null; // "and it has been a priority to …": "it" stands for what follows, not for a state
        }
        Optional<Dependency> clause = s.basicHead(subject.get().governor());
        if (clause.isEmpty()
                || clause.get().governor() < 0
                || !(clause.get().relation().startsWith("advcl")
                        || clause.get().relation().startsWith("conj"))) {
            return null;
        }
        List<Entity> subjects = subjectEntities(s, clause.get().governor(), known).stream()
                .filter(e -> e.type() != EntityType.PERSON)
                .toList();
        return subjects.size() == 1 ? subjects.get(0) : null;
    }

    /** For "they" inside what someone says: the subjects of the verb of saying above it. */
    private List<Entity> speakersGoverning(Sentence s, int token, List<Mention> known) {
        return verbOfSaying(s, token).map(v -> subjectEntities(s, v, known)).orElse(List.of());
    }

    /** The verb whose reported content holds the token: the nearest governor by ccomp or parataxis. */
    private static Optional<Integer> verbOfSaying(Sentence s, int token) {
        int t = token;
        for (int guard = 0; guard < s.tokens().size(); guard++) {
            Optional<Dependency> head = s.basicHead(t);
            if (head.isEmpty() || head.get().governor() < 0) {
                return Optional.empty();
            }
            if (head.get().relation().equals("ccomp") || head.get().relation().equals("parataxis")) {
                return Optional.of(head.get().governor());
            }
            t = head.get().governor();
        }
        return Optional.empty();
    }

    /**
     * "The Israeli military said it struck …", "Russia's defence ministry said it …": a speaker named by a common
     * noun of a state or body speaks for that owner, which "it" then refers to.
     */
    private List<Entity> ownersOfSpeaker(Sentence s, int token, List<Mention> known) {
        Optional<Integer> verb = verbOfSaying(s, token);
        if (verb.isEmpty()) {
            return List.of();
        }
        Set<Entity> out = new LinkedHashSet<>();
        for (Dependency subject : s.dependents(verb.get())) {
            Token noun = s.token(subject.dependent());
            if (!subject.relation().startsWith("nsubj") || !noun.isNoun() || noun.isProperNoun()) {
                continue;
            }
            for (Dependency d : s.dependents(subject.dependent())) {
                boolean owner = d.relation().equals("amod")
                        || d.relation().equals("nmod:poss")
                        || d.relation().equals("compound");
                for (Mention m : known) {
                    if (owner
                            && m.covers(s.index(), d.dependent())
                            && m.entity().type().isActor()
                            && m.entity().type() != EntityType.PERSON) {
                        out.add(m.entity());
                    }
                }
            }
        }
        return out.size() == 1 ? List.copyOf(out) : List.of();
    }

    private List<Entity> subjectEntities(Sentence s, int verb, List<Mention> known) {
        Set<Entity> out = new LinkedHashSet<>();
        for (Dependency d : s.dependents(verb)) {
            if (d.relation().startsWith("nsubj")) {
                for (Mention m : known) {
                    if (m.covers(s.index(), d.dependent())
                            && m.canFillRole()
                            && m.entity().type().isActor()) {
                        out.add(m.entity());
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** For "they" elsewhere: the actors of the last subject with two or more conjoined members. */
    private List<Entity> lastSubjectGroup(AnalyzedText a, Sentence s, int token, List<Mention> known) {
        for (int si = s.index(); si >= Math.max(0, s.index() - 1); si--) {
            Sentence cur = a.sentences().get(si);
            for (int v = cur.tokens().size() - 1; v >= 0; v--) {
                if (si == s.index() && v >= token) {
                    continue;
                }
                List<Entity> subjects = subjectEntities(cur, v, known);
                if (subjects.size() >= 2) {
                    return subjects;
                }
            }
        }
        return List.of();
    }

    // ---------------------------------------------------------------- descriptions

    /**
     * A definite description starting at {@code det}: a role ("the former Dutch prime minister", "the
     * Pentagon spokesperson"), a rank ("the general"), or a class noun ("the largest defense alliance"), not
     * followed by a name (then it is a title or a name).
     */
    private List<Mention> description(
            AnalyzedText a,
            Sentence s,
            int det,
            List<Mention> known,
            List<OfficeSpan> offices,
            List<Title> titles,
            List<RankHolder> ranks) {
        List<Entity> modifiers = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Set<String> region = null;
        boolean former = false;
        int k = det + 1;
        for (int steps = 0; k < s.tokens().size() && steps <= MAX_DESCRIPTION_MODIFIERS; steps++) {
            int kk = k;
            Optional<OfficeSpan> office = offices.stream()
                    .filter(o -> o.sentence() == s.index() && o.from() == kk)
                    .findFirst();
            if (office.isPresent()) {
                if (followedByName(s, office.get().to(), known)) {
                    return List.of();
                }
                return role(a, s, det, office.get(), modifiers, words, former, known, titles, ranks);
            }
            Token t = s.token(k);
            Optional<Mention> inside = known.stream()
                    .filter(m -> m.covers(s.index(), kk) && (kk > det + 1 || m.tokenBegin() >= det))
                    .findFirst();
            if (inside.isPresent()) {
                modifiers.add(inside.get().entity());
                k = inside.get().tokenEnd();
                if (k < s.tokens().size() && s.token(k).pos().equals("POS")) {
                    k++;
                }
                continue;
            }
            if (t.pos().equals("NN") && lexicon.isLeaderNoun(t.lemma()) && isHeadOfPhrase(s, k)) {
                if (followedByName(s, k + 1, known)) {
                    return List.of(); // "Chinese leader X" is a name
                }
                return leader(a, s, det, k + 1, modifiers, former, known, titles).stream()
                        .toList();
            }
            if ((t.isNoun() || t.pos().startsWith("JJ"))
                    && !t.isProperNoun()
                    && lexicon.isRankClass(t.lemma())
                    && isHeadOfPhrase(s, k)
                    && (k + 1 >= s.tokens().size() || !s.token(k + 1).pos().startsWith("JJ"))) {
                // "the general" (which the tagger may take for an adjective), not "the general public".
                if (!modifiers.isEmpty() || !words.isEmpty() || former || followedByName(s, k + 1, known)) {
                    return List.of();
                }
                return ranked(a, s, det, k + 1, t.lemma(), ranks).stream().toList();
            }
            Set<EntityType> types = t.isNoun() && !t.isProperNoun() ? lexicon.descriptionTypes(t.lemma()) : Set.of();
            if (t.lemma().equals("capital")
                    && isHeadOfPhrase(s, k)
                    && modifiers.size() == 1
                    && modifiers.get(0).type() == EntityType.COUNTRY) {
                // "the Indian capital", "the Ukrainian capital": that state's capital city
                Optional<Entity> city =
                        gazetteer.capitalOf(modifiers.get(0).key()).flatMap(gazetteer::entity);
                if (city.isPresent()) {
                    return List.of(MentionFinder.mention(a.text(), s, det, k + 1, city.get(), MentionKind.DESCRIPTION));
                }
            }
            if (!types.isEmpty() && isHeadOfPhrase(s, k)) {
                if (!modifiers.isEmpty()
                        || followedByName(s, k + 1, known)
                        || (!words.isEmpty() && lexicon.refersOnlyBare(t.lemma()))) {
                    // "the NATO alliance" is a name; "the country Finland" an apposition; "the defense
                    // ministry" may be one the article has not named.
                    return List.of();
                }
                if (t.pos().equals("NNS")) {
                    for (int w = det; w < k; w++) {
                        if (lexicon.pointsAwayFromThoseNamed(s.token(w).lemma())) {
                            return List.of(); // "the following countries", "other nations": not those named before
                        }
                    }
                    return named(a, s, det, k + 1, types, region, known); // "both nations", "the two countries"
                }
                // "the ministry said" speaks for a body named as a ministry, not for whatever body came last.
                String namedAs = lexicon.refersOnlyBare(t.lemma()) ? t.lemma() : null;
                return focus(a, s, det, k + 1, types, region, lexicon.refersToRecent(t.lemma()), namedAs, known)
                        .stream()
                        .toList();
            }
            boolean ownedAfter = k + 1 < s.tokens().size()
                    && (s.token(k + 1).text().equalsIgnoreCase("of")
                            || s.token(k + 1).text().equalsIgnoreCase("from"));
            if (t.pos().equals("NNS")
                    && lexicon.isPeopleNoun(t.lemma())
                    && isHeadOfPhrase(s, k)
                    && modifiers.isEmpty()
                    && words.isEmpty()
                    && !former
                    && !ownedAfter) {
                // "the leaders" refers back; "the leaders of Armenia and Azerbaijan" names its own people
                return group(a, s, det, k + 1, known);
            }
            if (t.pos().equals("CD")
                    && k == det + 1
                    && k + 1 < s.tokens().size()
                    && s.token(k + 1).pos().equals("NNS")) {
                k++; // "the two leaders"
                continue;
            }
            if (t.pos().equals("POS")
                    && !words.isEmpty()
                    && modifiers.isEmpty()
                    && k + 1 < s.tokens().size()) {
                // "the world's newest nation", "the bloc's newest member": a common noun's possessive only places
                // what follows; the description is the phrase after it.
                words.clear();
            } else if (lexicon.region(t.text()) != null) {
                region = lexicon.region(t.text());
            } else if (lexicon.isFormerWord(t.text())) {
                former = true;
            } else if (!(t.pos().startsWith("JJ")
                    || t.pos().startsWith("NN")
                    || t.pos().equals("HYPH")
                    || t.pos().equals("VBN")
                    || t.pos().equals("RBS")
                    || t.pos().equals("VBG"))) {
                return List.of();
            } else if (t.pos().startsWith("NN")) {
                words.add(t.lemma().toLowerCase(java.util.Locale.ROOT)); // "the finance minister"
            }
            k++;
        }
        return List.of();
    }

    /**
     * "the Chinese leader": the person the text last titled with an office that leads that state, else the one
     * holder of such an office on the publication date (holders the article names first).
     */
    private Optional<Mention> leader(
            AnalyzedText a,
            Sentence s,
            int det,
            int to,
            List<Entity> modifiers,
            boolean former,
            List<Mention> known,
            List<Title> titles) {
        Optional<Entity> state =
                modifiers.stream().filter(e -> e.type() == EntityType.COUNTRY).findFirst();
        if (state.isEmpty() || former) {
            return Optional.empty();
        }
        Title last = null;
        for (Title t : titles) {
            if (lexicon.isLeaderOffice(t.position())
                    && !t.former()
                    && t.officeOf().equals(state)
                    && (t.sentence() < s.index()
                            || (t.sentence() == s.index()
                                    && t.begin() < s.token(det).begin()))) {
                last = t;
            }
        }
        if (last != null) {
            return Optional.of(
                    MentionFinder.mention(a.text(), s, det, to, last.holder().entity(), MentionKind.ROLE));
        }
        Set<Entity> holders = new LinkedHashSet<>();
        for (Gazetteer.Position p : gazetteer.positions()) {
            if (lexicon.isLeaderOffice(p.office())
                    && p.officeOfKey().equals(Optional.of(state.get().key()))
                    && MentionFinder.heldOn(p, a.documentDate(), false)) {
                gazetteer.entity(p.holderKey()).ifPresent(holders::add);
            }
        }
        Set<Entity> named = new LinkedHashSet<>();
        for (Entity e : holders) {
            if (known.stream().anyMatch(m -> m.entity().equals(e))) {
                named.add(e);
            }
        }
        Set<Entity> candidates = named.isEmpty() ? holders : named;
        return candidates.size() == 1
                ? Optional.of(MentionFinder.mention(
                        a.text(), s, det, to, candidates.iterator().next(), MentionKind.ROLE))
                : Optional.empty();
    }

    /**
     * "The leaders", "the two men": the people named in the nearest sentence before (of the last two) that names
     * two or more, leaving out whoever only reports ("X said the two met") unless fewer than two are left.
     */
    private List<Mention> group(AnalyzedText a, Sentence s, int det, int to, List<Mention> known) {
        for (int si = s.index(); si >= Math.max(0, s.index() - 2); si--) {
            Sentence cur = a.sentences().get(si);
            Set<Entity> people = new LinkedHashSet<>();
            Set<Entity> reporters = new LinkedHashSet<>();
            for (Mention m : known) {
                if (m.sentence() == si
                        && (si < s.index() || m.tokenEnd() <= det)
                        && m.entity().type() == EntityType.PERSON
                        && m.kind() != MentionKind.PRONOUN
                        && m.canFillRole()) {
                    (reports(cur, headToken(cur, m)) ? reporters : people).add(m.entity());
                }
            }
            for (Entity r : reporters) {
                if (people.size() < 2 && addressesSomeone(cur, r, known)) {
                    people.add(r); // "X told Y that …": the reporter takes part
                }
            }
            if (people.size() >= 2) {
                List<Mention> out = new ArrayList<>();
                for (Entity e : people) {
                    out.add(MentionFinder.mention(a.text(), s, det, to, e, MentionKind.DESCRIPTION));
                }
                return out;
            }
        }
        return List.of();
    }

    /**
     * "Both nations", "the two countries": the entities of the description's types named in the nearest
     * sentence (of the last three, the description's own before it) that names two or more of them; nobody
     * when none does, since a plural description picks no single entity in focus.
     */
    private List<Mention> named(
            AnalyzedText a,
            Sentence s,
            int det,
            int to,
            Set<EntityType> types,
            Set<String> region,
            List<Mention> known) {
        for (int si = s.index(); si >= Math.max(0, s.index() - 2); si--) {
            Set<Entity> found = new LinkedHashSet<>();
            for (Mention m : known) {
                if (m.sentence() == si
                        && (si < s.index() || m.tokenEnd() <= det)
                        && m.kind() != MentionKind.PRONOUN
                        && types.contains(m.entity().type())
                        && (region == null || region.contains(m.entity().key()))) {
                    found.add(m.entity());
                }
            }
            if (found.size() >= 2) {
                List<Mention> out = new ArrayList<>();
                for (Entity e : found) {
                    out.add(MentionFinder.mention(a.text(), s, det, to, e, MentionKind.DESCRIPTION));
                }
                return out;
            }
        }
        return List.of();
    }

    /** True when a person's verb of saying has another person as its object ("X told Y"). */
    private static boolean addressesSomeone(Sentence s, Entity speaker, List<Mention> known) {
        for (Mention m : known) {
            if (m.sentence() != s.index() || !m.entity().equals(speaker)) {
                continue;
            }
            for (Dependency d : s.governors(headToken(s, m))) {
                if (!d.relation().startsWith("nsubj") || d.governor() < 0) {
                    continue;
                }
                for (Dependency o : s.dependents(d.governor())) {
                    if ((o.relation().equals("obj") || o.relation().equals("iobj"))
                            && known.stream()
                                    .anyMatch(x -> x.covers(s.index(), o.dependent())
                                            && x.entity().type() == EntityType.PERSON
                                            && !x.entity().equals(speaker))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "the colonel": the person last given a rank of that class before it. */
    private Optional<Mention> ranked(
            AnalyzedText a, Sentence s, int det, int to, String rankClass, List<RankHolder> ranks) {
        RankHolder last = null;
        for (RankHolder r : ranks) {
            if (r.rank().rankClass().equalsIgnoreCase(rankClass) && before(r.holder(), s.index(), det)) {
                last = r;
            }
        }
        return Optional.ofNullable(last)
                .map(r -> MentionFinder.mention(a.text(), s, det, to, r.holder().entity(), MentionKind.ROLE));
    }

    /** True when no noun follows within the phrase: "the alliance’s", not "the alliance summit". */
    private static boolean isHeadOfPhrase(Sentence s, int k) {
        return k + 1 >= s.tokens().size()
                || !s.token(k + 1).isNoun()
                || s.token(k + 1).pos().equals("POS");
    }

    private static boolean followedByName(Sentence s, int k, List<Mention> known) {
        if (k >= s.tokens().size()) {
            return false;
        }
        Token t = s.token(k);
        boolean personNamed = known.stream()
                .anyMatch(m -> m.covers(s.index(), k) && m.entity().type() == EntityType.PERSON);
        return personNamed || (t.isProperNoun() && t.isCapitalized());
    }

    private Optional<Mention> focus(
            AnalyzedText a,
            Sentence s,
            int from,
            int to,
            Set<EntityType> types,
            Set<String> region,
            boolean recent,
            String namedAs,
            List<Mention> known) {
        Map<Entity, Integer> salience = new HashMap<>();
        Map<Entity, Integer> lastSeen = new HashMap<>();
        int order = 0;
        for (Mention m : known) {
            if (!before(m, s.index(), from)) {
                continue;
            }
            order++;
            Entity e = m.entity();
            if (!types.contains(e.type()) || (region != null && !region.contains(e.key()))) {
                continue;
            }
            if (namedAs != null && !namedWith(e, m, namedAs)) {
                continue;
            }
            salience.merge(e, 1, Integer::sum);
            lastSeen.put(e, order);
        }
        Optional<Entity> best = recent
                ? lastSeen.keySet().stream().max(Comparator.comparing(lastSeen::get))
                : salience.keySet().stream()
                        .max(Comparator.comparing((Entity e) -> salience.get(e)).thenComparing(lastSeen::get));
        return best.map(e -> MentionFinder.mention(a.text(), s, from, to, e, MentionKind.DESCRIPTION));
    }

    /** Of these entities, the one with the most mentions before {@code det}; {@code fallback} unless one has more. */
    private static Entity mostNamed(Set<Entity> among, Entity fallback, Sentence s, int det, List<Mention> known) {
        Map<Entity, Integer> named = new HashMap<>();
        for (Mention m : known) {
            if (among.contains(m.entity())
                    && (m.sentence() < s.index() || (m.sentence() == s.index() && m.tokenEnd() <= det))) {
                named.merge(m.entity(), 1, Integer::sum);
            }
        }
        Entity most = fallback;
        for (Entity e : among) {
            if (named.getOrDefault(e, 0) > named.getOrDefault(most, 0)) {
                most = e;
            }
        }
        return most;
    }

    /** True when the entity's name, or this mention of it, holds the word ("the Ministry of Defence"). */
    private static boolean namedWith(Entity e, Mention m, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return e.label().toLowerCase(Locale.ROOT).contains(w)
                || m.text().toLowerCase(Locale.ROOT).contains(w);
    }

    /**
     * A role description's holder: the person the article last gave a matching office before it (no new
     * office holding: the text stated it already), or else, when the description names the state or body,
     * the single holder on the publication date among the gazetteer's positions (an office holding then, as
     * the text adds the fact). A bare head ("the secretary", "the minister", "the commander") matches any
     * office with that head; a description's own nouns must be words of the office ("the finance minister");
     * a description of a rank class ("the commander") falls back on the people given that rank.
     */
    private List<Mention> role(
            AnalyzedText a,
            Sentence s,
            int det,
            OfficeSpan office,
            List<Entity> modifiers,
            List<String> words,
            boolean former,
            List<Mention> known,
            List<Title> titles,
            List<RankHolder> ranks) {
        Optional<Entity> of = modifiers.stream()
                .filter(e -> e.type().isActor() && e.type() != EntityType.PERSON)
                .findFirst();
        if (office.plural()) {
            // "the presidents", "the defense ministers": every person the article gave that office before.
            Set<Entity> holders = new LinkedHashSet<>();
            for (Title t : titles) {
                if (officeMatches(office, words, t)
                        && t.former() == former
                        && (of.isEmpty() || t.officeOf().equals(of))
                        && (t.sentence() < s.index()
                                || (t.sentence() == s.index()
                                        && t.begin() < s.token(det).begin()))) {
                    holders.add(t.holder().entity());
                }
            }
            List<Mention> out = new ArrayList<>();
            if (holders.size() >= 2) {
                for (Entity e : holders) {
                    out.add(MentionFinder.mention(a.text(), s, det, office.to(), e, MentionKind.ROLE));
                }
            }
            return out;
        }
        Title last = null;
        Set<Entity> given = new LinkedHashSet<>(); // everyone given the office before the description
        for (Title t : titles) {
            if (officeMatches(office, words, t)
                    && t.former() == former
                    && (of.isEmpty() || t.officeOf().equals(of))
                    && (t.sentence() < s.index()
                            || (t.sentence() == s.index()
                                    && t.begin() < s.token(det).begin()))) {
                given.add(t.holder().entity());
                if (last == null
                        || t.sentence() > last.sentence()
                        || (t.sentence() == last.sentence() && t.begin() > last.begin())) {
                    last = t;
                }
            }
        }
        if (last != null) {
            Entity holder = last.holder().entity();
            if (words.isEmpty() && modifiers.isEmpty()) {
                // A bare "the secretary" in a story about the defense secretary is he, though the press secretary
                // or the secretary of state was named since: of the holders given an office with that head, the
                // one the article has named most so far; the last of them on a tie.
                holder = mostNamed(given, holder, s, det, known);
            }
            return List.of(MentionFinder.mention(a.text(), s, det, office.to(), holder, MentionKind.ROLE));
        }
        if (of.isEmpty()) {
            if (words.isEmpty() && !former && lexicon.isRankClass(office.words())) {
                return ranked(a, s, det, office.to(), office.words(), ranks).stream()
                        .toList();
            }
            return List.of();
        }
        Set<Entity> known3 = new LinkedHashSet<>();
        // "The former X" unnamed is the holder whose term ended last: the gazetteer knows earlier ones too.
        Set<Entity> latest = new LinkedHashSet<>();
        LocalDate latestEnd = null;
        for (Gazetteer.Position p : gazetteer.positions()) {
            if (lexicon.canonicalOffice(p.office()).equals(office.office())
                    && p.officeOfKey().equals(Optional.of(of.get().key()))
                    && MentionFinder.heldOn(p, a.documentDate(), former)) {
                gazetteer.entity(p.holderKey()).ifPresent(known3::add);
                if (former && p.end().isPresent()) {
                    LocalDate end = p.end().get();
                    if (latestEnd == null || end.isAfter(latestEnd)) {
                        latestEnd = end;
                        latest.clear();
                    }
                    if (end.equals(latestEnd)) {
                        gazetteer.entity(p.holderKey()).ifPresent(latest::add);
                    }
                }
            }
        }
        // Prefer holders the article names; otherwise only a single holder is safe.
        Set<Entity> named = new LinkedHashSet<>();
        for (Entity e : known3) {
            if (known.stream().anyMatch(m -> m.entity().equals(e))) {
                named.add(e);
            }
        }
        Set<Entity> candidates = !named.isEmpty() ? named : former ? latest : known3;
        if (candidates.size() != 1) {
            return List.of();
        }
        Entity holder = candidates.iterator().next();
        Mention m = MentionFinder.mention(a.text(), s, det, office.to(), holder, MentionKind.ROLE);
        titles.add(new Title(m, office.words(), of, former, s.index(), m.begin(), m.end(), office.office()));
        return List.of(m);
    }

    /**
     * True when a title answers a description's office: the same office, or the description is a bare head
     * ("Secretary") and the title's office has that head ("Secretary of Defense"); every noun the description
     * adds ("finance" in "the finance minister") is a word of the title's office.
     */
    private static boolean officeMatches(OfficeSpan description, List<String> words, Title t) {
        String wanted = description.office();
        boolean sameOffice = t.position().equalsIgnoreCase(wanted)
                || (!wanted.contains(" ") && head(t.position()).equalsIgnoreCase(wanted));
        if (!sameOffice) {
            return false;
        }
        Set<String> titleWords = new java.util.HashSet<>();
        for (String w : (t.office() + " " + t.position())
                .toLowerCase(java.util.Locale.ROOT)
                .split("[\\s-]+")) {
            titleWords.add(w);
        }
        return titleWords.containsAll(words);
    }

    /** The head word of an office: the word before "of" ("Secretary of State"), else the last word. */
    private static String head(String office) {
        String[] w = office.split("\\s+");
        for (int i = 1; i < w.length; i++) {
            if (w[i].equalsIgnoreCase("of")) {
                return w[i - 1];
            }
        }
        return w[w.length - 1];
    }

    // ---------------------------------------------------------------- metonymy

    /**
     * A capital stands for its state when it acts (subject of a verb) or owns something that is not a place
     * ("Warsaw’s response", "Beijing’s position"), but not in "Warsaw’s Castle Square".
     */
    private Mention metonymy(AnalyzedText a, Mention m, List<Mention> all) {
        if (m.entity().type() != EntityType.CITY || m.kind() != MentionKind.NAME) {
            return m;
        }
        Optional<Entity> state = gazetteer.countryOfCapital(m.entity().key()).flatMap(gazetteer::entity);
        if (state.isEmpty()) {
            return m;
        }
        Sentence s = a.sentences().get(m.sentence());
        int head = headToken(s, m);
        for (Dependency d : s.governors(head)) {
            if (d.relation().startsWith("nsubj")) {
                return m.resolvedTo(state.get(), m.kind());
            }
            if (d.relation().equals("nmod:poss") && d.governor() >= 0) {
                int owner = d.governor();
                boolean ownerIsPlace = lexicon.isPlaceHead(s.token(owner).lemma())
                        || all.stream()
                                .anyMatch(o -> o.covers(s.index(), owner)
                                        && o.entity().type().isPlace());
                if (!ownerIsPlace) {
                    return m.resolvedTo(state.get(), m.kind());
                }
            }
        }
        return m;
    }
}

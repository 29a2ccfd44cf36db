package org.claimgraph.mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.analyze.AnalyzedText;
import org.claimgraph.analyze.Dependency;
import org.claimgraph.analyze.Sentence;
import org.claimgraph.analyze.TimeExpression;
import org.claimgraph.analyze.Token;
import org.claimgraph.mention.Gazetteer.FormKind;
import org.claimgraph.mention.Mention.MentionKind;
import org.claimgraph.sys.Lazy;

/**
 * Finds every mention of an entity in an analysed article and resolves it: gazetteer names (longest match
 * first), proper names the gazetteer lacks (typed from context), offices the text gives people, surnames,
 * pronouns, role descriptions, definite descriptions, and capitals standing for their state.
 *
 * <pre>
 * Mentions mentions = MentionFinder.bundled().find(analysedText);
 * </pre>
 */
public final class MentionFinder {
    private static final Lazy<MentionFinder> BUNDLED =
            Lazy.of(() -> new MentionFinder(Gazetteer.bundled(), MentionLexicon.bundled()));

    private final Gazetteer gazetteer;
    private final NameIndex index;
    private final MentionLexicon lexicon;
    private final Coreference coreference;
    private final PersonNames personNames;
    /** The gazetteer's places by the folded key of each of their names, for {@link #sharedHeads}. */
    private final Map<String, Entity> placesByName = new HashMap<>();
    /** Known places' names of two words or more without their last word ("Pacific" of "Pacific Ocean"). */
    private final Set<String> placeShortForms = new HashSet<>();
    /** The folded keys of every name the gazetteer knows (not demonyms), for {@link #knownName}. */
    private final Set<String> knownNames = new HashSet<>();

    public MentionFinder(Gazetteer gazetteer, MentionLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.index = new NameIndex(gazetteer);
        this.lexicon = lexicon;
        this.coreference = new Coreference(gazetteer, lexicon);
        this.personNames = new PersonNames(gazetteer, lexicon);
        for (Gazetteer.SurfaceForm f : gazetteer.forms()) {
            gazetteer
                    .entity(f.entityKey())
                    .filter(e -> e.type() == EntityType.PLACE && f.kind() == FormKind.NAME)
                    .ifPresent(e -> placesByName.putIfAbsent(TextNormalizer.foldedKey(f.text()), e));
            if (f.kind() == FormKind.NAME) {
                knownNames.add(TextNormalizer.foldedKey(f.text()));
                int lastSpace = f.text().lastIndexOf(' ');
                if (lastSpace > 0
                        && gazetteer
                                .entity(f.entityKey())
                                .map(e -> e.type() == EntityType.PLACE)
                                .orElse(false)) {
                    placeShortForms.add(TextNormalizer.foldedKey(f.text().substring(0, lastSpace)));
                }
            }
        }
    }

    /** True when the words are, whole, a name the gazetteer knows ("Warsaw", "Madrid"). */
    private boolean knownName(String words) {
        return knownNames.contains(TextNormalizer.foldedKey(words.replaceAll("\\s+", " ")));
    }

    /** A finder over the bundled gazetteer and lexicon. */
    public static MentionFinder bundled() {
        return BUNDLED.get();
    }

    /** The gazetteer this finder matches against. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Finds and resolves the mentions of one article. */
    public Mentions find(AnalyzedText analysed) {
        return find(analysed, Optional.empty());
    }

    /**
     * Finds and resolves the mentions of one article whose analysed title is given: a title such as
     * "Statement from President X" names the author, to whom "I" and "we" outside quotation marks refer.
     */
    public Mentions find(AnalyzedText analysed, Optional<AnalyzedText> title) {
        return find(analysed, title, Optional.empty());
    }

    /**
     * The same for an article published at the given address: "we" in a release of a government site that names
     * no author is the state or body publishing it ({@code lexicon/publishers.tsv}).
     */
    public Mentions find(AnalyzedText analysed, Optional<AnalyzedText> title, Optional<String> url) {
        Optional<Entity> author = title.flatMap(this::author);
        Optional<Entity> publisher = url.flatMap(lexicon::publisherKey).flatMap(gazetteer::entity);
        String text = analysed.text();
        List<Mention> mentions = new ArrayList<>();
        List<OfficeSpan> offices = new ArrayList<>();
        List<RankSpan> ranks = new ArrayList<>();
        List<NameCandidate> candidates = new ArrayList<>();
        Set<String> states = statesNamed(analysed);
        Map<List<String>, Entity> shipsNamed = new HashMap<>();
        for (Sentence s : analysed.sentences()) {
            BitSet covered = new BitSet();
            List<NameCandidate> prefixed = new ArrayList<>();
            mentions.addAll(ships(text, s, covered, shipsNamed));
            mentions.addAll(sharedHeads(text, s, covered));
            for (NameIndex.Match m : index.matches(text, s)) {
                if (covered.get(m.from(), m.to()).cardinality() > 0) {
                    continue; // a word of a ship's name ("USS George Washington")
                }
                if (insideHyphenatedName(s, m, covered)) {
                    continue; // "the Inter-American Development Bank": left to the name finder, read whole
                }
                Gazetteer.SurfaceForm form = preferredForm(m.forms());
                Entity e = gazetteer.entity(form.entityKey()).orElseThrow();
                if (form.kind() == FormKind.SHARED) {
                    Optional<Entity> owner = sharedFormOwner(s, m, states);
                    if (owner.isEmpty()) {
                        if (lexicon.opensBodyName(s.token(m.from()).text())) {
                            // "the Foreign Office" with two sharing states named: no body, as before a portfolio
                            // word could open a body's name ("the Foreign Ministry"), which would now read it whole
                            covered.set(m.from(), m.to());
                        }
                        continue; // left to the name finder, as before the form was known
                    }
                    e = owner.get();
                }
                int ledEnd = ledGroupEnd(s, m.to());
                if (ledEnd > 0 && (e.type() == EntityType.COUNTRY || e.type().isOrganization())) {
                    // "the Ruritanian-led coalition": one group, an alliance of its own; the state stays referred
                    // to as by a demonym (an entity of the article that fills no role here).
                    String raw = s.text(text, m.from(), ledEnd).replaceAll("\\s+", " ");
                    mentions.add(mention(text, s, m.from(), m.to(), e, MentionKind.DEMONYM));
                    mentions.add(mention(
                            text, s, m.from(), ledEnd, Entity.local(EntityType.ALLIANCE, raw), MentionKind.NAME));
                    covered.set(m.from(), ledEnd);
                    continue;
                }
                if (e.type() == EntityType.COUNTRY
                        && form.kind() == FormKind.NAME
                        && m.to() < s.tokens().size()
                        && lexicon.isStateGovernmentNoun(s.token(m.to()).text())
                        && s.token(m.to()).isCapitalized()
                        && (m.to() + 1 == s.tokens().size()
                                || !s.token(m.to() + 1).isCapitalized())) {
                    // "the Ruritanian Government" written as a name is the state, not a body of its own.
                    mentions.add(mention(text, s, m.from(), m.to() + 1, e, MentionKind.NAME));
                    covered.set(m.from(), m.to() + 1);
                    continue;
                }
                int missionEnd = missionInPlaceEnd(s, m.to(), covered);
                if (missionEnd > 0 && e.type().isOrganization()) {
                    // "the AU Mission in Ruritania": the body's mission there is a body of its own, named whole.
                    String raw = s.text(text, m.from(), missionEnd).replaceAll("\\s+", " ");
                    mentions.add(mention(
                            text,
                            s,
                            m.from(),
                            missionEnd,
                            Entity.local(EntityType.ORGANIZATION, raw),
                            MentionKind.NAME));
                    covered.set(m.from(), missionEnd);
                    continue;
                }
                int nameEnd = prefixedNameEnd(s, m.to());
                if (nameEnd > m.to()
                        && (e.type() == EntityType.COUNTRY
                                || e.type() == EntityType.CITY
                                || ((e.type().isOrganization() || e.type() == EntityType.PLACE)
                                        && lexicon.isMeetingHead(
                                                s.token(nameEnd - 1).lemma())
                                        && nameEnd - m.to() >= 2))) {
                    // ... and so is a body's or a region's name opening a meeting's ("the U.S.-ASEAN Special
                    // Summit", "the U.S.-Africa Leaders Summit").
                    // "Ukraine Security Assistance Initiative", "Russian Security Council": a place name opening
                    // the name of a body is part of that name, not a mention of the place. So is the first state
                    // of a pair before a hyphen ("U.S.-Japan Alliance"): the name is the pair's, whole.
                    int from = m.from();
                    Mention before = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
                    if (before != null
                            && before.sentence() == s.index()
                            && before.entity().type() == EntityType.COUNTRY
                            && before.kind() == MentionKind.NAME
                            && before.tokenEnd() == m.from() - 1
                            && (s.token(m.from() - 1).pos().equals("HYPH")
                                    || s.token(m.from() - 1).text().equals("–")
                                    || s.token(m.from() - 1).text().equals("—"))) {
                        mentions.remove(mentions.size() - 1);
                        from = before.tokenBegin();
                    }
                    String raw = s.text(text, from, nameEnd);
                    prefixed.add(new NameCandidate(
                            s.index(), from, nameEnd, TextNormalizer.key(raw), raw.replaceAll("\\s+", " ")));
                    covered.set(from, nameEnd);
                    continue;
                }
                if (form.kind() == FormKind.NAME
                        && e.type() == EntityType.CITY
                        && m.to() < s.tokens().size()
                        && (lexicon.isDocumentHead(s.token(m.to()).lemma())
                                || lexicon.isDocumentHead(s.token(m.to()).text()))) {
                    // "the Minsk agreements", "the Dayton Accords": a document named after where it was signed,
                    // no mention of the city; its head word goes with it.
                    covered.set(m.from(), m.to() + 1);
                    continue;
                }
                if (form.kind() == FormKind.NAME && m.to() - m.from() == 1 && endsPersonName(s, m.from(), covered)) {
                    continue; // "Ali Nur ed Din X", "Abdul-Karim al-X": a person's last name, whatever else it names
                }
                if (e.type() == EntityType.EQUIPMENT
                        && m.to() - m.from() == 1
                        && followsGivenName(s, m.from(), covered)) {
                    continue; // "Ambassador Tom Bradley": a surname, not the vehicle.
                }
                MentionKind kind = form.kind() == FormKind.DEMONYM ? MentionKind.DEMONYM : MentionKind.NAME;
                String tag = s.token(m.to() - 1).pos();
                if (kind == MentionKind.DEMONYM && (tag.equals("NNS") || tag.equals("NNPS"))) {
                    // "Afghans in the valley", "Ukrainians": a demonym as a plural noun is the people of a state,
                    // which refers to the state but names no entity of the article (Mentions.entities).
                    kind = MentionKind.PEOPLE;
                }
                if (kind == MentionKind.NAME
                        && e.type() == EntityType.COUNTRY
                        && m.from() > 0
                        && !covered.get(m.from() - 1)
                        && Character.isUpperCase(s.token(m.from() - 1).text().codePointAt(0))
                        && lexicon.isRegionPrefix(s.token(m.from() - 1).text())) {
                    // "Northern Ireland": a region named after the state, not the state (nor Ireland).
                    String region = s.text(text, m.from() - 1, m.to()).replaceAll("\\s+", " ");
                    mentions.add(mention(
                            text, s, m.from() - 1, m.to(), Entity.local(EntityType.PLACE, region), MentionKind.NAME));
                    covered.set(m.from() - 1, m.to());
                    continue;
                }
                if (kind == MentionKind.NAME
                        && e.type().isOrganization()
                        && afterSeatPreposition(s, m.from(), m.to())) {
                    // "met at the Pentagon", "welcomed to the White House": the building, not the body.
                    e = gazetteer.seatOf(e).orElse(e);
                }
                int to = e.type() == EntityType.PERSON ? withNameSuffix(s, m.to()) : m.to();
                mentions.add(mention(text, s, m.from(), to, e, kind));
                covered.set(m.from(), to);
            }
            List<OfficeSpan> sentenceOffices = findOffices(text, s, covered);
            List<RankSpan> sentenceRanks = findRanks(text, s, covered);
            offices.addAll(officesBeforeRanks(text, s, sentenceOffices, sentenceRanks, covered));
            ranks.addAll(sentenceRanks);
            for (TimeExpression t : s.times()) {
                covered.set(t.tokenBegin(), t.tokenEnd());
            }
            candidates.addAll(prefixed);
            mentions.addAll(designatedEquipment(text, s, covered));
            coverProgrammeNames(s, covered);
            candidates.addAll(missionNames(text, s, covered));
            candidates.addAll(findNameCandidates(text, s, covered));
        }
        List<Title> titles = new ArrayList<>();
        mentions.addAll(resolveCandidates(analysed, candidates, mentions, offices, ranks, titles));
        acronymsOfNames(analysed, mentions);
        ledGroupsAgain(analysed, mentions);
        author = author.map(a -> namedInFull(a, mentions));
        List<Mention> resolved = coreference.resolve(analysed, mentions, offices, titles, rankHolders(ranks, mentions));
        List<Quotation> quotations = new Quotations(lexicon).find(analysed, resolved);
        resolved.addAll(coreference.firstPerson(analysed, resolved, quotations, author, publisher));
        titles.addAll(predicativeTitles(analysed, resolved, offices, titles));
        return new Mentions(resolved, titles, quotations, author);
    }

    /**
     * The person a title's author stands for: "Readout of President Biden's Call" names, by surname, the one
     * person the article names in full ("Joseph R. Biden, Jr."), not a second person "Biden".
     */
    private Entity namedInFull(Entity author, List<Mention> mentions) {
        if (!author.local() || author.type() != EntityType.PERSON) {
            return author;
        }
        List<String> words = PersonNames.words(author.label());
        Set<Entity> full = new LinkedHashSet<>();
        for (Mention m : mentions) {
            Entity e = m.entity();
            if (m.kind() == MentionKind.NAME
                    && e.type() == EntityType.PERSON
                    && !e.equals(author)
                    && personNames.forms(e).stream()
                            .anyMatch(f -> personNames.isShortFormOf(
                                    words, PersonNames.words(f), personNames.familyNameFirst(e)))) {
                full.add(e);
            }
        }
        return full.size() == 1 ? full.iterator().next() : author;
    }

    /**
     * A short form the text defines in brackets after a name ("the Department of Foreign Affairs (DFA)", "the
     * Ruritanian Armed Forces (RAF)") names that name's entity, there and wherever the article uses it again:
     * not a second entity, nor a namesake the gazetteer knows. The short form must be the initials of the
     * name's capitalised words (its "of", "the", "and" left out), or of those and a capitalised word before it
     * that the name leaves out ("Ruritanian").
     */
    private static void acronymsOfNames(AnalyzedText analysed, List<Mention> mentions) {
        Map<String, Entity> defined = new HashMap<>();
        for (Mention m : mentions) {
            if (m.kind() != MentionKind.NAME || m.entity().type() == EntityType.PERSON) {
                continue;
            }
            Sentence s = analysed.sentences().get(m.sentence());
            int k = m.tokenEnd();
            boolean bracketed = k + 2 < s.tokens().size()
                    && (s.token(k).text().equals("(") || s.token(k).text().equals("-LRB-"))
                    && (s.token(k + 2).text().equals(")")
                            || s.token(k + 2).text().equals("-RRB-"));
            // "the Ruritania Relief Mission, RURMIS, said": a short form in apposition, between commas
            boolean apposed = k + 2 < s.tokens().size()
                    && s.token(k).text().equals(",")
                    && (s.token(k + 2).text().equals(",")
                            || s.token(k + 2).pos().equals("."))
                    && abbreviates(s.token(k + 1).text(), m.text());
            if (!bracketed && !apposed) {
                continue;
            }
            String form = s.token(k + 1).text();
            String before = m.tokenBegin() > 0 ? s.token(m.tokenBegin() - 1).text() : "";
            if (form.length() >= 2
                    && form.chars().allMatch(Character::isUpperCase)
                    && (form.equals(initials(m.text()))
                            || form.equals(initials(before + " " + m.text()))
                            || abbreviates(form, m.text()))) {
                defined.putIfAbsent(form, m.entity());
            }
        }
        if (defined.isEmpty()) {
            return;
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Entity e = defined.get(m.text());
            if (e != null && m.kind() == MentionKind.NAME && !m.entity().equals(e)) {
                mentions.set(i, m.withEntity(e));
            }
        }
    }

    private static final Set<String> ABBREVIATION_SKIPS = Set.of("OF", "IN", "THE", "AND", "FOR", "TO", "ON");

    /**
     * True when a short form of three capitals or more is made, in order, of the first letters of each word of the
     * name ("RURMIS" of "Ruritania Relief Mission": "RU", "R", "MIS"): every word but "of", "in", "the" … gives at
     * least its first letter.
     */
    /*package*/ static boolean abbreviates(String form, String name) {
        if (form.length() < 3 || !form.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        List<String> words = new ArrayList<>();
        for (String w : name.replace(".", "").split("[\\s\\-–]+")) {
            String letters = w.replaceAll("[^\\p{L}]", "").toUpperCase(java.util.Locale.ROOT);
            if (!letters.isEmpty()) {
                words.add(letters);
            }
        }
        return words.size() >= 2 && abbreviates(form, 0, words, 0);
    }

    private static boolean abbreviates(String form, int f, List<String> words, int w) {
        if (w == words.size()) {
            return f == form.length();
        }
        String word = words.get(w);
        if (ABBREVIATION_SKIPS.contains(word) && abbreviates(form, f, words, w + 1)) {
            return true;
        }
        for (int n = 1; n <= word.length() && f + n <= form.length(); n++) {
            if (word.charAt(n - 1) != form.charAt(f + n - 1)) {
                break;
            }
            if (abbreviates(form, f + n, words, w + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The Ruritanian coalition" after "the Ruritanian-led coalition": the state's name or demonym before the same
     * group noun names that group again, not a second one; the state stays referred to as by a demonym.
     */
    private void ledGroupsAgain(AnalyzedText analysed, List<Mention> mentions) {
        Map<String, Entity> groups = new HashMap<>(); // state's key and noun lemma -> the group
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.NAME && m.entity().local() && m.entity().type() == EntityType.ALLIANCE) {
                Sentence s = analysed.sentences().get(m.sentence());
                String noun = s.token(m.tokenEnd() - 1).lemma().toLowerCase(java.util.Locale.ROOT);
                mentions.stream()
                        .filter(x -> x.sentence() == m.sentence()
                                && x.tokenBegin() == m.tokenBegin()
                                && x.tokenEnd() < m.tokenEnd()
                                && ledGroupEnd(s, x.tokenEnd()) == m.tokenEnd())
                        .findFirst()
                        .ifPresent(state -> groups.putIfAbsent(state.entity().key() + " " + noun, m.entity()));
            }
        }
        if (groups.isEmpty()) {
            return;
        }
        List<Mention> again = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Sentence s = analysed.sentences().get(m.sentence());
            int k = m.tokenEnd();
            if (!(m.kind() == MentionKind.NAME || m.kind() == MentionKind.DEMONYM)
                    || k >= s.tokens().size()) {
                continue;
            }
            Token noun = s.token(k);
            Entity group = groups.get(m.entity().key() + " " + noun.lemma().toLowerCase(java.util.Locale.ROOT));
            if (group == null || !Character.isLowerCase(noun.text().codePointAt(0))) {
                continue;
            }
            mentions.set(i, m.withKind(MentionKind.DEMONYM));
            again.add(mention(analysed.text(), s, m.tokenBegin(), k + 1, group, MentionKind.NAME));
        }
        mentions.addAll(again);
    }

    /** The initials of a name's capitalised words, hyphenated parts each counted ("U.S.-Japan" gives "UJ"). */
    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.replace(".", "").split("[\\s\\-–]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                out.appendCodePoint(w.codePointAt(0));
            }
        }
        return out.toString();
    }

    /** The states the article names, by name or demonym: they decide whose body a shared short form names. */
    private Set<String> statesNamed(AnalyzedText analysed) {
        Set<String> out = new HashSet<>();
        for (Sentence s : analysed.sentences()) {
            for (NameIndex.Match m : index.matches(analysed.text(), s)) {
                gazetteer
                        .entity(preferredForm(m.forms()).entityKey())
                        .filter(x -> x.type() == EntityType.COUNTRY)
                        .ifPresent(x -> out.add(x.key()));
            }
        }
        return out;
    }

    /**
     * The body a shared short form names here: "the Foreign Office" is the British one in an article that names
     * the United Kingdom and not Germany. Only after "the" and not before a capitalised word ("the Treasury
     * Secretary", "MOD Gallant" are titles); empty when no sharing body's state, or more than one, is named.
     */
    private Optional<Entity> sharedFormOwner(Sentence s, NameIndex.Match m, Set<String> states) {
        boolean afterThe = m.from() > 0 && s.token(m.from() - 1).text().equalsIgnoreCase("the");
        boolean beforeCapital = m.to() < s.tokens().size()
                && Character.isUpperCase(s.token(m.to()).text().codePointAt(0));
        if (!afterThe || beforeCapital) {
            return Optional.empty();
        }
        List<Entity> owners = m.forms().stream()
                .filter(f -> f.kind() == FormKind.SHARED)
                .map(f -> gazetteer.entity(f.entityKey()).orElseThrow())
                .filter(x -> x.withinKey().map(states::contains).orElse(false))
                .distinct()
                .toList();
        return owners.size() == 1 ? Optional.of(owners.get(0)) : Optional.empty();
    }

    /**
     * The form a match stands for: a body before the building that bears its name ("The Pentagon said"), the
     * building being chosen only after "at" or "to"; else the best form.
     */
    private Gazetteer.SurfaceForm preferredForm(List<Gazetteer.SurfaceForm> forms) {
        for (Gazetteer.SurfaceForm f : forms) {
            if (gazetteer
                    .entity(f.entityKey())
                    .map(x -> x.type().isOrganization())
                    .orElse(false)) {
                return f;
            }
        }
        return forms.get(0);
    }

    /** True when the name at {@code from} follows "at", "to" … and an optional "the". */
    private boolean afterSeatPreposition(Sentence s, int from) {
        return afterSeatPreposition(s, from, from);
    }

    /** True when the name [from, to) follows "at", "to" … or stands before "meeting" ("the Pentagon meeting"). */
    private boolean afterSeatPreposition(Sentence s, int from, int to) {
        if (to > from
                && to < s.tokens().size()
                && lexicon.isSeatNoun(s.token(to).text())) {
            return true;
        }
        int k = from - 1;
        if (k >= 0 && s.token(k).text().equalsIgnoreCase("the")) {
            k--;
        }
        // "according to the State Department" names a source, not a place gone to
        boolean source = k >= 1 && lexicon.opensSourcePhrase(s.token(k - 1).text());
        return k >= 0 && lexicon.isSeatPreposition(s.token(k).text()) && !source;
    }

    /** The person a title like "Statement from President X on Y" names as its author. */
    private Optional<Entity> author(AnalyzedText title) {
        if (title.sentences().isEmpty() || title.sentences().get(0).tokens().isEmpty()) {
            return Optional.empty();
        }
        Sentence first = title.sentences().get(0);
        Mentions inTitle = find(title, Optional.empty());
        if (lexicon.isAuthorshipTitle(first.token(0).text())) {
            // "Statement from President X on …"
            return inTitle.all().stream()
                    .filter(m -> (m.kind() == MentionKind.NAME || m.kind() == MentionKind.SURNAME)
                            && m.entity().type() == EntityType.PERSON)
                    .map(Mention::entity)
                    .findFirst();
        }
        // "G7 Leaders’ Statement on …", "NATO Secretary General’s Remarks …": the named author before the word.
        for (int k = 1; k < first.tokens().size(); k++) {
            if (!lexicon.isAuthorshipTitle(first.token(k).text())) {
                continue;
            }
            int word = k;
            return inTitle.all().stream()
                    .filter(m -> m.sentence() == 0
                            && m.tokenEnd() <= word
                            && m.kind() == MentionKind.NAME
                            && m.entity().type().isActor())
                    .map(Mention::entity)
                    .findFirst();
        }
        return Optional.empty();
    }

    /**
     * A stretch of tokens naming an office.
     *
     * @param office the office as forms are compared ("Defense Minister" for "Minister of National Defense")
     * @param words  the office's words as the text gives them, spelt as the lexicon spells the form
     *               ("spokesman", "Deputy Press Secretary", "Army Commander"): what an office holding records
     * @param plural true for "the presidents", "the Defense Ministers"
     */
    /*package*/ record OfficeSpan(int sentence, int from, int to, String office, String words, boolean plural) {}

    /**
     * A military rank before a name, with the branch of service written before it ("Army Lt. Gen.").
     *
     * @param rank the rank and its class ("general" for "Lt. Gen.")
     */
    /*package*/ record RankSpan(int sentence, int from, int to, MentionLexicon.Rank rank) {}

    /** A person given a rank in the text ("Army Col. X"), for "the colonel" later. */
    /*package*/ record RankHolder(Mention holder, MentionLexicon.Rank rank) {}

    /**
     * A proper name the gazetteer lacks, before its type is decided.
     *
     * @param label the name normalised for comparison (typographic apostrophes made plain)
     * @param text  the name as written, spaces collapsed: the local entity's label
     */
    private record NameCandidate(int sentence, int from, int to, String label, String text) {}

    private List<OfficeSpan> findOffices(String text, Sentence s, BitSet covered) {
        List<OfficeSpan> out = new ArrayList<>();
        int n = s.tokens().size();
        int i = 0;
        while (i < n) {
            int found = -1;
            String office = null;
            String words = null;
            boolean plural = false;
            if (!covered.get(i)) {
                for (int to = Math.min(n, i + lexicon.longestOfficeWords() * 2); to > i; to--) {
                    if (covered.get(i, to).cardinality() > 0) {
                        continue;
                    }
                    String form = s.text(text, i, to);
                    String o = lexicon.office(form);
                    Token last = s.token(to - 1);
                    if (o == null
                            && last.isNoun()
                            && last.text().endsWith("s")
                            && !last.text().endsWith("ss")) {
                        // "the Defense Ministers X of Ruritania and Y of Freedonia"
                        form = form.substring(0, form.length() - 1);
                        o = lexicon.office(form);
                        plural = o != null;
                    }
                    if (o != null) {
                        found = to;
                        office = o;
                        words = lexicon.officeForm(form);
                        if (words.equals(words.toLowerCase(java.util.Locale.ROOT))) {
                            // "Commander", "spokesman": a form the table writes in lower case keeps the text's case.
                            words = form.replaceAll("\\s+", " ");
                        }
                        break;
                    }
                }
            }
            if (found > 0) {
                int from = i;
                if (found - i == 1 && lexicon.isCompoundOfficeHead(s.token(i).text())) {
                    // "Finance Minister", "Army Commander": capitalised words that name no entity belong to it.
                    while (from > 0 && !covered.get(from - 1) && isOfficeModifier(s.token(from - 1))) {
                        from--;
                    }
                    if (from < i) {
                        words = s.text(text, from, i).replaceAll("\\s+", " ") + " " + words;
                    }
                }
                if (from > 0
                        && !covered.get(from - 1)
                        && lexicon.isOfficeQualifier(s.token(from - 1).text())) {
                    from--; // "Deputy Press Secretary"
                    words = s.token(from).text() + " " + words;
                }
                out.add(new OfficeSpan(s.index(), from, found, office, words, plural));
                covered.set(from, found);
                i = found;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * True when the word at {@code k} closes a person's name: after a particle and a name word ("ed Din X"), or
     * joined by a hyphen to a particle that follows a name word ("Abdul-Karim al-X").
     */
    private boolean endsPersonName(Sentence s, int k, BitSet covered) {
        if (k >= 2
                && covered.get(k - 2, k).isEmpty()
                && lexicon.isNameParticle(s.token(k - 2).text())
                && startsName(s.token(k - 1))) {
            return true;
        }
        return k >= 3
                && covered.get(k - 3, k).isEmpty()
                && s.token(k - 1).pos().equals("HYPH")
                && s.token(k - 2).end() == s.token(k - 1).begin()
                && s.token(k - 1).end() == s.token(k).begin()
                && lexicon.isNameParticle(s.token(k - 2).text())
                && s.token(k - 3).isCapitalized()
                && s.token(k - 3).isProperNoun();
    }

    /** True when the token before {@code k} is a capitalised name word of no body ("Tom" Bradley). */
    private boolean followsGivenName(Sentence s, int k, BitSet covered) {
        if (k == 0 || covered.get(k - 1)) {
            return false;
        }
        Token t = s.token(k - 1);
        return startsName(t)
                && !lexicon.isNotName(t.text())
                && !lexicon.isMilitaryService(t.text())
                && !lexicon.isOrganizationHead(t.text())
                && lexicon.office(t.text()) == null;
    }

    /**
     * "Commander of Naval Operations Adm. X": an office followed by "of" and capitalised words that name no
     * entity, then a rank, holds those words.
     */
    private List<OfficeSpan> officesBeforeRanks(
            String text, Sentence s, List<OfficeSpan> offices, List<RankSpan> ranks, BitSet covered) {
        List<OfficeSpan> out = new ArrayList<>();
        for (OfficeSpan o : offices) {
            int k = o.to();
            int p = k + 1;
            if (k < s.tokens().size() && s.token(k).lowerLemma().equals("of")) {
                while (p < s.tokens().size() && !covered.get(p) && isOfficeModifier(s.token(p))) {
                    p++;
                }
            }
            int end = p;
            if (p > k + 1 && ranks.stream().anyMatch(r -> r.from() == end)) {
                covered.set(k, p);
                out.add(new OfficeSpan(
                        o.sentence(),
                        o.from(),
                        p,
                        o.office(),
                        o.words() + " of " + s.text(text, k + 1, p),
                        o.plural()));
            } else {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * A capitalised word of a compound office ("Racial Equality" of "Racial Equality Minister", "Army" of
     * "Army Commander"), not the head of a body's name ("Agency" of "Agency spokesman" is the body).
     */
    private boolean isOfficeModifier(Token t) {
        return t.isProperNoun()
                && t.isCapitalized()
                && t.text().codePoints().allMatch(Character::isLetter)
                && !lexicon.isNotName(t.text())
                && !lexicon.isOfficeQualifier(t.text())
                && (lexicon.isMilitaryService(t.text())
                        || !(lexicon.isOrganizationHead(t.text()) || lexicon.isPlaceHead(t.text())));
    }

    /**
     * Military ranks before a name, each with the branch of service before it ("Army Gen.", "Navy Vice
     * Adm.", "Staff Sgt."). A rank written out ("General") must be followed by two name words, so that
     * "General Assembly" stays a name.
     */
    private List<RankSpan> findRanks(String text, Sentence s, BitSet covered) {
        List<RankSpan> out = new ArrayList<>();
        int n = s.tokens().size();
        int i = 0;
        while (i < n) {
            if (covered.get(i)) {
                i++;
                continue;
            }
            int rankFrom = i;
            for (int to = Math.min(n - 1, i + lexicon.longestServiceWords()); to > i; to--) {
                if (covered.get(i, to).cardinality() == 0 && lexicon.isMilitaryService(s.text(text, i, to))) {
                    rankFrom = to;
                    break;
                }
            }
            int rankTo = -1;
            MentionLexicon.Rank rank = null;
            for (int to = Math.min(n, rankFrom + lexicon.longestRankWords() * 2); to > rankFrom; to--) {
                if (covered.get(rankFrom, to).cardinality() > 0) {
                    continue;
                }
                MentionLexicon.Rank r = lexicon.rank(s.text(text, rankFrom, to));
                if (r != null) {
                    rankTo = to;
                    rank = r;
                    break;
                }
            }
            if (rank != null && beforeName(s, rankTo, s.token(rankTo - 1).text().endsWith(".") ? 1 : 2)) {
                out.add(new RankSpan(s.index(), i, rankTo, rank));
                covered.set(i, rankTo);
                i = rankTo;
            } else {
                i++;
            }
        }
        return out;
    }

    /** True when {@code words} capitalised proper nouns start at {@code k}. */
    private static boolean beforeName(Sentence s, int k, int words) {
        for (int j = k; j < k + words; j++) {
            if (j >= s.tokens().size()
                    || !s.token(j).isProperNoun()
                    || !s.token(j).isCapitalized()
                    || !Character.isLetter(s.token(j).text().codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern DESIGNATOR_LETTERS = java.util.regex.Pattern.compile("[A-Z]{1,4}");
    private static final java.util.regex.Pattern DESIGNATOR_NUMBER =
            java.util.regex.Pattern.compile("\\d{1,4}[A-Z]{0,2}");
    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVX]{1,4}");

    /**
     * Aircraft and weapons named by a military designator and a popular name ("C-130J Super Hercules", "KC-135
     * Stratotanker", "C-17 Globemaster III"): one item of equipment, designator included, not a person or an
     * actor made of the words after the code. Names the gazetteer knows are matched before.
     */
    private List<Mention> designatedEquipment(String text, Sentence s, BitSet covered) {
        List<Mention> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (covered.get(i, i + 3).cardinality() > 0
                    || !DESIGNATOR_LETTERS.matcher(tokens.get(i).text()).matches()
                    || !tokens.get(i + 1).text().equals("-")
                    || tokens.get(i).end() != tokens.get(i + 1).begin()
                    || tokens.get(i + 1).end() != tokens.get(i + 2).begin()
                    || !DESIGNATOR_NUMBER.matcher(tokens.get(i + 2).text()).matches()) {
                continue;
            }
            int end = i + 3;
            while (end < tokens.size()
                    && !covered.get(end)
                    && Character.isUpperCase(tokens.get(end).text().codePointAt(0))
                    && (tokens.get(end).isProperNoun()
                            || ROMAN.matcher(tokens.get(end).text()).matches()
                            || tokens.get(end).isNoun())
                    && !lexicon.isNotName(tokens.get(end).text())) {
                end++;
            }
            if (end == i + 3 || !Character.isLetter(tokens.get(i + 3).text().codePointAt(0))) {
                continue; // "F-16 jets": a type named by its code alone is left to the gazetteer
            }
            String name = s.text(text, i, end).replaceAll("\\s+", " ");
            out.add(mention(text, s, i, end, Entity.local(EntityType.EQUIPMENT, name), MentionKind.NAME));
            covered.set(i, end);
            i = end - 1;
        }
        return out;
    }

    /** A numeral that counts an event ("World War II", "World War 2"). */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("[IVX]+|\\d+");

    /**
     * Two places named with one head word ("the Black and Caspian seas", "North and South America"): the
     * first word before "and" is a place of its own with the shared head ("Black Sea"), not a demonym, when the
     * gazetteer knows both names whole. A plural head in lower case ("oceans") is part of the second name.
     */
    private List<Mention> sharedHeads(String text, Sentence s, BitSet covered) {
        List<Mention> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int k = 1; k + 2 < tokens.size(); k++) {
            Token first = tokens.get(k - 1);
            Token second = tokens.get(k + 1);
            Token head = tokens.get(k + 2);
            if (!(tokens.get(k).text().equals("and") || tokens.get(k).text().equals("or"))
                    || !first.isCapitalized()
                    || !second.isCapitalized()
                    || covered.get(k - 1, k + 3).cardinality() > 0) {
                continue;
            }
            boolean plural = Character.isLowerCase(head.text().codePointAt(0))
                    && head.isNoun()
                    && !head.text().equalsIgnoreCase(head.lemma());
            String headWord = plural ? capitalised(head.lemma()) : head.text();
            if (!plural && !head.isCapitalized()) {
                continue;
            }
            Entity one = placesByName.get(TextNormalizer.foldedKey(first.text() + " " + headWord));
            Entity two = placesByName.get(TextNormalizer.foldedKey(second.text() + " " + headWord));
            if (one == null || two == null || one.equals(two)) {
                continue;
            }
            out.add(mention(text, s, k - 1, k, one, MentionKind.NAME));
            covered.set(k - 1);
            if (plural) {
                out.add(mention(text, s, k + 1, k + 3, two, MentionKind.NAME));
                covered.set(k + 1, k + 3);
            } // else the gazetteer reads the second name ("South America") itself
        }
        return out;
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1);
    }

    // A nickname's marks: a converted text's PTB forms too, but not the straight single mark, more often an apostrophe.
    private boolean opensNickname(String token) {
        MentionLexicon.QuotationMarks q = lexicon.quotationMarks();
        return q.opens(token) || q.opensPtb(token);
    }

    private boolean closesNickname(String token) {
        MentionLexicon.QuotationMarks q = lexicon.quotationMarks();
        return q.closes(token) || q.closesPtb(token);
    }

    /** An initial inside a name ("Dwight D. Eisenhower"). */
    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("[A-Z]\\.");

    /**
     * Ships named after their prefix ("USS George Washington", "HMS Queen Elizabeth"): the capitalised words after
     * it, initials included, are one vessel's name, read before the gazetteer so that no word of it is taken for
     * a person or the place it honours.
     */
    private List<Mention> ships(String text, Sentence s, BitSet covered, Map<List<String>, Entity> shipsNamed) {
        List<Mention> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).text().equalsIgnoreCase("the") && !covered.get(i + 1)) {
                // "The Mount Whitney joins ...", "the Peleliu": a vessel named before with its prefix, the same
                // vessel, not the mountain or the person it is named after.
                int at = i + 1;
                Optional<Map.Entry<List<String>, Entity>> ship = shipsNamed.entrySet().stream()
                        .filter(e -> namedAt(tokens, at, e.getKey()))
                        .max(java.util.Comparator.comparingInt(e -> e.getKey().size()));
                if (ship.isPresent()) {
                    int end = i + 1 + ship.get().getKey().size();
                    out.add(mention(text, s, i + 1, end, ship.get().getValue(), MentionKind.NAME));
                    covered.set(i + 1, end);
                    i = end - 1;
                    continue;
                }
            }
            if (!lexicon.isShipPrefix(tokens.get(i).text())) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size()
                    && (INITIAL.matcher(tokens.get(end).text()).matches()
                            || (tokens.get(end).isCapitalized()
                                    && Character.isLetter(tokens.get(end).text().codePointAt(0))))) {
                end++;
            }
            if (end == i + 1) {
                continue;
            }
            String name = s.text(text, i, end).replaceAll("\\s+", " ");
            // "USS Gerald R. Ford Carrier Strike Group": a unit named after its ship is a body, not the vessel.
            EntityType type = lexicon.isOrganizationHead(tokens.get(end - 1).text())
                    ? EntityType.ORGANIZATION
                    : EntityType.EQUIPMENT;
            Entity vessel = Entity.local(type, name);
            out.add(mention(text, s, i, end, vessel, MentionKind.NAME));
            if (type == EntityType.EQUIPMENT) {
                shipsNamed.putIfAbsent(
                        tokens.subList(i + 1, end).stream().map(Token::text).toList(), vessel);
            }
            covered.set(i, end);
            i = end - 1;
        }
        return out;
    }

    /** True when the words of a name stand at {@code k}, the whole name (no capitalised word after it). */
    private static boolean namedAt(List<Token> tokens, int k, List<String> words) {
        if (k + words.size() > tokens.size()) {
            return false;
        }
        for (int j = 0; j < words.size(); j++) {
            if (!tokens.get(k + j).text().equals(words.get(j))) {
                return false;
            }
        }
        int after = k + words.size();
        return after == tokens.size() || !tokens.get(after).isCapitalized();
    }

    /**
     * The name of a mission or an operation before its lower-case noun ("NATO's Steady Anchor mission"):
     * the capitalised words before it, whatever the tagger made of them (an adjective, a verb), are one name.
     * A sentence's first word is not taken, being capitalised anyway. Marks the words covered.
     */
    private List<NameCandidate> missionNames(String text, Sentence s, BitSet covered) {
        List<NameCandidate> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int k = 1; k < tokens.size(); k++) {
            if (!lexicon.isMissionNoun(tokens.get(k).text())) {
                continue;
            }
            int from = k;
            while (from - 1 > 0
                    && !covered.get(from - 1)
                    && tokens.get(from - 1).isCapitalized()
                    && tokens.get(from - 1).text().codePoints().allMatch(Character::isLetter)
                    && !lexicon.isNotName(tokens.get(from - 1).text())) {
                from--;
            }
            if (from < k) {
                String raw = s.text(text, from, k);
                out.add(new NameCandidate(s.index(), from, k, TextNormalizer.key(raw), raw.replaceAll("\\s+", " ")));
                covered.set(from, k);
            }
        }
        return out;
    }

    /**
     * Marks as read, with no entity, a capitalised name of money or help given that closes with a head word of
     * {@code programmeHeads} ("Overseas Relief, Recovery and Civic Aid Funding"): its words, over the commas and
     * "and" inside it, are not places, actors or people of their own.
     */
    private void coverProgrammeNames(Sentence s, BitSet covered) {
        List<Token> tokens = s.tokens();
        for (int k = 1; k < tokens.size(); k++) {
            Token head = tokens.get(k);
            if (covered.get(k)
                    || !head.isCapitalized()
                    || !lexicon.isProgrammeHead(head.lemma())
                    || (k + 1 < tokens.size() && tokens.get(k + 1).isCapitalized())) {
                continue;
            }
            int from = k;
            int j = k - 1;
            while (j >= 0 && !covered.get(j)) {
                Token t = tokens.get(j);
                boolean word = t.isCapitalized() && Character.isLetter(t.text().codePointAt(0));
                boolean joiner = (t.text().equals(",")
                                || t.text().equals("and")
                                || t.text().equals("&"))
                        && j > 0
                        && tokens.get(j - 1).isCapitalized();
                if (word) {
                    from = j;
                } else if (!joiner) {
                    break;
                }
                j--;
            }
            if (from < k) {
                covered.set(from, k + 1);
            }
        }
    }

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(?:st|nd|rd|th)");

    /** The number of a unit written after its name ("Task Force 412"). */
    private static final java.util.regex.Pattern UNIT_NUMBER = java.util.regex.Pattern.compile("\\d{1,4}");

    /** Participles that close a hyphenated adjective without the regular "-ed" ("state-run", "Ruritanian-held"). */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("run", "held", "made", "built", "born", "won");

    /**
     * True for a lower-case participle after a hyphen ("Ruritanian-led", "state-run", "Saudi-owned"): it closes an
     * adjective, not a hyphenated name word. A given name's second part the tagger reads as a verb ("Dae-sung")
     * is none: only regular participles and a few irregular ones count.
     */
    private static boolean hyphenatedParticiple(Token t) {
        String w = t.text();
        return Character.isLowerCase(w.codePointAt(0))
                && t.pos().startsWith("VB")
                && (w.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(w));
    }

    /**
     * True when a lower-case name particle joined by a hyphen to a capitalised word begins at {@code k}
     * ("al-Qantara", "el-Nour"): a name opening with its article, which the tagger leaves in lower case.
     */
    private boolean particleNameAt(List<Token> tokens, int k, BitSet covered) {
        return k + 2 < tokens.size()
                && lexicon.isNameParticle(tokens.get(k).text())
                && tokens.get(k + 1).pos().equals("HYPH")
                && tokens.get(k).end() == tokens.get(k + 1).begin()
                && tokens.get(k + 1).end() == tokens.get(k + 2).begin()
                && !covered.get(k + 2)
                && Character.isUpperCase(tokens.get(k + 2).text().codePointAt(0));
    }

    private List<NameCandidate> findNameCandidates(String text, Sentence s, BitSet covered) {
        List<NameCandidate> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size()) {
            if (covered.get(i)
                    || !(startsName(tokens.get(i))
                            || acronymPairAt(tokens, i)
                            || particleNameAt(tokens, i, covered)
                            || hyphenatedPrefixAt(tokens, i, covered))) {
                i++;
                continue;
            }
            int j = i + 1;
            int nickname = -1;
            while (j < tokens.size() && !covered.get(j)) {
                Token t = tokens.get(j);
                boolean nextIsName = j + 1 < tokens.size()
                        && !covered.get(j + 1)
                        && tokens.get(j + 1).isProperNoun();
                if ((t.isProperNoun() || isHead(t) || (j - i >= 1 && lexicon.isBroadcastWord(t.text())))
                        && t.isCapitalized()) {
                    j++; // "the Shangri-La Dialogue": a capitalised head word ends the name, however tagged
                } else if (t.pos().equals("HYPH")
                        && j + 1 < tokens.size()
                        && !covered.get(j + 1)
                        && tokens.get(j - 1).end() == t.begin()
                        && t.end() == tokens.get(j + 1).begin()
                        && Character.isLetter(tokens.get(j + 1).text().codePointAt(0))
                        && !hyphenatedParticiple(tokens.get(j + 1))) {
                    j += 2; // "Lee Jong-sup": a hyphenated given name is one word, whatever its case.
                } else if (nickname < 0
                        && opensNickname(t.text())
                        && j + 3 < tokens.size()
                        && covered.get(j, j + 4).cardinality() == 0
                        && tokens.get(j + 1).isCapitalized()
                        && tokens.get(j + 1).isProperNoun()
                        && closesNickname(tokens.get(j + 2).text())
                        && startsName(tokens.get(j + 3))) {
                    nickname = j; // "Taro “Tiger” Wanamaker": a nickname in quotes inside one person's name
                    j += 3;
                } else if (lexicon.isNameParticle(t.text()) && particleInside(tokens, j, covered)) {
                    j++; // "Mohammed bin Salman", "Ursula von der Leyen"
                } else if (t.text().equals("and")
                        && j + 1 < tokens.size()
                        && !covered.get(j + 1)
                        && lexicon.isOrganizationHead(tokens.get(j - 1).text())
                        && lexicon.isOrganizationHead(tokens.get(j + 1).text())
                        && tokens.get(j + 1).isCapitalized()) {
                    j++; // "the Ronald Reagan Presidential Foundation and Institute": one body of two heads
                } else if (joinsName(tokens, j) && !covered.get(j + 1)) {
                    j++; // "Department of Justice", "Port of Quetzal": one name over its "of"
                } else if (t.text().equals("of") && meetingNameAfter(tokens, j + 1, covered)) {
                    j++; // "the African Chiefs of Defense Conference": a meeting's name runs over its "of"
                } else if ((t.pos().equals("POS")
                                || t.pos().equals("HYPH")
                                || t.text().equals("&"))
                        && nextIsName
                        && !(t.pos().equals("POS")
                                && j - i >= 2
                                && lexicon.isOrganizationHead(tokens.get(j - 1).text())
                                && tokens.get(j - 1).isCapitalized())
                        && (!t.pos().equals("POS")
                                || j - i != 1
                                || !PersonNames.isAllCapitals(tokens.get(i).text())
                                || possessiveInsideName(tokens, j + 1, covered))) {
                    // "St. Mark's Basilica", "Bosnia-Herzegovina": joiners inside a name; but "RTN's Ana Ortiz"
                    // is two names, the outlet's and its reporter's, and so is "the National Guard's State
                    // Partnership Program": a body's name closed by its head word owns what follows.
                    j++;
                } else {
                    break;
                }
            }
            int end = j;
            // Drop trailing words that never end a name, and a leading one ("General" of a title remnant).
            // A head word that is also a title word ends a longer name ("Kachin State", "Islamic State"), and so
            // does a point of the compass ("Tom West", "U.S. Army North").
            while (end > i
                    && lexicon.isNotName(tokens.get(end - 1).text())
                    && !(end - i >= 2
                            && lexicon.isBroadcastWord(tokens.get(end - 1).text()))
                    && !(end - i >= 2
                            && (isHead(tokens.get(end - 1))
                                    || lexicon.mayEndName(tokens.get(end - 1).text()))
                            && hasNameWord(tokens, i, end - 1))) {
                end--;
            }
            int start = i;
            while (start < end
                    && lexicon.isNotName(tokens.get(start).text())
                    && !(lexicon.opensBodyName(tokens.get(start).text())
                            && end - start >= 2
                            && lexicon.isOrganizationHead(tokens.get(end - 1).text())
                            && hasNameWord(tokens, start + 1, end))) {
                start++; // but "National" of "the National Security Council" opens the body's name
            }
            // A title word inside the words ("Parliament Speaker Nabih Berri") ends what comes before it: the
            // name is the two or more name words after the last such word.
            for (int k = end - 3; k > start; k--) {
                if (lexicon.isNotName(tokens.get(k).text())
                        && !lexicon.mayEndName(tokens.get(k).text())
                        && Character.isUpperCase(tokens.get(k).text().codePointAt(0))
                        && hasNameWord(tokens, k + 1, end)
                        && !isHead(tokens.get(end - 1))) {
                    start = k + 1;
                    break;
                }
            }
            // A hyphenated word is several tokens ("Euro", "-", "Atlantic"): compared whole.
            boolean commonWordAlone = start < end
                    && ((end - start == 1
                                    && lexicon.isNotNameAlone(tokens.get(start).text()))
                            || lexicon.isNotNameAlone(TextNormalizer.key(s.text(text, start, end))));
            if (start < end && (hasNameWord(tokens, start, end) || acronymPairAt(tokens, start)) && !commonWordAlone) {
                if (start > 0
                        && !covered.get(start - 1)
                        && ORDINAL.matcher(tokens.get(start - 1).text()).matches()
                        && isHead(tokens.get(end - 1))) {
                    start--; // "the 363rd Training Group": a unit's number is part of its name
                }
                if (end < tokens.size()
                        && !covered.get(end)
                        && UNIT_NUMBER.matcher(tokens.get(end).text()).matches()
                        && lexicon.isUnitHead(tokens.get(end - 1).lemma())
                        && tokens.get(end - 1).isCapitalized()) {
                    end++; // "Task Force 412", "Carrier Strike Group 12": the number after the unit's head names it
                    while (start > 0
                            && !covered.get(start - 1)
                            && tokens.get(start - 1).isCapitalized()
                            && tokens.get(start - 1).pos().startsWith("JJ")
                            && !lexicon.isNotName(tokens.get(start - 1).text())) {
                        start--; // "Joint" of "Joint Task Force 412", however the tagger reads it
                    }
                }
                end = withNameSuffix(s, end);
                if (end < tokens.size()
                        && lexicon.isGovernmentNoun(tokens.get(end).text())) {
                    end++; // "the Biden administration": the government a name stands for, not the person
                } else if (end < tokens.size()
                        && !covered.get(end)
                        && Character.isLowerCase(tokens.get(end).text().codePointAt(0))
                        && tokens.get(end).isNoun()
                        && lexicon.isPlaceHead(tokens.get(end).text())
                        && !(end - start == 1
                                && ACRONYM.matcher(tokens.get(start).text()).matches())) {
                    // (but "the NATO base" is a body's base: an acronym names its owner, not the site)
                    end++; // "near the Pukchang airfield": the place's name with its common noun
                }
                j = Math.max(j, end);
                String raw = s.text(text, start, end);
                if (nickname > start && nickname + 3 < end) {
                    // the person's name without the nickname: "Taro Wanamaker"
                    raw = s.text(text, start, nickname) + " " + s.text(text, nickname + 3, end);
                }
                out.add(new NameCandidate(s.index(), start, end, TextNormalizer.key(raw), raw.replaceAll("\\s+", " ")));
            }
            i = j;
        }
        return out;
    }

    /**
     * True when the capitalised words from {@code k} on, after an acronym's possessive, are one word or close with
     * a head word ("NATO's Eastern Command"): the possessive is inside one name.
     */
    private boolean possessiveInsideName(List<Token> tokens, int k, BitSet covered) {
        int end = k;
        while (end < tokens.size()
                && !covered.get(end)
                && tokens.get(end).isCapitalized()
                && (tokens.get(end).isProperNoun() || isHead(tokens.get(end)))) {
            end++;
        }
        return end - k == 1 || (end > k && isHead(tokens.get(end - 1)));
    }

    /**
     * The end of a name with its suffix, after a comma or not ("Joseph R. Biden, Jr.", "Ferdinand Marcos Jr."):
     * the suffix is part of the name, and the parser often makes it the name's head.
     */
    private static int withNameSuffix(Sentence s, int end) {
        if (end < s.tokens().size() && PersonNames.isSuffix(s.token(end).text())) {
            return end + 1; // "Ferdinand Marcos Jr." is not his father
        }
        if (end + 1 < s.tokens().size()
                && s.token(end).text().equals(",")
                && PersonNames.isSuffix(s.token(end + 1).text())) {
            return end + 2;
        }
        return end;
    }

    /**
     * True when the particles from {@code j} on are followed by a capitalised name word, or the particle is
     * joined by a hyphen to the next word ("Abdel-Fattah el-Sissi", "Bashar al-Assad").
     */
    private boolean particleInside(List<Token> tokens, int j, BitSet covered) {
        int k = j;
        while (k < tokens.size() && lexicon.isNameParticle(tokens.get(k).text())) {
            k++;
        }
        if (k == j + 1
                && k + 1 < tokens.size()
                && tokens.get(k).pos().equals("HYPH")
                && tokens.get(j).end() == tokens.get(k).begin()
                && tokens.get(k).end() == tokens.get(k + 1).begin()
                && !covered.get(k + 1)
                && Character.isUpperCase(tokens.get(k + 1).text().codePointAt(0))) {
            return true;
        }
        return k < tokens.size() && !covered.get(k) && startsName(tokens.get(k));
    }

    /**
     * True when the name is the subject of talks, after "on" ("the dialogue on Maritime Domain Awareness", "talks on
     * Maritime Security"): capitalised as a programme's title, it names no one, whatever its length says.
     */
    private boolean topicOfTalks(AnalyzedText analysed, NameCandidate c) {
        Sentence s = analysed.sentences().get(c.sentence());
        return c.from() > 1
                && s.token(c.from() - 1).text().equals("on")
                && lexicon.isTalksNoun(s.token(c.from() - 2).lemma());
    }

    /** True when the capitalised words from {@code k} on end with a meeting's head word ("Defense Conference"). */
    private boolean meetingNameAfter(List<Token> tokens, int k, BitSet covered) {
        int end = k;
        while (end < tokens.size()
                && !covered.get(end)
                && tokens.get(end).isCapitalized()
                && Character.isLetter(tokens.get(end).text().codePointAt(0))) {
            end++;
        }
        return end > k && lexicon.isMeetingHead(tokens.get(end - 1).lemma());
    }

    /** True when the word at {@code j} ("of", "for") joins a body's or a place's head to a capitalised name. */
    private boolean joinsName(List<Token> tokens, int j) {
        return j > 0
                && j + 1 < tokens.size()
                && lexicon.isNameJoiner(tokens.get(j).text())
                && (isHead(tokens.get(j - 1))
                        || lexicon.isPlaceFirstWord(tokens.get(j - 1).text()))
                && tokens.get(j - 1).isCapitalized()
                && startsName(tokens.get(j + 1));
    }

    private boolean isHead(Token t) {
        return lexicon.isEventHead(t.lemma())
                || lexicon.isEventHead(t.text())
                || lexicon.isOrganizationHead(t.lemma())
                || lexicon.isOrganizationHead(t.text())
                || lexicon.isPlaceHead(t.lemma())
                || lexicon.isPlaceHead(t.text());
    }

    /** The word that types a name: the one before its first "of" ("Department of Justice"), else its last. */
    private int headOf(Sentence s, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (lexicon.isNameJoiner(s.token(k).text())) {
                return k - 1;
            }
        }
        return to - 1;
    }

    /**
     * Where a name that continues a place name ends, when the proper nouns after it close with the head word
     * of an organization ("... Security Council", "Syrian Observatory for Human Rights") or are a branch of
     * service ending the name ("the U.S. Army has ..."); else {@code from}.
     */
    private int prefixedNameEnd(Sentence s, int from) {
        List<Token> tokens = s.tokens();
        int j = from;
        while (j < tokens.size()) {
            if ((tokens.get(j).isProperNoun()
                            || isHead(tokens.get(j))
                            || (tokens.get(j).isNoun()
                                    && j + 1 < tokens.size()
                                    && isHead(tokens.get(j + 1))
                                    && tokens.get(j + 1).isCapitalized()))
                    && tokens.get(j).isCapitalized()) {
                j++; // "Leaders Summit": a capitalised common noun before the head word is part of the name
            } else if (j > from && joinsName(tokens, j)) {
                j++;
            } else {
                break;
            }
        }
        // "U.S. Trade and Development Agency": "and" inside a body's name when a head word closes it.
        if (j > from && j + 2 < tokens.size() && tokens.get(j).text().equals("and")) {
            int k = j + 1;
            while (k < tokens.size()
                    && tokens.get(k).isCapitalized()
                    && (tokens.get(k).isProperNoun() || isHead(tokens.get(k)))) {
                k++;
            }
            if (k > j + 1 && lexicon.isOrganizationHead(tokens.get(k - 1).text())) {
                j = k;
            }
        }
        if (j - from >= 2 && isHead(s.token(headOf(s, from, j)))) {
            return j;
        }
        if (j > from && (j == tokens.size() || !tokens.get(j).isCapitalized()) && isMilitaryService(s, from, j)) {
            return j;
        }
        // "U.S. Air Force C-130": a branch of service after its state's name is a body before the designator of its
        // aircraft. (Before a rank, "U.S. Navy Adm. X", it stays part of the rank phrase, as below.)
        for (int k = Math.min(j, from + 4); k > from; k--) {
            if (isMilitaryService(s, from, k) && designatorAt(s, k)) {
                return k;
            }
        }
        // "U.S. Army North": a command of a branch of service.
        if (j - from >= 2
                && containsService(s, from, j)
                && lexicon.mayEndName(tokens.get(j - 1).text())
                && !rankWithin(s, from, j)) {
            return j;
        }
        // "a Minsk Group Co-Chair": the body's name ends at its head; what follows is a role in it. Not before a
        // rank ("U.S. Army Staff Sgt. X"): the unit is part of the rank phrase.
        for (int h = j - 1; h >= from; h--) {
            if (lexicon.isOrganizationHead(tokens.get(h).text())
                    && !rankWithin(s, h + 1, j)
                    && rolesOnly(s, h + 1, j)) {
                return h + 1;
            }
        }
        return from;
    }

    /**
     * Where "-led" and a group's noun end after a name that ends at {@code k} ("Ruritanian-led coalition"), or -1:
     * the hyphen written close on both sides, "led", then a noun of {@code ledGroupNouns}.
     */
    private int ledGroupEnd(Sentence s, int k) {
        List<Token> tokens = s.tokens();
        if (k == 0 || k + 2 >= tokens.size()) {
            return -1;
        }
        Token hyphen = tokens.get(k);
        boolean joined = (hyphen.pos().equals("HYPH") || hyphen.text().equals("-"))
                && tokens.get(k - 1).end() == hyphen.begin()
                && hyphen.end() == tokens.get(k + 1).begin();
        return joined
                        && tokens.get(k + 1).text().equals("led")
                        && Character.isLowerCase(tokens.get(k + 2).text().codePointAt(0))
                        && lexicon.isLedGroupNoun(tokens.get(k + 2).lemma())
                ? k + 3
                : -1;
    }

    /**
     * Where a body's "Mission in" or "Mission to" and the capitalised name after it end ("the AU Mission in
     * Ruritania"), when the capitalised noun of {@code missionNouns} follows a body's name ending at {@code k};
     * else -1.
     */
    private int missionInPlaceEnd(Sentence s, int k, BitSet covered) {
        List<Token> tokens = s.tokens();
        if (k + 2 >= tokens.size()
                || !tokens.get(k).isCapitalized()
                || !lexicon.isMissionNoun(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
            return -1;
        }
        String joiner = tokens.get(k + 1).text();
        if (!(joiner.equals("in") || joiner.equals("to"))) {
            return -1;
        }
        int end = k + 2;
        while (end < tokens.size() && !covered.get(end) && startsName(tokens.get(end))) {
            end++;
        }
        return end > k + 2 ? end : -1;
    }

    /** True when the words [from, to) are title words only ("Co-Chair"), not a name's last words ("North"). */
    private boolean rolesOnly(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.token(k).text();
            if (!(lexicon.isNotName(w) && !lexicon.mayEndName(w))
                    && !s.token(k).pos().equals("HYPH")) {
                return false;
            }
        }
        return true;
    }

    /** True when a type designator ("C-130", "MQ-9") begins at {@code k}. */
    private static boolean designatorAt(Sentence s, int k) {
        return k + 2 < s.tokens().size()
                && DESIGNATOR_LETTERS.matcher(s.token(k).text()).matches()
                && s.token(k + 1).text().equals("-")
                && s.token(k).end() == s.token(k + 1).begin()
                && s.token(k + 1).end() == s.token(k + 2).begin()
                && DESIGNATOR_NUMBER.matcher(s.token(k + 2).text()).matches();
    }

    private boolean rankWithin(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            for (int n = 1; n <= lexicon.longestRankWords() && k + n <= to; n++) {
                StringBuilder w = new StringBuilder();
                for (int x = k; x < k + n; x++) {
                    w.append(x > k ? " " : "").append(s.token(x).text());
                }
                if (lexicon.rank(w.toString()) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when words of the name are a branch of service ("Army North", "U.S. Air Force"): the name is a
     * command's or the branch's. Branches of two or three words ("Air Force", "Marine Corps") count whole.
     */
    private boolean containsService(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            for (int n = 1; n <= 3 && k + n <= to; n++) {
                if (isMilitaryService(s, k, k + n)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isMilitaryService(Sentence s, int from, int to) {
        StringBuilder words = new StringBuilder();
        for (int k = from; k < to; k++) {
            words.append(k > from ? " " : "").append(s.token(k).text());
        }
        return lexicon.isMilitaryService(words.toString());
    }

    /**
     * True when a capitalised first half of a hyphenated word, whatever its tag, opens a name whose second half
     * and next word are capitalised: "the Inter-American Development Bank", "the Sino-Russian Friendship Treaty".
     */
    private static boolean hyphenatedPrefixAt(List<Token> tokens, int k, BitSet covered) {
        if (k + 1 < tokens.size()
                && covered.get(k, k + 2).cardinality() == 0
                && HYPHENATED_CAPITALS.matcher(tokens.get(k).text()).matches()
                && tokens.get(k + 1).isCapitalized()
                && Character.isLetter(tokens.get(k + 1).text().codePointAt(0))) {
            return true; // one token, as the tokenizer keeps "Inter-American"
        }
        if (k + 3 >= tokens.size() || covered.get(k, k + 4).cardinality() > 0) {
            return false;
        }
        Token prefix = tokens.get(k);
        Token hyphen = tokens.get(k + 1);
        Token second = tokens.get(k + 2);
        Token next = tokens.get(k + 3);
        return prefix.isCapitalized()
                && Character.isLetter(prefix.text().codePointAt(0))
                && hyphen.text().equals("-")
                && prefix.end() == hyphen.begin()
                && hyphen.end() == second.begin()
                && second.isCapitalized()
                && next.isCapitalized()
                && Character.isLetter(next.text().codePointAt(0));
    }

    private static final java.util.regex.Pattern HYPHENATED_CAPITALS =
            java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+-\\p{Lu}\\p{L}+");

    private boolean startsName(Token t) {
        return t.isProperNoun()
                && t.isCapitalized()
                && Character.isLetter(t.text().codePointAt(0));
    }

    /**
     * True when two acronyms joined by a hyphen begin at {@code k} ("CJTF-HOA"): one body's name, which the
     * tagger often takes for a common noun.
     */
    private static boolean acronymPairAt(List<Token> tokens, int k) {
        return k + 2 < tokens.size()
                && ACRONYM.matcher(tokens.get(k).text()).matches()
                && tokens.get(k + 1).text().equals("-")
                && tokens.get(k).end() == tokens.get(k + 1).begin()
                && tokens.get(k + 1).end() == tokens.get(k + 2).begin()
                && ACRONYM.matcher(tokens.get(k + 2).text()).matches();
    }

    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z]{2,6}");

    private boolean hasNameWord(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.isProperNoun()
                    && !lexicon.isNotName(t.text())
                    && t.text().codePoints().anyMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Decides each unknown name: a surname of a person named earlier, or a local entity whose type comes
     * from titles, the name's last word, a place preposition, or its length.
     */
    private List<Mention> resolveCandidates(
            AnalyzedText analysed,
            List<NameCandidate> candidates,
            List<Mention> gazetteerMentions,
            List<OfficeSpan> offices,
            List<RankSpan> ranks,
            List<Title> titles) {
        String text = analysed.text();
        Map<String, EntityType> types = new HashMap<>();
        Set<String> titled = new LinkedHashSet<>();
        for (NameCandidate c : candidates) {
            if (titleBefore(c, offices) != null
                    || titleAfter(analysed, c, offices) != null
                    || rankEndingAt(ranks, c.sentence(), c.from()).isPresent()
                    || offices.stream()
                            .anyMatch(o -> o.sentence() == c.sentence()
                                    && o.to() + 1 == c.from()
                                    && analysed.sentences()
                                            .get(c.sentence())
                                            .token(o.to())
                                            .text()
                                            .equals(","))) {
                titled.add(c.label());
            }
        }
        Set<String> shortForms = new java.util.HashSet<>();
        for (Sentence s : analysed.sentences()) {
            for (int k = 0; k < s.tokens().size(); k++) {
                if (abbreviatesCommonWords(s, k)) {
                    shortForms.add(s.token(k).text());
                }
            }
        }
        Set<String> meetings = new LinkedHashSet<>(); // names read whole that name no entity
        Set<String> namedMeetings = new LinkedHashSet<>(); // of those, meetings with a name of their own
        for (NameCandidate c : candidates) {
            Sentence s = analysed.sentences().get(c.sentence());
            Token lastWord = s.token(c.to() - 1);
            // A meeting's head word closes its name even after an "of" ("Chiefs of Defense Conference").
            int head = lastWord.isCapitalized() && lexicon.isMeetingHead(lastWord.lemma())
                    ? c.to() - 1
                    : headOf(s, c.from(), c.to());
            if (head > c.from() + 1 && NUMBERED.matcher(s.token(head).text()).matches()) {
                head--; // "World War II": the numeral counts the event, its head is the word before
            }
            if (c.to() - c.from() >= 2
                    && (lexicon.isEventHead(s.token(head).lemma())
                            || lexicon.isEventFirstWord(s.token(c.from()).text()))) {
                // "the Shangri-La Dialogue", "World War I", "Typhoon Haiyan": read whole, no entity
                meetings.add(c.label());
                boolean ownName = head > c.from()
                        ? !knownName(s.text(text, c.from(), head))
                        : c.to() - head >= 3; // "the Summit for Democracy"
                if (lexicon.isMeetingHead(s.token(head).lemma()) && ownName) {
                    // ... but a meeting with a name of its own ("the Aspen Security Forum", "the Summit for
                    // Democracy") is a body that convenes, as the gold guide types it; one named only by its host
                    // ("the Warsaw Summit") is a description of a meeting, no entity.
                    namedMeetings.add(c.label());
                }
            }
            if (shortForms.contains(c.text())) {
                meetings.add(c.label()); // "traumatic brain injuries, or TBI": a common noun's short form
            }
        }
        // A name found only in headings ("Steadfast Partnership", "Maritime Law Enforcement Assistance:") is a
        // capitalised common noun of the heading, whatever its last word suggests.
        Set<String> headingOnly = new LinkedHashSet<>();
        for (NameCandidate c : candidates) {
            if (!titled.contains(c.label())
                    && candidates.stream()
                            .filter(o -> o.label().equals(c.label()))
                            .allMatch(o -> inHeading(analysed, o))) {
                headingOnly.add(c.label()); // unless it is the surname of someone named ("Statement by President X")
            }
        }
        for (NameCandidate c : candidates) {
            if (!meetings.contains(c.label())) {
                decisiveType(analysed, c, titled).ifPresent(t -> types.merge(c.label(), t, MentionFinder::stronger));
            }
        }
        for (NameCandidate c : candidates) {
            if (!types.containsKey(c.label())
                    && !meetings.contains(c.label())
                    && placeOfKnownPlace(analysed, c, gazetteerMentions)) {
                types.put(c.label(), EntityType.PLACE); // "visiting Bali, Indonesia", "Hill AFB, Utah"
            }
        }
        for (NameCandidate c : candidates) {
            if (!types.containsKey(c.label())
                    && !meetings.contains(c.label())
                    && !titled.contains(c.label())
                    && listedAfterPlace(analysed, c, gazetteerMentions, candidates, types)) {
                types.put(c.label(), EntityType.PLACE); // "in Khartoum and Darfur", "in Varkesh and Tel Orma"
            }
        }
        // Without decisive evidence a name's length decides, but a name the text only ever gives after an
        // article ("the Membership Action Plan", "a Foreign Liaison Officer") or in a heading names a
        // programme, an event or a role, not a person: such a name is no entity.
        Set<String> unnamed = new LinkedHashSet<>();
        Map<String, EntityType> byLength = new HashMap<>();
        // Nor is one word of a longer capitalised phrase the finder could not read whole ("the Africa Cup of
        // Nations", "Minister for Foreign Affairs", "NATO's Eastern Flank"), nor a name written all in capitals
        // (a heading or a dateline, "LATAM POLITICS"): their length is no evidence of a person or a body.
        Set<String> pieces = new LinkedHashSet<>();
        Set<String> whole = new LinkedHashSet<>();
        for (NameCandidate c : candidates) {
            if (types.containsKey(c.label()) || meetings.contains(c.label())) {
                continue;
            }
            EntityType t = lengthType(analysed, c);
            byLength.merge(c.label(), t, MentionFinder::stronger);
            boolean common = t == EntityType.PERSON && (determined(analysed, c) || inHeading(analysed, c));
            if (common) {
                unnamed.add(c.label());
            }
            Token last = analysed.sentences().get(c.sentence()).token(c.to() - 1);
            if ((t == EntityType.ACTOR && pieceOfLongerName(analysed, c, gazetteerMentions, offices))
                    || (t == EntityType.ACTOR && afterIndefiniteArticle(analysed, c))
                    || (t == EntityType.ACTOR && commonWordOpeningSentence(analysed, c))
                    || topicOfTalks(analysed, c)
                    || allCapitals(c.text())
                    || (t == EntityType.ACTOR
                            && Character.isLowerCase(last.text().codePointAt(0)))
                    || (t == EntityType.PERSON && lexicon.isNotNameAlone(last.text()))
                    || listItemOpener(analysed, c)) {
                // ... nor a capitalised prefix of a common compound ("Euro-integration efforts")
                pieces.add(c.label()); // ... nor "the Special Strategic Partnership", whatever its length says
            } else {
                whole.add(c.label());
            }
        }
        // A word a place preposition types is a piece too when a known name continues the phrase ("in Southwest
        // Asia", "to Porto da Praia"): the place is the longer name, which the finder cannot read whole.
        Set<String> placePieces = new LinkedHashSet<>();
        for (NameCandidate c : candidates) {
            if (types.get(c.label()) != EntityType.PLACE) {
                continue;
            }
            if (pieceOfLongerName(analysed, c, gazetteerMentions, offices)
                    && beforeKnownName(analysed, c, gazetteerMentions)) {
                placePieces.add(c.label());
            } else {
                whole.add(c.label());
            }
        }
        placePieces.removeAll(whole);
        types.keySet().removeAll(placePieces);
        pieces.removeAll(whole); // a name also used on its own somewhere is a name
        pieces.addAll(placePieces);
        for (NameCandidate c : candidates) {
            if (!types.containsKey(c.label())
                    && !meetings.contains(c.label())
                    && !pieces.contains(c.label())
                    && !(unnamed.contains(c.label()) && !usedBare(analysed, candidates, c.label()))) {
                types.put(c.label(), byLength.get(c.label()));
            }
        }
        for (String m : namedMeetings) {
            types.put(m, EntityType.ORGANIZATION);
        }
        // A name the text also gives with a place's common noun ("Varno island", "the Kelmet facility") is that
        // place wherever else it stands alone ("on Varno"), unless something decided otherwise there.
        for (NameCandidate c : candidates) {
            Sentence s = analysed.sentences().get(c.sentence());
            Token last = s.token(c.to() - 1);
            if (c.to() - c.from() >= 2
                    && types.get(c.label()) == EntityType.PLACE
                    && Character.isLowerCase(last.text().codePointAt(0))
                    && lexicon.isPlaceHead(last.text())) {
                String bare = TextNormalizer.key(s.text(text, c.from(), c.to() - 1));
                EntityType before = types.get(bare);
                if (before == null || before == EntityType.ACTOR) {
                    types.put(bare, EntityType.PLACE);
                }
            }
        }
        List<KnownPerson> known = knownPersons(analysed, candidates, gazetteerMentions, offices, types);
        Map<String, Entity> knownAs = knownAs(analysed, candidates, known);
        List<Mention> out = new ArrayList<>();
        for (NameCandidate c : candidates) {
            Sentence s = analysed.sentences().get(c.sentence());
            Optional<KnownPerson> same =
                    known.stream().filter(k -> k.variants().contains(c.label())).findFirst();
            if (same.isPresent()) {
                // "Ana Ortiz" after "Ana B. Ortiz": the full name again, one person.
                out.add(mention(text, s, c.from(), c.to(), same.get().entity(), MentionKind.NAME));
                continue;
            }
            Optional<Entity> person = shortFormOf(c, known, types.get(c.label()), analysed)
                    .or(() -> Optional.ofNullable(knownAs.get(c.label())));
            if (person.isPresent()) {
                out.add(mention(text, s, c.from(), c.to(), person.get(), MentionKind.SURNAME));
                continue;
            }
            if (!types.containsKey(c.label()) || headingOnly.contains(c.label())) {
                continue;
            }
            out.add(mention(text, s, c.from(), c.to(), Entity.local(types.get(c.label()), c.text()), MentionKind.NAME));
        }
        List<Mention> all = new ArrayList<>(gazetteerMentions);
        all.addAll(out);
        titles.addAll(findTitles(analysed, all, offices, ranks));
        return out;
    }

    private static Optional<RankSpan> rankEndingAt(List<RankSpan> ranks, int sentence, int token) {
        return ranks.stream()
                .filter(r -> r.sentence() == sentence && r.to() == token)
                .findFirst();
    }

    private static Optional<RankSpan> rankStartingAt(List<RankSpan> ranks, int sentence, int token) {
        return ranks.stream()
                .filter(r -> r.sentence() == sentence && r.from() == token)
                .findFirst();
    }

    /** The people the text gives a rank, in text order. */
    private static List<RankHolder> rankHolders(List<RankSpan> ranks, List<Mention> mentions) {
        List<RankHolder> out = new ArrayList<>();
        for (RankSpan r : ranks) {
            mentionStarting(mentions, r.sentence(), r.to())
                    .filter(m -> m.entity().type() == EntityType.PERSON)
                    .ifPresent(m -> out.add(new RankHolder(m, r.rank())));
        }
        return out;
    }

    /**
     * A person the article names in full: from the gazetteer, or a local name of two or more words typed a
     * person, with where it is first named and the spellings of the same full name found later.
     *
     * @param words       the comparison words of the full name
     * @param familyFirst true when the name is written family name first
     * @param variants    labels of later candidates that are this full name again ("Ana Ortiz" for "Ana B. Ortiz")
     */
    private record KnownPerson(
            Entity entity,
            List<List<String>> words,
            boolean familyFirst,
            int sentence,
            int token,
            Set<String> variants) {
        boolean before(NameCandidate c) {
            return sentence < c.sentence() || (sentence == c.sentence() && token < c.from());
        }
    }

    /** The people the article names in full, in text order; later spellings of a full name join the first. */
    private List<KnownPerson> knownPersons(
            AnalyzedText analysed,
            List<NameCandidate> candidates,
            List<Mention> gazetteerMentions,
            List<OfficeSpan> offices,
            Map<String, EntityType> types) {
        record Named(int sentence, int token, Entity gazetteerPerson, NameCandidate candidate) {}
        List<Named> named = new ArrayList<>();
        for (Mention m : gazetteerMentions) {
            if (m.entity().type() == EntityType.PERSON && m.kind() == MentionKind.NAME) {
                named.add(new Named(m.sentence(), m.tokenBegin(), m.entity(), null));
            }
        }
        for (NameCandidate c : candidates) {
            if (types.get(c.label()) == EntityType.PERSON
                    && PersonNames.fullNameWords(c.text()).size() >= 2) {
                named.add(new Named(c.sentence(), c.from(), null, c));
            }
        }
        named.sort(java.util.Comparator.comparingInt(Named::sentence).thenComparingInt(Named::token));
        List<KnownPerson> out = new ArrayList<>();
        for (Named n : named) {
            if (n.gazetteerPerson() != null) {
                Entity e = n.gazetteerPerson();
                if (out.stream().noneMatch(k -> k.entity().equals(e))) {
                    List<List<String>> words = new ArrayList<>();
                    personNames.forms(e).forEach(f -> words.add(PersonNames.words(f)));
                    out.add(new KnownPerson(
                            e, words, personNames.familyNameFirst(e), n.sentence(), n.token(), new LinkedHashSet<>()));
                }
                continue;
            }
            NameCandidate c = n.candidate();
            List<String> words = PersonNames.fullNameWords(c.text());
            Optional<KnownPerson> same = out.stream()
                    .filter(k -> k.words().stream().anyMatch(w -> PersonNames.sameFullName(w, words)))
                    .findFirst();
            if (same.isPresent()) {
                if (!same.get().entity().label().equals(c.text())) {
                    same.get().variants().add(c.label());
                }
                continue;
            }
            if (out.stream()
                    .anyMatch(k ->
                            k.words().stream().anyMatch(w -> personNames.isShortFormOf(words, w, k.familyFirst())))) {
                continue; // "Da Silva" after "Ana Maria da Silva" is her surname, not another person
            }
            out.add(new KnownPerson(
                    Entity.local(EntityType.PERSON, c.text()),
                    List.of(words),
                    familyFirstByTitle(analysed, c, offices, gazetteerMentions)
                            || PersonNames.capitalFamilyNameFirst(c.text()),
                    c.sentence(),
                    c.from(),
                    new LinkedHashSet<>()));
        }
        return out;
    }

    /**
     * Names a text gives as another name of a person it names in full: "X, commonly known as Y" makes Y (here and
     * anywhere in the article) the nearest person named before it in the sentence.
     */
    private Map<String, Entity> knownAs(
            AnalyzedText analysed, List<NameCandidate> candidates, List<KnownPerson> known) {
        Map<String, Entity> out = new HashMap<>();
        for (NameCandidate c : candidates) {
            Sentence s = analysed.sentences().get(c.sentence());
            if (c.from() < 2
                    || !s.token(c.from() - 2).text().equalsIgnoreCase("known")
                    || !s.token(c.from() - 1).text().equalsIgnoreCase("as")) {
                continue;
            }
            known.stream()
                    .filter(k -> k.sentence() == c.sentence() && k.token() < c.from())
                    .reduce((a, b) -> b)
                    .or(() -> known.stream().filter(k -> k.before(c)).reduce((a, b) -> b))
                    .ifPresent(k -> out.put(c.label(), k.entity()));
        }
        return out;
    }

    /**
     * The person a name standing alone refers to: a surname or family name of someone the article names in
     * full, before it if anyone, else after it (one person only; two people sharing it leave it unresolved);
     * else the one gazetteer person of that surname in office on the publication date.
     */
    private Optional<Entity> shortFormOf(
            NameCandidate c, List<KnownPerson> known, EntityType guessed, AnalyzedText analysed) {
        List<String> words = PersonNames.words(c.text());
        for (boolean earlier : new boolean[] {true, false}) {
            Set<Entity> found = new LinkedHashSet<>();
            for (KnownPerson k : known) {
                if (k.before(c) == earlier
                        && k.words().stream().anyMatch(w -> personNames.isShortFormOf(words, w, k.familyFirst()))) {
                    found.add(k.entity());
                }
            }
            if (found.size() == 1) {
                return Optional.of(found.iterator().next());
            }
            if (found.size() > 1) {
                return Optional.empty(); // Two people share the surname: leave it unresolved.
            }
        }
        if (guessed == EntityType.PERSON || guessed == EntityType.ACTOR) {
            Optional<Entity> holder = personNames.holderBySurname(c.text(), analysed.documentDate());
            if (holder.isPresent()) {
                return holder;
            }
            // "Tommy" after "Staff Sgt. Tommy Duncan": features call people by their given name. Only one
            // person named in full before it, and not one known to write the family name first.
            Set<Entity> byGivenName = new LinkedHashSet<>();
            for (KnownPerson k : known) {
                if (k.before(c)
                        && !k.familyFirst()
                        && words.size() == 1
                        && k.words().stream()
                                .anyMatch(w -> w.size() >= 2 && w.get(0).equals(words.get(0)))) {
                    byGivenName.add(k.entity());
                }
            }
            if (byGivenName.size() == 1) {
                return Optional.of(byGivenName.iterator().next());
            }
        }
        return Optional.empty();
    }

    /**
     * True when a local person's title names a state whose names put the family name first ("South Korean
     * Minister of National Defense X").
     */
    private boolean familyFirstByTitle(
            AnalyzedText analysed, NameCandidate c, List<OfficeSpan> offices, List<Mention> gazetteerMentions) {
        Sentence s = analysed.sentences().get(c.sentence());
        for (OfficeSpan o : offices) {
            if (o.sentence() != c.sentence() || o.to() > c.from() || c.from() - o.to() > 3) {
                continue;
            }
            int end = o.from() > 0 && s.token(o.from() - 1).pos().equals("POS") ? o.from() - 1 : o.from();
            if (mentionEnding(gazetteerMentions, c.sentence(), end)
                    .filter(m -> lexicon.isFamilyNameFirst(m.entity().key()))
                    .isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The type a name's context or words decide, if they do: a title, a head word, a preposition. */
    private Optional<EntityType> decisiveType(AnalyzedText analysed, NameCandidate c, Set<String> titled) {
        Sentence s = analysed.sentences().get(c.sentence());
        Token head = s.token(headOf(s, c.from(), c.to()));
        Token last = s.token(c.to() - 1);
        if (c.to() - c.from() >= 2
                && Character.isLowerCase(last.text().codePointAt(0))
                && lexicon.isPlaceHead(last.text())) {
            return Optional.of(EntityType.PLACE); // "the Kelmet facility", "Varno island": a site, whatever else
        }
        if (c.to() - c.from() >= 2
                && (lexicon.isOrganizationHead(last.lemma()) || lexicon.isOrganizationHead(last.text()))
                && Character.isUpperCase(last.text().codePointAt(0))) {
            // "the U.S.-Japan Alliance, chief spokesperson X said": a name closed by a body's head word names the
            // body even beside a title, which would otherwise make it the titled person.
            return Optional.of(EntityType.ORGANIZATION);
        }
        if (c.to() < s.tokens().size() && lexicon.isMissionNoun(s.token(c.to()).text())) {
            return Optional.of(EntityType.ORGANIZATION); // "the Resolute Support mission"
        }
        if (c.to() - c.from() >= 2
                && (lexicon.isBroadcastWord(last.text())
                        || (UNIT_NUMBER.matcher(last.text()).matches()
                                && lexicon.isUnitHead(s.token(c.to() - 2).lemma())))) {
            return Optional.of(EntityType.ORGANIZATION); // "Kalpa TV", "Task Force 412"
        }
        if (c.to() < s.tokens().size()
                && Character.isLowerCase(s.token(c.to()).text().codePointAt(0))
                && (lexicon.isArmedGroupNoun(s.token(c.to()).lemma()) || mediaNounAt(s, c.to()))) {
            return Optional.of(EntityType.ORGANIZATION); // "Zaydi rebels", "Norvik news agency"
        }
        if (c.to() + 1 < s.tokens().size()
                && s.token(c.to()).text().equals("and")
                && (s.token(c.to() + 1).text().equals("I")
                        || s.token(c.to() + 1).text().equals("me"))) {
            return Optional.of(EntityType.PERSON); // "Marga and I are thinking of them": someone beside the speaker
        }
        if (titled.contains(c.label())
                || (c.to() < s.tokens().size()
                        && lexicon.isLeaderRuleNoun(s.token(c.to()).text()))) {
            return Optional.of(EntityType.PERSON); // "the Lukashenka regime": the leader's name
        }
        if (lexicon.isEquipmentHead(head.text())) {
            return Optional.of(EntityType.EQUIPMENT); // "Unmanned Aerial Systems"
        }
        if (c.from() > 0
                && Character.isLowerCase(s.token(c.from() - 1).text().codePointAt(0))
                && s.token(c.from() - 1).isNoun()
                && lexicon.isShipNoun(s.token(c.from() - 1).lemma())) {
            return Optional.of(EntityType.EQUIPMENT); // "the assault ship Varuna": the vessel
        }
        if (lexicon.isOrganizationHead(head.lemma())
                || lexicon.isOrganizationHead(head.text())
                || isMilitaryService(s, c.from(), c.to())
                || containsService(s, c.from(), c.to())) {
            return Optional.of(EntityType.ORGANIZATION);
        }
        if (lexicon.isPlaceHead(head.lemma())
                || lexicon.isPlaceHead(head.text())
                || (c.to() - c.from() >= 2
                        && lexicon.isPlaceFirstWord(s.token(c.from()).text()))) {
            return Optional.of(EntityType.PLACE);
        }
        if (siteAfter(s, c.to())) {
            return Optional.of(EntityType.PLACE); // "the Varno air base", "the Kelmet nuclear power plant"
        }
        if (c.from() > 0 && lexicon.isPlacePreposition(s.token(c.from() - 1).text())) {
            return Optional.of(EntityType.PLACE);
        }
        if (c.from() > 1
                && s.token(c.from() - 1).text().equalsIgnoreCase("the")
                && lexicon.isPlacePreposition(s.token(c.from() - 2).text())
                && placeShortForms.contains(TextNormalizer.foldedKey(c.text()))) {
            // "forces in the Pacific": a known place's name without its last word ("Pacific Ocean"); not any
            // name after "in the" ("passed in the House", "wrote in the Guardian" are bodies)
            return Optional.of(EntityType.PLACE);
        }
        if (settlementBefore(s, c.from()) || settlementAfter(s, c.to())) {
            // "the rebel stronghold of X", "the towns of X and Y", "two border towns, X and Y", "X, a city in ..."
            return Optional.of(EntityType.PLACE);
        }
        if (c.from() > 1 && s.token(c.from() - 1).text().equals("of")) {
            Token before = s.token(c.from() - 2);
            if (lexicon.isInhabitantNoun(before.lemma()) // "residents of Orvalle": the people of a place
                    || lexicon.isCompassDirection(before.text()) // "northeast of Bayji", "15 miles south of X"
                    || (Character.isLowerCase(before.text().codePointAt(0))
                            && lexicon.isPlaceHead(before.text()))) { // "Yemen's port of Aden", "the city of X"
                return Optional.of(EntityType.PLACE);
            }
        }
        if (c.from() > 1
                && s.token(c.from() - 1).text().equalsIgnoreCase("to")
                && lexicon.isMotionWord(s.token(c.from() - 2).lemma())) {
            return Optional.of(EntityType.PLACE);
        }
        return Optional.empty();
    }

    /**
     * True when a site's lower-case noun follows the name after one or two lower-case modifiers ("air base",
     * "nuclear power plant", "refugee camp"): the name is the site's, a place. (One noun right after the name is
     * read with it, "Varno island".)
     */
    private boolean siteAfter(Sentence s, int to) {
        int n = s.tokens().size();
        for (int k = to + 1; k < n && k <= to + 2; k++) {
            Token modifier = s.token(k - 1);
            if (!Character.isLowerCase(modifier.text().codePointAt(0))
                    || !(modifier.isNoun() || modifier.pos().startsWith("JJ"))) {
                return false;
            }
            Token head = s.token(k);
            if (Character.isLowerCase(head.text().codePointAt(0))
                    && head.isNoun()
                    && (lexicon.isPlaceHead(head.text()) || lexicon.isPlaceHead(head.lemma()))
                    && (k + 1 >= n || !s.token(k + 1).isNoun())) {
                return true;
            }
        }
        return false;
    }

    /** True when a noun of the news media stands at {@code k}, or after "news" there ("X news agency"). */
    private boolean mediaNounAt(Sentence s, int k) {
        int n = s.tokens().size();
        if (k + 1 < n && s.token(k).text().equals("news")) {
            k++;
        }
        return k < n && s.token(k).isNoun() && lexicon.isMediaNoun(s.token(k).text());
    }

    /**
     * True when a settlement's noun governs the name starting at {@code from}: "the stronghold of X", "the towns of
     * W and X", or in apposition after a comma, "two border towns, W and X". Names, commas and "and" of the same
     * list may stand between ("the towns of W, X and Y" reaches Y).
     */
    private boolean settlementBefore(Sentence s, int from) {
        int k = from - 1;
        while (k >= 1 && from - k <= 12) {
            Token t = s.token(k);
            if (t.text().equals("of") || t.text().equals(",")) {
                Token noun = s.token(k - 1);
                if (Character.isLowerCase(noun.text().codePointAt(0))
                        && noun.isNoun()
                        && lexicon.isSettlementNoun(noun.lemma())
                        && (t.text().equals("of") || noun.pos().endsWith("S"))) {
                    return true; // after a comma only a plural: "a town, X said" is someone speaking of it
                }
            }
            boolean listWord = t.text().equals(",")
                    || t.text().equals("and")
                    || (t.isCapitalized() && Character.isLetter(t.text().codePointAt(0)));
            if (!listWord) {
                return false;
            }
            k--;
        }
        return false;
    }

    /**
     * True when the name ending at {@code to} is described in apposition by a settlement's noun: "X, a city in
     * the north", "X, the provincial capital" (a determiner, up to three lower-case modifiers, the noun).
     */
    private boolean settlementAfter(Sentence s, int to) {
        int n = s.tokens().size();
        if (to + 2 >= n
                || !s.token(to).text().equals(",")
                || !s.token(to + 1).pos().equals("DT")) {
            return false;
        }
        for (int k = to + 2; k < n && k <= to + 5; k++) {
            Token t = s.token(k);
            if (!Character.isLowerCase(t.text().codePointAt(0))) {
                return false;
            }
            if (t.isNoun() && lexicon.isSettlementNoun(t.lemma())) {
                return true;
            }
            if (!(t.pos().startsWith("JJ") || t.isNoun() || t.pos().equals("HYPH"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when a one-word name is a piece of a longer capitalised phrase: a capitalised word (or a known name)
     * stands right before or after it, or is joined to it by "of" or "for" ("Commonwealth of Australia", "Open
     * Indo-Pacific", "Public Security Minister"); "and" joins two names ("Mideast and the Red Sea"). Not when a title follows the name ("Gazprom
     * CEO"): the name is then the title's body; nor when the neighbour is a sentence's first word that is no name;
     * nor for an acronym.
     */
    private boolean pieceOfLongerName(
            AnalyzedText analysed, NameCandidate c, List<Mention> gazetteerMentions, List<OfficeSpan> offices) {
        Sentence s = analysed.sentences().get(c.sentence());
        if (c.to() - c.from() != 1 || PersonNames.isAllCapitals(c.text())) {
            return false; // an acronym is a whole name ("VOA Pentagon correspondent")
        }
        if (capitalNeighbour(s, c.from() - 1, -1, gazetteerMentions)) {
            return true;
        }
        if (c.from() >= 2
                && s.token(c.from() - 1).text().equals("and")
                && s.token(c.from() - 2).isCapitalized()
                && lexicon.isNotName(s.token(c.from() - 2).text())) {
            return true; // "the G20 Foreign and Development Ministers' Meeting": a title word before "and"
        }
        if (offices.stream().anyMatch(o -> o.sentence() == c.sentence() && o.from() == c.to())) {
            return false;
        }
        return capitalNeighbour(s, c.to(), 1, gazetteerMentions);
    }

    /**
     * True when a name inside a sentence is followed by a comma and a known country or place that ends the
     * phrase (not a list; not a headline's "X, Country agree"): "X, Indonesia" writes a place in that country.
     */
    private static boolean placeOfKnownPlace(AnalyzedText analysed, NameCandidate c, List<Mention> gazetteerMentions) {
        Sentence s = analysed.sentences().get(c.sentence());
        int k = c.to();
        if (c.from() == 0
                || k + 1 >= s.tokens().size()
                || !s.token(k).text().equals(",")
                || (c.from() > 0 && s.token(c.from() - 1).text().equals(","))) {
            return false;
        }
        Optional<Mention> place = gazetteerMentions.stream()
                .filter(m -> m.sentence() == c.sentence() && m.tokenBegin() == k + 1 && m.kind() == MentionKind.NAME)
                .filter(m -> m.entity().type() == EntityType.COUNTRY
                        || m.entity().type().isPlace())
                .findFirst();
        if (place.isEmpty()) {
            return false;
        }
        int after = place.get().tokenEnd();
        return after >= s.tokens().size()
                || !(s.token(after).text().equals("and")
                        || s.token(after).text().equals("or"));
    }

    /**
     * True when the name ends a list whose item before it is a city or place: a known one ("in Khartoum and X") or
     * a name already typed a place ("in Varkesh and X", "hospitals in Varkesh, X and Y"). A list of places goes on
     * with places; a state before "and" is no evidence ("Israel and X" may be a group).
     */
    private boolean listedAfterPlace(
            AnalyzedText analysed,
            NameCandidate c,
            List<Mention> gazetteerMentions,
            List<NameCandidate> candidates,
            Map<String, EntityType> types) {
        Sentence s = analysed.sentences().get(c.sentence());
        int k = c.from() - 1;
        if (k < 1
                || !(s.token(k).text().equals("and")
                        || s.token(k).text().equals("or")
                        || s.token(k).text().equals(","))) {
            return false;
        }
        if (s.token(k).text().equals(",") && !beforeLastConjunction(s, c.to())) {
            return false; // "in Kyiv, X, the council's coordinator, said": an apposition or a new clause, not a list
        }
        boolean oxford = s.token(k - 1).text().equals(",");
        int end = oxford ? k - 1 : k;
        // After a comma, "and" joins a list's last item only in a list of three or more ("A, B, and X"); in "A,
        // and X sent ..." it joins two clauses.
        // Before a verb, a list governed by a preposition ("in A and X were hit") or a longer one goes on; "A and X
        // agreed", "in A, and X sent teams" join two subjects or two clauses.
        boolean beforeVerb = c.to() < s.tokens().size()
                && FINITE_VERB.matcher(s.token(c.to()).pos()).matches();
        java.util.function.IntPredicate listed = from -> {
            boolean afterComma = from > 0 && s.token(from - 1).text().equals(",");
            boolean afterPreposition =
                    from > 0 && lexicon.isPlacePreposition(s.token(from - 1).text());
            return (!oxford || afterComma) && (!beforeVerb || afterComma || afterPreposition);
        };
        boolean knownPlace = gazetteerMentions.stream()
                .anyMatch(m -> m.sentence() == c.sentence()
                        && m.tokenEnd() == end
                        && m.kind() == MentionKind.NAME
                        && (m.entity().type() == EntityType.CITY || m.entity().type() == EntityType.PLACE)
                        && listed.test(m.tokenBegin()));
        return knownPlace
                || candidates.stream()
                        .anyMatch(o -> o.sentence() == c.sentence()
                                && o.to() == end
                                && types.get(o.label()) == EntityType.PLACE
                                && listed.test(o.from()));
    }

    private static final java.util.regex.Pattern FINITE_VERB = java.util.regex.Pattern.compile("VBD|VBZ|VBP|MD");

    /** True when "and" or "or" (after a comma or not) follows at {@code k}: the list's last item comes next. */
    private static boolean beforeLastConjunction(Sentence s, int k) {
        int n = s.tokens().size();
        if (k < n && s.token(k).text().equals(",")) {
            k++;
        }
        return k < n && (s.token(k).text().equals("and") || s.token(k).text().equals("or"));
    }

    /**
     * True when "a" or "an" opens the phrase a one-word name starts ("an Airman's service", "a Reserve master
     * sergeant"): a capitalised common noun, not a name.
     */
    private static boolean afterIndefiniteArticle(AnalyzedText analysed, NameCandidate c) {
        if (c.to() - c.from() != 1 || c.from() == 0) {
            return false;
        }
        String w = analysed.sentences().get(c.sentence()).token(c.from() - 1).text();
        return w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an");
    }

    /**
     * True for one capitalised word that opens its sentence (or a quotation or bracket there) and that the text
     * also writes in lower case ("Cruise missiles struck ... the cruise missiles"): a common word capitalised by its
     * place, not a name.
     */
    private boolean commonWordOpeningSentence(AnalyzedText analysed, NameCandidate c) {
        if (c.to() - c.from() != 1) {
            return false;
        }
        Sentence s = analysed.sentences().get(c.sentence());
        for (int k = 0; k < c.from(); k++) {
            String w = s.token(k).text();
            if (Character.isLetterOrDigit(w.codePointAt(0))) {
                return false; // not the sentence's first word
            }
        }
        String word = s.token(c.from()).text();
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals(word)
                || c.to() >= s.tokens().size()
                || !Character.isLowerCase(s.token(c.to()).text().codePointAt(0))) {
            return false;
        }
        // A modifier of the lower-case noun after it ("Cruise missiles ..."), or a subject the text also writes as
        // a common noun ("Aid reached ... the aid"); "Bush said ... in the bush" stays a name: "bush" is a noun
        // there, but "Bush" says something, which only someone does.
        boolean modifier = s.token(c.to()).isNoun();
        boolean speaks = lexicon.isSpeechVerb(s.token(c.to()).lemma());
        return !speaks
                && analysed.sentences().stream()
                        .flatMap(o -> o.tokens().stream())
                        .anyMatch(t -> t.text().equals(lower) && (modifier || t.isNoun()));
    }

    /**
     * True when a known name is the second half of a hyphenated word whose first half is no known name, and a
     * capitalised word follows: "the Inter-American Development Bank", "the Sino-Russian Friendship Treaty" are
     * one name, not a demonym ("U.S.-Japan Alliance" keeps its two states: "U.S." is known).
     */
    private boolean insideHyphenatedName(Sentence s, NameIndex.Match m, BitSet covered) {
        int n = s.tokens().size();
        if (m.from() < 2 || m.to() >= n) {
            return false;
        }
        Token hyphen = s.token(m.from() - 1);
        Token prefix = s.token(m.from() - 2);
        Token next = s.token(m.to());
        return hyphen.text().equals("-")
                && prefix.end() == hyphen.begin()
                && hyphen.end() == s.token(m.from()).begin()
                && !covered.get(m.from() - 2)
                && prefix.isCapitalized()
                && Character.isLetter(prefix.text().codePointAt(0))
                && !knownName(prefix.text())
                && next.isCapitalized()
                && Character.isLetter(next.text().codePointAt(0));
    }

    /** True when a known name starts right after the candidate, or after a name particle ("Porto da Praia"). */
    private boolean beforeKnownName(AnalyzedText analysed, NameCandidate c, List<Mention> gazetteerMentions) {
        Sentence s = analysed.sentences().get(c.sentence());
        int k = c.to();
        if (k < s.tokens().size() && lexicon.isNameParticle(s.token(k).text())) {
            k++;
        }
        int at = k;
        return gazetteerMentions.stream().anyMatch(m -> m.sentence() == c.sentence() && m.tokenBegin() == at);
    }

    /** True when the token at {@code k}, or the one past a joining word there, is capitalised (see above). */
    private boolean capitalNeighbour(Sentence s, int k, int step, List<Mention> gazetteerMentions) {
        if (k < 0 || k >= s.tokens().size()) {
            return false;
        }
        Token t = s.token(k);
        if ((lexicon.isNameJoiner(t.text()) || (step > 0 && lexicon.isNameParticle(t.text())))
                && k + step >= 0
                && k + step < s.tokens().size()) {
            k += step;
            t = s.token(k);
            if (step > 0
                    && t.text().equalsIgnoreCase("the")
                    && k + 1 < s.tokens().size()) {
                t = s.token(++k); // "Commonwealth of the Bahamas"
            }
        } else if (t.pos().equals("POS")
                || t.text().equals(",")
                || !Character.isLetter(t.text().codePointAt(0))) {
            return false;
        }
        if (!t.isCapitalized() || !Character.isLetter(t.text().codePointAt(0))) {
            return false;
        }
        int at = k;
        boolean named = gazetteerMentions.stream()
                .anyMatch(m -> m.sentence() == s.index() && m.tokenBegin() <= at && at < m.tokenEnd());
        return named || k > 0 || t.isProperNoun();
    }

    /** True for a name of two or more words written all in capitals ("BUENOS AIRES", "LATAM POLITICS"). */
    private static boolean allCapitals(String name) {
        String[] words = name.split("\\s+");
        return words.length >= 2
                && java.util.Arrays.stream(words)
                        .allMatch(
                                w -> w.codePoints().filter(Character::isLetter).count() >= 2
                                        && w.codePoints()
                                                .filter(Character::isLetter)
                                                .allMatch(Character::isUpperCase));
    }

    /** The type a name's length suggests: two to four name words a person, else an actor of unknown kind. */
    private EntityType lengthType(AnalyzedText analysed, NameCandidate c) {
        Sentence s = analysed.sentences().get(c.sentence());
        int words = 0;
        for (int k = c.from() + 1; k < c.to() - 1; k++) {
            if (PersonNames.isPatronymic(s.token(k).text())) {
                return EntityType.PERSON; // "Sheikh Tamim bin Hamad Al Thani": a patronymic is a person's, however long
            }
        }
        for (int k = c.from(); k < c.to(); k++) {
            if (s.token(k).isCapitalized()
                    && (k == c.from()
                            || !s.token(k - 1).pos().equals("HYPH")
                            || (k - 2 >= c.from()
                                    && lexicon.isNameParticle(s.token(k - 2).text())))) {
                // "Luiz Inacio Lula da Silva" has four name words, "Indo-Pacific" one, "Abdul-Karim al-Varri" two
                words++;
            }
        }
        return words >= 2 && words <= 4 ? EntityType.PERSON : EntityType.ACTOR;
    }

    /**
     * True when a one-word name opens a line whose first clause (up to a semicolon or colon) has no verb, and a
     * lower-case word that is no verb follows it ("Blankets for the shelters."): the capitalised common noun of a
     * list item, no name.
     */
    private static boolean listItemOpener(AnalyzedText analysed, NameCandidate c) {
        Sentence s = analysed.sentences().get(c.sentence());
        if (c.from() != 0 || c.to() != 1 || c.to() >= s.tokens().size()) {
            return false;
        }
        Token next = s.token(c.to());
        if (!Character.isLowerCase(next.text().codePointAt(0)) || next.pos().startsWith("VB")) {
            return false;
        }
        for (Token t : s.tokens()) {
            if (t.text().equals(";") || t.text().equals(":")) {
                break; // "Blankets for the shelters; in addition, partners are ...": the item ends at its semicolon
            }
            if (t.isVerb()) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when an article opens the phrase the name ends: "the" or "a" before it, past adjectives, numbers
     * and other capitalised words ("a Minsk Group Co-Chair", "the 2024 African Chiefs").
     */
    private static boolean determined(AnalyzedText analysed, NameCandidate c) {
        Sentence s = analysed.sentences().get(c.sentence());
        int k = c.from() - 1;
        while (k >= 0
                && (s.token(k).isCapitalized()
                        || s.token(k).pos().startsWith("JJ")
                        || s.token(k).pos().equals("CD")
                        || s.token(k).pos().equals("HYPH"))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String w = s.token(k).text().toLowerCase(java.util.Locale.ROOT);
        return w.equals("the") || w.equals("a") || w.equals("an");
    }

    /**
     * True when the name stands in a heading: a sentence without a verb and without closing punctuation, or the
     * verbless words that open a sentence before a colon ("Maritime Law Enforcement Assistance: The ...").
     */
    private static boolean inHeading(AnalyzedText analysed, NameCandidate c) {
        Sentence s = analysed.sentences().get(c.sentence());
        List<Token> tokens = s.tokens();
        int colon = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).text().equals(":")) {
                colon = k;
                break;
            }
        }
        if (colon > 0 && c.to() <= colon && tokens.subList(0, colon).stream().noneMatch(Token::isVerb)) {
            return true;
        }
        if (!tokens.isEmpty() && titleCase(tokens)) {
            return true; // "Biden Expressed His Support in Call With Netanyahu, White House Says"
        }
        if (tokens.isEmpty() || tokens.stream().anyMatch(Token::isVerb)) {
            return false;
        }
        String last = tokens.get(tokens.size() - 1).text();
        return !(last.equals(".")
                || last.equals("!")
                || last.equals("?")
                || MentionLexicon.bundled().quotationMarks().closesDouble(last));
    }

    /**
     * True for a headline written in title case: no closing punctuation, and every word of four letters or more
     * capitalised, at least four of them besides proper nouns.
     */
    private static boolean titleCase(List<Token> tokens) {
        String last = tokens.get(tokens.size() - 1).text();
        if (last.equals(".") || last.equals("!") || last.equals("?")) {
            return false;
        }
        int capitalWords = 0;
        for (Token t : tokens) {
            String w = t.text();
            if (w.length() < 4 || !Character.isLetter(w.codePointAt(0))) {
                continue;
            }
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
            if (!t.isProperNoun()) {
                capitalWords++;
            }
        }
        return capitalWords >= 4;
    }

    /**
     * True when the name is a short form the text gives for lower-case words just before it: their initials,
     * in brackets or after ", or" ("vessel traffic management system (VTMS)", "brain injuries, or TBI"), or
     * the same short form given so earlier in the sentence's article.
     */
    private static boolean abbreviatesCommonWords(Sentence s, int at) {
        String form = s.token(at).text();
        if (form.length() < 2 || !form.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        int k = at - 1;
        if (k >= 0 && (s.token(k).text().equals("(") || s.token(k).text().equals("-LRB-"))) {
            k--;
        } else if (k >= 1
                && s.token(k).text().equalsIgnoreCase("or")
                && s.token(k - 1).text().equals(",")) {
            k -= 2;
        } else {
            return false;
        }
        int n = form.length();
        if (k - n + 1 < 0) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (int w = k - n + 1; w <= k; w++) {
            String word = s.token(w).text();
            if (!Character.isLowerCase(word.codePointAt(0))) {
                return false;
            }
            initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
        }
        return initials.toString().equals(form);
    }

    /**
     * True when some occurrence of the name stands neither after an article nor in a heading: the name is then
     * used as a person's ("Jane Doe" said).
     */
    private static boolean usedBare(AnalyzedText analysed, List<NameCandidate> candidates, String label) {
        return candidates.stream()
                .filter(c -> c.label().equals(label))
                .anyMatch(c -> !determined(analysed, c) && !inHeading(analysed, c));
    }

    /** Decisive evidence wins over weak: a title makes a person whatever the name's length says. */
    private static EntityType stronger(EntityType a, EntityType b) {
        if (a == b) {
            return a;
        }
        if (a == EntityType.ACTOR) {
            return b;
        }
        if (b == EntityType.ACTOR) {
            return a;
        }
        if (a == EntityType.PERSON || b == EntityType.PERSON) {
            return EntityType.PERSON;
        }
        return a;
    }

    private OfficeSpan titleBefore(NameCandidate c, List<OfficeSpan> offices) {
        for (OfficeSpan o : offices) {
            if (o.sentence() == c.sentence() && o.to() == c.from()) {
                return o;
            }
        }
        return null;
    }

    private OfficeSpan titleAfter(AnalyzedText analysed, NameCandidate c, List<OfficeSpan> offices) {
        Sentence s = analysed.sentences().get(c.sentence());
        if (c.to() >= s.tokens().size() || !s.token(c.to()).text().equals(",")) {
            return null;
        }
        for (OfficeSpan o : offices) {
            if (o.sentence() == c.sentence() && o.from() > c.to() && o.from() <= c.to() + 5) {
                for (int k = c.to() + 1; k < o.from(); k++) {
                    String pos = s.token(k).pos();
                    if (pos.equals("CC") || pos.equals(",") || pos.startsWith("VB")) {
                        return null; // "A, and B, commander of C": the office is B's.
                    }
                }
                return o;
            }
        }
        return null;
    }

    /**
     * Offices the text gives named people: before the name ("German Chancellor Olaf Scholz", "Pentagon
     * spokesman Army Col. X", with a rank between them), in apposition after it ("John Kirby, White House
     * spokesperson"; "X, commander, U.S. Africa Command"), or before it in apposition ("Ruritania's new
     * president, X,").
     */
    private List<Title> findTitles(
            AnalyzedText analysed, List<Mention> mentions, List<OfficeSpan> offices, List<RankSpan> ranks) {
        List<Title> out = new ArrayList<>();
        for (OfficeSpan o : offices) {
            Sentence s = analysed.sentences().get(o.sentence());
            int k = o.to();
            Optional<Entity> ofAfter = Optional.empty();
            if (k + 1 < s.tokens().size() && s.token(k).lowerLemma().equals("of")) {
                // "Chairman of the Joint Chiefs of Staff Gen. X": the body after "of", then the rank or name.
                int m = s.token(k + 1).pos().equals("DT") ? k + 2 : k + 1;
                Optional<Mention> org = mentionStarting(mentions, o.sentence(), m)
                        .filter(x -> x.entity().type().isActor() && x.entity().type() != EntityType.PERSON);
                if (org.isPresent()) {
                    int next = org.get().tokenEnd();
                    if (rankStartingAt(ranks, o.sentence(), next).isPresent()
                            || mentionStarting(mentions, o.sentence(), next)
                                    .filter(x -> x.entity().type() == EntityType.PERSON)
                                    .isPresent()) {
                        ofAfter = Optional.of(org.get().entity());
                        k = next;
                    }
                }
            }
            String words = o.words();
            Optional<Mention> destination = accreditedTo(mentions, s, o);
            if (destination.isPresent() && ofAfter.isEmpty()) {
                words = words + " to " + destination.get().text();
                k = destination.get().tokenEnd();
            }
            if (k < s.tokens().size() && s.token(k).pos().equals("-RRB-") && bracketBefore(s, o.from())) {
                k++; // "[Ruritanian President] X", an editor's insertion in a quotation
            }
            Optional<RankSpan> rank = rankStartingAt(ranks, o.sentence(), k);
            if (rank.isPresent()) {
                k = rank.get().to();
            }
            Optional<Mention> after = mentionStarting(mentions, o.sentence(), k);
            if (after.isPresent() && after.get().entity().type() == EntityType.PERSON) {
                int begin = o.from();
                Optional<OfficeOf> of = officeOfBefore(mentions, s, begin);
                if (of.isEmpty() && ofAfter.isEmpty() && k == o.to() && lexicon.rank(words) != null) {
                    continue; // "Commander X of the Navy" with nothing it commands before it: a rank, not an office.
                }
                if (of.isPresent()) {
                    begin = of.get().start();
                    if (begin > 0
                            && lexicon.isOfficeQualifier(s.token(begin - 1).text())) {
                        begin--; // "chief Pentagon spokesperson": the office is "chief spokesperson"
                        words = s.token(begin).text() + " " + words;
                    }
                }
                boolean former =
                        begin > 0 && lexicon.isFormerWord(s.token(begin - 1).text());
                if (former) {
                    begin--;
                }
                Mention holder = after.get();
                Optional<Entity> officeOf = of.isPresent() ? of.map(OfficeOf::entity) : ofAfter;
                int end = holder.end();
                int h = holder.tokenEnd();
                if (officeOf.isEmpty()
                        && h + 1 < s.tokens().size()
                        && s.token(h).lowerLemma().equals("of")) {
                    // "the Defense Ministers X of Ruritania": the state after the name.
                    Optional<Mention> state = mentionStarting(mentions, o.sentence(), h + 1)
                            .filter(x -> x.entity().type() == EntityType.COUNTRY);
                    if (state.isPresent()) {
                        officeOf = Optional.of(state.get().entity());
                        end = state.get().end();
                    }
                }
                out.add(new Title(
                        holder,
                        words,
                        officeOf,
                        former,
                        o.sentence(),
                        s.token(begin).begin(),
                        end,
                        o.office()));
                continue;
            }
            Optional<Title> appositive = appositiveTitle(analysed, mentions, o);
            if (appositive.isEmpty()) {
                appositive = reverseAppositiveTitle(analysed, mentions, o);
            }
            appositive.ifPresent(out::add);
        }
        return out;
    }

    /** "Ambassador to Ruritania": the state or body an envoy is sent to, right after the office. */
    private Optional<Mention> accreditedTo(List<Mention> mentions, Sentence s, OfficeSpan o) {
        int k = o.to();
        if (!lexicon.isAccreditedOffice(o.office())
                || k + 1 >= s.tokens().size()
                || !s.token(k).lowerLemma().equals("to")) {
            return Optional.empty();
        }
        return mentionStarting(mentions, o.sentence(), k + 1)
                .filter(m -> m.kind() == MentionKind.NAME
                        && m.entity().type().isActor()
                        && m.entity().type() != EntityType.PERSON);
    }

    /** True when an opening bracket stands a few words before {@code k}. */
    private static boolean bracketBefore(Sentence s, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
            if (s.token(j).pos().equals("-LRB-")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Offices held "as" an office, by the subject of the clause or the owner of the noun: "X was due to step
     * down as secretary general", "Currently serving as commander of Y, X …", "his first trip as Y commander".
     * Only an office held now: not one a verb puts in the past ("served as") or the future ("will serve as",
     * "to become"), nor one someone is nominated, appointed or elected to (names.yaml nominationVerbs).
     */
    private List<Title> predicativeTitles(
            AnalyzedText analysed, List<Mention> mentions, List<OfficeSpan> offices, List<Title> titles) {
        List<Title> out = new ArrayList<>();
        for (OfficeSpan o : offices) {
            Sentence s = analysed.sentences().get(o.sentence());
            int head = o.to() - 1;
            boolean stated = titles.stream()
                    .anyMatch(t -> t.sentence() == o.sentence()
                            && t.begin() <= s.token(o.from()).begin()
                            && t.end() >= s.token(head).end());
            boolean as = s.basicDependents(head).stream()
                    .anyMatch(d -> d.relation().equals("case")
                            && s.token(d.dependent()).lowerLemma().equals("as"));
            Optional<Dependency> up = s.basicHead(head);
            if (o.plural() || stated || !as || up.isEmpty() || up.get().governor() < 0) {
                continue;
            }
            int gov = up.get().governor();
            Optional<Mention> holder = s.token(gov).isVerb()
                    ? (heldNow(s, gov) ? subjectPerson(s, gov, mentions) : Optional.empty())
                    : possessorPerson(s, gov, mentions);
            if (holder.isEmpty()) {
                continue;
            }
            Optional<Entity> of = officeOfBefore(mentions, s, o.from()).map(OfficeOf::entity);
            int end = s.token(head).end();
            if (of.isEmpty()
                    && head + 2 < s.tokens().size()
                    && s.token(head + 1).lowerLemma().equals("of")) {
                int m = s.token(head + 2).pos().equals("DT") ? head + 3 : head + 2;
                Optional<Mention> org = mentionStarting(mentions, o.sentence(), m)
                        .filter(x -> x.entity().type().isActor() && x.entity().type() != EntityType.PERSON);
                if (org.isPresent()) {
                    of = Optional.of(org.get().entity());
                    end = org.get().end();
                }
            }
            Mention h = holder.get();
            out.add(new Title(
                    h,
                    o.words(),
                    of,
                    false,
                    o.sentence(),
                    Math.min(h.begin(), s.token(o.from()).begin()),
                    Math.max(h.end(), end),
                    o.office()));
        }
        return out;
    }

    /**
     * True when the verb an "as" phrase hangs on says its subject holds the office now: a verb of leaving it
     * ("step down", "resign"), or a verb in the present ("serves", "serving") that is no infinitive and has no
     * modal; never under a verb of nominating.
     */
    private boolean heldNow(Sentence s, int verb) {
        int v = verb;
        for (int depth = 0; depth < 3 && v >= 0; depth++) {
            if (lexicon.isNominationVerb(s.token(v).lemma())) {
                return false;
            }
            v = s.basicHead(v).map(Dependency::governor).orElse(-1);
        }
        Token t = s.token(verb);
        if (lexicon.isLeavingVerb(t.lemma())) {
            return true;
        }
        boolean infinitiveOrModal = s.basicDependents(verb).stream()
                .anyMatch(d -> (d.relation().equals("mark") || d.relation().startsWith("aux"))
                        && (s.token(d.dependent()).lowerLemma().equals("to")
                                || s.token(d.dependent()).pos().equals("MD")));
        boolean present =
                t.pos().equals("VBG") || t.pos().equals("VBZ") || t.pos().equals("VBP");
        return present && !infinitiveOrModal && !lexicon.isChangeOfOfficeVerb(t.lemma());
    }

    /** The person subject of a verb, or of the clause it modifies ("Serving as Y, X said …"). */
    private static Optional<Mention> subjectPerson(Sentence s, int verb, List<Mention> mentions) {
        int v = verb;
        for (int depth = 0; depth < 3 && v >= 0; depth++) {
            for (Dependency d : s.dependents(v)) {
                if (d.relation().startsWith("nsubj") && !d.relation().contains("pass")) {
                    Optional<Mention> m = personAt(s, d.dependent(), mentions);
                    if (m.isPresent()) {
                        return m;
                    }
                }
            }
            v = s.basicHead(v).map(Dependency::governor).orElse(-1);
        }
        return Optional.empty();
    }

    /** The person owning a noun: "his" of "his first as commander". */
    private static Optional<Mention> possessorPerson(Sentence s, int noun, List<Mention> mentions) {
        for (Dependency d : s.basicDependents(noun)) {
            if (d.relation().equals("nmod:poss")) {
                return personAt(s, d.dependent(), mentions);
            }
        }
        return Optional.empty();
    }

    private static Optional<Mention> personAt(Sentence s, int token, List<Mention> mentions) {
        return mentions.stream()
                .filter(m -> m.covers(s.index(), token) && m.entity().type() == EntityType.PERSON && m.canFillRole())
                .findFirst();
    }

    /** An office with the state or body it belongs to, written before it, from token {@code start}. */
    private record OfficeOf(Entity entity, int start) {}

    private Optional<Title> appositiveTitle(AnalyzedText analysed, List<Mention> mentions, OfficeSpan o) {
        Sentence s = analysed.sentences().get(o.sentence());
        int k = o.from();
        Optional<OfficeOf> before = officeOfBefore(mentions, s, k);
        Optional<Entity> of = before.map(OfficeOf::entity);
        if (before.isPresent()) {
            k = before.get().start();
        }
        boolean former = false;
        while (k > 0
                && (lexicon.isFormerWord(s.token(k - 1).text())
                        || s.token(k - 1).pos().equals("DT"))) {
            former |= lexicon.isFormerWord(s.token(k - 1).text());
            k--;
        }
        int r = k;
        while (r > 0 && s.token(r - 1).pos().startsWith("RB")) {
            r--;
        }
        if (r > 2
                && (s.token(r - 1).pos().equals("VBZ") || s.token(r - 1).pos().equals("VBP"))
                && s.token(r - 1).lowerLemma().equals("be")
                && s.token(r - 2).lowerLemma().equals("who")) {
            k = r - 2; // "X, who is currently the ambassador to Y,"
        }
        if (k < 2 || !s.token(k - 1).text().equals(",")) {
            return Optional.empty();
        }
        Optional<Mention> holder = mentionEnding(mentions, o.sentence(), k - 1);
        if (holder.isEmpty() || holder.get().entity().type() != EntityType.PERSON) {
            return Optional.empty();
        }
        int afterOffice = o.to();
        int n = s.tokens().size();
        String words = o.words();
        Optional<Mention> destination = accreditedTo(mentions, s, o);
        if (destination.isPresent()) {
            words = words + " to " + destination.get().text();
            afterOffice = destination.get().tokenEnd();
        } else if (of.isEmpty()
                && afterOffice + 1 < n
                && (s.token(afterOffice).lowerLemma().equals("of")
                        || s.token(afterOffice).lowerLemma().equals("for"))) {
            int m = afterOffice + 1;
            if (s.token(m).pos().equals("DT")) {
                m++;
            }
            Optional<Mention> org = mentionStarting(mentions, o.sentence(), m);
            if (org.isPresent() && org.get().entity().type().isActor()) {
                of = Optional.of(org.get().entity());
                afterOffice = org.get().tokenEnd();
            }
        } else if (of.isEmpty()
                && afterOffice + 1 < n
                && s.token(afterOffice).text().equals(",")) {
            // "X, commander, U.S. Africa Command, said": the body in a second apposition.
            Optional<Mention> org = mentionStarting(mentions, o.sentence(), afterOffice + 1)
                    .filter(x -> x.entity().type().isActor() && x.entity().type() != EntityType.PERSON);
            if (org.isPresent()
                    && (org.get().tokenEnd() >= n
                            || s.token(org.get().tokenEnd()).text().equals(",")
                            || s.token(org.get().tokenEnd()).pos().equals("."))) {
                of = Optional.of(org.get().entity());
                afterOffice = org.get().tokenEnd();
            }
        }
        return Optional.of(new Title(
                holder.get(),
                words,
                of,
                former,
                o.sentence(),
                holder.get().begin(),
                s.token(afterOffice - 1).end(),
                o.office()));
    }

    /**
     * "Ruritania's newly elected president, X,": an office phrase owned by a state or opened by a
     * determiner, then a comma and a person's name.
     */
    private Optional<Title> reverseAppositiveTitle(AnalyzedText analysed, List<Mention> mentions, OfficeSpan o) {
        Sentence s = analysed.sentences().get(o.sentence());
        int k = o.to();
        if (k + 1 >= s.tokens().size() || !s.token(k).text().equals(",")) {
            return Optional.empty();
        }
        Optional<Mention> holder = mentionStarting(mentions, o.sentence(), k + 1)
                .filter(m -> m.entity().type() == EntityType.PERSON && m.kind() == MentionKind.NAME);
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        Optional<OfficeOf> of = officeOfBefore(mentions, s, o.from());
        int begin = of.map(OfficeOf::start).orElse(skipModifiers(s, o.from()));
        boolean determined = begin > 0
                && (s.token(begin - 1).pos().equals("DT")
                        || s.token(begin - 1).pos().equals("PRP$"));
        if (of.isEmpty() && !determined) {
            return Optional.empty();
        }
        for (int j = begin; j < o.from(); j++) {
            if (lexicon.isFormerWord(s.token(j).text())) {
                // "after defeating Ruritania's former president, X,": background to the sentence, not a role
                // the text gives X now.
                return Optional.empty();
            }
        }
        return Optional.of(new Title(
                holder.get(),
                o.words(),
                of.map(OfficeOf::entity),
                false,
                o.sentence(),
                s.token(begin).begin(),
                holder.get().end(),
                o.office()));
    }

    /** The first of the lower-case adjectives and adverbs before {@code k} ("newly elected" president). */
    private static int skipModifiers(Sentence s, int k) {
        int j = k;
        while (j > 0 && k - j < 4) {
            Token t = s.token(j - 1);
            boolean modifier = (t.pos().startsWith("JJ")
                            || t.pos().startsWith("RB")
                            || t.pos().equals("VBN")
                            || t.pos().equals("HYPH"))
                    && !t.isCapitalized();
            if (!modifier) {
                break;
            }
            j--;
        }
        return j;
    }

    /**
     * The state or body an office belongs to when it stands before it: "NATO Secretary-General", "Ukraine's
     * President", "Ruritania's newly elected president" (lower-case modifiers between them).
     */
    private Optional<OfficeOf> officeOfBefore(List<Mention> mentions, Sentence s, int officeFrom) {
        for (int k : new int[] {officeFrom, skipModifiers(s, officeFrom)}) {
            int end = k;
            if (end > 0 && s.token(end - 1).pos().equals("POS")) {
                end--;
            }
            Optional<Mention> m = mentionEnding(mentions, s.index(), end)
                    .filter(x -> x.entity().type().isActor() && x.entity().type() != EntityType.PERSON);
            if (m.isPresent()) {
                return Optional.of(new OfficeOf(m.get().entity(), m.get().tokenBegin()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Mention> mentionStarting(List<Mention> mentions, int sentence, int token) {
        return mentions.stream()
                .filter(m -> m.sentence() == sentence && m.tokenBegin() == token)
                .findFirst();
    }

    private static Optional<Mention> mentionEnding(List<Mention> mentions, int sentence, int tokenEnd) {
        return mentions.stream()
                .filter(m -> m.sentence() == sentence && m.tokenEnd() == tokenEnd)
                .findFirst();
    }

    /*package*/ static Mention mention(String text, Sentence s, int from, int to, Entity e, MentionKind kind) {
        int begin = s.token(from).begin();
        int end = s.token(to - 1).end();
        return new Mention(s.index(), from, to, begin, end, text.substring(begin, end), e, kind, Optional.empty());
    }

    /*package*/ static boolean heldOn(Gazetteer.Position p, Optional<LocalDate> day, boolean former) {
        if (day.isEmpty()) {
            return false;
        }
        if (former) {
            return p.endedBy(day.get());
        }
        return p.heldOn(day.get());
    }
}

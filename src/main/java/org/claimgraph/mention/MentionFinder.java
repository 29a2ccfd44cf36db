package org.claimgraph.mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.analyze.AnalyzedText;
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

    public MentionFinder(Gazetteer gazetteer, MentionLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.index = new NameIndex(gazetteer);
        this.lexicon = lexicon;
        this.coreference = new Coreference(gazetteer, lexicon);
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
        Optional<Entity> author = title.flatMap(this::author);
        String text = analysed.text();
        List<Mention> mentions = new ArrayList<>();
        List<OfficeSpan> offices = new ArrayList<>();
        List<NameCandidate> candidates = new ArrayList<>();
        for (Sentence s : analysed.sentences()) {
            BitSet covered = new BitSet();
            List<NameCandidate> prefixed = new ArrayList<>();
            for (NameIndex.Match m : index.matches(text, s)) {
                Gazetteer.SurfaceForm form = m.forms().get(0);
                Entity e = gazetteer.entity(form.entityKey()).orElseThrow();
                int nameEnd = prefixedNameEnd(s, m.to());
                if (nameEnd > m.to() && (e.type() == EntityType.COUNTRY || e.type() == EntityType.CITY)) {
                    // "Ukraine Security Assistance Initiative", "Russian Security Council": a place name opening
                    // the name of a body is part of that name, not a mention of the place.
                    String raw = s.text(text, m.from(), nameEnd);
                    prefixed.add(new NameCandidate(
                            s.index(), m.from(), nameEnd, TextNormalizer.key(raw), raw.replaceAll("\\s+", " ")));
                    covered.set(m.from(), nameEnd);
                    continue;
                }
                MentionKind kind = form.kind() == FormKind.DEMONYM ? MentionKind.DEMONYM : MentionKind.NAME;
                mentions.add(mention(text, s, m.from(), m.to(), e, kind));
                covered.set(m.from(), m.to());
            }
            offices.addAll(findOffices(text, s, covered));
            for (TimeExpression t : s.times()) {
                covered.set(t.tokenBegin(), t.tokenEnd());
            }
            candidates.addAll(prefixed);
            candidates.addAll(findNameCandidates(text, s, covered));
        }
        List<Title> titles = new ArrayList<>();
        mentions.addAll(resolveCandidates(analysed, candidates, mentions, offices, titles));
        List<Mention> resolved = coreference.resolve(analysed, mentions, offices, titles);
        List<Quotation> quotations = new Quotations(lexicon).find(analysed, resolved);
        resolved.addAll(coreference.firstPerson(analysed, resolved, quotations, author));
        return new Mentions(resolved, titles, quotations, author);
    }

    /** The person a title like "Statement from President X on Y" names as its author. */
    private Optional<Entity> author(AnalyzedText title) {
        if (title.sentences().isEmpty()
                || title.sentences().get(0).tokens().isEmpty()
                || !lexicon.isAuthorshipTitle(title.sentences().get(0).token(0).text())) {
            return Optional.empty();
        }
        Mentions inTitle = find(title, Optional.empty());
        return inTitle.all().stream()
                .filter(m -> m.kind() == MentionKind.NAME && m.entity().type() == EntityType.PERSON)
                .map(Mention::entity)
                .findFirst();
    }

    /** A stretch of tokens naming an office. */
    /*package*/ record OfficeSpan(int sentence, int from, int to, String office) {}

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
            if (!covered.get(i)) {
                for (int to = Math.min(n, i + lexicon.longestOfficeWords() * 2); to > i; to--) {
                    if (covered.get(i, to).cardinality() > 0) {
                        continue;
                    }
                    String o = lexicon.office(s.text(text, i, to));
                    if (o != null) {
                        found = to;
                        office = o;
                        break;
                    }
                }
            }
            if (found > 0) {
                out.add(new OfficeSpan(s.index(), i, found, office));
                covered.set(i, found);
                i = found;
            } else {
                i++;
            }
        }
        return out;
    }

    private List<NameCandidate> findNameCandidates(String text, Sentence s, BitSet covered) {
        List<NameCandidate> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size()) {
            if (covered.get(i) || !startsName(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && !covered.get(j)) {
                Token t = tokens.get(j);
                boolean nextIsName = j + 1 < tokens.size()
                        && !covered.get(j + 1)
                        && tokens.get(j + 1).isProperNoun();
                if (t.isProperNoun() && t.isCapitalized()) {
                    j++;
                } else if ((t.pos().equals("POS")
                                || t.pos().equals("HYPH")
                                || t.text().equals("&"))
                        && nextIsName) {
                    // "St. Mark's Basilica", "Bosnia-Herzegovina": joiners inside a name.
                    j++;
                } else {
                    break;
                }
            }
            int end = j;
            // Drop trailing words that never end a name, and a leading one ("General" of a title remnant).
            while (end > i && lexicon.isNotName(tokens.get(end - 1).text())) {
                end--;
            }
            int start = i;
            while (start < end && lexicon.isNotName(tokens.get(start).text())) {
                start++;
            }
            if (start < end && hasNameWord(tokens, start, end)) {
                String raw = s.text(text, start, end);
                out.add(new NameCandidate(s.index(), start, end, TextNormalizer.key(raw), raw.replaceAll("\\s+", " ")));
            }
            i = j;
        }
        return out;
    }

    /**
     * Where a name that continues a place name ends, when the proper nouns after it close with the head word
     * of an organization ("... Security Council"); else {@code from}.
     */
    private int prefixedNameEnd(Sentence s, int from) {
        int j = from;
        while (j < s.tokens().size() && s.token(j).isProperNoun() && s.token(j).isCapitalized()) {
            j++;
        }
        if (j - from >= 2 && lexicon.isOrganizationHead(s.token(j - 1).text())) {
            return j;
        }
        return from;
    }

    private boolean startsName(Token t) {
        return t.isProperNoun()
                && t.isCapitalized()
                && Character.isLetter(t.text().codePointAt(0));
    }

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
            List<Title> titles) {
        String text = analysed.text();
        Map<String, EntityType> types = new HashMap<>();
        Set<String> titled = new LinkedHashSet<>();
        for (NameCandidate c : candidates) {
            if (titleBefore(c, offices) != null || titleAfter(analysed, c, offices) != null) {
                titled.add(c.label());
            }
        }
        for (NameCandidate c : candidates) {
            types.merge(c.label(), guessType(analysed, c, titled), MentionFinder::stronger);
        }
        List<Mention> out = new ArrayList<>();
        Map<String, Entity> persons = new LinkedHashMap<>();
        for (Mention m : gazetteerMentions) {
            if (m.entity().type() == EntityType.PERSON) {
                persons.putIfAbsent(m.entity().label(), m.entity());
            }
        }
        // Text order matters: a surname refers back to a full name given earlier.
        for (NameCandidate c : candidates) {
            Sentence s = analysed.sentences().get(c.sentence());
            boolean singleWord = c.to() - c.from() == 1;
            Optional<Entity> earlier =
                    singleWord ? surnameOf(c, persons, gazetteerMentions, analysed) : Optional.empty();
            if (earlier.isPresent()) {
                out.add(mention(text, s, c.from(), c.to(), earlier.get(), MentionKind.SURNAME));
                continue;
            }
            Entity e = Entity.local(types.get(c.label()), c.text());
            if (e.type() == EntityType.PERSON) {
                persons.putIfAbsent(e.label(), e);
            }
            out.add(mention(text, s, c.from(), c.to(), e, MentionKind.NAME));
        }
        List<Mention> all = new ArrayList<>(gazetteerMentions);
        all.addAll(out);
        titles.addAll(findTitles(analysed, all, offices));
        return out;
    }

    private Optional<Entity> surnameOf(
            NameCandidate c, Map<String, Entity> persons, List<Mention> gazetteerMentions, AnalyzedText analysed) {
        Entity found = null;
        for (Entity p : persons.values()) {
            String[] words = p.label().split("\\s+");
            if (words.length > 1
                    && TextNormalizer.key(words[words.length - 1]).equals(c.label())
                    && firstMentionBefore(p, c, gazetteerMentions)) {
                if (found != null && !found.equals(p)) {
                    return Optional.empty(); // Two people share the surname: leave it unresolved.
                }
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean firstMentionBefore(Entity p, NameCandidate c, List<Mention> gazetteerMentions) {
        if (p.local()) {
            return true; // Local persons enter the map in text order.
        }
        return gazetteerMentions.stream()
                .anyMatch(m -> m.entity().equals(p)
                        && (m.sentence() < c.sentence() || (m.sentence() == c.sentence() && m.tokenEnd() <= c.from())));
    }

    private EntityType guessType(AnalyzedText analysed, NameCandidate c, Set<String> titled) {
        Sentence s = analysed.sentences().get(c.sentence());
        Token last = s.token(c.to() - 1);
        if (titled.contains(c.label())) {
            return EntityType.PERSON;
        }
        if (lexicon.isOrganizationHead(last.lemma()) || lexicon.isOrganizationHead(last.text())) {
            return EntityType.ORGANIZATION;
        }
        if (lexicon.isPlaceHead(last.lemma()) || lexicon.isPlaceHead(last.text())) {
            return EntityType.PLACE;
        }
        if (c.from() > 0 && lexicon.isPlacePreposition(s.token(c.from() - 1).text())) {
            return EntityType.PLACE;
        }
        int words = c.to() - c.from();
        return words >= 2 && words <= 4 ? EntityType.PERSON : EntityType.ACTOR;
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
                return o;
            }
        }
        return null;
    }

    /**
     * Offices the text gives named people: before the name ("German Chancellor Olaf Scholz",
     * "French President Emmanuel Macron") or in apposition after it ("John Kirby, White House spokesperson").
     */
    private List<Title> findTitles(AnalyzedText analysed, List<Mention> mentions, List<OfficeSpan> offices) {
        List<Title> out = new ArrayList<>();
        for (OfficeSpan o : offices) {
            Sentence s = analysed.sentences().get(o.sentence());
            Optional<Mention> after = mentionStarting(mentions, o.sentence(), o.to());
            if (after.isPresent() && after.get().entity().type() == EntityType.PERSON) {
                int begin = o.from();
                Optional<Entity> of = officeOfBefore(mentions, s, begin);
                if (of.isPresent()) {
                    begin = startOfOfficeOf(mentions, s, begin);
                }
                boolean former =
                        begin > 0 && lexicon.isFormerWord(s.token(begin - 1).text());
                if (former) {
                    begin--;
                }
                Mention holder = after.get();
                out.add(new Title(
                        holder,
                        o.office(),
                        of,
                        former,
                        o.sentence(),
                        s.token(begin).begin(),
                        holder.end()));
                continue;
            }
            Optional<Title> appositive = appositiveTitle(analysed, mentions, o);
            appositive.ifPresent(out::add);
        }
        return out;
    }

    private Optional<Title> appositiveTitle(AnalyzedText analysed, List<Mention> mentions, OfficeSpan o) {
        Sentence s = analysed.sentences().get(o.sentence());
        int k = o.from();
        Optional<Entity> of = officeOfBefore(mentions, s, k);
        if (of.isPresent()) {
            k = startOfOfficeOf(mentions, s, k);
        }
        boolean former = false;
        while (k > 0
                && (lexicon.isFormerWord(s.token(k - 1).text())
                        || s.token(k - 1).pos().equals("DT"))) {
            former |= lexicon.isFormerWord(s.token(k - 1).text());
            k--;
        }
        if (k < 2 || !s.token(k - 1).text().equals(",")) {
            return Optional.empty();
        }
        Optional<Mention> holder = mentionEnding(mentions, o.sentence(), k - 1);
        if (holder.isEmpty() || holder.get().entity().type() != EntityType.PERSON) {
            return Optional.empty();
        }
        int afterOffice = o.to();
        if (of.isEmpty()
                && afterOffice + 1 < s.tokens().size()
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
        }
        return Optional.of(new Title(
                holder.get(),
                o.office(),
                of,
                former,
                o.sentence(),
                holder.get().begin(),
                s.token(afterOffice - 1).end()));
    }

    private Optional<Entity> officeOfBefore(List<Mention> mentions, Sentence s, int officeFrom) {
        int k = officeFrom;
        if (k > 0 && s.token(k - 1).pos().equals("POS")) {
            k--;
        }
        Optional<Mention> m = mentionEnding(mentions, s.index(), k);
        return m.filter(x -> x.entity().type().isActor() && x.entity().type() != EntityType.PERSON)
                .map(Mention::entity);
    }

    private int startOfOfficeOf(List<Mention> mentions, Sentence s, int officeFrom) {
        int k = officeFrom;
        if (k > 0 && s.token(k - 1).pos().equals("POS")) {
            k--;
        }
        return mentionEnding(mentions, s.index(), k).map(Mention::tokenBegin).orElse(officeFrom);
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

package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.claimgraph.analyze.Dependency;
import org.claimgraph.analyze.Sentence;
import org.claimgraph.analyze.Token;
import org.claimgraph.mention.Entity;
import org.claimgraph.mention.EntityType;
import org.claimgraph.mention.Mention;
import org.claimgraph.mention.MentionLexicon;
import org.claimgraph.mention.Mentions;

/**
 * Follows a frame's dependency paths from a trigger and turns what it reaches into role fillers: entities
 * mentioned there, owners of group and institution nouns ("the organization’s countries" is the
 * organization), and items named by noun phrases ("at least 14 repaired battle tanks"), with their quantity.
 */
/*package*/ final class RoleFiller {
    private final ClaimLexicon lexicon;

    private final org.claimgraph.mention.Gazetteer gazetteer;

    RoleFiller(ClaimLexicon lexicon, org.claimgraph.mention.Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /** An item phrase found in a role position. */
    record ItemPhrase(
            Entity entity,
            int head,
            Optional<Integer> quantity,
            QuantityQualifier qualifier,
            String description,
            boolean lethal) {}

    /**
     * Tokens a path leads to from the trigger. A step may end in lemmas the token reached must have:
     * {@code ^obj[hold|have]} climbs to a governor "hold" or "have" of which the trigger is the object.
     */
    List<Integer> follow(Sentence s, int trigger, String path) {
        List<Integer> current = List.of(trigger);
        for (String fullStep : path.split(">")) {
            String step = fullStep;
            Set<String> lemmas = Set.of();
            int bracket = step.indexOf('[');
            if (bracket > 0 && step.endsWith("]")) {
                lemmas = Set.of(step.substring(bracket + 1, step.length() - 1).split("\\|"));
                step = step.substring(0, bracket);
            }
            List<Integer> next = new ArrayList<>();
            for (int t : current) {
                if (step.equals("self")) {
                    next.add(t); // the trigger fills the role itself: "U.S. aid to X" gives the aid
                } else if (step.startsWith("^")) {
                    String rel = step.substring(1);
                    for (Dependency d : s.governors(t)) {
                        if (matches(d.relation(), rel)
                                && d.governor() >= 0
                                && (lemmas.isEmpty()
                                        || lemmas.contains(s.token(d.governor()).lowerLemma()))) {
                            next.add(d.governor());
                        }
                    }
                } else {
                    for (Dependency d : s.dependents(t)) {
                        if (matches(d.relation(), step)
                                && (lemmas.isEmpty()
                                        || lemmas.contains(
                                                s.token(d.dependent()).lowerLemma()))) {
                            next.add(d.dependent());
                        }
                    }
                }
            }
            current = next.stream().distinct().toList();
        }
        return current;
    }

    /** "20 tons of tents", "146,000 kilograms of supplies": a number of a unit of weight or volume counts nothing. */
    private boolean weighs(Sentence s, int number) {
        return number + 1 < s.tokens().size()
                && lexicon.cues()
                        .quantity
                        .measureUnits
                        .contains(s.token(number + 1).text().toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean matches(String relation, String pattern) {
        if (pattern.indexOf('|') >= 0) {
            // "xcomp|dep": either, where the parse uses both for one construction
            for (String one : pattern.split("\\|")) {
                if (matches(relation, one)) {
                    return true;
                }
            }
            return false;
        }
        if (pattern.endsWith(":*")) {
            String base = pattern.substring(0, pattern.length() - 2);
            return relation.equals(base) || relation.startsWith(base + ":");
        }
        if (pattern.equals("obl:by") && relation.equals("obl:agent")) {
            return true; // the parser names the "by" of a passive obl:agent: "was attacked by Russia"
        }
        return relation.equals(pattern);
    }

    /** Entities at a token that can fill {@code role}: mentions there, or the owner of a group noun. */
    List<Entity> actorsAt(Sentence s, int token, Role role, Mentions mentions) {
        Set<Entity> out = new LinkedHashSet<>();
        for (Mention m : mentions.at(s.index(), token)) {
            if (role == Role.recipient && m.entity().type() == EntityType.PLACE) {
                continue; // "sent warships to the Red Sea": a place receives only aid (FrameMatcher)
            }
            if (m.canFillRole()
                    && m.entity().type() == EntityType.CITY
                    && (role == Role.recipient || role == Role.donor)) {
                // "military aid to Kyiv": a capital that gives or receives stands for its state's government
                gazetteer
                        .countryOfCapital(m.entity().key())
                        .flatMap(gazetteer::entity)
                        .ifPresent(out::add);
            } else if (m.canFillRole() && role.accepts(m.entity().type())) {
                out.add(m.entity());
            } else if (m.canFillRole()
                    && role.accepts(EntityType.PLACE)
                    && !role.accepts(EntityType.PERSON)
                    && m.entity().type() == EntityType.ORGANIZATION) {
                gazetteer.seatOf(m.entity()).ifPresent(out::add); // "to the Pentagon": the building
            }
        }
        if (out.isEmpty()) {
            // "Secretary of State Antony Blinken and ... traveled": the parse may hang the role on the title.
            Token tok = s.token(token);
            for (org.claimgraph.mention.Title title : mentions.titles()) {
                if (title.sentence() == s.index()
                        && tok.begin() >= title.begin()
                        && tok.end() <= title.end()
                        && role.accepts(title.holder().entity().type())) {
                    out.add(title.holder().entity());
                }
            }
        }
        if (!out.isEmpty() && role.accepts(EntityType.PERSON)) {
            out.addAll(surfaceConjuncts(s, token, role, mentions));
        }
        if (!out.isEmpty() && out.stream().allMatch(x -> x.type() == EntityType.COUNTRY)) {
            // "The United Arab Emirates (UAE), Argentina, Egypt, and Ethiopia are …" parsed as appositions: a
            // country is never another country's apposition, so they are a list.
            for (Dependency d : s.dependents(token)) {
                if (d.relation().equals("appos")) {
                    for (Mention m : mentions.at(s.index(), d.dependent())) {
                        if (m.canFillRole()
                                && m.entity().type() == EntityType.COUNTRY
                                && role.accepts(EntityType.COUNTRY)) {
                            out.add(m.entity());
                        }
                    }
                }
            }
        }
        if (!out.isEmpty() && role.accepts(EntityType.PLACE) && !role.accepts(EntityType.PERSON)) {
            out.addAll(possessorPlaces(s, token, mentions));
        }
        Token t = s.token(token);
        if (out.isEmpty() && t.isNoun() && !t.isProperNoun()) {
            // "Other countries, including Germany and Spain, called for restraint": the named ones act (GUIDE:
            // only named states or bodies fill roles).
            for (Dependency d : s.dependents(token)) {
                if (d.relation().equals("nmod:including")) {
                    for (Mention m : mentions.at(s.index(), d.dependent())) {
                        if (m.canFillRole()
                                && role.accepts(m.entity().type())
                                && m.entity().type().isActor()) {
                            out.add(m.entity());
                        }
                    }
                }
            }
        }
        ClaimLexicon.RoleCues cues = lexicon.cues().roles;
        // "Malian military officials say": sources nobody names speak for nobody, not for their state (GUIDE v6)
        boolean unnamedSource =
                role == Role.speaker && lexicon.cues().modality.reportSources.contains(t.lowerLemma());
        // "air bases" is lemmatised "basis": the singular of the word is tried too
        String singular = t.text().toLowerCase(Locale.ROOT).replaceAll("(?<=[a-z]{3})s$", "");
        boolean institution = !unnamedSource && cues.institutionNouns.contains(t.lowerLemma())
                || (role == Role.agent && cues.weaponNouns.contains(t.lowerLemma()))
                || (role == Role.target
                        && (cues.targetNouns.contains(t.lowerLemma()) || cues.targetNouns.contains(singular)))
                || (role == Role.donor && cues.carrierNouns.contains(t.lowerLemma()));
        // "The Turkish military launched": a word tagged as an adjective that heads its own phrase is a noun
        boolean nounHead = t.isNoun()
                || t.pos().startsWith("JJ")
                        && s.dependents(token).stream()
                                .anyMatch(d -> d.relation().equals("amod")
                                        || d.relation().equals("det"));
        boolean group = lexicon.cues().roles.groupNouns.contains(t.lowerLemma());
        boolean representatives = role == Role.participant
                && t.pos().equals("NNS")
                && lexicon.cues().roles.representativeNouns.contains(t.lowerLemma());
        if (t.pos().equals("NNS") && role.accepts(EntityType.PERSON)) {
            // "The foreign ministers of Egypt and Jordan, A and B, traveled": the people named beside act, not
            // the states they serve
            List<Entity> people = new ArrayList<>();
            for (Dependency d : s.dependents(token)) {
                if (!d.relation().equals("appos")) {
                    continue;
                }
                List<Integer> named = new ArrayList<>(List.of(d.dependent()));
                s.dependents(d.dependent()).stream()
                        .filter(c -> c.relation().startsWith("conj"))
                        .forEach(c -> named.add(c.dependent()));
                for (int k : named) {
                    for (Mention m : mentions.at(s.index(), k)) {
                        // a name the gazetteer lacks may be typed only as an actor
                        if (m.canFillRole()
                                && (m.entity().type() == EntityType.PERSON
                                        || m.entity().type() == EntityType.ACTOR)) {
                            people.add(m.entity());
                        }
                    }
                }
            }
            if (!people.isEmpty()) {
                return people;
            }
        }
        if (out.isEmpty() && representatives) {
            owners(s, token, mentions).stream()
                    .filter(o -> o.type() == EntityType.COUNTRY)
                    .forEach(out::add);
        }
        if (out.isEmpty() && nounHead && !t.isProperNoun() && (institution || group)) {
            for (Entity owner : owners(s, token, mentions)) {
                if (owner.type() == EntityType.PERSON && institution) {
                    continue; // "our forces" in a quotation: a person owns no army; the speaker's state is unnamed
                }
                if (institution && role.accepts(owner.type())) {
                    out.add(owner); // "Ukraine’s military" acts for Ukraine.
                } else if (group && owner.type().isOrganization() && role == Role.speaker) {
                    // "The NATO allies agreed", "the G7 members issued a statement": members speaking together
                    // speak as their body (GUIDE: named bodies fill roles).
                    out.add(owner);
                } else if (group && owner.type().isOrganization() && role == Role.forum) {
                    out.add(owner); // "leaders of the EU countries gather": they meet in their body
                } else if (group && owner.type().isOrganization() && role.accepts(EntityType.ORGANIZATION)) {
                    // "the organization’s 31 countries" give as its members, not as the organization itself.
                    out.add(Entity.local(EntityType.ORGANIZATION, owner.label() + " members"));
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * Names coordinated before the one at {@code token} that the parse did not link ("Secretary of State A
     * and Secretary of Defense B traveled": only B is the subject): titled or plain names of the same kind,
     * separated by "and" or commas.
     */
    private static List<Entity> surfaceConjuncts(Sentence s, int token, Role role, Mentions mentions) {
        List<Entity> out = new ArrayList<>();
        int unitStart = unitStart(s, token, mentions);
        boolean person =
                mentions.at(s.index(), token).stream().anyMatch(m -> m.entity().type() == EntityType.PERSON);
        while (unitStart > 0) {
            Token sep = s.token(unitStart - 1);
            if (!(sep.text().equals(",") || sep.lowerLemma().equals("and"))) {
                break;
            }
            if (out.isEmpty() && !sep.lowerLemma().equals("and")) {
                break; // a list ends in "and": "… in Ukraine, Joe Biden said" names one speaker
            }
            int end = unitStart - 1;
            if (end > 0
                    && s.token(end - 1).text().equals(",")
                    && sep.lowerLemma().equals("and")) {
                end--; // "A, B, and C"
            }
            Entity found = null;
            int start = -1;
            for (Mention m : mentions.inSentence(s.index())) {
                if (m.tokenEnd() == end
                        && m.canFillRole()
                        && role.accepts(m.entity().type())
                        && (m.entity().type() == EntityType.PERSON) == person) {
                    found = m.entity();
                    start = unitStart(s, m.tokenBegin(), mentions);
                }
            }
            if (found == null) {
                break;
            }
            out.add(found);
            unitStart = start;
        }
        return out;
    }

    /** Where the name at {@code token} starts, its title included ("Secretary of Defense B"). */
    private static int unitStart(Sentence s, int token, Mentions mentions) {
        int start = token;
        for (Mention m : mentions.at(s.index(), token)) {
            start = Math.min(start, m.tokenBegin());
        }
        for (org.claimgraph.mention.Title title : mentions.titles()) {
            Token t = s.token(start);
            if (title.sentence() == s.index() && t.begin() >= title.begin() && t.end() <= title.end()) {
                int first = s.tokenAt(title.begin());
                if (first >= 0) {
                    start = Math.min(start, first);
                }
            }
        }
        return start;
    }

    /**
     * Entities owning a noun: its possessor, compound or "of" modifier, or a nationality adjective
     * ("Russian forces" are Russia's).
     */
    private static List<Entity> owners(Sentence s, int token, Mentions mentions) {
        Set<Entity> out = new LinkedHashSet<>();
        for (Dependency d : s.dependents(token)) {
            boolean owner = d.relation().equals("nmod:poss")
                    || d.relation().equals("compound")
                    || d.relation().equals("nmod:of");
            for (Mention m : mentions.at(s.index(), d.dependent())) {
                // "Russian forces" (amod), and "Azerbaijani forces" where the tagger makes the adjective a proper noun
                boolean demonym = (d.relation().equals("amod") || d.relation().equals("compound"))
                        && m.kind() == Mention.MentionKind.DEMONYM;
                if ((owner && m.canFillRole()) || demonym) {
                    out.add(m.entity());
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** "Warsaw’s Castle Square": the place is in Warsaw, so Warsaw is a location too. */
    private static List<Entity> possessorPlaces(Sentence s, int token, Mentions mentions) {
        List<Entity> out = new ArrayList<>();
        for (Mention m : mentions.at(s.index(), token)) {
            int before = m.tokenBegin() - 1;
            if (before > 0 && s.token(before).pos().equals("POS")) {
                for (Mention owner : mentions.at(s.index(), before - 1)) {
                    Entity place = owner.named().orElse(owner.entity());
                    if (place.type().isPlace() && !place.equals(m.entity())) {
                        out.add(place);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The item a noun phrase headed at {@code head} names: equipment the gazetteer knows inside the phrase
     * ("HIMARS"), else the head noun when it is an item noun. Returns empty for anything else.
     */
    Optional<ItemPhrase> itemAt(String text, Sentence s, int head, Mentions mentions) {
        Token h = s.token(head);
        if (isMoney(s, head) && lexicon.item(h.lowerLemma()).isEmpty()) {
            return sumAt(text, s, head, mentions);
        }
        if (!h.isNoun()) {
            return Optional.empty();
        }
        if (lexicon.cues().quantity.vagueCounts.contains(h.lowerLemma())) {
            // "dozens more Bradley vehicles", "hundreds of drones": the count is vague (no quantity, GUIDE),
            // the thing counted is the item.
            Optional<Integer> counted =
                    nounsAfter(s, head, Set.of("obj", "nmod:of")).stream().findFirst();
            if (counted.isPresent()) {
                return itemAt(text, s, counted.get(), mentions);
            }
        }
        if (lexicon.cues().quantity.containers.contains(h.lowerLemma())
                && lexicon.item(h.lowerLemma()).isEmpty()) {
            // "its entire artillery stock", "a shipment of tanks": the item is what the store holds.
            Optional<Integer> held =
                    nounsAfter(s, head, Set.of("nmod:of")).stream().findFirst();
            if (held.isEmpty()) {
                held = s.dependents(head).stream()
                        .filter(d -> d.relation().equals("compound") && d.dependent() < head)
                        .map(Dependency::dependent)
                        .findFirst();
            }
            if (held.isPresent()) {
                return itemAt(text, s, held.get(), mentions);
            }
        }
        if (lexicon.cues().quantity.countingUnits.contains(h.lowerLemma())) {
            // "36,000 rounds of 155 mm ammunition": the rounds count the ammunition, which is the item.
            Optional<Integer> counted =
                    nounsAfter(s, head, Set.of("nmod:of")).stream().findFirst();
            Optional<ItemPhrase> inner = counted.flatMap(k -> itemAt(text, s, k, mentions));
            if (inner.isPresent()) {
                OptionalInt number = countingNumber(s, head);
                if (number.isPresent()) {
                    int start = s.subtree(head).nextSetBit(0);
                    ItemPhrase i = inner.get();
                    return Optional.of(new ItemPhrase(
                            i.entity(),
                            i.head(),
                            Numbers.parse(s, number.getAsInt()),
                            qualifierBefore(s, start, number.getAsInt()),
                            i.description(),
                            i.lethal()));
                }
                return inner;
            }
        }
        if (calibreUnits().contains(h.lowerLemma())) {
            // "additional 105 mm and 203 mm artillery rounds" parsed with the calibre as the head and the
            // rounds hanging loose from it: the thing is the noun after the calibre.
            Optional<Integer> thing =
                    nounsAfter(s, head, Set.of("dep", "appos")).stream().findFirst();
            if (thing.isPresent()) {
                return itemAt(text, s, thing.get(), mentions);
            }
        }
        List<Integer> phrase = phraseTokens(s, head);
        Entity entity = null;
        for (int t : phrase) {
            for (Mention m : mentions.at(s.index(), t)) {
                if (m.entity().type() == EntityType.EQUIPMENT) {
                    entity = m.entity();
                }
            }
        }
        Optional<ClaimLexicon.ItemNoun> noun = lexicon.item(h.lowerLemma());
        boolean lethal = noun.map(ClaimLexicon.ItemNoun::lethal).orElse(entity != null);
        for (Dependency d : s.dependents(head)) {
            String mod = s.token(d.dependent()).lowerLemma();
            if (d.relation().equals("amod") && (mod.equals("nonlethal") || mod.equals("non-lethal"))) {
                lethal = false;
            } else if (d.relation().equals("amod") && mod.equals("lethal")) {
                lethal = true;
            }
        }
        if (entity == null) {
            boolean countedThing = noun.isEmpty()
                    && h.pos().equals("NNS")
                    && countingNumber(s, head).isPresent()
                    && !lexicon.cues().quantity.notItems.contains(h.lowerLemma())
                    && !lexicon.cues().quantity.notItems.contains(h.text().toLowerCase(Locale.ROOT));
            if (noun.isEmpty() && !countedThing) {
                return Optional.empty();
            }
            // "10,000 mobile homes": a counted thing given is an item, of a kind the table does not say
            EntityType type = noun.map(ClaimLexicon.ItemNoun::type).orElse(EntityType.EQUIPMENT);
            String label = itemLabel(s, head);
            entity = new Entity(
                    Entity.localKey(type, label),
                    type,
                    label,
                    Optional.empty(),
                    Optional.empty(),
                    "",
                    noun.isEmpty() ? "" : lethal ? "lethal" : "nonlethal",
                    true);
        }
        Optional<Integer> quantity = Optional.empty();
        QuantityQualifier qualifier = QuantityQualifier.Exactly;
        int firstDescribed = phrase.get(0);
        OptionalInt number = countingNumber(s, head);
        if (number.isPresent()) {
            quantity = Numbers.parse(s, number.getAsInt());
            qualifier = qualifierBefore(s, phrase.get(0), number.getAsInt());
            firstDescribed = Math.max(firstDescribed, number.getAsInt() + 1);
        }
        if (quantity.isEmpty()) {
            // "18 more 155 mm M777 howitzers" parsed with the count hanging off "more" or left outside the
            // phrase: the first number at its start, over "more" and "additional", that is no calibre
            // ("155 mm") and no sum, counts the things.
            for (int k = Math.max(0, phrase.get(0) - 3); k < head; k++) {
                Token w = s.token(k);
                if (!w.pos().equals("CD")) {
                    continue;
                }
                String next = nextLemma(s, k);
                boolean calibre = namesNotCounts(s, k);
                boolean sum = (k > 0 && isMoneyWord(s.token(k - 1)))
                        || (k + 1 < s.tokens().size() && isMoneyWord(s.token(k + 1)));
                boolean counted = k >= phrase.get(0)
                        || lexicon.cues().quantity.countJoiners.contains(next)
                        || k + 1 == phrase.get(0);
                if (calibre || sum || !counted) {
                    continue;
                }
                Optional<Integer> q = Numbers.parse(s, k);
                if (q.isPresent()) {
                    quantity = q;
                    qualifier = qualifierBefore(s, Math.max(0, k - 3), k);
                }
                break;
            }
        }
        Optional<Dependency> up = s.basicHead(head);
        if (quantity.isEmpty()
                && up.isPresent()
                && up.get().governor() >= 0
                && up.get().relation().startsWith("nmod")
                && isMoney(s, up.get().governor())) {
            // "$2.4 billion in security assistance": the sum is part of what is given.
            firstDescribed = s.subtree(up.get().governor()).nextSetBit(0);
        }
        // "105 mm and 203 mm artillery rounds": a calibre's number names the thing, it stays in its words
        while (firstDescribed < head
                && isDeterminerLike(s.token(firstDescribed))
                && !(s.token(firstDescribed).pos().equals("CD") && namesNotCounts(s, firstDescribed))) {
            firstDescribed++;
        }
        firstDescribed = sumBefore(s, firstDescribed);
        int lastDescribed = head;
        String description = s.text(text, firstDescribed, lastDescribed + 1);
        return Optional.of(new ItemPhrase(entity, head, quantity, qualifier, description, lethal));
    }

    /**
     * A sum given: what it is in, when the phrase says ("$2.4 billion in security assistance" is the assistance,
     * its description holding the sum), else the sum itself as assistance ("will provide an additional $60
     * million to help X"; GUIDE: a package's value belongs to the item).
     */
    private Optional<ItemPhrase> sumAt(String text, Sentence s, int head, Mentions mentions) {
        for (int k : nounsAfter(s, head, Set.of("nmod:in", "nmod:of", "nmod:for"))) {
            Optional<ItemPhrase> inner = itemAt(text, s, k, mentions);
            if (inner.isPresent()) {
                return inner;
            }
        }
        int first = s.subtree(head).nextSetBit(0);
        int last = head;
        for (Dependency d : s.basicDependents(head)) {
            String r = d.relation();
            if (r.equals("nummod") || r.equals("compound") || r.equals("amod") || r.equals("advmod")) {
                last = Math.max(
                        last, s.subtree(d.dependent()).previousSetBit(s.tokens().size()));
            }
        }
        while (first < head
                && isDeterminerLike(s.token(first))
                && !s.token(first).pos().equals("CD")) {
            first++;
        }
        String label = s.text(text, first, last + 1);
        Entity sum = new Entity(
                Entity.localKey(EntityType.ASSISTANCE, label),
                EntityType.ASSISTANCE,
                label,
                Optional.empty(),
                Optional.empty(),
                "",
                "nonlethal",
                true);
        return Optional.of(new ItemPhrase(sum, head, Optional.empty(), QuantityQualifier.Exactly, label, false));
    }

    /**
     * Where the words of an item start when a sum stands right before it with "in" ("$2.4 billion in security
     * assistance", whatever the parse made of it): at the sum (GUIDE: a package's value belongs to the item).
     */
    private int sumBefore(Sentence s, int first) {
        int in = first - 1;
        if (in < 1 || !s.token(in).text().equalsIgnoreCase("in")) {
            return first;
        }
        int k = in;
        boolean money = false;
        while (k - 1 >= 0
                && (s.token(k - 1).pos().equals("CD")
                        || s.token(k - 1).pos().equals("$")
                        || isMoneyWord(s.token(k - 1)))) {
            k--;
            money |= isMoneyWord(s.token(k)) || s.token(k).pos().equals("$");
        }
        return money && k < in ? k : first;
    }

    /**
     * The number that counts the things a noun names: the last of its numeric modifiers before it that reads as a
     * number and is no calibre or model number. A number after its noun ("Article 5", "tanks 14" in a broken
     * parse) names or misparses; it does not count the things.
     */
    private OptionalInt countingNumber(Sentence s, int head) {
        OptionalInt last = OptionalInt.empty();
        for (Dependency d : s.dependents(head)) {
            int k = d.dependent();
            if (d.relation().equals("nummod")
                    && k < head
                    && !namesNotCounts(s, k)
                    && Numbers.parse(s, k).isPresent()
                    && (last.isEmpty() || k > last.getAsInt())) {
                last = OptionalInt.of(k);
            }
        }
        return last;
    }

    /** Nouns after {@code head} that depend on it by one of these relations, in the parse's order. */
    private static List<Integer> nounsAfter(Sentence s, int head, Set<String> relations) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.dependents(head)) {
            if (d.dependent() > head
                    && relations.contains(d.relation())
                    && s.token(d.dependent()).isNoun()) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /**
     * Item phrases after a giving verb that the parse hung elsewhere ("has moved on from sending vests and
     * radios to howitzers"): item nouns that end a noun phrase, up to the end of the clause.
     */
    List<ItemPhrase> itemsAfter(String text, Sentence s, int trigger, Mentions mentions) {
        List<ItemPhrase> out = new ArrayList<>();
        for (int k = trigger + 1; k < s.tokens().size(); k++) {
            Token t = s.token(k);
            if (t.pos().equals(".")
                    || t.pos().equals(":")
                    || t.text().equals(";")
                    || (t.isVerb() && !t.pos().equals("VBN") && !t.pos().equals("VBG"))
                    // "vowed retaliation after Iranian missiles struck": a clause of its own begins
                    || s.basicHead(k).map(d -> d.relation().equals("mark")).orElse(false)) {
                break;
            }
            boolean endsPhrase = k + 1 >= s.tokens().size() || !s.token(k + 1).isNoun();
            if (t.pos().equals("$") && isMoney(s, k)) {
                // "will provide an additional $60 million to help X": the parse hung the sum off the article.
                sumAt(text, s, k, mentions).ifPresent(out::add);
            } else if (t.isNoun() && endsPhrase) {
                itemAt(text, s, k, mentions).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The subject the parse lost, read off the surface: the mention ending just before the verb (over
     * auxiliaries, adverbs and one comma-delimited insertion, as in "NATO, founded to fight X, has evolved
     * from sending ..."), with the names conjoined to it. Tried on the trigger when it is a verb, then on the
     * nearest verb above it.
     */
    List<Entity> surfaceSubject(Sentence s, int trigger, Role role, Mentions mentions) {
        List<Entity> out = s.token(trigger).isVerb() ? subjectBefore(s, trigger, role, mentions) : List.of();
        if (!out.isEmpty()) {
            return out;
        }
        int v = trigger;
        for (int guard = 0; guard < s.tokens().size(); guard++) {
            int up = s.basicHead(v).map(Dependency::governor).orElse(-1);
            if (up < 0) {
                return List.of();
            }
            v = up;
            if (s.token(v).isVerb()) {
                break;
            }
        }
        if (!s.token(v).isVerb()
                || s.dependents(v).stream().anyMatch(d -> d.relation().startsWith("nsubj"))) {
            return List.of();
        }
        return subjectBefore(s, v, role, mentions);
    }

    private List<Entity> subjectBefore(Sentence s, int verb, Role role, Mentions mentions) {
        int k = verb - 1;
        while (k >= 0
                && (s.token(k).pos().equals("MD")
                        || s.token(k).pos().startsWith("RB")
                        || s.token(k).lowerLemma().equals("have")
                        || s.token(k).lowerLemma().equals("be"))) {
            k--;
        }
        if (k >= 0 && s.token(k).text().equals(",")) {
            k--;
            while (k >= 0 && !s.token(k).text().equals(",")) {
                k--;
            }
            k--;
        }
        Set<Entity> out = new LinkedHashSet<>();
        for (Mention m : mentions.inSentence(s.index())) {
            if (k >= 0
                    && m.tokenEnd() == k + 1
                    && m.canFillRole()
                    && role.accepts(m.entity().type())) {
                out.add(m.entity());
                // "Estonia and Latvia said": the conjuncts of the subject are subjects too.
                int head = m.tokenEnd() - 1;
                for (Dependency d : s.enhanced()) {
                    int other = d.dependent() == head ? d.governor() : d.governor() == head ? d.dependent() : -1;
                    if (other >= 0 && d.relation().startsWith("conj") && adjacentInList(s, m, other, mentions)) {
                        actorsAt(s, other, role, mentions).forEach(out::add);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * True when the name at {@code other} stands next to the mention in a list, only "and", "or" or commas
     * (and the other names of the list) between: a parse that coordinates "… the United States and Romania,
     * spokesperson X said" across a clause is not believed.
     */
    private static boolean adjacentInList(Sentence s, Mention m, int other, Mentions mentions) {
        int from = Math.min(m.tokenEnd(), other + 1);
        int to = Math.max(m.tokenBegin(), other);
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            int kk = k;
            boolean named = mentions.at(s.index(), kk).stream().anyMatch(x -> x.kind() == Mention.MentionKind.NAME);
            if (!(named || t.text().equals(",") || t.pos().equals("CC") || isDeterminerLike(t))) {
                return false;
            }
        }
        return true;
    }

    /** A sum of money: a word of money, or a number of one ("$", "million", "2 billion"). */
    private boolean isMoney(Sentence s, int token) {
        // A scale word alone counts anything ("1.2 million people"); a currency makes it a sum.
        return isMoneyWord(s.token(token))
                || s.dependents(token).stream()
                        .anyMatch(d -> d.relation().equals("nummod")
                                && !lexicon.cues()
                                        .quantity
                                        .scaleWords
                                        .contains(s.token(d.dependent()).lowerLemma())
                                && lexicon.cues()
                                        .quantity
                                        .money
                                        .contains(s.token(d.dependent()).lowerLemma()));
    }

    private boolean isMoneyWord(Token t) {
        Set<String> money = lexicon.cues().quantity.money;
        return money.contains(t.lowerLemma()) || money.contains(t.text().toLowerCase(Locale.ROOT));
    }

    private static boolean isDeterminerLike(Token t) {
        return t.pos().equals("DT")
                || t.pos().equals("PDT")
                || t.pos().equals("CD")
                || t.pos().equals("PRP$")
                || t.pos().equals("POS")
                || MentionLexicon.bundled().quotationMarks().opensDouble(t.text());
    }

    /**
     * Items of a list that the parse hung inside an earlier item ("munitions for Patriot systems and additional
     * artillery rounds" read as munitions for the systems and for the rounds): a coordinated noun under the
     * item's modifier that opens with a count or with "additional", "more", "new" names a thing of its own, where
     * a bare one ("for Patriot and HAWK systems") is still what the first item is for.
     */
    List<Integer> freshItemsInside(Sentence s, int item) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.dependents(item)) {
            if (!d.relation().startsWith("nmod")) {
                continue;
            }
            for (Dependency c : s.dependents(d.dependent())) {
                if (c.relation().startsWith("conj") && c.dependent() > d.dependent() && opensFresh(s, c.dependent())) {
                    out.add(c.dependent());
                }
            }
        }
        return out;
    }

    /**
     * Items of a list that the parse left hanging loose after the trigger ("... and the trucks to tow them, and
     * 20,000 rounds": the last item hangs by "dep" from the "and" before it): nouns after the trigger, in its
     * clause, attached by "dep" directly or through a conjunction.
     */
    List<Integer> looseListItems(Sentence s, int trigger) {
        List<Integer> out = new ArrayList<>();
        BitSet clause = s.subtree(trigger);
        for (int k = clause.nextSetBit(trigger + 1); k >= 0; k = clause.nextSetBit(k + 1)) {
            if (!s.token(k).isNoun()) {
                continue;
            }
            Optional<Dependency> up = s.basicHead(k);
            if (up.isPresent()
                    && up.get().relation().equals("dep")
                    && up.get().governor() >= 0
                    && s.token(up.get().governor()).pos().equals("CC")) {
                out.add(k);
            }
        }
        return out;
    }

    private Set<String> calibreUnits() {
        return lexicon.cues().quantity.calibreUnits;
    }

    private boolean opensFresh(Sentence s, int head) {
        for (int k : phraseTokens(s, head)) {
            Token t = s.token(k);
            if (k < head
                    && (lexicon.cues().quantity.freshMarkers.contains(t.lowerLemma())
                            || t.pos().equals("CD") && !calibreUnits().contains(nextLemma(s, k)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "120 mm", "F-16", "20 tons of tents": a number that gives a calibre, names a model or weighs counts nothing
     * (GUIDE).
     */
    private boolean namesNotCounts(Sentence s, int k) {
        return calibreUnits().contains(nextLemma(s, k)) || modelNumber(s, k) || weighs(s, k);
    }

    /**
     * "F-16", "T-72": a number joined by a hyphen to letters names a model, it counts nothing (GUIDE); so does a
     * number right after a proper name ("Leopard 2 tanks", "Challenger 2"), where a count would come first.
     */
    private static boolean modelNumber(Sentence s, int k) {
        boolean hyphenated = k >= 2
                && s.token(k - 1).text().equals("-")
                && s.token(k - 1).end() == s.token(k).begin()
                && s.token(k - 2).end() == s.token(k - 1).begin();
        return hyphenated || (k >= 1 && s.token(k - 1).pos().startsWith("NNP"));
    }

    private static String nextLemma(Sentence s, int k) {
        return k + 1 < s.tokens().size() ? s.token(k + 1).lowerLemma() : "";
    }

    /** The phrase's tokens: the head and its prenominal modifiers, in text order. */
    private static List<Integer> phraseTokens(Sentence s, int head) {
        int from = head;
        for (Dependency d : s.basicDependents(head)) {
            if (d.dependent() < from
                    && !d.relation().equals("punct")
                    && !d.relation().equals("cc")
                    && !d.relation().startsWith("conj")
                    && !d.relation().equals("case")) {
                from = Math.min(from, leftEdge(s, d.dependent()));
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i = from; i <= head; i++) {
            out.add(i);
        }
        return out;
    }

    private static int leftEdge(Sentence s, int token) {
        return s.subtree(token).nextSetBit(0);
    }

    /** "missile system" for "powerful missile systems": compounds kept, descriptive adjectives dropped. */
    private String itemLabel(Sentence s, int head) {
        StringBuilder b = new StringBuilder();
        for (Dependency d : s.basicDependents(head)) {
            Token m = s.token(d.dependent());
            boolean keep = d.relation().equals("compound")
                            && m.isNoun()
                            && !m.isProperNoun()
                            && !calibreUnits().contains(m.lowerLemma())
                    || d.relation().equals("amod") && isClassifyingAdjective(m);
            if (keep && d.dependent() < head) {
                int k = d.dependent();
                // "long-range munition": keep the whole hyphenated modifier.
                String word = m.text();
                while (k >= 2 && s.token(k - 1).pos().equals("HYPH")) {
                    word = s.token(k - 2).text() + "-" + word;
                    k -= 2;
                }
                b.append(word.toLowerCase(Locale.ROOT)).append(' ');
            }
        }
        return b.append(s.token(head).lowerLemma()).toString();
    }

    /** Adjectives that name a kind of item ("medical equipment", "nonlethal support"), not describe it. */
    private boolean isClassifyingAdjective(Token t) {
        return lexicon.cues().quantity.classifyingAdjectives.contains(t.lowerLemma());
    }

    private QuantityQualifier qualifierBefore(Sentence s, int phraseStart, int number) {
        ClaimLexicon.QuantityCues q = lexicon.cues().quantity;
        for (int words = 3; words >= 1; words--) {
            int from = number - words;
            if (from < 0) {
                continue;
            }
            // "handed over 30 generators": the particle of a verb qualifies no number
            boolean particle = s.basicHead(from)
                    .map(d -> d.relation().equals("compound:prt"))
                    .orElse(false);
            if (particle) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            for (int i = from; i < number; i++) {
                b.append(i > from ? " " : "").append(s.token(i).text().toLowerCase(Locale.ROOT));
            }
            String phrase = b.toString();
            if (q.atLeast.contains(phrase)) {
                return QuantityQualifier.AtLeast;
            }
            if (q.atMost.contains(phrase)) {
                return QuantityQualifier.AtMost;
            }
            if (q.approximately.contains(phrase)) {
                return QuantityQualifier.Approximately;
            }
        }
        return QuantityQualifier.Exactly;
    }
}

package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.claimgraph.analyze.AnalyzedText;
import org.claimgraph.analyze.Dependency;
import org.claimgraph.analyze.Sentence;
import org.claimgraph.analyze.Token;
import org.claimgraph.mention.Entity;
import org.claimgraph.mention.EntityType;
import org.claimgraph.mention.Gazetteer;
import org.claimgraph.mention.Mention;
import org.claimgraph.mention.Mentions;
import org.claimgraph.mention.Title;

/**
 * Matches one frame of {@code lexicon/frames.yaml} on one trigger word: checks the frame's conditions, fills its
 * roles from the dependency paths (with surface fallbacks when the parse lost a subject or items), adds the states
 * that leaders act for, and fills implicit roles; nothing when a required role stays empty.
 */
/*package*/ final class FrameMatcher {
    private final ClaimLexicon lexicon;
    private final Gazetteer gazetteer;
    private final RoleFiller roleFiller;
    private final ModalityRules modality;

    private final ParticipantRules participants;

    FrameMatcher(ClaimLexicon lexicon, Gazetteer gazetteer, RoleFiller roleFiller, ModalityRules modality) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.roleFiller = roleFiller;
        this.modality = modality;
        this.participants = new ParticipantRules(lexicon, roleFiller);
    }

    /**
     * How many sentences back "they" or "the two leaders" may reach for the meeting whose people they are: a
     * readout speaks of its one meeting for paragraphs.
     */
    private static final int PARTICIPANTS_REACH = 8;

    /** A frame on a trigger: its roles, or nothing when a required role stays empty. */
    /** A frame on a trigger: its roles, or nothing when a required role stays empty. */
    List<Found> apply(
            AnalyzedText a,
            Sentence s,
            int t,
            Frame f,
            Mentions mentions,
            List<Found> earlier,
            List<Found> sameSentence) {
        if (!f.conditions().context().isEmpty()
                && s.governors(t).stream()
                        .noneMatch(d -> d.governor() >= 0
                                && f.conditions()
                                        .context()
                                        .contains(s.token(d.governor()).lowerLemma()))) {
            return List.of();
        }
        for (Map.Entry<String, Set<String>> need :
                f.conditions().requireDependent().entrySet()) {
            List<Integer> dependents = roleFiller.follow(s, t, need.getKey());
            boolean any = need.getValue().isEmpty() && !dependents.isEmpty();
            if (!any
                    && dependents.stream()
                            .noneMatch(o -> need.getValue().contains(s.token(o).lowerLemma()))) {
                return List.of();
            }
        }
        for (Map.Entry<String, Set<String>> no :
                f.conditions().forbidDependent().entrySet()) {
            List<Integer> dependents = roleFiller.follow(s, t, no.getKey());
            if (no.getValue().isEmpty() && !dependents.isEmpty()
                    || dependents.stream()
                            .anyMatch(o -> no.getValue().contains(s.token(o).lowerLemma()))) {
                return List.of();
            }
        }
        for (String rel : f.conditions().forbidGovernor()) {
            if (!roleFiller.follow(s, t, "^" + rel).isEmpty()) {
                return List.of();
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
            return List.of();
        }
        if (f.conditions().requireFuture() && !modality.isFutureOrIntended(s, t) && !modality.isCommitted(s, t)) {
            return List.of();
        }
        if (f.conditions().requireFuture() && f.event() == EventKind.Promise && purposeOfAnotherAct(s, t, f)) {
            return List.of();
        }
        // "will meet in Washington on May 7" parsed with "7" as the object: a number is a misread date, no object
        if (f.conditions().objectIsPeople()
                && roleFiller.follow(s, t, "obj").stream()
                        .anyMatch(o -> !s.token(o).pos().equals("CD") && !isPeople(s, o, mentions))) {
            return List.of();
        }
        if (f.conditions().clauseOnly()
                && roleFiller.follow(s, t, "ccomp").isEmpty()
                && roleFiller.follow(s, t, "xcomp").isEmpty()) {
            return List.of();
        }
        // "France could send jets": what may be given has not been given
        boolean offered =
                lexicon.cues().modality.committedWhenPast.contains(s.token(t).lowerLemma())
                        && (s.token(t).pos().equals("VBD") || s.token(t).pos().equals("VBN"));
        boolean intended = modality.isFutureOrIntended(s, t) || modality.hasPossibleAuxiliary(s, t) || offered;
        EventKind kind = intended && f.future().isPresent() ? f.future().get() : f.event();
        if (kind == EventKind.MilitaryAction
                && f.pos() == Frame.TriggerPos.noun
                && s.token(t).pos().equals("NNS")
                && s.basicHead(t)
                        .map(Dependency::governor)
                        .filter(g -> g >= 0 && runningTotal(s, g))
                        .isPresent()) {
            // "The group has launched at least 57 attacks on ships since November": a tally of a campaign,
            // repeated acts (GUIDE: no claim)
            return List.of();
        }
        if (kind == EventKind.Pledge && !intended && runningTotal(s, t)) {
            kind = EventKind.Aid; // GUIDE: running totals are Aid, not Pledge
        }
        Event e = new Event(kind);
        List<RoleFiller.ItemPhrase> items = fillRoles(a.text(), s, t, f, e, mentions);
        if (s.token(t).isVerb()) {
            surfaceFallback(a.text(), s, t, f, e, mentions);
        }
        List<Entity> announcers = List.of();
        Found announcement = null;
        Found referent = null;
        if (kind.isTransfer() && e.role(Role.recipient).isEmpty()) {
            purposeRecipient(s, t, e, mentions);
        }
        if (kind.isTransfer() && e.role(Role.recipient).isEmpty()) {
            territoryRecipient(s, t, f, e, mentions);
        }
        if (kind.isTransfer() && e.role(Role.recipient).isEmpty()) {
            beneficiariesRecipient(s, t, f, e, mentions);
        }
        if (kind.isTransfer()) {
            channelsAreNoDonors(e, sameSentence);
            statesOfLeaders(e, Role.donor, mentions, a.documentDate());
            leadersGiveWayToTheirState(e);
            announcers = donorsForTheirState(e, mentions, a.documentDate());
        } else if (kind == EventKind.MilitaryAction || kind == EventKind.Invasion) {
            statesOfLeaders(e, Role.agent, mentions, a.documentDate());
        }
        if (kind == EventKind.MilitaryAction) {
            // "strikes against the rebel stronghold of Saada", "shelled two border towns": a town or site is
            // where the act struck; the party struck is the target (as the gold's adjudications settle it). A
            // state struck stays the target.
            for (Entity x : List.copyOf(e.role(Role.target))) {
                if (x.type() == EntityType.CITY || x.type() == EntityType.PLACE) {
                    e.drop(Role.target, x::equals);
                    e.add(Role.location, x);
                }
            }
        }
        for (Map.Entry<Frame.Implicit, List<Role>> imp : implicitByStrategy(f).entrySet()) {
            for (Role r : imp.getValue()) {
                // "A and B are among six countries set to join": named members and the group of them
                boolean group = imp.getKey() == Frame.Implicit.group_members;
                if ((e.role(r).isEmpty() || group) && !namedButUnknown(s, t, f, r)) {
                    Optional<Found> from = implicit(imp.getKey(), f, r, s, t, e, mentions, earlier, sameSentence);
                    if (imp.getKey() == Frame.Implicit.antecedent && from.isPresent()) {
                        referent = from.get();
                    }
                    if (imp.getKey() == Frame.Implicit.last_transfer && from.isPresent() && announcement == null) {
                        // the nearest announcement gives the date, though an older one may give a role it lacks
                        announcement = from.get();
                    }
                }
            }
        }
        if (kind == EventKind.Accession && !e.role(Role.alliance).isEmpty()) {
            // States accede to alliances and unions the gazetteer knows; a name it lacks ("to join the carrier
            // strike group") is a unit, a coalition or a company, not one of them.
            e.drop(Role.alliance, Entity::local);
        }
        // Nobody is its own counterpart: a union does not join itself ("the bloc's first addition" with no
        // member named), a donor does not give to itself.
        if (kind == EventKind.Accession) {
            Set<Entity> alliances = Set.copyOf(e.role(Role.alliance));
            e.drop(Role.member, alliances::contains);
        }
        if (kind.isTransfer()) {
            Set<Entity> donors = Set.copyOf(e.role(Role.donor));
            e.drop(Role.recipient, donors::contains);
        }
        if (kind == EventKind.Visit) {
            participants.dropUnitVisitors(e);
            if (f.pos() == Frame.TriggerPos.place) {
                // "Russian troops are in Kherson": being somewhere is a visit of people only.
                e.drop(Role.visitor, x -> x.type() != EntityType.PERSON);
            }
        }
        for (Role r : f.roles().require()) {
            if (e.role(r).isEmpty() && !unnamedGivers(s, t, f, r, e)) {
                return List.of();
            }
        }
        if (!f.roles().requireAny().isEmpty()
                && f.roles().requireAny().stream().allMatch(r -> e.role(r).isEmpty())) {
            return List.of();
        }
        if (f.conditions().firstReport() && reportedBefore(e, earlier)) {
            return List.of();
        }
        for (Map.Entry<Role, Integer> min : f.roles().minimum().entrySet()) {
            if (e.role(min.getKey()).size() < min.getValue()) {
                return List.of();
            }
        }
        if (kind == EventKind.Meeting) {
            participants.bodyMeetsAsItself(e);
            List<Event> apart = participants.separateMeetings(s, t, e, mentions);
            if (!apart.isEmpty()) {
                List<Found> each = new ArrayList<>();
                for (Event one : apart) {
                    each.add(found(f, s, t, one, announcers, announcement, referent));
                }
                return each;
            }
        }
        if (f.roles().perItem() && items.size() > 1) {
            List<Found> each = new ArrayList<>();
            for (RoleFiller.ItemPhrase item : items) {
                Event one = e.copyRolesExcept(Role.item);
                one.add(Role.item, item.entity());
                item.quantity().ifPresent(q -> one.quantity(q, item.qualifier()));
                one.itemDescription(item.description());
                each.add(found(f, s, t, one, announcers, announcement, referent));
            }
            return each;
        }
        return List.of(found(f, s, t, e, announcers, announcement, referent));
    }

    private static Found found(
            Frame f, Sentence s, int t, Event e, List<Entity> announcers, Found announcement, Found referent) {
        Found found = new Found(f, s, t, e);
        found.attributedTo = announcers;
        found.announcement = announcement;
        found.referent = referent;
        return found;
    }

    /**
     * The donor of a government's transfer is its state: "the Defense Department announced", "the Secretary of
     * Defense approved" give the United States as donor, and the body or official who announced it becomes the
     * claim's attribution. A head of state stays beside the state ({@link #statesOfLeaders}). Returns the
     * announcers so replaced.
     */
    List<Entity> donorsForTheirState(Event e, Mentions mentions, Optional<LocalDate> published) {
        List<Entity> announcers = new ArrayList<>();
        for (Entity donor : List.copyOf(e.role(Role.donor))) {
            if (e.role(Role.donor).stream().anyMatch(d -> d.type() == EntityType.COUNTRY)) {
                break; // the state is there already (a head of state gives for it)
            }
            Optional<Entity> state = stateOf(donor, mentions, published);
            if (state.isPresent() && !state.get().equals(donor)) {
                announcers.add(donor);
                e.role(Role.donor).remove(donor);
                e.add(Role.donor, state.get());
            }
        }
        return List.copyOf(announcers);
    }

    /** The state a government body belongs to, or a person holds a state office of (in the text or by date). */
    Optional<Entity> stateOf(Entity x, Mentions mentions, Optional<LocalDate> published) {
        if (x.type() == EntityType.ORGANIZATION) {
            return x.withinKey().flatMap(gazetteer::entity).filter(c -> c.type() == EntityType.COUNTRY);
        }
        if (x.type() != EntityType.PERSON) {
            return Optional.empty();
        }
        for (Title t : mentions.titles()) {
            if (t.holder().entity().equals(x) && !t.former() && t.officeOf().isPresent()) {
                Optional<Entity> c = countryOf(t.officeOf().get());
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        for (Gazetteer.Position p : gazetteer.positions()) {
            if (p.holderKey().equals(x.key()) && published.isPresent() && p.heldOn(published.get())) {
                Optional<Entity> c = p.officeOfKey().flatMap(gazetteer::entity).flatMap(this::countryOf);
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    /** A country itself, or the country a body belongs to. */
    private Optional<Entity> countryOf(Entity x) {
        if (x.type() == EntityType.COUNTRY) {
            return Optional.of(x);
        }
        return x.withinKey().flatMap(gazetteer::entity).filter(c -> c.type() == EntityType.COUNTRY);
    }

    /**
     * "through the Ukraine Security Assistance Initiative, which will provide …": a programme is a channel, not a
     * donor (a body the gazetteer knows, such as the World Food Programme or the IMF, gives in its own right); the
     * one who gives through it is the donor of the sentence's announced transfer.
     */
    private void channelsAreNoDonors(Event e, List<Found> sameSentence) {
        java.util.function.Predicate<Entity> isChannel =
                x -> x.local() && lexicon.cues().roles.channelNouns.contains(lastWord(x.label()));
        boolean channel = e.role(Role.donor).stream().anyMatch(isChannel);
        e.drop(Role.donor, isChannel);
        if (channel && e.role(Role.donor).isEmpty()) {
            sameSentence.stream()
                    .filter(x -> x.event.kind().isTransfer()
                            && !x.event.role(Role.donor).isEmpty())
                    .findFirst()
                    .ifPresent(x -> x.event.role(Role.donor).forEach(d -> e.add(Role.donor, d)));
        }
    }

    /** Every token the frame's paths for a role reach from the trigger. */
    private List<Integer> roleTokens(Sentence s, int t, Frame f, Role role) {
        List<Integer> out = new ArrayList<>();
        for (String path : f.roles().paths().getOrDefault(role, List.of())) {
            out.addAll(roleFiller.follow(s, t, withoutPlus(path)));
        }
        return out;
    }

    /** Whether a role's place holds a noun of a group ("seven countries", "the 50 nations", "the new members"). */
    private boolean reachesGroupNoun(Sentence s, int t, Frame f, Role role) {
        return roleTokens(s, t, f, role).stream()
                .anyMatch(
                        k -> lexicon.cues().roles.groupNouns.contains(s.token(k).lowerLemma()));
    }

    /**
     * "the 50 nations that have provided Ukraine with training", "its other members have committed $57 billion to
     * Ukraine": giving by a group that names nobody is still a transfer to a named recipient, with no donor
     * (GUIDE: a role nobody named is left out).
     */
    private boolean unnamedGivers(Sentence s, int t, Frame f, Role r, Event e) {
        if (r != Role.donor
                || e.kind() != EventKind.Aid // a pledge keeps its donor (SPEC: one or more)
                || e.role(Role.recipient).isEmpty()
                || e.role(Role.item).isEmpty()) {
            return false;
        }
        return reachesGroupNoun(s, t, f, r);
    }

    /**
     * Whether the sentence fills the role with a proper name nobody knows ("admitted as a member of Mercosur"
     * with no Mercosur in the gazetteer): the role is stated, so borrowing one from the article would be wrong.
     */
    private boolean namedButUnknown(Sentence s, int t, Frame f, Role r) {
        for (String path : f.roles().paths().getOrDefault(r, List.of())) {
            for (int k : roleFiller.follow(s, t, path)) {
                if (k != t && s.token(k).pos().startsWith("NNP")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when an earlier claim of the same type shares a filler in every role this event fills: "the NATO summit
     * in Madrid" told of again.
     */
    private static boolean reportedBefore(Event e, List<Found> earlier) {
        for (Found prev : earlier) {
            if (prev.event.kind() != e.kind()) {
                continue;
            }
            boolean all = !e.roles().isEmpty();
            for (Map.Entry<Role, Set<Entity>> r : e.roles().entrySet()) {
                if (r.getKey() == Role.topic) {
                    continue;
                }
                if (java.util.Collections.disjoint(r.getValue(), prev.event.role(r.getKey()))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** True when the trigger's clause names, after it, a state that fills no role of the event yet. */
    private static boolean namesAnotherState(Sentence s, int t, Event e, Mentions mentions) {
        BitSet clause = s.subtree(t);
        Set<Entity> taken = new HashSet<>();
        e.roles().values().forEach(taken::addAll);
        for (Mention m : mentions.inSentence(s.index())) {
            if (m.canFillRole()
                    && m.tokenBegin() > t
                    && clause.get(m.tokenBegin())
                    && (m.entity().type() == EntityType.COUNTRY
                            || m.entity().type().isPlace())
                    && !taken.contains(m.entity())) {
                return true;
            }
        }
        return false;
    }

    static Map<Frame.Implicit, List<Role>> implicitByStrategy(Frame f) {
        Map<Frame.Implicit, List<Role>> out = new LinkedHashMap<>();
        f.roles()
                .implicit()
                .forEach((role, how) ->
                        out.computeIfAbsent(how, k -> new ArrayList<>()).add(role));
        return out;
    }

    /** Fills the frame's roles from its paths; returns the item phrases found, in order. */
    List<RoleFiller.ItemPhrase> fillRoles(String text, Sentence s, int t, Frame f, Event e, Mentions mentions) {
        List<RoleFiller.ItemPhrase> items = new ArrayList<>();
        for (Map.Entry<Role, List<String>> spec : f.roles().paths().entrySet()) {
            Role role = spec.getKey();
            for (String written : spec.getValue()) {
                // Climbing to a governor is a fallback, not an addition, unless the path says "+" (the subject of
                // "held" is a participant of the talks held, beside the people the talks are "with").
                boolean additive = written.startsWith("+");
                String path = withoutPlus(written);
                if (path.startsWith("^") && !additive && !e.role(role).isEmpty()) {
                    continue;
                }
                for (int k : roleFiller.follow(s, t, path)) {
                    if (role == Role.item) {
                        Optional<RoleFiller.ItemPhrase> phrase = roleFiller.itemAt(text, s, k, mentions);
                        if (phrase.isPresent()
                                && !f.roles().perItem()
                                && items.stream()
                                        .anyMatch(i -> oneItemPhrase(
                                                s, i.head(), phrase.get().head()))) {
                            continue;
                        }
                        phrase.ifPresent(item -> {
                            if (items.stream().noneMatch(i -> i.head() == item.head())) {
                                items.add(item);
                            }
                            e.add(Role.item, item.entity());
                            if (e.quantity().isEmpty() && item.quantity().isPresent()) {
                                e.quantity(item.quantity().get(), item.qualifier());
                            }
                            if (e.itemDescription().isEmpty()) {
                                e.itemDescription(item.description());
                            }
                        });
                    } else if (path.equals("amod") && s.token(t).isNoun()) {
                        // "a Russian strike", "the Iranian attack": on an event noun the adjective of a state
                        // names who acted, though a demonym fills no role elsewhere ("Ukrainian pilots").
                        for (Mention m : mentions.at(s.index(), k)) {
                            if (m.kind() == Mention.MentionKind.DEMONYM
                                    && role.accepts(m.entity().type())) {
                                e.add(role, m.entity());
                            }
                        }
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
        if (f.roles().perItem() && !items.isEmpty()) {
            List<Integer> more = new ArrayList<>();
            items.forEach(item -> more.addAll(roleFiller.freshItemsInside(s, item.head())));
            more.addAll(roleFiller.looseListItems(s, t));
            for (int k : more) {
                roleFiller.itemAt(text, s, k, mentions).ifPresent(fresh -> {
                    if (items.stream().noneMatch(i -> i.head() == fresh.head())) {
                        items.add(fresh);
                        e.add(Role.item, fresh.entity());
                    }
                });
            }
        }
        return items;
    }

    /** A role path as written, without the "+" that marks it as added to, not instead of, earlier fillers. */
    private static String withoutPlus(String written) {
        return written.startsWith("+") ? written.substring(1) : written;
    }

    /**
     * "aid for Gaza", "assistance to the West Bank": a territory that is no state receives the aid sent there
     * (GUIDE: the recipient as the text names it), where nobody else is named; cities stay places of delivery.
     */
    private void territoryRecipient(Sentence s, int t, Frame f, Event e, Mentions mentions) {
        if (e.role(Role.item).isEmpty()
                || e.role(Role.item).stream().anyMatch(i -> !"nonlethal".equals(i.category()))) {
            return; // "sent warships to the Red Sea" is a deployment, not a gift to the sea
        }
        for (int k : roleTokens(s, t, f, Role.recipient)) {
            for (Mention m : mentions.at(s.index(), k)) {
                if (m.canFillRole() && m.entity().type() == EntityType.PLACE) {
                    e.add(Role.recipient, m.entity());
                    return;
                }
            }
        }
    }

    /**
     * "food aid to 1.2 million people in Sudan", "aid for the people of Gaza": help sent to people named by where
     * they are goes to that state or territory.
     */
    private void beneficiariesRecipient(Sentence s, int t, Frame f, Event e, Mentions mentions) {
        for (int k : roleTokens(s, t, f, Role.recipient)) {
            if (!lexicon.cues().roles.beneficiaries.contains(s.token(k).lowerLemma())) {
                continue;
            }
            // "people in Sudan", "the people of Gaza", "villagers on Leyte island"; "people impacted by a recent
            // earthquake in Afghanistan": where what struck them struck
            for (String path : List.of("nmod:in|nmod:of|nmod:on", "acl>obl:by>nmod:in", "acl>obl:in")) {
                for (int w : roleFiller.follow(s, k, path)) {
                    addPlaceOrState(s, w, e, mentions);
                }
                if (!e.role(Role.recipient).isEmpty()) {
                    break;
                }
            }
            if (!e.role(Role.recipient).isEmpty()) {
                return;
            }
        }
    }

    private static void addPlaceOrState(Sentence s, int k, Event e, Mentions mentions) {
        for (Mention m : mentions.at(s.index(), k)) {
            EntityType type = m.entity().type();
            if (m.canFillRole()
                    && (type == EntityType.PLACE || type == EntityType.COUNTRY || type == EntityType.CITY)) {
                e.add(Role.recipient, m.entity());
                return;
            }
        }
    }

    /**
     * "$12 million in aid to assist victims in X", "assistance to meet X's needs": a transfer that names no
     * recipient is for the state or body its purpose clause names (the first, that is not the donor).
     */
    void purposeRecipient(Sentence s, int t, Event e, Mentions mentions) {
        Set<String> helping = lexicon.cues().roles.helpVerbs;
        BitSet clause = s.subtree(t);
        for (int k = clause.nextSetBit(0); k >= 0; k = clause.nextSetBit(k + 1)) {
            int verb = k;
            boolean purpose = helping.contains(s.token(verb).lowerLemma())
                    && s.token(verb).isVerb()
                    && s.basicHead(verb)
                            .map(d -> d.relation().startsWith("advcl")
                                    || d.relation().startsWith("acl")
                                    || d.relation().equals("xcomp")
                                    // "an additional $60 million to help X": a sum's misparse leaves it loose
                                    || d.relation().equals("dep"))
                            .orElse(false)
                    && s.dependents(verb).stream()
                            .anyMatch(d -> d.relation().equals("mark")
                                    && s.token(d.dependent()).lowerLemma().equals("to"));
            if (!purpose) {
                continue;
            }
            BitSet inside = s.subtree(verb);
            for (int w = inside.nextSetBit(verb + 1); w >= 0; w = inside.nextSetBit(w + 1)) {
                for (Mention m : mentions.at(s.index(), w)) {
                    Entity x = m.entity();
                    if (x.type().isActor()
                            && x.type() != EntityType.PERSON
                            && !e.role(Role.donor).contains(x)) {
                        e.add(Role.recipient, x);
                        return;
                    }
                }
            }
            return;
        }
    }

    /**
     * "X met today with Chinese Defense Minister Gen. Y to discuss …": when the parse loses the "with" of a
     * verb of meeting, the first person or state named after it (over titles and ranks) still took part.
     */
    private void withWhomOnTheSurface(Sentence s, int t, Event e, Mentions mentions) {
        int n = s.tokens().size();
        for (int k = t + 1; k < Math.min(n, t + 4); k++) {
            Token w = s.token(k);
            if (!w.lowerLemma().equals("with")) {
                if (w.isVerb() || w.pos().equals(",") || w.pos().equals(".")) {
                    return;
                }
                continue;
            }
            for (int j = k + 1; j < Math.min(n, k + 9); j++) {
                Token x = s.token(j);
                if (x.isVerb() || x.pos().equals(".") || x.lowerLemma().equals("to")) {
                    return;
                }
                for (Mention m : mentions.at(s.index(), j)) {
                    if (m.canFillRole()
                            && m.tokenBegin() == j
                            && (m.entity().type() == EntityType.PERSON
                                    || m.entity().type() == EntityType.COUNTRY)) {
                        e.add(Role.participant, m.entity());
                        return;
                    }
                }
            }
            return;
        }
    }

    /**
     * True when one item noun hangs from the other ("a package in security aid", "funding of military
     * assistance"): one thing given, named twice, not two items.
     */
    private static boolean oneItemPhrase(Sentence s, int a, int b) {
        return s.dependents(a).stream()
                        .anyMatch(d -> d.dependent() == b && d.relation().startsWith("nmod"))
                || s.dependents(b).stream()
                        .anyMatch(d -> d.dependent() == a && d.relation().startsWith("nmod"));
    }

    /**
     * When the parse lost a verb's subject (the frame's first role) or a giving verb's items, read them off
     * the surface of the clause.
     */
    /**
     * "will facilitate the travel of seafarers to strengthen the supply chain": a commitment verb that is the
     * purpose of another act done to something is part of that act, not a promise of its own.
     */
    private boolean purposeOfAnotherAct(Sentence s, int t, Frame f) {
        for (Dependency d : s.governors(t)) {
            int g = d.governor();
            if (g >= 0
                    && (d.relation().equals("xcomp") || d.relation().startsWith("advcl"))
                    && s.token(g).isVerb()
                    && !f.lemmas().contains(s.token(g).lowerLemma())
                    && s.dependents(g).stream()
                            .anyMatch(x -> x.relation().equals("obj")
                                    && !lexicon.cues()
                                            .roles
                                            .commitmentObjects
                                            .contains(s.token(x.dependent()).lowerLemma()))) {
                return true;
            }
        }
        return false;
    }

    void surfaceFallback(String text, Sentence s, int t, Frame f, Event e, Mentions mentions) {
        if (e.kind() == EventKind.Meeting
                && f.roles().paths().getOrDefault(Role.participant, List.of()).contains("obl:with")) {
            withWhomOnTheSurface(s, t, e, mentions);
        }
        Role subject = f.roleOrder().get(0);
        // "Kyiv was attacked by Russia": the name before a passive verb is what the act was done to; "working
        // with the Pakistan military to distribute supplies": the name before an infinitive is not its subject
        boolean nameBeforeIsNoSubject = s.dependents(t).stream()
                .anyMatch(d -> d.relation().equals("nsubj:pass")
                        || d.relation().equals("aux:pass")
                        || (d.relation().equals("mark")
                                && s.token(d.dependent()).lowerLemma().equals("to")));
        if (e.role(subject).isEmpty() && !nameBeforeIsNoSubject) {
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
        } else if (f.speech().isPresent()) {
            // "… release President A, ECOWAS Commission President B said": the parse made A the subject and B
            // A's apposition, but the name right before the verb of saying is the one who speaks.
            apposedSpeaker(s, t, mentions).ifPresent(speaker -> {
                e.clear(subject);
                e.add(subject, speaker);
            });
        }
        if (e.kind().isTransfer()
                && e.role(Role.item).isEmpty()
                && !e.role(Role.donor).isEmpty()) {
            for (RoleFiller.ItemPhrase item : roleFiller.itemsAfter(text, s, t, mentions)) {
                e.add(Role.item, item.entity());
                if (e.itemDescription().isEmpty()) {
                    e.itemDescription(item.description());
                }
            }
        }
    }

    /** The person named as an apposition of a verb of saying's subject and ending right before the verb. */
    private Optional<Entity> apposedSpeaker(Sentence s, int t, Mentions mentions) {
        for (int subject : roleFiller.follow(s, t, "nsubj")) {
            for (Dependency d : s.dependents(subject)) {
                if (!d.relation().equals("appos") || d.dependent() != t - 1) {
                    continue;
                }
                for (Mention m : mentions.at(s.index(), d.dependent())) {
                    if (m.entity().type() == org.claimgraph.mention.EntityType.PERSON && m.tokenEnd() == t) {
                        return Optional.of(m.entity());
                    }
                }
            }
        }
        return Optional.empty();
    }

    boolean isPeople(Sentence s, int token, Mentions mentions) {
        return mentions.at(s.index(), token).stream()
                        .anyMatch(m -> m.entity().type().isActor())
                || lexicon.cues().roles.meetingObjects.contains(s.token(token).lowerLemma());
    }

    /**
     * A head of state or government gives and wages war for the state: "President X approved a package"
     * makes the state a donor too, when the text or the gazetteer (at the publication date) gives X that
     * office.
     */
    void statesOfLeaders(Event e, Role role, Mentions mentions, Optional<LocalDate> published) {
        Set<String> heads = lexicon.cues().roles.headOffices;
        for (Entity donor : List.copyOf(e.role(role))) {
            if (donor.type() != org.claimgraph.mention.EntityType.PERSON) {
                continue;
            }
            for (Title t : mentions.titles()) {
                if (t.holder().entity().equals(donor) && !t.former() && heads.contains(t.position())) {
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

    /**
     * A transfer is the state's act, not its leader's (GUIDE, "donor of an announced package"): once
     * {@link #statesOfLeaders} has put the state beside the head of state who authorised it, the person
     * leaves the donors.
     */
    private static void leadersGiveWayToTheirState(Event e) {
        boolean stateThere = e.role(Role.donor).stream().anyMatch(d -> d.type() == EntityType.COUNTRY);
        if (stateThere) {
            e.role(Role.donor).removeIf(d -> d.type() == EntityType.PERSON);
        }
    }

    /**
     * Stands for the members of a group the sentence does not name ("seven countries"), until the article's
     * named members of the same accession replace it ({@link GroupAccessions}).
     */
    static final Entity GROUP_MEMBERS = Entity.local(EntityType.ACTOR, "members the article names");

    /**
     * Whether the role's place in the sentence holds a noun of a group ("seven countries", "the new members"),
     * or the frame has no place for it at all ("the enlargement of the alliance").
     */
    private boolean namesAGroup(Sentence s, int t, Frame f, Role role) {
        return f.roles().paths().getOrDefault(role, List.of()).isEmpty()
                || reachesGroupNoun(s, t, f, role)
                // "The new members will help …", "welcomed the new allies": the trigger is the group, and nothing
                // beside it names them
                || (roleTokens(s, t, f, role).stream().allMatch(k -> s.token(k).isVerb())
                        && lexicon.cues().roles.groupNouns.contains(s.token(t).lowerLemma())
                        && GroupAccessions.markedBy(s, t, lexicon.cues().roles.latestMemberWords));
    }

    /**
     * Whether an event may take a role the text leaves out from an earlier one: a pledge or aid from the transfer
     * just told; a visit from the visit of the same visitor just told ("X is in Estonia … X arrived early
     * Wednesday").
     */
    private static boolean continues(Event earlier, Event e) {
        if (e.kind().isTransfer()) {
            return earlier.kind().isTransfer();
        }
        return earlier.kind() == e.kind()
                && e.kind() == EventKind.Visit
                && earlier.role(Role.visitor).stream().anyMatch(e.role(Role.visitor)::contains);
    }

    private static final int ANTECEDENT_REACH = 5;

    /** How a token hangs from its governor in the basic tree; "root" for the root. */
    private static String relationToGovernor(Sentence s, int k) {
        return k < 0 ? "root" : s.basicHead(k).map(Dependency::relation).orElse("root");
    }

    private Optional<Found> antecedent(
            Sentence s, int t, Event e, Mentions mentions, List<Found> earlier, List<Found> sameSentence) {
        // "the visit", "this attack", and "his visit", "President X's visit": a possessor makes one act definite too
        boolean definite = s.dependents(t).stream()
                .anyMatch(d -> d.relation().equals("det")
                                && lexicon.cues()
                                        .roles
                                        .definiteDeterminers
                                        .contains(s.token(d.dependent()).lowerLemma())
                        // "their attacks" is a campaign; "his visit" one act
                        || (d.relation().equals("nmod:poss") && s.token(t).pos().equals("NN")));
        String asWhat = s.basicHead(t).map(Dependency::relation).orElse("");
        int verb = s.basicHead(t).map(Dependency::governor).orElse(-1);
        // of the sentence's main verb, or of what a main verb of saying reports ("said the strike
        // compromised …"); not "summarizing the meeting" in a clause of its own
        String verbAs = verb < 0 ? "" : relationToGovernor(s, verb);
        boolean main = verbAs.equals("root")
                || ((verbAs.equals("ccomp") || verbAs.equals("parataxis"))
                        && relationToGovernor(s, s.basicHead(verb).orElseThrow().governor())
                                .equals("root"));
        boolean argument = (asWhat.startsWith("nsubj") || asWhat.equals("obj")) && main;
        if (!definite || !argument || sameSentence.stream().anyMatch(x -> x.trigger == t)) {
            return Optional.empty();
        }
        Found prev = null;
        for (int i = earlier.size() - 1; i >= 0 && prev == null; i--) {
            Found f = earlier.get(i);
            if (s.index() - f.sentence.index() > ANTECEDENT_REACH) {
                break;
            }
            if (!f.suppressed && f.event.kind() == e.kind()) {
                prev = f;
            }
        }
        if (prev == null) {
            return Optional.empty();
        }
        for (Map.Entry<Role, Set<Entity>> own : e.roles().entrySet()) {
            // "they had carried out the attack", they being others than the last attack's attackers: another act
            Set<Entity> before = prev.event.role(own.getKey());
            if (!own.getValue().isEmpty()
                    && !before.isEmpty()
                    && own.getValue().stream().noneMatch(before::contains)) {
                return Optional.empty();
            }
        }
        Set<Entity> fillers = new HashSet<>();
        prev.event.roles().values().forEach(fillers::addAll);
        // "the attack on Kyiv" after an attack on Kharkiv is another attack.
        for (Dependency d : s.dependents(t)) {
            for (Mention m : mentions.at(s.index(), d.dependent())) {
                if (d.relation().startsWith("nmod") && m.canFillRole() && !fillers.contains(m.entity())) {
                    return Optional.empty();
                }
            }
        }
        // Names inside a clause that does not hold the noun are that clause's ("the visit, two days after Putin
        // visited Ukraine, …" names nothing of the visit it refers to).
        BitSet others = new BitSet();
        for (Token k : s.tokens()) {
            BitSet clause = s.subtree(k.index());
            if (k.isVerb() && !clause.get(t)) {
                others.or(clause);
            }
        }
        boolean named = mentions.inSentence(s.index()).stream()
                .anyMatch(m -> m.canFillRole() && fillers.contains(m.entity()) && !others.get(m.tokenBegin()));
        if (!named) {
            return Optional.empty();
        }
        prev.event.roles().forEach((role, xs) -> xs.forEach(x -> e.add(role, x)));
        return Optional.of(prev);
    }

    /**
     * "The United States has committed more than $50 billion since 2022", "has pledged $2 billion so far": a
     * perfect with a span of time back to a start, or "so far", "to date", "in total", sums up what was given.
     */
    private boolean runningTotal(Sentence s, int t) {
        boolean perfect = s.dependents(t).stream()
                .anyMatch(d -> d.relation().startsWith("aux")
                        && s.token(d.dependent()).lowerLemma().equals("have"));
        if (!perfect) {
            return false;
        }
        Set<String> markers = lexicon.cues().quantity.runningTotalMarkers;
        BitSet clause = s.subtree(t);
        for (int k = clause.nextSetBit(0); k >= 0; k = clause.nextSetBit(k + 1)) {
            String w = s.token(k).lowerLemma();
            String next = k + 1 < s.tokens().size() ? s.token(k + 1).lowerLemma() : "";
            if (markers.contains(w) || markers.contains(w + " " + next)) {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String label) {
        String[] words = label.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    /** One entity plays one part: the obj that is the recipient is not also a destination or a forum. */
    static boolean alreadyInOtherRole(Event e, Role role, Entity x) {
        for (Map.Entry<Role, Set<Entity>> r : e.roles().entrySet()) {
            if (r.getKey() != role && r.getValue().contains(x)) {
                return true;
            }
        }
        return false;
    }

    Optional<Found> implicit(
            Frame.Implicit how,
            Frame f,
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
                        return Optional.empty();
                    }
                }
            }
            case previous_event, last_transfer -> {
                if (role == Role.recipient && namesAnotherState(s, t, e, mentions)) {
                    // "India dispatched ships carrying relief to Sri Lanka": a sentence naming a state of its own
                    // in the giving's clause does not give to the one an earlier sentence named.
                    return Optional.empty();
                }
                // A package's contents ("It includes ...") may come paragraphs after the announcement.
                int reach = how == Frame.Implicit.previous_event ? 2 : Integer.MAX_VALUE;
                List<Found> candidates = new ArrayList<>(earlier);
                candidates.addAll(sameSentence);
                for (int i = candidates.size() - 1; i >= 0; i--) {
                    Found prev = candidates.get(i);
                    if (s.index() - prev.sentence.index() > reach) {
                        break;
                    }
                    if (continues(prev.event, e) && !prev.event.role(role).isEmpty()) {
                        prev.event.role(role).forEach(x -> e.add(role, x));
                        return Optional.of(prev);
                    }
                }
            }
            case antecedent -> {
                return antecedent(s, t, e, mentions, earlier, sameSentence);
            }
            case group_members -> {
                if (namesAGroup(s, t, f, role)) {
                    e.add(role, GROUP_MEMBERS);
                }
            }
            case place_in_clause -> {
                BitSet scope = s.subtree(t);
                s.basicHead(t)
                        .filter(d -> (d.relation().startsWith("nsubj")
                                        || d.relation().equals("obj"))
                                && d.governor() >= 0)
                        .ifPresent(d -> scope.or(s.subtree(d.governor())));
                // Not the clauses inside it: "met with X to discuss the situation in Gaza" did not meet in Gaza.
                BitSet clauses = new BitSet();
                for (int k = scope.nextSetBit(0); k >= 0; k = scope.nextSetBit(k + 1)) {
                    String r = s.basicHead(k).map(Dependency::relation).orElse("");
                    if (k != t
                            && (r.startsWith("advcl")
                                    || r.startsWith("acl")
                                    || r.equals("xcomp")
                                    || r.equals("ccomp")
                                    || r.equals("parataxis")
                                    || r.startsWith("conj"))) {
                        clauses.or(s.subtree(k));
                    }
                }
                scope.andNot(clauses);
                for (int k = scope.nextSetBit(0); k >= 0; k = scope.nextSetBit(k + 1)) {
                    int token = k;
                    boolean placed = s.dependents(token).stream()
                            .anyMatch(d -> d.relation().equals("case")
                                    && lexicon.cues()
                                            .roles
                                            .placePrepositions
                                            .contains(s.token(d.dependent()).lowerLemma()));
                    int holder = s.basicHead(token).map(Dependency::governor).orElse(-1);
                    boolean whereSomeoneIs = holder >= 0
                            && !lexicon.cues()
                                    .roles
                                    .gatheringHeads
                                    .contains(s.token(holder).lowerLemma())
                            && (lexicon.cues()
                                            .roles
                                            .peopleHeads
                                            .contains(s.token(holder).lowerLemma())
                                    || mentions.at(s.index(), holder).stream()
                                            .anyMatch(m -> m.entity().type().isActor()
                                                    && !m.entity().type().isPlace()));
                    if (!placed || whereSomeoneIs) {
                        continue;
                    }
                    for (Mention m : mentions.at(s.index(), token)) {
                        Entity x = m.entity();
                        if (x.type().isPlace() && m.tokenEnd() - 1 == token && !alreadyInOtherRole(e, role, x)) {
                            e.add(role, x);
                            // "in Gaborone, Botswana": the country beside its city is a place of the event too
                            for (Dependency d : s.dependents(token)) {
                                if (d.relation().equals("appos")) {
                                    for (Mention a : mentions.at(s.index(), d.dependent())) {
                                        if (a.entity().type().isPlace() && !alreadyInOtherRole(e, role, a.entity())) {
                                            e.add(role, a.entity());
                                        }
                                    }
                                }
                            }
                            return Optional.empty();
                        }
                    }
                }
            }
            case previous_participants -> {
                // "The two men discussed ...", "They agreed that ...": a plural subject that names nobody stands
                // for the people of the meeting just reported.
                if (!pluralReferenceSubject(s, t, mentions)) {
                    return Optional.empty();
                }
                List<Found> candidates = new ArrayList<>(earlier);
                candidates.addAll(sameSentence);
                // "The two leaders agreed …" paragraphs after the meeting: a subject that counts its people
                // reaches back to the last meeting of that many, however far.
                OptionalInt counted = countedSubject(s, t);
                for (int i = candidates.size() - 1; i >= 0; i--) {
                    Found prev = candidates.get(i);
                    boolean near = s.index() - prev.sentence.index() <= PARTICIPANTS_REACH;
                    if (!near && counted.isEmpty()) {
                        break;
                    }
                    Set<Entity> people = prev.event.role(Role.participant);
                    if (prev.event.kind() == EventKind.Meeting
                            && people.size() >= 2
                            && (near || people.size() == counted.getAsInt())) {
                        people.stream().filter(x -> role.accepts(x.type())).forEach(x -> e.add(role, x));
                        return Optional.empty();
                    }
                }
            }
            default -> throw new IllegalStateException(how.name());
        }
        return Optional.empty();
    }

    /** How many people the trigger's subject counts: "the two leaders" 2, "both sides" 2, "the three" 3. */
    private OptionalInt countedSubject(Sentence s, int t) {
        for (int subject : roleFiller.follow(s, t, "nsubj")) {
            List<Integer> words = new ArrayList<>(List.of(subject));
            s.dependents(subject).forEach(d -> words.add(d.dependent()));
            for (int k : words) {
                String w = s.token(k).lowerLemma();
                if (w.equals("both")) {
                    return OptionalInt.of(2);
                }
                Long n = lexicon.cues().quantity.numberWords.get(w);
                if (n != null && n >= 2 && n <= 12) {
                    return OptionalInt.of(n.intValue());
                }
            }
        }
        return OptionalInt.empty();
    }

    /** True when the trigger's subject is a plural reference ("they", "the two men", "both leaders") naming nobody. */
    private boolean pluralReferenceSubject(Sentence s, int t, Mentions mentions) {
        for (int subject : roleFiller.follow(s, t, "nsubj")) {
            boolean named =
                    mentions.at(s.index(), subject).stream().anyMatch(m -> m.kind() == Mention.MentionKind.NAME);
            // "Defense leaders from dozens of nations met": a group the sentence introduces, no reference back
            boolean introduced = s.dependents(subject).stream()
                    .anyMatch(d -> d.relation().startsWith("nmod:")
                            || (d.relation().equals("det")
                                    && lexicon.cues()
                                            .roles
                                            .indefiniteDeterminers
                                            .contains(s.token(d.dependent()).lowerLemma())));
            if (!named
                    && !introduced
                    && lexicon.cues()
                            .roles
                            .pluralReferences
                            .contains(s.token(subject).lowerLemma())) {
                return true;
            }
        }
        return false;
    }
}

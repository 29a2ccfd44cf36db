package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.analyze.AnalyzedText;
import org.claimgraph.analyze.Sentence;
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

    FrameMatcher(ClaimLexicon lexicon, Gazetteer gazetteer, RoleFiller roleFiller, ModalityRules modality) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.roleFiller = roleFiller;
        this.modality = modality;
    }

    /** A frame on a trigger: its roles, or nothing when a required role stays empty. */
    /** A frame on a trigger: its roles, or nothing when a required role stays empty. */
    Optional<Found> apply(
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
        if (f.conditions().requireFuture() && !modality.isFutureOrIntended(s, t) && !modality.isCommitted(s, t)) {
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
        boolean intended = modality.isFutureOrIntended(s, t);
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
    static Map<Frame.Implicit, List<Role>> implicitByStrategy(Frame f) {
        Map<Frame.Implicit, List<Role>> out = new LinkedHashMap<>();
        f.roles()
                .implicit()
                .forEach((role, how) ->
                        out.computeIfAbsent(how, k -> new ArrayList<>()).add(role));
        return out;
    }

    void fillRoles(String text, Sentence s, int t, Frame f, Event e, Mentions mentions) {
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
    void surfaceFallback(String text, Sentence s, int t, Frame f, Event e, Mentions mentions) {
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
    static boolean alreadyInOtherRole(Event e, Role role, Entity x) {
        for (Map.Entry<Role, Set<Entity>> r : e.roles().entrySet()) {
            if (r.getKey() != role && r.getValue().contains(x)) {
                return true;
            }
        }
        return false;
    }

    void implicit(
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
}

package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimgraph.analyze.Sentence;
import org.claimgraph.mention.Entity;
import org.claimgraph.mention.EntityType;
import org.claimgraph.mention.Mentions;

/**
 * Who takes part, once a frame has filled its roles: a body meeting alone is the forum, "separately with A and
 * B" is two meetings, a military unit is no visitor. Applied by {@link FrameMatcher} before a frame's required
 * roles are checked.
 */
final class ParticipantRules {
    private final ClaimLexicon lexicon;
    private final RoleFiller roleFiller;

    ParticipantRules(ClaimLexicon lexicon, RoleFiller roleFiller) {
        this.lexicon = lexicon;
        this.roleFiller = roleFiller;
    }

    /** "The carrier strike group arrived in the Red Sea": a unit is deployed, it visits nobody. */
    void dropUnitVisitors(Event e) {
        e.drop(Role.visitor, this::isMilitaryUnit);
    }

    private boolean isMilitaryUnit(Entity x) {
        String[] words = x.label().split("\\s+");
        return x.type() != EntityType.PERSON
                && x.type() != EntityType.COUNTRY
                && lexicon.cues().roles.unitHeads.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "X spoke separately with A and B": one meeting of the subject with each of the others; none when the verb
     * is not so marked or meets only one.
     */
    List<Event> separateMeetings(Sentence s, int t, Event e, Mentions mentions) {
        boolean separately = s.dependents(t).stream()
                .anyMatch(d -> d.relation().equals("advmod")
                        && lexicon.cues()
                                .roles
                                .separately
                                .contains(s.token(d.dependent()).lowerLemma()));
        if (!separately) {
            return List.of();
        }
        Set<Entity> subjects = new java.util.LinkedHashSet<>();
        for (int x : roleFiller.follow(s, t, "nsubj")) {
            subjects.addAll(roleFiller.actorsAt(s, x, Role.participant, mentions));
        }
        List<Entity> others = e.role(Role.participant).stream()
                .filter(x -> !subjects.contains(x))
                .toList();
        if (subjects.isEmpty() || others.size() < 2) {
            return List.of();
        }
        List<Event> out = new ArrayList<>();
        for (Entity other : others) {
            Event one = e.copyRolesExcept(Role.participant);
            subjects.forEach(x -> one.add(Role.participant, x));
            one.add(Role.participant, other);
            out.add(one);
        }
        return out;
    }

    /**
     * "The G7 met on Sunday", "the Security Council convened": an organisation or alliance meeting alone meets as
     * itself, the forum (GUIDE: a body never participates in its own meeting).
     */
    void bodyMeetsAsItself(Event e) {
        List<Entity> participants = List.copyOf(e.role(Role.participant));
        if (participants.size() == 1
                && e.role(Role.forum).isEmpty()
                && (participants.get(0).type() == EntityType.ORGANIZATION
                        || participants.get(0).type() == EntityType.ALLIANCE)) {
            e.clear(Role.participant);
            e.add(Role.forum, participants.get(0));
        }
    }
}

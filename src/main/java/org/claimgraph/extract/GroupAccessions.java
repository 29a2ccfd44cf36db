package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.analyze.Sentence;
import org.claimgraph.mention.Entity;

/**
 * Accessions of groups and of lists, once the whole article is read: a group the sentence does not name ("seven
 * countries became members of NATO", "the enlargement of the alliance") stands for every member the article
 * names as joining that alliance, before or after; and an accession of several members or to several alliances is
 * one claim per member and alliance (GUIDE: a membership list is one Accession per member).
 */
/*package*/ final class GroupAccessions {
    private GroupAccessions() {}

    /**
     * "welcomed the alliance's newest members" in a text that also recounts earlier enlargements: the members
     * who joined last, when the article dates them; every member named as joining otherwise.
     */
    private static Set<Entity> newest(
            Found f, Set<Entity> members, Map<Entity, LocalDate> joined, Set<String> latestWords) {
        boolean recent = markedBy(f.sentence, f.trigger, latestWords);
        Optional<LocalDate> last =
                members.stream().map(joined::get).filter(Objects::nonNull).max(Comparator.naturalOrder());
        if (!recent || last.isEmpty()) {
            return members;
        }
        Set<Entity> out = new LinkedHashSet<>();
        for (Entity m : members) {
            LocalDate d = joined.get(m);
            if (d == null || d.getYear() == last.get().getYear()) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * True when one of these words modifies the trigger ("the founding members", "the new allies"); the matcher
     * asks the same of a group it may stand for.
     */
    static boolean markedBy(Sentence s, int trigger, Set<String> words) {
        return s.dependents(trigger).stream()
                .anyMatch(d -> (d.relation().equals("amod") || d.relation().equals("compound"))
                        && words.contains(s.token(d.dependent()).lowerLemma()));
    }

    static List<Found> resolve(List<Found> found, ClaimLexicon.RoleCues words) {
        Map<Entity, Set<Entity>> named = new LinkedHashMap<>();
        Map<Entity, Modality> footing = new LinkedHashMap<>();
        Map<Entity, LocalDate> joined = new LinkedHashMap<>();
        for (Found f : found) {
            // Founders are members from the start: "the expansion" and "the new members" are not they.
            if (f.suppressed
                    || f.event.kind() != EventKind.Accession
                    || f.modality == Modality.Negated
                    || f.frame.id().startsWith("accession.found")
                    || markedBy(f.sentence, f.trigger, words.foundingMemberWords)) {
                continue;
            }
            for (Entity alliance : f.event.role(Role.alliance)) {
                for (Entity member : f.event.role(Role.member)) {
                    if (!member.equals(FrameMatcher.GROUP_MEMBERS)) {
                        named.computeIfAbsent(alliance, k -> new LinkedHashSet<>())
                                .add(member);
                        footing.putIfAbsent(member, f.modality);
                        f.event
                                .time()
                                .earliest()
                                .ifPresent(d -> joined.merge(member, d, (x, y) -> x.isAfter(y) ? x : y));
                    }
                }
            }
        }
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            if (f.event.kind() != EventKind.Accession) {
                out.add(f);
                continue;
            }
            Set<Entity> members = new LinkedHashSet<>(f.event.role(Role.member));
            boolean grouped = members.remove(FrameMatcher.GROUP_MEMBERS);
            if (grouped) {
                f.event
                        .role(Role.alliance)
                        .forEach(a -> members.addAll(
                                newest(f, named.getOrDefault(a, Set.of()), joined, words.latestMemberWords)));
                if (members.isEmpty()) {
                    continue; // a group nobody in the article is named in
                }
            }
            Set<Entity> alliances = f.event.role(Role.alliance);
            if (members.size() == 1 && members.equals(f.event.role(Role.member)) && alliances.size() <= 1) {
                out.add(f);
                continue;
            }
            for (Entity member : members) {
                Found one = copy(f, Role.member, member);
                if (grouped && one.modality == Modality.Asserted && footing.get(member) == Modality.Planned) {
                    // "announced the addition of new members", who join next year: still planned
                    one.modality = Modality.Planned;
                }
                if (alliances.size() <= 1) {
                    out.add(one);
                    continue;
                }
                // "X is a member of both the EU and NATO": one membership in each
                for (Entity alliance : alliances) {
                    out.add(copy(one, Role.alliance, alliance));
                }
            }
        }
        return out;
    }

    private static Found copy(Found f, Role role, Entity keep) {
        Found one = new Found(f.frame, f.sentence, f.trigger, f.event.withOnly(role, keep));
        one.modality = f.modality;
        one.attributedTo = f.attributedTo;
        one.scope = f.scope;
        one.suppressed = f.suppressed;
        one.sinceToken = f.sinceToken;
        one.wartime = f.wartime;
        one.announcement = f.announcement;
        one.referent = f.referent;
        return one;
    }
}

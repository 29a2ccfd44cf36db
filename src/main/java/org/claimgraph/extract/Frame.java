package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One event frame of {@code lexicon/frames.yaml}: trigger words, where each role lies in the parse, and how
 * the frame's claims are qualified. See the comment at the top of that file for each field.
 */
public final class Frame {
    /** How a role is filled when the text leaves it out. */
    public enum Implicit {
        focus,
        other_country,
        previous_event;

        static Implicit parse(String s) {
            return valueOf(s.strip().replace('-', '_'));
        }
    }

    /** Part of speech of a trigger. */
    public enum TriggerPos {
        verb,
        noun
    }

    /** Where a time found in the trigger's clause goes. */
    public enum TimeRole {
        event,
        delivery
    }

    /**
     * How a statement frame reads what was said.
     *
     * @param content  relations from the trigger to the content clause or phrase
     * @param modality the modality of the statement claim itself
     * @param inner    modality of events inside the content, "own" to keep theirs, or null to suppress them
     */
    public record Speech(List<String> content, Modality modality, Optional<Modality> inner, boolean suppressInner) {}

    final String id;
    final EventKind event;
    final Optional<EventKind> future;
    final TriggerPos pos;
    final Set<String> lemmas;
    final Map<Role, List<String>> roles;
    final Set<Role> require;
    final Map<Role, Implicit> implicit;
    final boolean unique;
    final TimeRole timeRole;
    final Optional<String> context;
    final Map<String, Set<String>> requireDependent;
    final Optional<String> particle;
    final boolean requireFuture;
    final boolean clauseOnly;
    final boolean objectIsPeople;
    final Optional<Speech> speech;

    Frame(
            String id,
            EventKind event,
            Optional<EventKind> future,
            TriggerPos pos,
            Set<String> lemmas,
            Map<Role, List<String>> roles,
            Set<Role> require,
            Map<Role, Implicit> implicit,
            boolean unique,
            TimeRole timeRole,
            Optional<String> context,
            Map<String, Set<String>> requireDependent,
            Optional<String> particle,
            boolean requireFuture,
            boolean clauseOnly,
            boolean objectIsPeople,
            Optional<Speech> speech) {
        this.id = id;
        this.event = event;
        this.future = future;
        this.pos = pos;
        this.lemmas = Set.copyOf(lemmas);
        this.roles = new LinkedHashMap<>(roles);
        this.require = Set.copyOf(require);
        this.implicit = new LinkedHashMap<>(implicit);
        this.unique = unique;
        this.timeRole = timeRole;
        this.context = context;
        this.requireDependent = Map.copyOf(requireDependent);
        this.particle = particle;
        this.requireFuture = requireFuture;
        this.clauseOnly = clauseOnly;
        this.objectIsPeople = objectIsPeople;
        this.speech = speech;
    }

    /** The rule id recorded on claims. */
    public String id() {
        return id;
    }

    /** The event type. */
    public EventKind event() {
        return event;
    }

    /** The trigger lemmas. */
    public Set<String> lemmas() {
        return lemmas;
    }

    /** The roles in the order they are filled. */
    public List<Role> roleOrder() {
        return new ArrayList<>(roles.keySet());
    }
}

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
public record Frame(
        String id,
        EventKind event,
        Optional<EventKind> future,
        TriggerPos pos,
        Set<String> lemmas,
        Roles roles,
        Conditions conditions,
        TimeRole timeRole,
        Optional<Speech> speech) {
    public Frame {
        lemmas = Set.copyOf(lemmas);
    }

    /** How a role is filled when the text leaves it out. */
    public enum Implicit {
        focus,
        other_country,
        previous_event,
        /** The same role of the article's last transfer before the trigger, however far back. */
        last_transfer,
        previous_participants,
        /**
         * A place named with "in", "near" or "at" anywhere in the trigger's phrase, or in the clause it is the
         * subject of ("strikes against targets in areas in Yemen", "a strike killed two soldiers near X").
         */
        place_in_clause,
        /**
         * The event a definite noun refers back to ("Israel defeated the attack"): every role of the last claim
         * of the same type within five sentences, when the noun is its clause's subject or object and the
         * sentence names one of that event's fillers itself (GUIDE: a bare reference gets no entry).
         */
        antecedent,
        /**
         * "Seven countries became members of NATO", "the enlargement of the alliance": the members the article
         * names as joining the same alliance, anywhere in it (filled after every sentence is read).
         */
        group_members;

        static Implicit parse(String s) {
            return valueOf(s.strip().replace('-', '_'));
        }
    }

    /** Part of speech of a trigger. */
    public enum TriggerPos {
        verb,
        noun,
        /** A predicative adjective ("we are proud to ...", "X is disappointed that ..."). */
        adjective,
        /** A place the text names, triggering without a lemma: being there ("X is in Kyiv", "while in Baghdad"). */
        place
    }

    /** Where a time found in the trigger's clause goes. */
    public enum TimeRole {
        event,
        delivery,
        /** A state stated as holding ("X is a member of Y"): the tense of its copula gives it no date (GUIDE). */
        none,
        /**
         * An event named by a noun, dated only by a time inside its own phrase: "a ceremony yesterday marked the
         * entrance of X" dates the ceremony, not the entrance.
         */
        own
    }

    /**
     * How a statement frame reads what was said.
     *
     * @param content  relations from the trigger to the content clause or phrase
     * @param modality the modality of the statement claim itself
     * @param inner    modality of events inside the content, "own" to keep theirs, or null to suppress them
     */
    public record Speech(List<String> content, Modality modality, Optional<Modality> inner, boolean suppressInner) {}

    /**
     * Where a frame's roles lie in the parse.
     *
     * @param paths    role to dependency paths from the trigger, tried in order, in the order roles are filled
     * @param require  roles that must be filled, else the frame yields nothing
     * @param requireAny roles of which at least one must be filled (a strike needs a target or a place)
     * @param implicit how to fill a role the text leaves out
     * @param minimum  roles that need at least so many fillers ("discuss" without "with" needs two people)
     * @param perItem  one event for each item found ("the package includes 18 howitzers and 36,000 rounds" is
     *                 two pledges, each with its own quantity), sharing the other roles
     */
    public record Roles(
            Map<Role, List<String>> paths,
            Set<Role> require,
            Set<Role> requireAny,
            Map<Role, Implicit> implicit,
            Map<Role, Integer> minimum,
            boolean perItem) {
        public Roles {
            paths = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(paths));
            require = Set.copyOf(require);
            requireAny = Set.copyOf(requireAny);
            implicit = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(implicit));
            minimum = Map.copyOf(minimum);
        }
    }

    /**
     * What the trigger's context must hold for the frame to fire.
     *
     * @param context          lemmas of which one must govern the trigger (none: any context)
     * @param requireDependent relation to lemmas: the trigger must have such a dependent
     * @param forbidDependent  relation to lemmas: the trigger must have no such dependent (no lemmas: none at all)
     * @param forbidGovernor   relations by which the trigger must not hang from its governor: an event noun
     *                         named as a time anchor ("since the invasion", "after the attack") is background
     * @param particle         a particle the verb must have
     * @param requireFuture    fires only on future or committed verbs
     * @param clauseOnly       statement frames that fire only with a content clause
     * @param objectIsPeople   an object, if any, must be an actor or a noun of people
     * @param futureAsserted   "will" leaves the claim asserted: a package's announced contents
     * @param keepsStatement   what is said with the trigger stays a statement besides ("told a hearing that ...")
     * @param ownSide          a commitment only when reported by its subject, or by one who holds an office of
     *                         its subject ("Kishida told Biden that Japan will double its spending")
     * @param firstReport      no claim when an earlier claim of the article already reports the same act (a named
     *                         gathering mentioned again is a reference back, GUIDE: one entry per act)
     */
    public record Conditions(
            Set<String> context,
            Map<String, Set<String>> requireDependent,
            Map<String, Set<String>> forbidDependent,
            Set<String> forbidGovernor,
            Optional<String> particle,
            boolean requireFuture,
            boolean clauseOnly,
            boolean objectIsPeople,
            boolean futureAsserted,
            boolean keepsStatement,
            boolean ownSide,
            boolean firstReport) {
        public Conditions {
            context = Set.copyOf(context);
            requireDependent = Map.copyOf(requireDependent);
            forbidDependent = Map.copyOf(forbidDependent);
            forbidGovernor = Set.copyOf(forbidGovernor);
        }
    }

    /** The roles in the order they are filled. */
    public List<Role> roleOrder() {
        return new ArrayList<>(roles.paths().keySet());
    }
}

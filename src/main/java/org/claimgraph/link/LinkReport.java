package org.claimgraph.link;

import java.util.List;
import java.util.Optional;

/**
 * What {@link WikidataLinker} decided for each unlinked entity, and how many requests it sent.
 *
 * @param decisions one per entity looked at, in IRI order
 * @param requests  requests sent to the endpoint
 * @param cacheHits answers read from the cache instead
 */
public record LinkReport(List<Decision> decisions, int requests, int cacheHits) {
    public LinkReport {
        decisions = List.copyOf(decisions);
    }

    /** What became of one entity. */
    public enum Outcome {
        /** Exactly one compatible item matched: linked. */
        LINKED,
        /** Several compatible items matched: left unlinked. */
        AMBIGUOUS,
        /** Items matched, but none of a compatible type: left unlinked. */
        WRONG_TYPE,
        /** No item has this label or alias. */
        NO_MATCH,
        /** The one compatible item is already another entity's (or two entities matched it): left unlinked. */
        ID_TAKEN,
        /** The entity's type has no Wikidata type rule (equipment, assistance, actors of unknown kind). */
        NOT_LINKABLE
    }

    /**
     * One entity's outcome.
     *
     * @param entity  the entity's IRI
     * @param label   its label
     * @param type    the claimgraph type it was looked up as ({@code Person}), or its most specific type
     * @param outcome what became of it
     * @param qid     the Wikidata item it was linked to, or the one it would have been linked to (ID_TAKEN)
     * @param reason  why, in words (for LINKED, the text stored as {@code cg:linkReason})
     */
    public record Decision(
            String entity, String label, String type, Outcome outcome, Optional<String> qid, String reason) {}

    /** How many entities had this outcome. */
    public long count(Outcome outcome) {
        return decisions.stream().filter(d -> d.outcome() == outcome).count();
    }

    /** The entities linked by this run. */
    public List<Decision> linked() {
        return decisions.stream().filter(d -> d.outcome() == Outcome.LINKED).toList();
    }

    /** One line: counts by outcome and requests. */
    public String summary() {
        return String.format(
                "%d entities looked up: %d linked, %d ambiguous, %d of another type, %d not found, "
                        + "%d already taken, %d not linkable; %d request(s) sent, %d answer(s) from the cache",
                decisions.size(),
                count(Outcome.LINKED),
                count(Outcome.AMBIGUOUS),
                count(Outcome.WRONG_TYPE),
                count(Outcome.NO_MATCH),
                count(Outcome.ID_TAKEN),
                count(Outcome.NOT_LINKABLE),
                requests,
                cacheHits);
    }
}

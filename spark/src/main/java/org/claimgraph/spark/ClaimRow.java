package org.claimgraph.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One row of the claims table; {@link ClaimsTable#SCHEMA} documents each column. Null stands for "not given".
 *
 * @param actors the event's main actors
 */
/*package*/ record ClaimRow(
        String article,
        String graph,
        String url,
        String published,
        String claim,
        String event,
        String type,
        String modality,
        String mainRole,
        List<Actor> actors,
        String date,
        String datePrecision,
        String notBefore,
        String notAfter,
        Integer evidenceBegin,
        Integer evidenceEnd,
        String evidence,
        String rule)
        implements Serializable {

    /**
     * A main actor of the claim's event.
     *
     * @param iri      its claimgraph IRI
     * @param label    its name
     * @param wikidata its Wikidata id (Q…), or null when not linked
     */
    record Actor(String iri, String label, String wikidata) implements Serializable {}
}

package org.claimgraph.analyze;

/**
 * A grammatical relation between two tokens of one sentence (Universal Dependencies).
 *
 * @param governor  index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation  relation name with its subtype, for example {@code nsubj}, {@code obl:to}, {@code nmod:poss}
 */
public record Dependency(int governor, int dependent, String relation) {
    /** The relation without its subtype: {@code obl} for {@code obl:to}. */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The subtype after the colon, or an empty string: {@code to} for {@code obl:to}. */
    public String subtype() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}

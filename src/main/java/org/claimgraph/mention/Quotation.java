package org.claimgraph.mention;

import java.util.Optional;

/**
 * A stretch of the text inside quotation marks, with who speaks it when a verb of saying beside it says so
 * ("…,” Austin said; X said: “…”). A quotation may run over several sentences.
 *
 * @param begin   the opening mark's offset
 * @param end     just after the closing mark
 * @param speaker the speaker, when the text names one
 */
public record Quotation(int begin, int end, Optional<Entity> speaker) {
    /** True when the character range lies inside the quotation (marks included). */
    public boolean contains(int from, int to) {
        return from >= begin && to <= end;
    }
}

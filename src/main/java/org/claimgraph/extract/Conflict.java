package org.claimgraph.extract;

import java.util.List;

/**
 * Claims that cannot all be true, with the reason in words.
 *
 * @param claims the claims in conflict (two or more)
 * @param reason why they disagree
 */
public record Conflict(List<Claim> claims, String reason) {
    public Conflict {
        claims = List.copyOf(claims);
        if (claims.size() < 2) {
            throw new IllegalArgumentException("A conflict needs two claims");
        }
    }
}

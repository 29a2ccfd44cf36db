package org.claimgraph.extract;

/** How a claim is put forward. */
public enum Modality {
    Asserted,
    Reported,
    Claimed,
    Planned,
    Possible,
    Promised,
    Negated;
}

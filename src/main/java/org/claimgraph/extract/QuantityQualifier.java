package org.claimgraph.extract;

/** How a stated quantity bounds the real one. */
public enum QuantityQualifier {
    AtLeast,
    Exactly,
    Approximately,
    AtMost;
}

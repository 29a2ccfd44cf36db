package org.claimgraph.extract;

/** The event types claims are about. */
public enum EventKind {
    Visit,
    Pledge,
    Aid,
    Accession,
    Meeting,
    Statement,
    Warning,
    Promise,
    MilitaryAction,
    Invasion,
    Commemoration,
    OfficeHolding;

    /** True for statements and their subclasses. */
    public boolean isStatement() {
        return this == Statement || this == Warning || this == Promise;
    }

    /** True for events where items pass from donors to a recipient. */
    public boolean isTransfer() {
        return this == Pledge || this == Aid;
    }
}

package org.claimgraph.extract;

import org.apache.jena.rdf.model.Resource;
import org.claimgraph.vocab.CG;

/** The event types claims are about, each bound to its ontology class. */
public enum EventKind {
    Visit(CG.Visit),
    Pledge(CG.Pledge),
    Aid(CG.Aid),
    Accession(CG.Accession),
    Meeting(CG.Meeting),
    Statement(CG.Statement),
    Warning(CG.Warning),
    Promise(CG.Promise),
    MilitaryAction(CG.MilitaryAction),
    Invasion(CG.Invasion),
    Commemoration(CG.Commemoration),
    OfficeHolding(CG.OfficeHolding);

    private final Resource ontologyClass;

    EventKind(Resource ontologyClass) {
        this.ontologyClass = ontologyClass;
    }

    /** The ontology class. */
    public Resource ontologyClass() {
        return ontologyClass;
    }

    /** True for statements and their subclasses. */
    public boolean isStatement() {
        return this == Statement || this == Warning || this == Promise;
    }

    /** True for events where items pass from donors to a recipient. */
    public boolean isTransfer() {
        return this == Pledge || this == Aid;
    }
}

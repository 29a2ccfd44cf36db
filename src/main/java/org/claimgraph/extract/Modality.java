package org.claimgraph.extract;

import org.apache.jena.rdf.model.Resource;
import org.claimgraph.vocab.CG;

/** How a claim is put forward, bound to the ontology's individuals. */
public enum Modality {
    Asserted(CG.Asserted),
    Reported(CG.Reported),
    Claimed(CG.Claimed),
    Planned(CG.Planned),
    Possible(CG.Possible),
    Promised(CG.Promised),
    Negated(CG.Negated);

    private final Resource individual;

    Modality(Resource individual) {
        this.individual = individual;
    }

    /** The ontology individual. */
    public Resource individual() {
        return individual;
    }
}

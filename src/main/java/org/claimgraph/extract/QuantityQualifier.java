package org.claimgraph.extract;

import org.apache.jena.rdf.model.Resource;
import org.claimgraph.vocab.CG;

/** How a stated quantity bounds the real one, bound to the ontology's individuals. */
public enum QuantityQualifier {
    AtLeast(CG.AtLeast),
    Exactly(CG.Exactly),
    Approximately(CG.Approximately),
    AtMost(CG.AtMost);

    private final Resource individual;

    QuantityQualifier(Resource individual) {
        this.individual = individual;
    }

    /** The ontology individual. */
    public Resource individual() {
        return individual;
    }
}

package org.claimgraph.store;

import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Keeps a graph computed from the article graphs (the cross-article events) in step with a change of a few
 * article graphs, inside the write transaction that makes the change, so that readers see the articles and what is
 * computed from them change together. The store calls it and knows nothing of what it computes: the stages that
 * compute derived graphs come after the store.
 *
 * <pre>
 * store.store(ValidatedGraph.check(graph), (dsg, leaving) -&gt; {
 *     var before = readWhatLeaves(dsg, leaving);
 *     return arrived -&gt; rewrite(dsg, before, arrived);
 * });
 * </pre>
 */
@FunctionalInterface
public interface DerivedUpdate {
    /** Nothing is derived. */
    DerivedUpdate NONE = (dsg, leaving) -> arrived -> {};

    /**
     * Called inside the write transaction before any article graph is touched.
     *
     * @param dsg     the dataset, in the write transaction
     * @param leaving the article graphs about to be removed or replaced
     * @return the step to run once the change is made, in the same transaction
     */
    AfterChange before(DatasetGraph dsg, Set<Node> leaving);

    /**
     * This update and then {@code next}, in the same transaction: both read what leaves before the change, and
     * both write after it, in that order.
     */
    default DerivedUpdate andThen(DerivedUpdate next) {
        return (dsg, leaving) -> {
            AfterChange first = before(dsg, leaving);
            AfterChange second = next.before(dsg, leaving);
            return arrived -> {
                first.after(arrived);
                second.after(arrived);
            };
        };
    }

    /** The second half of a {@link DerivedUpdate}. */
    @FunctionalInterface
    interface AfterChange {
        /** @param arrived the article graphs written by the change */
        void after(Set<Node> arrived);
    }
}

package org.claimgraph.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.rdfpatch.system.DatasetGraphChanges;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.map.Iris;
import org.claimgraph.store.DerivedUpdate;
import org.claimgraph.sys.Logs;
import org.claimgraph.validate.ShaclValidation;
import org.claimgraph.validate.ValidationFailedException;

/**
 * The dataset the server writes through when updates are allowed: it notes which graphs a write transaction
 * changes and, when the transaction commits, checks each of them against the shapes on its own, as {@code build}
 * checks each article. A graph that does not conform makes the commit fail: the transaction is rolled back
 * whole, and the client gets 400 with the violations. This holds for SPARQL Update and Graph Store writes alike,
 * as both commit through the dataset.
 *
 * <p>What claimgraph derives from each article graph on its own (the plain facts, the index) is kept in step with
 * the article graphs a write changes, in the write's transaction. The cross-article events are not: they are
 * recomputed by {@code build} and {@code link}.
 *
 * <p>The graphs claimgraph keeps itself (ontology, Wikidata extract, links, cross-article events) are not checked:
 * they are not articles, and the events graph only conforms together with the articles it links. A statement
 * written into one graph about a node of another (a second modality for an article's claim, in a graph of notes)
 * is checked with the graph it is written to, not with the article: see the README's Security section.
 *
 * <p>Queries do not go through this wrapper ({@link #unwrap}): TDB2 runs its own query engine only on its own
 * dataset, and a wrapper would send every query to the general one.
 */
/*package*/ final class ValidatedWrites {
    private ValidatedWrites() {}

    /** The dataset for the server's endpoints: writes to it are validated at commit. */
    static DatasetGraph wrap(DatasetGraph dsg) {
        return wrap(dsg, DerivedUpdate.NONE);
    }

    /**
     * The dataset for the server's endpoints: writes to it are validated at commit, and {@code derived} is kept in
     * step with the article graphs they change (read before a graph's first change, rewritten once the write
     * passes validation, in the same transaction).
     */
    static DatasetGraph wrap(DatasetGraph dsg, DerivedUpdate derived) {
        return new DatasetGraphChanges(dsg, new CommitCheck(dsg, derived));
    }

    /** The dataset to run a query on: the one under the wrapper, if it is one. */
    static DatasetGraph unwrap(DatasetGraph dsg) {
        return dsg instanceof DatasetGraphChanges changes && changes.getMonitor() instanceof CommitCheck
                ? changes.getWrapped()
                : dsg;
    }

    /** Notes the graphs a write transaction changes, and checks them when it commits. */
    private static final class CommitCheck extends RDFChangesBase {
        private final DatasetGraph base;
        // Per thread: a TDB2 write transaction belongs to its thread, and the next writer's begin is announced
        // before it waits for the write lock, while this one is still open.
        private final ThreadLocal<Set<Node>> changed = ThreadLocal.withInitial(LinkedHashSet::new);
        private final DerivedUpdate derived;
        // The derived graphs' second halves, one per article graph the transaction changes.
        private final ThreadLocal<Map<Node, DerivedUpdate.AfterChange>> pending =
                ThreadLocal.withInitial(LinkedHashMap::new);

        CommitCheck(DatasetGraph base, DerivedUpdate derived) {
            this.base = base;
            this.derived = derived;
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            changing(g);
        }

        @Override
        public void delete(Node g, Node s, Node p, Node o) {
            changing(g);
        }

        /** Called before each change is made (DatasetGraphChanges tells the monitor first). */
        private void changing(Node g) {
            Node name = g == null ? Quad.defaultGraphIRI : g;
            changed.get().add(name);
            if (Iris.isArticleGraph(name) && !pending.get().containsKey(name)) {
                // The graph as it was, read before its first change in this transaction.
                pending.get().put(name, derived.before(base, Set.of(name)));
            }
        }

        @Override
        public void txnBegin() {
            changed.remove();
            pending.remove();
        }

        @Override
        public void txnAbort() {
            changed.remove();
            pending.remove();
        }

        /** Runs inside the write transaction, just before it commits; throwing makes it abort. */
        @Override
        public void txnCommit() {
            Set<Node> graphs = changed.get();
            Map<Node, DerivedUpdate.AfterChange> derivedAfter = pending.get();
            changed.remove();
            pending.remove();
            List<String> problems = new ArrayList<>();
            for (Node name : graphs) {
                if (Iris.isReferenceGraph(name)) {
                    continue;
                }
                boolean isDefault = Quad.isDefaultGraph(name);
                Graph g = isDefault ? base.getDefaultGraph() : base.getGraph(name);
                String label = isDefault ? "the default graph" : "graph <" + name.getURI() + ">";
                try {
                    ShaclValidation.check(label, g);
                } catch (ValidationFailedException e) {
                    ValidationReport report = e.report();
                    problems.add(label + ": " + report.getEntries().size() + " SHACL violation(s)\n"
                            + ShaclValidation.describe(report));
                }
            }
            if (!problems.isEmpty()) {
                Logs.SERVE.info(
                        "Write refused: {}", problems.get(0).lines().findFirst().orElse(""));
                ServletOps.errorBadRequest(
                        "The write was rolled back: it leaves graphs that do not conform to the shapes.\n"
                                + String.join("\n", problems));
            }
            derivedAfter.forEach((g, after) -> after.after(base.containsGraph(g) ? Set.of(g) : Set.of()));
        }
    }
}

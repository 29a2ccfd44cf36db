package org.claimgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.map.Iris;
import org.claimgraph.sys.Logs;
import org.claimgraph.validate.ValidatedGraph;

/**
 * Streams article graphs into the local TDB2 store, in one of two ways chosen when the batch opens:
 * <ul>
 * <li><b>bulk</b>, when the store holds nothing at all: Jena's phased bulk loader
 * ({@link LoaderFactory#phasedLoader}), which builds the indexes far faster than transactions do. It locks
 * everyone else out until it finishes, so readers see the store before or after the whole batch. A marker file
 * ({@value #BULK_MARKER}) is written first and deleted once the loader has finished: a store found with the
 * marker was empty before an interrupted bulk load, and {@link KnowledgeStore#open} empties it again;</li>
 * <li><b>transactional</b> otherwise: whole articles are grouped into write transactions (at most
 * {@code commitTriples} triples each), so a reader sees each article entirely or not at all, and a crash loses
 * at most the transaction under way. An article already stored with the same content is left untouched; one
 * whose URL is stored with another text replaces the older graph.</li>
 * </ul>
 * Finishing the batch commits what is pending.
 *
 * <pre>
 * StoreBatch batch = store.batch();
 * batch.accept(ValidatedGraph.check(graph));
 * SinkReport report = batch.finish();
 * </pre>
 */
public final class StoreBatch implements ArticleSink {
    /** Default size of one write transaction, in triples: big enough to amortise the commit, small enough to stay flat. */
    public static final int DEFAULT_COMMIT_TRIPLES = 50_000;
    /** The marker of a bulk load under way. */
    public static final String BULK_MARKER = "claimgraph-bulk-load.incomplete";

    private final KnowledgeStore store;
    private final DatasetGraph dsg;
    private final int commitTriples;
    private final boolean bulk;
    private DataLoader loader;
    private StreamRDF stream;
    private final List<ValidatedGraph> pending = new ArrayList<>();
    private long pendingTriples;
    // Bulk mode only: names seen in this batch, and the graphs each URL had (the last one wins).
    private final Set<Node> bulkNames = new HashSet<>();
    private final Map<String, Node> urlLast = new HashMap<>();
    private final Set<Node> urlStale = new LinkedHashSet<>();
    private long stored;
    private long unchanged;
    private long replaced;
    private long triples;
    private boolean closed;

    /** Stores with a bulk load under way in this JVM (their marker is not a crash's). */
    private static final java.util.Set<Path> BULK_LOADING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** True when this JVM is bulk-loading the store in {@code dir}. */
    /*package*/ static boolean bulkLoading(Path dir) {
        return BULK_LOADING.contains(dir.toAbsolutePath().normalize());
    }

    /*package*/ StoreBatch(KnowledgeStore store, boolean allowBulk, int commitTriples) {
        if (commitTriples < 1) {
            throw new IllegalArgumentException("commitTriples must be positive: " + commitTriples);
        }
        this.store = store;
        this.dsg = store.dataset();
        this.commitTriples = commitTriples;
        this.bulk = allowBulk && Txn.calculateRead(dsg, dsg::isEmpty);
        if (bulk) {
            startBulk();
        }
    }

    /** True when this batch uses Jena's bulk loader (the store was empty). */
    public boolean bulk() {
        return bulk;
    }

    @Override
    public java.util.Optional<KnowledgeStore> localStore() {
        return java.util.Optional.of(store);
    }

    @Override
    public String destination() {
        return store.directory().toString();
    }

    private void startBulk() {
        if (store.onDisk()) {
            BULK_LOADING.add(store.directory().toAbsolutePath().normalize());
        }
        marker().ifPresent(m -> {
            try {
                Files.writeString(
                        m,
                        "A bulk load into the empty store began; if this file is still here, it did not "
                                + "finish, and claimgraph empties the store when it next opens it.\n");
            } catch (IOException e) {
                throw new StoreException(m + ": cannot write the bulk-load marker: " + e.getMessage(), e);
            }
        });
        loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> Logs.STORE.debug(String.format(fmt, args)));
        loader.startBulk();
        stream = loader.stream();
        Logs.STORE.info("Bulk loading into the empty store {}", store.directory());
        for (Node g : List.of(Iris.ONTOLOGY_GRAPH, Iris.WIKIDATA_GRAPH)) {
            KnowledgeStore.referenceGraph(g).find().forEach(t -> stream.quad(Quad.create(g, t)));
        }
    }

    private java.util.Optional<Path> marker() {
        return store.onDisk()
                ? java.util.Optional.of(store.directory().resolve(BULK_MARKER))
                : java.util.Optional.empty();
    }

    @Override
    public void accept(ValidatedGraph graph) {
        if (closed) {
            throw new IllegalStateException("batch closed");
        }
        ArticleGraph a = graph.article();
        if (bulk) {
            if (!bulkNames.add(a.name())) {
                unchanged++;
                return;
            }
            a.url().map(String::strip).ifPresent(u -> {
                Node before = urlLast.put(u, a.name());
                if (before != null && !before.equals(a.name())) {
                    urlStale.add(before);
                }
                urlStale.remove(a.name());
            });
            a.graph().find().forEach(t -> stream.quad(Quad.create(a.name(), t)));
            stored++;
            triples += a.graph().size();
            Logs.STORE.debug(
                    "Streamed {} ({} triples) as {}",
                    a.source(),
                    a.graph().size(),
                    a.name().getURI());
            return;
        }
        pending.add(graph);
        pendingTriples += a.graph().size();
        if (pendingTriples >= commitTriples) {
            commit();
        }
    }

    /** Writes the pending articles in one write transaction. */
    private void commit() {
        if (pending.isEmpty()) {
            return;
        }
        long[] counts = new long[4];
        Txn.executeWrite(dsg, () -> {
            store.ensureReferenceGraphs();
            for (ValidatedGraph v : pending) {
                ArticleGraph a = v.article();
                counts[2] +=
                        a.url().map(u -> store.removeGraphsWithUrl(u, a.name())).orElse(0);
                if (sameContent(a.name(), a.graph())) {
                    counts[1]++;
                    continue;
                }
                dsg.removeGraph(a.name());
                a.graph().find().forEach(t -> dsg.add(a.name(), t.getSubject(), t.getPredicate(), t.getObject()));
                counts[0]++;
                counts[3] += a.graph().size();
                Logs.STORE.info(
                        "Stored {} ({} triples) as {}",
                        a.source(),
                        a.graph().size(),
                        a.name().getURI());
            }
        });
        stored += counts[0];
        unchanged += counts[1];
        replaced += counts[2];
        triples += counts[3];
        pending.clear();
        pendingTriples = 0;
    }

    /** True when the store holds exactly this graph under this name already. */
    private boolean sameContent(Node name, Graph graph) {
        if (!dsg.containsGraph(name)) {
            return false;
        }
        Graph stored = dsg.getGraph(name);
        if (stored.size() != graph.size()) {
            return false;
        }
        for (var it = graph.find(); it.hasNext(); ) {
            Triple t = it.next();
            if (!stored.contains(t)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public SinkReport finish() {
        if (closed) {
            throw new IllegalStateException("batch closed");
        }
        closed = true;
        long t0 = System.nanoTime();
        if (bulk) {
            try {
                loader.finishBulk();
                Logs.STORE.info("Bulk load finished: indexes built in {} ms", (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                loader.finishException(e);
                BULK_LOADING.remove(store.directory().toAbsolutePath().normalize());
                throw new StoreException(store.directory() + ": the bulk load failed: " + e.getMessage(), e);
            }
            BULK_LOADING.remove(store.directory().toAbsolutePath().normalize());
            marker().ifPresent(m -> {
                try {
                    Files.deleteIfExists(m);
                } catch (IOException e) {
                    throw new StoreException(m + ": cannot remove the bulk-load marker: " + e.getMessage(), e);
                }
            });
            if (!urlStale.isEmpty()) {
                // Two texts from one URL in the same batch: the later replaces the earlier, as across batches.
                Txn.executeWrite(dsg, () -> urlStale.forEach(dsg::removeGraph));
                replaced += urlStale.size();
                stored -= urlStale.size();
            }
        } else {
            commit();
        }
        return new SinkReport(stored, unchanged, replaced, triples, bulk);
    }
}

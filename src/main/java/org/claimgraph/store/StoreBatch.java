package org.claimgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.map.Iris;
import org.claimgraph.sys.ClaimgraphException;
import org.claimgraph.sys.Logs;
import org.claimgraph.validate.ValidatedGraph;

/**
 * Streams article graphs into the local TDB2 store, in one of two ways chosen when the batch opens, which end in
 * the same store for the same articles:
 * <ul>
 * <li><b>bulk</b>, when the store holds nothing at all: Jena's phased bulk loader
 * ({@link LoaderFactory#phasedLoader}), which builds the indexes far faster than transactions do. It locks
 * everyone else out until it finishes. A marker file ({@value #BULK_MARKER}) is written first and deleted once
 * the loader has finished: a store found with the marker was empty before an interrupted bulk load, and
 * {@link KnowledgeStore#open} empties it again. The loader can only add, so an article that may repeat a name or
 * a URL streamed before (a {@link SeenFilter} says so, in fixed memory) is put off, into a temporary file
 * ({@link DeferredArticles}), and written after the loader has finished, in transactions as below, in the order
 * it came: an article streamed shares neither name nor URL with any before it, so the order of the rest is kept
 * where it matters;</li>
 * <li><b>transactional</b> otherwise: whole articles are grouped into write transactions (at most
 * {@code commitTriples} triples each), so a reader sees each article entirely or not at all, and a crash loses
 * at most the transaction under way. An article already stored with the same content is left untouched; one
 * whose URL is stored with another text replaces the older graph; the same text again (the same graph name)
 * replaces its graph with the later one, whose URL or date may differ.</li>
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
    /** Bits of the filter of names and URLs a bulk load has streamed: 8 MiB, fixed (see {@link SeenFilter}). */
    /*package*/ static final int DEFAULT_FILTER_BITS = 1 << 26;

    private final KnowledgeStore store;
    private final DatasetGraph dsg;
    private final int commitTriples;
    private final boolean bulk;
    private final UnaryOperator<StreamRDF> loaderInput;
    private DataLoader loader;
    private StreamRDF stream;
    private final List<ArticleGraph> pending = new ArrayList<>();
    private long pendingTriples;
    // Bulk mode only: the names and URLs streamed (in fixed memory), the articles put off until the loader has
    // finished, and the article whose streaming failed part way, if any, to be removed then.
    private final SeenFilter seen;
    private DeferredArticles deferred;
    private Node cut;
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
        this(store, allowBulk, commitTriples, UnaryOperator.identity(), DEFAULT_FILTER_BITS);
    }

    /** With a hook on the bulk loader's input: tests make it fail in the middle of an article. */
    /*package*/ StoreBatch(
            KnowledgeStore store,
            boolean allowBulk,
            int commitTriples,
            UnaryOperator<StreamRDF> loaderInput,
            int filterBits) {
        this.loaderInput = loaderInput;
        if (commitTriples < 1) {
            throw new IllegalArgumentException("commitTriples must be positive: " + commitTriples);
        }
        this.store = store;
        this.dsg = store.dataset();
        this.commitTriples = commitTriples;
        this.bulk = allowBulk && Txn.calculateRead(dsg, dsg::isEmpty);
        this.seen = bulk ? new SeenFilter(filterBits) : null;
        if (bulk) {
            startBulk();
        }
    }

    /**
     * Names, URLs and graphs the batch holds in memory, beyond its fixed {@link SeenFilter}, to handle repeats in a
     * bulk load: none, as the articles put off wait in a file.
     */
    /*package*/ long heldEntries() {
        return bulk ? pending.size() : 0;
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
        stream = loaderInput.apply(loader.stream());
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
            if (cut != null) {
                throw new IllegalStateException("the bulk load failed; no more articles");
            }
            // Both keys go into the filter, whatever the first says: a later article may repeat either.
            boolean repeatedName = seen.add("name " + a.name().getURI());
            boolean repeatedUrl = a.url().map(u -> seen.add("url " + u.strip())).orElse(false);
            if (repeatedName || repeatedUrl) {
                if (deferred == null) {
                    deferred = new DeferredArticles();
                }
                deferred.add(a);
                Logs.STORE.debug(
                        "Put off {} until the bulk load has finished: it may repeat a name or URL", a.source());
                return;
            }
            try {
                a.graph().find().forEach(t -> stream.quad(Quad.create(a.name(), t)));
            } catch (RuntimeException e) {
                // The loader holds part of the article, and finishing the batch commits what it holds (whole
                // articles before this one are kept, as in transactions): this graph goes once it has finished.
                cut = a.name();
                throw new StoreException(
                        store.directory() + ": the bulk load failed while loading " + a.source() + ": "
                                + ClaimgraphException.rootMessage(e),
                        e);
            }
            stored++;
            triples += a.graph().size();
            Logs.STORE.debug(
                    "Streamed {} ({} triples) as {}",
                    a.source(),
                    a.graph().size(),
                    a.name().getURI());
            return;
        }
        add(a);
    }

    /** Adds an article to the next write transaction, and writes the transaction once it is full. */
    private void add(ArticleGraph a) {
        pending.add(a);
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
            for (ArticleGraph a : pending) {
                counts[2] +=
                        a.url().map(u -> store.removeGraphsWithUrl(u, a.name())).orElse(0);
                if (KnowledgeStore.sameContent(dsg, a.name(), a.graph())) {
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

    @Override
    public SinkReport finish() {
        if (closed) {
            throw new IllegalStateException("batch closed");
        }
        closed = true;
        if (bulk) {
            try {
                finishBulk();
            } finally {
                if (deferred != null) {
                    deferred.close();
                }
            }
        } else {
            commit();
        }
        return new SinkReport(stored, unchanged, replaced, triples, bulk);
    }

    private void finishBulk() {
        long t0 = System.nanoTime();
        try {
            loader.finishBulk();
            Logs.STORE.info("Bulk load finished: indexes built in {} ms", (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            loader.finishException(e);
            BULK_LOADING.remove(store.directory().toAbsolutePath().normalize());
            throw new StoreException(store.directory() + ": the bulk load failed: " + e.getMessage(), e);
        }
        BULK_LOADING.remove(store.directory().toAbsolutePath().normalize());
        if (cut != null) {
            // Before the marker goes: a crash in between leaves a store that is emptied and built again.
            Logs.STORE.warn("Removing {}: the bulk load failed part way through it", cut.getURI());
            Txn.executeWrite(dsg, () -> dsg.removeGraph(cut));
        }
        marker().ifPresent(m -> {
            try {
                Files.deleteIfExists(m);
            } catch (IOException e) {
                throw new StoreException(m + ": cannot remove the bulk-load marker: " + e.getMessage(), e);
            }
        });
        if (deferred != null) {
            Logs.STORE.info("Writing {} article(s) that may repeat a name or URL, in transactions", deferred.count());
            deferred.read().forEachRemaining(this::add);
            commit();
        }
    }
}

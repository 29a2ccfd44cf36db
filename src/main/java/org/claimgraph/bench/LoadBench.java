package org.claimgraph.bench;

import static org.claimgraph.bench.BenchLib.round;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.claimgraph.pipeline.CorpusBuild;
import org.claimgraph.pipeline.CorpusEventsRefresh;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.store.NQuadsArticles;
import org.claimgraph.sys.FileTrees;

/**
 * The load part of {@link ScaleBenchmark}: claimgraph's load path (N-Quads read into article graphs, each
 * validated with SHACL on the workers, streamed into an empty TDB2 store through Jena's bulk loader) against
 * Jena's own TDB2 loader on the same file into another empty store; the cross-article events pass is timed
 * apart. The queries then run on claimgraph's store.
 */
/*package*/ final class LoadBench {
    /** Names the corpus the store in the work folder was loaded from, for a later interactive run. */
    private static final String MARKER = "store-claimgraph.corpus";

    private final Path workDir;
    private final int threads;
    private final HeapSampler heap;
    private final Consumer<String> progress;

    LoadBench(Path workDir, int threads, HeapSampler heap, Consumer<String> progress) {
        this.workDir = workDir;
        this.threads = threads;
        this.heap = heap;
        this.progress = progress;
    }

    /** Jena's own TDB2 loader on the N-Quads file, into an empty store of its own. */
    void loadJena(Path nq, Map<String, Object> out) {
        Path jenaDir = fresh("store-tdb2-loader");
        progress.accept("bench: Jena's TDB2 loader on " + nq);
        DatasetGraph jena = DatabaseMgr.connectDatasetGraph(jenaDir.toString());
        long t0 = System.nanoTime();
        heap.phase();
        DataLoader loader = LoaderFactory.createLoader(jena, (fmt, args) -> {});
        loader.startBulk();
        loader.load(List.of(nq.toString()));
        loader.finishBulk();
        jenaSeconds = (System.nanoTime() - t0) / 1e9;
        org.apache.jena.tdb2.sys.TDBInternal.expel(jena);
        out.put("tdb2_loader_s", round(jenaSeconds));
        out.put("tdb2_loader_peak_live_heap_mb", heap.phase());
    }

    private double jenaSeconds = -1;

    /** claimgraph's load of the N-Quads file into an empty store; compared with Jena's when that ran first. */
    void loadOurs(Path nq, int n, int k, Map<String, Object> out) throws IOException {
        long triples = (long) out.get("triples");
        Path ours = fresh("store-claimgraph");
        Files.deleteIfExists(workDir.resolve(MARKER));
        heap.phase();
        progress.accept("bench: claimgraph's load (parse, SHACL on " + threads + " threads, bulk loader)");
        try (KnowledgeStore store = KnowledgeStore.open(ours)) {
            long t1 = System.nanoTime();
            CorpusBuild.Summary s = new CorpusBuild(
                            g -> {
                                throw new IllegalStateException("not used");
                            },
                            threads,
                            new CorpusBuild.Listener() {})
                    .load(new NQuadsArticles(nq), store.batch());
            double total = (System.nanoTime() - t1) / 1e9;
            long eventsMillis =
                    s.corpus().map(CorpusEventsRefresh.Outcome::millis).orElse(0L);
            double oursSeconds = total - eventsMillis / 1000.0;
            out.put("load_s", round(oursSeconds));
            out.put("load_triples_per_s", round(triples / oursSeconds));
            if (jenaSeconds > 0) {
                out.put("tdb2_loader_triples_per_s", round(triples / jenaSeconds));
                out.put("load_vs_tdb2_loader", round(jenaSeconds / oursSeconds));
            }
            out.put("corpus_events_s", round(eventsMillis / 1000.0));
            out.put("merged_events", s.corpus().map(c -> c.events().merged()).orElse(-1));
            out.put(
                    "corpus_conflicts",
                    s.corpus().map(c -> c.events().conflicts()).orElse(-1));
            out.put("rejected", s.rejected());
            // Extraction and loading alone: the queries' sorts and result buffers come after.
            out.put("load_peak_live_heap_mb", heap.phase());
            out.put("build_peak_live_heap_mb", heap.peakLive / (1024 * 1024));
        }
        Files.writeString(workDir.resolve(MARKER), corpus(n, k, triples));
    }

    /** True when the work folder holds a store loaded from this corpus; its triples go into {@code out}. */
    boolean reusable(int n, int k, Map<String, Object> out) throws IOException {
        Path marker = workDir.resolve(MARKER);
        if (!Files.isRegularFile(marker) || !Files.isDirectory(workDir.resolve("store-claimgraph"))) {
            return false;
        }
        String text = Files.readString(marker);
        if (!text.startsWith(corpus(n, k, 0).split(" triples=")[0] + " ")) {
            return false;
        }
        out.put(
                "triples",
                Long.parseLong(text.substring(text.indexOf("triples=") + 8).strip()));
        out.put("store_reused", true);
        progress.accept("bench: reusing the store of " + text.strip() + " in " + workDir);
        return true;
    }

    private static String corpus(int n, int k, long triples) {
        return "articles=" + n + " extracted=" + k + " triples=" + triples + "\n";
    }

    /**
     * Computes the index of a reused store again, with this version's code, and reports how long it took as
     * {@code index_s}: a store loaded by an earlier run keeps the index that run computed.
     */
    void reindex(Map<String, Object> out) {
        try (KnowledgeStore store = KnowledgeStore.open(workDir.resolve("store-claimgraph"))) {
            long t0 = System.nanoTime();
            store.replaceDerivedGraph(
                    org.claimgraph.map.Iris.INDEX_GRAPH, org.claimgraph.corpus.CorpusIndex::compute, g -> g);
            double s = (System.nanoTime() - t0) / 1e9;
            out.put("index_s", BenchLib.round(s));
            progress.accept(String.format("bench: index computed again in %.1f s", s));
        }
    }

    /**
     * Runs {@code work} on claimgraph's store, opened again; a store an older version loaded first gets the
     * derived graphs it lacks (the plain facts, the index), as {@code serve} gives them.
     */
    void withStore(java.util.function.Consumer<DatasetGraph> work) {
        try (KnowledgeStore store = KnowledgeStore.open(workDir.resolve("store-claimgraph"))) {
            long t0 = System.nanoTime();
            org.claimgraph.pipeline.CorpusEventsRefresh.ensureFacts(store);
            progress.accept(String.format(
                    "bench: derived graphs checked (computed if missing) in %.1f s", (System.nanoTime() - t0) / 1e9));
            work.accept(store.dataset());
        }
    }

    private Path fresh(String name) {
        Path dir = workDir.resolve(name);
        FileTrees.deleteRecursively(dir);
        return dir;
    }
}

package org.claimgraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.claimgraph.extract.Extraction;
import org.claimgraph.ingest.Article;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.map.Iris;
import org.claimgraph.pipeline.ArticlePipeline;
import org.claimgraph.pipeline.CorpusBuild;
import org.claimgraph.pipeline.CorpusEventsRefresh;
import org.claimgraph.pipeline.ExtractionCache;
import org.claimgraph.query.BundledQueries;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.store.KnowledgeStore;

/**
 * claimgraph at corpus scale against the ceilings of the engine it is built on, every baseline measured in the
 * same run on the same data:
 * <ol>
 * <li><b>extraction</b>: on a sample of the corpus, claimgraph's whole extraction against CoreNLP's analysis
 * alone (tagger, parser, SUTime as claimgraph configures them), both on the same worker threads;</li>
 * <li><b>corpus</b>: the {@link CorpusGenerator} corpus of N articles, extracted (through an
 * {@link ExtractionCache}) and written as one N-Quads file. Beyond {@code extractSample} articles, graphs are
 * copies of extracted ones under new keys ({@link GraphCloner}), so that load and queries can be measured at a
 * size whose extraction would take hours;</li>
 * <li><b>load</b>: claimgraph's load path (N-Quads parsed into article graphs, each validated with SHACL on the
 * workers, streamed into an empty TDB2 store through Jena's bulk loader) against Jena's own TDB2 loader on the same
 * file into another empty store; the cross-article events pass is timed apart;</li>
 * <li><b>queries</b>: the bundled queries from {@code clients} concurrent clients against claimgraph's server and
 * against a plain Fuseki serving the same dataset, alternating, with latencies;</li>
 * <li><b>memory</b>: peak heap in use, and peak heap still in use after a collection (the live data).</li>
 * </ol>
 *
 * <pre>
 * Map&lt;String, Object&gt; figures = new ScaleBenchmark(CorpusGenerator.bundled(), options, server, System.err::println).run();
 * </pre>
 */
public final class ScaleBenchmark {
    /**
     * How to run.
     *
     * @param articles      corpus size N
     * @param threads       worker threads for extraction and validation
     * @param extractSample articles extracted for real (at most N); the rest are copies
     * @param nlpSample     articles of the extraction-against-NLP comparison
     * @param workDir       folder for the cache, the N-Quads file and the two stores (emptied of earlier stores)
     * @param clients       concurrent query clients
     * @param querySeconds  seconds of measured queries per server
     * @param resultLimit   LIMIT given to every canned query lacking a lower one, on both servers: claimgraph's
     *                      server caps results so, and the plain Fuseki must do the same work
     */
    public record Options(
            int articles,
            int threads,
            int extractSample,
            int nlpSample,
            Path workDir,
            int clients,
            int querySeconds,
            long resultLimit) {
        public Options {
            if (articles < 1
                    || threads < 1
                    || extractSample < 1
                    || nlpSample < 1
                    || clients < 1
                    || querySeconds < 1
                    || resultLimit < 1) {
                throw new IllegalArgumentException("every count must be at least 1");
            }
        }
    }

    /** A SPARQL server over a dataset, for the query part. */
    public interface Server extends AutoCloseable {
        /** Its SPARQL query endpoint. */
        String sparqlUrl();

        @Override
        void close();
    }

    private final CorpusGenerator generator;
    private final Options options;
    private final Function<DatasetGraph, Server> claimgraphServer;
    private final Consumer<String> progress;
    private final Map<String, Object> out = new LinkedHashMap<>();
    private final HeapSampler heap = new HeapSampler();

    /**
     * @param generator        the corpus
     * @param options          sizes and folders
     * @param claimgraphServer starts claimgraph's own server over a dataset
     * @param progress         told what the benchmark is doing, a line at a time
     */
    public ScaleBenchmark(
            CorpusGenerator generator,
            Options options,
            Function<DatasetGraph, Server> claimgraphServer,
            Consumer<String> progress) {
        this.generator = generator;
        this.options = options;
        this.claimgraphServer = claimgraphServer;
        this.progress = progress;
    }

    /** Runs every part and returns the figures, in a stable order. */
    public Map<String, Object> run() {
        heap.start();
        try {
            int n = options.articles();
            int k = Math.min(n, options.extractSample());
            out.put("articles", n);
            out.put("extracted_articles", k);
            out.put("copied_articles", n - k);
            out.put("templates", generator.templates());
            out.put("threads", options.threads());
            Files.createDirectories(options.workDir());
            ArticlePipeline pipeline = ArticlePipeline.bundled();
            extraction(pipeline, Math.min(n, options.nlpSample()));
            heap.phase();
            Path nq = corpus(pipeline, n, k);
            out.put("corpus_peak_live_heap_mb", heap.phase());
            load(nq);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            heap.stopSampling();
            out.put("peak_heap_mb", heap.peakUsed / (1024 * 1024));
            out.put("peak_live_heap_mb", heap.peakLive / (1024 * 1024));
            out.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }

    /** CoreNLP alone against the whole extraction, on the same articles and threads. */
    private void extraction(ArticlePipeline pipeline, int sample) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < sample; i++) {
            articles.add(generator.article(i));
        }
        progress.accept("bench: warming up the NLP models and the JIT");
        List<Article> warm = new ArrayList<>();
        for (int i = 0; i < 2 * options.threads() + 4; i++) {
            warm.add(generator.article(1_000_000 + i)); // Not in the corpus, so nothing is cached by it.
        }
        parallel(warm, a -> (long)
                pipeline.analyzer().analyze(a.text(), a.published()).sentences().size());
        parallel(warm, a -> (long) pipeline.process(a).graph().size());
        // Two rounds each, alternating, so that a slower moment of the machine weighs on both sides alike.
        long nlpNanos = 0;
        long extractNanos = 0;
        long sentences = 0;
        for (int round = 0; round < 2; round++) {
            progress.accept("bench: CoreNLP alone on " + sample + " articles (round " + (round + 1) + " of 2)");
            long t0 = System.nanoTime();
            sentences = parallel(articles, a -> (long) pipeline.analyzer()
                    .analyze(a.text(), a.published())
                    .sentences()
                    .size());
            long t1 = System.nanoTime();
            progress.accept("bench: claimgraph's extraction on the same articles (round " + (round + 1) + " of 2)");
            parallel(articles, a -> {
                Extraction x = pipeline.extract(a);
                return (long) pipeline.graph(x).graph().size();
            });
            long t2 = System.nanoTime();
            nlpNanos += t1 - t0;
            extractNanos += t2 - t1;
        }
        double nlp = 2 * sentences / (nlpNanos / 1e9);
        double extract = 2 * sentences / (extractNanos / 1e9);
        out.put("sample_articles", sample);
        out.put("sample_sentences", sentences);
        out.put("nlp_baseline_sentences_per_s", round(nlp));
        out.put("extract_sentences_per_s", round(extract));
        out.put("extract_vs_nlp_baseline", round(extract / nlp));
    }

    /** Extracts (or reads from the cache) K articles, copies the rest, writes all as N-Quads. */
    private Path corpus(ArticlePipeline pipeline, int n, int k) throws IOException {
        Path cache = options.workDir().resolve("cache");
        AtomicLong misses = new AtomicLong();
        AtomicLong sentences = new AtomicLong();
        Function<Article, ArticleGraph> extract = ExtractionCache.wrap(cache, a -> {
            misses.incrementAndGet();
            Extraction x = pipeline.extract(a);
            sentences.addAndGet(x.analysed().sentences().size());
            return pipeline.graph(x);
        });
        Path nq = options.workDir().resolve("corpus.nq");
        progress.accept("bench: corpus of " + n + " articles (" + k + " extracted, " + (n - k) + " copies) into " + nq);
        long t0 = System.nanoTime();
        long triples = 0;
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 20)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(file, RDFFormat.NQUADS);
            writer.start();
            ExecutorService workers = Executors.newFixedThreadPool(options.threads());
            Deque<Future<ArticleGraph>> window = new ArrayDeque<>();
            try {
                for (int i = 0; i < n; i++) {
                    int index = i;
                    Callable<ArticleGraph> task = i < k
                            ? () -> extract.apply(generator.article(index))
                            : () -> {
                                Article original = generator.article(index % k);
                                return GraphCloner.copy(extract.apply(original), original.contentHash(), index);
                            };
                    window.add(workers.submit(task));
                    while (window.size() > 2 * options.threads() + 2) {
                        triples += write(window.poll(), writer);
                    }
                    if ((i + 1) % 500 == 0) {
                        progress.accept("bench: " + (i + 1) + "/" + n + " articles");
                    }
                }
                while (!window.isEmpty()) {
                    triples += write(window.poll(), writer);
                }
            } finally {
                workers.shutdownNow();
            }
            writer.finish();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.put("corpus_extracted_now", misses.get());
        out.put("corpus_extract_s", round(seconds));
        if (misses.get() > 0) {
            out.put("corpus_extract_sentences_per_s", round(sentences.get() / seconds));
        }
        out.put("triples", triples);
        return nq;
    }

    private static long write(Future<ArticleGraph> f, StreamRDF writer) {
        ArticleGraph g = get(f);
        g.graph().find().forEach(t -> writer.quad(Quad.create(g.name(), t)));
        return g.graph().size();
    }

    /** claimgraph's load against Jena's TDB2 loader on the same file, then the queries on claimgraph's store. */
    private void load(Path nq) throws IOException {
        long triples = (long) out.get("triples");
        Path jenaDir = fresh("store-tdb2-loader");
        progress.accept("bench: Jena's TDB2 loader on " + nq);
        DatasetGraph jena = DatabaseMgr.connectDatasetGraph(jenaDir.toString());
        long t0 = System.nanoTime();
        heap.phase();
        DataLoader loader = LoaderFactory.createLoader(jena, (fmt, args) -> {});
        loader.startBulk();
        loader.load(List.of(nq.toString()));
        loader.finishBulk();
        double jenaSeconds = (System.nanoTime() - t0) / 1e9;
        org.apache.jena.tdb2.sys.TDBInternal.expel(jena);

        out.put("tdb2_loader_peak_live_heap_mb", heap.phase());
        Path ours = fresh("store-claimgraph");
        progress.accept("bench: claimgraph's load (parse, SHACL on " + options.threads() + " threads, bulk loader)");
        try (KnowledgeStore store = KnowledgeStore.open(ours)) {
            long t1 = System.nanoTime();
            CorpusBuild.Summary s = new CorpusBuild(
                            g -> {
                                throw new IllegalStateException("not used");
                            },
                            options.threads(),
                            new CorpusBuild.Listener() {})
                    .load(new NQuadsGraphs(nq), store.batch());
            double total = (System.nanoTime() - t1) / 1e9;
            long eventsMillis =
                    s.corpus().map(CorpusEventsRefresh.Outcome::millis).orElse(0L);
            double oursSeconds = total - eventsMillis / 1000.0;
            out.put("load_s", round(oursSeconds));
            out.put("tdb2_loader_s", round(jenaSeconds));
            out.put("load_triples_per_s", round(triples / oursSeconds));
            out.put("tdb2_loader_triples_per_s", round(triples / jenaSeconds));
            out.put("load_vs_tdb2_loader", round(jenaSeconds / oursSeconds));
            out.put("corpus_events_s", round(eventsMillis / 1000.0));
            out.put("merged_events", s.corpus().map(c -> c.events().merged()).orElse(-1));
            out.put(
                    "corpus_conflicts",
                    s.corpus().map(c -> c.events().conflicts()).orElse(-1));
            out.put("rejected", s.rejected());
            // Extraction and loading alone: the queries' sorts and result buffers come after.
            out.put("load_peak_live_heap_mb", heap.phase());
            out.put("build_peak_live_heap_mb", heap.peakLive / (1024 * 1024));
            queries(store.dataset());
        }
    }

    private Path fresh(String name) throws IOException {
        Path dir = options.workDir().resolve(name);
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return dir;
    }

    /** The bundled queries, alternately against claimgraph's server and a plain Fuseki over the same dataset. */
    private void queries(DatasetGraph dsg) {
        List<String> queries = BundledQueries.list().stream()
                .filter(q -> !q.name().contains("/") && !q.text().contains("SERVICE"))
                .map(q -> {
                    org.apache.jena.query.Query parsed = QueryRunner.parse(q.text());
                    if (!parsed.isAskType() && (!parsed.hasLimit() || parsed.getLimit() > options.resultLimit())) {
                        parsed.setLimit(options.resultLimit());
                    }
                    return parsed.toString();
                })
                .toList();
        FusekiServer bare = FusekiServer.create()
                .loopback(true)
                .port(0)
                .add("/ds", dsg, false)
                .build()
                .start();
        try (Server ours = claimgraphServer.apply(dsg)) {
            String bareUrl = bare.datasetURL("/ds") + "/sparql";
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            progress.accept("bench: " + queries.size() + " queries, " + options.clients() + " clients, "
                    + options.querySeconds() + " s per server");
            run(http, ours.sparqlUrl(), queries, 1, null); // warm-up: every query once on each server
            run(http, bareUrl, queries, 1, null);
            Stats mine = new Stats();
            Stats plain = new Stats();
            double half = options.querySeconds() / 2.0;
            for (int round = 0; round < 2; round++) {
                run(http, ours.sparqlUrl(), queries, half, mine);
                run(http, bareUrl, queries, half, plain);
            }
            out.put("query_clients", options.clients());
            out.put("queries", queries.size());
            out.put("query_qps", round(mine.qps()));
            out.put("bare_fuseki_qps", round(plain.qps()));
            out.put("query_vs_bare_fuseki", round(mine.qps() / plain.qps()));
            out.put("p50_ms", round(mine.percentile(0.50)));
            out.put("p99_ms", round(mine.percentile(0.99)));
            out.put("bare_p99_ms", round(plain.percentile(0.99)));
            out.put("query_errors", mine.errors + plain.errors);
        } finally {
            bare.stop();
        }
    }

    /** Latencies and counts of one server's measured phases. */
    private static final class Stats {
        final List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        long requests;
        long errors;
        double seconds;

        double qps() {
            return requests / seconds;
        }

        double percentile(double p) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.isEmpty()
                    ? 0
                    : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
        }
    }

    /** {@code clients} threads ask the queries in turn for {@code seconds} (or once each when stats is null). */
    private void run(HttpClient http, String endpoint, List<String> queries, double seconds, Stats stats) {
        int clients = stats == null ? 1 : options.clients();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            results.add(pool.submit(() -> {
                long requests = 0;
                long errors = 0;
                for (int i = offset; stats == null ? i < offset + queries.size() : System.nanoTime() < end; i++) {
                    String q = queries.get(i % queries.size());
                    long t = System.nanoTime();
                    HttpRequest req = HttpRequest.newBuilder(
                                    URI.create(endpoint + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                            .header("Accept", "application/sparql-results+json")
                            .timeout(Duration.ofSeconds(600))
                            .build();
                    int status;
                    try {
                        HttpResponse<InputStream> r = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
                        try (InputStream body = r.body()) {
                            body.transferTo(OutputStream.nullOutputStream());
                        }
                        status = r.statusCode();
                    } catch (IOException e) {
                        status = -1;
                    }
                    requests++;
                    if (status != 200) {
                        errors++;
                    }
                    if (stats != null) {
                        stats.millis.add((System.nanoTime() - t) / 1e6);
                    }
                }
                return new long[] {requests, errors};
            }));
        }
        long requests = 0;
        long errors = 0;
        for (Future<long[]> f : results) {
            long[] r = get(f);
            requests += r[0];
            errors += r[1];
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdownNow();
        if (stats != null) {
            stats.requests += requests;
            stats.errors += errors;
            stats.seconds += elapsed;
        }
    }

    private <T> long parallel(List<T> items, Function<T, Long> work) {
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            List<Future<Long>> fs = new ArrayList<>();
            for (T item : items) {
                fs.add(pool.submit(() -> work.apply(item)));
            }
            long sum = 0;
            for (Future<Long> f : fs) {
                sum += get(f);
            }
            return sum;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    /** Article graphs read back from an N-Quads file, one graph per run of quads, parsed on a thread of its own. */
    private static final class NQuadsGraphs implements Iterator<ArticleGraph> {
        private static final ArticleGraph END =
                new ArticleGraph("", Iris.ONTOLOGY_GRAPH, GraphFactory.createGraphMem(), java.util.Optional.empty());
        private final BlockingQueue<ArticleGraph> queue = new ArrayBlockingQueue<>(64);
        private ArticleGraph next;

        NQuadsGraphs(Path nq) {
            Thread parser = new Thread(
                    () -> {
                        StreamRDF grouper = new StreamRDFBase() {
                            Node current;
                            Graph graph;
                            String url;

                            @Override
                            public void quad(Quad q) {
                                if (!q.getGraph().equals(current)) {
                                    flush();
                                    current = q.getGraph();
                                    graph = GraphFactory.createDefaultGraph();
                                    url = null;
                                }
                                graph.add(q.asTriple());
                                if (q.getPredicate().equals(org.apache.jena.vocabulary.SchemaDO.url.asNode())) {
                                    url = q.getObject().getURI();
                                }
                            }

                            @Override
                            public void finish() {
                                flush();
                            }

                            private void flush() {
                                if (current != null) {
                                    put(new ArticleGraph(
                                            current.getURI(), current, graph, java.util.Optional.ofNullable(url)));
                                    current = null;
                                }
                            }
                        };
                        try {
                            RDFParser.source(nq).lang(Lang.NQUADS).parse(grouper);
                        } finally {
                            put(END);
                        }
                    },
                    "bench-nquads-parser");
            parser.setDaemon(true);
            parser.start();
        }

        private void put(ArticleGraph g) {
            try {
                queue.put(g);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return next != END;
        }

        @Override
        public ArticleGraph next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ArticleGraph g = next;
            next = null;
            return g;
        }
    }

    /** Samples the heap every 100 ms: the most in use, and the most still in use after a collection. */
    private static final class HeapSampler extends Thread {
        volatile boolean running = true;
        volatile long peakUsed;
        volatile long peakLive;

        HeapSampler() {
            super("bench-heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .toList();
            while (running) {
                sample(heap);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
            sample(heap);
        }

        private void sample(List<MemoryPoolMXBean> heap) {
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long live = 0;
            for (MemoryPoolMXBean p : heap) {
                var after = p.getCollectionUsage();
                live += after == null ? 0 : after.getUsed();
            }
            peakUsed = Math.max(peakUsed, used);
            peakLive = Math.max(peakLive, live);
            phasePeakLive = Math.max(phasePeakLive, live);
        }

        private volatile long phasePeakLive;

        /**
         * The most heap live after a collection since the last call, in MiB; then a collection, so that the next
         * phase starts from what is really held rather than from the last phase's garbage.
         */
        long phase() {
            long peak = phasePeakLive;
            System.gc();
            phasePeakLive = 0;
            return peak / (1024 * 1024);
        }

        void stopSampling() {
            running = false;
            interrupt();
        }
    }
}

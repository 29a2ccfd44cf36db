package org.claimgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.pipeline.ArticlePipeline;

/**
 * claimgraph at corpus scale against the ceilings of the engine it is built on, every baseline measured in the
 * same run on the same data:
 * <ol>
 * <li><b>extraction</b> ({@link ExtractionBench}): on a sample of the corpus, claimgraph's whole extraction against CoreNLP's parser
 * alone (tokenize, ssplit, pos, lemma, depparse: the parser as a user of CoreNLP runs it), both on the same worker threads;</li>
 * <li><b>corpus</b> ({@link CorpusWriter}): the {@link CorpusGenerator} corpus of N articles, extracted (through an
 * {@link ExtractionCache}) and written as one N-Quads file. Beyond {@code extractSample} articles, graphs are
 * copies of extracted ones under new keys ({@link GraphCloner}), so that load and queries can be measured at a
 * size whose extraction would take hours;</li>
 * <li><b>load</b> ({@link LoadBench}): claimgraph's load path (N-Quads parsed into article graphs, each validated with SHACL on the
 * workers, streamed into an empty TDB2 store through Jena's bulk loader) against Jena's own TDB2 loader on the same
 * file into another empty store; the cross-article events pass is timed apart;</li>
 * <li><b>queries</b> ({@link QueryLoad}): the bundled queries from {@code clients} concurrent clients against claimgraph's server and
 * against a plain Fuseki serving the same dataset, alternating, with latencies;</li>
 * <li><b>interactive</b> ({@link InteractiveLoad}): one request at a time, what the explorer waits for (entity
 * pages, neighbourhoods, timelines, the conflicts page, the first page of every bundled query), with its 95th
 * percentile, against the same plain Fuseki;</li>
 * <li><b>memory</b> ({@link HeapSampler}): peak heap in use, and peak heap still in use after a collection (the live data).</li>
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
     * @param interactive   only the interactive latencies ({@link InteractiveLoad}): no extraction comparison, no
     *                      Jena loader, no throughput, and the store of an earlier run on the same corpus reused
     * @param samples       timed requests per interactive probe and server
     */
    public record Options(
            int articles,
            int threads,
            int extractSample,
            int nlpSample,
            Path workDir,
            int clients,
            int querySeconds,
            long resultLimit,
            boolean interactive,
            int samples) {
        public Options {
            if (articles < 1
                    || threads < 1
                    || extractSample < 1
                    || nlpSample < 1
                    || clients < 1
                    || querySeconds < 1
                    || resultLimit < 1
                    || samples < 1) {
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
            InteractiveLoad interactive =
                    new InteractiveLoad(claimgraphServer, options.samples(), options.querySeconds(), progress);
            LoadBench load = new LoadBench(options.workDir(), options.threads(), heap, progress);
            if (options.interactive()) {
                if (!load.reusable(n, k, out)) {
                    Path nq = new CorpusWriter(generator, pipeline, options.threads(), progress)
                            .write(n, k, options.workDir(), out);
                    load.loadOurs(nq, n, k, out);
                } else {
                    load.reindex(out);
                }
                load.withStore(dsg -> interactive.run(dsg, out));
                return out;
            }
            new ExtractionBench(generator, pipeline, options.threads(), progress)
                    .run(Math.min(n, options.nlpSample()), out);
            heap.phase();
            Path nq = new CorpusWriter(generator, pipeline, options.threads(), progress)
                    .write(n, k, options.workDir(), out);
            out.put("corpus_peak_live_heap_mb", heap.phase());
            QueryLoad queries = new QueryLoad(
                    claimgraphServer, options.clients(), options.querySeconds(), options.resultLimit(), progress);
            load.loadJena(nq, out);
            load.loadOurs(nq, n, k, out);
            load.withStore(dsg -> {
                queries.run(dsg, out);
                interactive.run(dsg, out);
            });
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
}

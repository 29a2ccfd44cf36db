package org.claimgraph.bench;

import static org.claimgraph.bench.BenchLib.get;
import static org.claimgraph.bench.BenchLib.round;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.extract.Extraction;
import org.claimgraph.ingest.Article;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.pipeline.ArticlePipeline;
import org.claimgraph.pipeline.ExtractionCache;

/**
 * The corpus part of {@link ScaleBenchmark}: the {@link CorpusGenerator} corpus of N articles, extracted
 * (through an {@link ExtractionCache}) and written as one N-Quads file. Beyond K articles, graphs are copies of
 * extracted ones under new keys ({@link GraphCloner}), so that load and queries can be measured at a size whose
 * extraction would take hours.
 */
/*package*/ final class CorpusWriter {
    private final CorpusGenerator generator;
    private final ArticlePipeline pipeline;
    private final int threads;
    private final Consumer<String> progress;

    CorpusWriter(CorpusGenerator generator, ArticlePipeline pipeline, int threads, Consumer<String> progress) {
        this.generator = generator;
        this.pipeline = pipeline;
        this.threads = threads;
        this.progress = progress;
    }

    /** Extracts (or reads from the cache in {@code workDir}) K articles, copies the rest, writes all as N-Quads. */
    Path write(int n, int k, Path workDir, Map<String, Object> out) throws IOException {
        Path cache = workDir.resolve("cache");
        AtomicLong misses = new AtomicLong();
        AtomicLong sentences = new AtomicLong();
        Function<Article, ArticleGraph> extract = ExtractionCache.wrap(cache, a -> {
            misses.incrementAndGet();
            Extraction x = pipeline.extract(a);
            sentences.addAndGet(x.analysed().sentences().size());
            return pipeline.graph(x);
        });
        Path nq = workDir.resolve("corpus.nq");
        progress.accept("bench: corpus of " + n + " articles (" + k + " extracted, " + (n - k) + " copies) into " + nq);
        long t0 = System.nanoTime();
        long triples = 0;
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 20)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(file, RDFFormat.NQUADS);
            writer.start();
            ExecutorService workers = Executors.newFixedThreadPool(threads);
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
                    while (window.size() > 2 * threads + 2) {
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
}

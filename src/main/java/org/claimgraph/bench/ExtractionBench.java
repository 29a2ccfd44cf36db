package org.claimgraph.bench;

import static org.claimgraph.bench.BenchLib.parallel;
import static org.claimgraph.bench.BenchLib.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.claimgraph.extract.Extraction;
import org.claimgraph.ingest.Article;
import org.claimgraph.pipeline.ArticlePipeline;

/**
 * The extraction part of {@link ScaleBenchmark}: on a sample of the corpus, claimgraph's whole extraction
 * against CoreNLP's parser alone (tokenize, ssplit, pos, lemma, depparse, as claimgraph configures them), on the
 * same worker threads, in two alternating rounds so that a slower moment of the machine weighs on both sides alike.
 */
/*package*/ final class ExtractionBench {
    private final CorpusGenerator generator;
    private final ArticlePipeline pipeline;
    private final int threads;
    private final Consumer<String> progress;

    ExtractionBench(CorpusGenerator generator, ArticlePipeline pipeline, int threads, Consumer<String> progress) {
        this.generator = generator;
        this.pipeline = pipeline;
        this.threads = threads;
        this.progress = progress;
    }

    /** Measures on {@code sample} articles and puts the figures into {@code out}. */
    void run(int sample, Map<String, Object> out) {
        // The baseline is the parser alone (tokenize, ssplit, pos, lemma, depparse), as a user of CoreNLP would run
        // it: claimgraph's extraction adds SUTime, mentions, frames and RDF on top.
        org.claimgraph.analyze.CoreNlpAnalyzer parser = org.claimgraph.analyze.CoreNlpAnalyzer.shared();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < sample; i++) {
            articles.add(generator.article(i));
        }
        progress.accept("bench: warming up the NLP models and the JIT");
        List<Article> warm = new ArrayList<>();
        for (int i = 0; i < 2 * threads + 4; i++) {
            warm.add(generator.article(1_000_000 + i)); // Not in the corpus, so nothing is cached by it.
        }
        parallel(threads, warm, a -> (long) parser.parseOnly(a.text()));
        parallel(threads, warm, a -> (long) pipeline.process(a).graph().size());
        long nlpNanos = 0;
        long extractNanos = 0;
        java.util.concurrent.atomic.AtomicLong nlpCpu = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong extractCpu = new java.util.concurrent.atomic.AtomicLong();
        long sentences = 0;
        for (int round = 0; round < 2; round++) {
            progress.accept(
                    "bench: CoreNLP's parser alone on " + sample + " articles (round " + (round + 1) + " of 2)");
            long t0 = System.nanoTime();
            sentences = parallel(threads, articles, cpuTimed(nlpCpu, a -> (long) parser.parseOnly(a.text())));
            long t1 = System.nanoTime();
            progress.accept("bench: claimgraph's extraction on the same articles (round " + (round + 1) + " of 2)");
            parallel(threads, articles, cpuTimed(extractCpu, a -> {
                Extraction x = pipeline.extract(a);
                return (long) pipeline.graph(x).graph().size();
            }));
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
        // Per core: the workers share the machine's cores, so a rate per thread is the rate per core when there
        // are no more threads than cores.
        int cores = Math.min(threads, Runtime.getRuntime().availableProcessors());
        out.put("nlp_baseline_sentences_per_core_s", round(nlp / cores));
        out.put("extract_sentences_per_core_s", round(extract / cores));
        // The same per second of the workers' own CPU time: what other work on a shared machine takes from the
        // wall clock does not count, so the ratio moves much less from run to run. The collector's and the JIT's
        // threads are not counted, on either side.
        if (nlpCpu.get() > 0 && extractCpu.get() > 0) {
            double nlpPerCpu = 2 * sentences / (nlpCpu.get() / 1e9);
            double extractPerCpu = 2 * sentences / (extractCpu.get() / 1e9);
            out.put("nlp_baseline_sentences_per_cpu_s", round(nlpPerCpu));
            out.put("extract_sentences_per_cpu_s", round(extractPerCpu));
            out.put("extract_vs_nlp_baseline_cpu", round(extractPerCpu / nlpPerCpu));
        }
    }

    /** {@code work}, adding the CPU time of the thread that runs it to {@code total} (nothing where unsupported). */
    private static <T> java.util.function.Function<T, Long> cpuTimed(
            java.util.concurrent.atomic.AtomicLong total, java.util.function.Function<T, Long> work) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        return item -> {
            long before = mx.getCurrentThreadCpuTime();
            try {
                return work.apply(item);
            } finally {
                long after = mx.getCurrentThreadCpuTime();
                if (before >= 0 && after >= 0) {
                    total.addAndGet(after - before);
                }
            }
        };
    }
}

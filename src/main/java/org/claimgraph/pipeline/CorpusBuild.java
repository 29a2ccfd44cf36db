package org.claimgraph.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.BatchItem;
import org.claimgraph.ingest.InputException;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.store.ArticleSink;
import org.claimgraph.store.SinkReport;
import org.claimgraph.sys.Logs;
import org.claimgraph.validate.ValidatedGraph;
import org.claimgraph.validate.ValidationFailedException;
import org.claimgraph.vocab.CG;

/**
 * Builds a corpus: reads the inputs of a batch one by one, extracts and validates articles on worker threads,
 * and hands each validated graph, in input order, to one {@link ArticleSink} (the local store or a remote
 * Graph Store). A bad input, an article that fails SHACL, or one whose extraction fails is reported to the
 * {@link Listener} and skipped; the rest are built. At most {@code 2 × threads + 2} articles are in flight, so
 * memory stays flat however large the corpus.
 *
 * <pre>
 * CorpusBuild build = new CorpusBuild(ArticlePipeline.bundled()::process, 4, listener);
 * CorpusBuild.Summary s = build.run(new ArticleBatch(reader, inputs, overrides), store.batch());   // finishes the batch
 * </pre>
 *
 * CoreNLP's pipeline, the mention finder and the extractor are shared by the workers: each is thread-safe
 * ({@code CorpusBuildTest} checks that parallel and sequential builds give identical graphs).
 */
public final class CorpusBuild {
    /** Told what happens, on the thread that calls {@link #run}. */
    public interface Listener {
        /** An article was handed to the sink. */
        default void built(ArticleGraph article, Counts counts) {}

        /** An input was rejected; {@code message} is one line naming it and the problem. */
        default void rejected(String source, Rejection why, String message) {}
    }

    /** Why an input was skipped. */
    public enum Rejection {
        /** Not an article: unreadable, bad encoding, empty, bad date, bad JSON line. */
        INPUT,
        /** Its graph fails the SHACL shapes. */
        INVALID,
        /** Extraction failed on it (a bug: {@code -vv} logs the stack trace). */
        FAILED
    }

    /**
     * What one article holds.
     *
     * @param triples   triples of its graph
     * @param claims    its claims
     * @param events    its events
     * @param conflicts conflicts within it
     */
    public record Counts(long triples, long claims, long events, long conflicts) {
        static Counts of(Graph g) {
            return new Counts(
                    g.size(), count(g, CG.Claim.asNode()), count(g, CG.Event.asNode()), count(g, CG.Conflict.asNode()));
        }

        private static long count(Graph g, Node type) {
            return g.stream(Node.ANY, RDF.type.asNode(), type).count();
        }
    }

    /**
     * A build's totals.
     *
     * @param articles  articles handed to the sink
     * @param rejected  inputs rejected and skipped
     * @param claims    claims in those articles
     * @param events    events in those articles
     * @param conflicts conflicts within those articles
     * @param triples   triples in those articles
     * @param sink      what the sink did (stored, unchanged, replaced)
     * @param corpus    the cross-article events after the build, for a local store; empty for a remote one
     */
    public record Summary(
            long articles,
            long rejected,
            long claims,
            long events,
            long conflicts,
            long triples,
            SinkReport sink,
            Optional<CorpusEventsRefresh.Outcome> corpus) {}

    /**
     * What became of one input: a validated graph with its counts, or why it was rejected, with the one line to
     * show. {@link #check} gives it for one article, so that engines that run the articles themselves (the
     * Spark job) skip and report exactly what a build skips and reports.
     *
     * @param graph   the article graph, or null when rejected
     * @param valid   the same graph once validated, or null when rejected
     * @param counts  what it holds, or null when rejected
     * @param source  where the input came from
     * @param why     why it was rejected, or null
     * @param problem the one line naming the input and the problem, or null
     */
    public record Outcome(
            ArticleGraph graph, ValidatedGraph valid, Counts counts, String source, Rejection why, String problem) {
        /** True when the article was extracted and validated. */
        public boolean accepted() {
            return valid != null;
        }

        /** An input rejected before extraction (unreadable, bad encoding, bad JSON line …). */
        public static Outcome rejected(InputException e) {
            return new Outcome(null, null, null, e.source(), Rejection.INPUT, e.getMessage());
        }
    }

    private final Function<Article, ArticleGraph> extractor;
    private final int threads;
    private final Listener listener;

    /**
     * @param extractor article to graph ({@link ArticlePipeline#process}); must be thread-safe
     * @param threads   worker threads (at least 1)
     * @param listener  told of each article and each rejection
     */
    public CorpusBuild(Function<Article, ArticleGraph> extractor, int threads, Listener listener) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.extractor = extractor;
        this.threads = threads;
        this.listener = listener;
    }

    /** The default number of workers: one per core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs the build over the items into the sink, then finishes the sink (which commits) and, for a local
     * store, recomputes the cross-article events. An exception from the sink stops the build.
     */
    public Summary run(Iterable<BatchItem> items, ArticleSink sink) {
        return execute(
                Iter.map(items.iterator(), item -> {
                    if (item instanceof BatchItem.Rejected r) {
                        Outcome o = Outcome.rejected(r.error());
                        return () -> o;
                    }
                    Article a = ((BatchItem.Read) item).article();
                    return () -> check(extractor, a);
                }),
                sink);
    }

    /**
     * Loads graphs extracted before (an N-Quads dump, a cache): each is validated with SHACL on the workers and
     * handed to the sink in order, as {@link #run} does after extraction. Finishes the sink.
     */
    public Summary load(java.util.Iterator<ArticleGraph> graphs, ArticleSink sink) {
        return execute(Iter.map(graphs, g -> () -> validate(g)), sink);
    }

    private Summary execute(java.util.Iterator<Callable<Outcome>> tasks, ArticleSink sink) {
        AtomicInteger n = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claimgraph-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        int window = 2 * threads + 2;
        Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
        long[] totals = new long[6];
        try {
            while (tasks.hasNext()) {
                inFlight.add(workers.submit(tasks.next()));
                while (inFlight.size() >= window) {
                    deliver(inFlight.poll(), sink, totals);
                }
            }
            while (!inFlight.isEmpty()) {
                deliver(inFlight.poll(), sink, totals);
            }
        } catch (RuntimeException e) {
            // Whole articles accepted so far are kept: finish the sink, then report the failure.
            try {
                sink.finish();
                sink.localStore().ifPresent(CorpusEventsRefresh::refresh);
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            workers.shutdownNow();
        }
        SinkReport report = sink.finish();
        Optional<CorpusEventsRefresh.Outcome> corpus = sink.localStore().map(CorpusEventsRefresh::refresh);
        return new Summary(totals[0], totals[1], totals[2], totals[3], totals[4], totals[5], report, corpus);
    }

    /**
     * One article extracted and validated as a build does it: an extraction that fails, or a graph that fails
     * SHACL, gives a rejected outcome with its one line instead of an exception.
     */
    public static Outcome check(Function<Article, ArticleGraph> extractor, Article a) {
        ArticleGraph g;
        try {
            g = extractor.apply(a);
        } catch (InputException e) {
            return new Outcome(null, null, null, a.source(), Rejection.INPUT, e.getMessage());
        } catch (RuntimeException e) {
            Logs.EXTRACT.debug("Extraction failed on {}", a.source(), e);
            return new Outcome(
                    null,
                    null,
                    null,
                    a.source(),
                    Rejection.FAILED,
                    a.source() + ": extraction failed (" + e + "); article skipped");
        }
        return validate(g);
    }

    private static Outcome validate(ArticleGraph g) {
        try {
            return new Outcome(g, ValidatedGraph.check(g), Counts.of(g.graph()), g.source(), null, null);
        } catch (ValidationFailedException e) {
            String first = e.getMessage()
                    .lines()
                    .skip(1)
                    .findFirst()
                    .map(String::strip)
                    .orElse("");
            return new Outcome(
                    null,
                    null,
                    null,
                    g.source(),
                    Rejection.INVALID,
                    g.source() + ": " + e.report().getEntries().size() + " SHACL violation(s), article skipped (first: "
                            + first + ")");
        }
    }

    private void deliver(Future<Outcome> f, ArticleSink sink, long[] totals) {
        Outcome o;
        try {
            o = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        if (o.valid() == null) {
            totals[1]++;
            listener.rejected(o.source(), o.why(), o.problem());
            return;
        }
        sink.accept(o.valid());
        totals[0]++;
        totals[2] += o.counts().claims();
        totals[3] += o.counts().events();
        totals[4] += o.counts().conflicts();
        totals[5] += o.counts().triples();
        listener.built(o.graph(), o.counts());
    }
}

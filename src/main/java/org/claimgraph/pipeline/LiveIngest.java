package org.claimgraph.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.BatchItem;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.store.ArticleSink;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.store.SinkReport;
import org.claimgraph.validate.ValidatedGraph;

/**
 * Adds articles to a store while it is being served: each article is extracted, validated with SHACL and stored
 * in a write transaction of its own, together with the update of the cross-article events it concerns
 * ({@link CorpusEventsRefresh#incremental}), so that readers see the store before or after the article, never half
 * of it. A bad article is reported and the others are stored. For the server's {@code POST /kg/articles} and its
 * watched folder.
 *
 * <pre>
 * LiveIngest ingest = new LiveIngest(store, ArticlePipeline.lazyBundled(), 2);
 * List&lt;LiveIngest.Result&gt; results = ingest.ingest(List.of(new BatchItem.Read(article)));
 * </pre>
 *
 * Thread-safe: requests may call it at once. At most {@code threads} articles are extracted at a time over all
 * callers, so that ingest leaves the cores to queries; the writes themselves are serialised by the store.
 */
public final class LiveIngest {
    /** What happened to one article. */
    public enum Status {
        /** Written: new, or a new text for its URL. */
        STORED,
        /** The store held it already, with the same content. */
        UNCHANGED,
        /** Not stored: see {@link Result#why} and {@link Result#error}. */
        REJECTED
    }

    /**
     * One article's outcome.
     *
     * @param source   where it came from ({@code request}, {@code request:3}, a file)
     * @param status   stored, unchanged or rejected
     * @param graph    its graph's IRI, unless rejected
     * @param counts   what its graph holds, unless rejected
     * @param replaced older graphs of the same URL it replaced
     * @param why      why it was rejected
     * @param error    one line saying what is wrong, without the source; empty unless rejected
     */
    public record Result(
            String source,
            Status status,
            Optional<String> graph,
            Optional<CorpusBuild.Counts> counts,
            int replaced,
            Optional<CorpusBuild.Rejection> why,
            String error) {
        static Result rejected(String source, CorpusBuild.Rejection why, String message) {
            String prefix = source + ": ";
            String error = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
            return new Result(source, Status.REJECTED, Optional.empty(), Optional.empty(), 0, Optional.of(why), error);
        }
    }

    private final KnowledgeStore store;
    private final Function<Article, ArticleGraph> extractor;
    private final int threads;
    private final Semaphore extracting;

    /**
     * @param store     the store being served
     * @param extractor article to graph ({@link ArticlePipeline#lazyBundled}); thread-safe
     * @param threads   most articles extracted at once, over all callers (at least 1)
     */
    public LiveIngest(KnowledgeStore store, Function<Article, ArticleGraph> extractor, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.store = store;
        this.threads = threads;
        this.extracting = new Semaphore(threads, true);
        this.extractor = a -> {
            extracting.acquireUninterruptibly();
            try {
                return extractor.apply(a);
            } finally {
                extracting.release();
            }
        };
    }

    /** The store articles go to. */
    public KnowledgeStore store() {
        return store;
    }

    /** Ingests one article. */
    public Result ingest(Article article) {
        return ingest(article, Set.of());
    }

    /**
     * Ingests one article in place of the graphs {@code replaces} (an earlier version of the same file), which go
     * in the same transaction as it comes; when it is rejected, they stay.
     */
    public Result ingest(Article article, Set<Node> replaces) {
        return run(List.of(new BatchItem.Read(article)), replaces).get(0);
    }

    /** Removes article graphs, with their part of the cross-article events, in one transaction. */
    public int remove(Collection<Node> graphs) {
        return store.removeArticles(graphs, CorpusEventsRefresh.incremental());
    }

    /**
     * Ingests the items in order, extracting up to {@code threads} at once; each good article is stored in its own
     * transaction as soon as it is ready, so that a failure later in the batch leaves it stored.
     *
     * @return one result per item, in order
     */
    public List<Result> ingest(Iterable<BatchItem> items) {
        return run(items, Set.of());
    }

    private List<Result> run(Iterable<BatchItem> items, Set<Node> replaces) {
        List<Result> results = new ArrayList<>();
        Sink sink = new Sink(replaces);
        CorpusBuild.Listener listener = new CorpusBuild.Listener() {
            @Override
            public void built(ArticleGraph article, CorpusBuild.Counts counts) {
                KnowledgeStore.Stored s = sink.last;
                results.add(new Result(
                        article.source(),
                        s.unchanged() ? Status.UNCHANGED : Status.STORED,
                        Optional.of(s.name().getURI()),
                        Optional.of(counts),
                        s.replaced(),
                        Optional.empty(),
                        ""));
            }

            @Override
            public void rejected(String source, CorpusBuild.Rejection why, String message) {
                results.add(Result.rejected(source, why, message));
            }
        };
        new CorpusBuild(extractor, threads, listener).run(items, sink);
        return results;
    }

    /**
     * Stores each article at once, in its own transaction with its cross-article events. It names no local store to
     * {@link CorpusBuild}, which would then recompute the whole events graph after the batch: that is done here, for
     * each article, for the part it concerns.
     */
    private final class Sink implements ArticleSink {
        private final Set<Node> replaces;
        private KnowledgeStore.Stored last;
        private long stored;
        private long unchanged;
        private long replaced;
        private long triples;

        Sink(Set<Node> replaces) {
            this.replaces = replaces;
        }

        @Override
        public void accept(ValidatedGraph graph) {
            last = store.store(graph, replaces, CorpusEventsRefresh.incremental());
            if (last.unchanged()) {
                unchanged++;
            } else {
                stored++;
            }
            replaced += last.replaced();
            triples += last.triples();
        }

        @Override
        public SinkReport finish() {
            return new SinkReport(stored, unchanged, replaced, triples, false);
        }

        @Override
        public String destination() {
            return store.directory().toString();
        }
    }
}

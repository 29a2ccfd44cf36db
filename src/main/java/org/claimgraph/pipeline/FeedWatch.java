package org.claimgraph.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.claimgraph.ingest.BatchItem;
import org.claimgraph.ingest.InputException;
import org.claimgraph.ingest.feed.FeedItem;
import org.claimgraph.ingest.feed.FeedReader;
import org.claimgraph.map.Iris;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.sys.Hashes;
import org.claimgraph.sys.Logs;

/**
 * Follows news feeds into a served store ({@code serve --feed URL}): every {@code interval} each feed is polled
 * (a conditional GET), and its items that the store does not hold yet ({@link #notStored}) go through
 * {@link LiveIngest}, each stored whole or not at all. A feed that fails gives one line and the others go on.
 *
 * <pre>
 * try (FeedWatch watch = new FeedWatch(List.of(url), feeds, ingest, FeedWatch.DEFAULT_INTERVAL, listener)) {
 *     watch.start();
 * }
 * </pre>
 *
 * An item that was rejected (no main text on its page, a date in the future, a graph failing SHACL) is not tried
 * again by this process, so that a bad page is not fetched at every poll; a restart tries it once more.
 */
public final class FeedWatch implements AutoCloseable {
    /** Time between two polls when none is given: 15 minutes, as feed readers commonly wait. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);
    /** The shortest interval allowed: publishers ask readers not to poll more often. */
    public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);

    /** Told what a poll did, on the watch's thread. */
    public interface Listener {
        /** An item of {@code feed} was ingested, found unchanged, or rejected. */
        default void ingested(String feed, LiveIngest.Result result) {}

        /** A poll of {@code feed}: {@code items} in it, {@code known} of them stored already; or 304. */
        default void polled(String feed, boolean notModified, int items, int known) {}

        /** {@code feed} could not be fetched or read; {@code message} names it and the problem. */
        default void failed(String feed, String message) {}
    }

    private final List<String> feeds;
    private final FeedReader reader;
    private final LiveIngest ingest;
    private final Duration interval;
    private final Listener listener;
    private final Set<String> rejected = new HashSet<>();
    private ScheduledExecutorService timer;

    /**
     * @param feeds    the feeds' URLs
     * @param reader   how they are fetched and read (its client remembers validators and per-host turns)
     * @param ingest   where their articles go
     * @param interval time between polls, at least {@link #MIN_INTERVAL} ({@link #DEFAULT_INTERVAL})
     * @param listener told of each item and each feed
     */
    public FeedWatch(List<String> feeds, FeedReader reader, LiveIngest ingest, Duration interval, Listener listener) {
        if (interval.compareTo(MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("a feed is polled at most once a minute: " + interval);
        }
        this.feeds = List.copyOf(feeds);
        this.reader = reader;
        this.ingest = ingest;
        this.interval = interval;
        this.listener = listener;
    }

    /**
     * The items whose articles {@code store} does not hold: an item with its full text is known when the graph of
     * that very text is stored with the item's URL (a new text for the URL is built, and replaces the old one); an
     * item read from its page is known when an article of its URL is stored, so that its page is not fetched
     * again.
     */
    public static List<FeedItem> notStored(KnowledgeStore store, List<FeedItem> items) {
        List<FeedItem> out = new ArrayList<>();
        for (FeedItem item : items) {
            boolean known;
            if (item.text().isPresent()) {
                Node name = Iris.graph(Hashes.sha256Hex(item.text().get()));
                // The same text under another URL (or none) is built again: the store then takes the feed's URL.
                known = item.link().isPresent()
                        ? store.contains(name, item.link().get())
                        : store.contains(name);
            } else {
                known = item.link().isPresent() && store.containsUrl(item.link().get());
            }
            if (!known) {
                out.add(item);
            }
        }
        return out;
    }

    /**
     * One poll of each feed, for {@code build --feed}: the articles of the items {@code store} does not hold
     * ({@link #notStored}), feed after feed; a feed that cannot be read is one {@link BatchItem.Rejected}. The feeds
     * are polled and the store asked now, before anything is written to it (a bulk load lets no reader in); the
     * pages are fetched later, as the iteration reaches their items.
     */
    public static Iterable<BatchItem> once(
            FeedReader reader, List<String> feeds, KnowledgeStore store, Listener listener) {
        List<Iterable<BatchItem>> parts = new ArrayList<>();
        for (String feed : feeds) {
            try {
                FeedReader.Poll poll = reader.poll(feed);
                List<FeedItem> fresh = notStored(store, poll.items());
                listener.polled(
                        feed,
                        poll.notModified(),
                        poll.items().size(),
                        poll.items().size() - fresh.size());
                parts.add(reader.articles(fresh));
            } catch (InputException e) {
                parts.add(List.of(new BatchItem.Rejected(e)));
            }
        }
        return () -> new Iterator<>() {
            private final Iterator<Iterable<BatchItem>> next = parts.iterator();
            private Iterator<BatchItem> items = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!items.hasNext() && next.hasNext()) {
                    items = next.next().iterator();
                }
                return items.hasNext();
            }

            @Override
            public BatchItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return items.next();
            }
        };
    }

    /** Starts polling on a thread of its own, at once and then every interval. */
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "claimgraph-feeds");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(
                () -> {
                    try {
                        poll();
                    } catch (VirtualMachineError e) {
                        Logs.SERVE.error("--feed: stopped: {}", e.toString());
                        throw e;
                    } catch (RuntimeException | Error e) {
                        // A periodic task that throws is never run again, and silently so: log and go on.
                        Logs.SERVE.warn("--feed: {}", e.toString());
                        Logs.SERVE.debug("--feed", e);
                    }
                },
                0,
                interval.toMillis(),
                TimeUnit.MILLISECONDS);
        Logs.SERVE.info("Polling {} feed(s) every {} s", feeds.size(), interval.toSeconds());
    }

    /** One poll of every feed, in order. */
    public synchronized void poll() {
        for (String feed : feeds) {
            FeedReader.Poll poll;
            try {
                poll = reader.poll(feed);
            } catch (InputException e) {
                listener.failed(feed, e.getMessage());
                continue;
            }
            if (poll.notModified()) {
                listener.polled(feed, true, 0, 0);
                continue;
            }
            List<FeedItem> fresh = new ArrayList<>();
            for (FeedItem item : notStored(ingest.store(), poll.items())) {
                if (!rejected.contains(key(item))) {
                    fresh.add(item);
                }
            }
            listener.polled(feed, false, poll.items().size(), poll.items().size() - fresh.size());
            // Lazily: pages are fetched as the ingest's bounded window asks for them.
            List<LiveIngest.Result> results = ingest.ingest(reader.articles(fresh));
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).status() == LiveIngest.Status.REJECTED) {
                    rejected.add(key(fresh.get(i)));
                }
                listener.ingested(feed, results.get(i));
            }
        }
    }

    private static String key(FeedItem item) {
        return item.source() + "\n" + item.text().map(Hashes::sha256Hex).orElse("");
    }

    /** Stops polling; a poll under way finishes first. */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdown();
            timer = null;
        }
    }
}

package org.claimgraph.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleBatch;
import org.claimgraph.ingest.ArticleOverrides;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.ingest.BatchItem;
import org.claimgraph.ingest.InputException;
import org.claimgraph.map.Iris;
import org.claimgraph.sys.Logs;

/**
 * Builds the articles that appear in a folder into a served store ({@code serve --watch DIR}), through
 * {@link LiveIngest}: new and changed article files ({@code *.txt}, {@code *.md}, searched below the folder as
 * {@code build} does), and the lines appended to JSON Lines files. A changed file replaces the graph of its earlier
 * text. A removed file leaves its graphs in the store, unless {@code delete} says to remove them.
 *
 * <pre>
 * try (FolderWatch watch = new FolderWatch(dir, ingest, ArticleReader.defaults(), FolderWatch.DEFAULT_INTERVAL,
 *         false, listener)) {
 *     watch.start();
 * }
 * </pre>
 *
 * <p>The folder is scanned every {@code interval} rather than watched with {@link java.nio.file.WatchService}: a
 * scan sees the files below the folder at any depth (a WatchService watches one folder, and misses what happens in
 * a new subfolder before it is registered), works on network and container mounts that send no events, and
 * cannot lose events to an overflow; it costs one directory walk per interval. A file being written is left alone:
 * an article file is built once its size and modification time have stayed the same for one interval, and of a
 * JSON Lines file only complete lines (ending in a line feed) are taken, so that a line half-written is read at
 * the next scan.
 *
 * <p>What was built is known to this process only. At start every file in the folder is read, and an article whose
 * graph the store holds already is not extracted again; a file removed while the server was stopped is not noticed.
 */
public final class FolderWatch implements AutoCloseable {
    /** Time between two scans when none is given. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);

    /** Told what a scan did, on the watch's thread. */
    public interface Listener {
        /** An article of {@code file} was ingested, found unchanged, or rejected. */
        default void ingested(Path file, LiveIngest.Result result) {}

        /** {@code file} was removed, and {@code graphs} of its graphs with it (0 without {@code delete}). */
        default void removed(Path file, int graphs) {}
    }

    private record Stamp(long size, long modified) {}

    /** What was built from one file. */
    private static final class Built {
        Stamp stamp;
        final Set<Node> graphs = new LinkedHashSet<>();
        // JSON Lines only: the bytes taken so far (whole lines), their digest, and their number of lines.
        long consumed;
        byte[] digest = new byte[0];
        long lines;
    }

    private final Path dir;
    private final LiveIngest ingest;
    private final ArticleReader reader;
    private final Duration interval;
    private final boolean delete;
    private final Listener listener;
    private final Map<Path, Stamp> seen = new HashMap<>();
    private final Map<Path, Built> built = new HashMap<>();
    private ScheduledExecutorService timer;

    /**
     * @param dir      the folder to watch (it must exist)
     * @param ingest   where articles go
     * @param reader   how article files are read (size and line limits)
     * @param interval time between scans ({@link #DEFAULT_INTERVAL})
     * @param delete   remove the graphs of a file once it is removed
     * @param listener told of each article and each removal
     */
    public FolderWatch(
            Path dir, LiveIngest ingest, ArticleReader reader, Duration interval, boolean delete, Listener listener) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), "--watch needs a folder; no such folder");
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the interval must be positive: " + interval);
        }
        this.dir = dir;
        this.ingest = ingest;
        this.reader = reader;
        this.interval = interval;
        this.delete = delete;
        this.listener = listener;
    }

    /** Starts scanning on a thread of its own, at once and then every interval. */
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "claimgraph-watch");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(
                () -> {
                    try {
                        scan();
                    } catch (VirtualMachineError e) {
                        Logs.SERVE.error("--watch {}: stopped: {}", dir, e.toString());
                        throw e;
                    } catch (RuntimeException | Error e) {
                        // One bad scan (a file vanishing mid-walk, a full disk, a library's assertion) must not end
                        // the watch: a periodic task that throws is never run again, and silently so.
                        Logs.SERVE.warn("--watch {}: {}", dir, e.toString());
                        Logs.SERVE.debug("--watch {}", dir, e);
                    }
                },
                0,
                interval.toMillis(),
                TimeUnit.MILLISECONDS);
        Logs.SERVE.info("Watching {} every {} ms", dir, interval.toMillis());
    }

    /** One scan: builds what is ready, notes what is still being written, handles removed files. */
    public synchronized void scan() {
        List<Path> files;
        try {
            files = reader.expand(List.of(dir));
        } catch (InputException e) {
            files = List.of(); // No article file (yet), or one vanished while the folder was walked.
        }
        Set<Path> present = new HashSet<>(files);
        for (Path f : files) {
            Stamp stamp;
            try {
                stamp = new Stamp(Files.size(f), Files.getLastModifiedTime(f).toMillis());
            } catch (IOException e) {
                continue; // Removed since the walk.
            }
            Stamp before = seen.put(f, stamp);
            Built b = built.get(f);
            if (b != null && stamp.equals(b.stamp)) {
                continue;
            }
            if (ArticleReader.isJsonLines(f)) {
                jsonLines(f, stamp, b);
            } else if (stamp.equals(before)) {
                article(f, stamp, b);
            }
            // Otherwise new or still changing: built at a later scan, once it has stayed the same.
        }
        for (Path f : new ArrayList<>(seen.keySet())) {
            if (!present.contains(f)) {
                seen.remove(f);
                Built b = built.remove(f);
                int removed = 0;
                if (delete && b != null) {
                    removed = ingest.remove(notBuiltByOthers(b.graphs));
                }
                listener.removed(f, removed);
            }
        }
    }

    private void article(Path f, Stamp stamp, Built before) {
        Article a;
        try {
            a = reader.read(f, ArticleOverrides.NONE);
        } catch (InputException e) {
            Built b = before != null ? before : new Built();
            b.stamp = stamp; // Not again until the file changes.
            built.put(f, b);
            listener.ingested(f, LiveIngest.Result.rejected(f.toString(), CorpusBuild.Rejection.INPUT, e.getMessage()));
            return;
        }
        Node name = Iris.graph(a.contentHash());
        Built b = new Built();
        b.stamp = stamp;
        if (before == null && ingest.store().contains(name)) {
            b.graphs.add(name); // Built before this process started.
            built.put(f, b);
            return;
        }
        Set<Node> replaces = before == null ? Set.of() : notBuiltByOthers(before.graphs);
        LiveIngest.Result r = ingest.ingest(a, replaces);
        if (r.status() == LiveIngest.Status.REJECTED) {
            if (before != null) {
                b.graphs.addAll(before.graphs); // The earlier text stays in the store.
            }
        } else {
            b.graphs.add(name);
        }
        built.put(f, b);
        listener.ingested(f, r);
    }

    private void jsonLines(Path f, Stamp stamp, Built before) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (IOException e) {
            return; // Removed or unreadable for now: the next scan tries again.
        }
        Built b = before != null ? before : new Built();
        boolean appended = before != null
                && bytes.length >= before.consumed
                && Arrays.equals(digest(bytes, (int) before.consumed), before.digest);
        if (!appended) {
            // New, rewritten or cut: read from the start; lines stored already are found unchanged.
            b.consumed = 0;
            b.lines = 0;
        }
        int end = bytes.length;
        while (end > b.consumed && bytes[end - 1] != '\n') {
            end--;
        }
        if (end > b.consumed) {
            InputStream in = new ByteArrayInputStream(bytes, (int) b.consumed, end - (int) b.consumed);
            for (BatchItem item :
                    ArticleBatch.jsonLines(reader, f.toString(), in, b.lines + 1, ArticleOverrides.NONE)) {
                LiveIngest.Result r;
                if (item instanceof BatchItem.Read read) {
                    Node name = Iris.graph(read.article().contentHash());
                    if (before == null && ingest.store().contains(name)) {
                        b.graphs.add(name);
                        continue;
                    }
                    r = ingest.ingest(read.article());
                    r.graph().ifPresent(g -> b.graphs.add(name));
                } else {
                    BatchItem.Rejected rejected = (BatchItem.Rejected) item;
                    r = LiveIngest.Result.rejected(
                            rejected.source(),
                            CorpusBuild.Rejection.INPUT,
                            rejected.error().getMessage());
                }
                listener.ingested(f, r);
            }
            b.lines += countLines(bytes, (int) b.consumed, end);
            b.consumed = end;
            b.digest = digest(bytes, end);
        }
        // Done with the whole lines; a last line without its line feed is read once it has one.
        b.stamp = end == bytes.length ? stamp : null;
        built.put(f, b);
    }

    private Set<Node> notBuiltByOthers(Set<Node> graphs) {
        Set<Node> out = new LinkedHashSet<>(graphs);
        built.values().forEach(other -> {
            if (other.graphs != graphs) {
                out.removeAll(other.graphs);
            }
        });
        return out;
    }

    private static long countLines(byte[] bytes, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    private static byte[] digest(byte[] bytes, int length) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes, 0, length);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256", e);
        }
    }

    /** Stops scanning; a scan under way finishes its article first. */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdown();
            timer = null;
        }
    }
}

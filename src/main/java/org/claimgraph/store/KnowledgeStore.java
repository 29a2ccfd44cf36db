package org.claimgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.SchemaDO;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.map.Iris;
import org.claimgraph.sys.FileTrees;
import org.claimgraph.sys.Logs;
import org.claimgraph.validate.ShaclValidation;
import org.claimgraph.vocab.Ontology;

/**
 * The TDB2 store: one named graph per article, plus the ontology's own graph, queried through the union
 * default graph. Loading validates every graph with SHACL inside the write transaction, so that a failing
 * article aborts the whole load and the store stays as it was.
 *
 * <pre>
 * try (KnowledgeStore store = KnowledgeStore.open(Path.of("store"))) {
 *     store.load(graphs);                          // a few graphs: all or none, in one transaction
 *     StoreBatch batch = store.batch();            // a corpus: streamed, whole articles at a time
 *     batch.accept(ValidatedGraph.check(graph));
 *     batch.finish();
 * }
 * </pre>
 *
 * Graphs computed from the article graphs (the cross-article events of {@link Iris#EVENTS_GRAPH}) are the
 * business of the stages that compute them: they replace them through {@link #replaceDerivedGraph} after a load.
 */
public final class KnowledgeStore implements AutoCloseable {
    /** Environment variable naming the default store folder. */
    public static final String STORE_ENV = "CLAIMGRAPH_STORE";

    private final Path dir;
    private final DatasetGraph dsg;
    private final boolean onDisk;
    private volatile boolean serverNoted;

    private KnowledgeStore(Path dir, DatasetGraph dsg, boolean onDisk) {
        this.dir = dir;
        this.dsg = dsg;
        this.onDisk = onDisk;
    }

    /**
     * The default store folder: {@code $CLAIMGRAPH_STORE}, else {@code $XDG_DATA_HOME/claimgraph/store},
     * else {@code ~/.local/share/claimgraph/store}.
     */
    public static Path defaultDirectory() {
        String env = System.getenv(STORE_ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("claimgraph").resolve("store");
    }

    /** Opens (creating when needed) the TDB2 store in {@code dir}. */
    public static KnowledgeStore open(Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new StoreException(dir + ": exists and is not a directory");
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot create store directory: " + e.getMessage(), e);
        }
        undoInterruptedBulkLoad(dir);
        createDatabaseAtomically(dir);
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
            // Queries see every article graph at once, with no GRAPH clause needed.
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            Logs.STORE.info("Opened store {}", dir);
            return new KnowledgeStore(dir, dsg, true);
        } catch (RuntimeException e) {
            if (lockedElsewhere(dir)) {
                throw inUse(dir, e);
            }
            throw new StoreException(dir + ": cannot open TDB2 store: " + e.getMessage(), e);
        }
    }

    /** The file in which a server notes, beside TDB2's lock, the process id and the URL it serves the store at. */
    public static final String SERVER_NOTE = "claimgraph-server.txt";

    /**
     * True when another process holds the OS lock on TDB2's lock file. Asked only after TDB2 failed to open the
     * store, whose own exception is a general one ("Failed to get a lock … held by process N").
     */
    private static boolean lockedElsewhere(Path dir) {
        Path lock = dir.resolve("tdb.lock");
        if (!Files.isRegularFile(lock)) {
            return false;
        }
        try (java.nio.channels.FileChannel ch =
                java.nio.channels.FileChannel.open(lock, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock held = ch.tryLock();
            if (held == null) {
                return true;
            }
            held.release();
            return false;
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            return false; // Not ours to judge: TDB2's own message is reported.
        }
    }

    /**
     * The one-line failure for a store another process holds, with that process and, when it is a server that
     * noted it ({@link #noteServer}), the URL it serves the store at: TDB2's own message names only its lock file.
     */
    private static StoreInUseException inUse(Path dir, Throwable cause) {
        java.util.OptionalLong pid = java.util.OptionalLong.empty();
        try {
            pid = java.util.OptionalLong.of(
                    Long.parseLong(Files.readString(dir.resolve("tdb.lock")).strip()));
        } catch (IOException | NumberFormatException e) {
            // No readable process id: the message goes without it.
        }
        java.util.Optional<String> url = java.util.Optional.empty();
        try {
            String[] note = Files.readString(dir.resolve(SERVER_NOTE)).strip().split("\\s+", 2);
            if (note.length == 2 && pid.isPresent() && Long.parseLong(note[0]) == pid.getAsLong()) {
                url = java.util.Optional.of(note[1]);
            }
        } catch (IOException | NumberFormatException e) {
            // Not a server, or one that noted nothing: the process id says enough.
        }
        String who = pid.isPresent() ? " (process " + pid.getAsLong() + ")" : "";
        String message = url.isPresent()
                ? dir + ": in use by the claimgraph server at " + url.get() + who
                : dir + ": in use by another process" + who + ", such as a running 'claimgraph serve'";
        return new StoreInUseException(message, pid, url, cause);
    }

    /**
     * Notes that this process serves the store at {@code url}, so that a command that finds the store locked can
     * name the server; removed on {@link #close}. Written whole (a scratch file renamed), or not at all.
     */
    public void noteServer(String url) {
        if (!onDisk) {
            return;
        }
        Path note = dir.resolve(SERVER_NOTE);
        Path scratch = dir.resolve(SERVER_NOTE + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.writeString(scratch, ProcessHandle.current().pid() + " " + url + "\n");
            Files.move(
                    scratch,
                    note,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            serverNoted = true;
        } catch (IOException e) {
            // Only a nicer message for others is lost.
            Logs.STORE.info("{}: cannot note the server's URL: {}", dir, e.getMessage());
        }
    }

    /** A store held in memory only (TDB2's in-memory mode): for tests and benchmarks. */
    public static KnowledgeStore inMemory() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new KnowledgeStore(Path.of("(memory)"), dsg, false);
    }

    /**
     * A bulk load runs only into an empty store and leaves {@link StoreBatch#BULK_MARKER} until it has finished.
     * Found on opening, the marker says the load was interrupted (killed, power lost): the store held nothing
     * before it, so its data files are removed and the store is empty again, as before that build.
     */
    private static void undoInterruptedBulkLoad(Path dir) {
        Path marker = dir.resolve(StoreBatch.BULK_MARKER);
        if (!Files.exists(marker) || StoreBatch.bulkLoading(dir)) {
            return; // No marker, or the bulk load is running in this JVM.
        }
        // A bulk load running in another process holds TDB2's lock file (its process id): leave it alone.
        Path lock = dir.resolve("tdb.lock");
        try {
            if (Files.isRegularFile(lock)) {
                long pid = Long.parseLong(Files.readString(lock).strip());
                if (pid != ProcessHandle.current().pid()
                        && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    throw new StoreException(dir + ": a build is loading this store (process " + pid + ")");
                }
            }
        } catch (IOException | NumberFormatException e) {
            // No readable lock: no live process holds the store.
        }
        Logs.STORE.warn("{}: a bulk load into this empty store was interrupted; emptying the store again", dir);
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p) && name.startsWith("Data-")) {
                    deleteTree(p);
                }
            }
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot undo an interrupted bulk load: " + e.getMessage(), e);
        }
    }

    /**
     * TDB2 writes a new database's files one by one; a process killed in the middle leaves a folder that TDB2
     * cannot open ("Node block manager empty"). So a new database is made in a scratch folder beside the store
     * and moved in with one rename: the store folder holds either no database or a whole one.
     */
    private static void createDatabaseAtomically(Path dir) {
        try (var files = Files.list(dir)) {
            boolean hasDatabase = files.anyMatch(
                    p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"));
            if (hasDatabase) {
                return;
            }
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot list store directory: " + e.getMessage(), e);
        }
        String prefix = ".claimgraph-new-database-";
        try (var files = Files.list(dir)) {
            // Scratch folders of processes that were killed while creating.
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .toList()) {
                String pid = p.getFileName().toString().substring(prefix.length());
                boolean alive = pid.chars().allMatch(Character::isDigit)
                        && !pid.isEmpty()
                        && ProcessHandle.of(Long.parseLong(pid))
                                .map(ProcessHandle::isAlive)
                                .orElse(false);
                if (!alive) {
                    deleteTree(p);
                }
            }
            Path scratch = dir.resolve(prefix + ProcessHandle.current().pid());
            if (Files.exists(scratch)) {
                deleteTree(scratch);
            }
            DatasetGraph created = DatabaseMgr.connectDatasetGraph(scratch.toString());
            org.apache.jena.tdb2.sys.TDBInternal.expel(created);
            try (var made = Files.list(scratch)) {
                for (Path data : made.filter(p -> p.getFileName().toString().startsWith("Data-"))
                        .toList()) {
                    Files.move(data, dir.resolve(data.getFileName()), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
            }
            deleteTree(scratch);
        } catch (IOException | RuntimeException e) {
            throw new StoreException(dir + ": cannot create a TDB2 store: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path p) {
        FileTrees.deleteRecursively(p);
    }

    /** True for a store in a folder (not {@link #inMemory()}). */
    public boolean onDisk() {
        return onDisk;
    }

    /**
     * A batch that streams article graphs into this store: Jena's bulk loader when the store holds nothing,
     * write transactions of whole articles otherwise (see {@link StoreBatch}). One batch at a time.
     */
    public StoreBatch batch() {
        return new StoreBatch(this, true, StoreBatch.DEFAULT_COMMIT_TRIPLES);
    }

    /**
     * A batch with its mode and transaction size given: {@code allowBulk} false always uses transactions;
     * {@code commitTriples} bounds the triples of one write transaction (whole articles always).
     */
    public StoreBatch batch(boolean allowBulk, int commitTriples) {
        return new StoreBatch(this, allowBulk, commitTriples);
    }

    /**
     * Replaces a graph that is computed from the article graphs (the cross-article events, say) in one write
     * transaction, so that readers see the old or the new one whole; left untouched when its content is the
     * same, so that an unchanged corpus costs no write.
     *
     * @param name    the derived graph
     * @param compute reads the dataset (inside the transaction) and returns its result
     * @param content the triples of the derived graph, taken from that result
     * @return what {@code compute} returned
     */
    public <T> T replaceDerivedGraph(Node name, Function<DatasetGraph, T> compute, Function<T, Graph> content) {
        return Txn.calculateWrite(dsg, () -> {
            T result = compute.apply(dsg);
            Graph fresh = content.apply(result);
            Graph stored = dsg.getGraph(name);
            boolean same = stored.size() == fresh.size()
                    && fresh.find().filterDrop(stored::contains).toList().isEmpty();
            if (!same) {
                dsg.removeGraph(name);
                fresh.find().forEach(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
                Logs.STORE.info("Replaced {} ({} triples)", name.getURI(), fresh.size());
            }
            return result;
        });
    }

    /** The bundled content of a reference graph (ontology or Wikidata extract). */
    /*package*/ static Graph referenceGraph(Node g) {
        if (g.equals(Iris.ONTOLOGY_GRAPH)) {
            return Ontology.model().getGraph();
        }
        if (g.equals(Iris.WIKIDATA_GRAPH)) {
            return WikidataExtract.graph();
        }
        throw new IllegalArgumentException("not a bundled graph: " + g);
    }

    /** Inside a write transaction: the ontology and the current Wikidata extract are stored. */
    /*package*/ void ensureReferenceGraphs() {
        ensureOntology();
        ensureWikidataExtract();
    }

    /** The store folder. */
    public Path directory() {
        return dir;
    }

    /** The underlying dataset, for serving and querying. */
    public DatasetGraph dataset() {
        return dsg;
    }

    /** Sets a query timeout on the dataset's context, in milliseconds. */
    public void queryTimeout(long millis) {
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(millis));
    }

    /** True when no article has been loaded. */
    public boolean isEmpty() {
        return articleCount() == 0;
    }

    /** The number of article graphs (the ontology, Wikidata extract and links graphs are not articles). */
    public int articleCount() {
        return Txn.calculateRead(dsg, () -> {
            int n = 0;
            var it = dsg.listGraphNodes();
            while (it.hasNext()) {
                if (!Iris.isReferenceGraph(it.next())) {
                    n++;
                }
            }
            return n;
        });
    }

    /**
     * Validates and stores article graphs in one write transaction. An article already stored (same text)
     * is replaced by itself; an article whose URL is stored with another text replaces the old one. Any
     * SHACL violation aborts the transaction: nothing of this load is kept.
     *
     * @return the number of article graphs written
     */
    public int load(List<ArticleGraph> graphs) {
        for (ArticleGraph a : graphs) {
            // Validate before taking the write lock: readers are not held up by SHACL work.
            ShaclValidation.check(a.source(), a.graph());
        }
        Txn.executeWrite(dsg, () -> {
            ensureOntology();
            ensureWikidataExtract();
            for (ArticleGraph a : graphs) {
                a.url().ifPresent(u -> removeGraphsWithUrl(u, a.name()));
                dsg.removeGraph(a.name());
                dsg.addGraph(a.name(), a.graph());
                Logs.STORE.info(
                        "Stored {} ({} triples) as {}",
                        a.source(),
                        a.graph().size(),
                        a.name().getURI());
            }
        });
        return graphs.size();
    }

    private void ensureOntology() {
        if (!dsg.containsGraph(Iris.ONTOLOGY_GRAPH)
                || dsg.getGraph(Iris.ONTOLOGY_GRAPH).isEmpty()) {
            Graph onto = Ontology.model().getGraph();
            onto.find().forEach(t -> dsg.add(Iris.ONTOLOGY_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        }
    }

    /**
     * Makes sure the store holds the bundled Wikidata extract ({@link WikidataExtract}) as the graph
     * {@link Iris#WIKIDATA_GRAPH}, replacing an older version; for {@code serve} on a store built before. Cheap
     * when the graph is up to date.
     */
    public void ensureEnrichment() {
        if (Txn.calculateRead(dsg, this::wikidataExtractIsCurrent)) {
            return;
        }
        Txn.executeWrite(dsg, this::ensureWikidataExtract);
    }

    private boolean wikidataExtractIsCurrent() {
        Node g = Iris.WIKIDATA_GRAPH;
        Graph stored = dsg.getGraph(g);
        Graph bundled = WikidataExtract.graph();
        // The extract names its version in a triple; the size catches a hand-edited file with the same version.
        return dsg.containsGraph(g)
                && stored.size() == bundled.size()
                && WikidataExtract.version(stored).equals(WikidataExtract.version(bundled));
    }

    private void ensureWikidataExtract() {
        if (wikidataExtractIsCurrent()) {
            return;
        }
        dsg.removeGraph(Iris.WIKIDATA_GRAPH);
        WikidataExtract.graph()
                .find()
                .forEach(t -> dsg.add(Iris.WIKIDATA_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        Logs.STORE.info(
                "Loaded the Wikidata extract ({} triples) as {}",
                WikidataExtract.graph().size(),
                Iris.WIKIDATA_GRAPH.getURI());
    }

    /**
     * Replaces the links graph ({@link Iris#LINKS_GRAPH}) by {@code links} in one write transaction, so that a
     * failed reconciliation leaves the previous links as they were. Article graphs are not touched.
     */
    public void replaceLinks(Graph links) {
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(Iris.LINKS_GRAPH);
            if (!links.isEmpty()) {
                dsg.addGraph(Iris.LINKS_GRAPH, links);
            }
            Logs.STORE.info("Stored {} link triples in {}", links.size(), Iris.LINKS_GRAPH.getURI());
        });
    }

    /**
     * What storing one article did.
     *
     * @param name      the article's graph
     * @param unchanged true when the store held this graph with the same content already: nothing was written
     * @param replaced  older graphs removed because this text came from their URL
     * @param triples   triples written
     */
    public record Stored(Node name, boolean unchanged, int replaced, long triples) {}

    /**
     * Stores one validated article in a write transaction of its own, with the update of what is derived from the
     * articles in the same transaction: readers see the store before or after, never half. An article stored with
     * the same content already is left untouched; an older text from the same URL is replaced.
     *
     * @param valid   the article graph, checked against the shapes
     * @param derived keeps the derived graphs in step ({@link DerivedUpdate#NONE} for none)
     */
    public Stored store(org.claimgraph.validate.ValidatedGraph valid, DerivedUpdate derived) {
        return store(valid, java.util.Set.of(), derived);
    }

    /**
     * {@link #store(org.claimgraph.validate.ValidatedGraph, DerivedUpdate)}, also replacing the graphs
     * {@code replaces} (an earlier version of the same file, say) in the same transaction.
     */
    public Stored store(
            org.claimgraph.validate.ValidatedGraph valid, java.util.Set<Node> replaces, DerivedUpdate derived) {
        ArticleGraph a = valid.article();
        return Txn.calculateWrite(dsg, () -> {
            ensureReferenceGraphs();
            List<Node> stale =
                    new ArrayList<>(a.url().map(u -> graphsWithUrl(u, a.name())).orElse(List.of()));
            for (Node g : replaces) {
                if (!g.equals(a.name()) && !stale.contains(g) && dsg.containsGraph(g)) {
                    stale.add(g);
                }
            }
            boolean same = sameContent(dsg, a.name(), a.graph());
            if (same && stale.isEmpty()) {
                return new Stored(a.name(), true, 0, 0);
            }
            java.util.Set<Node> leaving = new java.util.LinkedHashSet<>(stale);
            if (!same && dsg.containsGraph(a.name())) {
                leaving.add(a.name());
            }
            DerivedUpdate.AfterChange after = derived.before(dsg, java.util.Set.copyOf(leaving));
            for (Node g : stale) {
                Logs.STORE.info(
                        "Replacing {}: same URL {}, new text",
                        g.getURI(),
                        a.url().orElse(""));
                dsg.removeGraph(g);
            }
            if (!same) {
                dsg.removeGraph(a.name());
                a.graph().find().forEach(t -> dsg.add(a.name(), t.getSubject(), t.getPredicate(), t.getObject()));
                Logs.STORE.info(
                        "Stored {} ({} triples) as {}",
                        a.source(),
                        a.graph().size(),
                        a.name().getURI());
            }
            after.after(same ? java.util.Set.of() : java.util.Set.of(a.name()));
            return new Stored(a.name(), same, stale.size(), same ? 0 : a.graph().size());
        });
    }

    /**
     * Removes article graphs in one write transaction, with the update of what is derived from them in the same
     * transaction; names that are not stored article graphs are ignored.
     *
     * @return the number of graphs removed
     */
    public int removeArticles(java.util.Collection<Node> names, DerivedUpdate derived) {
        return Txn.calculateWrite(dsg, () -> {
            java.util.Set<Node> leaving = new java.util.LinkedHashSet<>();
            for (Node g : names) {
                if (Iris.isArticleGraph(g) && dsg.containsGraph(g)) {
                    leaving.add(g);
                }
            }
            if (leaving.isEmpty()) {
                return 0;
            }
            DerivedUpdate.AfterChange after = derived.before(dsg, java.util.Set.copyOf(leaving));
            leaving.forEach(g -> {
                Logs.STORE.info("Removing {}", g.getURI());
                dsg.removeGraph(g);
            });
            after.after(java.util.Set.of());
            return leaving.size();
        });
    }

    /** True when the store holds an article graph of this name; for callers that skip work already done. */
    public boolean contains(Node name) {
        return Txn.calculateRead(dsg, () -> dsg.containsGraph(name));
    }

    /** True when the store holds an article graph of this name whose {@code schema:url} is {@code url}. */
    public boolean contains(Node name, String url) {
        Node urlNode = NodeFactory.createURI(url.strip());
        return Txn.calculateRead(dsg, () -> dsg.contains(name, Node.ANY, SchemaDO.url.asNode(), urlNode));
    }

    /**
     * True when an article graph gives this URL as its {@code schema:url}; for callers that skip fetching a page
     * stored already (news feeds).
     */
    public boolean containsUrl(String url) {
        return Txn.calculateRead(dsg, () -> !graphsWithUrl(url, Node.ANY).isEmpty());
    }

    /** True when the store holds exactly this graph under this name already; inside a transaction. */
    /*package*/ static boolean sameContent(DatasetGraph dsg, Node name, Graph graph) {
        if (!dsg.containsGraph(name)) {
            return false;
        }
        Graph stored = dsg.getGraph(name);
        if (stored.size() != graph.size()) {
            return false;
        }
        for (var it = graph.find(); it.hasNext(); ) {
            if (!stored.contains(it.next())) {
                return false;
            }
        }
        return true;
    }

    /** Inside a transaction: the article graphs with this URL but another name. */
    private List<Node> graphsWithUrl(String url, Node keep) {
        Node urlNode = NodeFactory.createURI(url.strip());
        List<Node> stale = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, SchemaDO.url.asNode(), urlNode).forEachRemaining(q -> {
            if (!q.getGraph().equals(keep) && !Quad.isDefaultGraph(q.getGraph()) && !stale.contains(q.getGraph())) {
                stale.add(q.getGraph());
            }
        });
        return stale;
    }

    /** Inside a write transaction: removes article graphs with this URL but another name; returns how many. */
    /*package*/ int removeGraphsWithUrl(String url, Node keep) {
        List<Node> stale = graphsWithUrl(url, keep);
        for (Node g : stale) {
            Logs.STORE.info("Replacing {}: same URL {}, new text", g.getURI(), url);
            dsg.removeGraph(g);
        }
        return stale.size();
    }

    /** Runs a read action in a read transaction. */
    public <T> T read(java.util.function.Supplier<T> action) {
        return Txn.calculateRead(dsg, action);
    }

    @Override
    public void close() {
        if (serverNoted) {
            try {
                Files.deleteIfExists(dir.resolve(SERVER_NOTE));
            } catch (IOException e) {
                Logs.STORE.info("{}: cannot remove {}: {}", dir, SERVER_NOTE, e.getMessage());
            }
            serverNoted = false;
        }
        // TDB2 keeps one connection per folder for the JVM; expel it so the folder is released (and can be
        // reopened or deleted) once this store is closed.
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    }
}

package org.claimgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SchemaDO;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.map.Iris;

/**
 * Article graphs read back from N-Quads, as {@code claimgraph extract --format nq} writes them (each article's
 * quads together): one {@link ArticleGraph} per run of quads of one article graph, with its {@code schema:url}.
 * Quads of other graphs (the ontology, the Wikidata extract, the events graph, which the store makes itself)
 * and of the default graph are skipped. The file (plain, or gzipped when its name ends in {@code .gz}) is parsed
 * on a thread of its own into a bounded queue, so that memory stays flat however large it is; a syntax error
 * ends the iteration with a {@link StoreException} naming the file and line.
 *
 * <pre>
 * CorpusBuild.Summary s = build.load(new NQuadsArticles(Path.of("corpus.nq")), store.batch());
 * </pre>
 */
public final class NQuadsArticles implements Iterator<ArticleGraph> {
    private static final ArticleGraph END =
            new ArticleGraph("", Iris.ONTOLOGY_GRAPH, GraphFactory.createGraphMem(), Optional.empty());

    private final Path file;
    private final BlockingQueue<ArticleGraph> queue = new ArrayBlockingQueue<>(64);
    private volatile RuntimeException failure;
    private ArticleGraph next;

    /** Starts parsing {@code file} in the background. */
    public NQuadsArticles(Path file) {
        this.file = file;
        Thread parser = new Thread(this::parse, "claimgraph-nquads-reader");
        parser.setDaemon(true);
        parser.start();
    }

    private void parse() {
        StreamRDF grouper = new StreamRDFBase() {
            Node current;
            Graph graph;
            String url;

            @Override
            public void quad(Quad q) {
                if (!Iris.isArticleGraph(q.getGraph())) {
                    return;
                }
                if (!q.getGraph().equals(current)) {
                    flush();
                    current = q.getGraph();
                    graph = GraphFactory.createDefaultGraph();
                    url = null;
                }
                graph.add(q.asTriple());
                if (q.getPredicate().equals(SchemaDO.url.asNode())
                        && q.getObject().isURI()) {
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
                            file + " (" + current.getURI() + ")", current, graph, Optional.ofNullable(url)));
                    current = null;
                }
            }
        };
        // RDFParser.source(Path) reads the bytes as they are: a gzipped file is unpacked here.
        try (InputStream in = file.getFileName().toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file), 1 << 16)
                : Files.newInputStream(file)) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(grouper);
        } catch (IOException e) {
            failure = new StoreException(file + ": cannot read: " + e.getMessage(), e);
        } catch (RiotException e) {
            failure = new StoreException(file + ": not valid N-Quads: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            failure = new StoreException(file + ": cannot read: " + e.getMessage(), e);
        } finally {
            put(END);
        }
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
        if (next == END && failure != null) {
            throw failure;
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

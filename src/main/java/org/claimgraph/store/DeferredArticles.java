package org.claimgraph.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.map.ArticleGraph;

/**
 * Articles a bulk load puts off until the loader has finished (possible repeats of a name or URL), kept in a
 * temporary file rather than in memory: a corpus may repeat itself without bound. Read back in the order they
 * came, one article at a time.
 */
/*package*/ final class DeferredArticles implements AutoCloseable {
    private final Path file;
    private final DataOutputStream out;
    private DataInputStream in;
    private long count;

    DeferredArticles() {
        try {
            file = Files.createTempFile("claimgraph-deferred-", ".bin");
            file.toFile().deleteOnExit();
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
        } catch (IOException e) {
            throw new StoreException("cannot create a temporary file for a bulk load's repeats: " + e.getMessage(), e);
        }
    }

    /** Articles put off so far. */
    long count() {
        return count;
    }

    void add(ArticleGraph a) {
        ByteArrayOutputStream triples = new ByteArrayOutputStream();
        RDFDataMgr.write(triples, a.graph(), Lang.NTRIPLES);
        try {
            string(a.source());
            string(a.name().getURI());
            string(a.url().orElse(""));
            out.writeBoolean(a.url().isPresent());
            out.writeInt(triples.size());
            triples.writeTo(out);
            count++;
        } catch (IOException e) {
            throw new StoreException(file + ": cannot keep an article for after the bulk load: " + e.getMessage(), e);
        }
    }

    private void string(String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** The articles in the order they were added; the file is closed for writing. */
    Iterator<ArticleGraph> read() {
        try {
            out.close();
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)));
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read back a bulk load's repeats: " + e.getMessage(), e);
        }
        return new Iterator<>() {
            private long left = count;

            @Override
            public boolean hasNext() {
                return left > 0;
            }

            @Override
            public ArticleGraph next() {
                if (left == 0) {
                    throw new NoSuchElementException();
                }
                left--;
                try {
                    String source = string(in);
                    String name = string(in);
                    String url = string(in);
                    boolean hasUrl = in.readBoolean();
                    byte[] triples = in.readNBytes(in.readInt());
                    Graph g = GraphFactory.createDefaultGraph();
                    RDFParser.source(new ByteArrayInputStream(triples))
                            .lang(Lang.NTRIPLES)
                            .parse(g);
                    return new ArticleGraph(
                            source, NodeFactory.createURI(name), g, hasUrl ? Optional.of(url) : Optional.empty());
                } catch (IOException e) {
                    throw new StoreException(file + ": cannot read back a bulk load's repeats: " + e.getMessage(), e);
                }
            }
        };
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw new EOFException("truncated record");
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            out.close();
            if (in != null) {
                in.close();
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot remove: " + e.getMessage(), e);
        }
    }
}

package org.claimgraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.ingest.Article;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.map.Iris;
import org.claimgraph.sys.ClaimgraphException;
import org.claimgraph.sys.Hashes;
import org.claimgraph.sys.Logs;
import org.claimgraph.sys.Version;

/**
 * Keeps extraction results on disk, one gzipped N-Triples file per article, keyed by everything the result
 * depends on: the claimgraph version and build, the text, the publication date, the URL and the title. A second build of
 * the same corpus then skips the NLP, which is by far the slowest stage. A file is written to a temporary name
 * and moved into place, so a killed build never leaves half a file; a write that fails (a full disk) is one
 * warning, and the article goes on; an unreadable file is extracted again.
 *
 * <pre>
 * Function&lt;Article, ArticleGraph&gt; extract = ExtractionCache.wrap(Path.of("cache"), pipeline::process);
 * </pre>
 */
public final class ExtractionCache {
    private ExtractionCache() {}

    /** Wraps an extractor: answers from {@code dir} when it can, else extracts and stores the result there. */
    public static Function<Article, ArticleGraph> wrap(Path dir, Function<Article, ArticleGraph> extractor) {
        return wrap(dir, extractor, "", Files::newOutputStream);
    }

    /**
     * The same for an extractor that a setting changes ({@code "min-confidence=0.9"}): its results are kept apart
     * from those of other settings.
     */
    public static Function<Article, ArticleGraph> wrap(
            Path dir, Function<Article, ArticleGraph> extractor, String setting) {
        return wrap(dir, extractor, setting, Files::newOutputStream);
    }

    /** Opens the file a cache entry is written to; tests give one that fails as a full disk does. */
    /*package*/ interface Opener {
        OutputStream open(Path file) throws IOException;
    }

    /*package*/ static Function<Article, ArticleGraph> wrap(
            Path dir, Function<Article, ArticleGraph> extractor, Opener opener) {
        return wrap(dir, extractor, "", opener);
    }

    private static Function<Article, ArticleGraph> wrap(
            Path dir, Function<Article, ArticleGraph> extractor, String setting, Opener opener) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CacheException(dir + ": cannot create the extraction cache: " + e.getMessage(), e);
        }
        return article -> {
            Path file = file(dir, article, setting);
            if (Files.isRegularFile(file)) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    Graph g = GraphFactory.createDefaultGraph();
                    RDFParser.source(in).lang(Lang.NTRIPLES).parse(g);
                    return new ArticleGraph(article.source(), Iris.graph(article.contentHash()), g, article.url());
                } catch (IOException | RuntimeException e) {
                    Logs.EXTRACT.warn("{}: unreadable cache entry, extracting again ({})", file, e.getMessage());
                }
            }
            ArticleGraph g = extractor.apply(article);
            put(file, g.graph(), opener);
            return g;
        };
    }

    /** Stores a graph as the cached result for an article (as {@link #wrap} does after extracting). */
    public static void put(Path dir, Article article, Graph graph) {
        put(file(dir, article), graph, Files::newOutputStream);
    }

    private static void put(Path file, Graph graph, Opener opener) {
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            // A name no other thread or process uses; the ".tmp" ending is never read as an entry.
            tmp = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp");
            try (OutputStream out = new GZIPOutputStream(opener.open(tmp))) {
                RDFDataMgr.write(out, graph, Lang.NTRIPLES);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeIOException | UncheckedIOException e) {
            // A cache that cannot be written only costs time: the article was extracted, so it goes on. Jena's
            // writer reports a failed write (a full disk) as its own unchecked RuntimeIOException.
            Logs.EXTRACT.warn("{}: cannot write the extraction cache ({})", file, ClaimgraphException.rootMessage(e));
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException cleanup) {
                    Logs.EXTRACT.debug("{}: cannot remove ({})", tmp, cleanup.toString());
                }
            }
        }
    }

    /** The cache file of an article. */
    public static Path file(Path dir, Article article) {
        return file(dir, article, "");
    }

    /** The cache file of an article extracted under a setting (none: the plain extractor's file). */
    private static Path file(Path dir, Article article, String setting) {
        String build = setting.isEmpty() ? extractorBuild() : extractorBuild() + "+" + setting;
        return dir.resolve(key(article, build) + ".nt.gz");
    }

    /** SHA-256 over the version, the build and every input of the extraction. */
    static String key(Article a) {
        return key(a, extractorBuild());
    }

    private static String extractorBuild() {
        return Version.get() + "+" + Version.build();
    }

    /** The key of an article's result from the extractor identified by {@code extractorBuild}. */
    static String key(Article a, String extractorBuild) {
        // Each field is written with its length, and a missing one as '-', so no field's content can pass for a
        // field boundary: joined with line breaks, a title "A\nB" and text "C" made the same key as title "A" and
        // text "B\nC", and the second article was answered with the first one's graph.
        StringBuilder k = new StringBuilder();
        field(k, Optional.of(extractorBuild));
        field(k, a.published().map(Object::toString));
        field(k, a.url());
        field(k, a.title());
        field(k, Optional.of(a.text()));
        return Hashes.sha256Hex(k.toString());
    }

    private static void field(StringBuilder k, Optional<String> value) {
        if (value.isEmpty()) {
            k.append('-');
        } else {
            k.append(value.get().length()).append(':').append(value.get());
        }
    }
}

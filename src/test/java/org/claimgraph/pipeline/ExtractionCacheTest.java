package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.LogCapture;
import org.claimgraph.TestSupport;
import org.claimgraph.ingest.Article;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.map.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionCacheTest {
    @Test
    void aSecondExtractionOfTheSameArticleComesFromTheCache(@TempDir Path dir) {
        Article a = TestSupport.article("Olaf Scholz visited Kyiv on Thursday.", "2023-04-20");
        AtomicInteger runs = new AtomicInteger();
        Function<Article, ArticleGraph> extract = ExtractionCache.wrap(dir, article -> {
            runs.incrementAndGet();
            return ArticlePipeline.bundled().process(article);
        });
        ArticleGraph first = extract.apply(a);
        ArticleGraph second = extract.apply(a);
        assertEquals(1, runs.get(), "the second answer came from the cache");
        assertEquals(first.name(), second.name());
        assertEquals(true, first.graph().isIsomorphicWith(second.graph()));
    }

    @Test
    void anotherBuildOfTheExtractorDoesNotShareResults() {
        Article a = TestSupport.article("Olaf Scholz visited Kyiv on Thursday.", "2023-04-20");
        assertNotEquals(
                ExtractionCache.key(a, "0.1.0-SNAPSHOT+20261128T070000.000Z"),
                ExtractionCache.key(a, "0.1.0-SNAPSHOT+20261128T080000.000Z"));
        assertNotEquals(
                ExtractionCache.key(a),
                ExtractionCache.key(TestSupport.article("Olaf Scholz visited Kyiv on Friday.", "2023-04-20")));
    }

    @Test
    void fieldsHoldingLineBreaksDoNotMakeTwoArticlesShareAKey() {
        // Joined with line breaks, these two were the same string: the break moved from the title into the text.
        Article titled = new Article(
                "a", "Scholz visited Kyiv.", Optional.empty(), Optional.empty(), Optional.of("Visit\nKyiv"));
        Article untitled = new Article(
                "b", "Kyiv\nScholz visited Kyiv.", Optional.empty(), Optional.empty(), Optional.of("Visit"));
        assertNotEquals(ExtractionCache.key(titled, "build"), ExtractionCache.key(untitled, "build"));
        // And a URL that is missing is not a URL that is empty, nor a line break in the next field.
        Article noUrl = new Article("c", "Text.", Optional.empty(), Optional.empty(), Optional.of("T"));
        Article urlThenTitle = new Article("d", "Text.", Optional.empty(), Optional.of("T"), Optional.empty());
        assertNotEquals(ExtractionCache.key(noUrl, "build"), ExtractionCache.key(urlThenTitle, "build"));
        Article emptyUrl = new Article("e", "Text.", Optional.empty(), Optional.of(""), Optional.of("T"));
        assertNotEquals(ExtractionCache.key(noUrl, "build"), ExtractionCache.key(emptyUrl, "build"));
        Article newlineBuild = new Article("f", "Text.", Optional.empty(), Optional.empty(), Optional.empty());
        assertNotEquals(
                ExtractionCache.key(newlineBuild, "build\n2023-04-20"),
                ExtractionCache.key(newlineBuild.withPublished(LocalDate.parse("2023-04-20")), "build"));
    }

    /** A stream that takes {@code room} bytes and then fails as a write to a full disk does. */
    private static OutputStream fullDisk(OutputStream out, int room) {
        return new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (written++ >= room) {
                    throw new IOException("No space left on device");
                }
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = 0; i < len; i++) {
                    write(b[off + i]);
                }
            }
        };
    }

    @Test
    void aFullDiskWhileCachingKeepsTheArticleAndLeavesNoPartFile(@TempDir Path dir) throws IOException {
        Article a = TestSupport.article("Olaf Scholz visited Kyiv on Thursday.", "2023-04-20");
        // Random literals, so that gzip writes while Jena's writer is still writing the graph.
        Graph g = GraphFactory.createDefaultGraph();
        Random random = new Random(1);
        for (int i = 0; i < 5_000; i++) {
            g.add(
                    NodeFactory.createURI("urn:test:s" + i),
                    RDFS.label.asNode(),
                    NodeFactory.createLiteralString(
                            Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong())));
        }
        ArticleGraph extracted = new ArticleGraph("test", Iris.graph(a.contentHash()), g, Optional.empty());
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(whole)) {
            RDFDataMgr.write(out, g, Lang.NTRIPLES);
        }
        // The disk fills in the middle of the graph (Jena's writer raises its own RuntimeIOException), or in the
        // gzip trailer written when the file is closed (an IOException).
        for (int room : new int[] {4_000, whole.size() - 4}) {
            Path cache = dir.resolve("room-" + room);
            try (LogCapture logs = LogCapture.start()) {
                ArticleGraph answer = ExtractionCache.wrap(
                                cache, article -> extracted, file -> fullDisk(Files.newOutputStream(file), room))
                        .apply(a);
                assertSame(extracted, answer, "the extracted article is kept");
                List<String> warnings = logs.lines().stream()
                        .filter(l -> l.startsWith("WARN claimgraph."))
                        .toList();
                assertEquals(1, warnings.size(), () -> "one warning: " + logs.lines());
                assertTrue(warnings.get(0).contains("cannot write the extraction cache"), warnings.get(0));
            }
            try (Stream<Path> files = Files.list(cache)) {
                assertEquals(List.of(), files.toList(), "no cache file and no part of one is left");
            }
            AtomicInteger runs = new AtomicInteger();
            ExtractionCache.wrap(cache, article -> {
                        runs.incrementAndGet();
                        return extracted;
                    })
                    .apply(a);
            assertEquals(1, runs.get(), "a later build extracts again instead of reading a broken entry");
        }
    }
}

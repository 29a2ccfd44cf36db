package org.claimgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimgraph.extract.Extraction;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleOverrides;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.pipeline.ArticlePipeline;
import org.claimgraph.store.KnowledgeStore;

/** Shared fixtures: the example article and its extraction, computed once per test JVM. */
public final class TestSupport {
    /** The example article shipped in {@code examples/} (the seed text with its publication date). */
    public static final Path EXAMPLE = Path.of("examples", "nato-chief-visits-kyiv.txt");

    private static Extraction seedExtraction;
    private static ArticleGraph seedGraph;

    private TestSupport() {}

    public static synchronized ArticlePipeline pipeline() {
        return ArticlePipeline.bundled();
    }

    public static Article example() {
        return ArticleReader.defaults().read(EXAMPLE, ArticleOverrides.NONE);
    }

    public static synchronized Extraction exampleExtraction() {
        if (seedExtraction == null) {
            seedExtraction = pipeline().extract(example());
        }
        return seedExtraction;
    }

    public static synchronized ArticleGraph exampleGraph() {
        if (seedGraph == null) {
            seedGraph = pipeline().process(example());
        }
        return seedGraph;
    }

    /** An in-memory TDB2 store holding the given article graphs and the ontology, as {@code build} makes it. */
    public static KnowledgeStore storeWith(ArticleGraph... graphs) {
        KnowledgeStore store = KnowledgeStore.inMemory();
        store.load(java.util.List.of(graphs));
        org.claimgraph.pipeline.CorpusEventsRefresh.refresh(store);
        return store;
    }

    /** An article from text, published on the given date. */
    public static Article article(String text, String published) {
        return Article.of("test", text, published == null ? null : java.time.LocalDate.parse(published));
    }

    public static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

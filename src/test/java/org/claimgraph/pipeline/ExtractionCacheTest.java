package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.claimgraph.TestSupport;
import org.claimgraph.ingest.Article;
import org.claimgraph.map.ArticleGraph;
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
}

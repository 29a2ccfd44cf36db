package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.claimgraph.TestSupport;
import org.claimgraph.ingest.Article;
import org.claimgraph.store.ArticleGraph;
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
}

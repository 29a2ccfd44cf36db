package org.claimgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.claimgraph.FeedServer;
import org.claimgraph.TestSupport;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.ingest.feed.FeedClient;
import org.claimgraph.ingest.feed.FeedReader;
import org.claimgraph.store.KnowledgeStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code serve --feed}: a feed with full-text items and one with links only, served from 127.0.0.1, are built
 * once and not again at the next poll; a 304 stores nothing; a bad item is reported once and not fetched again.
 */
class FeedWatchTest {
    private static final String FINLAND = FeedServer.FINLAND_ITEM;

    private FeedServer web;
    private KnowledgeStore store;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final FeedWatch.Listener listener = new FeedWatch.Listener() {
        @Override
        public void ingested(String feed, LiveIngest.Result r) {
            lines.add(r.status() + " " + r.source() + (r.error().isEmpty() ? "" : ": " + r.error()));
        }

        @Override
        public void polled(String feed, boolean notModified, int items, int known) {
            lines.add(notModified ? "304 " + feed : "polled " + items + " known " + known);
        }

        @Override
        public void failed(String feed, String message) {
            lines.add("failed " + message);
        }
    };

    @BeforeEach
    void start() throws Exception {
        web = new FeedServer();
        store = KnowledgeStore.inMemory();
    }

    @AfterEach
    void stop() {
        store.close();
        web.close();
    }

    private FeedWatch watch(String... feeds) {
        FeedReader reader = new FeedReader(
                new FeedClient(Duration.ZERO, Duration.ofSeconds(5), Duration.ofSeconds(5), 1 << 20),
                ArticleReader.defaults());
        LiveIngest ingest = new LiveIngest(store, TestSupport.pipeline()::process, 1);
        return new FeedWatch(List.of(feeds), reader, ingest, FeedWatch.MIN_INTERVAL, listener);
    }

    @Test
    void fullTextAndLinkOnlyFeedsAreBuiltOnceAndNotAgainAtTheNextPoll() {
        web.servesFullTextAndLinkOnlyFeeds();
        try (FeedWatch watch = watch(web.url("/full"), web.url("/links"))) {
            watch.poll();
            assertEquals(2, store.articleCount(), lines.toString());
            assertEquals(1, web.count("/montenegro"));

            // The feeds change (new ETags), their items do not: nothing is fetched or extracted again.
            web.put("/full", "application/rss+xml", FeedServer.rss(FINLAND) + "\n");
            web.put(
                    "/links",
                    "application/rss+xml",
                    FeedServer.rss("<item><link>" + web.url("/montenegro")
                                    + "</link><pubDate>Tue, 06 Jun 2017 09:00:00 GMT</pubDate></item>")
                            + "\n");
            lines.clear();
            watch.poll();
            assertEquals(List.of("polled 1 known 1", "polled 1 known 1"), lines);
            assertEquals(1, web.count("/montenegro"), "a stored page is not fetched again");
            assertEquals(2, store.articleCount());
        }
    }

    @Test
    void aNotModifiedFeedStoresNothing() {
        web.put("/full", "application/rss+xml", FeedServer.rss(FINLAND));
        try (FeedWatch watch = watch(web.url("/full"))) {
            watch.poll();
            assertEquals(1, store.articleCount());
            lines.clear();
            watch.poll();
            assertEquals(List.of("304 " + web.url("/full")), lines);
            assertTrue(web.requests().get(1).ifNoneMatch() != null);
            assertEquals(1, store.articleCount());
        }
    }

    @Test
    void aBadItemIsOneLineOnceAndAFailingFeedDoesNotStopTheOthers() {
        web.put(
                "/full",
                "application/rss+xml",
                FeedServer.rss("<item><title>Gone</title><link>" + web.url("/gone") + "</link></item>", FINLAND));
        try (FeedWatch watch = watch(web.url("/down"), web.url("/full"))) {
            watch.poll();
            assertEquals(
                    List.of(
                            "failed " + web.url("/down") + ": HTTP 404 (expected 200)",
                            "polled 2 known 0",
                            "REJECTED " + web.url("/gone") + ": HTTP 404 (expected 200)",
                            "STORED http://127.0.0.1/finland"),
                    lines);
            web.put(
                    "/full",
                    "application/rss+xml",
                    FeedServer.rss("<item><title>Gone</title><link>" + web.url("/gone") + "</link></item>", FINLAND)
                            + "\n");
            watch.poll();
            assertEquals(1, web.count("/gone"), "a rejected item is not fetched at every poll");
        }
    }

    @Test
    void theSameTextStoredWithoutTheItemsUrlIsBuiltAgainWithIt() {
        web.put("/full", "application/rss+xml", FeedServer.rss(FINLAND));
        try (FeedWatch watch = watch(web.url("/full"))) {
            new LiveIngest(store, TestSupport.pipeline()::process, 1)
                    .ingest(Article.of(
                            "finland.txt", "Finland joined NATO on April 4, 2023.", LocalDate.of(2023, 4, 5)));
            assertFalse(store.containsUrl("http://127.0.0.1/finland"));
            watch.poll();
            assertEquals(List.of("polled 1 known 0", "STORED http://127.0.0.1/finland"), lines);
            assertTrue(store.containsUrl("http://127.0.0.1/finland"));
            assertEquals(1, store.articleCount(), "one text, one graph: now with the feed's URL");
        }
    }

    @Test
    void pollingMoreThanOnceAMinuteIsRefused() {
        FeedReader reader = new FeedReader(FeedClient.defaults(), ArticleReader.defaults());
        LiveIngest ingest = new LiveIngest(store, TestSupport.pipeline()::process, 1);
        assertThrows(
                IllegalArgumentException.class,
                () -> new FeedWatch(List.of(web.url("/x")), reader, ingest, Duration.ofSeconds(30), listener));
    }
}

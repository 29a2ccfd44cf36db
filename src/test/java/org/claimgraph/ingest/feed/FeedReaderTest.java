package org.claimgraph.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.FeedServer;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.ingest.BatchItem;
import org.claimgraph.ingest.InputException;
import org.claimgraph.sys.Version;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RSS and Atom from a local server: full-text items, link-only items read from their pages, politeness. */
class FeedReaderTest {
    static final String FULL_TEXT_ITEM = "<item><title>Denmark pledges tanks</title>"
            + "<link>http://127.0.0.1/denmark</link><pubDate>Thu, 20 Apr 2023 10:00:00 GMT</pubDate>"
            + "<description>A teaser only.</description><content:encoded><![CDATA[<p>Denmark pledged 20 tanks to "
            + "Ukraine on Wednesday, its defence minister said.</p>\n<p>More would follow later in the "
            + "year.</p>]]></content:encoded></item>";

    private FeedServer web;
    private FeedReader feeds;

    @BeforeEach
    void start() throws Exception {
        web = new FeedServer();
        // No gap: these tests count requests, and the spacing has a test of its own.
        feeds = new FeedReader(
                new FeedClient(Duration.ZERO, Duration.ofSeconds(5), Duration.ofSeconds(5), 1 << 20),
                ArticleReader.defaults());
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private List<BatchItem> all(FeedReader.Poll poll) {
        List<BatchItem> out = new ArrayList<>();
        feeds.articles(poll.items()).forEach(out::add);
        return out;
    }

    private static Article read(BatchItem item) {
        return assertInstanceOf(BatchItem.Read.class, item, item.toString()).article();
    }

    @Test
    void aFullTextItemIsItsContentWithDateLinkAndTitle() {
        web.put("/rss", "application/rss+xml", FeedServer.rss(FULL_TEXT_ITEM));
        FeedReader.Poll poll = feeds.poll(web.url("/rss"));
        Article a = read(all(poll).get(0));
        assertEquals(
                "Denmark pledged 20 tanks to Ukraine on Wednesday, its defence minister said.\n\n"
                        + "More would follow later in the year.",
                a.text(),
                "paragraphs kept, the teaser not taken");
        assertEquals(Optional.of(LocalDate.of(2023, 4, 20)), a.published());
        assertEquals(Optional.of("http://127.0.0.1/denmark"), a.url());
        assertEquals(Optional.of("Denmark pledges tanks"), a.title());
        assertEquals(1, web.requests().size(), "the feed only: no page is fetched for a full-text item");
    }

    @Test
    void anAtomEntryGivesItsContent() {
        web.put(
                "/atom",
                "application/atom+xml",
                "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                        + "<title>T</title><id>urn:x</id><updated>2023-04-05T00:00:00Z</updated>"
                        + "<entry><title>Finland joins</title><link href=\"/finland\"/><id>urn:y</id>"
                        + "<published>2023-04-05T08:00:00Z</published><updated>2023-04-05T08:00:00Z</updated>"
                        + "<content type=\"html\">&lt;p&gt;Finland joined NATO on April 4, 2023.&lt;/p&gt;</content>"
                        + "</entry></feed>");
        Article a = read(all(feeds.poll(web.url("/atom"))).get(0));
        assertEquals("Finland joined NATO on April 4, 2023.", a.text());
        assertEquals(Optional.of(web.url("/finland")), a.url(), "a relative link is made absolute");
        assertEquals(Optional.of(LocalDate.of(2023, 4, 5)), a.published());
    }

    @Test
    void aLinkOnlyItemIsTheMainTextOfItsPage() {
        web.put(
                        "/rss",
                        "application/rss+xml",
                        FeedServer.rss("<item><title>Montenegro joins</title><link>" + web.url("/montenegro")
                                + "</link><pubDate>Tue, 06 Jun 2017 09:00:00 GMT</pubDate></item>"))
                .put(
                        "/montenegro",
                        "text/html; charset=utf-8",
                        FeedServer.page(
                                "Montenegro joins NATO",
                                "Montenegro joined NATO on June 5, 2017, becoming the alliance's twenty-ninth member"
                                        + " after years of talks.",
                                "Its prime minister said the country had taken its place among the democracies of"
                                        + " Europe and North America."));
        Article a = read(all(feeds.poll(web.url("/rss"))).get(0));
        assertTrue(a.text().contains("Montenegro joined NATO on June 5, 2017"), a.text());
        assertTrue(a.text().contains("\n\nIts prime minister said"), a.text());
        for (String boilerplate : List.of("Home", "Subscribe today", "Cookie settings", "Copyright")) {
            assertFalse(a.text().contains(boilerplate), "navigation and footer dropped: " + a.text());
        }
        assertEquals(Optional.of(LocalDate.of(2017, 6, 6)), a.published());
        assertEquals(1, web.count("/montenegro"));
    }

    @Test
    void aBadItemIsOneRejectionAndTheOthersGoOn() {
        web.put(
                "/rss",
                "application/rss+xml",
                FeedServer.rss(
                        "<item><title>Gone</title><link>" + web.url("/gone") + "</link></item>",
                        "<item><title>Nothing</title></item>",
                        FULL_TEXT_ITEM));
        List<BatchItem> items = all(feeds.poll(web.url("/rss")));
        assertEquals(3, items.size());
        BatchItem.Rejected gone = assertInstanceOf(BatchItem.Rejected.class, items.get(0));
        assertEquals(
                web.url("/gone") + ": HTTP 404 (expected 200)", gone.error().getMessage());
        BatchItem.Rejected nothing = assertInstanceOf(BatchItem.Rejected.class, items.get(1));
        assertEquals(
                web.url("/rss") + " item 2: item has neither content nor a link",
                nothing.error().getMessage());
        read(items.get(2));
    }

    @Test
    void aSecondPollIsConditionalAndA304HasNoItems() {
        web.put("/rss", "application/rss+xml", FeedServer.rss(FULL_TEXT_ITEM));
        assertEquals(1, feeds.poll(web.url("/rss")).items().size());
        FeedReader.Poll again = feeds.poll(web.url("/rss"));
        assertTrue(again.notModified());
        assertTrue(again.items().isEmpty());
        List<FeedServer.Request> requests = web.requests();
        assertEquals(null, requests.get(0).ifNoneMatch());
        assertTrue(requests.get(1).ifNoneMatch() != null, "the ETag of the first answer is sent back");
    }

    @Test
    void everyRequestNamesClaimgraphAndItsVersion() {
        web.put("/rss", "application/rss+xml", FeedServer.rss(FULL_TEXT_ITEM));
        feeds.poll(web.url("/rss"));
        String agent = web.requests().get(0).userAgent();
        assertTrue(agent.startsWith("claimgraph/" + Version.get() + " ("), agent);
    }

    @Test
    void requestsToOneHostWaitForTheirTurn() {
        web.put("/a", "text/plain", "a");
        FeedClient client = new FeedClient(Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(5), 100);
        long start = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            client.get(URI.create(web.url("/a")), false);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms >= 400, "three requests to one host take at least two gaps: " + ms + " ms");
    }

    @Test
    void notAFeedIsOneLineNamingIt() {
        web.put("/page", "text/html", FeedServer.page("Not a feed", "Just a page."));
        InputException e = assertThrows(InputException.class, () -> feeds.poll(web.url("/page")));
        assertTrue(e.getMessage().startsWith(web.url("/page") + ": not an RSS or Atom feed"), e.getMessage());
        InputException missing = assertThrows(InputException.class, () -> feeds.poll(web.url("/none")));
        assertEquals(web.url("/none") + ": HTTP 404 (expected 200)", missing.getMessage());
    }
}

package org.claimgraph.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.claimgraph.ingest.ArticleOverrides;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.ingest.BatchItem;
import org.claimgraph.ingest.InputException;
import org.claimgraph.sys.HttpUrls;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome and makes their items articles: each item's link, title and
 * publication date, and its full text where the feed carries it ({@code content:encoded}, Atom {@code content}),
 * otherwise the main text of the page it links to ({@link PageText}). A feed that cannot be fetched or read is an
 * {@link InputException}; a bad item is a {@link BatchItem.Rejected} and the others go on.
 *
 * <pre>
 * FeedReader feeds = new FeedReader(FeedClient.defaults(), ArticleReader.defaults());
 * FeedReader.Poll poll = feeds.poll("https://example.org/feed.xml");
 * for (BatchItem item : feeds.articles(poll.items())) { ... }   // pages are fetched as the loop asks
 * </pre>
 *
 * A feed's description ({@code description}, Atom {@code summary}) is taken for a teaser, not the article: an
 * item without content is read from its page. Polling the same feed through one reader sends a conditional GET.
 */
public final class FeedReader {
    /**
     * What one poll of a feed found.
     *
     * @param feed        the feed's URL
     * @param notModified the feed answered 304 to a conditional GET: no items
     * @param items       its items, in the feed's order
     */
    public record Poll(String feed, boolean notModified, List<FeedItem> items) {}

    private final FeedClient client;
    private final ArticleReader reader;

    /**
     * @param client how feeds and pages are fetched
     * @param reader the checks every article passes (size, line length, date not in the future)
     */
    public FeedReader(FeedClient client, ArticleReader reader) {
        this.client = client;
        this.reader = reader;
    }

    /** Fetches and parses a feed; an {@link InputException} naming it when it cannot. */
    public Poll poll(String feedUrl) {
        URI uri = checkedUri(feedUrl);
        FeedClient.Response r = client.get(uri, true);
        if (r.notModified()) {
            return new Poll(feedUrl, true, List.of());
        }
        SyndFeed feed;
        try {
            // Lenient: a feed served as text/html or with a wrong charset is common, and XmlReader then sniffs.
            XmlReader xml = new XmlReader(
                    new ByteArrayInputStream(r.body()), r.contentType().orElse(null), true);
            feed = new SyndFeedInput().build(xml);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new InputException(feedUrl, "not an RSS or Atom feed: " + firstLine(e.getMessage()));
        }
        List<FeedItem> items = new ArrayList<>();
        int index = 0;
        for (SyndEntry entry : feed.getEntries()) {
            items.add(item(feedUrl, r.uri(), ++index, entry));
        }
        return new Poll(feedUrl, false, items);
    }

    /**
     * The items as articles, in order: an item with full text at once, one without when the iteration reaches it
     * (its page is fetched then), so that a long feed holds one page in memory at a time.
     */
    public Iterable<BatchItem> articles(List<FeedItem> items) {
        return () -> new Iterator<>() {
            private final Iterator<FeedItem> it = items.iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public BatchItem next() {
                if (!it.hasNext()) {
                    throw new NoSuchElementException();
                }
                return article(it.next());
            }
        };
    }

    /** One item as an article, or its one-line rejection. */
    public BatchItem article(FeedItem item) {
        try {
            String text = item.text().isPresent() ? item.text().get() : page(item);
            return new BatchItem.Read(reader.fromFields(
                    item.source(),
                    text,
                    item.published().map(LocalDate::toString),
                    item.link(),
                    item.title(),
                    ArticleOverrides.NONE));
        } catch (InputException e) {
            // The page's own URL is the item's source: one message, not "url: url: ...".
            return new BatchItem.Rejected(
                    e.source().equals(item.source()) ? e : new InputException(item.source(), e.getMessage()));
        }
    }

    private String page(FeedItem item) {
        String link =
                item.link().orElseThrow(() -> new InputException(item.source(), "item has neither content nor a link"));
        FeedClient.Response r = client.get(URI.create(link), false);
        return PageText.mainText(link, r.body(), r.contentType());
    }

    private static FeedItem item(String feedUrl, URI base, int index, SyndEntry entry) {
        Optional<String> link = link(base, entry);
        Optional<String> title = Optional.ofNullable(entry.getTitle())
                .map(t -> t.strip().replaceAll("\\s+", " "))
                .filter(t -> !t.isEmpty());
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        // The zone of the clock that ArticleReader checks "not in the future" against.
        Optional<LocalDate> published = Optional.ofNullable(date)
                .map(d -> d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
        Optional<String> text = Optional.empty();
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() == null || c.getValue().isBlank()) {
                continue;
            }
            String type = c.getType() == null ? "html" : c.getType().toLowerCase(Locale.ROOT);
            String t = type.equals("text") || type.equals("text/plain")
                    ? c.getValue().strip()
                    : HtmlText.ofFragment(c.getValue());
            if (!t.isBlank()) {
                text = Optional.of(t);
                break;
            }
        }
        return new FeedItem(feedUrl, index, link, title, published, text);
    }

    /** The item's link made absolute against the feed (Atom allows relative links); empty unless http(s). */
    private static Optional<String> link(URI base, SyndEntry entry) {
        String raw = entry.getLink() != null ? entry.getLink() : entry.getUri();
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            String abs = base.resolve(new URI(raw.strip())).toString();
            return HttpUrls.isAbsoluteHttp(abs) ? Optional.of(abs) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static URI checkedUri(String feedUrl) {
        if (!HttpUrls.isAbsoluteHttp(feedUrl)) {
            throw new InputException(feedUrl, "not an absolute http(s) URL");
        }
        try {
            return new URI(feedUrl);
        } catch (URISyntaxException e) {
            throw new InputException(feedUrl, "not a URL: " + e.getReason());
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}

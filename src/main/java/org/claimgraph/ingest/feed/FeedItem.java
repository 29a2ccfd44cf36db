package org.claimgraph.ingest.feed;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a feed, as the feed gives it.
 *
 * @param feed      the feed's URL
 * @param index     its place in the feed, from 1
 * @param link      the article's page: an absolute http(s) URL, when the item has one
 * @param title     its headline, when given
 * @param published its publication date (else its last update), in the local time zone, when given
 * @param text      its full text, when the feed carries it ({@code content:encoded}, Atom {@code content}),
 *                  HTML already made text; otherwise the text is the main text of {@code link}
 */
public record FeedItem(
        String feed,
        int index,
        Optional<String> link,
        Optional<String> title,
        Optional<LocalDate> published,
        Optional<String> text) {
    public FeedItem {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(text, "text");
    }

    /** Where the item came from, for messages and as its article's source: its link, else the feed and place. */
    public String source() {
        return link.orElse(feed + " item " + index);
    }
}

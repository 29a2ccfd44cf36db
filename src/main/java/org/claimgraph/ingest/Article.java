package org.claimgraph.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.claimgraph.sys.Hashes;

/**
 * One news article as read from its file: the text (front matter removed, byte-order mark stripped, line
 * ends as given) and what is known about it. All character offsets elsewhere in claimgraph point into
 * {@link #text()}.
 *
 * @param source    where it came from, for messages (a file path or a label)
 * @param text      the article text
 * @param published publication date, when known; relative dates are resolved against it
 * @param url       where it was published, when known
 * @param title     its headline, when known
 */
public record Article(
        String source, String text, Optional<LocalDate> published, Optional<String> url, Optional<String> title) {

    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
    }

    /** An article with only a text and an optional date, as tests and the API use it. */
    public static Article of(String source, String text, LocalDate published) {
        return new Article(source, text, Optional.ofNullable(published), Optional.empty(), Optional.empty());
    }

    /** SHA-256 of the text in lowercase hex: the stable key of the article's identifiers and named graph. */
    public String contentHash() {
        return Hashes.sha256Hex(text);
    }

    /** The same article with another publication date. */
    public Article withPublished(LocalDate date) {
        return new Article(source, text, Optional.ofNullable(date), url, title);
    }
}

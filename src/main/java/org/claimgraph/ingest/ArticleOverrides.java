package org.claimgraph.ingest;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Values given on the command line that win over an article's front matter.
 *
 * @param published publication date for every article read
 * @param url       source URL
 * @param title     headline
 */
public record ArticleOverrides(Optional<LocalDate> published, Optional<String> url, Optional<String> title) {
    /** No overrides: front matter decides. */
    public static final ArticleOverrides NONE =
            new ArticleOverrides(Optional.empty(), Optional.empty(), Optional.empty());

    /** Only a publication date. */
    public static ArticleOverrides published(LocalDate date) {
        return new ArticleOverrides(Optional.ofNullable(date), Optional.empty(), Optional.empty());
    }
}

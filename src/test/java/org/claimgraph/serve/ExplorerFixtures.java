package org.claimgraph.serve;

import java.time.LocalDate;
import java.util.Optional;
import org.claimgraph.TestSupport;
import org.claimgraph.ingest.Article;
import org.claimgraph.map.ArticleGraph;

/** Articles for the explorer's tests, besides the example article. */
final class ExplorerFixtures {
    /** Where the example article's Jens Stoltenberg is. */
    static final String STOLTENBERG = "https://w3id.org/claimgraph/id/entity/jens-stoltenberg";

    /** Markup in the text and the headline that must show as text, never act as markup. */
    static final String SCRIPT = "<script>alert(1)</script>";

    static final String BOLD = "<b>bold</b>";
    static final String HEADLINE = "<img src=x onerror=alert(1)> Markup & \"quotes\" in a headline";
    static final String MARKUP_TEXT = "Jens Stoltenberg visited Kyiv on Monday, officials said. " + SCRIPT
            + " The " + BOLD + " text stays text.\n"
            + "Finland joined NATO on 4 April 2023, ending decades of neutrality.\n";

    private static ArticleGraph markup;

    private ExplorerFixtures() {}

    /** An article whose text and headline hold HTML, with a URL and a date; processed once per JVM. */
    static synchronized ArticleGraph markupArticle() {
        if (markup == null) {
            Article a = new Article(
                    "markup-test",
                    MARKUP_TEXT,
                    Optional.of(LocalDate.parse("2023-05-02")),
                    Optional.of("https://example.org/news/markup"),
                    Optional.of(HEADLINE));
            markup = TestSupport.pipeline().process(a);
        }
        return markup;
    }
}

package org.claimgraph.evaluate;

import java.util.List;
import org.claimgraph.ingest.Article;

/**
 * One article with its checked expectations, ready to evaluate.
 *
 * @param name     a short name: the folder of a {@code gold.yaml}, else the gold file's name
 * @param goldFile where the expectations were read from
 * @param article  the article
 * @param gold     the gold file as written
 * @param claims   the claims the system should make, in file order
 * @param mustNot  the claims it must not make, in file order
 */
public record GoldCase(
        String name,
        String goldFile,
        Article article,
        GoldFile gold,
        List<Expectation> claims,
        List<Expectation> mustNot) {
    public GoldCase {
        claims = List.copyOf(claims);
        mustNot = List.copyOf(mustNot);
    }
}

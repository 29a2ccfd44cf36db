package org.claimgraph.validate;

import org.claimgraph.map.ArticleGraph;

/**
 * An article graph that conforms to the SHACL shapes: the only kind a store accepts, so that
 * nothing unvalidated reaches a store. Validation is done once, by {@link #check}, usually on the worker thread
 * that extracted the article.
 *
 * <pre>
 * ValidatedGraph g = ValidatedGraph.check(pipeline.process(article));   // throws ValidationFailedException
 * sink.accept(g);
 * </pre>
 */
public final class ValidatedGraph {
    private final ArticleGraph article;

    private ValidatedGraph(ArticleGraph article) {
        this.article = article;
    }

    /** Validates the graph with SHACL; throws {@code ValidationFailedException} (with the report) unless it conforms. */
    public static ValidatedGraph check(ArticleGraph article) {
        ShaclValidation.check(article.source(), article.graph());
        return new ValidatedGraph(article);
    }

    /** The article graph. */
    public ArticleGraph article() {
        return article;
    }
}

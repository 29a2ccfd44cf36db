package org.claimgraph.pipeline;

import org.apache.jena.graph.Graph;
import org.claimgraph.analyze.AnalyzedText;
import org.claimgraph.analyze.CoreNlpAnalyzer;
import org.claimgraph.analyze.TextAnalyzer;
import org.claimgraph.extract.ClaimExtractor;
import org.claimgraph.extract.Extraction;
import org.claimgraph.extract.RuleConfidence;
import org.claimgraph.ingest.Article;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.map.Iris;
import org.claimgraph.map.RdfMapper;
import org.claimgraph.mention.Gazetteer;
import org.claimgraph.mention.MentionFinder;
import org.claimgraph.mention.Mentions;

/**
 * The stages from an article to its graph, chained: analyse text, find and link mentions, extract claims,
 * map to RDF. Each stage has its own package; this class only passes results along.
 *
 * <pre>
 * ArticlePipeline pipeline = ArticlePipeline.bundled();
 * ArticleGraph g = pipeline.process(article);
 * </pre>
 *
 * Thread-safe: one instance can process articles from several threads.
 */
public final class ArticlePipeline {
    private final TextAnalyzer analyzer;
    private final MentionFinder mentions;
    private final ClaimExtractor extractor;
    private final RdfMapper mapper;

    public ArticlePipeline(TextAnalyzer analyzer, MentionFinder mentions, ClaimExtractor extractor, RdfMapper mapper) {
        this.analyzer = analyzer;
        this.mentions = mentions;
        this.extractor = extractor;
        this.mapper = mapper;
    }

    /** The pipeline with CoreNLP, the bundled gazetteer and the bundled rules. */
    public static ArticlePipeline bundled() {
        return new ArticlePipeline(
                CoreNlpAnalyzer.shared(),
                MentionFinder.bundled(),
                ClaimExtractor.bundled(),
                new RdfMapper(Gazetteer.bundled()));
    }

    /**
     * {@link #process} with the bundled pipeline, built on the first article only: a build answered entirely from
     * an {@link ExtractionCache} never loads the NLP models. Thread-safe.
     */
    public static java.util.function.Function<Article, ArticleGraph> lazyBundled() {
        return lazyBundled(0);
    }

    /** The same, keeping only claims whose rule's confidence is at least {@code minConfidence}. */
    public static java.util.function.Function<Article, ArticleGraph> lazyBundled(double minConfidence) {
        org.claimgraph.sys.Lazy<ArticlePipeline> pipeline = org.claimgraph.sys.Lazy.of(ArticlePipeline::bundled);
        return a -> {
            ArticlePipeline p = pipeline.get();
            return p.graph(p.extract(a).withClaimsAtLeast(minConfidence, RuleConfidence.bundled()));
        };
    }

    /** Everything extracted from one article, before RDF. */
    public Extraction extract(Article article) {
        AnalyzedText analysed = analyzer.analyze(article.text(), article.published(), extractor::needsParse);
        // The title is analysed on its own, without the parser: it may name the author ("Statement from X"),
        // never claims.
        java.util.Optional<AnalyzedText> title =
                article.title().filter(t -> !t.isBlank()).map(analyzer::analyzeShallow);
        Mentions found = mentions.find(analysed, title, article.url());
        return extractor.extract(article, analysed, found);
    }

    /** The article's named graph, ready to validate and store. */
    public ArticleGraph process(Article article) {
        return graph(extract(article));
    }

    /** The named graph of an extraction made by {@link #extract}. */
    public ArticleGraph graph(Extraction x) {
        Article article = x.article();
        Graph g = mapper.graph(x);
        return new ArticleGraph(article.source(), Iris.graph(article.contentHash()), g, article.url());
    }

    /** The text analyser, for benchmarks that measure it alone. */
    public TextAnalyzer analyzer() {
        return analyzer;
    }
}

package org.claimgraph.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.analyze.AnalyzedText;
import org.claimgraph.analyze.CoreNlpAnalyzer;
import org.claimgraph.extract.ClaimExtractor;
import org.claimgraph.extract.Extraction;
import org.claimgraph.ingest.Article;
import org.claimgraph.map.RdfMapper;
import org.claimgraph.mention.Gazetteer;
import org.claimgraph.mention.MentionFinder;
import org.claimgraph.mention.Mentions;

/**
 * Measures extraction throughput against the NLP library's own, on the same sentences in the same run:
 * CoreNLP's tokeniser, tagger and lemmatiser alone (the floor), CoreNLP's full analysis as claimgraph
 * configures it (tagger, parser, SUTime), and claimgraph's whole extraction (analysis, mentions, claims,
 * RDF). Ratios against the analysis show what claimgraph's own stages cost.
 *
 * <pre>
 * Map&lt;String, Object&gt; figures = new ExtractionBenchmark(articles, 3).run();
 * </pre>
 */
public final class ExtractionBenchmark {
    private final List<Article> articles;
    private final int rounds;

    /**
     * @param articles the corpus, processed whole in every round
     * @param rounds   measured rounds after one warm-up round
     */
    public ExtractionBenchmark(List<Article> articles, int rounds) {
        if (articles.isEmpty() || rounds < 1) {
            throw new IllegalArgumentException("need articles and at least one round");
        }
        this.articles = List.copyOf(articles);
        this.rounds = rounds;
    }

    /** Runs the benchmark and returns named figures (sentences per second, ratios, sizes). */
    public Map<String, Object> run() {
        CoreNlpAnalyzer analyzer = CoreNlpAnalyzer.shared();
        MentionFinder mentions = MentionFinder.bundled();
        ClaimExtractor extractor = ClaimExtractor.bundled();
        RdfMapper mapper = new RdfMapper(Gazetteer.bundled());
        int sentences = 0;
        for (Article a : articles) {
            sentences += analyzer.tagOnly(a.text());
        }
        // Warm-up round: JIT and lazy model parts, not measured.
        fullRound(analyzer, mentions, extractor, mapper);
        long tagNanos = 0;
        long analyseNanos = 0;
        long extractNanos = 0;
        long triples = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (Article a : articles) {
                analyzer.tagOnly(a.text());
            }
            long t1 = System.nanoTime();
            for (Article a : articles) {
                analyzer.analyze(a.text(), a.published());
            }
            long t2 = System.nanoTime();
            triples = fullRound(analyzer, mentions, extractor, mapper);
            long t3 = System.nanoTime();
            tagNanos += t1 - t0;
            analyseNanos += t2 - t1;
            extractNanos += t3 - t2;
        }
        double measured = (double) sentences * rounds;
        double tagRate = measured / (tagNanos / 1e9);
        double analyseRate = measured / (analyseNanos / 1e9);
        double extractRate = measured / (extractNanos / 1e9);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("articles", articles.size());
        out.put("sentences", sentences);
        out.put("rounds", rounds);
        out.put("triples_per_round", triples);
        out.put("nlp_tag_sentences_per_s", round(tagRate));
        out.put("nlp_baseline_sentences_per_s", round(analyseRate));
        out.put("extract_sentences_per_s", round(extractRate));
        out.put("extract_vs_nlp_baseline", round(extractRate / analyseRate));
        Runtime rt = Runtime.getRuntime();
        out.put("heap_used_mb", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        return out;
    }

    private long fullRound(CoreNlpAnalyzer analyzer, MentionFinder mentions, ClaimExtractor extractor,
            RdfMapper mapper) {
        long triples = 0;
        List<Extraction> kept = new ArrayList<>(1);
        for (Article a : articles) {
            AnalyzedText analysed = analyzer.analyze(a.text(), a.published());
            Mentions found = mentions.find(analysed);
            Extraction x = extractor.extract(a, analysed, found);
            triples += mapper.graph(x).size();
            kept.clear();
            kept.add(x);
        }
        return triples;
    }

    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}

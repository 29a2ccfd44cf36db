package org.claimgraph.analyze;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Turns text into sentences, tokens with character offsets, parts of speech, lemmas, dependency parses and
 * normalised time expressions. The one seam between claimgraph and its NLP library.
 *
 * <pre>
 * TextAnalyzer analyzer = CoreNlpAnalyzer.shared();
 * AnalyzedText analysed = analyzer.analyze(article.text(), article.published());
 * </pre>
 *
 * Implementations are thread-safe.
 */
public interface TextAnalyzer {
    /** Analyses {@code text}; relative time expressions are resolved against {@code documentDate} when given. */
    AnalyzedText analyze(String text, Optional<LocalDate> documentDate);

    /**
     * Tokens, sentences, tags and lemmas only, without dependencies or times: for text no claim is read from (an
     * article's title, searched for its author's name). By default the full analysis.
     */
    default AnalyzedText analyzeShallow(String text) {
        return analyze(text, Optional.empty());
    }
}

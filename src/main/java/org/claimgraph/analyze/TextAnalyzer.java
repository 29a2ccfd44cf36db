package org.claimgraph.analyze;

import java.time.LocalDate;
import java.util.List;
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
     * Analyses {@code text}, parsing only the sentences whose lemmas {@code parseWhen} accepts (the others keep
     * tokens, tags, lemmas and times, without dependencies): the parser is most of the cost, and a sentence
     * without a word that could start a claim needs none. By default every sentence is parsed.
     */
    default AnalyzedText analyze(
            String text, Optional<LocalDate> documentDate, java.util.function.Predicate<List<String>> parseWhen) {
        return analyze(text, documentDate);
    }

    /**
     * Tokens, sentences, tags and lemmas only, without dependencies or times: for text no claim is read from (an
     * article's title, searched for its author's name). By default the full analysis.
     */
    default AnalyzedText analyzeShallow(String text) {
        return analyze(text, Optional.empty());
    }
}

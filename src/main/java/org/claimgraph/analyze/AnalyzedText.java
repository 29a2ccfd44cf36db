package org.claimgraph.analyze;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The result of text analysis: the article text and its sentences.
 *
 * @param text         the article text the offsets point into
 * @param documentDate the date relative expressions were resolved against, if any
 * @param sentences    sentences in order
 */
public record AnalyzedText(String text, Optional<LocalDate> documentDate, List<Sentence> sentences) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
    }
}

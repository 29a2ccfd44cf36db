package org.claimgraph.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleBatch;
import org.claimgraph.ingest.ArticleOverrides;
import org.claimgraph.ingest.ArticleReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options that say how article files are read, shared by {@code extract} and {@code build}. */
public final class ArticleInputs {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(
            names = "--published",
            paramLabel = "YYYY-MM-DD",
            description = "Publication date for every article given; wins over front matter. Relative dates "
                    + "(\"Thursday\", \"last year\") are resolved against it.")
    String published;

    @Option(
            names = "--max-bytes",
            paramLabel = "N",
            defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
            description = "Largest article file accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(
            names = "--max-line",
            paramLabel = "CHARS",
            defaultValue = "" + ArticleReader.DEFAULT_MAX_LINE_CHARS,
            description = "Longest line accepted, in characters (default: ${DEFAULT-VALUE}); a longer line is "
                    + "refused as bad input.")
    int maxLineChars;

    /** Reads all articles (files, folders, JSON Lines); the first bad one stops with an InputException. */
    List<Article> read(List<Path> inputs) {
        return reader().readAll(inputs, overrides());
    }

    /** The inputs as a batch, read one by one; bad inputs become rejections and the batch goes on. */
    ArticleBatch batch(List<Path> inputs) {
        return new ArticleBatch(reader(), inputs, overrides());
    }

    /** The reader with these options' limits, for articles from elsewhere (feeds). */
    ArticleReader reader() {
        if (maxBytes <= 0 || maxLineChars <= 0) {
            throw new ParameterException(
                    mixee.commandLine(), (maxBytes <= 0 ? "--max-bytes" : "--max-line") + " must be positive");
        }
        return new ArticleReader(maxBytes, maxLineChars, java.time.Clock.systemDefaultZone());
    }

    private ArticleOverrides overrides() {
        Optional<LocalDate> date = Optional.ofNullable(published).map(d -> ArticleReader.parseDate("--published", d));
        return new ArticleOverrides(date, Optional.empty(), Optional.empty());
    }
}

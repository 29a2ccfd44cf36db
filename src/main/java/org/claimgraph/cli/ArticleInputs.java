package org.claimgraph.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleOverrides;
import org.claimgraph.ingest.ArticleReader;
import picocli.CommandLine.Option;

/** Options that say how article files are read, shared by {@code extract} and {@code build}. */
public final class ArticleInputs {
    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for every article given; wins over front matter. Relative dates "
                    + "(\"Thursday\", \"last year\") are resolved against it.")
    String published;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
            description = "Largest article file accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    /** Reads all articles (files and folders); the first bad one stops with an InputException. */
    List<Article> read(List<Path> inputs) {
        ArticleReader reader = new ArticleReader(maxBytes, java.time.Clock.systemDefaultZone());
        Optional<LocalDate> date = Optional.ofNullable(published).map(d -> ArticleReader.parseDate("--published", d));
        return reader.readAll(inputs, new ArticleOverrides(date, Optional.empty(), Optional.empty()));
    }
}

package org.claimgraph.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimgraph.sys.Logs;

/**
 * Reads article files: strict UTF-8, an optional front matter block, and the checks that turn bad input
 * into one clear {@link InputException} instead of a bad graph.
 *
 * <pre>
 * ArticleReader reader = ArticleReader.defaults();
 * List&lt;Article&gt; articles = reader.readAll(List.of(Path.of("examples")), ArticleOverrides.NONE);
 * </pre>
 *
 * A front matter block is a first line {@code ---}, lines of {@code key: value} (YAML), and a closing
 * {@code ---} line; the keys are {@code published} (YYYY-MM-DD), {@code url} and {@code title}.
 */
public final class ArticleReader {
    /** Default largest article file accepted, in bytes: 10 MiB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** File name endings taken as articles when a directory is given. */
    public static final List<String> ARTICLE_SUFFIXES = List.of(".txt", ".md");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final long maxBytes;
    private final Clock clock;

    public ArticleReader(long maxBytes, Clock clock) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** A reader with the default size limit and the system clock (which bounds publication dates). */
    public static ArticleReader defaults() {
        return new ArticleReader(DEFAULT_MAX_BYTES, Clock.systemDefaultZone());
    }

    /**
     * Expands files and directories (recursively, taking {@link #ARTICLE_SUFFIXES}) into article files in a
     * stable order. A missing path or a directory without articles is an {@link InputException}.
     */
    public List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new InputException(input.toString(), "no such file or directory");
            }
            if (Files.isDirectory(input)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(input)) {
                    found = walk.filter(Files::isRegularFile).filter(ArticleReader::looksLikeArticle).sorted().toList();
                } catch (IOException e) {
                    throw new InputException(input.toString(), "cannot list directory: " + e.getMessage());
                }
                if (found.isEmpty()) {
                    throw new InputException(input.toString(),
                            "directory holds no article files (" + String.join(", ", ARTICLE_SUFFIXES) + ")");
                }
                files.addAll(found);
            } else {
                files.add(input);
            }
        }
        return files;
    }

    /** Reads every article of {@link #expand(List)}; the first bad file stops the whole read. */
    public List<Article> readAll(List<Path> inputs, ArticleOverrides overrides) {
        return expand(inputs).stream().map(f -> read(f, overrides)).toList();
    }

    /** Reads one article file. */
    public Article read(Path file, ArticleOverrides overrides) {
        String source = file.toString();
        if (!Files.exists(file)) {
            throw new InputException(source, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(source, "not a regular file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(source, "file is " + size + " bytes, over the limit of " + maxBytes
                        + " (raise it with --max-bytes)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(source, "cannot read: " + e.getMessage());
        }
        return parse(source, bytes, overrides);
    }

    /** Parses article bytes: the checks of {@link #read} without the file system. */
    public Article parse(String source, byte[] bytes, ArticleOverrides overrides) {
        String raw = decode(source, bytes);
        FrontMatter fm = FrontMatter.split(source, raw);
        String text = fm.body();
        if (text.isBlank()) {
            throw new InputException(source, text.isEmpty() ? "empty article: no text" : "article text is only whitespace");
        }
        Optional<LocalDate> published = overrides.published().isPresent()
                ? overrides.published()
                : fm.value("published").map(v -> parseDate(source, v));
        published.ifPresent(d -> checkNotFuture(source, d));
        Optional<String> url = overrides.url().or(() -> fm.value("url"));
        Optional<String> title = overrides.title().or(() -> fm.value("title"));
        Logs.INGEST.debug("Read {}: {} characters, published {}", source, text.length(), published.orElse(null));
        return new Article(source, text, published, url, title);
    }

    /** Parses a publication date in the form YYYY-MM-DD, rejecting impossible dates. */
    public static LocalDate parseDate(String source, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InputException(source, "unparsable publication date '" + value + "' (expected YYYY-MM-DD)");
        }
    }

    private void checkNotFuture(String source, LocalDate date) {
        // One day of slack: an article published "today" in a time zone ahead of ours is not in the future.
        LocalDate latest = LocalDate.now(clock).plusDays(1);
        if (date.isAfter(latest)) {
            throw new InputException(source, "publication date " + date + " is in the future");
        }
    }

    private static String decode(String source, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new InputException(source, "text is UTF-16; convert it to UTF-8");
        }
        int start = 0;
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            start = 3; // A UTF-8 byte-order mark is not text: offsets count from after it.
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputException(source, "binary data (NUL byte at offset " + i + "), not a text file");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (MalformedInputException e) {
            throw new InputException(source, "not valid UTF-8 (bad byte sequence)");
        } catch (CharacterCodingException e) {
            throw new InputException(source, "not valid UTF-8: " + e.getMessage());
        }
    }

    private static boolean looksLikeArticle(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && ARTICLE_SUFFIXES.stream().anyMatch(name::endsWith)
                && !name.equalsIgnoreCase("readme.md");
    }

    /** A front matter block split from the body. */
    private record FrontMatter(JsonNode fields, String body) {
        static FrontMatter split(String source, String raw) {
            String firstLine = raw.lines().findFirst().orElse("");
            if (!firstLine.strip().equals("---")) {
                return new FrontMatter(null, raw);
            }
            int afterFirst = raw.indexOf('\n') + 1;
            int pos = afterFirst;
            while (pos > 0 && pos <= raw.length()) {
                int eol = raw.indexOf('\n', pos);
                String line = eol < 0 ? raw.substring(pos) : raw.substring(pos, eol);
                if (line.strip().equals("---")) {
                    String yaml = raw.substring(afterFirst, pos);
                    String body = eol < 0 ? "" : raw.substring(eol + 1);
                    return new FrontMatter(parseYaml(source, yaml), body);
                }
                if (eol < 0) {
                    break;
                }
                pos = eol + 1;
            }
            throw new InputException(source, "front matter opened with '---' on line 1 is never closed");
        }

        private static JsonNode parseYaml(String source, String yaml) {
            if (yaml.isBlank()) {
                return null;
            }
            try {
                JsonNode node = YAML.readTree(yaml);
                if (node != null && !node.isNull() && !node.isObject()) {
                    throw new InputException(source, "malformed front matter: expected 'key: value' lines");
                }
                if (node != null) {
                    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                        String key = it.next();
                        if (!List.of("published", "url", "title").contains(key)) {
                            Logs.INGEST.warn("{}: front matter key '{}' is not used", source, key);
                        }
                    }
                }
                return node;
            } catch (JacksonException e) {
                // Headlines often hold a colon ("Austin: Allies Stand Firm"), which strict YAML refuses; plain
                // "key: value" lines are still read as the writer meant them.
                JsonNode plain = plainLines(yaml);
                if (plain != null) {
                    return plain;
                }
                String where = e.getLocation() == null ? "" : " at line " + (e.getLocation().getLineNr() + 1);
                throw new InputException(source, "malformed front matter" + where + ": "
                        + e.getOriginalMessage().lines().findFirst().orElse(""));
            }
        }

        /** Front matter read as "key: value" lines, or null when a line is not of that form. */
        private static JsonNode plainLines(String yaml) {
            com.fasterxml.jackson.databind.node.ObjectNode node = YAML.createObjectNode();
            for (String line : yaml.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*):\\s+(.*)$")
                        .matcher(line);
                if (!m.matches()) {
                    return null;
                }
                node.put(m.group(1), m.group(2).strip());
            }
            return node;
        }

        Optional<String> value(String key) {
            if (fields == null || !fields.hasNonNull(key)) {
                return Optional.empty();
            }
            String v = fields.get(key).asText().strip();
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }
    }
}

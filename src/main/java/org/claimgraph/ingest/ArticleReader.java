package org.claimgraph.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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
import org.claimgraph.sys.HttpUrls;
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
    /**
     * Default longest line accepted, in characters: 100,000 (about 15,000 words; a news paragraph is rarely
     * over 5,000). A longer line is a dump, not an article, and analysing it takes minutes.
     */
    public static final int DEFAULT_MAX_LINE_CHARS = 100_000;
    /** File name endings taken as articles when a directory is given. */
    public static final List<String> ARTICLE_SUFFIXES = List.of(".txt", ".md");
    /** File name ending of JSON Lines files: one article a line ({@link ArticleBatch}). */
    public static final String JSONL_SUFFIX = ".jsonl";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    // Two objects on one line (files concatenated without a final newline) are an error, not one article.
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final long maxBytes;
    private final int maxLineChars;
    private final Clock clock;

    /** A reader with the given size limit and the default line limit ({@link #DEFAULT_MAX_LINE_CHARS}). */
    public ArticleReader(long maxBytes, Clock clock) {
        this(maxBytes, DEFAULT_MAX_LINE_CHARS, clock);
    }

    /**
     * @param maxBytes     largest file accepted, in bytes
     * @param maxLineChars longest line accepted, in characters
     * @param clock        today's date, which bounds publication dates
     */
    public ArticleReader(long maxBytes, int maxLineChars, Clock clock) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (maxLineChars <= 0) {
            throw new IllegalArgumentException("maxLineChars must be positive: " + maxLineChars);
        }
        this.maxBytes = maxBytes;
        this.maxLineChars = maxLineChars;
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
        return InputFiles.expand(
                inputs,
                ArticleReader::looksLikeArticle,
                "directory holds no article files (" + String.join(", ", ARTICLE_SUFFIXES) + ", " + JSONL_SUFFIX + ")");
    }

    /**
     * Reads every article of {@link #expand(List)} (JSON Lines files give one article a line); the first bad
     * input stops the whole read. {@link ArticleBatch} reads the same inputs one by one, skipping bad ones.
     */
    public List<Article> readAll(List<Path> inputs, ArticleOverrides overrides) {
        List<Article> out = new ArrayList<>();
        for (BatchItem item : new ArticleBatch(this, inputs, overrides)) {
            if (item instanceof BatchItem.Rejected r) {
                throw r.error();
            }
            out.add(((BatchItem.Read) item).article());
        }
        return out;
    }

    /**
     * An article from fields given separately (a JSON Lines record), with the checks of {@link #parse}:
     * non-blank text without NUL characters, a YYYY-MM-DD date not in the future, an absolute URL.
     */
    public Article fromFields(
            String source,
            String text,
            Optional<String> published,
            Optional<String> url,
            Optional<String> title,
            ArticleOverrides overrides) {
        if (isBlank(text)) {
            throw new InputException(
                    source, text.isEmpty() ? "empty article: no text" : "article text is only whitespace");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new InputException(source, "binary data (NUL character at offset " + nul + "), not text");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new InputException(
                    source, "article text is over the limit of " + maxBytes + " bytes (raise it with --max-bytes)");
        }
        checkLineLength(source, text);
        Optional<LocalDate> date = overrides.published().isPresent()
                ? overrides.published()
                : published.filter(v -> !v.isBlank()).map(v -> parseDate(source, v));
        date.ifPresent(d -> checkNotFuture(source, d));
        Optional<String> link = checkedUrl(source, overrides, url);
        Optional<String> headline =
                overrides.title().or(() -> title.map(String::strip).filter(t -> !t.isEmpty()));
        return new Article(source, text, date, link, headline);
    }

    /**
     * One line of a JSON Lines file (without its line end and without a byte-order mark) as an article: a JSON
     * object with {@code text} (required), {@code published}, {@code url} and {@code title}, checked as
     * {@link #fromFields} checks them. Empty for a blank line, which JSON Lines files may hold; a line over the
     * size limit, not valid UTF-8 or not such an object is an {@link InputException} naming {@code source}.
     * {@link ArticleBatch} reads local files with it, and engines that split files themselves (Spark) each line.
     */
    public Optional<Article> fromJsonLine(String source, byte[] line, ArticleOverrides overrides) {
        if (line.length > maxBytes) {
            throw new InputException(
                    source, "line is over the limit of " + maxBytes + " bytes (raise it with --max-bytes)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException(source, "not valid UTF-8 (bad byte sequence)");
        }
        if (text.isBlank()) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new InputException(
                    source,
                    "not a JSON object: "
                            + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (node == null || !node.isObject()) {
            throw new InputException(source, "not a JSON object with a \"text\" field");
        }
        JsonNode body = node.get("text");
        if (body == null || !body.isTextual()) {
            throw new InputException(source, "no \"text\" string");
        }
        return Optional.of(fromFields(
                source,
                body.asText(),
                jsonField(source, node, "published"),
                jsonField(source, node, "url"),
                jsonField(source, node, "title"),
                overrides));
    }

    private static Optional<String> jsonField(String source, JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new InputException(source, "\"" + name + "\" is not a string");
        }
        return Optional.of(v.asText());
    }

    /**
     * The article's URL, from the overrides or as given, stripped; empty when blank. The same check for a JSON
     * Lines field and a front matter line: a value that is not an absolute http(s) URL would become a broken
     * {@code schema:url} IRI.
     */
    private static Optional<String> checkedUrl(String source, ArticleOverrides overrides, Optional<String> given) {
        Optional<String> link =
                overrides.url().or(() -> given.map(String::strip).filter(u -> !u.isEmpty()));
        if (link.isPresent() && !HttpUrls.isAbsoluteHttp(link.get())) {
            throw new InputException(source, "url is not an absolute http(s) URL: " + abbreviate(link.get()));
        }
        return link;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    /** The largest article accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
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
                throw new InputException(
                        source,
                        "file is " + size + " bytes, over the limit of " + maxBytes + " (raise it with --max-bytes)");
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
        checkLineLength(source, raw);
        FrontMatter fm = FrontMatter.split(source, raw);
        String text = fm.body();
        if (isBlank(text)) {
            throw new InputException(
                    source, text.isEmpty() ? "empty article: no text" : "article text is only whitespace");
        }
        Optional<LocalDate> published = overrides.published().isPresent()
                ? overrides.published()
                : fm.value("published").map(v -> parseDate(source, v));
        published.ifPresent(d -> checkNotFuture(source, d));
        Optional<String> url = checkedUrl(source, overrides, fm.value("url"));
        Optional<String> title = overrides.title().or(() -> fm.value("title"));
        Logs.INGEST.debug("Read {}: {} characters, published {}", source, text.length(), published.orElse(null));
        return new Article(source, text, published, url, title);
    }

    /**
     * True when the text has nothing to read: only white space, including the no-break, zero-width and
     * byte-order-mark characters that {@link String#isBlank()} counts as text.
     */
    static boolean isBlank(String text) {
        return text.codePoints()
                .allMatch(c -> Character.isWhitespace(c)
                        || Character.isSpaceChar(c)
                        || c == 0x200B
                        || c == 0x200C
                        || c == 0x200D
                        || c == 0x2060
                        || c == 0xFEFF);
    }

    /** Parses a publication date in the form YYYY-MM-DD, rejecting impossible dates. */
    public static LocalDate parseDate(String source, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            boolean shaped = value.trim().matches("\\d{4}-\\d{2}-\\d{2}");
            throw new InputException(
                    source,
                    "unparsable publication date '" + abbreviate(value) + "' ("
                            + (shaped ? "no such day" : "expected YYYY-MM-DD") + ")");
        }
    }

    /**
     * Refuses a line longer than the limit: CoreNLP's time grows with the length of a sentence, and a line of
     * megabytes is a dump, not an article. Line ends are those CoreNLP breaks sentences at.
     */
    private void checkLineLength(String source, String text) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                if (i - start > maxLineChars) {
                    throw new InputException(
                            source,
                            "line " + line + " is " + (i - start) + " characters long, over the "
                                    + "limit of " + maxLineChars
                                    + " (break the text into paragraphs, or raise the limit with "
                                    + "--max-line)");
                }
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                start = i + 1;
            }
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
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new InputException(source, "text is UTF-16; convert it to UTF-8");
        }
        int start = 0;
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            start = 3; // A UTF-8 byte-order mark is not text: offsets count from after it.
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (looksLikeUtf16(bytes, start)) {
                    throw new InputException(source, "text is UTF-16 without a byte-order mark; convert it to UTF-8");
                }
                throw new InputException(source, "binary data (NUL byte at offset " + i + "), not a text file");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = start; i < at; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new InputException(
                    source,
                    String.format(
                            Locale.ROOT,
                            "not valid UTF-8: bad byte 0x%02X at byte offset %d (line %d); convert the file to UTF-8",
                            bytes[at] & 0xFF,
                            at,
                            line));
        }
        return out.flip().toString();
    }

    /** True when the NUL bytes of the text sit at every other position, as in UTF-16 text without a BOM. */
    private static boolean looksLikeUtf16(byte[] bytes, int start) {
        int n = Math.min(bytes.length - start, 4096) & ~1;
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[start + i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int pairs = n / 2;
        return pairs >= 2 && ((even > pairs * 0.3 && odd < pairs * 0.05) || (odd > pairs * 0.3 && even < pairs * 0.05));
    }

    private static boolean looksLikeArticle(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".")
                && (ARTICLE_SUFFIXES.stream().anyMatch(name::endsWith) || isJsonLines(p))
                && !name.equalsIgnoreCase("readme.md");
    }

    /** True for a JSON Lines file ({@value #JSONL_SUFFIX}): one article a line. */
    public static boolean isJsonLines(Path p) {
        return p.getFileName() != null
                && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(JSONL_SUFFIX);
    }

    /** A front matter block split from the body. */
    private record FrontMatter(JsonNode fields, String body) {
        static FrontMatter split(String source, String raw) {
            // Line ends may be LF, CRLF or CR alone (old Mac files): all three end a front matter line.
            int[] first = lineAt(raw, 0);
            if (!raw.substring(0, first[0]).strip().equals("---")) {
                return new FrontMatter(null, raw);
            }
            int afterFirst = first[1];
            for (int pos = afterFirst; pos < raw.length(); ) {
                int[] line = lineAt(raw, pos);
                if (raw.substring(pos, line[0]).strip().equals("---")) {
                    return new FrontMatter(parseYaml(source, raw.substring(afterFirst, pos)), raw.substring(line[1]));
                }
                pos = line[1];
            }
            throw new InputException(source, "front matter opened with '---' on line 1 is never closed");
        }

        /** The line starting at {@code from}: where its text ends and where the next line starts. */
        private static int[] lineAt(String s, int from) {
            for (int i = from; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n') {
                    return new int[] {i, i + 1};
                }
                if (c == '\r') {
                    return new int[] {i, i + 1 < s.length() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1};
                }
            }
            return new int[] {s.length(), s.length()};
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
                        } else if (node.get(key).isContainerNode()) {
                            throw new InputException(
                                    source,
                                    "malformed front matter: '" + key
                                            + "' must be a single value, not a list or a map");
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
                String where = e.getLocation() == null
                        ? ""
                        : " at line " + (e.getLocation().getLineNr() + 1);
                throw new InputException(
                        source,
                        "malformed front matter" + where + ": "
                                + e.getOriginalMessage().lines().findFirst().orElse(""));
            }
        }

        private static final java.util.regex.Pattern KEY_VALUE_LINE =
                java.util.regex.Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*):\\s+(.*)$");

        /** Front matter read as "key: value" lines, or null when a line is not of that form. */
        private static JsonNode plainLines(String yaml) {
            com.fasterxml.jackson.databind.node.ObjectNode node = YAML.createObjectNode();
            for (String line : yaml.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                java.util.regex.Matcher m = KEY_VALUE_LINE.matcher(line);
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

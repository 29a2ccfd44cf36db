package org.claimgraph.evaluate;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.extract.EventKind;
import org.claimgraph.extract.Modality;
import org.claimgraph.extract.QuantityQualifier;
import org.claimgraph.extract.Role;
import org.claimgraph.extract.TimePoint;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleOverrides;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.ingest.InputFiles;
import org.claimgraph.mention.TextNormalizer;

/**
 * Reads gold files and the articles they describe, and checks every value, so that a typo in a gold file
 * is one clear {@link GoldException} (file and reason) rather than a silently wrong score.
 *
 * <pre>
 * List&lt;GoldCase&gt; cases = new GoldReader().readAll(List.of(Path.of("src/test/resources/gold/dev")));
 * </pre>
 *
 * <p>A gold file names its article with the optional key {@code article} (a path relative to the gold
 * file); without it the article is {@code article.txt} in the same folder. A folder given as input is
 * searched recursively for files named {@code gold.yaml}. Dates stay text: {@code 2023-05-10} is read as
 * the string it is, never as a YAML timestamp. Each {@code sentence} fragment must occur exactly once in
 * the article text (compared with typographic quotes and dashes made plain, case ignored, any run of white
 * space matching any other).
 */
public final class GoldReader {
    /** The file name searched for in folders. */
    public static final String GOLD_FILE_NAME = "gold.yaml";
    /** The article read when a gold file names none. */
    public static final String DEFAULT_ARTICLE = "article.txt";
    /** The key of the office-held pseudo-role of OfficeHolding claims. */
    public static final String OFFICE = "office";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true);
    private static final Pattern LEXICAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final ArticleReader articles;

    /** A reader with the default article reader. */
    public GoldReader() {
        this(ArticleReader.defaults());
    }

    public GoldReader(ArticleReader articles) {
        this.articles = articles;
    }

    /**
     * Expands inputs into gold files in a stable order: files as given, folders searched recursively for
     * {@value #GOLD_FILE_NAME}. A missing path or a folder without gold files is an {@link GoldException}.
     */
    public List<Path> expand(List<Path> inputs) {
        // A gold file named twice (a folder and a file inside it) is scored once.
        return List.copyOf(new LinkedHashSet<>(InputFiles.expand(
                inputs,
                p -> p.getFileName().toString().equals(GOLD_FILE_NAME),
                "no " + GOLD_FILE_NAME + " in this folder or below")));
    }

    /** Reads every gold file of {@link #expand(List)}; the first bad one stops the whole read. */
    public List<GoldCase> readAll(List<Path> inputs) {
        return expand(inputs).stream().map(this::read).toList();
    }

    /** Reads one gold file and its article. */
    public GoldCase read(Path goldFile) {
        String source = goldFile.toString();
        if (!Files.isRegularFile(goldFile)) {
            throw new GoldException(source, Files.exists(goldFile) ? "not a regular file" : "no such file");
        }
        String yaml;
        try {
            yaml = Files.readString(goldFile, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new GoldException(source, "not valid UTF-8");
        } catch (IOException e) {
            throw new GoldException(source, "cannot read: " + e.getMessage());
        }
        GoldFile gold = bind(source, yaml);
        Path parent = goldFile.getParent() == null ? Path.of("") : goldFile.getParent();
        Path articleFile =
                parent.resolve(gold.articleFile().orElse(DEFAULT_ARTICLE)).normalize();
        if (!Files.isRegularFile(articleFile)) {
            throw new GoldException(
                    source,
                    "its article " + articleFile + " does not exist"
                            + (gold.articleFile().isEmpty() ? " (name another with the key 'article')" : ""));
        }
        Article article = articles.read(articleFile, ArticleOverrides.NONE);
        String name = goldFile.getFileName().toString().equals(GOLD_FILE_NAME)
                        && goldFile.toAbsolutePath().getParent().getFileName() != null
                ? goldFile.toAbsolutePath().getParent().getFileName().toString()
                : goldFile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return check(name, source, gold, article);
    }

    /**
     * Parses gold YAML for an article already in memory (for tests and programs): the same checks as
     * {@link #read(Path)}, without files. The {@code article} key is ignored.
     */
    public static GoldCase parse(String source, String yaml, Article article) {
        return check(source, source, bind(source, yaml), article);
    }

    private static GoldFile bind(String source, String yaml) {
        if (yaml.isBlank()) {
            throw new GoldException(source, "empty gold file");
        }
        try {
            GoldFile g = YAML.readValue(yaml, GoldFile.class);
            if (g == null) {
                throw new GoldException(source, "empty gold file");
            }
            return g;
        } catch (UnrecognizedPropertyException e) {
            throw new GoldException(
                    source,
                    "unknown key '" + e.getPropertyName() + "'" + where(e) + " (known keys: "
                            + e.getKnownPropertyIds().stream()
                                    .map(Object::toString)
                                    .sorted()
                                    .collect(Collectors.joining(", "))
                            + ")");
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof StreamReadException syntax) {
                throw new GoldException(
                        source, "malformed YAML" + where(syntax) + ": " + oneLine(syntax.getOriginalMessage()));
            }
            throw new GoldException(source, "bad value" + where(e) + ": " + oneLine(e.getOriginalMessage()));
        } catch (JacksonException e) {
            throw new GoldException(source, "malformed YAML" + where(e) + ": " + oneLine(e.getOriginalMessage()));
        }
    }

    /** A parser message on one line: its unindented lines, without the parser's position lines. */
    private static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        return message.lines()
                .filter(l -> !l.isBlank()
                        && !Character.isWhitespace(l.charAt(0))
                        && !l.startsWith("in 'reader'")
                        && !l.strip().equals("^"))
                .map(String::strip)
                .collect(Collectors.joining("; "));
    }

    private static String where(JacksonException e) {
        StringBuilder b = new StringBuilder();
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    path.append(" #").append(r.getIndex() + 1);
                }
            }
            b.append(" in ").append(path);
        }
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            b.append(" at line ").append(e.getLocation().getLineNr());
        }
        return b.toString();
    }

    private static GoldCase check(String name, String source, GoldFile gold, Article article) {
        if (gold.published() != null && !gold.published().isBlank()) {
            LocalDate published;
            try {
                published = LocalDate.parse(gold.published().strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new GoldException(source, "published '" + gold.published() + "' is not a date (YYYY-MM-DD)");
            }
            if (article.published().isEmpty()) {
                article = article.withPublished(published);
            } else if (!article.published().get().equals(published)) {
                throw new GoldException(
                        source,
                        "published " + published + " differs from the article's "
                                + article.published().get());
            }
        }
        String normalisedText = TextNormalizer.normalize(article.text());
        List<Expectation> claims = new ArrayList<>();
        for (int i = 0; i < gold.claims().size(); i++) {
            claims.add(expectation(source, Expectation.CLAIMS, i, gold.claims().get(i), normalisedText));
        }
        List<Expectation> mustNot = new ArrayList<>();
        for (int i = 0; i < gold.mustNot().size(); i++) {
            mustNot.add(
                    expectation(source, Expectation.MUST_NOT, i, gold.mustNot().get(i), normalisedText));
        }
        return new GoldCase(name, source, article, gold, claims, mustNot);
    }

    private static Expectation expectation(String source, String list, int index, GoldFile.Entry e, String text) {
        String at = list + " #" + (index + 1);
        if (e == null) {
            throw new GoldException(source, at + " is empty");
        }
        EventKind type = enumValue(source, at, "type", e.type(), EventKind.class)
                .orElseThrow(() -> new GoldException(
                        source, at + " has no type (one of " + Arrays.toString(EventKind.values()) + ")"));
        String sentence = e.sentence() == null ? "" : e.sentence().strip();
        int from = -1;
        int to = -1;
        if (sentence.isEmpty()) {
            if (!list.equals(Expectation.MUST_NOT)) {
                throw new GoldException(source, at + " (" + type + ") has no sentence fragment");
            }
        } else {
            int[] span = locate(source, at, sentence, text);
            from = span[0];
            to = span[1];
        }
        Map<Role, List<String>> roles = new EnumMap<>(Role.class);
        Optional<String> office = Optional.empty();
        for (Map.Entry<String, List<String>> r : e.roles().entrySet()) {
            String key = r.getKey() == null ? "" : r.getKey().strip();
            List<String> names = names(source, at, "role " + key, r.getValue());
            if (key.equals(OFFICE)) {
                if (names.size() != 1) {
                    throw new GoldException(source, at + ": role office takes one office, not " + names);
                }
                office = Optional.of(names.get(0));
                continue;
            }
            Role role;
            try {
                role = Role.parse(key);
            } catch (IllegalArgumentException ex) {
                throw new GoldException(
                        source,
                        at + ": unknown role '" + key + "' (known: "
                                + Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", ")) + ", "
                                + OFFICE + ")");
            }
            if (roles.containsKey(role)) {
                throw new GoldException(source, at + ": role " + role + " is given twice");
            }
            roles.put(role, names);
        }
        if (e.quantity() != null && e.quantity() < 0) {
            throw new GoldException(source, at + ": quantity " + e.quantity() + " is negative");
        }
        List<String> attributedTo =
                e.attributedTo().isEmpty() ? List.of() : names(source, at, "attributedTo", e.attributedTo());
        Optional<String> content =
                Optional.ofNullable(e.content()).map(String::strip).filter(c -> !c.isEmpty());
        Expectation x = new Expectation(
                list,
                index,
                type,
                sentence,
                from,
                to,
                roles,
                office,
                Optional.ofNullable(e.quantity()),
                enumValue(source, at, "quantityQualifier", e.quantityQualifier(), QuantityQualifier.class),
                date(source, at, "date", e.date()),
                date(source, at, "notBefore", e.notBefore()),
                date(source, at, "notAfter", e.notAfter()),
                enumValue(source, at, "modality", e.modality(), Modality.class),
                attributedTo,
                content);
        if (x.forbidden()
                && x.roles().isEmpty()
                && x.office().isEmpty()
                && x.quantity().isEmpty()
                && x.qualifier().isEmpty()
                && !x.hasTime()
                && x.modality().isEmpty()
                && x.attributedTo().isEmpty()
                && x.content().isEmpty()
                && !x.hasFragment()) {
            throw new GoldException(source, at + " forbids every " + type + " claim; give at least one more key");
        }
        return x;
    }

    private static List<String> names(String source, String at, String what, List<String> values) {
        if (values == null || values.isEmpty()) {
            throw new GoldException(source, at + ": " + what + " is empty");
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v == null || v.isBlank()) {
                throw new GoldException(source, at + ": " + what + " has an empty name");
            }
            out.add(v.strip());
        }
        return out;
    }

    private static Optional<String> date(String source, String at, String key, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (!LEXICAL_DATE.matcher(v).matches() || TimePoint.parseTimex(v).isEmpty()) {
            throw new GoldException(source, at + ": " + key + " '" + v + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return Optional.of(v);
    }

    private static <E extends Enum<E>> Optional<E> enumValue(
            String source, String at, String key, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        for (E c : type.getEnumConstants()) {
            if (c.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(c);
            }
        }
        throw new GoldException(
                source,
                at + ": " + key + " '" + value.strip() + "' is not one of " + Arrays.toString(type.getEnumConstants()));
    }

    /** The span of the only occurrence of a fragment in the (normalised) article text. */
    private static int[] locate(String source, String at, String fragment, String normalisedText) {
        Matcher m = fragmentPattern(fragment).matcher(normalisedText);
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        if (found.isEmpty()) {
            throw new GoldException(source, at + ": sentence \"" + fragment + "\" does not occur in the article");
        }
        if (found.size() > 1) {
            throw new GoldException(
                    source,
                    at + ": sentence \"" + fragment + "\" occurs " + found.size()
                            + " times in the article; lengthen it so that it is unique");
        }
        return found.get(0);
    }

    /** Case-insensitive, typography-insensitive, any white space run for any other. */
    static Pattern fragmentPattern(String fragment) {
        String[] words = TextNormalizer.normalize(fragment).strip().split("\\s+");
        String regex = Arrays.stream(words).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}

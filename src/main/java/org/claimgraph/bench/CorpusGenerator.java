package org.claimgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleOverrides;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.mention.Entity;
import org.claimgraph.mention.EntityType;
import org.claimgraph.mention.Gazetteer;

/**
 * Makes a corpus of any size from a few real articles (the templates): article {@code i} is template
 * {@code i mod T} with every person, country and city the gazetteer knows replaced by another of the same type
 * (chosen with a random generator seeded by {@code i}, so the corpus is the same on every run), every date
 * written out in full ("April 20, 2023", "23 November 2025") and the publication date shifted back by the same
 * 0 to 729 days, its own URL, and a last line "(Article i.)" that makes each text, and so each named graph,
 * distinct. Organisations and alliances are kept, so that the articles still hold accessions, pledges and
 * meetings; the same people and countries recur across articles, so cross-article events occur.
 *
 * <pre>
 * CorpusGenerator gen = CorpusGenerator.bundled();
 * Article a = gen.article(42);
 * </pre>
 */
public final class CorpusGenerator {
    /** Classpath folder of the bundled templates (public-domain U.S. government articles). */
    public static final String TEMPLATES = "bench/templates/";

    private static final List<String> TEMPLATE_NAMES = List.of(
            "dod-2022-04-blinken-austin-kyiv",
            "dod-2022-05-sweden-finland-apply",
            "dod-2022-06-udcg-fifty-nations-pledge",
            "dod-2023-06-udcg-brussels-long-haul",
            "dod-2023-07-vilnius-summit",
            "wh-2022-02-russia-attack-statement",
            "wh-2022-03-sullivan-patrushev-warning",
            "wh-2023-04-finland-joins-nato",
            "wh-2024-03-sweden-joins-nato",
            "wh-2024-09-surge-security-assistance",
            "wh-2025-03-riyadh-black-sea-talks",
            "wh-2025-11-geneva-talks");
    private static final List<EntityType> SUBSTITUTED = List.of(EntityType.PERSON, EntityType.COUNTRY, EntityType.CITY);
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2}), (\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\\d{4})\\b");
    private static final DateTimeFormatter MONTH_FIRST_FORMAT =
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_FIRST_FORMAT =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final List<Article> templates;
    private final Map<EntityType, List<Entity>> pools = new LinkedHashMap<>();
    private final List<Map<String, EntityType>> mentioned = new ArrayList<>();

    /**
     * @param templates the real articles to vary
     * @param gazetteer where the substitutes come from
     */
    public CorpusGenerator(List<Article> templates, Gazetteer gazetteer) {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("no templates");
        }
        this.templates = List.copyOf(templates);
        for (EntityType t : SUBSTITUTED) {
            pools.put(
                    t,
                    gazetteer.entities().stream()
                            .filter(e -> e.type() == t && e.label().length() > 3)
                            .sorted(Comparator.comparing(Entity::key))
                            .toList());
        }
        for (Article a : this.templates) {
            Map<String, EntityType> names = new LinkedHashMap<>();
            for (EntityType t : SUBSTITUTED) {
                for (Entity e : pools.get(t)) {
                    if (Pattern.compile("\\b" + Pattern.quote(e.label()) + "\\b")
                            .matcher(a.text())
                            .find()) {
                        names.putIfAbsent(e.label(), t);
                    }
                }
            }
            mentioned.add(names);
        }
    }

    /** The generator over the bundled templates and gazetteer. */
    public static CorpusGenerator bundled() {
        List<Article> templates = new ArrayList<>();
        for (String name : TEMPLATE_NAMES) {
            String resource = TEMPLATES + name + ".txt";
            try (InputStream in = CorpusGenerator.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "Missing classpath resource " + resource + ": the jar is incomplete");
                }
                templates.add(ArticleReader.defaults().parse(resource, in.readAllBytes(), ArticleOverrides.NONE));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + resource, e);
            }
        }
        return new CorpusGenerator(templates, Gazetteer.bundled());
    }

    /** How many templates there are. */
    public int templates() {
        return templates.size();
    }

    /** Article {@code i} of the corpus; the same on every call and every run. */
    public Article article(int i) {
        int t = i % templates.size();
        Article template = templates.get(t);
        Random random = new Random(0x5eedL * 31 + i);
        Map<String, String> replace = new HashMap<>();
        for (Map.Entry<String, EntityType> m : mentioned.get(t).entrySet()) {
            List<Entity> pool = pools.get(m.getValue());
            replace.put(m.getKey(), pool.get(random.nextInt(pool.size())).label());
        }
        String text = template.text();
        if (!replace.isEmpty()) {
            List<String> names = replace.keySet().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                    .toList();
            Pattern any = Pattern.compile(
                    "\\b(" + String.join("|", names.stream().map(Pattern::quote).toList()) + ")\\b");
            text = any.matcher(text).replaceAll(r -> Matcher.quoteReplacement(replace.get(r.group(1))));
        }
        int shift = random.nextInt(730);
        text = shiftDates(text, shift);
        Optional<LocalDate> published = template.published().map(d -> d.minusDays(shift));
        String body = text + "\n\n(Article " + i + ".)\n";
        return new Article("bench-" + i, body, published, Optional.of(url(i)), template.title());
    }

    /** The URL of article {@code i} (an {@code .invalid} host: it is never fetched). */
    public static String url(int i) {
        return "https://bench.claimgraph.invalid/articles/" + i;
    }

    private static String shiftDates(String text, int days) {
        text = MONTH_FIRST.matcher(text).replaceAll(r -> shift(r.group(), MONTH_FIRST_FORMAT, days));
        return DAY_FIRST.matcher(text).replaceAll(r -> shift(r.group(), DAY_FIRST_FORMAT, days));
    }

    private static String shift(String date, DateTimeFormatter format, int days) {
        try {
            return Matcher.quoteReplacement(
                    LocalDate.parse(date, format).minusDays(days).format(format));
        } catch (DateTimeParseException e) {
            return Matcher.quoteReplacement(date);
        }
    }
}

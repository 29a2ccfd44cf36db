package org.claimgraph.evaluate;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code gold.yaml} file as written: the hand-written expectations for one article. Bound by Jackson;
 * {@link GoldReader} checks the values and turns each entry into an {@link Expectation}.
 *
 * <pre>
 * source: https://example.org/news/1        # where the text comes from
 * licence: "CC BY 4.0"
 * retrieved-from: "..."                     # how the text was obtained
 * published: 2024-03-07                     # used when the article's front matter has no date
 * article: article.txt                      # optional; default article.txt beside this file
 * claims:
 *   - type: Pledge                          # an EventKind name
 *     sentence: "pledged 12 tanks to Ruritania"   # a fragment of the evidence sentence, unique in the text
 *     roles:                                # role name: one name or a list of names
 *       donor: Freedonia
 *       recipient: Ruritania
 *       item: tanks
 *     quantity: 12
 *     quantityQualifier: Exactly
 *     date: 2024-03-07                      # or notBefore / notAfter; YYYY, YYYY-MM or YYYY-MM-DD
 *     modality: Asserted
 *     attributedTo: Jane Doe                # who the text says it comes from
 *     content: "..."                        # for statements: what was said
 * entities:                                 # every named entity of the article, once (annotation guide)
 *   - name: Vladimir Putin
 *     type: Person
 *     aliases: [Putin]
 * mustNot:                                  # claims the system must not make; only the keys given must match
 *   - type: Accession
 *     roles: {member: Ruritania, alliance: NATO}
 *     modality: Asserted
 * </pre>
 *
 * @param source        where the article was published
 * @param licence       its licence
 * @param retrievedFrom how the text was obtained
 * @param published     publication date (YYYY-MM-DD), kept as written
 * @param article       the article file, relative to the gold file; empty for {@code article.txt}
 * @param claims        the claims the system should make
 * @param mustNot       claims the system must not make
 * @param entities      the named entities of the article, for entity precision and for matching names
 */
public record GoldFile(
        String source,
        String licence,
        @JsonProperty("retrieved-from") String retrievedFrom,
        String published,
        String article,
        List<Entry> claims,
        @JsonProperty("mustNot") List<Entry> mustNot,
        List<EntityEntry> entities) {

    public GoldFile {
        claims = claims == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(claims));
        mustNot = mustNot == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(mustNot));
        entities = entities == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(entities));
    }

    /**
     * One entity the article talks about, as the annotation guide lists them: its fullest name, its type
     * ({@code Person}, {@code Country}, {@code City}, {@code Place}, {@code Organization}, {@code Alliance},
     * {@code Equipment}) and the other forms the article uses for it.
     *
     * @param name    the fullest name in the article
     * @param type    the entity type
     * @param aliases other forms of the name in the article
     */
    public record EntityEntry(String name, String type, List<String> aliases) {
        public EntityEntry {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    /** The article file named in the gold file, if any. */
    public Optional<String> articleFile() {
        return Optional.ofNullable(article).map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * One entry of {@code claims} or {@code mustNot}, as written. Dates are kept as the text of the file
     * (never YAML timestamps), role values as lists even when one name is given.
     *
     * @param type              the event type: an {@link org.claimgraph.extract.EventKind} name
     * @param sentence          a fragment of the evidence sentence
     * @param roles             role name to the names filling it ({@code office} names the office held)
     * @param quantity          counted items
     * @param quantityQualifier AtLeast, Exactly, Approximately or AtMost
     * @param date              the date, at the precision the text gives
     * @param notBefore         lower bound
     * @param notAfter          upper bound
     * @param modality          a {@link org.claimgraph.extract.Modality} name
     * @param attributedTo      who the text says the claim comes from
     * @param content           for statements: what was said
     */
    public record Entry(
            String type,
            String sentence,
            Map<String, List<String>> roles,
            Integer quantity,
            String quantityQualifier,
            String date,
            String notBefore,
            String notAfter,
            String modality,
            List<String> attributedTo,
            String content) {

        public Entry {
            // Copies that keep null values, so that the reader can say which value is missing.
            roles = roles == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(roles));
            attributedTo =
                    attributedTo == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(attributedTo));
        }
    }
}

package org.claimgraph.mention;

import java.util.Objects;
import java.util.Optional;

/**
 * Something an article names, as claimgraph knows it: from the gazetteer (possibly linked to Wikidata) or
 * local to the articles (never linked without evidence).
 *
 * @param key        stable key: the gazetteer key, or {@code local/<type>/<slug>} for a local entity
 * @param type       its kind
 * @param label      its name
 * @param wikidata   the verified Wikidata id (for example {@code Q7184}), if any
 * @param withinKey  key of the country a place, body or person belongs to, if known
 * @param gender     {@code male}, {@code female} or empty, for pronouns
 * @param category   a finer kind for items ({@code tank}, {@code aircraft}) or empty
 * @param local      true when the gazetteer does not know it
 */
public record Entity(
        String key,
        EntityType type,
        String label,
        Optional<String> wikidata,
        Optional<String> withinKey,
        String gender,
        String category,
        boolean local) {

    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(wikidata, "wikidata");
        Objects.requireNonNull(withinKey, "withinKey");
        gender = gender == null ? "" : gender;
        category = category == null ? "" : category;
    }

    /** A local entity the gazetteer lacks. */
    public static Entity local(EntityType type, String label) {
        return new Entity(localKey(type, label), type, label, Optional.empty(), Optional.empty(), "", "", true);
    }

    /** The key a local entity of this type and label gets. */
    public static String localKey(EntityType type, String label) {
        return "local/" + type.name().toLowerCase(java.util.Locale.ROOT) + "/" + Slugs.slug(label);
    }

    /** The same entity with another type (for example when context shows an unknown name is a place). */
    public Entity withType(EntityType newType) {
        if (!local) {
            return this;
        }
        return new Entity(localKey(newType, label), newType, label, wikidata, withinKey, gender, category, true);
    }
}

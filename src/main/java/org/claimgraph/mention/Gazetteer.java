package org.claimgraph.mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.sys.ClaimgraphException;
import org.claimgraph.sys.DataFiles;
import org.claimgraph.sys.DataFiles.Row;
import org.claimgraph.sys.Lazy;

/**
 * The names claimgraph knows: countries (with demonyms and capitals), places, organizations, people,
 * equipment and the offices people held, read from the TSV files under {@code gazetteer/} on the classpath.
 * Wikidata ids in those files are verified against public sources, which each row names.
 *
 * <pre>
 * Gazetteer g = Gazetteer.bundled();
 * Optional&lt;Entity&gt; nato = g.entity("nato");
 * </pre>
 */
public final class Gazetteer {
    /** The files read, in order; a missing file is skipped. */
    public static final List<String> FILES =
            List.of("countries.tsv", "places.tsv", "organizations.tsv", "people.tsv", "equipment.tsv");
    /** The file of offices held. */
    public static final String POSITIONS_FILE = "positions.tsv";

    private static final Lazy<Gazetteer> BUNDLED = Lazy.of(() -> load("gazetteer/"));

    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<SurfaceForm> forms = new ArrayList<>();
    private final Map<String, String> capitalToCountry = new HashMap<>();
    private final Map<String, String> countryToCapital = new HashMap<>();
    private final List<Position> positions = new ArrayList<>();
    /** Places by the folded key of their label without "the", in file order: {@link #seatOf}'s first look-up. */
    private final Map<String, List<Entity>> placesByLabel = new HashMap<>();
    /** Places by the folded key of each of their names without "the", in form order: its second. */
    private final Map<String, List<Entity>> placesByName = new HashMap<>();
    /** Each entity's names, folded as {@link #seatKey} folds them, in form order: its third. */
    private final Map<String, List<String>> namesByEntity = new HashMap<>();

    /** How a surface form refers to its entity. */
    public enum FormKind {
        /** A name or alias. */
        NAME,
        /** An adjective or people noun derived from a country name ("Norwegian"). */
        DEMONYM,
        /**
         * A short form that bodies of several states share ("the Foreign Office", "the MoD", "the Treasury"): it
         * names one of them only where the article names that body's state and no other sharing body's state.
         */
        SHARED
    }

    /**
     * A string that names an entity.
     *
     * @param text      the form, as written in the gazetteer
     * @param entityKey the entity it names
     * @param kind      name, demonym or a short form several states' bodies share
     */
    public record SurfaceForm(String text, String entityKey, FormKind kind) {}

    /**
     * An office someone held, with dates when known.
     *
     * @param holderKey   the person
     * @param office      the office in plain words ("Secretary-General", "Prime Minister")
     * @param officeOfKey the organization or country, if any
     * @param start       first day in office, if known
     * @param end         the day the term ended, which is the successor's first day (as Wikidata's end time
     *                    usually is), so not a day in office; empty while in office
     * @param wikidata    the position's Wikidata item ({@code Q167662}), where a source gives one
     */
    public record Position(
            String holderKey,
            String office,
            Optional<String> officeOfKey,
            Optional<LocalDate> start,
            Optional<LocalDate> end,
            Optional<String> wikidata) {
        /**
         * True when the office was held on {@code day}: from {@code start} up to but not including {@code end}, so
         * that on a handover day only the successor holds it (unknown bounds count as open).
         */
        public boolean heldOn(LocalDate day) {
            return start.map(s -> !day.isBefore(s)).orElse(true)
                    && end.map(day::isBefore).orElse(true);
        }

        /** True when the term had ended by {@code day} (a "former" holder then). */
        public boolean endedBy(LocalDate day) {
            return end.map(e -> !day.isBefore(e)).orElse(false);
        }
    }

    private Gazetteer() {}

    /** The gazetteer shipped with claimgraph, loaded once. */
    public static Gazetteer bundled() {
        return BUNDLED.get();
    }

    /** Loads the gazetteer files found under a classpath folder. */
    public static Gazetteer load(String classpathFolder) {
        Gazetteer g = new Gazetteer();
        for (String file : FILES) {
            g.readFile(classpathFolder + file);
        }
        g.readPositions(classpathFolder + POSITIONS_FILE);
        g.indexPlaces();
        return g;
    }

    /** The entity with this key. */
    public Optional<Entity> entity(String key) {
        return Optional.ofNullable(entities.get(key));
    }

    /** Every entity, in file order. */
    public List<Entity> entities() {
        return List.copyOf(entities.values());
    }

    /** Every surface form (names, aliases, demonyms). */
    public List<SurfaceForm> forms() {
        return List.copyOf(forms);
    }

    /** The key of a country's capital ("the Indian capital" is New Delhi). */
    public Optional<String> capitalOf(String countryKey) {
        return Optional.ofNullable(countryToCapital.get(countryKey));
    }

    /** The key of the country whose capital this city is. */
    public Optional<String> countryOfCapital(String cityKey) {
        return Optional.ofNullable(capitalToCountry.get(cityKey));
    }

    /**
     * The keys of the places a gazetteer place lies in: the country of a city or region, the state whose
     * capital it is. The one source of place containment for merging events, in an article and across articles.
     */
    public Set<String> placesContaining(String placeKey) {
        Set<String> out = new java.util.LinkedHashSet<>();
        entity(placeKey).flatMap(Entity::withinKey).ifPresent(out::add);
        countryOfCapital(placeKey).ifPresent(out::add);
        return out;
    }

    /**
     * The place (a building, a compound) that bears the name of a body: "the Pentagon" and "the White House" name
     * both a government and where it sits; a visit goes to the place.
     */
    public Optional<Entity> seatOf(Entity body) {
        String name = seatKey(body.label());
        // By label first; else by another name of the place ("Kremlin" of the Moscow Kremlin); else by a name the
        // body and the place share ("State Department" of the department and of the Harry S. Truman Building).
        Optional<Entity> byLabel = placesByLabel.getOrDefault(name, List.of()).stream()
                .filter(e -> !e.equals(body))
                .findFirst();
        if (byLabel.isPresent()) {
            return byLabel;
        }
        Optional<Entity> byPlaceName = placeNamed(Set.of(name), body);
        if (byPlaceName.isPresent()) {
            return byPlaceName;
        }
        return placeNamed(namesByEntity.getOrDefault(body.key(), List.of()), body);
    }

    private Optional<Entity> placeNamed(Collection<String> names, Entity body) {
        for (String n : names) {
            Optional<Entity> found = placesByName.getOrDefault(n, List.of()).stream()
                    .filter(e -> !e.equals(body))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * Fills the indexes {@link #seatOf} reads, once the files are read: it is asked for every organisation
     * mention, and scanning every entity and form each time was a tenth of the mention finder's time.
     */
    private void indexPlaces() {
        for (Entity e : entities.values()) {
            if (e.type().isPlace()) {
                placesByLabel
                        .computeIfAbsent(seatKey(e.label()), k -> new ArrayList<>())
                        .add(e);
            }
        }
        for (SurfaceForm f : forms) {
            Entity e = entities.get(f.entityKey());
            if (f.kind() != FormKind.NAME) {
                continue;
            }
            List<String> names = namesByEntity.computeIfAbsent(f.entityKey(), k -> new ArrayList<>());
            if (!names.contains(seatKey(f.text()))) {
                names.add(seatKey(f.text()));
            }
            if (e.type().isPlace()) {
                placesByName
                        .computeIfAbsent(seatKey(f.text()), k -> new ArrayList<>())
                        .add(e);
            }
        }
    }

    private static String seatKey(String name) {
        return TextNormalizer.foldedKey(LEADING_THE.matcher(name).replaceFirst(""));
    }

    private static final java.util.regex.Pattern LEADING_THE = java.util.regex.Pattern.compile("(?i)^the\\s+");

    /** Every position on record. */
    public List<Position> positions() {
        return List.copyOf(positions);
    }

    private void readFile(String resource) {
        List<Row> rows = DataFiles.tsv(resource);
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        for (Row r : rows) {
            String key = r.get("key");
            if (key.isEmpty()) {
                continue;
            }
            EntityType type = switch (file) {
                case "countries.tsv" -> EntityType.COUNTRY;
                case "people.tsv" -> EntityType.PERSON;
                case "equipment.tsv" -> EntityType.EQUIPMENT;
                default -> parseType(resource, r);
            };
            String label = r.get("label");
            Optional<String> wikidata = Optional.of(r.get("wikidata")).filter(s -> s.matches("Q[1-9][0-9]*"));
            Optional<String> within = Optional.of(r.get("country_key")).filter(s -> !s.isEmpty());
            Entity e = new Entity(key, type, label, wikidata, within, r.get("gender"), r.get("category"), false);
            if (entities.putIfAbsent(key, e) != null) {
                throw new ClaimgraphException(resource + " line " + r.line() + ": duplicate key '" + key + "'");
            }
            forms.add(new SurfaceForm(label, key, FormKind.NAME));
            for (String alias : r.list("aliases")) {
                forms.add(new SurfaceForm(alias, key, FormKind.NAME));
            }
            for (String demonym : r.list("demonyms")) {
                forms.add(new SurfaceForm(demonym, key, FormKind.DEMONYM));
            }
            for (String shared : r.list("shared_forms")) {
                forms.add(new SurfaceForm(shared, key, FormKind.SHARED));
            }
            String capital = r.get("capital_key");
            if (!capital.isEmpty()) {
                capitalToCountry.putIfAbsent(
                        capital, key); // A historical state (the Soviet Union) does not take over a capital.
                countryToCapital.putIfAbsent(key, capital);
            }
        }
    }

    private void readPositions(String resource) {
        for (Row r : DataFiles.tsv(resource)) {
            String holder = r.get("holder_key");
            if (holder.isEmpty()) {
                continue;
            }
            positions.add(new Position(
                    holder,
                    r.get("office"),
                    Optional.of(r.get("office_of_key")).filter(s -> !s.isEmpty()),
                    date(r.get("start")),
                    date(r.get("end")),
                    Optional.of(r.get("position_wikidata")).map(String::strip).filter(q -> q.matches("Q\\d+"))));
        }
    }

    private static Optional<LocalDate> date(String s) {
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.matches("\\d{4}")) {
            return Optional.of(LocalDate.of(Integer.parseInt(s), 1, 1));
        }
        if (s.matches("\\d{4}-\\d{2}")) {
            return Optional.of(LocalDate.parse(s + "-01"));
        }
        return Optional.of(LocalDate.parse(s));
    }

    private static EntityType parseType(String resource, Row r) {
        String t = r.get("type");
        try {
            return EntityType.parse(t);
        } catch (IllegalArgumentException e) {
            throw new ClaimgraphException(resource + " line " + r.line() + ": unknown type '" + t + "'");
        }
    }
}

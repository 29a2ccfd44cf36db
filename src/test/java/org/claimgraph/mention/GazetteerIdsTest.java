package org.claimgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimgraph.sys.DataFiles;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer's Wikidata ids: well formed, each with its sources, every source key documented in its file's header,
 * and none shared by two entities.
 */
class GazetteerIdsTest {
    @Test
    void everyIdIsWellFormedAndNamesItsSources() {
        List<String> bad = new ArrayList<>();
        for (String file : Gazetteer.FILES) {
            for (DataFiles.Row r : DataFiles.tsv("gazetteer/" + file)) {
                String id = r.get("wikidata");
                if (!id.isEmpty()
                        && (!id.matches("Q[1-9][0-9]*") || r.get("source").isBlank())) {
                    bad.add(file + " line " + r.line() + ": " + r.get("key") + " " + id);
                }
            }
        }
        for (DataFiles.Row r : DataFiles.tsv("gazetteer/" + Gazetteer.POSITIONS_FILE)) {
            String id = r.get("position_wikidata");
            if (!id.isEmpty() && (!id.matches("Q[1-9][0-9]*") || r.get("source").isBlank())) {
                bad.add("positions.tsv line " + r.line() + ": " + id);
            }
        }
        assertEquals(List.of(), bad);
    }

    /** A header line {@code # key = repository:path @commit ...} documents a source key; {@code # name:KEY = ...} a qualifier. */
    private static final Pattern DOCUMENTED = Pattern.compile("^#\\s*([A-Za-z0-9][\\w.:-]*)\\s*=");

    @Test
    void everySourceKeyIsDocumentedInItsFilesHeader() throws IOException {
        List<String> undocumented = new ArrayList<>();
        List<String> files = Stream.concat(Gazetteer.FILES.stream(), Stream.of(Gazetteer.POSITIONS_FILE))
                .toList();
        for (String file : files) {
            Set<String> documented = Files.readAllLines(Path.of("src", "main", "resources", "gazetteer", file)).stream()
                    .map(DOCUMENTED::matcher)
                    .filter(Matcher::find)
                    .map(m -> m.group(1))
                    .collect(Collectors.toSet());
            for (DataFiles.Row r : DataFiles.tsv("gazetteer/" + file)) {
                for (String key : r.list("source")) {
                    int colon = key.indexOf(':');
                    String plain = colon > 0 && documented.contains(key.substring(0, colon) + ":KEY")
                            ? key.substring(colon + 1)
                            : key;
                    if (!documented.contains(plain)) {
                        undocumented.add(file + " line " + r.line() + ": " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), undocumented);
    }

    @Test
    void noTwoEntitiesShareAnId() {
        Map<String, List<String>> byId = new TreeMap<>();
        for (Entity e : Gazetteer.bundled().entities()) {
            e.wikidata()
                    .ifPresent(
                            q -> byId.computeIfAbsent(q, k -> new ArrayList<>()).add(e.key()));
        }
        List<String> shared = byId.entrySet().stream()
                .filter(x -> x.getValue().size() > 1)
                .map(x -> x.getKey() + " " + x.getValue())
                .toList();
        assertEquals(List.of(), shared);
        assertTrue(byId.size() > 575, "linked entities: " + byId.size());
    }

    @Test
    void everyPositionHolderAndOfficeOfIsInTheGazetteer() {
        Gazetteer g = Gazetteer.bundled();
        List<String> dangling = new ArrayList<>();
        for (Gazetteer.Position p : g.positions()) {
            if (g.entity(p.holderKey()).isEmpty()) {
                dangling.add(p.holderKey());
            }
            p.officeOfKey().filter(k -> g.entity(k).isEmpty()).ifPresent(dangling::add);
            if (p.start().isPresent() && p.end().isPresent()) {
                assertTrue(p.start().get().isBefore(p.end().get()), p.holderKey() + " " + p.office());
            }
        }
        assertEquals(List.of(), dangling);
    }
}

package org.claimgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimgraph.sys.DataFiles;
import org.junit.jupiter.api.Test;

/** The gazetteer's Wikidata ids: well formed, each with its sources, and none shared by two entities. */
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
        assertTrue(byId.size() > 450, "linked entities: " + byId.size());
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

package org.claimgraph.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.analyze.Sentence;
import org.claimgraph.mention.Gazetteer.FormKind;
import org.claimgraph.mention.Gazetteer.SurfaceForm;

/**
 * Finds gazetteer names in a sentence, longest match first, comparing normalised text so that ’ and ',
 * dashes and spacing around hyphens do not matter, nor diacritics when the exact spelling is not known
 * ("Recep Tayyip Erdogan" for "Erdoğan"). A match must start and end on token boundaries.
 */
/*package*/ final class NameIndex {
    /** A gazetteer match: tokens [from, to) and the forms that matched (best first). */
    record Match(int from, int to, List<SurfaceForm> forms) {}

    private static final int MAX_TOKENS = 10;
    private static final List<EntityType> TYPE_PRIORITY = List.of(
            EntityType.COUNTRY,
            EntityType.ALLIANCE,
            EntityType.ORGANIZATION,
            EntityType.CITY,
            EntityType.PERSON,
            EntityType.PLACE,
            EntityType.EQUIPMENT,
            EntityType.ASSISTANCE,
            EntityType.ACTOR);

    private final Map<String, List<SurfaceForm>> byKey = new HashMap<>();
    private final Map<String, List<SurfaceForm>> byPlainKey = new HashMap<>();

    NameIndex(Gazetteer gazetteer) {
        for (SurfaceForm f : gazetteer.forms()) {
            byKey.computeIfAbsent(TextNormalizer.key(f.text()), k -> new ArrayList<>())
                    .add(f);
            byPlainKey
                    .computeIfAbsent(TextNormalizer.plainKey(f.text()), k -> new ArrayList<>())
                    .add(f);
        }
        Comparator<SurfaceForm> best = Comparator.comparing((SurfaceForm f) -> f.kind() == FormKind.NAME ? 0 : 1)
                .thenComparing(f -> TYPE_PRIORITY.indexOf(
                        gazetteer.entity(f.entityKey()).orElseThrow().type()));
        byKey.values().forEach(list -> list.sort(best));
        byPlainKey.values().forEach(list -> list.sort(best));
    }

    /** Matches in the sentence, left to right, never overlapping, each the longest at its start. */
    List<Match> matches(String text, Sentence s) {
        List<Match> out = new ArrayList<>();
        int n = s.tokens().size();
        int i = 0;
        while (i < n) {
            Optional<Match> m = longestAt(text, s, i, n);
            if (m.isPresent()) {
                out.add(m.get());
                i = m.get().to();
            } else {
                i++;
            }
        }
        return out;
    }

    private Optional<Match> longestAt(String text, Sentence s, int from, int n) {
        for (int to = Math.min(n, from + MAX_TOKENS); to > from; to--) {
            String key = TextNormalizer.key(s.text(text, from, to));
            List<SurfaceForm> forms = byKey.get(key);
            if (forms == null) {
                // Without diacritics ("Erdogan" for "Erdoğan"), either side; an ASCII key is its own plain key.
                forms = byPlainKey.get(key.chars().allMatch(c -> c < 128) ? key : TextNormalizer.plainKey(key));
            }
            if (forms != null) {
                return Optional.of(new Match(from, to, forms));
            }
        }
        return Optional.empty();
    }
}

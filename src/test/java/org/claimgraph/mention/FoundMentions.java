package org.claimgraph.mention;

import java.util.List;

/** What the mention tests look up in the mentions of a text: one by its words, all listed for a failure. */
final class FoundMentions {
    private FoundMentions() {}

    /** The mention with exactly these words; fails listing all mentions when there is none. */
    static Mention at(Mentions ms, String surface) {
        return ms.all().stream()
                .filter(m -> m.text().equals(surface))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + texts(ms)));
    }

    /** Every mention as "words->entity/type/kind", for failure messages. */
    static List<String> texts(Mentions ms) {
        return ms.all().stream()
                .map(m ->
                        m.text() + "->" + m.entity().label() + "/" + m.entity().type() + "/" + m.kind())
                .toList();
    }
}

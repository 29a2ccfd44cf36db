package org.claimgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.claimgraph.ingest.Article;
import org.junit.jupiter.api.Test;

/** The benchmark corpus: the same on every run, every text distinct, names and dates varied. */
class CorpusGeneratorTest {
    private final CorpusGenerator gen = CorpusGenerator.bundled();

    @Test
    void theCorpusIsTheSameOnEveryRunAndEveryTextIsDistinct() {
        assertEquals(12, gen.templates());
        assertEquals(gen.article(37), CorpusGenerator.bundled().article(37));
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < 120; i++) {
            Article a = gen.article(i);
            assertTrue(hashes.add(a.contentHash()), "distinct text " + i);
            assertEquals(java.util.Optional.of(CorpusGenerator.url(i)), a.url());
            assertTrue(a.text().endsWith("(Article " + i + ".)\n"));
        }
    }

    @Test
    void namesAndDatesAreSubstitutedAndTheTemplateShowsThrough() {
        Article first = gen.article(7); // wh-2023-04-finland-joins-nato, twice with different seeds
        Article second = gen.article(19);
        assertNotEquals(first.text(), second.text());
        assertTrue(first.text().contains("NATO") && second.text().contains("NATO"), "organisations are kept");
        assertTrue(first.published().orElseThrow().isBefore(java.time.LocalDate.of(2023, 4, 5)));
        assertTrue(first.published().orElseThrow().isAfter(java.time.LocalDate.of(2021, 4, 3)));
    }
}

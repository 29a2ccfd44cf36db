package org.claimgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.EventKind;
import org.claimgraph.extract.Modality;
import org.claimgraph.extract.QuantityQualifier;
import org.claimgraph.extract.Role;
import org.claimgraph.ingest.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {
    private static final String GOLD = """
            source: https://example.org/news/1
            licence: "CC0"
            retrieved-from: "written for this test"
            published: 2024-03-05
            claims:
              - type: Pledge
                sentence: "Freedonia   pledged 40 armored vehicles"
                roles:
                  donor: Freedonia
                  recipient: [Ruritania]
                  item: armored vehicles
                quantity: 40
                quantityQualifier: exactly
                notAfter: 2024-03
                date: 2024-03-05
                modality: Asserted
                attributedTo: Anna Varga
              - type: OfficeHolding
                sentence: "Ruritanian President Anna K. Varga"
                roles: {holder: Anna Varga, office: President, officeOf: Ruritania}
            mustNot:
              - type: Pledge
                quantity: 4
            """;

    private static String problem(String yaml) {
        return assertThrows(GoldException.class, () -> Fixture.gold(yaml)).getMessage();
    }

    @Test
    void readsEveryFieldWithDatesAsText() {
        GoldCase c = Fixture.gold(GOLD);
        assertEquals("https://example.org/news/1", c.gold().source());
        assertEquals("written for this test", c.gold().retrievedFrom());
        assertEquals("2024-03-05", c.gold().published());
        Expectation p = c.claims().get(0);
        assertEquals(EventKind.Pledge, p.type());
        assertEquals(List.of("Ruritania"), p.roles().get(Role.recipient));
        assertEquals(List.of("Freedonia"), p.roles().get(Role.donor));
        assertEquals(Optional.of(40), p.quantity());
        assertEquals(Optional.of(QuantityQualifier.Exactly), p.qualifier());
        assertEquals(Optional.of("2024-03-05"), p.date());
        assertEquals(Optional.of("2024-03"), p.notAfter());
        assertEquals(Optional.of(Modality.Asserted), p.modality());
        assertEquals(List.of("Anna Varga"), p.attributedTo());
        assertEquals(Fixture.TEXT.indexOf("Freedonia pledged"), p.fragmentFrom());
        assertEquals(Fixture.TEXT.indexOf(" to Ruritania"), p.fragmentTo());
        Expectation o = c.claims().get(1);
        assertEquals(Optional.of("President"), o.office());
        assertEquals(List.of("Ruritania"), o.roles().get(Role.officeOf));
        assertTrue(c.mustNot().get(0).forbidden());
        assertEquals(-1, c.mustNot().get(0).fragmentFrom());
    }

    @Test
    void badValuesAreNamed() {
        assertTrue(
                problem(GOLD.replace("modality: Asserted", "modalty: Asserted")).contains("unknown key 'modalty'"));
        assertTrue(problem(GOLD.replace("type: OfficeHolding", "type: Holding")).contains("type 'Holding'"));
        assertTrue(
                problem(GOLD.replace("modality: Asserted", "modality: Certain")).contains("modality 'Certain'"));
        assertTrue(problem(GOLD.replace("date: 2024-03-05", "date: March 2024")).contains("date 'March 2024'"));
        assertTrue(
                problem(GOLD.replace("notAfter: 2024-03", "notAfter: 2024-13")).contains("notAfter"));
        assertTrue(problem(GOLD.replace("donor: Freedonia", "giver: Freedonia")).contains("unknown role 'giver'"));
        assertTrue(problem(GOLD.replace("quantity: 40", "quantity: many")).contains("quantity"));
        assertTrue(problem(GOLD.replace("published: 2024-03-05", "published: 2024-03-06"))
                .contains("differs"));
        assertTrue(problem("claims: [\n").contains("malformed YAML"));
        assertTrue(problem("").contains("empty"));
    }

    @Test
    void fragmentsMustOccurExactlyOnce() {
        String missing = problem(GOLD.replace("Freedonia   pledged 40 armored vehicles", "Freedonia promised 40"));
        assertTrue(missing.contains("does not occur"), missing);
        String twice = problem(GOLD.replace("Freedonia   pledged 40 armored vehicles", "Varga"));
        assertTrue(twice.contains("occurs 2 times"), twice);
        String none = problem(GOLD.replace("    sentence: \"Ruritanian President Anna K. Varga\"\n", ""));
        assertTrue(none.contains("claims #2") && none.contains("no sentence"), none);
    }

    @Test
    void aMustNotEntryNeedsMoreThanItsType() {
        assertTrue(problem(GOLD.replace("    quantity: 4\n", "")).contains("forbids every Pledge"));
    }

    @Test
    void foldersAreSearchedAndArticlesFound(@TempDir Path dir) throws IOException {
        Path a = Files.createDirectories(dir.resolve("cases/a"));
        Files.writeString(a.resolve("article.txt"), "---\npublished: 2024-03-05\n---\n" + Fixture.TEXT);
        Files.writeString(a.resolve("gold.yaml"), GOLD);
        Path b = Files.createDirectories(dir.resolve("cases/b/deeper"));
        Files.writeString(b.resolve("text.txt"), Fixture.TEXT);
        Files.writeString(b.resolve("gold.yaml"), "article: text.txt\n" + GOLD);
        Files.writeString(dir.resolve("cases/notes.yaml"), "not: a gold file\n");

        GoldReader reader = new GoldReader();
        assertEquals(List.of(a.resolve("gold.yaml"), b.resolve("gold.yaml")), reader.expand(List.of(dir)));
        List<GoldCase> cases = reader.readAll(List.of(dir));
        assertEquals(List.of("a", "deeper"), cases.stream().map(GoldCase::name).toList());
        assertEquals(Fixture.TEXT, cases.get(0).article().text());
        // The article in b has no front matter: the gold file's date is used.
        assertEquals(
                Optional.of(LocalDate.of(2024, 3, 5)), cases.get(1).article().published());
    }

    @Test
    void missingInputsAreInputErrors(@TempDir Path dir) throws IOException {
        assertTrue(assertThrows(InputException.class, () -> new GoldReader().expand(List.of(dir)))
                .getMessage()
                .contains("no gold.yaml"));
        Files.writeString(dir.resolve("gold.yaml"), GOLD);
        assertTrue(assertThrows(GoldException.class, () -> new GoldReader().read(dir.resolve("gold.yaml")))
                .getMessage()
                .contains("article.txt"));
        assertThrows(InputException.class, () -> new GoldReader().expand(List.of(dir.resolve("nothing"))));
    }
}

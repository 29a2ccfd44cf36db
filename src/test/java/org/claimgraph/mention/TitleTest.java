package org.claimgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimgraph.analyze.AnalyzedText;
import org.claimgraph.analyze.CoreNlpAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Offices the text gives named people, as office holdings: with a military rank between title and name, in
 * the words the text uses, in apposition, and with a surname later on. Sentences and people written for these
 * tests.
 */
class TitleTest {
    private static Mentions find(String text) {
        AnalyzedText a = CoreNlpAnalyzer.shared().analyze(text, Optional.of(LocalDate.parse("2023-03-01")));
        return MentionFinder.bundled().find(a);
    }

    private static Title titleOf(Mentions ms, String holder) {
        return ms.titles().stream()
                .filter(t -> t.holder().entity().label().equals(holder))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no title for '" + holder + "' in " + describe(ms)));
    }

    private static List<String> describe(Mentions ms) {
        return ms.titles().stream()
                .map(t -> t.holder().entity().label() + " | " + t.office() + " | "
                        + t.officeOf().map(Entity::key).orElse("-"))
                .toList();
    }

    @Test
    void aRankBetweenTitleAndNameIsNeitherOfficeNorName() {
        Mentions ms = find("Chinese Defense Minister Gen. Li Wenbo met Army Lt. Gen. Petra Holm on Monday.");
        Title minister = titleOf(ms, "Li Wenbo");
        assertEquals("Defense Minister", minister.office());
        assertEquals(Optional.of("china"), minister.officeOf().map(Entity::key));
        assertEquals(EntityType.PERSON, minister.holder().entity().type());
        assertTrue(ms.all().stream().anyMatch(m -> m.text().equals("Petra Holm")), "the rank is not in the name");
        assertTrue(
                ms.titles().stream().noneMatch(t -> t.holder().entity().label().equals("Petra Holm")),
                "a rank is not an office: " + describe(ms));
    }

    @Test
    void anOfficeOfABodyWithARankBeforeTheName() {
        Mentions ms = find("Pentagon spokesman Army Col. Tom Reed said that Joint Chiefs of Staff Chairman Army Gen. "
                + "Ana Ortiz and Southcom Commander Navy Adm. Karl Brandt would attend.");
        Title spokesman = titleOf(ms, "Tom Reed");
        assertEquals("spokesman", spokesman.office(), "the office's own words, not 'spokesperson'");
        assertEquals(Optional.of("pentagon"), spokesman.officeOf().map(Entity::key));
        Title chairman = titleOf(ms, "Ana Ortiz");
        assertEquals("Chairman", chairman.office());
        assertEquals(Optional.of("joint-chiefs-of-staff"), chairman.officeOf().map(Entity::key));
        Title commander = titleOf(ms, "Karl Brandt");
        assertEquals("Commander", commander.office());
        assertEquals(Optional.of("us-southern-command"), commander.officeOf().map(Entity::key));
    }

    @Test
    void officesAreRecordedInTheWordsOfTheText() {
        Mentions ms = find("Foreign Secretary Jane Moss, chief Pentagon spokesperson Ann Lee and Finance Minister "
                + "Rui Costa spoke after Minister of National Defense Kim Dae-ho.");
        assertEquals("Foreign Secretary", titleOf(ms, "Jane Moss").office());
        assertEquals("Foreign Minister", titleOf(ms, "Jane Moss").position(), "compared as the same post");
        assertEquals("chief spokesperson", titleOf(ms, "Ann Lee").office());
        assertEquals("Finance Minister", titleOf(ms, "Rui Costa").office());
        assertTrue(
                ms.titles().stream().anyMatch(t -> t.office().equals("Minister of National Defense")),
                describe(ms).toString());
    }

    @Test
    void officesInAppositionNameTheirCommand() {
        Mentions ms = find("Anna Berg, commander of U.S. Southern Command, and Jon Lind, commander, U.S. Africa "
                + "Command, spoke with Ana Ruiz, who is currently the U.S. ambassador to Peru.");
        assertEquals(
                Optional.of("us-southern-command"),
                titleOf(ms, "Anna Berg").officeOf().map(Entity::key));
        assertEquals("commander", titleOf(ms, "Jon Lind").office());
        assertEquals(
                Optional.of("us-africa-command"),
                titleOf(ms, "Jon Lind").officeOf().map(Entity::key));
        assertEquals("ambassador to Peru", titleOf(ms, "Ana Ruiz").office());
        assertEquals(
                Optional.of("united-states"), titleOf(ms, "Ana Ruiz").officeOf().map(Entity::key));
    }

    @Test
    void anOfficeBeforeACommaAndAName() {
        Mentions ms = find("Brazil’s newly elected president, Ana Soto, arrived in Lima.");
        assertEquals("President", titleOf(ms, "Ana Soto").office());
        assertEquals(Optional.of("brazil"), titleOf(ms, "Ana Soto").officeOf().map(Entity::key));
    }

    @Test
    void aTitleWithASurnameLaterIsAnOfficeOfThePersonNamedInFull() {
        Mentions ms = find("Defense Secretary Mark Holt met Defense Minister Ivo Marek on Monday. "
                + "Secretary Holt thanked Minister Marek for his help.");
        List<Title> holt = ms.titles().stream()
                .filter(t -> t.holder().entity().label().equals("Mark Holt"))
                .toList();
        assertEquals(
                List.of("Defense Secretary", "Secretary"),
                holt.stream().map(Title::office).toList());
        assertEquals(
                2,
                ms.titles().stream()
                        .filter(t -> t.holder().entity().label().equals("Ivo Marek"))
                        .count());
    }

    @Test
    void commanderAloneBeforeANameIsARank() {
        Mentions ms = find("Commander Dan Holt of U.S. Pacific Command said the launch failed.");
        assertTrue(ms.titles().isEmpty(), describe(ms).toString());
        assertTrue(ms.all().stream().anyMatch(m -> m.text().equals("Dan Holt")));
    }

    @Test
    void anOfficeHeldAsTheSubjectOrOwnerOfTheClause() {
        Mentions ms = find("Ana Ortiz was due to step down as secretary general at the summit.");
        assertEquals("Secretary General", titleOf(ms, "Ana Ortiz").office());
        Mentions serving = find("Currently serving as the commander of U.S. Pacific Command, Dan Holt would replace "
                + "the outgoing chief.");
        assertEquals("commander", titleOf(serving, "Dan Holt").office());
        assertEquals(
                Optional.of("us-pacific-command"),
                titleOf(serving, "Dan Holt").officeOf().map(Entity::key));
        Mentions his =
                find("Navy Adm. Dan Holt arrived in Lima. Holt's visits marked his first as SOUTHCOM commander.");
        assertEquals(
                Optional.of("us-southern-command"),
                titleOf(his, "Dan Holt").officeOf().map(Entity::key));
    }

    @Test
    void anOfficeNotHeldNowIsNoOfficeHolding() {
        for (String text : new String[] {
            "Ruritania will nominate Ana Ortiz to serve as ambassador to Peru.",
            "Ana Ortiz served as defense minister from 2010 to 2014.",
            "Ana Ortiz hopes to serve as president one day.",
            "Ana Ortiz will take over as commander of U.S. Pacific Command in May."
        }) {
            Mentions ms = find(text);
            assertTrue(ms.titles().isEmpty(), text + ": " + describe(ms));
        }
    }
}

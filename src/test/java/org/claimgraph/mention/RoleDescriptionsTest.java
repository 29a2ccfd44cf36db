package org.claimgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimgraph.analyze.AnalyzedText;
import org.claimgraph.analyze.CoreNlpAnalyzer;
import org.claimgraph.mention.Mention.MentionKind;
import org.junit.jupiter.api.Test;

/**
 * Definite role descriptions as speakers and actors ("the secretary", "the general", "the Pentagon
 * spokesperson", "the Chinese leader") and the pronouns of reported speech. Sentences and people written for
 * these tests.
 */
class RoleDescriptionsTest {
    private static Mentions find(String text) {
        AnalyzedText a = CoreNlpAnalyzer.shared().analyze(text, Optional.of(LocalDate.parse("2023-03-01")));
        return MentionFinder.bundled().find(a);
    }

    private static List<String> resolved(Mentions ms, String surface) {
        return ms.all().stream()
                .filter(m -> m.text().equals(surface))
                .map(m -> m.entity().label())
                .toList();
    }

    private static String one(Mentions ms, String surface) {
        List<String> r = resolved(ms, surface);
        assertEquals(1, r.size(), "'" + surface + "' in " + describe(ms));
        return r.get(0);
    }

    private static List<String> describe(Mentions ms) {
        return ms.all().stream()
                .map(m -> m.text() + "->" + m.entity().label() + "/" + m.kind())
                .toList();
    }

    @Test
    void aBareOfficeOrRankRefersToWhoeverWasLastGivenIt() {
        Mentions ms = find("Secretary of Defense Mark Holt met Army Gen. Petra Holm and Navy Adm. Karl Brandt. "
                + "Pentagon spokesman Army Col. Tom Reed said the talks went well. The secretary thanked the general, "
                + "the admiral praised the troops, and the colonel said more talks would follow.");
        assertEquals("Mark Holt", one(ms, "The secretary"));
        assertEquals("Petra Holm", one(ms, "the general"));
        assertEquals("Karl Brandt", one(ms, "the admiral"));
        assertEquals("Tom Reed", one(ms, "the colonel"));
    }

    @Test
    void aBareOfficeIsTheHolderTheArticleNamesMostNotTheLastNamedWithThatHead() {
        Mentions ms = find("Defense Secretary Mark Holt will travel to Asia next week, Press Secretary Tom Reed said. "
                + "Holt will meet his counterparts in Japan. Holt will also visit troops. "
                + "The trip follows a visit to Tokyo by Secretary of State Ana Ruiz. "
                + "The secretary will then fly to Manila.");
        assertEquals("Mark Holt", one(ms, "The secretary"));
    }

    @Test
    void theCapitalOfAStateNamedByItsAdjectiveIsThatCity() {
        Mentions ms =
                find("Mark Holt arrived in the Indian capital on Friday and later flew to the Ukrainian capital.");
        assertEquals("New Delhi", one(ms, "the Indian capital"));
        assertEquals("Kyiv", one(ms, "the Ukrainian capital"));
    }

    @Test
    void aDescriptionWithItsBodyOrItsNounsFindsTheMatchingTitle() {
        Mentions ms =
                find("Pentagon spokesperson Ann Lee said Defense Minister Ivo Marek and Finance Minister Rui Costa "
                        + "arrived on Monday. The minister of finance left early, the Pentagon spokesperson said.");
        assertEquals("Ann Lee", one(ms, "the Pentagon spokesperson"));
        assertEquals(
                MentionKind.ROLE,
                ms.all().stream()
                        .filter(m -> m.text().equals("the Pentagon spokesperson"))
                        .findFirst()
                        .orElseThrow()
                        .kind());
        Mentions minister =
                find("Defense Minister Ivo Marek met Finance Minister Rui Costa. The finance minister spoke.");
        assertEquals("Rui Costa", one(minister, "The finance minister"));
        Mentions last = find("Finance Minister Rui Costa met Defense Minister Ivo Marek. The minister spoke.");
        assertEquals("Ivo Marek", one(last, "The minister"), "the most recent holder of a minister's office");
    }

    @Test
    void anAlreadyStatedOfficeGivesNoSecondOfficeHolding() {
        Mentions ms = find("Defense Secretary Mark Holt arrived on Monday. The defense secretary spoke briefly.");
        assertEquals("Mark Holt", one(ms, "The defense secretary"));
        assertEquals(1, ms.titles().size(), ms.titles().toString());
    }

    @Test
    void theLeaderOfAStateIsItsHeadTheArticleNamesOrTheGazetteerGives() {
        Mentions ms = find("Xi Jinping met Joe Biden in Bali. The Chinese leader said relations must improve.");
        assertEquals("Xi Jinping", one(ms, "The Chinese leader"));
        Mentions unnamed = find("The American leader said relations must improve.");
        assertEquals("Joe Biden", one(unnamed, "The American leader"), "the only holder of a leading U.S. office");
        assertTrue(resolved(find("The leader said relations must improve."), "The leader")
                .isEmpty());
    }

    @Test
    void thePluralOfAnOfficeIsEveryoneGivenIt() {
        Mentions ms = find("President Ana Soto met President Ivo Marek. The presidents discussed trade.");
        assertEquals(List.of("Ana Soto", "Ivo Marek"), resolved(ms, "The presidents"));
    }

    @Test
    void officialsStayUnnamedSources() {
        Mentions ms = find("Defense Secretary Mark Holt arrived on Monday. The official said the talks went well.");
        assertTrue(resolved(ms, "The official").isEmpty(), describe(ms).toString());
        Mentions general =
                find("Army Gen. Petra Holm arrived. The attorney general and the general public stayed away.");
        assertTrue(
                general.all().stream().noneMatch(m -> m.kind() == MentionKind.ROLE),
                describe(general).toString());
    }

    @Test
    void aPronounThatSpeaksAgainIsTheReporterNotThePersonReportedOn() {
        Mentions ms = find("Ann Lee said Mark Holt stressed that the alliance was strong. "
                + "\"They also discussed the budget,\" she added.");
        assertEquals("Ann Lee", one(ms, "she"));
        Mentions genders = find("Ann Lee said the two men met on Monday. Mark Holt praised the plan, she said, "
                + "and he noted that it would help.");
        assertEquals("Ann Lee", one(genders, "she"));
        assertEquals("Mark Holt", one(genders, "he"), "she was Ann Lee, so he is someone else");
    }

    @Test
    void theLeadersAreThePeopleJustNamedButNotTheirReporter() {
        Mentions ms = find("Defense Secretary Mark Holt hosted Defense Minister Ivo Marek at the ministry. "
                + "The two men discussed trade. They also praised the alliance.");
        assertEquals(List.of("Mark Holt", "Ivo Marek"), resolved(ms, "The two men"));
        assertEquals(List.of("Mark Holt", "Ivo Marek"), resolved(ms, "They"));
        Mentions reported = find("Ann Lee said Mark Holt met Ivo Marek. The leaders discussed trade.");
        assertEquals(List.of("Mark Holt", "Ivo Marek"), resolved(reported, "The leaders"));
        Mentions told =
                find("Mark Holt told Ivo Marek that the alliance was strong. The two men then discussed trade.");
        assertEquals(java.util.Set.of("Mark Holt", "Ivo Marek"), java.util.Set.copyOf(resolved(told, "The two men")));
    }

    @Test
    void theAgencyIsTheBodyNamedLastTheAllianceTheOneNamedMost() {
        Mentions ms = find("NATO met on Monday. NATO leaders spoke to the European Union and to the World Health"
                + " Organization. The agency said it was ready. The alliance said it would help.");
        assertEquals("World Health Organization", one(ms, "The agency"));
        assertEquals("NATO", one(ms, "The alliance"));
    }
}

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
 * A person named in full is one entity however the article shortens or respells the name later: surnames,
 * family names written first, full names without their initials, diacritics and transliterations. Sentences
 * written for these tests (the people in them are invented, except where a gazetteer person is the point).
 */
class PersonNamesTest {
    private static Mentions find(String text, String published) {
        AnalyzedText a = CoreNlpAnalyzer.shared()
                .analyze(text, Optional.ofNullable(published).map(LocalDate::parse));
        return MentionFinder.bundled().find(a);
    }

    private static List<Mention> all(Mentions ms, String surface) {
        List<Mention> out =
                ms.all().stream().filter(m -> m.text().equals(surface)).toList();
        assertTrue(!out.isEmpty(), "no mention '" + surface + "' in " + describe(ms));
        return out;
    }

    private static Mention at(Mentions ms, String surface) {
        return all(ms, surface).get(0);
    }

    private static List<String> describe(Mentions ms) {
        return ms.all().stream()
                .map(m -> m.text() + "->" + m.entity().label() + "/" + m.kind())
                .toList();
    }

    private static long people(Mentions ms) {
        return ms.entities().values().stream()
                .filter(e -> e.type() == EntityType.PERSON)
                .count();
    }

    @Test
    void surnamesMatchAcrossDiacriticsAndTransliterations() {
        Mentions ms = find(
                "Recep Tayyip Erdoğan spoke to Volodymyr Zelenskyy on Monday. Erdogan said Zelensky would visit.",
                null);
        assertEquals("recep-tayyip-erdogan", at(ms, "Erdogan").entity().key());
        assertEquals(MentionKind.SURNAME, at(ms, "Erdogan").kind());
        assertEquals("volodymyr-zelenskyy", at(ms, "Zelensky").entity().key());
    }

    @Test
    void aFullNameWithoutItsInitialIsTheSamePersonAndTheSurnameResolves() {
        Mentions ms = find(
                "Ana B. Ortiz arrived in Lima on Monday. Ana Ortiz met students there. Ortiz said she was pleased.",
                null);
        Entity first = at(ms, "Ana B. Ortiz").entity();
        assertEquals(first, at(ms, "Ana Ortiz").entity());
        assertEquals(first, at(ms, "Ortiz").entity());
        assertEquals(1, people(ms), describe(ms).toString());
    }

    @Test
    void aRulersNameWithoutItsNumberRefersBackToIt() {
        Mentions ms =
                find("King Mohammed II of Ruritania arrived in Lima on Monday. King Mohammed thanked the hosts.", null);
        Entity king = at(ms, "Mohammed II").entity();
        assertEquals(EntityType.PERSON, king.type());
        assertEquals(king, at(ms, "Mohammed").entity());
        assertEquals(1, people(ms), describe(ms).toString());
    }

    @Test
    void aFamilyNameWrittenFirstRefersBack() {
        Mentions ms =
                find("Chinese Defense Minister Gen. Li Wenbo met Tom Reed on Friday. Li requested the meeting.", null);
        assertEquals("Li Wenbo", at(ms, "Li").entity().label());
        assertEquals(MentionKind.SURNAME, at(ms, "Li").kind());
    }

    @Test
    void namesAreNotCutAtParticlesOrHyphens() {
        Mentions ms = find(
                "Joao Pedro dos Santos met South Korean Defense Minister Kim Dae-sung in Seoul. Later, dos Santos "
                        + "thanked Kim for the visit.",
                null);
        Entity santos = at(ms, "Joao Pedro dos Santos").entity();
        assertEquals(EntityType.PERSON, santos.type());
        assertEquals(santos, at(ms, "Santos").entity());
        assertEquals("Kim Dae-sung", at(ms, "Kim").entity().label());
        assertEquals(2, people(ms), describe(ms).toString());
    }

    @Test
    void aSurnameBeforeTheFullNameRefersToIt() {
        Mentions ms = find("Holt said the talks went well. Defense Secretary Mark Holt arrived on Monday.", null);
        assertEquals("Mark Holt", at(ms, "Holt").entity().label());
        assertEquals(1, people(ms), describe(ms).toString());
    }

    @Test
    void aSurnameAloneIsTheGazetteerPersonInOfficeOnThePublicationDate() {
        Mentions ms = find("Putin said on Monday that the talks would go on.", "2023-04-20");
        assertEquals("vladimir-putin", at(ms, "Putin").entity().key());
        Mentions undated = find("Putin said on Monday that the talks would go on.", null);
        assertTrue(at(undated, "Putin").entity().local(), "no date, no office holder to guess");
    }

    @Test
    void theAuthorATitleNamesBySurnameIsTheGazetteerPerson() {
        Optional<LocalDate> day = Optional.of(LocalDate.parse("2022-02-23"));
        AnalyzedText text = CoreNlpAnalyzer.shared().analyze("We will meet our allies tomorrow.", day);
        AnalyzedText title = CoreNlpAnalyzer.shared().analyze("Statement by President Biden on the summit", day);
        Mentions ms = MentionFinder.bundled().find(text, Optional.of(title));
        assertEquals(Optional.of("joe-biden"), ms.author().map(Entity::key));
        assertEquals("joe-biden", at(ms, "We").entity().key());
    }

    @Test
    void aWeaponNameInsideAPersonsNameIsTheName() {
        Mentions ms = find("U.S. Ambassador Tom Bradley attended the ceremony.", null);
        assertEquals(EntityType.PERSON, at(ms, "Tom Bradley").entity().type());
        assertTrue(
                ms.all().stream().noneMatch(m -> m.entity().type() == EntityType.EQUIPMENT),
                describe(ms).toString());
    }

    @Test
    void aBodyNamedBeforeTheWordStatementInATitleIsTheAuthor() {
        Optional<LocalDate> day = Optional.of(LocalDate.parse("2024-04-14"));
        AnalyzedText text = CoreNlpAnalyzer.shared().analyze("We condemn the attack in the strongest terms.", day);
        AnalyzedText title = CoreNlpAnalyzer.shared().analyze("NATO Allies’ Statement on the attack", day);
        Mentions ms = MentionFinder.bundled().find(text, Optional.of(title));
        assertEquals(Optional.of("NATO"), ms.author().map(Entity::label));
        assertEquals("NATO", at(ms, "We").entity().label());
    }

    @Test
    void particlesJoinedByHyphensAndPortugueseEKeepTheNameWhole() {
        Mentions ms = find(
                "Ruritanian President Amir-Karim el-Dessouki met Prime Minister Tomas Ferreira e Lobo. "
                        + "Dessouki thanked Lobo.",
                null);
        Entity amir = at(ms, "Amir-Karim el-Dessouki").entity();
        Entity tomas = at(ms, "Tomas Ferreira e Lobo").entity();
        assertEquals(amir, at(ms, "Dessouki").entity(), describe(ms).toString());
        assertEquals(tomas, at(ms, "Lobo").entity(), describe(ms).toString());
    }

    @Test
    void theNameBeforeBinAndAFamilyNameInCapitalsReferBack() {
        Mentions ms = find(
                "Sheikh Faisal bin Nasser Al Murri met Mr. TANAKA Hiroki in Doha. Sheikh Faisal and TANAKA "
                        + "agreed to meet again.",
                null);
        Entity faisal = at(ms, "Sheikh Faisal bin Nasser Al Murri").entity();
        Entity tanaka = at(ms, "TANAKA Hiroki").entity();
        assertEquals(faisal, at(ms, "Sheikh Faisal").entity(), describe(ms).toString());
        assertEquals(MentionKind.SURNAME, at(ms, "Sheikh Faisal").kind());
        assertEquals(tanaka, at(ms, "TANAKA").entity(), describe(ms).toString());
    }

    @Test
    void aGivenNameAloneAfterTheFullNameIsThatPerson() {
        Mentions ms = find(
                "Staff Sgt. Dario Venn, a dog trainer, came home. Dario hugged his wife. Later Dario and Mara "
                        + "Quist spoke.",
                null);
        Entity dario = at(ms, "Dario Venn").entity();
        assertTrue(
                all(ms, "Dario").stream().allMatch(m -> m.entity().equals(dario)),
                describe(ms).toString());
    }

    @Test
    void anOutletsReporterIsTwoNamesNotOne() {
        Mentions ms = find(
                "The analyst told RTN's Dario Venn that talks would resume. Pilgrims visited St. Olaf's Basilica.",
                null);
        assertEquals(
                EntityType.PERSON,
                at(ms, "Dario Venn").entity().type(),
                describe(ms).toString());
        assertTrue(
                ms.all().stream().noneMatch(m -> m.text().contains("RTN's")),
                describe(ms).toString());
        assertTrue(
                ms.all().stream().anyMatch(m -> m.text().contains("Olaf's Basilica")),
                describe(ms).toString());
    }

    @Test
    void aTitlesAuthorBySurnameIsThePersonTheTextNamesInFull() {
        AnalyzedText title =
                CoreNlpAnalyzer.shared().analyze("Statement from Governor Venn on the Flood", Optional.empty());
        AnalyzedText body = CoreNlpAnalyzer.shared()
                .analyze("Governor Dario L. Venn, Jr. thanked the rescue teams. I am grateful.", Optional.empty());
        Mentions ms = MentionFinder.bundled().find(body, Optional.of(title));
        Entity venn = at(ms, "Dario L. Venn, Jr.").entity();
        assertEquals(Optional.of(venn), ms.author(), describe(ms).toString());
        assertTrue(
                ms.entities().values().stream().noneMatch(e -> e.label().equals("Venn")),
                describe(ms).toString());
    }
}

package org.claimgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.analyze.AnalyzedText;
import org.claimgraph.analyze.CoreNlpAnalyzer;
import org.claimgraph.mention.Mention.MentionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The gazetteer beyond one topic: regions, seas, straits, rivers, peninsulas, special territories, EU and UN
 * bodies and ministries are found by name with their type and verified id, on sentences written for these tests.
 */
class NewsGazetteerTest {
    private static Mentions find(String text) {
        AnalyzedText a = CoreNlpAnalyzer.shared().analyze(text, Optional.of(LocalDate.parse("2024-05-02")));
        return MentionFinder.bundled().find(a);
    }

    private static Mention at(Mentions ms, String surface) {
        return ms.all().stream()
                .filter(m -> m.text().equals(surface) && m.kind() == MentionKind.NAME)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no name '" + surface + "' in "
                        + ms.all().stream()
                                .map(m -> m.text() + "->" + m.entity().key() + "/" + m.kind())
                                .toList()));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Houthi forces fired missiles at ships in the Red Sea on Tuesday.            | Red Sea                        | red-sea                    | PLACE        | Q23406
            Two destroyers sailed through the Taiwan Strait last week.                  | Taiwan Strait                  | taiwan-strait              | PLACE        | Q127031
            Tankers were seized near the Strait of Hormuz.                              | Strait of Hormuz               | strait-of-hormuz           | PLACE        | Q79883
            The navy patrols the Persian Gulf and the Gulf of Aden.                     | Gulf of Aden                   | gulf-of-aden               | PLACE        | Q41837
            Juntas across the Sahel expelled French troops.                             | Sahel                          | sahel                      | PLACE        | Q66065
            Leaders from the Middle East met in Cairo.                                  | Middle East                    | middle-east                | PLACE        | Q7204
            Elections in the Balkans drew observers.                                    | Balkans                        | balkans                    | PLACE        | Q23522
            Russia's influence in Central Asia is waning.                               | Central Asia                   | central-asia               | PLACE        | Q27275
            Drones struck ports on the Sea of Azov overnight.                           | Sea of Azov                    | sea-of-azov                | PLACE        | Q35000
            Ukrainian troops crossed the Dnipro River near Kherson.                     | Dnipro River                   | dnieper                    | PLACE        | Q40855
            Tensions rose again on the Korean Peninsula.                                | Korean Peninsula               | korean-peninsula           | PLACE        | Q483134
            The frigate left the North Sea for the Baltic Sea.                      | Baltic Sea                     | baltic-sea                 | PLACE        | Q545
            Protests spread across Hong Kong in the summer.                             | Hong Kong                      | hong-kong                  | PLACE        | Q8646
            The president said the United States wants Greenland.                       | Greenland                      | greenland                  | PLACE        | Q223
            The European Commission proposed new sanctions.                             | European Commission            | european-commission        | ORGANIZATION | Q8880
            The UN Security Council met in emergency session.                           | UN Security Council            | un-security-council        | ORGANIZATION | Q37470
            Ministers met at the Foreign Affairs Council in Brussels.                   | Foreign Affairs Council        | foreign-affairs-council    | ORGANIZATION | Q973809
            The World Food Programme warned of famine.                                  | World Food Programme           | world-food-programme       | ORGANIZATION | Q204344
            Aid trucks entered Gaza on Sunday.                                          | Gaza                           | gaza-strip                 | PLACE        | Q39760
            Russian troops remain in Transnistria.                                      | Transnistria                   | transnistria               | PLACE        | Q907112
            """)
    void namesOfTheNewsAreFoundWithTypeAndVerifiedId(
            String sentence, String surface, String key, EntityType type, String wikidata) {
        Entity e = at(find(sentence), surface).entity();
        assertEquals(key, e.key());
        assertEquals(type, e.type());
        assertEquals(Optional.of(wikidata), e.wikidata());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Flooding closed schools across Texas and Oklahoma.                          | Texas                  | texas              | PLACE        | Q1439
            The governor of California signed the bill.                                 | California             | california         | PLACE        | Q99
            Storms batter islands of the Caribbean every autumn.                        | Caribbean              | caribbean          | PLACE        | Q664609
            Observers criticised the camps in Xinjiang.                                 | Xinjiang               | xinjiang           | PLACE        | Q34800
            The group once held territory the size of Britain, and ISIL still recruits. | ISIL                   | islamic-state      | ORGANIZATION | Q2429253
            Fighters loyal to the Islamic State attacked a checkpoint.                  | Islamic State          | islamic-state      | ORGANIZATION | Q2429253
            """)
    void statesRegionsAndArmedGroupsAddedForIssue13HaveTheirVerifiedIds(
            String sentence, String surface, String key, EntityType type, String wikidata) {
        Entity e = at(find(sentence), surface).entity();
        assertEquals(key, e.key());
        assertEquals(type, e.type());
        assertEquals(Optional.of(wikidata), e.wikidata());
    }

    @Test
    void aNameIsNeverCutInsideOrItsPlaceMadeAnActor() {
        Mentions ms = find("Raids on al-Qaida cells in Oregon and the Islamic State of Iraq and the Levant left the "
                + "Eastern Mediterranean calm, the U.S-Canada panel said.");
        assertEquals("al-qaeda", at(ms, "al-Qaida").entity().key());
        assertTrue(at(ms, "al-Qaida").entity().wikidata().isEmpty(), "one source only: left unlinked");
        assertEquals(
                "islamic-state",
                at(ms, "Islamic State of Iraq and the Levant").entity().key());
        assertEquals(EntityType.PLACE, at(ms, "Oregon").entity().type());
        assertTrue(at(ms, "Oregon").entity().wikidata().isEmpty(), "the two sources disagree: left unlinked");
        assertEquals(EntityType.PLACE, at(ms, "Eastern Mediterranean").entity().type());
        assertEquals("united-states", at(ms, "U.S").entity().key());
        assertTrue(ms.all().stream()
                .noneMatch(m -> m.text().equals("Islamic") || m.text().equals("Qaida")));
    }

    @Test
    void aStateNamedAsBefore2019AndAHistoricalStateAreCountries() {
        Mentions ms =
                find("Skopje's leaders said the Republic of Macedonia, once part of Yugoslavia, would join NATO.");
        assertEquals("north-macedonia", at(ms, "Republic of Macedonia").entity().key());
        assertEquals(EntityType.COUNTRY, at(ms, "Yugoslavia").entity().type());
    }

    @Test
    void seasRegionsAndTerritoriesArePlacesNeverCountriesOrActors() {
        Mentions ms = find("Russian warships left the Black Sea for the Mediterranean Sea, passing Gibraltar.");
        for (String surface : List.of("Black Sea", "Mediterranean Sea", "Gibraltar")) {
            EntityType t = at(ms, surface).entity().type();
            assertEquals(EntityType.PLACE, t, surface);
            assertTrue(t.isPlace() && !t.isActor(), surface + " is a place that cannot act");
        }
    }

    @Test
    void everyWaterAndPeninsulaInTheGazetteerIsAPlace() {
        List<String> notPlaces = Gazetteer.bundled().entities().stream()
                .filter(e -> e.label().matches("(.+ )?(Sea|Ocean|Strait|Gulf|Canal|River|Reservoir|Peninsula)( of .+)?")
                        || e.label().matches("Bosporus|Dardanelles|Dnieper|Danube"))
                // a group named for where it fights ("al-Qaeda in the Arabian Peninsula") is not the water or land
                .filter(e -> !e.label().matches(".+ in the .+"))
                .filter(e -> e.type() != EntityType.PLACE)
                .map(e -> e.key() + " " + e.type())
                .toList();
        assertEquals(List.of(), notPlaces);
    }

    @Test
    void aTerritoryLiesInTheStateThatAdministersItAndADisputedOneInNone() {
        Gazetteer g = Gazetteer.bundled();
        assertEquals(Set.of("china"), g.placesContaining("hong-kong"));
        assertEquals(Set.of("united-states"), g.placesContaining("puerto-rico"));
        assertEquals(Set.of(), g.placesContaining("western-sahara"));
        assertEquals(Set.of(), g.placesContaining("black-sea"));
    }

    @Test
    void gazaCityIsNotTheGazaStrip() {
        Entity city = at(find("Strikes hit Gaza City overnight."), "Gaza City").entity();
        assertEquals("gaza-city", city.key());
        assertEquals(Optional.empty(), city.wikidata(), "no verified id: better unlinked than linked to the Strip");
    }

    @Test
    void theCityOfDniproIsNotTheRiver() {
        Entity dnipro = at(find("Missiles hit Dnipro on Monday."), "Dnipro").entity();
        assertEquals("dnipro", dnipro.key());
        assertEquals(EntityType.CITY, dnipro.type());
    }

    @Test
    void ministriesAndTheirShortFormsAreBodiesOfTheirStateNotTheState() {
        Mentions ms =
                find("Foggy Bottom said the talks would resume, and Russia's Defense Ministry denied the report.");
        Entity state = at(ms, "Foggy Bottom").entity();
        assertEquals("us-state-department", state.key());
        assertEquals(EntityType.ORGANIZATION, state.type());
        assertEquals(Optional.of("united-states"), state.withinKey());
        assertEquals(Optional.of("Q789915"), state.wikidata());
        Entity mod = at(ms, "Russia's Defense Ministry").entity();
        assertEquals("russian-defence-ministry", mod.key());
        assertFalse(
                ms.all().stream().anyMatch(m -> m.entity().key().equals("russia")),
                "the ministry's name is not a mention of Russia");
    }

    @Test
    void theKremlinIsThePresidencyAsABodyAndTheBuildingAsAPlace() {
        Mentions ms = find("Officials said the Kremlin rejected the offer, although the envoy was received in the "
                + "Kremlin a day later and the Russian government had agreed to the talks.");
        Entity presidency = at(ms, "the Kremlin").entity();
        assertEquals("kremlin", presidency.key());
        assertEquals("Kremlin", presidency.label(), "the label the seed's warning names its speaker by");
        assertEquals(EntityType.ORGANIZATION, presidency.type());
        assertEquals(Optional.of("Q2060629"), presidency.wikidata(), "the Presidential Administration of Russia");
        Entity building = ms.all().stream()
                .filter(m -> m.text().endsWith("Kremlin") && m.entity().type().isPlace())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no place named Kremlin"))
                .entity();
        assertEquals("moscow-kremlin", building.key());
        assertEquals(Optional.of("Q133274"), building.wikidata(), "the Moscow Kremlin");
        Entity cabinet = at(ms, "Russian government").entity();
        assertEquals("government-of-russia", cabinet.key());
        assertEquals(Optional.of("Q1140115"), cabinet.wikidata(), "the cabinet is not the presidency");
    }

    @Test
    void thePentagonIsTheDepartmentOfDefenseAndAtThePentagonTheUnlinkedBuilding() {
        Mentions ms = find("Officials said the Pentagon denied the report after the minister was received at the "
                + "Pentagon, and a Defense Department spokesperson confirmed it.");
        List<Mention> named = ms.all().stream()
                .filter(m -> m.text().endsWith("Pentagon") || m.text().equals("Defense Department"))
                .toList();
        assertEquals(3, named.size(), named.toString());
        assertEquals("pentagon", named.get(0).entity().key());
        assertEquals(Optional.of("Q11209"), named.get(0).entity().wikidata(), "the Department of Defense");
        assertEquals("the-pentagon-building", named.get(1).entity().key());
        assertTrue(named.get(1).entity().wikidata().isEmpty(), "the building has no verified id");
        assertEquals(named.get(0).entity(), named.get(2).entity(), "one department by both names");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tokyo said Japan's Defense Ministry would publish the plan.               | Japan's Defense Ministry   | japanese-defence-ministry        | japan
            The Japanese Foreign Ministry summoned the ambassador.                    | Japanese Foreign Ministry  | japanese-foreign-ministry        | japan
            A spokesman for the Ministry of External Affairs rejected the claim.      | Ministry of External Affairs | indian-external-affairs-ministry | india
            Officials of India's Defence Ministry signed the contract.                | India's Defence Ministry   | indian-defence-ministry          | india
            HM Treasury froze the assets of the bank.                                 | HM Treasury                | hm-treasury                      | united-kingdom
            The French Finance Ministry forecast slower growth.                       | French Finance Ministry    | french-finance-ministry          | france
            China's Finance Ministry issued new bonds.                                | China's Finance Ministry   | chinese-finance-ministry         | china
            """)
    void ministriesOfTheStatesMostInTheNewsAreBodiesOfTheirState(
            String sentence, String surface, String key, String state) {
        Mentions ms = find(sentence);
        Entity e = at(ms, surface).entity();
        assertEquals(key, e.key());
        assertEquals(EntityType.ORGANIZATION, e.type());
        assertEquals(Optional.of(state), e.withinKey());
        assertFalse(
                ms.all().stream().anyMatch(m -> m.entity().key().equals(state) && surface.contains(m.text())),
                "the ministry's name is not a mention of its state");
    }

    @Test
    void ministriesTwoSourcesPairWithAnIdAreLinkedAndTheOthersNot() {
        Mentions ms = find("The Department of the Treasury and India's Finance Ministry agreed, and the Japanese "
                + "Foreign Ministry welcomed it.");
        assertEquals(
                Optional.of("Q648666"),
                at(ms, "Department of the Treasury").entity().wikidata());
        assertEquals(
                Optional.of("Q2641068"),
                at(ms, "India's Finance Ministry").entity().wikidata());
        assertEquals(
                Optional.empty(), at(ms, "Japanese Foreign Ministry").entity().wikidata(), "one source only");
    }

    @Test
    void aMinistryIsNeverItsMinister() {
        Mentions ms = find("Japan's Defense Minister Minoru Kihara said the Japanese Defense Ministry would respond.");
        Entity ministry = at(ms, "Japanese Defense Ministry").entity();
        assertEquals("japanese-defence-ministry", ministry.key());
        assertEquals(EntityType.PERSON, at(ms, "Minoru Kihara").entity().type(), "the minister is a person");
        assertFalse(
                ms.all().stream()
                        .anyMatch(
                                m -> m.text().contains("Minister") && m.entity().equals(ministry)),
                "the minister's title names no ministry");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Britain sent envoys to Kyiv, and the Foreign Office said talks would go on.        | Foreign Office | uk-foreign-office
            Germany will send tanks, the Foreign Office confirmed in Berlin.                   | Foreign Office | german-foreign-office
            The United States imposed sanctions; the Treasury named ten banks.                 | Treasury       | us-treasury
            The UK will fund drones, the MoD said, and Russia denied losses.                   | MoD            | uk-ministry-of-defence
            """)
    void aShortFormStatesShareNamesTheBodyOfTheOneSharingStateTheArticleNames(
            String sentence, String surface, String key) {
        assertEquals(key, at(find(sentence), surface).entity().key());
    }

    @Test
    void aSharedShortFormNamesNoBodyWhenTheArticleLeavesItOpenOrItIsATitle() {
        Mentions both = find("Britain and Germany agreed, and the Foreign Office said talks would go on.");
        assertTrue(
                both.all().stream().noneMatch(m -> m.entity().key().endsWith("foreign-office")),
                "both sharing states named: neither body");
        Mentions title = find("The United States acted, and the Treasury Secretary named ten banks.");
        assertTrue(
                title.all().stream().noneMatch(m -> m.entity().key().equals("us-treasury")), "a title, not the body");
        Mentions noThe = find("In Tel Aviv, Israeli officers briefed MOD Gallant on the plan.");
        assertTrue(
                noThe.all().stream().noneMatch(m -> m.entity().key().endsWith("ministry-of-defence")),
                "a minister's title, not the ministry");
    }

    @Test
    void aBodyNamedAfterAPairOfStatesIsNamedWholeAndIsNoPersonBesideATitle() {
        Mentions ms =
                find("Both ministers praised the U.S.-Japan Alliance, chief spokesperson Jane Roe told reporters.");
        Entity alliance = at(ms, "U.S.-Japan Alliance").entity();
        assertEquals(EntityType.ORGANIZATION, alliance.type());
        assertTrue(
                ms.all().stream()
                        .noneMatch(m -> m.entity().key().equals("united-states")
                                || m.entity().key().equals("japan")),
                "the states opening the name are not mentions of their own: " + ms.all());
    }

    @Test
    void theStateDepartmentAfterAtIsItsBuildingAndOtherwiseTheDepartment() {
        Mentions ms = find("The envoys met at the State Department on Monday, and the State Department later said "
                + "the talks went well.");
        List<Mention> named = ms.all().stream()
                .filter(m -> m.text().equals("State Department"))
                .toList();
        assertEquals(2, named.size(), named.toString());
        assertEquals("harry-s-truman-building", named.get(0).entity().key());
        assertEquals(EntityType.PLACE, named.get(0).entity().type());
        assertEquals("us-state-department", named.get(1).entity().key());
    }

    @Test
    void anAgencyWithItsAbbreviationIsOneEntityAndARegionalAdjectiveNone() {
        Mentions ms = find("The U.K. Maritime Trade Operations agency (UKMTO) reported a drone attack. UKMTO said "
                + "ships should keep clear, as the Euro-Atlantic community watched.");
        assertEquals(
                Set.of("uk-maritime-trade-operations"),
                ms.all().stream()
                        .filter(m -> m.text().contains("Maritime") || m.text().equals("UKMTO"))
                        .map(m -> m.entity().key())
                        .collect(java.util.stream.Collectors.toSet()));
        assertTrue(
                ms.all().stream().noneMatch(m -> m.text().contains("Atlantic")),
                ms.all().toString());
        Entity mod = at(find("Russia's defense ministry denied the report."), "Russia's defense ministry")
                .entity();
        assertEquals("russian-defence-ministry", mod.key(), "the ministry written in lower case");
    }

    @Test
    void acronymsWithAndWithoutDotsNameTheSameEntity() {
        Mentions ms = find("The U.S. and the UK urged the EU and the U.N. to act; US and U.K. officials agreed.");
        assertEquals("united-states", at(ms, "U.S.").entity().key());
        assertEquals("united-states", at(ms, "US").entity().key());
        assertEquals("united-kingdom", at(ms, "UK").entity().key());
        assertEquals("united-kingdom", at(ms, "U.K.").entity().key());
        assertEquals("european-union", at(ms, "EU").entity().key());
        assertEquals("united-nations", at(ms, "U.N.").entity().key());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            The carrier flew its CH-53s and MH-53s ashore with relief supplies.        | CH-53s              | ch-53                    | EQUIPMENT
            The carrier flew its CH-53s and MH-53s ashore with relief supplies.        | MH-53s              | mh-53                    | EQUIPMENT
            Marines landed four MV-22 Ospreys and a UH-1Y Huey at the stadium.          | MV-22 Ospreys       | v-22                     | EQUIPMENT
            Black Hawk helicopters ferried the wounded to the coast.                    | Black Hawk          | uh-60                    | EQUIPMENT
            The regime keeps Scud, Rodong and Musudan missiles near the border.         | Rodong              | rodong                   | EQUIPMENT
            The regime keeps Scud, Rodong and Musudan missiles near the border.         | Musudan             | musudan                  | EQUIPMENT
            An MQ-9 Reaper was lost over the sea on Monday.                             | MQ-9 Reaper         | mq-9                     | EQUIPMENT
            The launch was hailed in the Rodong Sinmun on Friday.                       | Rodong Sinmun       | rodong-sinmun            | ORGANIZATION
            Officials blamed Kataeb Hezbollah for the rocket attack on the base.        | Kataeb Hezbollah    | kataib-hezbollah         | ORGANIZATION
            The general led Iran's Quds Force for two decades.                          | Quds Force          | quds-force               | ORGANIZATION
            Palestinian Islamic Jihad fired rockets from the strip.                     | Palestinian Islamic Jihad | palestinian-islamic-jihad | ORGANIZATION
            West Germany joined the alliance long before reunification.                 | West Germany        | west-germany             | COUNTRY
            He moved from CIA director to the cabinet in the spring.                    | CIA                 | cia                      | ORGANIZATION
            The storm flooded the coast, and FEMA sent teams on Sunday.                 | FEMA                | fema                     | ORGANIZATION
            Funds went to the International Organization for Migration last year.       | International Organization for Migration | iom | ORGANIZATION
            Donors resumed support for the UN Relief and Works Agency in March.         | UN Relief and Works Agency | unrwa             | ORGANIZATION
            The president spoke to reporters aboard Air Force One on Friday.            | Air Force One       | air-force-one            | EQUIPMENT
            """)
    void weaponsArmedGroupsAndFormerStatesNewsNamesAreInTheGazetteer(
            String sentence, String surface, String key, EntityType type) {
        // Helicopters, missiles and drones by designator or popular name (plurals and the spaced "CH 53" too), the
        // militias news of the region names, and states that no longer exist: each one entity of its type, never
        // a cut name ("MH"), an actor ("Rodong") or the bare "Hezbollah" of a longer name.
        Mention m = at(find(sentence), surface);
        assertEquals(key, m.entity().key());
        assertEquals(type, m.entity().type());
    }
}

package org.claimgraph.mention;

import static org.claimgraph.mention.FoundMentions.at;
import static org.claimgraph.mention.FoundMentions.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.analyze.AnalyzedText;
import org.claimgraph.analyze.CoreNlpAnalyzer;
import org.claimgraph.mention.Mention.MentionKind;
import org.junit.jupiter.api.Test;

/** Mentions and their resolution, on sentences written for these tests. */
class MentionFinderTest {
    private static Mentions find(String text, String published) {
        AnalyzedText a = CoreNlpAnalyzer.shared()
                .analyze(text, Optional.ofNullable(published).map(LocalDate::parse));
        return MentionFinder.bundled().find(a);
    }

    @Test
    void gazetteerNamesMatchLongestFirstWithTypographicApostrophes() {
        Mentions ms = find("Poland’s leaders met officials of the North Atlantic Treaty Organization in Warsaw.", null);
        assertEquals("poland", at(ms, "Poland").entity().key());
        assertEquals(
                "nato", at(ms, "North Atlantic Treaty Organization").entity().key());
        assertEquals(
                Optional.of("Q7184"),
                at(ms, "North Atlantic Treaty Organization").entity().wikidata());
    }

    @Test
    void demonymsReferToTheirCountryButCannotFillRoles() {
        Mention m = at(find("The Norwegian government approved the plan.", null), "Norwegian");
        assertEquals("norway", m.entity().key());
        assertEquals(MentionKind.DEMONYM, m.kind());
        assertTrue(!m.canFillRole());
    }

    @Test
    void aCapitalStandsForItsStateWhenItActsOrOwnsButNotAsAPlace() {
        Mentions ms = find("Kyiv’s government rejected the offer. The talks took place in Kyiv.", null);
        List<Mention> kyiv =
                ms.all().stream().filter(m -> m.text().equals("Kyiv")).toList();
        assertEquals("ukraine", kyiv.get(0).entity().key(), "Kyiv’s government is Ukraine's");
        assertEquals(Optional.of("kyiv"), kyiv.get(0).named().map(Entity::key));
        assertEquals("kyiv", kyiv.get(1).entity().key(), "in Kyiv is the city");
    }

    @Test
    void unknownNamesBecomeLocalEntitiesTypedFromContext() {
        Mentions ms =
                find("Colonel Ivan Petrenko inspected the Azov Regional Council and later spoke in Zelenograd.", null);
        Entity person = at(ms, "Ivan Petrenko").entity();
        assertEquals(EntityType.PERSON, person.type());
        assertTrue(person.local() && person.wikidata().isEmpty(), "never linked without evidence");
        assertEquals(
                EntityType.ORGANIZATION,
                at(ms, "Azov Regional Council").entity().type());
        assertEquals(EntityType.PLACE, at(ms, "Zelenograd").entity().type());
    }

    @Test
    void surnamesAndPronounsReferBackToTheFullName() {
        Mentions ms = find("Olaf Scholz arrived in Paris on Monday. Scholz said he would stay two days.", null);
        assertEquals(MentionKind.SURNAME, at(ms, "Scholz").kind());
        assertEquals("olaf-scholz", at(ms, "Scholz").entity().key());
        assertEquals("olaf-scholz", at(ms, "he").entity().key());
    }

    @Test
    void femalePronounsSkipMen() {
        Mentions ms = find("Ursula von der Leyen met Olaf Scholz. She then left for Rome.", null);
        assertEquals("ursula-von-der-leyen", at(ms, "She").entity().key());
    }

    @Test
    void aPronounPrefersTheSubjectOfItsOwnSentenceThoughTheParseHangsTheNameFromATitle() {
        Mentions ms = find(
                "Fumio Kishida met with Anthony Albanese on Monday. The two leaders discussed trade. Germany's "
                        + "foreign minister Annalena Baerbock said she was alarmed by the fighting.",
                null);
        assertEquals(
                "annalena-baerbock", at(ms, "she").entity().key(), texts(ms).toString());
    }

    @Test
    void weIsThePublisherOfAnOfficialReleaseThatNamesNoAuthor() {
        AnalyzedText a = CoreNlpAnalyzer.shared().analyze("We condemn the attack.", Optional.empty());
        Mentions release = MentionFinder.bundled()
                .find(a, Optional.empty(), Optional.of("https://www.state.gov/press-statement/"));
        assertEquals("united-states", at(release, "We").entity().key());
        Mentions ukRelease =
                MentionFinder.bundled().find(a, Optional.empty(), Optional.of("https://www.gov.uk/government/news/x"));
        assertEquals("united-kingdom", at(ukRelease, "We").entity().key());
        Mentions news =
                MentionFinder.bundled().find(a, Optional.empty(), Optional.of("https://news.example.org/state.gov"));
        assertTrue(
                news.all().stream().noneMatch(m -> m.text().equals("We")),
                texts(news).toString());
    }

    @Test
    void theyInsideWhatSomeoneSaysIsTheSpeakers() {
        Mentions ms = find("Estonia and Latvia said that they will close the border.", null);
        List<String> they = ms.all().stream()
                .filter(m -> m.text().equals("they"))
                .map(m -> m.entity().key())
                .toList();
        assertEquals(List.of("estonia", "latvia"), they);
    }

    @Test
    void definiteDescriptionsResolveToTheEntityInFocus() {
        Mentions ms = find("Finland talked to NATO about Estonia. The alliance welcomed the Nordic country.", null);
        assertEquals("nato", at(ms, "The alliance").entity().key());
        assertEquals("finland", at(ms, "the Nordic country").entity().key());
    }

    @Test
    void titlesGiveOfficesAndRoleDescriptionsResolveThroughThem() {
        Mentions ms = find(
                "German Chancellor Olaf Scholz arrived on Monday. The German chancellor spoke briefly.", "2023-03-01");
        Title t = ms.titles().get(0);
        assertEquals("olaf-scholz", t.holder().entity().key());
        assertEquals("Chancellor", t.office());
        assertEquals(Optional.of("germany"), t.officeOf().map(Entity::key));
        assertEquals("olaf-scholz", at(ms, "The German chancellor").entity().key());
    }

    @Test
    void roleDescriptionsWithoutATitleUseTheGazetteerOfficesAtThePublicationDate() {
        Mentions ms = find("Olaf Scholz and Mark Rutte met. The Dutch prime minister spoke first.", "2023-03-01");
        assertEquals("mark-rutte", at(ms, "The Dutch prime minister").entity().key());
        Mentions later = find("Olaf Scholz and Mark Rutte met. The Dutch prime minister spoke first.", "2025-03-01");
        assertEquals(
                "dick-schoof",
                at(later, "The Dutch prime minister").entity().key(),
                "in 2025 the office had passed from Rutte to Schoof");
    }

    @Test
    void aDatelineCityIsNoMentionAndNoSubject() {
        Mentions ms = find("KYIV, Ukraine (AP) — Olaf Scholz said the talks went well.\nBy Ana Ortiz", "2023-03-01");
        assertTrue(
                ms.all().stream()
                        .noneMatch(m -> m.text().equals("KYIV") || m.text().equals("Ukraine")),
                "the dateline names nothing: " + texts(ms));
        assertTrue(ms.all().stream().noneMatch(m -> m.text().contains("Ortiz")), "a byline names nobody: " + texts(ms));
        assertEquals("olaf-scholz", at(ms, "Olaf Scholz").entity().key());
    }

    @Test
    void aNameSuffixAfterACommaIsPartOfTheNameAndNoNameOfItsOwn() {
        Mentions ms = find("President Joseph R. Biden, Jr. called Alan Smith, Jr. on Monday.", null);
        assertEquals("joe-biden", at(ms, "Joseph R. Biden, Jr.").entity().key());
        assertEquals(EntityType.PERSON, at(ms, "Alan Smith, Jr.").entity().type());
        assertTrue(
                ms.all().stream().noneMatch(m -> m.text().equals("Jr.")),
                texts(ms).toString());
    }

    @Test
    void aNameSuffixWithoutACommaIsPartOfTheName() {
        // the son is not the father: a name cut before its suffix would be another person
        Mentions ms = find("Prime Minister Anthony Albanese met President Ferdinand Marcos Jr. in Manila.", null);
        assertEquals(
                "Ferdinand Marcos Jr.", at(ms, "Ferdinand Marcos Jr.").entity().label());
        assertTrue(
                ms.all().stream().noneMatch(m -> m.text().equals("Ferdinand Marcos")),
                texts(ms).toString());
    }

    @Test
    void aCapitalisedCommonWordAloneIsNoNameButEndsOne() {
        Mentions ms = find("Cooperation between the two armies grew before the Aspen Security Summit.", null);
        assertTrue(
                ms.all().stream().noneMatch(m -> m.text().equals("Cooperation")),
                texts(ms).toString());
        // Not cut: no word of the meeting's name is taken for an entity of its own; the meeting, named whole, is
        // a body (it has a name of its own).
        assertTrue(
                ms.all().stream()
                        .filter(m -> m.text().contains("Aspen") || m.text().contains("Summit"))
                        .allMatch(m -> m.text().equals("Aspen Security Summit")
                                && m.entity().type() == EntityType.ORGANIZATION),
                texts(ms).toString());
    }

    private static boolean noMention(Mentions ms, String surface) {
        return ms.all().stream().noneMatch(m -> m.text().equals(surface));
    }

    @Test
    void aBodyNamedAfterItsBuildingIsTheBuildingAfterAtOrTo() {
        Mentions ms = find(
                "The minister was received at the Pentagon on Monday. Talks went on inside the Kremlin. "
                        + "A statement from the White House followed.",
                null);
        assertEquals("the-pentagon-building", at(ms, "the Pentagon").entity().key());
        assertEquals("moscow-kremlin", at(ms, "the Kremlin").entity().key());
        assertEquals(
                EntityType.ORGANIZATION, at(ms, "the White House").entity().type(), "from the White House: the body");
    }

    @Test
    void aNameRunsOnOverOfAfterItsHeadAndKeepsAHeadThatIsATitleWord() {
        Mentions ms = find(
                "Inspectors of the Bureau of Fisheries met engineers at the Port of Valdora. "
                        + "Fighting flared in Shan State last week.",
                null);
        assertEquals(
                EntityType.ORGANIZATION, at(ms, "Bureau of Fisheries").entity().type());
        assertEquals(EntityType.PLACE, at(ms, "Port of Valdora").entity().type());
        assertEquals(EntityType.PLACE, at(ms, "Shan State").entity().type());
        assertTrue(
                noMention(ms, "Fisheries") && noMention(ms, "Valdora") && noMention(ms, "Shan"),
                texts(ms).toString());
    }

    @Test
    void aNameOnlyEverAfterAnArticleOrInAHeadingIsNoPerson() {
        Mentions ms = find(
                "Steady Progress\n\nThe ministers agreed on the Regional Readiness Plan. "
                        + "They thanked a Senior Liaison Officer of the unit. Jane Doe said the plan would work.",
                null);
        assertTrue(noMention(ms, "Regional Readiness Plan"), texts(ms).toString());
        assertTrue(
                noMention(ms, "Senior Liaison Officer") && noMention(ms, "Liaison Officer"),
                texts(ms).toString());
        assertTrue(noMention(ms, "Steady Progress"), texts(ms).toString());
        assertEquals(EntityType.PERSON, at(ms, "Jane Doe").entity().type(), "a bare name of two words is a person");
    }

    @Test
    void aBranchOfServiceAfterItsStateAndACampAreNamedWhole() {
        Mentions ms = find(
                "The U.S. Army has delivered tents. Last week, the Air Force announced new flights. "
                        + "Camp Valdor was built in 2002.",
                null);
        assertEquals(EntityType.ORGANIZATION, at(ms, "U.S. Army").entity().type());
        assertEquals(EntityType.ORGANIZATION, at(ms, "Air Force").entity().type());
        assertEquals(EntityType.PLACE, at(ms, "Camp Valdor").entity().type());
    }

    @Test
    void theBodyActsAndTheBuildingIsWhereOneGoes() {
        Mentions ms = find("The Pentagon denied the report. The envoy later arrived at the Pentagon.", null);
        List<Mention> p = ms.all().stream()
                .filter(m -> m.text().equalsIgnoreCase("the Pentagon"))
                .toList();
        assertEquals("pentagon", p.get(0).entity().key(), "The Pentagon denied: the department");
        assertEquals("the-pentagon-building", p.get(1).entity().key(), "arrived at the Pentagon: the building");
    }

    @Test
    void aCapitalisedHeadWordAndAPointOfTheCompassEndAName() {
        Mentions ms = find(
                "Delegates met at the Kestrel Bay Dialogue in Oslo. Anna West, the envoy, spoke. "
                        + "She once led Army South.",
                null);
        assertTrue(noMention(ms, "Kestrel Bay"), "a meeting's name is read whole: " + texts(ms));
        assertEquals(
                EntityType.ORGANIZATION, at(ms, "Kestrel Bay Dialogue").entity().type());
        assertEquals(EntityType.PERSON, at(ms, "Anna West").entity().type());
        assertEquals(EntityType.ORGANIZATION, at(ms, "Army South").entity().type());
        assertTrue(noMention(ms, "Anna") && noMention(ms, "Army"), texts(ms).toString());
    }

    @Test
    void aShortFormOfCommonWordsAndARunInHeadingNameNoEntity() {
        Mentions ms = find(
                "Two soldiers suffered traumatic brain injuries, or TBI, and doctors treat TBI early. "
                        + "The port will upgrade its vessel traffic management system (VTMS) soon. "
                        + "Coastal Fishing Support: The United States will fund new boats. "
                        + "The Philippines needs to expand its VTMS capabilities. Ships anchored off the port of Valdora.",
                null);
        assertTrue(noMention(ms, "TBI") && noMention(ms, "VTMS"), texts(ms).toString());
        assertTrue(noMention(ms, "Coastal Fishing Support"), texts(ms).toString());
        assertEquals("united-states", at(ms, "United States").entity().key());
        assertEquals(EntityType.PLACE, at(ms, "Valdora").entity().type(), "the port of Valdora");
    }

    @Test
    void aBodyNamedAfterAPlaceOrALeaderIsNamedWhole() {
        Mentions ms = find(
                "Funds came under the Obama administration. The U.S. Trade and Development Agency will help. "
                        + "She served as a Minsk Group Co-Chair. He landed at Baghdad International Airport. "
                        + "Reporters waited after the Pentagon meeting.",
                null);
        assertEquals(
                EntityType.ORGANIZATION, at(ms, "Obama administration").entity().type());
        assertTrue(noMention(ms, "Obama"), "the administration, not the president: " + texts(ms));
        assertEquals(
                EntityType.ORGANIZATION,
                at(ms, "U.S. Trade and Development Agency").entity().type());
        assertEquals(EntityType.ORGANIZATION, at(ms, "Minsk Group").entity().type());
        assertTrue(noMention(ms, "Co-Chair"), "a role in the group: " + texts(ms));
        assertEquals(
                EntityType.PLACE,
                at(ms, "Baghdad International Airport").entity().type());
        assertEquals("the-pentagon-building", at(ms, "the Pentagon").entity().key(), "the meeting was held there");
    }

    @Test
    void aWarIsNoEntityAndAPlaceKeepsItsCommonNoun() {
        Mentions ms = find(
                "War returned to the region, unseen since the Second World War. Ties go back to World War I. "
                        + "The rocket fell near the Valdor airfield. She now leads U.S. Army South. "
                        + "Crews repaired the Leopard tanks.",
                null);
        assertTrue(
                ms.all().stream().noneMatch(m -> m.text().contains("War")),
                texts(ms).toString());
        assertEquals(EntityType.PLACE, at(ms, "Valdor airfield").entity().type());
        assertEquals(EntityType.ORGANIZATION, at(ms, "U.S. Army South").entity().type());
        assertEquals("leopard", at(ms, "Leopard tanks").entity().key());
    }

    @Test
    void anotherNameARulersNameAWeaponAndABodyOfTwoHeads() {
        Mentions ms = find(
                "Maria Fernanda Costa Vieira met the envoy. Vieira, widely known as Nanda, took office in May. "
                        + "Nanda spoke later. Dissidents are jailed by the Orlov regime. The army bought Unmanned Surface "
                        + "Systems. She spoke at the Harbor Policy Foundation and Institute.",
                null);
        Entity maria = at(ms, "Maria Fernanda Costa Vieira").entity();
        List<Mention> nanda =
                ms.all().stream().filter(m -> m.text().equals("Nanda")).toList();
        assertEquals(2, nanda.size(), texts(ms).toString());
        assertTrue(
                nanda.stream().allMatch(m -> m.entity().equals(maria)),
                texts(ms).toString());
        assertEquals(EntityType.PERSON, at(ms, "Orlov").entity().type());
        assertTrue(
                ms.all().stream()
                        .filter(m -> m.text().endsWith("Surface Systems"))
                        .allMatch(m -> m.entity().type() == EntityType.EQUIPMENT),
                texts(ms).toString());
        assertTrue(
                ms.all().stream().anyMatch(m -> m.text().endsWith("Surface Systems")),
                texts(ms).toString());
        assertEquals(
                EntityType.ORGANIZATION,
                at(ms, "Harbor Policy Foundation and Institute").entity().type());
    }

    @Test
    void oneWordOfALongerCapitalisedPhraseIsNoEntity() {
        Mentions ms = find(
                "Ruritania's Minister for Foreign Affairs arrived in Japan to watch the Asia Cup of Champions. "
                        + "He praised the Commonwealth of Australia and an Open Indo-Pacific. Baltnews and the Red Sea Times agreed. "
                        + "Orlovia's Public Security Minister resigned. Baltnews reported the talks. "
                        + "VOA Pentagon correspondent Ana Ortiz was there.",
                "2024-01-01");
        List<String> local = ms.all().stream()
                .filter(m -> m.entity().local())
                .map(m -> m.entity().label())
                .toList();
        for (String piece : new String[] {"Affairs", "Cup", "Champions", "Commonwealth", "Open", "Public"}) {
            assertTrue(!local.contains(piece), piece + " in " + texts(ms));
        }
        assertTrue(local.contains("Baltnews"), "a name standing alone stays: " + texts(ms));
        assertTrue(local.contains("VOA"), "an acronym is a whole name: " + texts(ms));
    }

    @Test
    void aHeadingOrDatelineInCapitalsIsNoPerson() {
        Mentions ms = find("REGIONAL POLITICS TODAY-Ruritania and Orlovia aim to boost trade.", "2024-01-01");
        assertTrue(
                ms.all().stream().noneMatch(m -> m.entity().type() == EntityType.PERSON),
                texts(ms).toString());
    }

    @Test
    void aShortFormDefinedInBracketsNamesTheSameEntity() {
        Mentions ms = find(
                "The Ruritanian Coastal Authority (RCA) met the minister. According to the RCA, talks went well.",
                "2024-01-01");
        Entity body = at(ms, "Coastal Authority").entity();
        assertTrue(
                ms.all().stream()
                        .filter(m -> m.text().equals("RCA"))
                        .allMatch(m -> m.entity().equals(body)),
                texts(ms).toString());
        assertEquals(
                2,
                ms.all().stream().filter(m -> m.text().equals("RCA")).count(),
                texts(ms).toString());
    }

    @Test
    void aCompassWordBeforeAStateNamesARegionNotTheState() {
        Mentions ms = find("The leaders discussed the people of Northern Ireland and North Korea.", "2024-01-01");
        Mention region = at(ms, "Northern Ireland");
        assertEquals(EntityType.PLACE, region.entity().type());
        assertTrue(
                ms.all().stream().noneMatch(m -> m.entity().key().equals("ireland")),
                texts(ms).toString());
        assertEquals("north-korea", at(ms, "North Korea").entity().key());
    }

    @Test
    void partsOfLongerNamesUnitsWithNumbersAndCommonCompounds() {
        Mentions ms = find(
                "The drill was held in Southwest Asia. Airmen of the 418th Airlift Wing took part, and Col. Ana Ortiz, "
                        + "the 72nd Training Group commander, praised the Euro-integration efforts and the "
                        + "\"Special Strategic Partnership\" of the Chile – Japan Alliance. The Wing returned.",
                "2024-01-01");
        List<String> labels = ms.all().stream().map(m -> m.entity().label()).toList();
        for (String wrong : new String[] {
            "Southwest",
            "Euro-integration",
            "Special Strategic Partnership",
            "Wing",
            "Japan Alliance",
            "Airlift Wing",
            "Support Group"
        }) {
            assertTrue(!labels.contains(wrong), wrong + " in " + texts(ms));
        }
        assertEquals(
                EntityType.ORGANIZATION, at(ms, "418th Airlift Wing").entity().type());
        assertEquals(
                EntityType.ORGANIZATION, at(ms, "72nd Training Group").entity().type());
    }

    @Test
    void aCapitalisedWordAfterAOrAnIsACommonNoun() {
        Mentions ms = find("She served with a Reserve master sergeant and an Airman from Ohio.", "2024-01-01");
        List<String> labels = ms.all().stream().map(m -> m.entity().label()).toList();
        assertTrue(
                !labels.contains("Reserve") && !labels.contains("Airman"),
                texts(ms).toString());
    }

    @Test
    void aTitleInsideTheWordsAndAPlaceBeforeItsCountry() {
        Mentions ms = find(
                "The envoy met Ruritanian Parliament Speaker Dario Venn while visiting Zelgrad, Indonesia on Monday.",
                "2024-01-01");
        assertEquals(EntityType.PERSON, at(ms, "Dario Venn").entity().type());
        assertEquals(EntityType.PLACE, at(ms, "Zelgrad").entity().type());
    }

    @Test
    void aDesignatorAndItsPopularNameAreOneItemOfEquipment() {
        Mentions ms = find("The crew flew a ZC-130K Sky Mule and a QT-7 Sea Heron over the base.", "2024-01-01");
        assertEquals(EntityType.EQUIPMENT, at(ms, "ZC-130K Sky Mule").entity().type());
        assertEquals(EntityType.EQUIPMENT, at(ms, "QT-7 Sea Heron").entity().type());
        assertTrue(
                ms.all().stream().noneMatch(m -> m.entity().type() == EntityType.PERSON),
                texts(ms).toString());
    }

    @Test
    void coordinatedTitleWordsTitleCaseHeadlinesAndNewsShortForms() {
        Mentions ms = find(
                "Ruritania Expresses Its Support for a Truce in Call With Orlovia, Officials Say\n\n"
                        + "She attended the Regional Foreign and Development Ministers' Meeting. Crises in the Mideast "
                        + "grew.",
                "2024-01-01");
        List<String> labels = ms.all().stream().map(m -> m.entity().label()).toList();
        assertTrue(
                !labels.contains("Call") && !labels.contains("Development"),
                texts(ms).toString());
        assertEquals("middle-east", at(ms, "Mideast").entity().key());
    }

    @Test
    void aCapitalThatStandsForItsStateNamesOnlyTheState() {
        Mentions ms = find("Paris rejected the offer. The delegation later flew to Paris.", null);
        assertEquals("france", ms.all().get(0).entity().key(), texts(ms).toString());
        Mentions acting = find("Paris rejected the offer.", null);
        assertTrue(acting.entities().containsKey("france"), acting.entities().toString());
        assertTrue(!acting.entities().containsKey("paris"), "the capital stands for the state: " + acting.entities());
        assertTrue(ms.entities().containsKey("paris"), "flying to it names the city: " + ms.entities());
    }

    @Test
    void stormsAndNumberedWarsAreReadWholeAndNameNoEntity() {
        Mentions ms = find(
                "Villages hit by Typhoon Korrin and Hurricane Delmar still lack power, the worst damage since World "
                        + "War II.",
                "2024-01-01");
        assertTrue(ms.entities().isEmpty(), texts(ms).toString());
    }

    @Test
    void aShipIsNamedWholeAndItsStrikeGroupIsABody() {
        Mentions ms = find(
                "The destroyer USS Harold T. Lincoln joined the USS Franklin Pierce Carrier Strike Group.",
                "2024-01-01");
        assertEquals(
                EntityType.EQUIPMENT, at(ms, "USS Harold T. Lincoln").entity().type());
        assertEquals(
                EntityType.ORGANIZATION,
                at(ms, "USS Franklin Pierce Carrier Strike Group").entity().type());
        assertTrue(
                ms.all().stream().noneMatch(m -> m.entity().type() == EntityType.PERSON),
                texts(ms).toString());
    }

    @Test
    void aBranchOfServiceBeforeItsAircraftsDesignatorIsABody() {
        Mentions ms = find("A U.S. Air Force C-130 transport landed in Kyiv.", "2024-01-01");
        assertEquals(
                EntityType.ORGANIZATION,
                at(ms, "U.S. Air Force").entity().type(),
                texts(ms).toString());
        assertEquals("c-130", at(ms, "C-130").entity().key());
    }

    @Test
    void aNicknameInQuotesIsPartOfThePersonsName() {
        Mentions ms = find("The envoy met President Taro “Tiger” Wanamaker in the capital.", "2024-01-01");
        Mention m = at(ms, "Taro “Tiger” Wanamaker");
        assertEquals(EntityType.PERSON, m.entity().type());
        assertEquals("Taro Wanamaker", m.entity().label());
        assertEquals(1, ms.entities().size(), texts(ms).toString());
    }

    @Test
    void twoPlacesSharingOneHeadWordAreBothNamed() {
        Mentions ms = find(
                "The straits join the Arctic and Atlantic oceans, far from Central and South America.", "2024-01-01");
        assertEquals("arctic-ocean", at(ms, "Arctic").entity().key());
        assertEquals("atlantic-ocean", at(ms, "Atlantic oceans").entity().key());
        assertEquals("central-america", at(ms, "Central").entity().key());
        assertEquals("south-america", at(ms, "South America").entity().key());
    }

    @Test
    void aPlacesHeadWordAloneIsNoNameAndATreasuryCeremonyIsInItsBuilding() {
        Mentions ms = find(
                "Building partnerships takes time. The treaty was signed at the U.S. Treasury Department.",
                "2024-01-01");
        assertTrue(
                ms.all().stream().noneMatch(m -> m.text().equals("Building")),
                texts(ms).toString());
        assertEquals(
                "treasury-building", at(ms, "U.S. Treasury Department").entity().key());
    }

    @Test
    void aMeetingWithANameOfItsOwnIsABodyAndOneNamedByItsHostIsNot() {
        Mentions ms = find(
                "Ministers gathered at the Halcyon Security Forum, then at the Summit for Prosperity and the "
                        + "U.S.-ASEAN Maritime Summit. They had met at the Madrid Summit.",
                "2024-01-01");
        assertEquals(
                EntityType.ORGANIZATION,
                at(ms, "Halcyon Security Forum").entity().type());
        assertEquals(
                EntityType.ORGANIZATION,
                at(ms, "Summit for Prosperity").entity().type());
        assertEquals(
                EntityType.ORGANIZATION,
                at(ms, "U.S.-ASEAN Maritime Summit").entity().type());
        assertTrue(
                ms.entities().values().stream().noneMatch(e -> e.label().contains("Madrid Summit")),
                texts(ms).toString());
    }

    @Test
    void aSiteWithItsCommonNounThePeopleOfAPlaceAndAPlaceAfterInTheArePlaces() {
        Mentions ms = find(
                "Boats brought water to villagers on Varno island and to the Kelmet facility. Medics treated "
                        + "residents of Orvalle on Varno. Ships of the navy in the Arctic were sent. It passed in the "
                        + "Storting.",
                "2024-01-01");
        assertEquals(EntityType.PLACE, at(ms, "Varno island").entity().type());
        assertEquals(EntityType.PLACE, at(ms, "Varno").entity().type(), "alone, the island the text names");
        assertEquals(EntityType.PLACE, at(ms, "Kelmet facility").entity().type());
        assertEquals(EntityType.PLACE, at(ms, "Orvalle").entity().type());
        assertEquals(EntityType.PLACE, at(ms, "Arctic").entity().type(), "'the Arctic' of 'Arctic Ocean'");
        assertTrue(
                ms.all().stream()
                        .noneMatch(
                                m -> m.text().equals("Storting") && m.entity().type() == EntityType.PLACE),
                "not any name after 'in the' is a place: " + texts(ms));
    }

    @Test
    void aDocumentNamedAfterACityAPluralDemonymAndAContinentsAdjective() {
        Mentions ms = find(
                "Both sides must honour the Oslo Accords. Food reached Afghans in the valley. Tankers sail "
                        + "past the African continent.",
                "2024-01-01");
        Set<String> keys = ms.entities().keySet();
        assertTrue(
                !keys.contains("oslo") && !keys.contains("afghanistan"),
                texts(ms).toString());
        assertEquals("africa", at(ms, "African continent").entity().key());
        Mention people = at(ms, "Afghans");
        assertEquals("afghanistan", people.entity().key(), "a people still refers to its state, for linking");
        assertEquals(MentionKind.PEOPLE, people.kind());
        assertTrue(!people.canFillRole());
    }

    @Test
    void aNameBeforeAndIIsAPerson() {
        Mentions ms = find("Tonight, Marga and I are thinking of the families.", "2024-01-01");
        assertEquals(EntityType.PERSON, at(ms, "Marga").entity().type());
    }

    @Test
    void aBodysNameOpenedByNationalOwnsWhatFollowsItsPossessive() {
        Mentions ms = find(
                "Officers of the Ruritanian National Police trained with the National Guard's Coastal Exchange "
                        + "Program before the U.S.-Asia Partners Summit.",
                "2024-01-01");
        assertEquals(
                EntityType.ORGANIZATION,
                at(ms, "Ruritanian National Police").entity().type());
        assertEquals(EntityType.ORGANIZATION, at(ms, "National Guard").entity().type());
        assertEquals(
                EntityType.ORGANIZATION,
                at(ms, "Coastal Exchange Program").entity().type());
        assertEquals(
                EntityType.ORGANIZATION,
                at(ms, "U.S.-Asia Partners Summit").entity().type());
    }

    @Test
    void aMissionsNameBeforeItsNounAndTwoAcronymsJoinedByAHyphenAreNames() {
        Mentions ms = find(
                "Ruritania sent troops to the alliance's Steady Anchor mission. A major assigned to JTF-RTN spoke.",
                "2024-01-01");
        assertEquals(EntityType.ORGANIZATION, at(ms, "Steady Anchor").entity().type());
        assertTrue(at(ms, "JTF-RTN").entity().type().isActor(), texts(ms).toString());
    }

    @Test
    void aCapitalisedSubjectOfTalksIsNoPerson() {
        Mentions ms = find("The envoys resumed their dialogue on Maritime Domain Awareness in June.", "2024-01-01");
        assertTrue(ms.entities().isEmpty(), texts(ms).toString());
    }
}

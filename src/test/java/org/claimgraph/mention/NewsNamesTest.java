package org.claimgraph.mention;

import static org.claimgraph.mention.FoundMentions.at;
import static org.claimgraph.mention.FoundMentions.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.claimgraph.analyze.AnalyzedText;
import org.claimgraph.analyze.CoreNlpAnalyzer;
import org.claimgraph.mention.Mention.MentionKind;
import org.junit.jupiter.api.Test;

/**
 * Names of news nobody here wrote (issue 13, second round): unknown places the text marks as places, groups led by a
 * state, armed groups, broadcasters, operations, programme names, numbered units, time zones, list items, a state's
 * government, missions with their short forms, and Arabic compound names. Sentences written for these tests.
 */
class NewsNamesTest {
    private static Mentions find(String text) {
        AnalyzedText a = CoreNlpAnalyzer.shared().analyze(text, Optional.empty());
        return MentionFinder.bundled().find(a);
    }

    private static List<String> labels(Mentions ms) {
        return ms.entities().values().stream().map(Entity::label).toList();
    }

    @Test
    void aPortfolioWordOpensAMinistrysNameAndDirectionsPointAtPlaces() {
        Mentions ms = find("A statement from the Foreign Ministry said an airstrike northeast of Varkesh hit a depot. "
                + "The Defense Ministry declined to comment.");
        assertTrue(labels(ms).contains("Foreign Ministry"), texts(ms).toString());
        assertTrue(labels(ms).contains("Defense Ministry"), texts(ms).toString());
        assertTrue(!labels(ms).contains("Ministry"), texts(ms).toString());
        assertEquals(
                EntityType.PLACE, at(ms, "Varkesh").entity().type(), texts(ms).toString());
    }

    @Test
    void aNameAfterTheOfOfASettlementNounIsAPlace() {
        Mentions ms = find("Coalition jets pounded the militant stronghold of Varkesh on Sunday. Gunmen attacked "
                + "civilians in the towns of Dormal and Ketzin.");
        assertEquals(
                EntityType.PLACE, at(ms, "Varkesh").entity().type(), texts(ms).toString());
        assertEquals(
                EntityType.PLACE, at(ms, "Dormal").entity().type(), texts(ms).toString());
        assertEquals(EntityType.PLACE, at(ms, "Ketzin").entity().type(), "a place listed with a place");
    }

    @Test
    void namesInAppositionToASettlementNounArePlaces() {
        Mentions ms = find("The rebels shelled two frontier villages, Orvel and Tamsin, last week. A missile struck "
                + "Oruvan, a city in the north, on Tuesday.");
        assertEquals(
                EntityType.PLACE, at(ms, "Orvel").entity().type(), texts(ms).toString());
        assertEquals(
                EntityType.PLACE, at(ms, "Tamsin").entity().type(), texts(ms).toString());
        assertEquals(
                EntityType.PLACE, at(ms, "Oruvan").entity().type(), texts(ms).toString());
    }

    @Test
    void aStateLedCoalitionIsOneAllianceAndItsShortFormLaterTheSame() {
        Mentions ms = find("Turkish-led coalition aircraft bombed the depots. Later a Turkish coalition jet was hit.");
        Mention coalition = at(ms, "Turkish-led coalition");
        assertEquals(EntityType.ALLIANCE, coalition.entity().type());
        assertEquals(MentionKind.NAME, coalition.kind());
        assertEquals(
                coalition.entity(),
                at(ms, "Turkish coalition").entity(),
                texts(ms).toString());
        // The state is still referred to, as by a demonym: it names no role there.
        assertTrue(
                ms.all().stream()
                        .filter(m -> m.entity().key().equals("turkey"))
                        .allMatch(m -> m.kind() == MentionKind.DEMONYM),
                texts(ms).toString());
        assertEquals(List.of("Turkey", "Turkish-led coalition"), labels(ms));
    }

    @Test
    void anUnknownNameBeforeANounOfArmedMenIsTheirGroup() {
        Mentions ms = find("Zaydi rebels seized the airport, and officials said Zaydi fighters withdrew.");
        assertEquals(
                EntityType.ORGANIZATION,
                at(ms, "Zaydi").entity().type(),
                texts(ms).toString());
    }

    @Test
    void broadcastersAndAgenciesAreBodiesWithTheirTvInTheName() {
        Mentions ms = find("State-run Kalpa TV reported the attack. The rebels' al-Qantara TV showed the damage. "
                + "Norvik news agency said five people died.");
        assertEquals(
                EntityType.ORGANIZATION,
                at(ms, "Kalpa TV").entity().type(),
                texts(ms).toString());
        assertEquals(
                EntityType.ORGANIZATION,
                at(ms, "al-Qantara TV").entity().type(),
                texts(ms).toString());
        assertEquals(
                EntityType.ORGANIZATION,
                at(ms, "Norvik").entity().type(),
                texts(ms).toString());
        assertTrue(ms.all().stream().noneMatch(m -> m.text().startsWith("-")), "'-run' opens no name");
    }

    @Test
    void aCapitalisedFrontOrMovementClosesAGroupsNameAndALowerCaseFrontAPlace() {
        Mentions ms = find("The Varnian Liberation Front attacked the Ostrel front on Monday, and the Zaydi Movement "
                + "denied it. Aid reached the Kelmet governorate and the Dorva crossing.");
        assertEquals(
                EntityType.ORGANIZATION,
                at(ms, "Varnian Liberation Front").entity().type(),
                texts(ms).toString());
        assertEquals(
                EntityType.ORGANIZATION,
                at(ms, "Zaydi Movement").entity().type(),
                texts(ms).toString());
        assertEquals(
                EntityType.PLACE,
                at(ms, "Ostrel front").entity().type(),
                texts(ms).toString());
        assertEquals(
                EntityType.PLACE,
                at(ms, "Kelmet governorate").entity().type(),
                texts(ms).toString());
        assertEquals(
                EntityType.PLACE,
                at(ms, "Dorva crossing").entity().type(),
                texts(ms).toString());
    }

    @Test
    void aNamedOperationIsNoEntity() {
        Mentions ms = find("Local media have dubbed the campaign \"Operation Silver Dawn,\" to mark the date.");
        assertTrue(
                ms.all().stream()
                        .noneMatch(m -> m.text().contains("Silver") || m.text().contains("Dawn")),
                texts(ms).toString());
    }

    @Test
    void aProgrammeNameWithCommasIsReadWholeAndNamesNoEntity() {
        Mentions ms = find("The Pentagon approved $5 million in Overseas Development, Relief and Reconstruction "
                + "Funding for the region.");
        assertEquals(List.of("Pentagon"), labels(ms), texts(ms).toString());
    }

    @Test
    void aUnitsNumberIsPartOfItsName() {
        Mentions ms = find("Joint Task Force 412 was set up on Monday, and Carrier Strike Group 12 sailed.");
        assertEquals(
                EntityType.ORGANIZATION,
                at(ms, "Joint Task Force 412").entity().type(),
                texts(ms).toString());
        assertEquals(
                EntityType.ORGANIZATION,
                at(ms, "Carrier Strike Group 12").entity().type(),
                texts(ms).toString());
    }

    @Test
    void aUnitsHeadWordStillBelongsToACompoundOffice() {
        Mentions ms = find("The Air Force Commander Gen. Marko Tavel spoke.");
        assertEquals(List.of("Marko Tavel"), labels(ms), texts(ms).toString());
    }

    @Test
    void timeZonesAreNoNames() {
        Mentions ms = find("The membership began at midnight (2200 UTC) on Monday, and the vote closed at 0900 GMT.");
        assertTrue(ms.all().isEmpty(), texts(ms).toString());
    }

    @Test
    void aCapitalisedCommonNounOpeningAListItemIsNoName() {
        Mentions ms = find("The package includes:\nMedicine for clinics in the valley; in addition, partners are "
                + "helping to run the camps.\nBlankets for displaced families.");
        assertTrue(
                ms.all().stream().noneMatch(m -> m.text().equals("Medicine")),
                texts(ms).toString());
    }

    @Test
    void aStatesGovernmentWrittenAsANameIsTheState() {
        Mentions ms = find("The U.S. Government has provided $20 million. The United States Government will send "
                + "more, the U.S. Government Accountability Office said.");
        assertEquals("united-states", at(ms, "U.S. Government").entity().key());
        assertEquals(
                "united-states", at(ms, "United States Government").entity().key());
        assertFalse(labels(ms).contains("U.S. Government"), labels(ms).toString());
    }

    @Test
    void aStatesForcesActingAsSuchAreTheState() {
        Mentions ms = find("U.S. Forces conducted a strike on Friday.");
        assertEquals(
                "united-states", at(ms, "U.S. Forces").entity().key(), texts(ms).toString());
    }

    @Test
    void aNameAfterAShipNounIsTheVesselWhereverTheArticleUsesIt() {
        Mentions ms = find("The navy sent the assault ship Varuna to the coast. The commanding officer of the Varuna "
                + "said they flew helicopters into Tamsk.");
        assertTrue(
                ms.all().stream()
                        .filter(m -> m.text().equals("Varuna"))
                        .allMatch(m -> m.entity().type() == EntityType.EQUIPMENT),
                texts(ms).toString());
        assertEquals(EntityType.PLACE, at(ms, "Tamsk").entity().type(), "flown into: a place");
    }

    @Test
    void aBodysMissionInAStateIsNamedWholeAndItsShortFormInAppositionNamesIt() {
        Mentions ms = find("Troops of the AU Mission in Ruritania, AUMIR, guarded the AUMIR base. AUMIR said "
                + "Thursday that the base was calm.");
        Entity mission = at(ms, "AU Mission in Ruritania").entity();
        assertEquals(EntityType.ORGANIZATION, mission.type());
        assertTrue(
                ms.all().stream()
                        .filter(m -> m.text().startsWith("AUMIR"))
                        .allMatch(m -> m.entity().equals(mission)),
                texts(ms).toString());
        assertFalse(labels(ms).contains("Mission"), labels(ms).toString());
    }

    @Test
    void aShortFormTakesLettersFromEachWordInOrder() {
        assertTrue(MentionFinder.abbreviates("RURMIS", "Ruritania Relief Mission"));
        assertTrue(MentionFinder.abbreviates("AMISOM", "AU Mission in Somalia"));
        assertFalse(MentionFinder.abbreviates("NATO", "European Union"));
        assertFalse(MentionFinder.abbreviates("RM", "Ruritania Relief Mission"), "every word gives a letter");
    }

    @Test
    void arabicCompoundNamesAreNotCut() {
        Mentions ms = find("The tomb of Ahmed Nur ed Din Salih was damaged, and Khalid bin Rashid abu Saleh spoke. "
                + "Rebels guarded the grave of Yahya Salah ed Din Houthi.");
        assertEquals(
                EntityType.PERSON,
                at(ms, "Ahmed Nur ed Din Salih").entity().type(),
                texts(ms).toString());
        assertEquals(
                EntityType.PERSON,
                at(ms, "Khalid bin Rashid abu Saleh").entity().type(),
                texts(ms).toString());
        assertEquals(
                EntityType.PERSON,
                at(ms, "Yahya Salah ed Din Houthi").entity().type(),
                texts(ms).toString());
        Mentions hyphenated = find("The group's leader Abdul-Karim al-Houthi spoke on Sunday.");
        assertEquals(
                EntityType.PERSON,
                at(hyphenated, "Abdul-Karim al-Houthi").entity().type(),
                texts(hyphenated).toString());
    }

    @Test
    void aCapitalisedCommonWordOpeningASentenceIsNoNameWhenTheTextWritesItInLowerCase() {
        Mentions ms = find("Cruise missiles struck the radar site at dawn. The navy fired more cruise missiles on "
                + "Sunday. Varkesh said the strike was planned.");
        assertTrue(
                ms.all().stream().noneMatch(m -> m.text().equals("Cruise")),
                "a sentence's first word, a modifier the text also writes in lower case: " + texts(ms));
        assertFalse(labels(ms).contains("Cruise"), labels(ms).toString());
        assertTrue(labels(ms).contains("Varkesh"), "a name opening a sentence stays a name: " + labels(ms));
    }

    @Test
    void aVesselNamedAgainAfterTheWithoutItsPrefixIsTheSameVessel() {
        Mentions ms = find("The admiral commands from the amphibious ship USS Mount Halden. The Mount Halden sailed "
                + "for Crete on Friday, and the Mount Halden crew cheered.");
        Mention first = at(ms, "USS Mount Halden");
        assertEquals(EntityType.EQUIPMENT, first.entity().type());
        assertTrue(
                ms.all().stream()
                        .filter(m -> m.text().equals("Mount Halden"))
                        .allMatch(m -> m.entity().equals(first.entity())),
                "the vessel again, not a mountain: " + texts(ms));
        assertFalse(labels(ms).contains("Mount Halden"), labels(ms).toString());
    }

    @Test
    void aNameListedAfterACityOrAPlaceIsAPlaceButNotOneInApposition() {
        Mentions ms = find("Shelling hit Khartoum and Varkesh overnight. Hospitals in Dormal and Tel Orma were full. "
                + "Asked about a visit to Kyiv, Ana Ortiz, the council's envoy, said no trip was planned. The storm "
                + "hit Puerto Rico, and Ketzin sent teams.");
        assertEquals(
                EntityType.PLACE, at(ms, "Varkesh").entity().type(), texts(ms).toString());
        assertEquals(
                EntityType.PLACE, at(ms, "Tel Orma").entity().type(), texts(ms).toString());
        assertEquals(
                EntityType.PERSON,
                at(ms, "Ana Ortiz").entity().type(),
                texts(ms).toString());
        assertTrue(at(ms, "Ketzin").entity().type() != EntityType.PLACE, "a clause of its own: " + texts(ms));
    }

    @Test
    void aSubjectOpeningASentenceThatTheTextWritesAsACommonNounIsNoNameButASpeakerIs() {
        Mentions ms = find("Aid reached the valley on Monday. The aid came by road. Ortiz said the convoy was "
                + "late. Officials said Ortiz had left.");
        assertFalse(labels(ms).contains("Aid"), texts(ms).toString());
        assertTrue(labels(ms).contains("Ortiz"), texts(ms).toString());
    }

    @Test
    void aNameBeforeASitesNounWithItsModifiersIsAPlace() {
        Mentions ms = find(
                "Drones struck the Varkesh air base overnight, and the Dormal nuclear power plant lost " + "power.");
        assertEquals(
                EntityType.PLACE, at(ms, "Varkesh").entity().type(), texts(ms).toString());
        assertEquals(
                EntityType.PLACE, at(ms, "Dormal").entity().type(), texts(ms).toString());
    }

    @Test
    void aNameOpeningWithAHyphenatedWordIsNotCutAtTheHyphen() {
        Mentions ms = find("Officials of the Inter-American Development Bank met the minister on Monday.");
        assertEquals(
                EntityType.ORGANIZATION,
                at(ms, "Inter-American Development Bank").entity().type(),
                texts(ms).toString());
        assertFalse(labels(ms).contains("Development Bank"), labels(ms).toString());
    }
}

package org.claimgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.mention.Entity;
import org.claimgraph.mention.EntityType;
import org.claimgraph.mention.Mention;
import org.claimgraph.mention.Mention.MentionKind;
import org.claimgraph.mention.Mentions;
import org.junit.jupiter.api.Test;

class NameMatcherTest {
    private final NameMatcher labels = NameMatcher.labelsOnly();

    private static Entity person(String label) {
        return Entity.local(EntityType.PERSON, label);
    }

    private static Entity org(String label) {
        return Entity.local(EntityType.ORGANIZATION, label);
    }

    private boolean matches(String gold, Entity e) {
        return labels.matches(gold, e, List.of(), false);
    }

    @Test
    void personNamesIgnoreInitialsSuffixesAndCase() {
        assertTrue(matches("Anna K. Varga Jr.", person("Anna Varga")));
        assertTrue(matches("anna varga", person("Anna Varga")));
        assertTrue(matches("Varga", person("Anna Varga")), "a surname names the person");
        assertFalse(matches("Anna", person("Anna Varga")), "a first name is not enough");
        assertFalse(matches("Ilse Varga", person("Anna Varga")));
        assertFalse(matches("Anna Varga", person("Anna Vargas-Horn")));
    }

    @Test
    void oneWordDoesNotMatchALongerNameOfAnOrganization() {
        assertFalse(matches("Ruritania", org("Ruritania Defense Council")));
        assertFalse(matches("Ruritania Defense Council", Entity.local(EntityType.COUNTRY, "Ruritania")));
        assertFalse(matches("Council", org("Ruritania Defense Council")));
    }

    @Test
    void aNameInsideAPhraseAboutOthersDoesNotMatch() {
        Entity republic = Entity.local(EntityType.COUNTRY, "Ruritanian Republic");
        assertFalse(matches("Leaders of Freedonia and the Ruritanian Republic", republic));
        assertFalse(matches("Ruritanian Republic", org("Envoys of the Ruritanian Republic")));
        assertFalse(matches("Ruritanian Republic", org("Ruritanian Republic Army")));
    }

    @Test
    void anAbbreviationInParenthesesIsAnAlternativeName() {
        Entity missile = Entity.local(EntityType.EQUIPMENT, "JSM");
        assertTrue(labels.matches("Joint Strike Missile (JSM)", missile, List.of(), true));
        assertTrue(labels.matches(
                "Joint Strike Missile (JSM)",
                Entity.local(EntityType.EQUIPMENT, "Joint Strike Missile"),
                List.of(),
                true));
        assertFalse(labels.matches(
                "Joint Strike Missile (JSM)", Entity.local(EntityType.EQUIPMENT, "NSM"), List.of(), true));
    }

    @Test
    void aPartWithTwoContentWordsAndTheSameHeadMatches() {
        assertTrue(matches("Ministry of Defense", org("Ruritanian Ministry of Defense")));
        assertTrue(matches("the Defense Council", org("Ruritania Defense Council")));
        assertFalse(matches("Ministry of Health", org("Ruritanian Ministry of Defense")));
        assertFalse(matches("Defense Ministry staff", org("Ruritanian Defense Ministry")), "head differs");
    }

    @Test
    void punctuationTypographyAndPluralsAreIgnored() {
        assertTrue(matches("R.D.C.", org("RDC")));
        assertTrue(matches("Varga\u2019s Office", org("Varga's Office")));
        assertTrue(matches("the Ruritanian Defence Forces", org("Ruritanian Defense Force")));
        assertTrue(matches("Chairman of the Joint Councils", org("chairman of the joint council")));
    }

    @Test
    void itemsMatchOnTheirHeadNounOrTheirPhrase() {
        Entity howitzer = Entity.local(EntityType.EQUIPMENT, "howitzer");
        assertTrue(labels.matches("152 mm towed howitzers", howitzer, List.of(), true));
        assertFalse(labels.matches("152 mm towed howitzers", howitzer, List.of(), false), "only items take one word");
        assertFalse(labels.matches("armored vehicles", howitzer, List.of(), true));
        Entity munition = Entity.local(EntityType.EQUIPMENT, "munition");
        assertTrue(labels.matches("munitions for Strela launchers", munition, List.of(), true));
        assertFalse(labels.matches("launchers for Strela munitions", munition, List.of(), true));
        Entity system = Entity.local(EntityType.EQUIPMENT, "Strela");
        assertFalse(labels.matches("Strela missiles", system, List.of(), true));
        assertTrue(labels.matches("Strela missiles", system, List.of("additional Strela missiles"), true));
        Entity assistance = Entity.local(EntityType.ASSISTANCE, "relief assistance");
        assertTrue(
                labels.matches(
                        "an initial $35 million in relief assistance",
                        assistance,
                        List.of("$35 million in relief assistance"),
                        true),
                "a leading article is dropped as 'the' is");
        assertFalse(
                labels.matches("a $35 million loan", assistance, List.of("$35 million in relief assistance"), true));
    }

    @Test
    void officesCompareTheirWordsInAnyOrder() {
        assertTrue(NameMatcher.sameOffice("Minister of Defence", "Defense Minister"));
        assertTrue(NameMatcher.sameOffice("Envoy to Borduria", "envoy to Borduria"));
        assertFalse(NameMatcher.sameOffice("Envoy to Borduria", "Envoy"));
        assertFalse(NameMatcher.sameOffice("President", "Vice President"));
        assertFalse(NameMatcher.sameOffice("Minister of Defense", "Minister of Health"));
    }

    @Test
    void mentionsAndGazetteerNamesAreFormsOfTheirEntity() {
        Entity country = Entity.local(EntityType.COUNTRY, "Ruritania");
        Entity capital = Entity.local(EntityType.CITY, "Strelsau");
        Entity leader = person("Anna Varga");
        List<Mention> ms = List.of(
                new Mention(0, 0, 1, 0, 8, "Ruritan", country, MentionKind.NAME, Optional.empty()),
                // "Strelsau's government": the capital stands for the country; it does not name it.
                new Mention(0, 2, 3, 10, 18, "Strelsau", country, MentionKind.NAME, Optional.of(capital)),
                new Mention(0, 4, 5, 20, 27, "Madame", leader, MentionKind.SURNAME, Optional.empty()),
                new Mention(0, 6, 7, 30, 32, "she", leader, MentionKind.PRONOUN, Optional.empty()));
        NameMatcher m =
                new NameMatcher(Map.of(country.key(), Set.of("Kingdom of Ruritania")), new Mentions(ms, List.of()));
        assertTrue(m.matches("Ruritan", country, List.of(), false));
        assertTrue(m.matches("Kingdom of Ruritania", country, List.of(), false));
        assertFalse(m.matches("Strelsau", country, List.of(), false));
        assertTrue(m.matches("Strelsau", capital, List.of(), false));
        assertTrue(m.matches("Madame", leader, List.of(), false));
        assertFalse(m.matches("she", leader, List.of(), false));
    }
}

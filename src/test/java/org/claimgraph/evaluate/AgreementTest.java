package org.claimgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.TestSupport;
import org.claimgraph.ingest.Article;
import org.junit.jupiter.api.Test;

class AgreementTest {
    private static final Article ARTICLE = TestSupport.article(
            "Anna Varga visited Freedonia on Monday. She met Karl Brandt there. Brandt said the talks went well.",
            "2024-03-06");

    private static GoldCase gold(String claims, String entities) {
        return GoldReader.parse("test", """
                source: https://example.org/news/1
                licence: CC0
                retrieved-from: written for this test
                published: 2024-03-06
                claims:
                """ + claims + entities, ARTICLE);
    }

    private static final String VISIT = """
              - type: Visit
                sentence: "Anna Varga visited Freedonia"
                roles: {visitor: Anna Varga, destination: Freedonia}
                date: 2024-03-04
            """;

    @Test
    void aSurnameAndTheFullNameAgreeAndADifferentDateIsOnlyAStrictDisagreement() {
        GoldCase a = gold(VISIT, "");
        GoldCase b = gold("""
                  - type: Visit
                    sentence: "visited Freedonia on Monday"
                    roles: {visitor: Varga, destination: Freedonia}
                    date: 2024-03-05
                """, "");
        Agreement.Report r = Agreement.compare(List.of(new Agreement.Pair(a, b)));
        Agreement.Row visit = r.rows().get(0);
        assertEquals("Visit", visit.type());
        assertEquals(1, visit.lenient());
        assertEquals(0, visit.strict());
        assertEquals(1.0, visit.lenientF1());
        assertTrue(r.cases().get(0).differences().get(0).contains("date 2024-03-04 / 2024-03-05"), r.toString());
    }

    @Test
    void entriesOfOtherSentencesOrOtherActorsDoNotAgree() {
        GoldCase a = gold(VISIT + """
                  - type: Statement
                    sentence: "Brandt said the talks went well"
                    roles: {speaker: Karl Brandt}
                    date: 2024-03-06
                """, "");
        GoldCase b = gold("""
                  - type: Visit
                    sentence: "She met Karl Brandt there"
                    roles: {visitor: Anna Varga, destination: Freedonia}
                    date: 2024-03-04
                  - type: Statement
                    sentence: "Brandt said the talks went well"
                    roles: {speaker: Anna Varga}
                    date: 2024-03-06
                """, "");
        Agreement.Report r = Agreement.compare(List.of(new Agreement.Pair(a, b)));
        Agreement.Row all = r.rows().get(r.rows().size() - 1);
        assertEquals(0, all.lenient());
        assertEquals(2, r.cases().get(0).onlyA().size());
        assertEquals(2, r.cases().get(0).onlyB().size());
        assertEquals(0.0, all.lenientF1());
    }

    @Test
    void theEntityListsMakeAnAliasAgree() {
        String claim = """
                  - type: Statement
                    sentence: "Brandt said the talks went well"
                    roles: {speaker: %s}
                    date: 2024-03-06
                """;
        GoldCase a = gold(claim.formatted("Karl Brandt"), "");
        GoldCase b = gold(claim.formatted("the Freedonian envoy"), """
                entities:
                  - name: Karl Brandt
                    type: Person
                    aliases: [the Freedonian envoy]
                """);
        Agreement.Row all =
                Agreement.compare(List.of(new Agreement.Pair(a, b))).rows().get(1);
        assertEquals(1, all.strict());
    }
}

package org.claimgraph.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.claimgraph.TestSupport;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed article's acceptance list ({@code shared/seed/EXPECTED.md}) as SPARQL assertions over the graph
 * that {@code build} stores. Each assertion is written from EXPECTED.md, row by row, not from the program's
 * output. Queries use the standard prefixes (cg:, nif:, rdfs:, owl:, wd:, xsd:, prov:, schema:).
 */
class SeedArticleTest {
    private static KnowledgeStore store;

    @BeforeAll
    static void build() {
        store = TestSupport.storeWith(TestSupport.exampleGraph());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static boolean ask(String sparql) {
        Dataset ds = DatasetFactory.wrap(store.dataset());
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(QueryRunner.parse(sparql), ds)) {
                return qe.execAsk();
            }
        });
    }

    private static List<QuerySolution> select(String sparql) {
        Dataset ds = DatasetFactory.wrap(store.dataset());
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(QueryRunner.parse(sparql), ds)) {
                List<QuerySolution> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(out::add);
                return out;
            }
        });
    }

    /** Entities and their Wikidata ids from shared/seed/wikidata.tsv (those it lists with an id). */
    static Stream<Arguments> linkedEntities() {
        return Stream.of(
                Arguments.of("NATO", "Q7184"),
                Arguments.of("Jens Stoltenberg", "Q57665"),
                Arguments.of("Ukraine", "Q212"),
                Arguments.of("Russia", "Q159"),
                Arguments.of("Kyiv", "Q1899"),
                Arguments.of("Vladimir Putin", "Q7747"),
                Arguments.of("Soviet Union", "Q15180"),
                Arguments.of("Finland", "Q33"),
                Arguments.of("Sweden", "Q34"),
                Arguments.of("United States", "Q30"),
                Arguments.of("Joe Biden", "Q6279"),
                Arguments.of("Vilnius", "Q216"),
                Arguments.of("Norway", "Q20"),
                Arguments.of("Germany", "Q183"),
                Arguments.of("Denmark", "Q35"),
                Arguments.of("Netherlands", "Q55"));
    }

    @ParameterizedTest(name = "{0} is linked to {1} and nothing else")
    @MethodSource("linkedEntities")
    void entityIsLinkedToItsVerifiedId(String label, String qid) {
        List<QuerySolution> links = select("SELECT ?q WHERE { ?e rdfs:label \"" + label + "\" ; owl:sameAs ?q }");
        assertEquals(1, links.size(), label + " has exactly one Wikidata link: " + links);
        assertEquals(
                "http://www.wikidata.org/entity/" + qid,
                links.get(0).getResource("q").getURI());
    }

    @Test
    void unverifiedEntitiesStayUnlinked() {
        for (String label : List.of(
                "Dmitry Peskov",
                "Lloyd Austin",
                "Ukraine Defense Contact Group",
                "Ramstein Air Base",
                "Leopard 2",
                "Leopard 1")) {
            assertTrue(ask("ASK { ?e rdfs:label \"" + label + "\" }"), label + " is an entity");
            assertTrue(!ask("ASK { ?e rdfs:label \"" + label + "\" ; owl:sameAs ?q }"), label + " has no link");
        }
    }

    @Test
    void noTwoEntitiesShareAWikidataId() {
        assertTrue(!ask("ASK { ?a owl:sameAs ?q . ?b owl:sameAs ?q . FILTER(?a != ?b) }"));
    }

    /** Each row of EXPECTED.md's claim table (and its "must not" list) as an ASK query that must hold. */
    static Stream<Arguments> expectations() {
        return Stream.of(
                Arguments.of("1 one Visit by Stoltenberg to Ukraine and Kyiv on 2023-04-20 with three claims", """
                        ASK { ?v a cg:Visit ; cg:visitor/rdfs:label "Jens Stoltenberg" ;
                                 cg:destination/rdfs:label "Ukraine" , "Kyiv" ; cg:date "2023-04-20"^^xsd:date .
                              { SELECT ?v (COUNT(?c) AS ?n) WHERE { ?c cg:about ?v ; cg:modality cg:Asserted } GROUP BY ?v }
                              FILTER(?n = 3) }"""),
                Arguments.of("1 not three separate 2023-04-20 visits by Stoltenberg", """
                        ASK { { SELECT (COUNT(DISTINCT ?v) AS ?n) WHERE { ?v a cg:Visit ;
                                 cg:visitor/rdfs:label "Jens Stoltenberg" ; cg:date "2023-04-20"^^xsd:date } }
                              FILTER(?n = 1) }"""),
                Arguments.of("2 invasion of Ukraine by Russia, dates in conflict", """
                        ASK { ?i a cg:MilitaryAction ; cg:agent/rdfs:label "Russia" ; cg:target/rdfs:label "Ukraine" .
                              ?c1 cg:about ?i . ?c2 cg:about ?i . FILTER(?c1 != ?c2)
                              ?x a cg:Conflict ; cg:between ?c1 , ?c2 ; rdfs:comment ?why }"""),
                Arguments.of("3 the Kremlin warns about Ukraine joining NATO on 2023-04-20", """
                        ASK { ?w a cg:Warning ; cg:speaker/rdfs:label "Kremlin" ; cg:topic/rdfs:label "Ukraine" , "NATO" ;
                                 cg:date "2023-04-20"^^xsd:date .
                              ?c cg:about ?w ; cg:modality cg:Asserted }"""),
                Arguments.of("3 the Kremlin that warns is the Russian presidency, not the building", """
                        ASK { ?w a cg:Warning ; cg:speaker ?k . ?k rdfs:label "Kremlin" ; a cg:Organization ;
                                 owl:sameAs wd:Q2060629 .
                              FILTER NOT EXISTS { ?k a cg:Place } }"""),
                Arguments.of("4 commemoration by Stoltenberg at St. Michael's Square in Kyiv, reported", """
                        ASK { ?e a cg:Commemoration ; cg:agent/rdfs:label "Jens Stoltenberg" ;
                                 cg:location/rdfs:label "Kyiv" ; cg:location ?sq ; cg:date "2023-04-20"^^xsd:date .
                              ?sq rdfs:label ?sql . FILTER(CONTAINS(?sql, "Michael"))
                              ?c cg:about ?e ; cg:modality cg:Reported }"""),
                Arguments.of("5 Putin visited Ukraine on 2023-04-18", """
                        ASK { ?v a cg:Visit ; cg:visitor/rdfs:label "Vladimir Putin" ; cg:destination/rdfs:label "Ukraine" ;
                                 cg:date "2023-04-18"^^xsd:date . ?c cg:about ?v ; cg:modality cg:Asserted }"""),
                Arguments.of("6 aid of guns, ammunition and training from NATO's member countries to Ukraine", """
                        ASK { ?a a cg:Aid ; cg:donor/rdfs:label ?donor ; cg:recipient/rdfs:label "Ukraine" ;
                                 cg:item/rdfs:label ?gun , ?ammo , ?training .
                              FILTER(CONTAINS(?donor, "NATO")) FILTER(CONTAINS(?gun, "gun"))
                              FILTER(CONTAINS(?ammo, "ammunition")) FILTER(CONTAINS(?training, "training")) }"""),
                Arguments.of("7 NATO offers only nonlethal aid to Ukraine", """
                        ASK { ?a a cg:Aid ; cg:donor/rdfs:label "NATO" ; cg:recipient/rdfs:label "Ukraine" ; cg:only true ;
                                 cg:item/rdfs:label ?g , ?t , ?u , ?s .
                              FILTER(CONTAINS(?g, "generator")) FILTER(CONTAINS(?t, "tent"))
                              FILTER(CONTAINS(?u, "uniform")) FILTER(CONTAINS(?s, "nonlethal")) }"""),
                Arguments.of("8 NATO sends helmets to tanks, in conflict with 7", """
                        ASK { ?a7 a cg:Aid ; cg:only true . ?c7 cg:about ?a7 .
                              ?a8 a cg:Aid ; cg:donor/rdfs:label "NATO" ; cg:item/rdfs:label ?h , ?tank , ?b .
                              FILTER(CONTAINS(?h, "helmet")) FILTER(CONTAINS(?tank, "tank")) FILTER(CONTAINS(?b, "bomber"))
                              ?c8 cg:about ?a8 . ?x a cg:Conflict ; cg:between ?c7 , ?c8 }"""),
                Arguments.of("9 Stoltenberg promised that Ukraine will join NATO, before publication", """
                        ASK { ?p a cg:Promise ; cg:speaker/rdfs:label "Jens Stoltenberg" ; cg:content ?text ;
                                 cg:notAfter "2023-04-20"^^xsd:date .
                              FILTER(CONTAINS(?text, "Ukraine will join NATO"))
                              ?c cg:about ?p ; cg:modality cg:Promised }"""),
                Arguments.of("10 Peskov claimed the operation aims to keep Ukraine out of NATO", """
                        ASK { ?s a cg:Statement ; cg:speaker/rdfs:label "Dmitry Peskov" ; cg:content ?text .
                              FILTER(CONTAINS(?text, "special military operation") && CONTAINS(?text, "out of NATO"))
                              ?c cg:about ?s ; cg:modality cg:Claimed ; cg:attributedTo/rdfs:label "Dmitry Peskov" }"""),
                Arguments.of("11 Peskov's quote kept verbatim, on 2023-04-20", """
                        ASK { ?s a cg:Statement ; cg:speaker/rdfs:label "Dmitry Peskov" ; cg:date "2023-04-20"^^xsd:date ;
                                 cg:quote "serious, significant threat to our country, to our country\u2019s security." .
                              ?c cg:about ?s ; cg:modality cg:Asserted }"""),
                Arguments.of("12 Finland joined NATO in 2023-04", """
                        ASK { ?a a cg:Accession ; cg:member/rdfs:label "Finland" ; cg:alliance/rdfs:label "NATO" ;
                                 cg:date "2023-04"^^xsd:gYearMonth . ?c cg:about ?a ; cg:modality cg:Asserted }"""),
                Arguments.of("13 NATO claims it does not threaten Russia", """
                        ASK { ?s a cg:Statement ; cg:speaker/rdfs:label "NATO" ; cg:topic/rdfs:label "Russia" ; cg:content ?t .
                              FILTER(CONTAINS(?t, "threaten"))
                              ?c cg:about ?s ; cg:modality cg:Claimed }"""),
                Arguments.of("14 Sweden may join NATO by July 2023: possible, never asserted", """
                        ASK { ?a a cg:Accession ; cg:member/rdfs:label "Sweden" ; cg:alliance/rdfs:label "NATO" ;
                                 cg:notAfter "2023-07"^^xsd:gYearMonth . ?c cg:about ?a ; cg:modality cg:Possible .
                              FILTER NOT EXISTS { ?c2 cg:about ?a2 ; cg:modality cg:Asserted .
                                                  ?a2 a cg:Accession ; cg:member/rdfs:label "Sweden" } }"""),
                Arguments.of("15 Biden meets NATO leaders in Vilnius in July 2023: planned", """
                        ASK { ?m a cg:Meeting ; cg:participant/rdfs:label "Joe Biden" ; cg:location/rdfs:label "Vilnius" ;
                                 cg:date "2023-07"^^xsd:gYearMonth . ?c cg:about ?m ; cg:modality cg:Planned .
                              FILTER NOT EXISTS { ?c2 cg:about ?m ; cg:modality cg:Asserted } }"""),
                Arguments.of("16 Stoltenberg visited Kyiv in 2022, in conflict with the 'first visit' claims", """
                        ASK { ?v a cg:Visit ; cg:visitor/rdfs:label "Jens Stoltenberg" ; cg:destination/rdfs:label "Kyiv" ;
                                 cg:date "2022"^^xsd:gYear . ?c16 cg:about ?v ; cg:modality cg:Asserted .
                              ?v1 a cg:Visit ; cg:date "2023-04-20"^^xsd:date ; cg:visitor/rdfs:label "Jens Stoltenberg" .
                              ?c1 cg:about ?v1 . ?x a cg:Conflict ; cg:between ?c16 , ?c1 }"""),
                Arguments.of("17 Stoltenberg and Austin will attend the contact group at Ramstein on 2023-04-21", """
                        ASK { ?m a cg:Meeting ; cg:participant/rdfs:label "Jens Stoltenberg" , "Lloyd Austin" ;
                                 cg:forum/rdfs:label "Ukraine Defense Contact Group" ;
                                 cg:location/rdfs:label "Ramstein Air Base" , "Germany" ; cg:date "2023-04-21"^^xsd:date .
                              ?c cg:about ?m ; cg:modality cg:Planned .
                              FILTER NOT EXISTS { ?c2 cg:about ?m ; cg:modality cg:Asserted } }"""),
                Arguments.of(
                        "18 Denmark and the Netherlands pledge at least 14 Leopard 2 tanks, delivery early 2024", """
                        ASK { ?p a cg:Pledge ; cg:donor/rdfs:label "Denmark" , "Netherlands" ; cg:recipient/rdfs:label "Ukraine" ;
                                 cg:item/rdfs:label "Leopard 2" ; cg:quantity 14 ; cg:quantityQualifier cg:AtLeast ;
                                 cg:date "2023-04-20"^^xsd:date ; cg:deliveryDate "2024"^^xsd:gYear ; cg:deliveryQualifier "early" ;
                                 cg:itemDescription ?d .
                              FILTER(CONTAINS(?d, "repaired") && CONTAINS(?d, "German"))
                              FILTER NOT EXISTS { ?p cg:donor/rdfs:label "Germany" }
                              ?c cg:about ?p ; cg:modality cg:Asserted }"""),
                Arguments.of(
                        "19 Denmark, the Netherlands and Germany previously pledged at least 100 Leopard 1 tanks", """
                        ASK { ?p a cg:Pledge ; cg:donor/rdfs:label "Denmark" , "Netherlands" , "Germany" ;
                                 cg:recipient/rdfs:label "Ukraine" ; cg:item/rdfs:label "Leopard 1" ; cg:quantity 100 ;
                                 cg:quantityQualifier cg:AtLeast ; cg:notAfter "2023-04-20"^^xsd:date ; cg:itemDescription ?d .
                              FILTER(CONTAINS(?d, "older"))
                              ?c cg:about ?p ; cg:modality cg:Asserted }"""),
                Arguments.of("role: Stoltenberg is NATO Secretary-General", """
                        ASK { ?o a cg:OfficeHolding ; cg:holder/rdfs:label "Jens Stoltenberg" ; cg:office "Secretary-General" ;
                                 cg:officeOf/rdfs:label "NATO" ; cg:former false . ?c cg:about ?o ; cg:evidence ?span }"""),
                Arguments.of("role: Stoltenberg is a former prime minister of Norway", """
                        ASK { ?o a cg:OfficeHolding ; cg:holder/rdfs:label "Jens Stoltenberg" ; cg:office "Prime Minister" ;
                                 cg:officeOf/rdfs:label "Norway" ; cg:former true . ?c cg:about ?o ; cg:evidence ?span }"""),
                Arguments.of("role: Putin is President of Russia", """
                        ASK { ?o a cg:OfficeHolding ; cg:holder/rdfs:label "Vladimir Putin" ; cg:office "President" ;
                                 cg:officeOf/rdfs:label "Russia" }"""),
                Arguments.of("role: Peskov is the Kremlin's spokesperson", """
                        ASK { ?o a cg:OfficeHolding ; cg:holder/rdfs:label "Dmitry Peskov" ; cg:office "spokesperson" ;
                                 cg:officeOf/rdfs:label "Kremlin" }"""),
                Arguments.of("role: Biden is President of the United States", """
                        ASK { ?o a cg:OfficeHolding ; cg:holder/rdfs:label "Joe Biden" ; cg:office "President" ;
                                 cg:officeOf/rdfs:label "United States" }"""),
                Arguments.of("position: Stoltenberg's office is Wikidata's Secretary General of NATO", """
                        ASK { ?o a cg:OfficeHolding ; cg:holder/rdfs:label "Jens Stoltenberg" ; cg:former false ;
                                 cg:position ?p . ?p a cg:Position ; rdfs:label ?l ; owl:sameAs wd:Q167662 }"""),
                Arguments.of("position: Putin's office is Wikidata's President of Russia", """
                        ASK { ?o a cg:OfficeHolding ; cg:holder/rdfs:label "Vladimir Putin" ;
                                 cg:position ?p . ?p a cg:Position ; owl:sameAs wd:Q218295 }"""),
                Arguments.of("position: Biden's office is Wikidata's President of the United States", """
                        ASK { ?o a cg:OfficeHolding ; cg:holder/rdfs:label "Joe Biden" ;
                                 cg:position ?p . ?p a cg:Position ; owl:sameAs wd:Q11696 }"""),
                Arguments.of(
                        "must not: no visit, accession or pledge asserted from a sentence that only says may/will/claimed",
                        """
                        ASK { FILTER NOT EXISTS {
                                ?c cg:about ?e ; cg:modality cg:Asserted ; cg:evidence/nif:anchorOf ?s .
                                { ?e a cg:Accession } UNION { ?e a cg:Visit } UNION { ?e a cg:Meeting }
                                FILTER(REGEX(?s, "\\\\b(may|will|claims|claimed|promised)\\\\b")) } }"""),
                Arguments.of("must not: nothing about clarity", """
                        ASK { FILTER NOT EXISTS { ?x ?p ?o . FILTER(isLiteral(?o) && ?p != nif:anchorOf && ?p != nif:isString
                                                     && CONTAINS(LCASE(STR(?o)), "unclear")) } }"""),
                Arguments.of("must not: a claim without evidence, or an evidence span that is not the text", """
                        ASK { FILTER NOT EXISTS { ?c a cg:Claim . FILTER NOT EXISTS { ?c cg:evidence ?e ; prov:wasDerivedFrom ?a } }
                              FILTER NOT EXISTS { ?c cg:evidence ?e . ?e nif:beginIndex ?b ; nif:endIndex ?n ; nif:anchorOf ?t ;
                                                     nif:referenceContext/nif:isString ?all .
                                                  FILTER(SUBSTR(?all, ?b + 1, ?n - ?b) != ?t) } }"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void expectationHolds(String row, String ask) {
        assertTrue(ask(ask), "Not in the graph: " + row);
    }
}

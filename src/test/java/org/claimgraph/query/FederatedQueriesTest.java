package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.claimgraph.TestSupport;
import org.claimgraph.WikidataTestServer;
import org.claimgraph.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every query in {@code queries/federated/} joins the example article's graph with a Wikidata endpoint through
 * {@code SERVICE <urn:claimgraph:wikidata>}; here that endpoint is a second embedded Fuseki holding a
 * Wikidata-shaped extract, and each answer is compared with {@code queries/federated/expected/<name>.tsv}.
 */
class FederatedQueriesTest {
    private static final Path FEDERATED = Path.of("queries", "federated");
    private static KnowledgeStore store;
    private static WikidataTestServer wikidata;

    @BeforeAll
    static void build() {
        store = TestSupport.storeWith(TestSupport.exampleGraph());
        wikidata = WikidataTestServer.start();
    }

    @AfterAll
    static void close() {
        store.close();
        wikidata.close();
    }

    static Stream<String> queries() throws IOException {
        try (Stream<Path> s = Files.list(FEDERATED)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList().stream();
        }
    }

    @Test
    void thereAreFederatedQueriesEachOpeningWithItsQuestionAndUsingThePlaceholder() throws IOException {
        assertTrue(queries().count() >= 3);
        for (String q : queries().toList()) {
            String text = Files.readString(FEDERATED.resolve(q));
            assertTrue(text.startsWith("# Question:"), q + " opens with the question it answers");
            assertTrue(
                    text.contains("SERVICE <urn:claimgraph:wikidata>"), q + " names its endpoint by the placeholder");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void queryGivesTheExpectedAnswerFromTheLocalWikidata(String name) throws IOException {
        String text =
                QueryRunner.bind(Files.readString(FEDERATED.resolve(name)), Map.of("wikidata", wikidata.endpoint()));
        int before = wikidata.requests();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(store.dataset(), text, QueryRunner.OutputFormat.tsv, out);
        assertTrue(wikidata.requests() > before, "the query asked the endpoint");
        assertTrue(
                wikidata.lastUserAgent().startsWith("claimgraph/"),
                "with claimgraph's User-Agent: " + wikidata.lastUserAgent());
        ResultSetRewindable actual = ResultSetMgr.read(
                        new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_TSV)
                .rewindable();
        Path expectedFile = FEDERATED.resolve("expected").resolve(name.replace(".rq", ".tsv"));
        ResultSetRewindable expected = ResultSetMgr.read(Files.newInputStream(expectedFile), ResultSetLang.RS_TSV)
                .rewindable();
        boolean same = ResultSetCompare.equalsByTerm(expected, actual);
        assertTrue(
                same,
                name + " differs from " + expectedFile + "\nactual:\n" + out.toString(StandardCharsets.UTF_8)
                        + "\nrequests: " + (wikidata.requests() - before));
    }

    @Test
    void bundledFederatedQueriesAreFoundByName() {
        assertTrue(
                QueryRunner.resolve("federated/01-nato-members-pledges").contains("SERVICE <urn:claimgraph:wikidata>"));
        assertThrows(QueryException.class, () -> QueryRunner.resolve("federated/../../pom.xml"));
    }

    @Test
    void theEndpointIsAParameterWithWikidataAsItsDefault() {
        String q = "SELECT * { SERVICE <urn:claimgraph:wikidata> { ?s ?p ?o } }";
        assertEquals(
                "SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }", QueryRunner.bind(q, Map.of()));
        assertEquals(
                "SELECT * { SERVICE <http://127.0.0.1:3031/wd/sparql> { ?s ?p ?o } }",
                QueryRunner.bind(q, Map.of("wikidata", "http://127.0.0.1:3031/wd/sparql")));
        assertThrows(QueryException.class, () -> QueryRunner.bind(q, Map.of("wikidata", "not a url")));
        assertThrows(QueryException.class, () -> QueryRunner.bind(q, Map.of("wikidata", "http://x/>} DROP")));
        assertThrows(
                QueryException.class,
                () -> QueryRunner.bind(q, Map.of("dbpedia", "http://example.org/sparql")),
                "a parameter the query does not use is a mistake");
        assertThrows(
                QueryException.class,
                () -> QueryRunner.bind("SELECT * { SERVICE <urn:claimgraph:other> {} }", Map.of()),
                "only wikidata has a default");
    }
}

package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.claimgraph.TestSupport;
import org.claimgraph.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every query in {@code queries/} answers its question on the example article as
 * {@code queries/expected/<name>.tsv} says (results compared as multisets of rows, by RDF term).
 */
class BundledQueriesTest {
    private static final Path QUERIES = Path.of("queries");
    private static KnowledgeStore store;

    @BeforeAll
    static void build() {
        store = TestSupport.storeWith(TestSupport.exampleGraph());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<String> queries() throws IOException {
        try (Stream<Path> s = Files.list(QUERIES)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList().stream();
        }
    }

    @Test
    void thereAreAtLeastFiveQueriesEachOpeningWithItsQuestion() throws IOException {
        assertTrue(queries().count() >= 5);
        for (String q : queries().toList()) {
            String first =
                    Files.readString(QUERIES.resolve(q)).lines().findFirst().orElse("");
            assertTrue(first.startsWith("# Question:"), q + " opens with the question it answers");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void queryGivesTheExpectedAnswer(String name) throws IOException {
        String text = Files.readString(QUERIES.resolve(name));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(store.dataset(), text, QueryRunner.OutputFormat.tsv, out);
        ResultSetRewindable actual = ResultSetMgr.read(
                        new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_TSV)
                .rewindable();
        Path expectedFile = QUERIES.resolve("expected").resolve(name.replace(".rq", ".tsv"));
        ResultSetRewindable expected = ResultSetMgr.read(Files.newInputStream(expectedFile), ResultSetLang.RS_TSV)
                .rewindable();
        boolean same = ResultSetCompare.equalsByTerm(expected, actual);
        expected.reset();
        actual.reset();
        assertTrue(same, name + " differs from " + expectedFile + "\nactual:\n" + out.toString(StandardCharsets.UTF_8));
    }
}

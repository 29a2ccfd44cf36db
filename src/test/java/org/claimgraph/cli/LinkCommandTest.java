package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.claimgraph.WikidataTestServer;
import org.claimgraph.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgraph link} on the command line: its report, its options, and the offline exit code. */
class LinkCommandTest {
    private static Path storeWithTestEntities(Path dir) {
        Path store = dir.resolve("store");
        try (KnowledgeStore kg = KnowledgeStore.open(store)) {
            Txn.executeWrite(kg.dataset(), () -> {
                try (InputStream in = LinkCommandTest.class.getClassLoader().getResourceAsStream("link/store.trig")) {
                    RDFParser.source(in).lang(Lang.TRIG).parse(kg.dataset());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return store;
    }

    @Test
    void linksAgainstTheGivenEndpointAndPrintsOneLinePerEntity(@TempDir Path dir) {
        Path store = storeWithTestEntities(dir);
        try (WikidataTestServer wd = WikidataTestServer.start()) {
            CliRunner.Result r = CliRunner.run(
                    "link",
                    "--store",
                    store.toString(),
                    "--endpoint",
                    wd.endpoint(),
                    "--cache",
                    dir.resolve("cache").toString(),
                    "--rate",
                    "50");
            assertEquals(ExitCodes.OK, r.exitCode(), r.err());
            assertTrue(
                    r.out().lines().anyMatch(l -> l.startsWith("LINKED\tIvan Testenko\tPerson\twd:Q9900001\t")),
                    r.out());
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith("AMBIGUOUS\tAnna Kovalenko\t")), r.out());
            assertTrue(r.err().contains("2 linked"), r.err());
            CliRunner.Result q = CliRunner.run(
                    "query",
                    "--store",
                    store.toString(),
                    "--format",
                    "csv",
                    "SELECT ?q WHERE { GRAPH <https://w3id.org/claimgraph/id/graph/links> { ?e owl:sameAs ?q } }");
            assertEquals(3, q.out().lines().count(), "header and two links: " + q.out());
        }
    }

    @Test
    void newLinksMergeReportsOfOneEventAcrossArticles(@TempDir Path dir) throws IOException {
        // Cross-article events merge only on linked actors: a person unknown to the gazetteer keeps two
        // articles' reports apart until 'link' links the person, and 'link' must then recompute the events graph.
        Path store = dir.resolve("store");
        java.nio.file.Files.writeString(
                dir.resolve("a.txt"),
                "---\npublished: 2024-03-04\n---\nIvan Testenko visited Kyiv on March 3, 2024.\n");
        java.nio.file.Files.writeString(
                dir.resolve("b.txt"),
                "---\npublished: 2024-03-05\n---\nOn March 3, 2024, Ivan Testenko visited Kyiv, officials said.\n");
        CliRunner.Result build = CliRunner.run(
                "build",
                "--store",
                store.toString(),
                dir.resolve("a.txt").toString(),
                dir.resolve("b.txt").toString());
        assertEquals(ExitCodes.OK, build.exitCode(), build.err());
        String merged = "SELECT ?report WHERE { GRAPH <https://w3id.org/claimgraph/id/graph/events> "
                + "{ ?report <https://w3id.org/claimgraph/ontology#sameEventAs> ?event } }";
        assertEquals(
                1,
                CliRunner.run("query", "--store", store.toString(), "--format", "csv", merged)
                        .out()
                        .lines()
                        .count(),
                "no merge before the person is linked");
        try (WikidataTestServer wd = WikidataTestServer.start()) {
            CliRunner.Result r = CliRunner.run(
                    "link",
                    "--store",
                    store.toString(),
                    "--endpoint",
                    wd.endpoint(),
                    "--cache",
                    dir.resolve("cache").toString(),
                    "--rate",
                    "50");
            assertEquals(ExitCodes.OK, r.exitCode(), r.err());
            assertTrue(r.err().contains("across articles 1 merged event(s)"), r.err());
        }
        CliRunner.Result after = CliRunner.run("query", "--store", store.toString(), "--format", "csv", merged);
        assertEquals(3, after.out().lines().count(), "header and the two reports: " + after.out());
    }

    @Test
    void anUnreachableEndpointExitsWithCode5AndOneLine(@TempDir Path dir) {
        Path store = storeWithTestEntities(dir);
        String offline = WikidataTestServer.closedEndpoint();
        CliRunner.Result r = CliRunner.run(
                "link",
                "--store",
                store.toString(),
                "--endpoint",
                offline,
                "--cache",
                dir.resolve("cache").toString());
        assertEquals(ExitCodes.STORE, r.exitCode());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("claimgraph: cannot reach the SPARQL endpoint " + offline), r.err());
    }

    @Test
    void aBadRateOrEndpointIsAUsageError(@TempDir Path dir) {
        Path store = storeWithTestEntities(dir);
        assertEquals(
                ExitCodes.USAGE,
                CliRunner.run("link", "--store", store.toString(), "--rate", "0")
                        .exitCode());
        assertEquals(
                ExitCodes.USAGE,
                CliRunner.run("link", "--store", store.toString(), "--endpoint", "ftp://example.org/sparql")
                        .exitCode());
    }

    @Test
    void queryTakesTheWikidataEndpointAsAParameter(@TempDir Path dir) {
        Path store = storeWithTestEntities(dir);
        String federated = "SELECT ?label WHERE { ?e rdfs:label \"Ivan Testenko\" . SERVICE <urn:claimgraph:wikidata> {"
                + " wd:Q9900001 rdfs:label ?label } }";
        try (WikidataTestServer wd = WikidataTestServer.start()) {
            CliRunner.Result r = CliRunner.run(
                    "query",
                    "--store",
                    store.toString(),
                    "--format",
                    "csv",
                    "--param",
                    "wikidata=" + wd.endpoint(),
                    federated);
            assertEquals(ExitCodes.OK, r.exitCode(), r.err());
            assertEquals(List.of("label", "Ivan Testenko"), r.out().lines().toList());
        }
        CliRunner.Result bad =
                CliRunner.run("query", "--store", store.toString(), "--param", "wikidata=not-a-url", federated);
        assertEquals(ExitCodes.BAD_INPUT, bad.exitCode());
        assertTrue(bad.err().contains("not an absolute http(s) URL"), bad.err());
    }

    @Test
    void withoutAStoreItSaysSo(@TempDir Path dir) {
        CliRunner.Result r =
                CliRunner.run("link", "--store", dir.resolve("none").toString());
        assertEquals(ExitCodes.STORE, r.exitCode());
        assertTrue(r.err().contains("no store here"), r.err());
    }
}

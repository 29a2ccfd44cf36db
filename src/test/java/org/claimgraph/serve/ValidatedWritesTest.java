package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimgraph.CorpusFixtures;
import org.claimgraph.TestSupport;
import org.claimgraph.WikidataTestServer;
import org.claimgraph.corpus.CorpusIndex;
import org.claimgraph.corpus.PlainFacts;
import org.claimgraph.ingest.Article;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.map.Iris;
import org.claimgraph.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes through the server ({@code --allow-update} with credentials) must leave every graph they change
 * conforming to the shapes, as {@code build} leaves every article: a SPARQL Update or a Graph Store write that
 * breaks a shape is refused with 400 and its violations, and nothing of it stays in the store.
 */
class ValidatedWritesTest {
    private static final String USER = "editor";
    private static final String PASSWORD = "s3cret-Horse";
    private static final String PREFIXES =
            "PREFIX cg: <https://w3id.org/claimgraph/ontology#>\n" + "PREFIX schema: <https://schema.org/>\n";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    private static KnowledgeStore store;
    private static ClaimgraphServer server;
    private static String graph;
    private static String article;

    @BeforeAll
    static void start() throws IOException {
        ArticleGraph example = TestSupport.exampleGraph();
        store = TestSupport.storeWith(example);
        graph = example.name().getURI();
        Article a = TestSupport.example();
        article = Iris.article(a.contentHash()).getURI();
        Path users = Files.writeString(dir.resolve("users.properties"), USER + ": " + PASSWORD + "\n");
        server = ClaimgraphServer.start(store.dataset(), ServerOptions.onPort(0).withUpdates(users));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> update(String sparql) throws IOException, InterruptedException {
        return update(server, sparql);
    }

    private static HttpResponse<String> update(ClaimgraphServer to, String sparql)
            throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(to.baseUrl() + "kg/update"))
                        .header("Authorization", basic())
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(PREFIXES + sparql))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> put(String graphName, String turtle) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "kg/data?graph="
                                + URLEncoder.encode(graphName, StandardCharsets.UTF_8)))
                        .header("Authorization", basic())
                        .header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                PREFIXES.replace("PREFIX ", "@prefix ").replace(">\n", "> .\n") + turtle))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Set<Quad> quads() {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().stream().collect(Collectors.toSet()));
    }

    private static void assertRefused(HttpResponse<String> r, Set<Quad> before, String... mentions) {
        assertEquals(400, r.statusCode(), r.body());
        for (String m : mentions) {
            assertTrue(r.body().contains(m), m + " in:\n" + r.body());
        }
        assertFalse(r.body().contains("Exception"), r.body());
        assertEquals(before, quads(), "the store is exactly as it was");
    }

    @Test
    void anUpdateThatBreaksAnArticleIsRefusedAndRolledBack() throws Exception {
        Set<Quad> before = quads();
        // A second content hash, and not in hex: the article no longer says which text it is.
        assertRefused(
                update("INSERT DATA { GRAPH <" + graph + "> { <" + article + "> cg:contentHash \"not-a-hash\" } }"),
                before,
                graph,
                "SHACL",
                "cg:contentHash");
        // Claims without their evidence; the first operation of the request is rolled back with the second.
        assertRefused(
                update("INSERT DATA { GRAPH <urn:test:notes> { <urn:test:a> <urn:test:b> \"c\" } } ;\n"
                        + "DELETE WHERE { GRAPH <" + graph + "> { ?claim cg:evidence ?span } }"),
                before,
                "cg:evidence");
        // A claim written into another graph is held to the shapes too.
        assertRefused(
                update("INSERT DATA { GRAPH <urn:test:notes> { <urn:test:claim> a cg:Claim } }"),
                before,
                "urn:test:notes");
    }

    @Test
    void anUpdateThatKeepsTheShapesIsCommitted() throws Exception {
        HttpResponse<String> r = update("INSERT DATA { GRAPH <" + graph + "> { <" + article
                + "> schema:url <https://www.example.org/news/stoltenberg-kyiv> } }");
        assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
        assertTrue(quads().stream()
                .anyMatch(q -> q.getObject().isURI()
                        && q.getObject().getURI().equals("https://www.example.org/news/stoltenberg-kyiv")));
        HttpResponse<String> notes =
                update("INSERT DATA { GRAPH <urn:test:notes2> { <urn:test:a> <urn:test:b> \"c\" } }");
        assertTrue(notes.statusCode() / 100 == 2, notes.statusCode() + " " + notes.body());
    }

    @Test
    void anUpdateOfAnArticleKeepsItsPlainFactsAndIndexInStep() throws Exception {
        try (KnowledgeStore own = TestSupport.storeWith(TestSupport.exampleGraph());
                ClaimgraphServer writable = ClaimgraphServer.start(
                        own.dataset(), ServerOptions.onPort(0).withUpdates(dir.resolve("users.properties")))) {
            // Every asserted claim becomes reported: the facts lose their edges, the counts move.
            HttpResponse<String> r = update(
                    writable,
                    "DELETE { GRAPH ?g { ?c cg:modality cg:Asserted } } INSERT { GRAPH ?g { ?c cg:modality cg:Reported } }"
                            + " WHERE { GRAPH ?g { ?c cg:modality cg:Asserted } }");
            assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
            assertDerivedAsRecomputed(own, "after the modality update");
            assertTrue(
                    Txn.calculateRead(
                            own.dataset(),
                            () -> own.dataset().getGraph(Iris.FACTS_GRAPH).isEmpty()),
                    "no asserted claim, no plain fact");
            HttpResponse<String> drop = update(writable, "DROP GRAPH <" + graph + ">");
            assertTrue(drop.statusCode() / 100 == 2, drop.statusCode() + " " + drop.body());
            assertDerivedAsRecomputed(own, "after dropping the article");
            assertTrue(Txn.calculateRead(
                    own.dataset(),
                    () -> own.dataset().getGraph(Iris.INDEX_GRAPH).isEmpty()));
        }
    }

    private static void assertDerivedAsRecomputed(KnowledgeStore s, String when) {
        Txn.executeRead(s.dataset(), () -> {
            assertEquals(
                    CorpusFixtures.sorted(CorpusIndex.compute(s.dataset())),
                    CorpusFixtures.sorted(s.dataset().getGraph(Iris.INDEX_GRAPH)),
                    "index " + when);
            assertEquals(
                    CorpusFixtures.sorted(PlainFacts.compute(s.dataset())),
                    CorpusFixtures.sorted(s.dataset().getGraph(Iris.FACTS_GRAPH)),
                    "plain facts " + when);
        });
    }

    @Test
    void aGraphStoreWriteIsHeldToTheShapesToo() throws Exception {
        Set<Quad> before = quads();
        assertRefused(
                put("urn:test:put", "<urn:test:article> a cg:Article ; schema:url \"https://example.org/1\" .\n"),
                before,
                "urn:test:put",
                "cg:contentHash");
        HttpResponse<String> ok = put("urn:test:put", "<urn:test:a> <urn:test:b> \"c\" .\n");
        assertTrue(ok.statusCode() / 100 == 2, ok.statusCode() + " " + ok.body());
    }

    @Test
    void aServiceInAnUpdateIsHeldToTheAllowList() throws Exception {
        try (WikidataTestServer target = WikidataTestServer.start()) {
            Set<Quad> before = quads();
            int requests = target.requests();
            assertRefused(
                    update("INSERT { GRAPH <urn:test:copy> { ?s ?p ?o } } WHERE { SERVICE <" + target.endpoint()
                            + "> { ?s ?p ?o } }"),
                    before,
                    target.endpoint(),
                    "--allow-service");
            assertEquals(requests, target.requests(), "the server made no request");
        }
    }
}

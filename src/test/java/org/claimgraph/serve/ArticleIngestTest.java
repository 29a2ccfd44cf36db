package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.claimgraph.CorpusFixtures;
import org.claimgraph.TestSupport;
import org.claimgraph.pipeline.IngestJson;
import org.claimgraph.pipeline.LiveIngest;
import org.claimgraph.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /kg/articles} over HTTP on free ports: articles taken only with {@code --allow-ingest} and from the
 * users of the credentials file, never from another site's page; each stored whole, readers seeing whole articles
 * only; a bad article in a batch reported while the good ones are stored.
 */
class ArticleIngestTest {
    private static final String USER = "editor";
    private static final String PASSWORD = "s3cret-Horse";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ARTICLE = "---\npublished: 2023-04-05\nurl: https://example.org/news/finland\n---\n"
            + "Finland joined NATO on April 4, 2023.\n";

    @TempDir
    static Path dir;

    private static KnowledgeStore store;
    private static ClaimgraphServer server;
    private static KnowledgeStore closedStore;
    private static ClaimgraphServer closed;

    @BeforeAll
    static void start() throws IOException {
        Path users = dir.resolve("users.properties");
        Files.writeString(users, USER + ": " + PASSWORD + "\n");
        store = TestSupport.storeWith(TestSupport.exampleGraph());
        var pipeline = TestSupport.pipeline();
        server = ClaimgraphServer.start(
                store.dataset(),
                ServerOptions.onPort(0).withIngest(users),
                new LiveIngest(
                        store,
                        a -> a.text().startsWith(TestSupport.example().text())
                                ? CorpusFixtures.graph(a)
                                : pipeline.process(a),
                        2));
        // Updates allowed, ingest not: the credentials do not open ingest.
        closedStore = TestSupport.storeWith(TestSupport.exampleGraph());
        closed = ClaimgraphServer.start(
                closedStore.dataset(),
                ServerOptions.onPort(0).withUpdates(users),
                new LiveIngest(closedStore, pipeline::process, 1));
    }

    /** A copy of the example mapped without NLP, as slowly as a short article, so that readers run in between. */
    private static org.claimgraph.map.ArticleGraph slowly(org.claimgraph.ingest.Article a) {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return CorpusFixtures.graph(a);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
        closed.close();
        closedStore.close();
    }

    private static HttpRequest.Builder post(ClaimgraphServer s, String type, String body) {
        return HttpRequest.newBuilder(URI.create(s.baseUrl() + "kg/articles"))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder b) {
        return b.header("Authorization", basic(USER, PASSWORD));
    }

    private static long claimsIn(ClaimgraphServer s, String graph) {
        try (RDFConnection conn = RDFConnection.connect(s.baseUrl() + "kg")) {
            long[] n = new long[1];
            conn.querySelect(
                    "PREFIX cg: <https://w3id.org/claimgraph/ontology#> SELECT (COUNT(?c) AS ?n) WHERE { GRAPH <"
                            + graph + "> { ?c a cg:Claim } }",
                    row -> n[0] = row.getLiteral("n").getLong());
            return n[0];
        }
    }

    @Test
    void aPostedArticleIsStoredAndAQueryFindsItsClaims() throws Exception {
        HttpResponse<String> r = send(authorized(post(server, "text/plain; charset=utf-8", ARTICLE)));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        List<LiveIngest.Result> results = IngestJson.read(r.body());
        assertEquals(1, results.size(), r.body());
        LiveIngest.Result a = results.get(0);
        assertTrue(a.status() != LiveIngest.Status.REJECTED, r.body());
        long claims = a.counts().orElseThrow().claims();
        assertTrue(claims > 0, r.body());
        assertEquals(claims, claimsIn(server, a.graph().orElseThrow()), "a query finds the article's claims");
        // Its accession is a query away, as any built article's.
        try (RDFConnection conn = RDFConnection.connect(server.baseUrl() + "kg")) {
            assertTrue(conn.queryAsk("PREFIX cg: <https://w3id.org/claimgraph/ontology#> ASK { GRAPH <"
                    + a.graph().orElseThrow() + "> { ?e a cg:Accession ; cg:member ?m } }"));
        }
        // The same article again changes nothing.
        HttpResponse<String> again = send(authorized(post(server, "text/plain", ARTICLE)));
        assertEquals(200, again.statusCode());
        assertEquals(
                LiveIngest.Status.UNCHANGED,
                IngestJson.read(again.body()).get(0).status());
    }

    @Test
    void withoutCredentialsItIs401AndTheStoreIsUnchanged() throws Exception {
        var before = CorpusFixtures.quads(store.dataset());
        String other = ARTICLE.replace("April 4", "April 3");
        HttpResponse<String> none = send(post(server, "text/plain", other));
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(
                401,
                send(post(server, "text/plain", other).header("Authorization", basic(USER, "wrong")))
                        .statusCode());
        assertEquals(before, CorpusFixtures.quads(store.dataset()));
    }

    @Test
    void aPostFromAnotherSiteIsRefusedEvenWithCredentials() throws Exception {
        var before = CorpusFixtures.quads(store.dataset());
        HttpResponse<String> r = send(authorized(post(server, "text/plain", ARTICLE.replace("April 4", "April 2")))
                .header("Origin", "https://evil.example"));
        assertEquals(403, r.statusCode());
        assertEquals(before, CorpusFixtures.quads(store.dataset()));
    }

    @Test
    void withoutAllowIngestItIsRefused() throws Exception {
        var before = CorpusFixtures.quads(closedStore.dataset());
        HttpResponse<String> r = send(authorized(post(closed, "text/plain", ARTICLE)));
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains("--allow-ingest"), r.body());
        // The read-only server's default options: no endpoint takes an article either.
        try (KnowledgeStore s = KnowledgeStore.inMemory();
                ClaimgraphServer readOnly = ClaimgraphServer.start(s.dataset(), ServerOptions.onPort(0))) {
            assertEquals(
                    403, send(authorized(post(readOnly, "text/plain", ARTICLE))).statusCode());
        }
        assertEquals(before, CorpusFixtures.quads(closedStore.dataset()));
    }

    @Test
    void aBadArticleInABatchGetsItsErrorAndTheGoodOneIsStored() throws Exception {
        String ndjson = "{\"text\": \"Sweden joined NATO on March 7, 2024.\", \"published\": \"2024-03-08\"}\n"
                + "{\"text\": \"Norway pledged money.\", \"published\": \"2023-02-30\"}\n"
                + "not json\n";
        HttpResponse<String> r = send(authorized(post(server, "application/x-ndjson", ndjson)));
        assertEquals(400, r.statusCode(), r.body());
        List<LiveIngest.Result> results = IngestJson.read(r.body());
        assertEquals(3, results.size(), r.body());
        assertEquals(LiveIngest.Status.STORED, results.get(0).status(), r.body());
        assertEquals("request:1", results.get(0).source());
        assertEquals(LiveIngest.Status.REJECTED, results.get(1).status());
        assertEquals("request:2", results.get(1).source());
        assertTrue(results.get(1).error().contains("unparsable publication date '2023-02-30'"), r.body());
        assertTrue(results.get(2).error().startsWith("not a JSON object"), r.body());
        assertTrue(r.body().contains("1 of 3 article(s) stored; 2 rejected"), r.body());
        assertTrue(claimsIn(server, results.get(0).graph().orElseThrow()) > 0, "the good article is stored");
    }

    @Test
    void anUnknownBodyTypeIs415() throws Exception {
        assertEquals(
                415, send(authorized(post(server, "application/pdf", "%PDF"))).statusCode());
    }

    @Test
    void readersDuringIngestSeeWholeArticlesOnly() throws Exception {
        // Copies of the example article (mapped without NLP), sent as one batch: one transaction each.
        List<String> lines = new ArrayList<>();
        Set<String> coming = new java.util.HashSet<>();
        for (int k = 100; k < 106; k++) {
            lines.add(IngestJson.request(CorpusFixtures.copy(k)));
            coming.add(org.claimgraph.map.Iris.graph(CorpusFixtures.copy(k).contentHash())
                    .getURI());
        }
        AtomicInteger partial = new AtomicInteger();
        Map<String, Set<Long>> seen = Collections.synchronizedMap(new HashMap<>());
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        Thread reader = new Thread(() -> {
            try (RDFConnection conn = RDFConnection.connect(server.baseUrl() + "kg")) {
                while (!done.get()) {
                    AtomicInteger present = new AtomicInteger();
                    conn.querySelect(
                            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                            (QuerySolution row) -> {
                                String g = row.getResource("g").getURI();
                                seen.computeIfAbsent(g, x -> Collections.synchronizedSet(new java.util.TreeSet<>()))
                                        .add(row.getLiteral("n").getLong());
                                if (coming.contains(g)) {
                                    present.incrementAndGet();
                                }
                            });
                    if (present.get() > 0 && present.get() < coming.size()) {
                        partial.incrementAndGet();
                    }
                    reads.incrementAndGet();
                }
            }
        });
        reader.start();
        HttpResponse<String> r;
        try {
            r = send(authorized(post(server, "application/x-ndjson", String.join("\n", lines) + "\n")));
        } finally {
            done.set(true);
            reader.join();
        }
        assertEquals(200, r.statusCode(), r.body());
        List<LiveIngest.Result> results = IngestJson.read(r.body());
        assertEquals(6, results.size());
        assertTrue(partial.get() > 0, "the reader saw the batch part-stored, article by article: " + reads.get());
        for (LiveIngest.Result a : results) {
            long whole = a.counts().orElseThrow().triples();
            Set<Long> counts = seen.getOrDefault(a.graph().orElseThrow(), Set.of());
            assertTrue(
                    counts.stream().allMatch(n -> n == whole),
                    a.graph().orElseThrow() + " seen with " + counts + " triples, whole it has " + whole);
        }
    }
}

package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.claimgraph.TestSupport;
import org.claimgraph.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Talks HTTP to a real embedded Fuseki on a free loopback port. */
class ServerHttpTest {
    private static KnowledgeStore store;
    private static ClaimgraphServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = TestSupport.storeWith(TestSupport.exampleGraph());
        server = ClaimgraphServer.start(store.dataset(), new ServerOptions(0, 2, Optional.empty()));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The status of a write attempt; a server that closes the connection on it refused it too (-1). */
    private static int writeStatus(HttpRequest request) throws InterruptedException {
        try {
            return send(request).statusCode();
        } catch (IOException closed) {
            return -1;
        }
    }

    @Test
    void sparqlOverHttpReturnsTheExampleData() {
        try (RDFConnection conn = RDFConnection.connect(server.baseUrl() + "kg")) {
            QuerySolution row = conn.query("""
                    PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT ?d WHERE { ?v a cg:Visit ; cg:visitor/rdfs:label "Vladimir Putin" ; cg:date ?d }""").execSelect().next();
            assertEquals("2023-04-18", row.getLiteral("d").getLexicalForm());
        }
    }

    @Test
    void theEndpointAnswersAtKgSparqlOnLoopback() throws Exception {
        assertTrue(server.sparqlUrl().startsWith("http://127.0.0.1:"));
        HttpResponse<String> r =
                send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D"))
                        .header("Accept", "application/sparql-results+json")
                        .build());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("true"));
    }

    @Test
    void updatesAreRefused() throws Exception {
        int viaSparql = writeStatus(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }"))
                .build());
        assertTrue(viaSparql >= 400 || viaSparql == -1, "update via /kg/sparql: " + viaSparql);
        int viaUpdate = writeStatus(HttpRequest.newBuilder(URI.create(server.baseUrl() + "kg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }"))
                .build());
        assertTrue(viaUpdate >= 400 || viaUpdate == -1, "update via /kg/update: " + viaUpdate);
        int put = writeStatus(HttpRequest.newBuilder(URI.create(server.baseUrl() + "kg/get?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> ."))
                .build());
        assertTrue(put >= 400 || put == -1, "graph store write: " + put);
        try (RDFConnection conn = RDFConnection.connect(server.baseUrl() + "kg")) {
            assertTrue(!conn.queryAsk("ASK { <urn:a> ?p ?o }"), "nothing was written");
            assertThrows(Exception.class, () -> conn.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }"));
        }
    }

    @Test
    void graphStoreReadServesGraphs() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "kg/get?graph="
                        + TestSupport.exampleGraph().name().getURI()))
                .header("Accept", "text/turtle")
                .build());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Claim"));
    }

    @Test
    void corsAllowsSparqlFromOtherOrigins() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://example.org")
                .header("Access-Control-Request-Method", "POST")
                .build());
        assertEquals(
                "http://example.org",
                r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void theExplorerIsServedAtTheRoot() throws Exception {
        HttpResponse<String> r =
                send(HttpRequest.newBuilder(URI.create(server.baseUrl())).build());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("claimgraph"));
    }

    @Test
    void longQueriesTimeOut() {
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long start = System.nanoTime();
        assertThrows(Exception.class, () -> {
            try (QueryExecutionHTTP qe =
                    QueryExecutionHTTP.service(server.sparqlUrl()).query(slow).build()) {
                qe.execSelect().forEachRemaining(r -> {});
            }
        });
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertTrue(seconds < 30, "cancelled by the 2 s timeout, not left running: " + seconds + " s");
    }
}

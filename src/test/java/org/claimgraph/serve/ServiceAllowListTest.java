package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.claimgraph.TestSupport;
import org.claimgraph.WikidataTestServer;
import org.claimgraph.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPARQL {@code SERVICE} on the public endpoint would let any client make the server fetch any URL (a second
 * server on the loopback interface answered through it). A second embedded Fuseki on 127.0.0.1 stands for such a
 * target: it is reached through SERVICE only when {@code --allow-service} lists its exact endpoint, and a
 * refused SERVICE is one 400 naming the URL and the option, before any request leaves the server.
 */
class ServiceAllowListTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static KnowledgeStore store;
    private static WikidataTestServer target;
    private static ClaimgraphServer closed;
    private static ClaimgraphServer allowing;

    @BeforeAll
    static void start() {
        store = TestSupport.storeWith(TestSupport.exampleGraph());
        target = WikidataTestServer.start();
        closed = ClaimgraphServer.start(store.dataset(), ServerOptions.onPort(0));
        allowing = ClaimgraphServer.start(
                store.dataset(), ServerOptions.onPort(0).withAllowedServices(List.of(target.endpoint())));
    }

    @AfterAll
    static void stop() {
        closed.close();
        allowing.close();
        target.close();
        store.close();
    }

    private static HttpResponse<String> query(ClaimgraphServer server, String sparql)
            throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String service(String endpoint) {
        return "SELECT ?o { SERVICE <" + endpoint + "> { <http://www.wikidata.org/entity/Q7184> ?p ?o } } LIMIT 1";
    }

    private static void assertRefused(HttpResponse<String> r, String url) {
        assertEquals(400, r.statusCode(), r.body());
        String body = r.body().strip();
        assertEquals(1, body.lines().count(), "one line: " + body);
        assertTrue(body.contains(url) && body.contains("--allow-service"), body);
    }

    @Test
    void serviceIsRefusedByDefaultAndNothingIsFetched() throws Exception {
        int before = target.requests();
        assertRefused(query(closed, service(target.endpoint())), target.endpoint());
        assertRefused(
                query(
                        closed,
                        "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE SILENT <" + target.endpoint()
                                + "> { ?s ?p ?o } } }"),
                target.endpoint());
        assertEquals(before, target.requests(), "the server made no request");
    }

    @Test
    void aListedEndpointIsReachedAndNoOtherIs() throws Exception {
        int before = target.requests();
        HttpResponse<String> allowed = query(allowing, service(target.endpoint()));
        assertEquals(200, allowed.statusCode(), allowed.body());
        assertTrue(allowed.body().lines().count() >= 2, "a header and a row: " + allowed.body());
        assertTrue(target.requests() > before, "the listed endpoint was asked");

        // Exact URLs: the same server under another path, or a prefix of the listed URL, is another endpoint.
        int after = target.requests();
        String otherPath = target.endpoint().replace("/sparql", "/query");
        assertRefused(query(allowing, service(otherPath)), otherPath);
        String closedPort = WikidataTestServer.closedEndpoint();
        assertRefused(query(allowing, service(closedPort)), closedPort);
        assertEquals(after, target.requests());
    }

    @Test
    void anEndpointInAVariableIsCheckedWhenItIsBound() throws Exception {
        String other = target.endpoint().replace("/sparql", "/query");
        int before = target.requests();
        assertRefused(
                query(allowing, "SELECT * { VALUES ?svc { <" + other + "> } SERVICE ?svc { ?s ?p ?o } } LIMIT 1"),
                other);
        assertEquals(before, target.requests());
        HttpResponse<String> listed = query(
                allowing, "SELECT * { VALUES ?svc { <" + target.endpoint() + "> } SERVICE ?svc { ?s ?p ?o } } LIMIT 1");
        assertEquals(200, listed.statusCode(), listed.body());
    }
}

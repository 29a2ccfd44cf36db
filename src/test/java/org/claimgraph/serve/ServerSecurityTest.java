package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdfconnection.RDFConnection;
import org.claimgraph.TestSupport;
import org.claimgraph.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, a server safe by default, over HTTP on free ports: loopback only, no writes without
 * {@code --allow-update} and credentials, HTTP Basic on the write endpoints only, results capped, request
 * bodies limited, no stack traces in any response, security headers on every response including errors.
 */
class ServerSecurityTest {
    private static final String USER = "editor";
    private static final String PASSWORD = "s3cret-Horse";
    private static final String INSERT = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:a> <urn:test:b> \"written\" } }";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    private static KnowledgeStore store;
    private static ClaimgraphServer readOnly;
    private static KnowledgeStore writableStore;
    private static ClaimgraphServer writable;

    @BeforeAll
    static void start() throws IOException {
        store = TestSupport.storeWith(TestSupport.exampleGraph());
        // A page that fails, to see what a client gets when something breaks inside the server.
        readOnly = ClaimgraphServer.start(
                store.dataset(),
                ServerOptions.onPort(0).withMaxBodyBytes(16 * 1024),
                builder -> builder.addServlet("/test-failure", new HttpServlet() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
                        throw new IllegalStateException("secret internal detail");
                    }
                }));
        Path users = dir.resolve("users.properties");
        Files.writeString(users, "# claimgraph editors\n" + USER + ": " + PASSWORD + "\n");
        writableStore = KnowledgeStore.inMemory();
        writable = ClaimgraphServer.start(
                writableStore.dataset(), ServerOptions.onPort(0).withUpdates(users));
    }

    @AfterAll
    static void stop() {
        readOnly.close();
        store.close();
        writable.close();
        writableStore.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder get(ClaimgraphServer server, String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
    }

    private static HttpRequest.Builder update(ClaimgraphServer server, String path, String sparqlUpdate) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparqlUpdate));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String query(String sparql) {
        return "kg/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    }

    private static boolean written(ClaimgraphServer server) {
        try (RDFConnection conn = RDFConnection.connect(server.baseUrl() + "kg")) {
            return conn.queryAsk("ASK { GRAPH ?g { <urn:test:a> ?p ?o } }");
        }
    }

    // --- Where it listens

    @Test
    void listensOnLoopbackOnlyByDefault() throws Exception {
        assertEquals("127.0.0.1", readOnly.host());
        assertTrue(readOnly.baseUrl().startsWith("http://127.0.0.1:"));
        Optional<InetAddress> external = externalAddress();
        assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to try");
        assertFalse(reachable(external.get(), readOnly.port()), "not reachable on " + external.get());
    }

    @Test
    void hostOpensOtherInterfaces() throws Exception {
        Optional<InetAddress> external = externalAddress();
        assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to try");
        try (KnowledgeStore s = KnowledgeStore.inMemory();
                ClaimgraphServer all = ClaimgraphServer.start(
                        s.dataset(), ServerOptions.onPort(0).withHost("0.0.0.0"))) {
            assertTrue(reachable(external.get(), all.port()), "reachable on " + external.get());
            assertEquals(200, send(get(all, query("ASK {}"))).statusCode());
        }
    }

    private static Optional<InetAddress> externalAddress() throws IOException {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!ni.isUp() || ni.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean reachable(InetAddress address, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    // --- Writes

    @Test
    void writesAreRefusedByDefault() throws Exception {
        for (String path : List.of("kg/update", "kg/sparql", "kg", "kg/data")) {
            int status = send(update(readOnly, path, INSERT)).statusCode();
            assertTrue(status >= 400 && status < 500, "update at /" + path + ": " + status);
        }
        for (String path : List.of("kg/data?graph=urn:test:g", "kg/get?graph=urn:test:g", "kg?graph=urn:test:g")) {
            int put = send(get(readOnly, path)
                            .header("Content-Type", "text/turtle")
                            .PUT(HttpRequest.BodyPublishers.ofString("<urn:test:a> <urn:test:b> \"written\" .")))
                    .statusCode();
            assertTrue(put >= 400 && put < 500, "PUT /" + path + ": " + put);
            int post = send(get(readOnly, path)
                            .header("Content-Type", "text/turtle")
                            .POST(HttpRequest.BodyPublishers.ofString("<urn:test:a> <urn:test:b> \"written\" .")))
                    .statusCode();
            assertTrue(post >= 400 && post < 500, "POST /" + path + ": " + post);
            int delete = send(get(readOnly, path).DELETE()).statusCode();
            assertTrue(delete >= 400 && delete < 500, "DELETE /" + path + ": " + delete);
        }
        // An update sent as an HTML form, with credentials that mean nothing here.
        int form = send(get(readOnly, "kg/update")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Authorization", basic(USER, PASSWORD))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8))))
                .statusCode();
        assertTrue(form >= 400 && form < 500, "form update: " + form);
        assertFalse(written(readOnly), "nothing was written");
    }

    @Test
    void aRefusedRequestLeavesItsConnectionUsableForTheNext() throws Exception {
        // One client, one kept-alive connection: each refused write is followed by another request on it.
        HttpClient client = HttpClient.newHttpClient();
        List<String> failures = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            for (String path : List.of("kg/get?graph=urn:test:g", "kg?graph=urn:test:g", "kg/sparql")) {
                HttpRequest refused = get(readOnly, path)
                        .header("Content-Type", "text/turtle")
                        .method(
                                i % 2 == 0 ? "PUT" : "POST",
                                HttpRequest.BodyPublishers.ofString("<urn:test:a> <urn:test:b> \"written\" ."))
                        .build();
                try {
                    int status = client.send(refused, HttpResponse.BodyHandlers.ofString())
                            .statusCode();
                    assertTrue(status >= 400 && status < 500, refused.method() + " /" + path + ": " + status);
                } catch (IOException e) {
                    failures.add(refused.method() + " /" + path + ": " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), failures, "requests that got no answer on a reused connection");
    }

    @Test
    void updatesNeedCredentials() throws Exception {
        HttpResponse<String> anonymous = send(update(writable, "kg/update", INSERT));
        assertEquals(401, anonymous.statusCode());
        assertTrue(
                anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                "asks for HTTP Basic: " + anonymous.headers().map());
        assertEquals(
                401,
                send(update(writable, "kg/update", INSERT).header("Authorization", basic(USER, "wrong")))
                        .statusCode());
        assertEquals(
                401,
                send(update(writable, "kg/update", INSERT).header("Authorization", basic("stranger", PASSWORD)))
                        .statusCode());
        int put = send(get(writable, "kg/data?graph=urn:test:g")
                        .header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:test:a> <urn:test:b> \"written\" .")))
                .statusCode();
        assertEquals(401, put, "Graph Store write without credentials");
        assertFalse(written(writable), "nothing was written");
        // Other spellings of the write paths do not get past the login either.
        for (String target : List.of(
                "/kg/update/",
                "/kg//update",
                "/kg/./update",
                "/kg/update;x=1",
                "/kg/%75pdate",
                "/kg/data/",
                "/kg/data;x=1")) {
            String raw = raw(
                    writable,
                    "POST " + target + " HTTP/1.1\r\nContent-Type: application/sparql-update" + "\r\nContent-Length: "
                            + INSERT.length() + "\r\n\r\n" + INSERT);
            String status = raw.lines().findFirst().orElse("");
            assertTrue(status.matches("HTTP/1.1 4\\d\\d.*"), target + ": " + status);
        }
        assertFalse(written(writable), "nothing was written");
        // Queries stay open to everyone.
        assertEquals(200, send(get(writable, query("ASK { ?s ?p ?o }"))).statusCode());
        // The query endpoint never updates, even for a user who logs in.
        int viaQuery = send(update(writable, "kg/sparql", INSERT).header("Authorization", basic(USER, PASSWORD)))
                .statusCode();
        assertTrue(viaQuery >= 400 && viaQuery < 500, "update via /kg/sparql: " + viaQuery);
        assertFalse(written(writable), "nothing was written");
    }

    @Test
    void updatesWorkWithCredentials() throws Exception {
        HttpResponse<String> r =
                send(update(writable, "kg/update", INSERT).header("Authorization", basic(USER, PASSWORD)));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, "update: " + r.statusCode() + " " + r.body());
        assertTrue(written(writable));
        int put = send(get(writable, "kg/data?graph=urn:test:h")
                        .header("Content-Type", "text/turtle")
                        .header("Authorization", basic(USER, PASSWORD))
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:test:c> <urn:test:d> \"put\" .")))
                .statusCode();
        assertTrue(put == 200 || put == 201 || put == 204, "Graph Store PUT: " + put);
        try (RDFConnection conn = RDFConnection.connect(writable.baseUrl() + "kg")) {
            assertTrue(conn.queryAsk("ASK { GRAPH <urn:test:h> { <urn:test:c> ?p \"put\" } }"));
        }
    }

    @Test
    void writesFromAnotherSiteAreRefusedEvenWithCredentials() throws Exception {
        String cross = "INSERT DATA { GRAPH <urn:test:x> { <urn:test:x> <urn:test:y> \"cross\" } }";
        int fromOrigin = send(update(writable, "kg/update", cross)
                        .header("Authorization", basic(USER, PASSWORD))
                        .header("Origin", "http://evil.example"))
                .statusCode();
        assertEquals(403, fromOrigin);
        int fromFetch = send(update(writable, "kg/update", cross)
                        .header("Authorization", basic(USER, PASSWORD))
                        .header("Sec-Fetch-Site", "cross-site"))
                .statusCode();
        assertEquals(403, fromFetch);
        try (RDFConnection conn = RDFConnection.connect(writable.baseUrl() + "kg")) {
            assertFalse(conn.queryAsk("ASK { GRAPH ?g { <urn:test:x> ?p ?o } }"));
        }
        // CORS lets other sites query, but not with credentials and not with write methods.
        HttpResponse<String> preflight = send(get(writable, "kg/sparql")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "PUT"));
        assertFalse(
                preflight
                        .headers()
                        .firstValue("Access-Control-Allow-Methods")
                        .orElse("")
                        .contains("PUT"),
                preflight.headers().map().toString());
        assertFalse(preflight
                .headers()
                .firstValue("Access-Control-Allow-Credentials")
                .orElse("")
                .equals("true"));
    }

    @Test
    void credentialsFileIsChecked() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.properties"), "# nobody\n");
        Path noPassword = Files.writeString(dir.resolve("nopass.properties"), "editor:\n");
        try (KnowledgeStore s = KnowledgeStore.inMemory()) {
            for (Path bad : List.of(empty, noPassword, dir.resolve("missing.properties"))) {
                CredentialsException e = org.junit.jupiter.api.Assertions.assertThrows(
                        CredentialsException.class,
                        () -> ClaimgraphServer.start(
                                        s.dataset(), ServerOptions.onPort(0).withUpdates(bad))
                                .close());
                assertTrue(
                        e.getMessage().startsWith(bad.toString())
                                && e.getMessage().contains("credentials"),
                        e.getMessage());
            }
        }
    }

    // --- Limits

    @Test
    void resultsAreCapped() throws Exception {
        try (KnowledgeStore s = TestSupport.storeWith(TestSupport.exampleGraph());
                ClaimgraphServer capped = ClaimgraphServer.start(
                        s.dataset(), ServerOptions.onPort(0).withMaxResults(5));
                RDFConnection conn = RDFConnection.connect(capped.baseUrl() + "kg")) {
            assertEquals(
                    5,
                    ResultSetFormatter.consume(
                            conn.query("SELECT * { ?s ?p ?o }").execSelect()));
            assertEquals(
                    5,
                    ResultSetFormatter.consume(
                            conn.query("SELECT * { ?s ?p ?o } LIMIT 100").execSelect()));
            assertEquals(
                    3,
                    ResultSetFormatter.consume(
                            conn.query("SELECT * { ?s ?p ?o } LIMIT 3").execSelect()));
            assertTrue(conn.queryConstruct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
                            .size()
                    <= 5);
            // Aggregates count everything: the cap is on what is sent, not on what is seen.
            long all = conn.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
                    .execSelect()
                    .next()
                    .getLiteral("n")
                    .getLong();
            assertTrue(all > 5, "all triples counted: " + all);
            assertTrue(conn.queryAsk("ASK { ?s ?p ?o }"));
        }
        // The default cap.
        try (RDFConnection conn = RDFConnection.connect(readOnly.baseUrl() + "kg")) {
            long all = conn.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
                    .execSelect()
                    .next()
                    .getLiteral("n")
                    .getLong();
            long rows = ResultSetFormatter.consume(
                    conn.query("SELECT * { ?s ?p ?o }").execSelect());
            assertEquals(Math.min(all, ServerOptions.DEFAULT_MAX_RESULTS), rows);
        }
    }

    @Test
    void oversizedBodiesAreRefused() throws Exception {
        String padding = "# " + "x".repeat(20 * 1024) + "\n";
        // Repeated: the 413 used to be lost, now and then, to a reset when the server closed on the unread body.
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> big = send(get(readOnly, "kg/sparql")
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(padding + "ASK {}")));
            assertEquals(413, big.statusCode(), big.body());
            assertSafeError(big);
            // The same without a Content-Length (chunked): refused while it is read.
            HttpResponse<String> chunked = send(get(readOnly, "kg/sparql")
                    .header("Content-Type", "application/sparql-query")
                    .POST(chunked(padding + "ASK {}")));
            assertEquals(413, chunked.statusCode(), "chunked body over the limit: " + chunked.body());
            assertSafeError(chunked);
        }
        // A body far beyond what the server reads to refuse it politely: a client that asks to continue gets the
        // 413 on its headers alone, before it sends any of the body.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", readOnly.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST /kg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    + "Content-Type: application/sparql-query\r\nContent-Length: 104857600\r\n"
                                    + "Expect: 100-continue\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(
                            new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertEquals("HTTP/1.1 413 Payload Too Large", status);
        }
        // Under the limit, the same queries are answered, with and without a length, as a body or a form.
        String small = "# " + "x".repeat(1024) + "\nASK {}";
        for (HttpRequest.BodyPublisher body : List.of(HttpRequest.BodyPublishers.ofString(small), chunked(small))) {
            HttpResponse<String> r = send(get(readOnly, "kg/sparql")
                    .header("Content-Type", "application/sparql-query")
                    .header("Accept", "application/sparql-results+json")
                    .POST(body));
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("true"), r.body());
        }
        String form = "query=" + URLEncoder.encode(small, StandardCharsets.UTF_8);
        for (HttpRequest.BodyPublisher body : List.of(HttpRequest.BodyPublishers.ofString(form), chunked(form))) {
            HttpResponse<String> r = send(get(readOnly, "kg/sparql")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json")
                    .POST(body));
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("true"), r.body());
        }
    }

    /** A body sent without a Content-Length (chunked). */
    private static HttpRequest.BodyPublisher chunked(String body) {
        return HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    // --- Errors and headers

    @Test
    void errorsShowNoStackTrace() throws Exception {
        HttpResponse<String> badQuery = send(get(readOnly, query("SELECT ?x WHERE { ?x")));
        assertEquals(400, badQuery.statusCode());
        assertTrue(badQuery.body().contains("Parse error"), badQuery.body());
        assertSafeError(badQuery);
        HttpResponse<String> badFunction = send(get(readOnly, query("SELECT (<urn:no:such:function>(1) AS ?x) {}")));
        assertSafeError(badFunction);
        HttpResponse<String> failure = send(get(readOnly, "test-failure"));
        assertEquals(500, failure.statusCode());
        assertFalse(failure.body().contains("secret internal detail"), failure.body());
        assertSafeError(failure);
        for (String path : List.of(
                "no/such/page",
                "other/sparql",
                "kg/nothing-here",
                "id/entity/%3Cscript%3E",
                "webjars/no-such-library/x.js")) {
            HttpResponse<String> r = send(get(readOnly, path));
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + ": " + r.statusCode());
            assertSafeError(r);
        }
        // Request lines no well-behaved client sends, written on the socket as they are.
        for (String target : List.of(
                "/id/%zz",
                "/../../etc/passwd", "/%2e%2e/%2e%2e/pom.xml", "/webjars/../../pom.xml", "/id/entity/<script>")) {
            String raw = raw(readOnly, "GET " + target + " HTTP/1.1");
            String status = raw.lines().findFirst().orElse("");
            assertTrue(status.matches("HTTP/1.1 4\\d\\d.*"), target + ": " + status);
            String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
            assertFalse(
                    body.contains("\tat ") || body.contains("Exception") || body.contains("<project"),
                    target + ": " + body);
            assertTrue(raw.contains("X-Content-Type-Options: nosniff"), target + ": " + raw);
        }
        HttpResponse<String> method = send(get(readOnly, "conflicts").DELETE());
        assertTrue(
                method.statusCode() == 405 || method.statusCode() == 404, "DELETE /conflicts: " + method.statusCode());
        assertSafeError(method);
        HttpResponse<String> trace = send(get(readOnly, "").method("TRACE", HttpRequest.BodyPublishers.noBody()));
        assertTrue(trace.statusCode() >= 400, "TRACE: " + trace.statusCode());
        assertSafeError(trace);
    }

    @Test
    void everyResponseCarriesSecurityHeaders() throws Exception {
        for (String path : List.of(
                "",
                "index.html",
                "graph.html",
                "timeline.html",
                "explorer.css",
                "id/",
                "id/entity/jens-stoltenberg",
                "conflicts",
                "void",
                "queries.json",
                "webjars/zazuko__yasgui/build/yasgui.min.js",
                query("ASK { ?s ?p ?o }"),
                "kg/get?default",
                "no/such/page",
                query("SELECT ?x WHERE { ?x"),
                "test-failure")) {
            HttpResponse<String> r = send(get(readOnly, path));
            assertHeaders(r, "/" + path);
        }
        assertHeaders(send(update(writable, "kg/update", INSERT)), "401 from /kg/update");
        assertHeaders(
                send(get(readOnly, "kg/sparql")
                        .header("Content-Type", "application/sparql-query")
                        .POST(HttpRequest.BodyPublishers.ofString("# " + "x".repeat(20 * 1024)))),
                "413");
    }

    /** Sends one request line as given, with a Host header, and returns the whole response. */
    private static String raw(ClaimgraphServer server, String requestLine) throws IOException {
        String host = "Host: 127.0.0.1:" + server.port() + "\r\nConnection: close";
        // A request with a body: the Host header goes in after the request line.
        String request = requestLine.contains("\r\n\r\n")
                ? requestLine.replaceFirst("\r\n", "\r\n" + host + "\r\n")
                : requestLine + "\r\n" + host + "\r\n\r\n";
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertHeaders(HttpResponse<String> r, String what) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(
                csp.contains("default-src 'self'") && csp.contains("script-src 'self'"),
                what + " (" + r.statusCode() + "): Content-Security-Policy " + csp);
        assertEquals(
                "nosniff",
                r.headers().firstValue("X-Content-Type-Options").orElse(""),
                what + " (" + r.statusCode() + "): X-Content-Type-Options");
    }

    /** No stack trace, no exception class, no server version, and the security headers. */
    private static void assertSafeError(HttpResponse<String> r) {
        String body = r.body();
        String what = r.request().method() + " " + r.uri() + " (" + r.statusCode() + ")";
        assertFalse(
                body.contains("\tat ") || body.contains("at org.") || body.contains("at java."),
                what + ": stack trace in " + body);
        assertFalse(
                body.matches("(?s).*\\b\\w+(Exception|Error)\\b.*") && !body.contains("Parse error"),
                what + ": exception name in " + body);
        assertFalse(body.contains("Caused by"), what + ": " + body);
        assertFalse(
                r.headers().firstValue("Server").orElse("").toLowerCase().contains("jetty"), what + ": Server header");
        assertHeaders(r, what);
    }
}

package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.claimgraph.TestSupport;
import org.claimgraph.query.BundledQueries;
import org.claimgraph.query.ExplorerQueries;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The explorer over HTTP against a real server on a free loopback port, holding the example article and an
 * article full of markup: resource pages with content negotiation, VoID, conflicts, security headers,
 * assets served from the jar, and escaping of everything that comes from the data.
 */
class ExplorerHttpTest {
    private static KnowledgeStore store;
    private static ClaimgraphServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = TestSupport.storeWith(TestSupport.exampleGraph(), ExplorerFixtures.markupArticle());
        server = ClaimgraphServer.start(store.dataset(), new ServerOptions(0, 10, Optional.empty()));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path.replaceFirst("^/", "")));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String pagePath(String iri) {
        return server.pageUrl(iri).substring(server.baseUrl().length() - 1);
    }

    private static List<String> select(String query, String var) {
        List<String> out = new ArrayList<>();
        try (RDFConnection conn = RDFConnection.connect(server.baseUrl() + "kg")) {
            conn.querySelect(
                    "PREFIX cg: <" + CG.NS + ">\nPREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/"
                            + "ontologies/nif-core#>\nPREFIX rdfs: <" + RDFS.getURI() + ">\n" + query,
                    (QuerySolution row) -> out.add(
                            row.get(var).isLiteral()
                                    ? row.getLiteral(var).getLexicalForm()
                                    : row.getResource(var).getURI()));
        }
        return out;
    }

    private static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(lang).parse(m);
        return m;
    }

    // ---- Content negotiation

    @Test
    void anEntityPageIsHtmlForBrowsers() throws Exception {
        HttpResponse<String> r = get(
                pagePath(ExplorerFixtures.STOLTENBERG),
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = r.body();
        assertTrue(html.contains("<h1>Jens Stoltenberg</h1>"), "label as the heading");
        assertTrue(html.contains("https://www.wikidata.org/wiki/Q57665"), "Wikidata link");
        assertTrue(html.contains("type-person"), "type shown");
        assertTrue(html.contains("<dt>visitor</dt>"), "the visit with its roles");
        assertTrue(
                html.contains("<mark class=\"evidence-span\">NATO Secretary-General Jens Stoltenberg visited Ukraine"),
                "evidence highlighted inside the article text");
        assertTrue(html.contains("precision-day"), "date with its precision");
        assertTrue(html.contains("modality-asserted"), "modality shown");
    }

    @Test
    void aPlainFactHasAPageWithItsClaimsAndTheEntityPageListsIt() throws Exception {
        String kyiv = CG.ID_NS + "entity/kyiv";
        org.apache.jena.graph.Node fact = org.claimgraph.map.Iris.fact(
                org.apache.jena.graph.NodeFactory.createURI(ExplorerFixtures.STOLTENBERG),
                CG.visited.asNode(),
                org.apache.jena.graph.NodeFactory.createURI(kyiv));
        String entity = get(pagePath(ExplorerFixtures.STOLTENBERG), "text/html").body();
        assertTrue(entity.contains("<h2>Plain facts ("), "the entity's plain facts");
        assertTrue(entity.contains(pagePath(fact.getURI())), "linked to the fact's page");

        HttpResponse<String> page = get(pagePath(fact.getURI()), "text/html");
        assertEquals(200, page.statusCode());
        // The example's four claims, and the markup article's visit if it asserts one.
        java.util.regex.Matcher from = java.util.regex.Pattern.compile("<h2>From (\\d+) asserted claims</h2>")
                .matcher(page.body());
        assertTrue(from.find(), "the fact's claims are listed");
        assertTrue(Integer.parseInt(from.group(1)) >= 4, from.group());
        assertTrue(page.body().contains("modality-asserted"), "each claim with its modality and evidence");

        // JSON-LD has no triple terms: the fact's rdf:reifies goes as RDF 1.1 reification, not as a broken body.
        HttpResponse<String> jsonld = get(pagePath(fact.getURI()), "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        Model m = parse(jsonld.body(), Lang.JSONLD);
        assertTrue(m.contains(m.createResource(fact.getURI()), org.apache.jena.vocabulary.RDF.predicate, CG.visited));
        HttpResponse<String> ttl = get(pagePath(fact.getURI()), "text/turtle");
        assertTrue(ttl.body().contains("<<("), "Turtle keeps the triple term: " + ttl.body());
    }

    @Test
    void anEntityIsTurtleAndJsonLdForRdfClients() throws Exception {
        HttpResponse<String> ttl = get(pagePath(ExplorerFixtures.STOLTENBERG), "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model turtle = parse(ttl.body(), Lang.TURTLE);
        Resource js = turtle.createResource(ExplorerFixtures.STOLTENBERG);
        assertTrue(turtle.contains(js, RDFS.label, "Jens Stoltenberg"));
        assertTrue(turtle.contains(js, OWL2.sameAs, turtle.createResource("http://www.wikidata.org/entity/Q57665")));
        assertTrue(turtle.contains(null, CG.visitor, js), "events pointing at the entity are described");

        HttpResponse<String> jsonld = get(pagePath(ExplorerFixtures.STOLTENBERG), "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Model fromJson = parse(jsonld.body(), Lang.JSONLD);
        assertTrue(fromJson.isIsomorphicWith(turtle), "the same description in both syntaxes");

        HttpResponse<String> forced = get(pagePath(ExplorerFixtures.STOLTENBERG) + "?format=turtle", "text/html");
        assertTrue(parse(forced.body(), Lang.TURTLE).isIsomorphicWith(turtle), "?format= overrides Accept");
    }

    @Test
    void eventClaimConflictAndArticleIrisDereference() throws Exception {
        String visit = select(
                        "SELECT ?v WHERE { ?v a cg:Visit ; cg:visitor <" + ExplorerFixtures.STOLTENBERG
                                + "> ; cg:date \"2023-04-20\"^^<http://www.w3.org/2001/XMLSchema#date> }",
                        "v")
                .get(0);
        String claim = select("SELECT ?c WHERE { ?c cg:about <" + visit + "> } ORDER BY ?c", "c")
                .get(0);
        String conflict =
                select("SELECT ?c WHERE { ?c a cg:Conflict } ORDER BY ?c", "c").get(0);
        String article =
                select("SELECT ?a WHERE { ?a a cg:Article } ORDER BY ?a", "a").get(0);
        for (String iri : List.of(visit, claim, conflict, article)) {
            HttpResponse<String> html = get(pagePath(iri), "text/html");
            assertEquals(200, html.statusCode(), iri);
            assertTrue(html.body().contains("data-iri=\"" + iri + "\""), iri);
            HttpResponse<String> ttl = get(pagePath(iri), "text/turtle");
            assertEquals(200, ttl.statusCode(), iri);
            Model m = parse(ttl.body(), Lang.TURTLE);
            assertTrue(m.contains(m.createResource(iri), RDF.type), iri + " is described with its type");
        }
        Model claimModel = parse(get(pagePath(claim), "text/turtle").body(), Lang.TURTLE);
        assertTrue(
                claimModel
                        .listObjectsOfProperty(claimModel.createProperty(
                                "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf"))
                        .hasNext(),
                "a claim's description includes its evidence span");
        String claimHtml = get(pagePath(claim), "text/html").body();
        assertTrue(claimHtml.contains("<mark class=\"evidence-span\">"));
        assertTrue(claimHtml.contains("modality-asserted"));
    }

    @Test
    void unknownResourcesAre404AndPagesAreReadOnly() throws Exception {
        assertEquals(404, get("/id/entity/no-such-entity", "text/html").statusCode());
        assertEquals(404, get("/id/entity/no-such-entity", "text/turtle").statusCode());
        HttpResponse<String> post = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.pageUrl(ExplorerFixtures.STOLTENBERG)))
                        .POST(HttpRequest.BodyPublishers.ofString("x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    @Test
    void theEntityIndexListsEntitiesByType() throws Exception {
        HttpResponse<String> r = get("/id/", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("href=\"/id/entity/jens-stoltenberg\""));
        assertTrue(r.body().contains(">Person ("));
    }

    // ---- VoID

    @Test
    void voidParsesAndCountsTheTriples() throws Exception {
        HttpResponse<String> r = get("/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = parse(r.body(), Lang.TURTLE);
        Resource ds = m.listSubjectsWithProperty(RDF.type, VOID.Dataset)
                .filterKeep(s -> s.hasProperty(VOID.sparqlEndpoint, m.createResource(server.sparqlUrl())))
                .next();
        long expected = Long.parseLong(
                select("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o " + "{ ?s ?p ?o } }", "n")
                        .get(0));
        assertEquals(expected, ds.getProperty(VOID.triples).getLong(), "void:triples is the endpoint's triple count");
        assertTrue(expected > 500);
        assertEquals(CG.ID_NS, ds.getProperty(VOID.uriSpace).getString());
        boolean personPartition = ds.listProperties(VOID.classPartition).toList().stream()
                .map(Statement::getResource)
                .anyMatch(p -> p.hasProperty(VOID._class, CG.Person));
        assertTrue(personPartition, "class partitions");
        Resource linkset = ds.getPropertyResourceValue(VOID.subset);
        assertNotNull(linkset);
        assertTrue(linkset.hasProperty(RDF.type, VOID.Linkset));
        assertTrue(linkset.hasProperty(VOID.linkPredicate, OWL2.sameAs));
        Resource wikidata = linkset.getPropertyResourceValue(VOID.objectsTarget);
        assertEquals(
                "http://www.wikidata.org/entity/",
                wikidata.getProperty(VOID.uriSpace).getString());
        long links = Long.parseLong(select(
                        "PREFIX owl: <" + OWL2.NS + "> SELECT (COUNT(*) AS ?n) WHERE { SELECT "
                                + "DISTINCT ?s ?o { ?s owl:sameAs ?o FILTER(STRSTARTS(STR(?o), 'http://www.wikidata.org/entity/')) } }",
                        "n")
                .get(0));
        assertEquals(links, linkset.getProperty(VOID.triples).getLong());

        HttpResponse<String> html = get("/void", "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("data-property=\"triples\">" + expected + "<"));
        assertTrue(get("/", null).body().contains("href=\"/void\""), "linked from the home page");
    }

    // ---- Conflicts

    @Test
    void theConflictsPageShowsEveryConflictWithItsClaimsSideBySide() throws Exception {
        HttpResponse<String> r = get("/conflicts", "text/html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        List<String> conflicts = select("SELECT ?c WHERE { ?c a cg:Conflict }", "c");
        assertFalse(conflicts.isEmpty(), "the example article has conflicts");
        for (String c : conflicts) {
            assertTrue(html.contains("<section class=\"conflict\" data-iri=\"" + c + "\">"), c);
            for (String claim : select("SELECT ?claim WHERE { <" + c + "> cg:between ?claim }", "claim")) {
                assertTrue(html.contains("<div class=\"side\" data-iri=\"" + claim + "\">"), claim);
            }
        }
        for (String why : select("SELECT ?why WHERE { ?c a cg:Conflict ; rdfs:comment ?why }", "why")) {
            assertTrue(html.contains(org.owasp.encoder.Encode.forHtml(why)), "the reason: " + why);
        }
        assertTrue(count(html, "<mark class=\"evidence-span\">") >= 2 * conflicts.size(), "evidence on each side");
    }

    // ---- Security

    @Test
    void pagesCarrySecurityHeadersAndNoInlineScripts() throws Exception {
        for (String path : List.of(
                "/",
                "/graph.html",
                "/timeline.html",
                "/conflicts",
                "/void",
                "/id/",
                pagePath(ExplorerFixtures.STOLTENBERG),
                "/webjars/zazuko__yasgui/build/yasgui.min.js")) {
            HttpResponse<String> r = get(path, "text/html");
            assertEquals(200, r.statusCode(), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'self'"), path + ": " + csp);
            assertTrue(
                    csp.contains("script-src 'self'") && !scriptSrc(csp).contains("unsafe-inline"), path + ": " + csp);
            assertTrue(csp.contains("connect-src 'self'"), path);
            if (!SecurityHeaders.LIBRARY_PAGES.contains(path)) {
                assertTrue(csp.contains("style-src 'self'") && !csp.contains("unsafe-inline"), path + ": " + csp);
            }
            assertEquals(
                    "nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            if (path.endsWith(".js")) {
                continue;
            }
            Matcher scripts = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL)
                    .matcher(r.body());
            while (scripts.find()) {
                assertTrue(
                        scripts.group(1).contains("src=\"/"),
                        path + ": scripts come from this server: " + scripts.group());
                assertTrue(scripts.group(2).isBlank(), path + ": no inline script");
            }
            assertFalse(Pattern.compile("\\son[a-z]+\\s*=").matcher(r.body()).find(), path + ": no inline handlers");
        }
    }

    private static String scriptSrc(String csp) {
        return Stream.of(csp.split(";"))
                .map(String::strip)
                .filter(d -> d.startsWith("script-src"))
                .findFirst()
                .orElse("");
    }

    @Test
    void markupInArticleTextShowsAsTextOnEntityClaimAndArticlePages() throws Exception {
        String claim = select(
                        "SELECT ?c WHERE { ?c cg:evidence/nif:anchorOf ?a "
                                + "FILTER(CONTAINS(?a, 'visited Kyiv on Monday')) }",
                        "c")
                .get(0);
        String article = select(
                        "SELECT ?a WHERE { ?a a cg:Article ; <https://schema.org/url> "
                                + "<https://example.org/news/markup> }",
                        "a")
                .get(0);
        String escapedScript = "&lt;script&gt;alert(1)&lt;/script&gt;";
        String escapedBold = "&lt;b&gt;bold&lt;/b&gt;";
        for (String iri : List.of(ExplorerFixtures.STOLTENBERG, claim, article)) {
            String html = get(pagePath(iri), "text/html").body();
            assertTrue(html.contains(escapedScript), iri + " shows the script tag as text");
            assertTrue(html.contains(escapedBold), iri + " shows the bold tag as text");
            String lower = html.toLowerCase(Locale.ROOT);
            assertFalse(lower.contains("<script"), iri + ": no live script element at all");
            assertFalse(lower.contains("<b>"), iri + ": no live bold element");
            assertFalse(lower.contains("<img"), iri + ": no live image element");
        }
        String articleHtml = get(pagePath(article), "text/html").body();
        assertTrue(
                articleHtml.contains("&lt;img src=x onerror=alert(1)&gt; Markup &amp; &#34;quotes&#34; in a headline")
                        || articleHtml.contains(
                                "&lt;img src=x onerror=alert(1)&gt; Markup &amp; &quot;quotes&quot; in a headline"),
                "the headline is escaped");
        assertTrue(articleHtml.contains("href=\"https://example.org/news/markup\""), "the article's URL is a link");
    }

    // ---- Assets

    @Test
    void librariesAndExampleQueriesComeFromTheJar() throws Exception {
        HttpResponse<String> yasgui = get("/webjars/zazuko__yasgui/build/yasgui.min.js", null);
        assertEquals(200, yasgui.statusCode());
        assertTrue(yasgui.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(
                200, get("/webjars/zazuko__yasgui/build/yasgui.min.css", null).statusCode());
        assertEquals(200, get("/webjars/cytoscape/dist/cytoscape.min.js", null).statusCode());
        // The graph view's layout and the libraries it needs, in the order graph.html loads them.
        for (String lib : List.of(
                "/webjars/layout-base/layout-base.js",
                "/webjars/cose-base/cose-base.js",
                "/webjars/cytoscape-fcose/cytoscape-fcose.js")) {
            assertEquals(200, get(lib, null).statusCode(), lib);
        }
        assertEquals(404, get("/webjars/jquery/jquery.js", null).statusCode(), "only the explorer's WebJars");
        int traversal = get("/webjars/cytoscape/%2e%2e/%2e%2e/META-INF/MANIFEST.MF", null)
                .statusCode();
        assertTrue(traversal == 400 || traversal == 404, "no way out of the WebJars: " + traversal);
        HttpResponse<String> queries = get("/queries.json", null);
        assertEquals(200, queries.statusCode());
        for (BundledQueries.Named q : BundledQueries.list()) {
            assertTrue(queries.body().contains("\"name\":\"" + q.name() + "\""), q.name());
        }
        assertTrue(BundledQueries.list().size() >= 5);
    }

    @Test
    void thePagesQueryFilesAreServedAsTheBenchReadsThem() throws Exception {
        for (String name : List.of(
                ExplorerQueries.GRAPH_ENTITY_COUNT,
                ExplorerQueries.GRAPH_ENTITY_EVENTS,
                ExplorerQueries.GRAPH_EVENT_COUNT,
                ExplorerQueries.GRAPH_EVENT_PARTICIPANTS,
                ExplorerQueries.TIMELINE_ENTITY,
                ExplorerQueries.TIMELINE_ALL)) {
            HttpResponse<String> r = get("/sparql/" + name + ".rq", null);
            assertEquals(200, r.statusCode(), name);
            assertEquals(ExplorerQueries.template(name), r.body(), name);
        }
    }

    @Test
    void staticPagesLoadNothingFromOtherHosts() throws IOException {
        Path webapp = Path.of("src/main/resources/webapp");
        // Every file, the query files in sparql/ too.
        try (Stream<Path> files = Files.walk(webapp)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f);
                Matcher m = Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//", Pattern.CASE_INSENSITIVE)
                        .matcher(text);
                assertFalse(m.find(), f + " loads from another host");
                assertFalse(text.contains("innerHTML"), f + " builds no HTML from strings");
                assertFalse(text.contains("@import"), f + " imports nothing");
            }
        }
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}

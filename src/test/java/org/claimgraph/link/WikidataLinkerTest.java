package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.claimgraph.WikidataTestServer;
import org.claimgraph.link.LinkReport.Decision;
import org.claimgraph.link.LinkReport.Outcome;
import org.claimgraph.map.Iris;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.WD;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link WikidataLinker} against a second embedded Fuseki holding a Wikidata-shaped extract: what links, what
 * does not and why, the cache, the User-Agent and the request rate, and the endpoint being out of reach.
 */
class WikidataLinkerTest {
    private static final String ID = "https://w3id.org/claimgraph/id/entity/";
    private static final Node ARTICLE_GRAPH = NodeFactory.createURI(
            "https://w3id.org/claimgraph/id/graph/0000000000000000000000000000000000000000000000000000000000000001");

    private static WikidataTestServer wikidata;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startWikidata() {
        wikidata = WikidataTestServer.start();
    }

    @AfterAll
    static void stopWikidata() {
        wikidata.close();
    }

    /** A store holding the test entities (src/test/resources/link/store.trig). */
    static KnowledgeStore testStore() {
        KnowledgeStore store = KnowledgeStore.inMemory();
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, () -> {
            try (InputStream in = WikidataLinkerTest.class.getClassLoader().getResourceAsStream("link/store.trig")) {
                RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return store;
    }

    private LinkOptions options(String endpoint, Path cache) {
        return LinkOptions.defaults()
                .withEndpoint(URI.create(endpoint))
                .withCacheDir(cache)
                .withRate(100);
    }

    private static Map<String, Decision> byEntity(LinkReport report) {
        Map<String, Decision> out = new TreeMap<>();
        for (Decision d : report.decisions()) {
            out.put(d.entity().substring(ID.length()), d);
        }
        return out;
    }

    private static List<String> sameAs(KnowledgeStore store, String localKey) {
        Node e = NodeFactory.createURI(ID + localKey);
        return store.read(() -> {
            List<String> out = new ArrayList<>();
            store.dataset()
                    .find(Node.ANY, e, OWL2.sameAs.asNode(), Node.ANY)
                    .forEachRemaining(q -> out.add(q.getObject().getURI()));
            return out;
        });
    }

    @Test
    void linksOnlyUnambiguousMatchesOfACompatibleTypeAndSaysWhy() {
        try (KnowledgeStore store = testStore()) {
            Graph articleBefore = store.read(() -> copy(store.dataset().getGraph(ARTICLE_GRAPH)));
            LinkReport report = new WikidataLinker(options(wikidata.endpoint(), tmp.resolve("cache"))).link(store);
            Map<String, Decision> d = byEntity(report);

            assertEquals(Outcome.LINKED, d.get("local/person/ivan-testenko").outcome(), report.summary());
            assertEquals(
                    Optional.of("Q9900001"), d.get("local/person/ivan-testenko").qid());
            assertEquals(Outcome.LINKED, d.get("local/city/zelenograd").outcome(), "by alias, a subclass of city");
            assertEquals(Optional.of("Q9900005"), d.get("local/city/zelenograd").qid());
            assertEquals(Outcome.AMBIGUOUS, d.get("local/person/anna-kovalenko").outcome());
            assertEquals(
                    Outcome.WRONG_TYPE,
                    d.get("local/organization/azov-harbour-works").outcome());
            assertEquals(Outcome.NO_MATCH, d.get("local/person/nobody-atall").outcome());
            assertEquals(
                    Outcome.ID_TAKEN,
                    d.get("local/person/j-stoltenberg").outcome(),
                    "Q57665 is already the gazetteer's Jens Stoltenberg");
            assertEquals(Outcome.NOT_LINKABLE, d.get("leopard-2").outcome());
            assertFalse(d.containsKey("jens-stoltenberg"), "linked entities are not looked up");

            assertEquals(
                    List.of("http://www.wikidata.org/entity/Q9900001"), sameAs(store, "local/person/ivan-testenko"));
            assertEquals(List.of(), sameAs(store, "local/person/anna-kovalenko"));
            assertEquals(List.of(), sameAs(store, "local/organization/azov-harbour-works"));
            assertEquals(List.of(), sameAs(store, "local/person/j-stoltenberg"));

            String reason = store.read(() -> store.dataset()
                    .getGraph(Iris.LINKS_GRAPH)
                    .find(NodeFactory.createURI(ID + "local/person/ivan-testenko"), CG.linkReason.asNode(), Node.ANY)
                    .next()
                    .getObject()
                    .getLiteralLexicalForm());
            assertTrue(
                    reason.contains("label \"Ivan Testenko\"")
                            && reason.contains("wd:Q5 (human)")
                            && reason.contains("cg:Person"),
                    reason);
            assertTrue(
                    store.read(() ->
                            IsoMatcher.isomorphic(articleBefore, store.dataset().getGraph(ARTICLE_GRAPH))),
                    "the article graph is untouched");
            assertTrue(store.read(() -> store.dataset()
                    .getGraph(Iris.LINKS_GRAPH)
                    .contains(
                            NodeFactory.createURI(ID + "local/city/zelenograd"),
                            CG.linkEndpoint.asNode(),
                            NodeFactory.createURI(wikidata.endpoint()))));
            assertEquals(7, report.requests(), "one request per entity looked up, one for the linked items' details");
            Graph links = store.read(() -> copy(store.dataset().getGraph(Iris.LINKS_GRAPH)));
            Node ivan = NodeFactory.createURI("http://www.wikidata.org/entity/Q9900001");
            assertEquals(
                    List.of("\"made-up minister of a test ministry\"@en"),
                    links.find(ivan, NodeFactory.createURI(WD.DESCRIPTION), Node.ANY)
                            .mapWith(t -> t.getObject().toString())
                            .toList(),
                    "the English description only");
            assertTrue(links.contains(
                    ivan,
                    NodeFactory.createURI(WD.IMAGE),
                    NodeFactory.createURI(
                            "http://commons.wikimedia.org/wiki/Special:FilePath/Ivan%20Testenko%202023.jpg")));
            assertTrue(wikidata.lastUserAgent().startsWith("claimgraph/"), wikidata.lastUserAgent());
        }
    }

    @Test
    void aSecondRunAsksNothingAndKeepsTheEarlierLinks() {
        Path cache = tmp.resolve("cache");
        try (KnowledgeStore store = testStore()) {
            new WikidataLinker(options(wikidata.endpoint(), cache)).link(store);
            int before = wikidata.requests();
            // The cache is keyed by endpoint and query: the same questions are not asked again.
            LinkReport again = new WikidataLinker(options(wikidata.endpoint(), cache)).link(store);
            assertEquals(0, again.requests());
            assertEquals(before, wikidata.requests(), "no request reached the endpoint");
            assertEquals(
                    5,
                    again.cacheHits(),
                    "the four still unlinked entities and the linked items' details, from the cache");
            assertEquals(0, again.count(Outcome.LINKED));
            assertEquals(
                    List.of("http://www.wikidata.org/entity/Q9900001"),
                    sameAs(store, "local/person/ivan-testenko"),
                    "links of the first run are kept");
        }
        try (KnowledgeStore fresh = testStore()) {
            int before = wikidata.requests();
            LinkReport fromCache = new WikidataLinker(options(wikidata.endpoint(), cache)).link(fresh);
            assertEquals(0, fromCache.requests());
            assertEquals(before, wikidata.requests());
            assertEquals(2, fromCache.count(Outcome.LINKED));
        }
    }

    @Test
    void anUnreachableEndpointGivesOneClearMessageAndWritesNothing() {
        String offline = WikidataTestServer.closedEndpoint();
        try (KnowledgeStore store = testStore()) {
            EndpointException e = assertThrows(
                    EndpointException.class,
                    () -> new WikidataLinker(options(offline, tmp.resolve("empty-cache"))).link(store));
            assertTrue(e.getMessage().startsWith("cannot reach the SPARQL endpoint " + offline), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one line");
            assertFalse(store.read(() -> store.dataset().containsGraph(Iris.LINKS_GRAPH)), "nothing written");
        }
    }

    @Test
    void keepsToTheRateAndSendsItsUserAgent() throws IOException {
        List<Long> times = new ArrayList<>();
        List<String> agents = new ArrayList<>();
        HttpServer stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stub.createContext("/sparql", exchange -> {
            synchronized (times) {
                times.add(System.nanoTime());
                agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            }
            byte[] body = "{\"head\":{\"vars\":[\"item\",\"via\",\"type\",\"class\"]},\"results\":{\"bindings\":[]}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.start();
        try (KnowledgeStore store = testStore()) {
            String url = "http://127.0.0.1:" + stub.getAddress().getPort() + "/sparql";
            LinkOptions slow =
                    options(url, tmp.resolve("cache-rate")).withRate(5).withUserAgent("claimgraph-test/1 (tests)");
            LinkReport report = new WikidataLinker(slow).link(store);
            assertEquals(7, report.requests(), "six look-ups and the details of the one linked item");
            assertEquals(6, report.count(Outcome.NO_MATCH));
            // Paced at 200 ms a request. Arrival times carry the scheduler's jitter (one request late by 50 ms
            // makes the next gap 150 ms), so every span is checked, with one jitter of 100 ms allowed.
            for (int i = 0; i < times.size(); i++) {
                for (int j = i + 1; j < times.size(); j++) {
                    long spanMillis = (times.get(j) - times.get(i)) / 1_000_000L;
                    assertTrue(
                            spanMillis >= (j - i) * 200L - 100,
                            "at most 5 requests a second, but requests " + i + " and " + j + " came " + spanMillis
                                    + " ms apart");
                }
            }
            assertEquals(
                    List.of("claimgraph-test/1 (tests)"),
                    agents.stream().distinct().collect(Collectors.toList()));
        } finally {
            stub.stop(0);
        }
    }

    @Test
    void theDefaultUserAgentNamesClaimgraphAndWhereToLearnMore() {
        String ua = LinkOptions.defaults().userAgent();
        assertTrue(ua.matches("claimgraph/\\S+ \\(https://w3id\\.org/claimgraph; .+\\) Java/\\d+"), ua);
        assertEquals(
                URI.create("https://query.wikidata.org/sparql"),
                LinkOptions.defaults().endpoint());
    }

    @Test
    void labelsAreQuotedSafelyInTheQuery() {
        String q = WikidataLinker.candidateQuery(
                "O'Brien \"the\" \\ Great", "Person", List.of(new TypeRules.WikidataClass("Q5", "human")));
        org.apache.jena.query.QueryFactory.create(q); // parses
        assertTrue(q.contains("\"O'Brien \\\"the\\\" \\\\ Great\"@en"), q);
    }

    private static Graph copy(Graph g) {
        Graph out = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }
}

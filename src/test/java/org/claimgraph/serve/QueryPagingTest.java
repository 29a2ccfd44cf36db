package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code page=N} at the SPARQL endpoint: pages of 100 rows that do not overlap and together are every row. */
class QueryPagingTest {
    private static final int ROWS = 250;
    private static final String VISITS = "SELECT ?v WHERE { ?v a <" + CG.Visit.getURI() + "> }";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static KnowledgeStore store;
    private static ClaimgraphServer server;

    @BeforeAll
    static void start() {
        store = KnowledgeStore.inMemory();
        Txn.executeWrite(store.dataset(), () -> {
            for (int i = 0; i < ROWS; i++) {
                Node g = NodeFactory.createURI(CG.ID_NS + "graph/g" + i);
                Node v = NodeFactory.createURI(CG.ID_NS + "event/v" + i);
                store.dataset().add(new Quad(g, v, RDF.Nodes.type, CG.Visit.asNode()));
            }
        });
        server = ClaimgraphServer.start(store.dataset(), new ServerOptions(0, 10, Optional.empty()));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> ask(String query, String page) throws Exception {
        String url = server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (page == null ? "" : "&page=" + page);
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "application/sparql-results+json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> rows(String query, int page) throws Exception {
        HttpResponse<String> r = ask(query, Integer.toString(page));
        assertEquals(200, r.statusCode(), r.body());
        List<String> out = new ArrayList<>();
        for (JsonNode b : new ObjectMapper().readTree(r.body()).path("results").path("bindings")) {
            out.add(b.path("v").path("value").asText());
        }
        return out;
    }

    @Test
    void pagesDoNotOverlapAndTogetherAreEveryRow() throws Exception {
        List<String> all = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            List<String> rows = rows(VISITS, page);
            sizes.add(rows.size());
            all.addAll(rows);
        }
        assertEquals(List.of(100, 100, 50, 0), sizes, "a full page while more rows remain, then the rest");
        assertEquals(ROWS, new HashSet<>(all).size(), "every row once: " + all.size() + " rows");
        assertEquals(ROWS, all.size());
    }

    @Test
    void aPageStaysWithinTheQuerysOwnLimitAndOffset() throws Exception {
        String limited = VISITS + " LIMIT 150 OFFSET 20";
        assertEquals(100, rows(limited, 1).size());
        assertEquals(50, rows(limited, 2).size());
        assertEquals(0, rows(limited, 3).size());
        List<String> unpaged = new ArrayList<>();
        HttpResponse<String> r = ask(limited, null);
        for (JsonNode b : new ObjectMapper().readTree(r.body()).path("results").path("bindings")) {
            unpaged.add(b.path("v").path("value").asText());
        }
        List<String> paged = new ArrayList<>(rows(limited, 1));
        paged.addAll(rows(limited, 2));
        assertEquals(new HashSet<>(unpaged), new HashSet<>(paged), "the pages are the query's own rows");
    }

    @Test
    void aBadPageIsRefused() throws Exception {
        for (String bad : List.of("0", "-1", "x", "99999999")) {
            assertEquals(400, ask(VISITS, bad).statusCode(), bad);
        }
    }

    @Test
    void onlySelectQueriesArePaged() {
        Query ask = QueryFactory.create("ASK { ?s ?p ?o }");
        assertEquals(ask, CappedQuery.paged(ask, 2, 100));
        Query select = CappedQuery.paged(QueryFactory.create(VISITS), 3, 100);
        assertEquals(200, select.getOffset());
        assertEquals(100, select.getLimit());
        assertTrue(CappedQuery.paged(QueryFactory.create(VISITS + " LIMIT 10"), 2, 100)
                        .getLimit()
                == 0);
    }
}

package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.TestSupport;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.vocab.WD;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An entity's page shows its Wikidata item's description and a link to its image where the store holds them:
 * from the bundled Wikidata extract (NATO's image) or fetched by {@code claimgraph link} into the links graph
 * (here written by hand, with markup in it that must stay text). Over HTTP, against the embedded server.
 */
class EntityWikidataDetailsTest {
    private static final String ENTITY = "https://w3id.org/claimgraph/id/entity/";
    private static final String STOLTENBERG_ITEM = WD.ENTITY + "Q57665";
    /** Markup, an ampersand and quotes in a description: shown as text. */
    private static final String DESCRIPTION = "<b>Norwegian</b> politician & \"NATO\" head";
    /** A file name with markup in it, percent-encoded as Commons URLs are. */
    private static final String IMAGE =
            "http://commons.wikimedia.org/wiki/Special:FilePath/Jens%20Stoltenberg%20%3Cscript%3E.jpg";

    private static KnowledgeStore store;
    private static ClaimgraphServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = TestSupport.storeWith(TestSupport.exampleGraph());
        Graph fetched = GraphFactory.createDefaultGraph();
        Node item = NodeFactory.createURI(STOLTENBERG_ITEM);
        fetched.add(Triple.create(
                item, NodeFactory.createURI(WD.DESCRIPTION), NodeFactory.createLiteralLang(DESCRIPTION, "en")));
        fetched.add(Triple.create(
                item, NodeFactory.createURI(WD.DESCRIPTION), NodeFactory.createLiteralLang("homme politique", "fr")));
        fetched.add(Triple.create(item, NodeFactory.createURI(WD.IMAGE), NodeFactory.createURI(IMAGE)));
        // Not a web URL: never a link.
        fetched.add(Triple.create(item, NodeFactory.createURI(WD.IMAGE), NodeFactory.createURI("javascript:alert(1)")));
        store.replaceLinks(fetched);
        server = ClaimgraphServer.start(store.dataset(), new ServerOptions(0, 10, Optional.empty()));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static String page(String iri) throws IOException, InterruptedException {
        String path = server.pageUrl(iri).substring(server.baseUrl().length() - 1);
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path.replaceFirst("^/", "")))
                .header("Accept", "text/html")
                .build();
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), iri);
        return r.body();
    }

    @Test
    void theEntityPageShowsTheItemsDescriptionAndImageLinkAsText() throws Exception {
        String html = page(ENTITY + "jens-stoltenberg");
        assertTrue(html.contains("https://www.wikidata.org/wiki/Q57665\">Q57665</a>"), "the id, linked");
        assertTrue(
                html.contains("<dt>Description</dt><dd class=\"wikidata-description\">"
                        + "&lt;b&gt;Norwegian&lt;/b&gt; politician &amp; &#34;NATO&#34; head</dd>"),
                "the English description, escaped: " + html);
        assertFalse(html.contains("homme politique"), "only the English description");
        assertTrue(
                html.contains("<dt>Image</dt><dd><a class=\"wikidata-image\" rel=\"external nofollow\" href=\"" + IMAGE
                        + "\">Jens Stoltenberg &lt;script&gt;.jpg</a></dd>"),
                "a link to the image on Commons, its file name as text: " + html);
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("javascript:"), "no link from anything but a web URL");
        assertFalse(lower.contains("<img"), "the image is linked, not loaded from another host");
        assertFalse(lower.contains("<script"));
        assertFalse(lower.contains("<b>"));
    }

    @Test
    void theBundledExtractGivesAnImageAndAnItemWithoutDetailsShowsNone() throws Exception {
        String nato = page(ENTITY + "nato");
        assertTrue(nato.contains("Q7184</a>"), nato);
        assertTrue(
                nato.contains("class=\"wikidata-image\" rel=\"external nofollow\" "
                        + "href=\"http://commons.wikimedia.org/wiki/Special:FilePath/"),
                "NATO's image (P18) from the bundled extract");
        assertFalse(nato.contains("<dt>Description</dt>"), "the extract holds no description");
        String kyiv = page(ENTITY + "kyiv");
        assertFalse(kyiv.contains("<dt>Description</dt>") || kyiv.contains("<dt>Image</dt>"), kyiv);
    }
}

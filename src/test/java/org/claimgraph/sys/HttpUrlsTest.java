package org.claimgraph.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.claimgraph.validate.ShaclValidation;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.Test;

/** The Java check of article URLs and the shape {@code cgsh:Article-url} give the same verdict on every sample. */
class HttpUrlsTest {
    private static final List<String> GOOD = List.of(
            "https://example.org/news/1",
            "http://example.org",
            "HTTPS://EXAMPLE.ORG/a?b=c#d",
            "https://example.org/%C3%A9t%C3%A9",
            "https://example.org/été",
            "https://[::1]:8080/x");
    private static final List<String> BAD = List.of(
            "example.org/news/1",
            "ftp://example.org/a",
            "javascript:alert(1)",
            "urn:isbn:0451450523",
            "https://",
            "https://example.org/a b",
            "https://example.org/<script>",
            "https://example.org/{x}",
            "https://example.org/a\\b",
            "mailto:someone@example.org");

    @Test
    void theCheckAndTheShapeAgree() {
        for (String url : GOOD) {
            assertEquals(true, HttpUrls.isAbsoluteHttp(url), url);
            assertEquals(true, shapeAccepts(url), url);
        }
        for (String url : BAD) {
            assertEquals(false, HttpUrls.isAbsoluteHttp(url), url);
            assertEquals(false, shapeAccepts(url), url);
        }
    }

    private static boolean shapeAccepts(String url) {
        Graph g = GraphFactory.createDefaultGraph();
        Node article = NodeFactory.createURI("https://w3id.org/claimgraph/id/article/1");
        g.add(article, RDF.type.asNode(), CG.Article.asNode());
        g.add(article, CG.contentHash.asNode(), NodeFactory.createLiteralString("0".repeat(64)));
        g.add(article, SchemaDO.url.asNode(), NodeFactory.createURI(url));
        return ShaclValidation.validate(g).conforms();
    }
}

package org.claimgraph.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.Arrays;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.claimgraph.TestSupport;
import org.claimgraph.ingest.Article;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.Test;

/** The same article processed twice gives the same IRIs and the same triples, to the byte. */
class DeterminismTest {
    private static String sortedNTriples(Graph g) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, g, Lang.NTRIPLES);
        String[] lines = w.toString().split("\n");
        Arrays.sort(lines);
        return String.join("\n", lines);
    }

    @Test
    void extractingTwiceGivesIdenticalNQuads() {
        Article a = TestSupport.example();
        ArticleGraph first = TestSupport.pipeline().process(a);
        ArticleGraph second = TestSupport.pipeline().process(a);
        assertEquals(first.name(), second.name());
        assertEquals(sortedNTriples(first.graph()), sortedNTriples(second.graph()));
    }

    @Test
    void everyMintedIriIsUnderTheIdNamespaceAndHasNoBlankNodes() {
        Graph g = TestSupport.exampleGraph().graph();
        g.find().forEachRemaining(t -> {
            assertTrue(!t.getSubject().isBlank() && !t.getObject().isBlank(), "no blank nodes: " + t);
            String s = t.getSubject().getURI();
            assertTrue(s.startsWith(CG.ID_NS), "subject minted under the id namespace: " + s);
        });
    }
}

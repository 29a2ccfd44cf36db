package org.claimgraph.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SchemaDO;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.map.Iris;

/**
 * For the load and query part of a benchmark bigger than its extraction budget: a copy of an extracted article
 * graph under a new key, as if another article had given it. Every IRI keyed by the article's hash (graph, article,
 * context and spans, events, claims, conflicts) gets a new hash, and the article its own URL; the text stays.
 * Such a graph passes the shapes and is stored like any other, but it is synthetic (its hash is not that of its
 * text): {@code bench} says how many of its articles are copies.
 */
/*package*/ final class GraphCloner {
    private GraphCloner() {}

    /** Graph {@code g} of the article with content hash {@code hash}, re-keyed as corpus article {@code i}. */
    static ArticleGraph copy(ArticleGraph g, String hash, int i) {
        String fresh = sha256(hash + "#copy#" + i);
        String shortOld = "/" + hash.substring(0, 16) + "/";
        String shortNew = "/" + fresh.substring(0, 16) + "/";
        Node url = NodeFactory.createURI(CorpusGenerator.url(i));
        Graph out = GraphFactory.createDefaultGraph();
        for (var it = g.graph().find(); it.hasNext(); ) {
            Triple t = it.next();
            Node o = t.getPredicate().equals(SchemaDO.url.asNode())
                    ? url
                    : rekey(t.getObject(), hash, fresh, shortOld, shortNew);
            out.add(Triple.create(rekey(t.getSubject(), hash, fresh, shortOld, shortNew), t.getPredicate(), o));
        }
        return new ArticleGraph(
                "copy-" + i + "-of-" + g.source(),
                Iris.graph(fresh),
                out,
                java.util.Optional.of(CorpusGenerator.url(i)));
    }

    private static Node rekey(Node n, String hash, String fresh, String shortOld, String shortNew) {
        if (n.isURI()) {
            String u = n.getURI();
            if (u.contains(hash)) {
                return NodeFactory.createURI(u.replace(hash, fresh));
            }
            if (u.contains(shortOld)) {
                return NodeFactory.createURI(u.replace(shortOld, shortNew));
            }
            return n;
        }
        if (n.isLiteral() && n.getLiteralLexicalForm().equals(hash)) {
            return NodeFactory.createLiteralString(fresh);
        }
        return n;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.claimgraph.validate;

import java.math.BigInteger;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.NIF;

/**
 * The SHACL-SPARQL constraint {@code cgsh:Span-anchorMatchesText} of {@code ontology/shapes.ttl}, done in Java:
 * for every span that is the object of {@code cg:evidence}, with {@code nif:beginIndex ?b},
 * {@code nif:endIndex ?e}, {@code nif:anchorOf ?value} and {@code nif:referenceContext ?ctx} whose
 * {@code nif:isString} is {@code ?text}, it is a violation when
 * {@code ?e > strlen(str(?text)) || substr(str(?text), ?b + 1, ?e - ?b) != str(?value)}, with SPARQL's meaning
 * (code points; a FILTER whose operands are not numbers is no violation). {@code ShaclValidationTest} checks that
 * it agrees with the SPARQL constraint on every shape fixture and on real articles.
 */
/*package*/ final class SpanCheck {
    private SpanCheck() {}

    /** True when no span of the graph breaks the constraint. */
    static boolean conforms(Graph g) {
        for (var it = g.find(Node.ANY, CG.evidence.asNode(), Node.ANY); it.hasNext(); ) {
            Node span = it.next().getObject();
            if (!spanConforms(g, span)) {
                return false;
            }
        }
        return true;
    }

    private static boolean spanConforms(Graph g, Node span) {
        List<Node> begins = objects(g, span, NIF.beginIndex.asNode());
        List<Node> ends = objects(g, span, NIF.endIndex.asNode());
        List<Node> anchors = objects(g, span, NIF.anchorOf.asNode());
        List<Node> contexts = objects(g, span, NIF.referenceContext.asNode());
        for (Node ctx : contexts) {
            for (Node text : objects(g, ctx, NIF.isString.asNode())) {
                if (!text.isLiteral()) {
                    continue; // str() of a resource is its IRI: not a text SPARQL would compare here in practice.
                }
                String s = text.getLiteralLexicalForm();
                long length = s.codePointCount(0, s.length());
                for (Node b : begins) {
                    for (Node e : ends) {
                        BigInteger bi = integer(b);
                        BigInteger ei = integer(e);
                        if (bi == null || ei == null) {
                            continue; // The FILTER errors: no result, no violation.
                        }
                        for (Node v : anchors) {
                            String value = v.isLiteral() ? v.getLiteralLexicalForm() : v.isURI() ? v.getURI() : null;
                            if (value == null) {
                                continue;
                            }
                            if (ei.compareTo(BigInteger.valueOf(length)) > 0
                                    || !substr(s, length, bi.longValue(), ei.longValue())
                                            .equals(value)) {
                                return false;
                            }
                        }
                    }
                }
            }
        }
        return true;
    }

    /** SPARQL {@code substr(text, b + 1, e - b)}: code points at 1-based positions p, b + 1 <= p < e + 1. */
    private static String substr(String text, long length, long b, long e) {
        long from = Math.max(b, 0);
        long to = Math.min(e, length);
        if (to <= from) {
            return "";
        }
        int start = text.offsetByCodePoints(0, (int) from);
        int end = text.offsetByCodePoints(start, (int) (to - from));
        return text.substring(start, end);
    }

    /** The integer value of an integer literal, or null (not a number, or not a whole one). */
    private static BigInteger integer(Node n) {
        if (!n.isLiteral()) {
            return null;
        }
        try {
            Object v = n.getLiteralValue();
            if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
                return BigInteger.valueOf(((Number) v).longValue());
            }
            return v instanceof BigInteger b ? b : null;
        } catch (RuntimeException ex) {
            return null; // An ill-formed literal: SPARQL's FILTER errors on it.
        }
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(t -> t.getObject()).toList();
    }
}

package org.claimgraph.corpus;

import java.util.List;
import org.apache.jena.graph.Node;
import org.claimgraph.extract.EventIdentity;

/**
 * One article's event as the cross-article merge sees it.
 *
 * @param graph  the article graph it is in
 * @param event  the event node
 * @param kind   its most specific ontology class
 * @param claims the claims about it, sorted by IRI
 * @param facts  what {@link EventIdentity} compares, entities held as IRIs
 */
/*package*/ record ArticleReport(
        Node graph, Node event, Node kind, List<Node> claims, EventIdentity.Report<Node> facts) {}

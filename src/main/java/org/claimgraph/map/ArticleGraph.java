package org.claimgraph.map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One article's graph, ready to store.
 *
 * @param source    where the article came from, for messages
 * @param name      the named graph ({@code id/graph/<hash>})
 * @param graph     its triples
 * @param url       the article's URL, if known: a new text at the same URL replaces the old graph
 */
public record ArticleGraph(String source, Node name, Graph graph, java.util.Optional<String> url) {}

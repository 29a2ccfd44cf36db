/**
 * Exports of a store for other tools: GraphML, GEXF, CSV of claims, QuickStatements for Wikidata, and RDF formats.
 */
package org.claimgraph.export;

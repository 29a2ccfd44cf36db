/**
 * Stage 5, map to RDF: one named graph per article under the ontology, every IRI minted in {@code Iris}, the RDF
 * terms of the extractor's vocabulary in {@code Terms}.
 */
package org.claimgraph.map;

/**
 * After the store: linking entities to Wikidata against any Wikidata-shaped SPARQL endpoint, with a cache, a rate
 * limit and a reason for every link.
 */
package org.claimgraph.link;

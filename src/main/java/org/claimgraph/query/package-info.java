/**
 * Queries over a store: the bundled SPARQL queries with parameters, and a read-only view of entities, events and
 * claims for pages and exports.
 */
package org.claimgraph.query;

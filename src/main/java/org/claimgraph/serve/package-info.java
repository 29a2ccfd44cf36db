/**
 * Stage 8, serve: the embedded Fuseki on 127.0.0.1 with read-only SPARQL, credentials for writes, limits and
 * timeouts, and the explorer's pages with every piece of article text escaped.
 */
package org.claimgraph.serve;

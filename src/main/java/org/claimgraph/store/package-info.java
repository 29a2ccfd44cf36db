/**
 * Stage 7, store: the TDB2 store (whole articles or nothing, bulk or transactional), a remote Graph Store Protocol
 * endpoint, and N-Quads read back into article graphs.
 */
package org.claimgraph.store;

/**
 * Measures claimgraph at corpus scale against the engines it is built on, every baseline in the same run:
 * extraction against CoreNLP alone, loading against Jena's loader, queries against a bare Fuseki.
 */
package org.claimgraph.bench;

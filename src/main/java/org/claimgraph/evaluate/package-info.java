/**
 * Measures extraction against the hand-written gold corpus: gold files, claim matching at lenient and strict
 * levels, reports, and agreement between two annotators.
 */
package org.claimgraph.evaluate;

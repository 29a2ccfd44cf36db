/**
 * After the store: events reported by several articles, merged by {@code EventIdentity} at corpus scope into a
 * graph of their own, with conflicts between articles.
 */
package org.claimgraph.corpus;

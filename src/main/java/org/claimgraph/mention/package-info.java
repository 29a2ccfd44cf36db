/**
 * Stage 3, find mentions and link them: names from the gazetteer (with their Wikidata ids), titles and offices,
 * pronouns and descriptions resolved to entities, quotations and their speakers.
 */
package org.claimgraph.mention;

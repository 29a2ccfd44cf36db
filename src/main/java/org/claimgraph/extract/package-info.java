/**
 * Stage 4, extract claims: event frames and cue words from the lexicon data files matched on the dependency parse,
 * roles, modality, time and quantity, events merged by {@code EventIdentity}, conflicts found.
 */
package org.claimgraph.extract;

/**
 * Stage 6, validate: SHACL shapes of {@code ontology/shapes.ttl} on each article graph; only a {@code
 * ValidatedGraph} reaches a store.
 */
package org.claimgraph.validate;

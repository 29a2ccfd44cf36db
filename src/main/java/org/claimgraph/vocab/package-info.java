/**
 * The vocabulary: IRIs of the ontology's terms ({@code CG}, {@code NIF}, {@code PROV}, {@code WD}) taken from
 * {@code ontology/*.ttl}, and the ontology itself with its class hierarchy.
 */
package org.claimgraph.vocab;

package org.claimgraph.vocab;

import org.apache.jena.shared.PrefixMapping;

/**
 * Namespaces of Wikidata's RDF (the shape of {@code query.wikidata.org} and of its dumps): items
 * {@code wd:}, direct claims {@code wdt:}, statements {@code p:} with their values {@code ps:} and
 * qualifiers {@code pq:}, references {@code pr:}. The properties claimgraph uses are P31 (instance of), P279
 * (subclass of), P17 (country), P36 (capital), P39 (position held), P463 (member of), P625 (coordinate
 * location), P18 (image), with the qualifiers P580 (start time) and P582 (end time) and the reference property
 * P854 (reference URL); an item's description is {@code schema:description}, in the {@code http://schema.org/}
 * namespace Wikidata's RDF uses (not the {@code https://schema.org/} of claimgraph's article metadata).
 */
public final class WD {
    private WD() {}

    /** Items: {@code http://www.wikidata.org/entity/Q7184}. */
    public static final String ENTITY = "http://www.wikidata.org/entity/";
    /** Direct ("truthy") claims. */
    public static final String DIRECT = "http://www.wikidata.org/prop/direct/";
    /** Statement nodes. */
    public static final String STATEMENT = "http://www.wikidata.org/prop/";
    /** A statement's main value. */
    public static final String STATEMENT_VALUE = "http://www.wikidata.org/prop/statement/";
    /** A statement's qualifiers. */
    public static final String QUALIFIER = "http://www.wikidata.org/prop/qualifier/";
    /** A reference's values. */
    public static final String REFERENCE = "http://www.wikidata.org/prop/reference/";
    /** The Wikibase ontology. */
    public static final String WIKIBASE = "http://wikiba.se/ontology#";
    /** SKOS, for aliases ({@code skos:altLabel}). */
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    /**
     * The schema.org namespace as Wikidata's RDF spells it, with {@code http:}. Left out of {@link #prefixes()}:
     * there {@code schema:} is claimgraph's {@code https://schema.org/}.
     */
    public static final String SCHEMA = "http://schema.org/";
    /** An item's description, one literal per language: {@code schema:description}. */
    public static final String DESCRIPTION = SCHEMA + "description";
    /** An item's image (P18), as a direct claim: a Wikimedia Commons {@code Special:FilePath} URL. */
    public static final String IMAGE = DIRECT + "P18";

    /** The prefixes Wikidata's own query service predeclares, for the ones claimgraph uses. */
    public static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("wd", ENTITY);
        pm.setNsPrefix("wdt", DIRECT);
        pm.setNsPrefix("p", STATEMENT);
        pm.setNsPrefix("ps", STATEMENT_VALUE);
        pm.setNsPrefix("pq", QUALIFIER);
        pm.setNsPrefix("pr", REFERENCE);
        pm.setNsPrefix("wikibase", WIKIBASE);
        pm.setNsPrefix("skos", SKOS);
        return pm;
    }
}

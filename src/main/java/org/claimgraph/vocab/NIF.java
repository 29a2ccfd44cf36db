package org.claimgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The NIF 2.0 core terms claimgraph uses to describe evidence spans. */
public final class NIF {
    private NIF() {}

    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String PREFIX = "nif";

    // Classes
    public static final Resource Context = ResourceFactory.createResource(NS + "Context");
    public static final Resource String = ResourceFactory.createResource(NS + "String");
    public static final Resource RFC5147String = ResourceFactory.createResource(NS + "RFC5147String");

    // Properties
    public static final Property isString = ResourceFactory.createProperty(NS, "isString");
    public static final Property beginIndex = ResourceFactory.createProperty(NS, "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NS, "endIndex");
    public static final Property anchorOf = ResourceFactory.createProperty(NS, "anchorOf");
    public static final Property referenceContext = ResourceFactory.createProperty(NS, "referenceContext");
    public static final Property sourceUrl = ResourceFactory.createProperty(NS, "sourceUrl");
}

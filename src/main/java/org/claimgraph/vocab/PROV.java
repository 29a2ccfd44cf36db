package org.claimgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few W3C PROV-O terms claimgraph uses. */
public final class PROV {
    private PROV() {}

    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final String PREFIX = "prov";

    // Classes
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");

    // Properties
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS, "wasAttributedTo");
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS, "generatedAtTime");
}

package org.claimgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the claimgraph ontology ({@code ontology/claimgraph.ttl}), named exactly as in the ontology.
 * {@code VocabularyDriftTest} fails when a constant here and a term there disagree.
 */
public final class CG {
    private CG() {}

    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/claimgraph/ontology#";
    /** The prefix used in serialisations and queries. */
    public static final String PREFIX = "cg";
    /** The ontology's own IRI. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/claimgraph/ontology";
    /** The namespace under which claimgraph mints resources; only {@code map.Iris} builds IRIs in it. */
    public static final String ID_NS = "https://w3id.org/claimgraph/id/";
    /** Namespace of the SHACL shapes ({@code ontology/shapes.ttl}, prefix {@code cgsh:}). */
    public static final String SHAPES_NS = "https://w3id.org/claimgraph/shapes#";

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // Classes
    public static final Resource Entity = resource("Entity");
    public static final Resource Actor = resource("Actor");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource Alliance = resource("Alliance");
    public static final Resource Country = resource("Country");
    public static final Resource Place = resource("Place");
    public static final Resource City = resource("City");
    public static final Resource Equipment = resource("Equipment");
    public static final Resource Assistance = resource("Assistance");
    public static final Resource Event = resource("Event");
    public static final Resource Visit = resource("Visit");
    public static final Resource Pledge = resource("Pledge");
    public static final Resource Aid = resource("Aid");
    public static final Resource Accession = resource("Accession");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Statement = resource("Statement");
    public static final Resource Warning = resource("Warning");
    public static final Resource Promise = resource("Promise");
    public static final Resource MilitaryAction = resource("MilitaryAction");
    public static final Resource Invasion = resource("Invasion");
    public static final Resource Commemoration = resource("Commemoration");
    public static final Resource OfficeHolding = resource("OfficeHolding");
    public static final Resource Position = resource("Position");
    public static final Resource Claim = resource("Claim");
    public static final Resource Conflict = resource("Conflict");
    public static final Resource Article = resource("Article");
    public static final Resource Modality = resource("Modality");
    public static final Resource QuantityQualifier = resource("QuantityQualifier");
    public static final Resource Fact = resource("Fact");
    public static final Resource ClaimCount = resource("ClaimCount");
    public static final Resource EventBucket = resource("EventBucket");

    // Properties
    public static final Property role = property("role");
    public static final Property visitor = property("visitor");
    public static final Property destination = property("destination");
    public static final Property donor = property("donor");
    public static final Property recipient = property("recipient");
    public static final Property item = property("item");
    public static final Property member = property("member");
    public static final Property alliance = property("alliance");
    public static final Property participant = property("participant");
    public static final Property location = property("location");
    public static final Property forum = property("forum");
    public static final Property speaker = property("speaker");
    public static final Property topic = property("topic");
    public static final Property agent = property("agent");
    public static final Property target = property("target");
    public static final Property holder = property("holder");
    public static final Property officeOf = property("officeOf");
    public static final Property office = property("office");
    public static final Property position = property("position");
    public static final Property former = property("former");
    public static final Property quantity = property("quantity");
    public static final Property quantityQualifier = property("quantityQualifier");
    public static final Property itemDescription = property("itemDescription");
    public static final Property deliveryDate = property("deliveryDate");
    public static final Property deliveryQualifier = property("deliveryQualifier");
    public static final Property only = property("only");
    public static final Property content = property("content");
    public static final Property quote = property("quote");
    public static final Property firstSince = property("firstSince");
    public static final Property subEventOf = property("subEventOf");
    public static final Property partOf = property("partOf");
    public static final Property standsFor = property("standsFor");
    public static final Property date = property("date");
    public static final Property notBefore = property("notBefore");
    public static final Property notAfter = property("notAfter");
    public static final Property timeExpression = property("timeExpression");
    public static final Property timeQualifier = property("timeQualifier");
    public static final Property about = property("about");
    public static final Property modality = property("modality");
    public static final Property attributedTo = property("attributedTo");
    public static final Property evidence = property("evidence");
    public static final Property rule = property("rule");
    public static final Property confidence = property("confidence");
    public static final Property extractorVersion = property("extractorVersion");
    public static final Property between = property("between");
    public static final Property text = property("text");
    public static final Property contentHash = property("contentHash");
    public static final Property linkReason = property("linkReason");
    public static final Property linkEndpoint = property("linkEndpoint");
    public static final Property sameEventAs = property("sameEventAs");
    public static final Property mergeReason = property("mergeReason");
    public static final Property fromClaim = property("fromClaim");
    public static final Property countedType = property("countedType");
    public static final Property countedModality = property("countedModality");
    public static final Property claimCount = property("claimCount");
    public static final Property articleCount = property("articleCount");
    public static final Property bucketOf = property("bucketOf");
    public static final Property bucketTime = property("bucketTime");
    public static final Property bucketPart = property("bucketPart");
    public static final Property bucketEvent = property("bucketEvent");
    public static final Property eventCount = property("eventCount");
    public static final Property olderEvents = property("olderEvents");
    public static final Property projectsEvent = property("projectsEvent");
    public static final Property subjectRole = property("subjectRole");
    public static final Property objectRole = property("objectRole");
    public static final Property factRelation = property("factRelation");
    public static final Property visited = property("visited");
    public static final Property pledgedTo = property("pledgedTo");
    public static final Property pledged = property("pledged");
    public static final Property aided = property("aided");
    public static final Property gave = property("gave");
    public static final Property memberOf = property("memberOf");
    public static final Property met = property("met");
    public static final Property attacked = property("attacked");
    public static final Property spokeAbout = property("spokeAbout");
    public static final Property positionHeld = property("positionHeld");

    // Individuals
    public static final Resource Asserted = resource("Asserted");
    public static final Resource Reported = resource("Reported");
    public static final Resource Claimed = resource("Claimed");
    public static final Resource Planned = resource("Planned");
    public static final Resource Possible = resource("Possible");
    public static final Resource Promised = resource("Promised");
    public static final Resource Negated = resource("Negated");
    public static final Resource AtLeast = resource("AtLeast");
    public static final Resource Exactly = resource("Exactly");
    public static final Resource Approximately = resource("Approximately");
    public static final Resource AtMost = resource("AtMost");
}

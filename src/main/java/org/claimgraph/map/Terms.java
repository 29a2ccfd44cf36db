package org.claimgraph.map;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.claimgraph.extract.EventKind;
import org.claimgraph.extract.Modality;
import org.claimgraph.extract.QuantityQualifier;
import org.claimgraph.extract.Role;
import org.claimgraph.extract.TimePoint;
import org.claimgraph.vocab.CG;

/**
 * The RDF terms of the extractor's vocabulary: the ontology class of each event type, the property of each
 * role, the individual of each modality and quantity qualifier, and back from terms to them. Kept here, in
 * the stage that writes RDF, so that extraction knows nothing of IRIs; {@code TermsTest} checks that every
 * enum constant has its term and every event class and role property of the ontology its constant.
 *
 * <pre>
 * Property p = Terms.property(Role.visitor);                 // cg:visitor
 * Optional&lt;Role&gt; r = Terms.role(CG.donor.asNode());       // Role.donor
 * </pre>
 */
public final class Terms {
    private static final Map<EventKind, Resource> CLASSES = new EnumMap<>(Map.ofEntries(
            Map.entry(EventKind.Visit, CG.Visit),
            Map.entry(EventKind.Pledge, CG.Pledge),
            Map.entry(EventKind.Aid, CG.Aid),
            Map.entry(EventKind.Accession, CG.Accession),
            Map.entry(EventKind.Meeting, CG.Meeting),
            Map.entry(EventKind.Statement, CG.Statement),
            Map.entry(EventKind.Warning, CG.Warning),
            Map.entry(EventKind.Promise, CG.Promise),
            Map.entry(EventKind.MilitaryAction, CG.MilitaryAction),
            Map.entry(EventKind.Invasion, CG.Invasion),
            Map.entry(EventKind.Commemoration, CG.Commemoration),
            Map.entry(EventKind.OfficeHolding, CG.OfficeHolding)));

    private static final Map<Role, Property> PROPERTIES = new EnumMap<>(Map.ofEntries(
            Map.entry(Role.visitor, CG.visitor),
            Map.entry(Role.destination, CG.destination),
            Map.entry(Role.donor, CG.donor),
            Map.entry(Role.recipient, CG.recipient),
            Map.entry(Role.item, CG.item),
            Map.entry(Role.member, CG.member),
            Map.entry(Role.alliance, CG.alliance),
            Map.entry(Role.participant, CG.participant),
            Map.entry(Role.location, CG.location),
            Map.entry(Role.forum, CG.forum),
            Map.entry(Role.speaker, CG.speaker),
            Map.entry(Role.topic, CG.topic),
            Map.entry(Role.agent, CG.agent),
            Map.entry(Role.target, CG.target),
            Map.entry(Role.holder, CG.holder),
            Map.entry(Role.officeOf, CG.officeOf)));

    private static final Map<Modality, Resource> MODALITIES = new EnumMap<>(Map.of(
            Modality.Asserted, CG.Asserted,
            Modality.Reported, CG.Reported,
            Modality.Claimed, CG.Claimed,
            Modality.Planned, CG.Planned,
            Modality.Possible, CG.Possible,
            Modality.Promised, CG.Promised,
            Modality.Negated, CG.Negated));

    private static final Map<QuantityQualifier, Resource> QUALIFIERS = new EnumMap<>(Map.of(
            QuantityQualifier.AtLeast, CG.AtLeast,
            QuantityQualifier.Exactly, CG.Exactly,
            QuantityQualifier.Approximately, CG.Approximately,
            QuantityQualifier.AtMost, CG.AtMost));

    private static final Map<Node, Role> ROLES_BY_PROPERTY = new HashMap<>();
    private static final Map<Node, EventKind> KINDS_BY_CLASS = new HashMap<>();

    static {
        PROPERTIES.forEach((r, p) -> ROLES_BY_PROPERTY.put(p.asNode(), r));
        CLASSES.forEach((k, c) -> KINDS_BY_CLASS.put(c.asNode(), k));
    }

    private Terms() {}

    /** The ontology class of an event type. */
    public static Resource ontologyClass(EventKind kind) {
        return CLASSES.get(kind);
    }

    /** The ontology property of a role. */
    public static Property property(Role role) {
        return PROPERTIES.get(role);
    }

    /** The ontology individual of a modality. */
    public static Resource individual(Modality modality) {
        return MODALITIES.get(modality);
    }

    /** The ontology individual of a quantity qualifier. */
    public static Resource individual(QuantityQualifier qualifier) {
        return QUALIFIERS.get(qualifier);
    }

    /** A time at its precision as an XSD literal: xsd:date, xsd:gYearMonth or xsd:gYear. */
    public static Node literal(TimePoint p) {
        XSDDatatype dt = switch (p.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return NodeFactory.createLiteralDT(p.lexical(), dt);
    }

    /** The role a property stands for; empty for any other property. */
    public static Optional<Role> role(Node property) {
        return Optional.ofNullable(ROLES_BY_PROPERTY.get(property));
    }

    /** The event type a class stands for; empty for any other class. */
    public static Optional<EventKind> kind(Node ontologyClass) {
        return Optional.ofNullable(KINDS_BY_CLASS.get(ontologyClass));
    }
}

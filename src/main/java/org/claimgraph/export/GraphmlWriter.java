package org.claimgraph.export;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.claimgraph.export.EntityEventGraph.GEdge;
import org.claimgraph.export.EntityEventGraph.GNode;

/**
 * Writes the entity/event graph as GraphML (http://graphml.graphdrawing.org/), which Cytoscape desktop,
 * Gephi, yEd and NetworkX read. Node data: label, type, kind, iri, wikidata, date, modality, claims, color;
 * edge data: role, property, and for a plain fact its weight (the number of claims behind it).
 */
/*package*/ final class GraphmlWriter {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphmlWriter() {}

    static int write(EntityEventGraph g, OutputStream out) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.writeStartElement("graphml");
        x.writeDefaultNamespace(NS);
        x.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
        x.writeAttribute(
                "http://www.w3.org/2001/XMLSchema-instance",
                "schemaLocation",
                NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        x.writeCharacters("\n");
        key(x, "label", "node", "string");
        key(x, "type", "node", "string");
        key(x, "kind", "node", "string");
        key(x, "iri", "node", "string");
        key(x, "wikidata", "node", "string");
        key(x, "date", "node", "string");
        key(x, "modality", "node", "string");
        key(x, "claims", "node", "int");
        key(x, "color", "node", "string");
        key(x, "role", "edge", "string");
        key(x, "property", "edge", "string");
        key(x, "weight", "edge", "int");
        x.writeStartElement("graph");
        x.writeAttribute("id", "claimgraph");
        x.writeAttribute("edgedefault", "directed");
        x.writeCharacters("\n");
        for (GNode n : g.nodes) {
            x.writeStartElement("node");
            x.writeAttribute("id", n.id());
            data(x, "label", n.label());
            data(x, "type", n.type());
            data(x, "kind", n.kind());
            data(x, "iri", n.iri());
            data(x, "wikidata", n.wikidata());
            data(x, "date", n.date());
            data(x, "modality", n.modality());
            if (n.isEvent()) {
                data(x, "claims", Integer.toString(n.claims()));
            }
            data(x, "color", n.color());
            x.writeEndElement();
            x.writeCharacters("\n");
        }
        for (GEdge e : g.edges) {
            x.writeStartElement("edge");
            x.writeAttribute("id", e.id());
            x.writeAttribute("source", e.source());
            x.writeAttribute("target", e.target());
            data(x, "role", e.role());
            data(x, "property", e.property());
            if (e.claims() > 0) {
                data(x, "weight", Integer.toString(e.claims()));
            }
            x.writeEndElement();
            x.writeCharacters("\n");
        }
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndDocument();
        x.flush();
        return g.nodes.size() + g.edges.size();
    }

    private static void key(XMLStreamWriter x, String name, String on, String type) throws XMLStreamException {
        x.writeEmptyElement("key");
        x.writeAttribute("id", name);
        x.writeAttribute("for", on);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
        x.writeCharacters("\n");
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            return;
        }
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(EntityEventGraph.xmlSafe(value));
        x.writeEndElement();
    }
}

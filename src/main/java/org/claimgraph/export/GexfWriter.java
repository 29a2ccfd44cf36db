package org.claimgraph.export;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.claimgraph.export.EntityEventGraph.GEdge;
import org.claimgraph.export.EntityEventGraph.GNode;
import org.claimgraph.sys.Version;

/**
 * Writes the entity/event graph as GEXF 1.3 (https://gexf.net/), Gephi's own format: nodes with label,
 * attributes (type, kind, iri, wikidata, date, modality, claims) and a colour and shape (events square,
 * entities round); edges labelled with their role.
 */
/*package*/ final class GexfWriter {
    static final String NS = "http://gexf.net/1.3";
    static final String VIZ = "http://gexf.net/1.3/viz";

    /** A declared attribute: its id (numeric, as Gephi writes them), title and type. */
    private record Attr(String id, String title, String type) {}

    private static final List<Attr> NODE_ATTRIBUTES = List.of(
            new Attr("0", "type", "string"),
            new Attr("1", "kind", "string"),
            new Attr("2", "iri", "string"),
            new Attr("3", "wikidata", "string"),
            new Attr("4", "date", "string"),
            new Attr("5", "modality", "string"),
            new Attr("6", "claims", "integer"));
    private static final List<Attr> EDGE_ATTRIBUTES = List.of(new Attr("0", "property", "string"));

    private GexfWriter() {}

    static int write(EntityEventGraph g, OutputStream out) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.writeStartElement("gexf");
        x.writeDefaultNamespace(NS);
        x.writeNamespace("viz", VIZ);
        x.writeAttribute("version", "1.3");
        x.writeCharacters("\n");
        x.writeStartElement("meta");
        x.writeStartElement("creator");
        x.writeCharacters("claimgraph " + Version.get());
        x.writeEndElement();
        x.writeStartElement("description");
        x.writeCharacters(g.description);
        x.writeEndElement();
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeStartElement("graph");
        x.writeAttribute("defaultedgetype", "directed");
        x.writeAttribute("mode", "static");
        x.writeCharacters("\n");
        attributes(x, "node", NODE_ATTRIBUTES);
        attributes(x, "edge", EDGE_ATTRIBUTES);
        x.writeStartElement("nodes");
        x.writeCharacters("\n");
        for (GNode n : g.nodes) {
            x.writeStartElement("node");
            x.writeAttribute("id", n.id());
            x.writeAttribute("label", EntityEventGraph.xmlSafe(n.label()));
            x.writeStartElement("attvalues");
            value(x, "0", n.type());
            value(x, "1", n.kind());
            value(x, "2", n.iri());
            value(x, "3", n.wikidata());
            value(x, "4", n.date());
            value(x, "5", n.modality());
            if (n.isEvent()) {
                value(x, "6", Integer.toString(n.claims()));
            }
            x.writeEndElement();
            String hex = n.color();
            x.writeEmptyElement("viz", "color", VIZ);
            x.writeAttribute("r", Integer.toString(Integer.parseInt(hex.substring(1, 3), 16)));
            x.writeAttribute("g", Integer.toString(Integer.parseInt(hex.substring(3, 5), 16)));
            x.writeAttribute("b", Integer.toString(Integer.parseInt(hex.substring(5, 7), 16)));
            x.writeEmptyElement("viz", "shape", VIZ);
            x.writeAttribute("value", n.isEvent() ? "square" : "disc");
            x.writeEndElement();
            x.writeCharacters("\n");
        }
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeStartElement("edges");
        x.writeCharacters("\n");
        for (GEdge e : g.edges) {
            x.writeStartElement("edge");
            x.writeAttribute("id", e.id());
            x.writeAttribute("source", e.source());
            x.writeAttribute("target", e.target());
            x.writeAttribute("label", EntityEventGraph.xmlSafe(e.role()));
            if (e.claims() > 0) {
                x.writeAttribute("weight", Integer.toString(e.claims())); // GEXF's own edge weight
            }
            x.writeStartElement("attvalues");
            value(x, "0", e.property());
            x.writeEndElement();
            x.writeEndElement();
            x.writeCharacters("\n");
        }
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndDocument();
        x.flush();
        return g.nodes.size() + g.edges.size();
    }

    private static void attributes(XMLStreamWriter x, String cls, List<Attr> attrs) throws XMLStreamException {
        x.writeStartElement("attributes");
        x.writeAttribute("class", cls);
        for (Attr a : attrs) {
            x.writeEmptyElement("attribute");
            x.writeAttribute("id", a.id());
            x.writeAttribute("title", a.title());
            x.writeAttribute("type", a.type());
        }
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    private static void value(XMLStreamWriter x, String id, String v) throws XMLStreamException {
        if (v == null || v.isEmpty()) {
            return;
        }
        x.writeEmptyElement("attvalue");
        x.writeAttribute("for", id);
        x.writeAttribute("value", EntityEventGraph.xmlSafe(v));
    }
}

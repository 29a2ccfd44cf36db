package org.claimgraph.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;

/** Confidence literals are written in the form a store gives back, so a graph read back equals the one written. */
class CanonicalDecimalTest {
    @Test
    void trailingZerosGoAndAWholeNumberKeepsOneDecimal() {
        assertEquals("0.9", RdfMapper.canonicalDecimal(new BigDecimal("0.90")));
        assertEquals("0.86", RdfMapper.canonicalDecimal(new BigDecimal("0.86")));
        assertEquals("1.0", RdfMapper.canonicalDecimal(new BigDecimal("1.00")));
    }

    @Test
    void tdb2GivesBackTheSameLexicalForm() {
        Dataset ds = TDB2Factory.createDataset();
        Node s = NodeFactory.createURI("urn:x:s");
        Node p = NodeFactory.createURI("urn:x:p");
        for (String value : new String[] {"0.90", "1.00", "0.05", "0.86"}) {
            String written = RdfMapper.canonicalDecimal(new BigDecimal(value));
            Node o = NodeFactory.createLiteralDT(written, XSDDatatype.XSDdecimal);
            Txn.executeWrite(ds, () -> {
                ds.asDatasetGraph().deleteAny(Node.ANY, s, p, Node.ANY);
                ds.asDatasetGraph().add(Quad.create(Quad.defaultGraphIRI, s, p, o));
            });
            String read = Txn.calculateRead(
                    ds,
                    () -> ds.asDatasetGraph()
                            .find(Node.ANY, s, p, Node.ANY)
                            .next()
                            .getObject()
                            .getLiteralLexicalForm());
            assertEquals(written, read, value);
        }
    }
}

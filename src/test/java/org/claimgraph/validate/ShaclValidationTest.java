package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.TestSupport;
import org.claimgraph.vocab.NIF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The fast check (core shapes plus the span test in Java) gives the same verdict as the full SHACL validation. */
class ShaclValidationTest {
    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/shapes"))) {
            return walk
                    .filter(p -> p.toString().endsWith(".ttl") && !p.toString().endsWith(".expected-report.ttl"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static boolean fastConforms(Graph g) {
        try {
            ShaclValidation.check("fixture", g);
            return true;
        } catch (ValidationFailedException e) {
            return false;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theFastCheckAgreesWithTheFullValidation(Path fixture) {
        Graph g = RDFDataMgr.loadGraph(fixture.toString());
        assertEquals(ShaclValidation.validate(g).conforms(), fastConforms(g), fixture.toString());
    }

    @Test
    void aSpanWhoseAnchorIsNotItsTextFailsTheFastCheckWithTheFullReport() {
        Graph g = GraphFactory.createDefaultGraph();
        TestSupport.exampleGraph().graph().find().forEach(g::add);
        assertTrue(fastConforms(g));
        Triple anchor = g.find(Node.ANY, NIF.anchorOf.asNode(), Node.ANY).next();
        g.delete(anchor);
        g.add(Triple.create(
                anchor.getSubject(),
                anchor.getPredicate(),
                NodeFactory.createLiteralString(anchor.getObject().getLiteralLexicalForm() + "x")));
        ValidationFailedException e =
                assertThrows(ValidationFailedException.class, () -> ShaclValidation.check("example", g));
        assertTrue(e.getMessage().contains("anchor"), e.getMessage());
        assertEquals(List.of(false), List.of(ShaclValidation.validate(g).conforms()));
    }
}

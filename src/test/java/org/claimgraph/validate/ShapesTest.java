package org.claimgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.vocab.Ontology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests each SHACL shape of {@code ontology/shapes.ttl} with small fixtures, found by walking
 * {@code src/test/resources/shapes/<NodeShape>/{valid,invalid}/NNN-*.ttl}. A valid fixture must conform. An
 * invalid fixture breaks one rule and has a hand-written {@code NNN-*.expected-report.ttl} beside it; the
 * actual report must be isomorphic to it once {@code sh:resultMessage} is dropped from both (messages are
 * for people and may be reworded freely).
 */
class ShapesTest {
    private static final Path ROOT = Path.of("src/test/resources/shapes");
    private static final String REPORT_SUFFIX = ".expected-report.ttl";

    static Stream<String> validFixtures() {
        return fixtures("valid");
    }

    static Stream<String> invalidFixtures() {
        return fixtures("invalid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFixtures")
    void validFixtureConforms(String fixture) {
        ValidationReport report = ShaclValidation.validate(
                RDFDataMgr.loadGraph(ROOT.resolve(fixture).toString()));
        assertTrue(report.conforms(), () -> fixture + " should conform, but:\n" + ShaclValidation.describe(report));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFixtures")
    void invalidFixtureGivesExpectedReport(String fixture) {
        ValidationReport report = ShaclValidation.validate(
                RDFDataMgr.loadGraph(ROOT.resolve(fixture).toString()));
        assertFalse(report.conforms(), () -> fixture + " should not conform");

        Model actual = comparable(report.getModel());
        specSourceConstraint(actual);
        Model expected = comparable(
                RDFDataMgr.loadModel(ROOT.resolve(expectedReport(fixture)).toString()));
        if (!actual.isIsomorphicWith(expected)) {
            fail(fixture + ": the report differs from " + expectedReport(fixture)
                    + "\n--- expected\n" + sortedNTriples(expected)
                    + "\n--- actual\n" + sortedNTriples(actual)
                    + "\n--- actual, described\n" + ShaclValidation.describe(report));
        }
    }

    @Test
    void describeGivesOneReadableLinePerViolation() {
        String fixture = "SpanShape/invalid/012-anchor-not-text-at-offsets.ttl";
        ValidationReport report = ShaclValidation.validate(
                RDFDataMgr.loadGraph(ROOT.resolve(fixture).toString()));
        String described = ShaclValidation.describe(report);
        List<String> lines = described.lines().toList();

        assertEquals(2, report.getEntries().size(), described);
        assertEquals(report.getEntries().size(), lines.size(), described);
        for (ReportEntry e : report.getEntries()) {
            String focus = Ontology.prefixes().shortForm(e.focusNode().getURI());
            assertEquals(
                    1,
                    lines.stream()
                            .filter(l -> l.contains("focus " + focus) && l.contains(e.message()))
                            .count(),
                    () -> "one line with focus " + focus + " and message '" + e.message() + "' in:\n" + described);
        }
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.contains("focus cgid:span-1")
                                && l.contains("The span's anchor is not the text between its offsets")),
                described);
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.contains("focus cgid:claim-1")
                                && l.contains("path cg:evidence")
                                && l.contains("A claim points at least at one well-formed evidence span.")),
                described);
        // People read this, so no Turtle: no SHACL terms, prefixes, blank nodes, datatypes or language tags.
        for (String notForPeople : List.of("sh:", "@prefix", "_:", "^^", "@en", "ValidationResult")) {
            assertFalse(described.contains(notForPeople), () -> "'" + notForPeople + "' in:\n" + described);
        }
    }

    /** Every rule is broken by some invalid fixture, every node shape has a valid fixture, every folder is a shape. */
    @Test
    void fixturesCoverEveryShape() {
        Model shapes = Ontology.shapes();
        Set<String> named = new TreeSet<>();
        invalidFixtures().forEach(f -> {
            Model expected =
                    RDFDataMgr.loadModel(ROOT.resolve(expectedReport(f)).toString());
            expected.listObjectsOfProperty(SHACLM.sourceShape)
                    .forEach(o -> named.add(o.asResource().getURI()));
            expected.listObjectsOfProperty(SHACLM.sourceConstraint)
                    .forEach(o -> named.add(o.asResource().getURI()));
        });
        Set<String> rules = new TreeSet<>();
        shapes.listSubjectsWithProperty(RDF.type, SHACLM.PropertyShape).forEach(r -> rules.add(r.getURI()));
        shapes.listSubjectsWithProperty(RDF.type, SHACLM.SPARQLConstraint).forEach(r -> rules.add(r.getURI()));
        rules.removeAll(named);
        assertTrue(rules.isEmpty(), () -> "rules no invalid fixture breaks: " + rules);

        Set<String> nodeShapes = new TreeSet<>();
        shapes.listSubjectsWithProperty(RDF.type, SHACLM.NodeShape).forEach(r -> nodeShapes.add(r.getLocalName()));
        Set<String> withValid =
                validFixtures().map(f -> f.substring(0, f.indexOf('/'))).collect(Collectors.toSet());
        Set<String> folders = Stream.concat(validFixtures(), invalidFixtures())
                .map(f -> f.substring(0, f.indexOf('/')))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(
                withValid.containsAll(nodeShapes),
                () -> "node shapes without a valid fixture: "
                        + nodeShapes.stream()
                                .filter(s -> !withValid.contains(s))
                                .toList());
        assertTrue(
                nodeShapes.containsAll(folders),
                () -> "fixture folders that name no node shape: "
                        + folders.stream().filter(s -> !nodeShapes.contains(s)).toList());
    }

    /** Fixtures of one kind, as paths relative to {@link #ROOT}: {@code <NodeShape>/<kind>/NNN-name.ttl}. */
    private static Stream<String> fixtures(String kind) {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files
                    .filter(Files::isRegularFile)
                    .map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".ttl") && !f.endsWith(REPORT_SUFFIX))
                    .filter(f -> f.matches("[^/]+/" + kind + "/\\d{3}[^/]*\\.ttl"))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String expectedReport(String fixture) {
        return fixture.substring(0, fixture.length() - ".ttl".length()) + REPORT_SUFFIX;
    }

    /** A copy without sh:resultMessage. */
    private static Model comparable(Model report) {
        Model m = ModelFactory.createDefaultModel().add(report);
        m.removeAll(null, SHACLM.resultMessage, null);
        return m;
    }

    /**
     * SHACL 1.0 section 5.3.2 (and the W3C test sparql/node/sparql-001) make the sh:sourceConstraint of a
     * SPARQL-based result the constraint itself, the value of sh:sparql. Jena 5.6.0 (since GH-3386) writes the
     * shape instead. The expected reports follow the specification, so map Jena's value to the shape's one
     * sh:sparql constraint; once Jena writes the constraint this changes nothing.
     */
    private static void specSourceConstraint(Model actual) {
        Model shapes = Ontology.shapes();
        for (Statement s : actual.listStatements(null, SHACLM.sourceConstraint, (RDFNode) null)
                .toList()) {
            List<RDFNode> sparql =
                    shapes.listObjectsOfProperty(s.getResource(), SHACLM.sparql).toList();
            if (sparql.size() == 1) {
                actual.remove(s);
                actual.add(s.getSubject(), SHACLM.sourceConstraint, sparql.get(0));
            }
        }
    }

    /**
     * The model as sorted N-Triples, blank nodes numbered by their content, so that two reports print in the
     * same order and a failure reads as a diff.
     */
    private static String sortedNTriples(Model model) {
        Graph g = model.getGraph();
        List<Node> blanks = g.stream()
                .flatMap(t -> Stream.of(t.getSubject(), t.getObject()))
                .filter(Node::isBlank)
                .distinct()
                .sorted(Comparator.comparing((Node b) -> signature(g, b)))
                .toList();
        Map<Node, String> labels = new HashMap<>();
        blanks.forEach(b -> labels.put(b, "_:b" + labels.size()));
        return g.stream()
                .map(t -> term(t.getSubject(), labels) + " " + term(t.getPredicate(), labels) + " "
                        + term(t.getObject(), labels) + " .")
                .sorted()
                .collect(Collectors.joining("\n"));
    }

    private static String signature(Graph g, Node blank) {
        return g.find(blank, Node.ANY, Node.ANY).toList().stream()
                .map(t -> NodeFmtLib.strNT(t.getPredicate()) + " "
                        + (t.getObject().isBlank() ? "[]" : NodeFmtLib.strNT(t.getObject())))
                .sorted()
                .collect(Collectors.joining(" "));
    }

    private static String term(Node n, Map<Node, String> labels) {
        return n.isBlank() ? labels.get(n) : NodeFmtLib.strNT(n);
    }
}

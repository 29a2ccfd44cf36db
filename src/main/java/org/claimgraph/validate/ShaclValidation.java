package org.claimgraph.validate;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.sys.Logs;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Ontology;

/**
 * Validates graphs against {@code ontology/shapes.ttl} and describes reports for people: one line per
 * violation with focus node, path and message, IRIs shortened with the usual prefixes.
 *
 * <pre>
 * ValidationReport report = ShaclValidation.validate(graph);
 * if (!report.conforms()) System.err.println(ShaclValidation.describe(report));
 * </pre>
 */
public final class ShaclValidation {
    private static final Shapes SHAPES = Shapes.parse(Ontology.shapes().getGraph());
    /** The one SHACL-SPARQL constraint of the shapes, which {@link SpanCheck} does in Java. */
    private static final Node SPAN_CONSTRAINT = NodeFactory.createURI(CG.SHAPES_NS + "Span-anchorMatchesText");
    /** The shapes without that constraint, or null when the shapes hold another SPARQL constraint. */
    private static final Shapes CORE = coreShapes();

    private ShaclValidation() {}

    /**
     * The shapes less {@link #SPAN_CONSTRAINT}: Jena runs a SPARQL constraint as one query per focus node, which is
     * nine tenths of the validation time of an article; {@link SpanCheck} does the same test in Java.
     */
    private static Shapes coreShapes() {
        Graph full = Ontology.shapes().getGraph();
        List<Triple> sparql = full.find(Node.ANY, SHACL.sparql, Node.ANY).toList();
        if (sparql.isEmpty() || !sparql.stream().allMatch(t -> t.getObject().equals(SPAN_CONSTRAINT))) {
            return null; // Another SPARQL constraint: only the full shapes validate it.
        }
        Graph core = GraphFactory.createDefaultGraph();
        full.find().forEach(t -> {
            if (!t.getPredicate().equals(SHACL.sparql)) {
                core.add(t);
            }
        });
        return Shapes.parse(core);
    }

    /** The shapes, parsed once. */
    public static Shapes shapes() {
        return SHAPES;
    }

    /** Validates a data graph. */
    public static ValidationReport validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(SHAPES, data);
        Logs.VALIDATE.debug(
                "SHACL: {} triples, {} violations",
                data.size(),
                report.getEntries().size());
        return report;
    }

    /**
     * Throws {@link ValidationFailedException} unless the graph conforms. Same verdict as {@link #validate}, about
     * ten times faster: the shapes without their SPARQL constraint, plus that constraint's test in Java
     * ({@link SpanCheck}); only a graph that fails gets the full validation, for its report.
     */
    public static void check(String source, Graph data) {
        if (CORE != null && ShaclValidator.get().conforms(CORE, data) && SpanCheck.conforms(data)) {
            return;
        }
        ValidationReport report = validate(data);
        if (!report.conforms()) {
            throw new ValidationFailedException(source, report);
        }
    }

    /** One line per violation: {@code focus <node> path <path>: message}, sorted. */
    public static String describe(ValidationReport report) {
        PrefixMapping pm = Ontology.prefixes();
        return report.getEntries().stream()
                .map(e -> "  focus " + shortForm(e.focusNode(), pm)
                        + (e.resultPath() == null
                                ? ""
                                : " path " + e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(pm)))
                        + (e.value() == null ? "" : " value " + shortForm(e.value(), pm))
                        + ": " + e.message())
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining("\n"));
    }

    private static String shortForm(Node n, PrefixMapping pm) {
        if (n.isURI()) {
            String s = pm.shortForm(n.getURI());
            return s.equals(n.getURI()) ? "<" + s + ">" : s;
        }
        if (n.isLiteral()) {
            String lex = n.getLiteralLexicalForm();
            return "\"" + (lex.length() > 60 ? lex.substring(0, 57) + "..." : lex) + "\"";
        }
        return n.toString();
    }

    /** Entries in a stable order, for tests. */
    public static java.util.List<ReportEntry> entries(ValidationReport report) {
        return report.getEntries().stream()
                .sorted(Comparator.comparing(Object::toString))
                .toList();
    }
}

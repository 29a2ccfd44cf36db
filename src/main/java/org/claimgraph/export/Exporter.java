package org.claimgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.map.Iris;
import org.claimgraph.query.KnowledgeView;
import org.claimgraph.sys.ClaimgraphException;
import org.claimgraph.vocab.Ontology;

/**
 * Exports a store for other tools: the entity/event graph for Gephi and Cytoscape desktop (GraphML, GEXF),
 * one row per claim for spreadsheets (CSV), the RDF itself (TriG, N-Quads, JSON-LD; every named graph but
 * the ontology's, which is {@code ontology/claimgraph.ttl}), and asserted, fully linked claims as Wikidata
 * QuickStatements ({@link QuickStatementsWriter} lists the properties used for each event type). Reads in
 * one read transaction, so the export is one consistent state of the store.
 *
 * <pre>
 * try (KnowledgeStore store = KnowledgeStore.open(Path.of("store"));
 *         OutputStream out = Files.newOutputStream(Path.of("claims.graphml"))) {
 *     Exporter.Result r = Exporter.write(store.dataset(), Exporter.Format.graphml, out);
 * }
 * </pre>
 */
public final class Exporter {
    /** The formats {@code claimgraph export --format} takes. */
    public enum Format {
        /** GraphML: entities and events as nodes, roles as edges (Cytoscape desktop, Gephi, yEd). */
        graphml,
        /** GEXF 1.3: the same graph, with colours, for Gephi. */
        gexf,
        /** JSON-LD 1.1 of every article graph. */
        jsonld,
        /** TriG of every article graph. */
        trig,
        /** N-Quads of every article graph. */
        nq,
        /** CSV, one row per claim. */
        csv,
        /** QuickStatements v1 lines of asserted claims whose entities are all linked to Wikidata. */
        quickstatements
    }

    /**
     * What was written.
     *
     * @param items nodes and edges, rows, quads or statements written
     * @param notes remarks for the user (for QuickStatements: which claims were left out and why)
     */
    public record Result(int items, List<String> notes) {}

    private Exporter() {}

    /** Writes the dataset in the format to {@code out} (not closed). */
    public static Result write(DatasetGraph dsg, Format format, OutputStream out) {
        return Txn.calculateRead(dsg, () -> {
            try {
                return switch (format) {
                    case graphml -> new Result(GraphmlWriter.write(graph(dsg), out), List.of());
                    case gexf -> new Result(GexfWriter.write(graph(dsg), out), List.of());
                    case csv -> new Result(ClaimCsvWriter.write(KnowledgeView.of(dsg.getUnionGraph()), out), List.of());
                    case quickstatements -> QuickStatementsWriter.write(KnowledgeView.of(dsg.getUnionGraph()), out);
                    case trig -> rdf(dsg, RDFFormat.TRIG_BLOCKS, out);
                    case nq -> rdf(dsg, RDFFormat.NQUADS, out);
                    case jsonld -> rdf(dsg, RDFFormat.JSONLD11, out);
                };
            } catch (XMLStreamException e) {
                throw new ClaimgraphException("Cannot write " + format + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static EntityEventGraph graph(DatasetGraph dsg) {
        return EntityEventGraph.of(KnowledgeView.of(dsg.getUnionGraph()));
    }

    /** The article graphs (the ontology graph left out) in an RDF dataset format. */
    private static Result rdf(DatasetGraph dsg, RDFFormat format, OutputStream out) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        copy.prefixes().putAll(Ontology.prefixes());
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(Iris.ONTOLOGY_GRAPH)) {
                copy.addGraph(g, dsg.getGraph(g));
            }
        });
        RDFDataMgr.write(out, copy, format);
        return new Result((int) Math.min(Integer.MAX_VALUE, copy.stream().count()), List.of());
    }
}

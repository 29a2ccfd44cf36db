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
import org.claimgraph.corpus.PlainFacts;
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

    /** Which graph GraphML and GEXF show. */
    public enum View {
        /** Entities and events as nodes, roles as edges. */
        events,
        /** The plain facts: entities as nodes, asserted relations as edges weighted by their claims. */
        facts
    }

    /**
     * What was written.
     *
     * @param items nodes and edges, rows, quads or statements written
     * @param notes remarks for the user (for QuickStatements: which claims were left out and why)
     */
    public record Result(int items, List<String> notes) {}

    private Exporter() {}

    /** Writes the dataset in the format to {@code out} (not closed); GraphML and GEXF show the events view. */
    public static Result write(DatasetGraph dsg, Format format, OutputStream out) {
        return write(dsg, format, View.events, out);
    }

    /**
     * Writes the dataset in the format to {@code out} (not closed), GraphML and GEXF showing {@code view}.
     *
     * @throws IllegalArgumentException for the facts view in a format other than GraphML and GEXF
     */
    public static Result write(DatasetGraph dsg, Format format, View view, OutputStream out) {
        if (view == View.facts && format != Format.graphml && format != Format.gexf) {
            throw new IllegalArgumentException("the facts view is exported as graphml or gexf; the RDF formats hold "
                    + "the facts graph (" + Iris.FACTS_GRAPH.getURI() + ") anyway");
        }
        return Txn.calculateRead(dsg, () -> {
            try {
                return switch (format) {
                    case graphml -> new Result(GraphmlWriter.write(graph(dsg, view), out), List.of());
                    case gexf -> new Result(GexfWriter.write(graph(dsg, view), out), List.of());
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

    private static EntityEventGraph graph(DatasetGraph dsg, View view) {
        KnowledgeView kv = KnowledgeView.of(dsg.getUnionGraph());
        return view == View.facts
                ? EntityEventGraph.facts(kv, dsg.getGraph(Iris.FACTS_GRAPH))
                : EntityEventGraph.of(kv);
    }

    /**
     * The article graphs (the ontology graph left out) in an RDF dataset format. JSON-LD 1.1 has no RDF 1.2 triple
     * terms, so there the facts graph's {@code fact rdf:reifies <<( s p o )>>} is written as RDF 1.1's reification,
     * {@code fact rdf:subject s ; rdf:predicate p ; rdf:object o}, and a note says so.
     */
    private static Result rdf(DatasetGraph dsg, RDFFormat format, OutputStream out) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        copy.prefixes().putAll(Ontology.prefixes());
        boolean noTripleTerms = format.getLang().equals(org.apache.jena.riot.Lang.JSONLD11)
                || format.getLang().equals(org.apache.jena.riot.Lang.JSONLD);
        List<String> notes = new java.util.ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (g.equals(Iris.ONTOLOGY_GRAPH)) {
                return;
            }
            if (noTripleTerms && g.equals(Iris.FACTS_GRAPH)) {
                copy.addGraph(g, PlainFacts.withoutTripleTerms(dsg.getGraph(g)));
                notes.add(
                        "JSON-LD holds no RDF 1.2 triple terms: in the facts graph each fact's rdf:reifies "
                                + "<<( s p o )>> is written as rdf:subject, rdf:predicate and rdf:object (trig and nq keep it)");
                return;
            }
            copy.addGraph(g, dsg.getGraph(g));
        });
        RDFDataMgr.write(out, copy, format);
        return new Result((int) Math.min(Integer.MAX_VALUE, copy.stream().count()), List.copyOf(notes));
    }
}

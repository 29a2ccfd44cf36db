package org.claimgraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.ingest.BatchItem;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.pipeline.ArticlePipeline;
import org.claimgraph.vocab.Ontology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimgraph extract}: articles in, RDF on standard output; no store needed. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Extract claims from articles (files, folders, JSON Lines) and print them as RDF on standard "
                + "output (one named graph per article); nq streams article by article, for bulk loaders. A bad input "
                + "is reported on one line and skipped (exit 7; 3 when nothing was extracted). Needs no store.")
public final class ExtractCommand implements Callable<Integer> {
    /** Output formats. */
    public enum Format {
        trig(RDFFormat.TRIG_BLOCKS),
        nq(RDFFormat.NQUADS),
        ttl(RDFFormat.TURTLE_BLOCKS),
        jsonld(RDFFormat.JSONLD11);

        final RDFFormat rdf;

        Format(RDFFormat rdf) {
            this.rdf = rdf;
        }
    }

    @Mixin
    VerbosityMixin verbosity;

    @Mixin
    ArticleInputs inputs;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "trig",
            description =
                    "trig, nq, ttl or jsonld (default: ${DEFAULT-VALUE}). ttl merges all articles into one graph.")
    Format format;

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            description = "Article files (UTF-8 text, optional front matter), "
                    + "JSON Lines files (.jsonl: text, published, url, title) or folders of them.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ArticlePipeline pipeline = ArticlePipeline.bundled();
        var err = spec.commandLine().getErr();
        OutputStream stdout = new BufferedOutputStream(System.out);
        // N-Quads are written article by article, so that a corpus of any size streams into a bulk loader;
        // the other formats group the whole output and are written at the end.
        StreamRDF nquads = format == Format.nq ? StreamRDFWriter.getWriterStream(stdout, RDFFormat.NQUADS) : null;
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        out.prefixes().putAll(Ontology.prefixes());
        long extracted = 0;
        long rejected = 0;
        if (nquads != null) {
            nquads.start();
        }
        for (BatchItem item : inputs.batch(files)) {
            if (item instanceof BatchItem.Rejected r) {
                rejected++;
                err.println("claimgraph: " + r.error().getMessage());
                err.flush();
                continue;
            }
            ArticleGraph g = pipeline.process(((BatchItem.Read) item).article());
            extracted++;
            if (nquads != null) {
                g.graph().find().forEach(t -> nquads.quad(Quad.create(g.name(), t)));
                flush(stdout);
            } else {
                out.addGraph(g.name(), g.graph());
            }
        }
        if (nquads != null) {
            nquads.finish();
        } else if (extracted > 0 && format == Format.ttl) {
            Graph union = GraphFactory.createDefaultGraph();
            union.getPrefixMapping().setNsPrefixes(Ontology.prefixes());
            out.find().forEachRemaining(q -> union.add(q.asTriple()));
            RDFDataMgr.write(stdout, union, format.rdf);
        } else if (extracted > 0) {
            RDFDataMgr.write(stdout, out, format.rdf);
        }
        flush(stdout);
        if (rejected == 0) {
            return ExitCodes.OK;
        }
        return extracted > 0 ? ExitCodes.PARTIAL : ExitCodes.BAD_INPUT;
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package org.claimgraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.ingest.Article;
import org.claimgraph.pipeline.ArticlePipeline;
import org.claimgraph.store.ArticleGraph;
import org.claimgraph.vocab.Ontology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimgraph extract}: articles in, RDF on standard output; no store needed. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract claims from articles and print them as RDF on standard output (one named graph per "
                + "article). Needs no store.")
public final class ExtractCommand implements Callable<Integer> {
    /** Output formats. */
    public enum Format {
        trig(RDFFormat.TRIG_BLOCKS), nq(RDFFormat.NQUADS), ttl(RDFFormat.TURTLE_BLOCKS), jsonld(RDFFormat.JSONLD11);

        final RDFFormat rdf;

        Format(RDFFormat rdf) {
            this.rdf = rdf;
        }
    }

    @Mixin
    VerbosityMixin verbosity;

    @Mixin
    ArticleInputs inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "trig",
            description = "trig, nq, ttl or jsonld (default: ${DEFAULT-VALUE}). ttl merges all articles into one graph.")
    Format format;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files (UTF-8 text, optional front matter) "
            + "or folders of them.")
    List<Path> files;

    @Override
    public Integer call() {
        List<Article> articles = inputs.read(files);
        ArticlePipeline pipeline = ArticlePipeline.bundled();
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        out.prefixes().putAll(Ontology.prefixes());
        for (Article a : articles) {
            ArticleGraph g = pipeline.process(a);
            out.addGraph(g.name(), g.graph());
        }
        OutputStream stdout = new BufferedOutputStream(System.out);
        if (format == Format.ttl) {
            Graph union = GraphFactory.createDefaultGraph();
            union.getPrefixMapping().setNsPrefixes(Ontology.prefixes());
            out.find().forEachRemaining(q -> union.add(q.asTriple()));
            RDFDataMgr.write(stdout, union, format.rdf);
        } else {
            RDFDataMgr.write(stdout, out, format.rdf);
        }
        try {
            stdout.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ExitCodes.OK;
    }
}

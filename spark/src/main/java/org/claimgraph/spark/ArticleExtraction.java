package org.claimgraph.spark;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.claimgraph.corpus.EventBlocks;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleOverrides;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.ingest.InputException;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.pipeline.ArticlePipeline;
import org.claimgraph.pipeline.CorpusBuild;
import org.claimgraph.sys.Lazy;
import org.claimgraph.sys.LookAhead;

/**
 * Extracts the articles of one partition, one at a time (memory stays flat however large the partition): read
 * and check the input as {@code build} does, run the pipeline, validate with SHACL, and turn the validated graph
 * into N-Quads, claim rows and event slices. A bad input or article becomes a rejected result with its one line;
 * nothing is thrown for it.
 *
 * <p>The pipeline (CoreNLP's models, the gazetteer, the rules: most of what an executor holds) is built once per
 * executor JVM and shared by the partitions that run there, as {@code build} shares it among its threads.
 */
/*package*/ final class ArticleExtraction implements FlatMapFunction<Iterator<InputRecord>, ArticleResult> {
    private static final long serialVersionUID = 1L;

    private static final Lazy<ArticlePipeline> PIPELINE = Lazy.of(ArticlePipeline::bundled);

    private final long maxBytes;
    private final String published;

    /**
     * @param maxBytes  the largest article accepted, in bytes
     * @param published publication date given for every article (YYYY-MM-DD), or null
     */
    ArticleExtraction(long maxBytes, String published) {
        this.maxBytes = maxBytes;
        this.published = published;
    }

    @Override
    public Iterator<ArticleResult> call(Iterator<InputRecord> inputs) {
        ArticleReader reader = new ArticleReader(maxBytes, Clock.systemDefaultZone());
        ArticleOverrides overrides =
                published == null ? ArticleOverrides.NONE : ArticleOverrides.published(LocalDate.parse(published));
        return new LookAhead<>() {
            @Override
            protected ArticleResult advance() {
                while (inputs.hasNext()) {
                    Optional<ArticleResult> result = extract(reader, overrides, inputs.next());
                    if (result.isPresent()) {
                        return result.get();
                    }
                }
                return null;
            }
        };
    }

    /** The result for one input; empty for a blank JSON line, which is no input at all. */
    private static Optional<ArticleResult> extract(ArticleReader reader, ArticleOverrides overrides, InputRecord in) {
        Article article;
        try {
            switch (in.kind()) {
                case REJECTED:
                    return Optional.of(ArticleResult.rejected(in, CorpusBuild.Rejection.INPUT.name(), in.rejected()));
                case TEXT:
                    article = reader.parse(in.source(), in.bytes(), overrides);
                    break;
                default:
                    Optional<Article> line = reader.fromJsonLine(in.source(), in.bytes(), overrides);
                    if (line.isEmpty()) {
                        return Optional.empty();
                    }
                    article = line.get();
            }
        } catch (InputException e) {
            return Optional.of(ArticleResult.rejected(in, CorpusBuild.Rejection.INPUT.name(), e.getMessage()));
        }
        CorpusBuild.Outcome o = CorpusBuild.check(a -> PIPELINE.get().process(a), article);
        if (!o.accepted()) {
            return Optional.of(ArticleResult.rejected(in, o.why().name(), o.problem()));
        }
        return Optional.of(accepted(in, o));
    }

    private static ArticleResult accepted(InputRecord in, CorpusBuild.Outcome o) {
        ArticleGraph g = o.valid().article();
        DatasetGraph one = DatasetGraphFactory.create();
        one.addGraph(g.name(), g.graph());
        List<ArticleResult.EventSlice> slices = new ArrayList<>();
        for (EventBlocks.Member m : EventBlocks.members(one)) {
            slices.add(new ArticleResult.EventSlice(m.key(), m.graph().getURI(), ntriples(EventBlocks.slice(one, m))));
        }
        List<String> partOf = new ArrayList<>();
        Graph places = GraphFactory.createDefaultGraph();
        EventBlocks.partOf(one).forEach(places::add);
        if (!places.isEmpty()) {
            partOf.addAll(ntriples(places).lines().toList());
        }
        CorpusBuild.Counts c = o.counts();
        return new ArticleResult(
                in.source(),
                in.file(),
                in.offset(),
                null,
                null,
                g.name().getURI(),
                g.url().orElse(null),
                nquads(g.name(), g.graph()),
                new long[] {c.triples(), c.claims(), c.events(), c.conflicts()},
                ClaimsTable.rows(g.name(), g.graph()),
                slices,
                partOf);
    }

    /** The graph's triples as N-Quads lines in its named graph, sorted, so that an article's block is reproducible. */
    static String nquads(Node name, Graph g) {
        DatasetGraph d = DatasetGraphFactory.create();
        d.addGraph(name, g);
        return sortedLines(RDFWriter.source(d).format(RDFFormat.NQUADS).asString());
    }

    static String ntriples(Graph g) {
        return sortedLines(RDFWriter.source(g).format(RDFFormat.NTRIPLES).asString());
    }

    private static String sortedLines(String text) {
        return String.join("\n", text.lines().sorted().toList());
    }
}

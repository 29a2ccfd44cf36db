package org.claimgraph.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.claimgraph.corpus.CorpusEvents;
import org.claimgraph.map.Iris;
import scala.Tuple2;

/**
 * The cross-article events graph ({@link Iris#EVENTS_GRAPH}) as a Spark aggregation: the article events that may
 * merge are grouped by their block key (type, Wikidata-linked main actors, content, office, polarity), and each
 * block with events from two articles or more is merged by {@link CorpusEvents}, the code a single-machine
 * {@code build} runs, over the block's slices and every {@code cg:partOf} triple of the corpus (few: places
 * within places). Blocks are independent, so the union of their graphs is the graph of the whole corpus.
 */
/*package*/ final class CrossArticleEvents {
    /** Where the corpus's place containment goes in a block's dataset: any graph that is not an article's. */
    private static final String PLACES_GRAPH = "urn:x-claimgraph:spark:places";

    /**
     * One block's part of the events graph.
     *
     * @param nquads    its quads in the events graph, one N-Quads line each, sorted (empty when nothing merged)
     * @param merged    cross-article events
     * @param reports   article events linked to them
     * @param conflicts conflicts between articles
     */
    record Part(String nquads, long merged, long reports, long conflicts) implements Serializable {}

    private CrossArticleEvents() {}

    static JavaRDD<Part> compute(JavaSparkContext jsc, JavaRDD<ArticleResult> results) {
        List<String> partOf = results.filter(ArticleResult::accepted)
                .flatMap(r -> r.partOf().iterator())
                .distinct()
                .collect();
        Broadcast<List<String>> places = jsc.broadcast(new ArrayList<>(partOf));
        return results.filter(ArticleResult::accepted)
                .flatMapToPair(r ->
                        r.slices().stream().map(s -> new Tuple2<>(s.key(), s)).iterator())
                .groupByKey()
                .map(block -> merge(block._2(), places.value()))
                .filter(p -> p.merged() > 0);
    }

    private static Part merge(Iterable<ArticleResult.EventSlice> block, List<String> partOf) {
        Map<String, Graph> articles = new TreeMap<>();
        for (ArticleResult.EventSlice s : block) {
            Graph g = articles.computeIfAbsent(s.graph(), k -> GraphFactory.createDefaultGraph());
            RDFParser.fromString(s.ntriples(), Lang.NTRIPLES).parse(g);
        }
        if (articles.size() < 2) {
            return new Part("", 0, 0, 0);
        }
        DatasetGraph dsg = DatasetGraphFactory.create();
        articles.forEach((name, g) -> dsg.addGraph(NodeFactory.createURI(name), g));
        if (!partOf.isEmpty()) {
            Graph places = GraphFactory.createDefaultGraph();
            RDFParser.fromString(String.join("\n", partOf), Lang.NTRIPLES).parse(places);
            dsg.addGraph(NodeFactory.createURI(PLACES_GRAPH), places);
        }
        CorpusEvents.Result r = CorpusEvents.compute(dsg);
        String quads = r.graph().isEmpty() ? "" : ArticleExtraction.nquads(Iris.EVENTS_GRAPH, r.graph());
        return new Part(quads, r.merged(), r.reports(), r.conflicts());
    }
}

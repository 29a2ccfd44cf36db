package org.claimgraph.store;

import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.claimgraph.map.Iris;
import org.claimgraph.sys.ClaimgraphException;
import org.claimgraph.sys.Lazy;

/**
 * The bundled extract of Wikidata facts about gazetteer entities (instance of, country, member of and
 * position held with start and end, coordinates), in Wikidata's own RDF shape ({@code wd:}, {@code wdt:},
 * {@code p:}/{@code ps:}/{@code pq:}), read once from {@value #RESOURCE}. Each fact names the public source it
 * was taken from (see the file's header). {@link KnowledgeStore} keeps it as the named graph
 * {@link Iris#WIKIDATA_GRAPH}, so that questions joining claims with membership and office need no network.
 *
 * <pre>
 * Graph wd = WikidataExtract.graph();   // read-only; do not modify
 * </pre>
 */
public final class WikidataExtract {
    /** Classpath location of the extract. */
    public static final String RESOURCE = "enrichment/wikidata-extract.ttl";

    private static final Lazy<Graph> GRAPH = Lazy.of(() -> load());

    private WikidataExtract() {}

    /** The extract, parsed once; do not modify. */
    public static Graph graph() {
        return GRAPH.get();
    }

    /** The version the extract gives itself ({@code <graph> owl:versionInfo "…"}), or an empty string. */
    public static String version(Graph g) {
        var it = g.find(Iris.WIKIDATA_GRAPH, OWL2.versionInfo.asNode(), Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
        } finally {
            it.close();
        }
    }

    private static Graph load() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = WikidataExtract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ClaimgraphException("Missing classpath resource " + RESOURCE + ": the jar is incomplete");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new ClaimgraphException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        if (version(g).isEmpty()) {
            throw new ClaimgraphException(RESOURCE + ": no owl:versionInfo on " + Iris.WIKIDATA_GRAPH.getURI());
        }
        return g;
    }
}

package org.claimgraph.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.graph.GraphFactory;
import org.claimgraph.sys.HttpUrls;
import org.claimgraph.vocab.WD;

/**
 * What the explorer shows of a linked entity's Wikidata item besides its id: its English description
 * ({@code schema:description}) and its image (P18). {@link WikidataLinker} asks the endpoint for them for
 * every item the store links, gazetteer ids included, a batch of items per request, and keeps the answer in
 * Wikidata's own shape ({@code wd:Q… schema:description "…"@en ; wdt:P18 <…>}) in the links graph, beside the
 * links: a later run asks again (or reads its cache), so they follow the links.
 */
/*package*/ final class ItemDetails {
    /** Items per request: their ids fit in a GET request's URL with room to spare. */
    static final int BATCH = 50;

    private ItemDetails() {}

    /** The details of the items ({@code Q…} ids), fetched through {@code client}, as triples. */
    static Graph fetch(EndpointClient client, Collection<String> qids) {
        Graph out = GraphFactory.createDefaultGraph();
        // Sorted, so that the same items make the same requests and a second run is answered from the cache.
        List<String> sorted = new ArrayList<>(
                qids.stream().filter(ItemDetails::isItemId).collect(Collectors.toCollection(TreeSet::new)));
        for (int i = 0; i < sorted.size(); i += BATCH) {
            ResultSetRewindable rs = client.select(query(sorted.subList(i, Math.min(sorted.size(), i + BATCH))));
            while (rs.hasNext()) {
                add(out, rs.next());
            }
        }
        return out;
    }

    private static void add(Graph out, QuerySolution s) {
        if (!s.contains("item") || !s.get("item").isURIResource()) {
            return;
        }
        Node item = NodeFactory.createURI(s.getResource("item").getURI());
        if (s.contains("description") && s.get("description").isLiteral()) {
            String text = s.getLiteral("description").getLexicalForm();
            out.add(Triple.create(
                    item, NodeFactory.createURI(WD.DESCRIPTION), NodeFactory.createLiteralLang(text, "en")));
        }
        // Only web URLs: the explorer links to them, and a link is never made from anything else.
        if (s.contains("image")
                && s.get("image").isURIResource()
                && HttpUrls.isAbsoluteHttp(s.getResource("image").getURI())) {
            out.add(Triple.create(
                    item,
                    NodeFactory.createURI(WD.IMAGE),
                    NodeFactory.createURI(s.getResource("image").getURI())));
        }
    }

    /** The query for the English description and the images of some items. */
    /*package*/ static String query(List<String> qids) {
        String values =
                qids.stream().filter(ItemDetails::isItemId).map(q -> "wd:" + q).collect(Collectors.joining(" "));
        return "PREFIX wd: <" + WD.ENTITY + ">\n"
                + "PREFIX wdt: <" + WD.DIRECT + ">\n"
                + "PREFIX schema: <" + WD.SCHEMA + ">\n"
                + "# claimgraph link: descriptions and images of " + qids.size() + " linked item(s)\n"
                + "SELECT ?item ?description ?image WHERE {\n"
                + "  VALUES ?item { " + values + " }\n"
                + "  OPTIONAL { ?item schema:description ?description . FILTER(LANGMATCHES(LANG(?description), \"en\")) }\n"
                + "  OPTIONAL { ?item wdt:P18 ?image . }\n"
                + "}\n";
    }

    private static boolean isItemId(String qid) {
        return qid.matches("Q[1-9][0-9]*");
    }
}

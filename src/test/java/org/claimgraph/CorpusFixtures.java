package org.claimgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimgraph.extract.Extraction;
import org.claimgraph.ingest.Article;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.map.RdfMapper;
import org.claimgraph.mention.Gazetteer;
import org.claimgraph.pipeline.ExtractionCache;

/**
 * A corpus for store, crash and concurrency tests that needs no NLP: copies of the example article, each with a
 * line of its own at the end ("Copy 7.") and its own URL, and graphs mapped from the example's extraction (the
 * evidence offsets all lie before the added line). Valid against the shapes, distinct content hashes.
 */
public final class CorpusFixtures {
    private static final RdfMapper MAPPER = new RdfMapper(Gazetteer.bundled());

    private CorpusFixtures() {}

    /** Copy {@code k} of the example article. */
    public static Article copy(int k) {
        Article ex = TestSupport.example();
        return new Article(
                "copy-" + k + ".txt",
                ex.text() + "\n\nCopy " + k + ".",
                ex.published(),
                Optional.of("https://example.org/copy/" + k),
                ex.title());
    }

    /** Copies {@code 0..n-1}. */
    public static List<Article> copies(int n) {
        List<Article> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(copy(k));
        }
        return out;
    }

    /** The graph of an article whose text starts with the example's, mapped from the example's extraction. */
    public static ArticleGraph graph(Article a) {
        Extraction x = TestSupport.exampleExtraction();
        if (!a.text().startsWith(x.article().text())) {
            throw new IllegalArgumentException("not a copy of the example: " + a.source());
        }
        Extraction copy = new Extraction(a, x.analysed(), x.entities(), x.events(), x.claims(), x.conflicts());
        return new ArticleGraph(
                a.source(), org.claimgraph.map.Iris.graph(a.contentHash()), MAPPER.graph(copy), a.url());
    }

    /** An extractor answering copies of the example without NLP. */
    public static Function<Article, ArticleGraph> extractor() {
        return CorpusFixtures::graph;
    }

    /** Writes articles as files with front matter into {@code dir}, and their graphs into the extraction cache. */
    public static void write(Path dir, Path cache, List<Article> articles) {
        try {
            Files.createDirectories(dir);
            for (Article a : articles) {
                StringBuilder b = new StringBuilder("---\n");
                a.published().ifPresent(d -> b.append("published: ").append(d).append('\n'));
                a.url().ifPresent(u -> b.append("url: ").append(u).append('\n'));
                a.title().ifPresent(t -> b.append("title: ").append(t).append('\n'));
                b.append("---\n").append(a.text());
                Path file = dir.resolve(a.source());
                Files.writeString(file, b.toString());
                Article asRead = new Article(file.toString(), a.text(), a.published(), a.url(), a.title());
                ExtractionCache.put(cache, asRead, graph(asRead).graph());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every quad of a dataset as sorted N-Quads lines: equal sets mean equal stores. The bundled Wikidata extract
     * has blank nodes, whose labels differ from one JVM to the next: it counts as one line with its size.
     */
    public static Set<String> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new TreeSet<>();
            out.add("wikidata extract: "
                    + dsg.getGraph(org.claimgraph.map.Iris.WIKIDATA_GRAPH).size() + " triples");
            var it = dsg.find();
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.getGraph().equals(org.claimgraph.map.Iris.WIKIDATA_GRAPH)) {
                    continue;
                }
                out.add(NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                        + NodeFmtLib.strNT(q.getObject()) + " " + NodeFmtLib.strNT(q.getGraph()) + " .");
            }
            return out;
        });
    }

    /** A graph as sorted N-Triples lines. */
    public static List<String> sorted(org.apache.jena.graph.Graph g) {
        return g.find().mapWith(NodeFmtLib::strNT).toList().stream().sorted().toList();
    }

    /** The article graphs of a dataset with their sizes. */
    public static java.util.Map<Node, Long> articleGraphSizes(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            java.util.Map<Node, Long> out = new java.util.TreeMap<>(java.util.Comparator.comparing(Node::getURI));
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (org.claimgraph.map.Iris.isArticleGraph(g)) {
                    out.put(g, (long) dsg.getGraph(g).size());
                }
            });
            return out;
        });
    }
}

package org.claimgraph.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL2;
import org.claimgraph.extract.EventIdentity;
import org.claimgraph.extract.Role;
import org.claimgraph.map.Iris;
import org.claimgraph.mention.Gazetteer;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.WD;

/**
 * Groups the reports of many articles into cross-article events by {@link EventIdentity}'s rules at corpus
 * scope. Reports are first blocked by type, main actors, content, office and polarity (only reports in one
 * block can be the same event, so that the pairwise rules run on small groups), then joined into connected
 * components of the "same event" relation. Only reports whose main actors are all linked to Wikidata take part.
 */
/*package*/ final class EventClusters {
    private final DatasetGraph dsg;
    private final EventIdentity identity;
    private final Gazetteer gazetteer;
    private final Map<Node, Boolean> linked = new HashMap<>();
    private final Map<Node, Set<Node>> partOf = new HashMap<>();

    EventClusters(DatasetGraph dsg, EventIdentity identity, Gazetteer gazetteer) {
        this.dsg = dsg;
        this.identity = identity;
        this.gazetteer = gazetteer;
    }

    /** The clusters reported by two or more articles, each sorted by event IRI, in a stable order. */
    List<List<ArticleReport>> clusters(List<ArticleReport> reports) {
        Map<String, List<ArticleReport>> blocks = new TreeMap<>();
        for (ArticleReport r : reports) {
            blockKey(r)
                    .ifPresent(k ->
                            blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(r));
        }
        List<List<ArticleReport>> out = new ArrayList<>();
        for (List<ArticleReport> block : blocks.values()) {
            if (articles(block) < 2) {
                continue;
            }
            block.sort(Comparator.comparing(r -> r.event().getURI()));
            for (List<ArticleReport> cluster : components(block)) {
                if (articles(cluster) >= 2) {
                    out.add(cluster);
                }
            }
        }
        return out;
    }

    /** The main actor role of a report. */
    Optional<Role> mainRole(ArticleReport r) {
        return identity.mainRole(r.facts());
    }

    private static long articles(List<ArticleReport> reports) {
        return reports.stream().map(ArticleReport::graph).distinct().count();
    }

    /** Reports in one block may be the same event; others never are. Empty for reports never merged. */
    /*package*/ Optional<String> blockKey(ArticleReport r) {
        Optional<Role> role = mainRole(r);
        if (role.isEmpty() || r.claims().isEmpty()) {
            return Optional.empty();
        }
        Set<Node> actors = r.facts().role(role.get());
        if (!actors.stream().allMatch(this::isLinked)) {
            return Optional.empty();
        }
        StringBuilder key = new StringBuilder(r.kind().getURI()).append('|').append(role.get());
        actors.forEach(a -> key.append('|').append(a.getURI()));
        r.facts().content().ifPresent(c -> key.append("|content=").append(c));
        r.facts().office().ifPresent(o -> key.append("|office=").append(o));
        key.append(r.facts().negated() ? "|negated" : "|positive");
        return Optional.of(key.toString());
    }

    /**
     * Connected components of the "same event" relation, each in block order, in order of first member.
     *
     * <p>Reports with equal facts are compared once, not pairwise: {@link EventIdentity#same} looks at the facts
     * only (and at {@link #within}, which depends on the places alone), and is symmetric, so two reports with
     * equal facts relate to every other report alike. Copies of one article (a wire story run by many outlets,
     * or the benchmark's cloned corpus) put thousands of equal reports in a block: compared pair by pair that is
     * millions of comparisons per block, and the pass did not finish on 100,000 articles. Over the distinct facts
     * of a block, the components are those of {@link #pairwiseComponents}: a class of equal reports joined to
     * another class is wholly joined to it (every member is the same event as every member of the other); a
     * class joined to none is one component when its facts are the same event as themselves, and otherwise
     * each member is its own (an undated visit is not the same event as an equal undated visit).
     */
    /*package*/ List<List<ArticleReport>> components(List<ArticleReport> block) {
        int n = block.size();
        Map<EventIdentity.Report<Node>, Integer> classOf = new HashMap<>();
        List<EventIdentity.Report<Node>> classes = new ArrayList<>();
        int[] cls = new int[n];
        for (int i = 0; i < n; i++) {
            EventIdentity.Report<Node> facts = block.get(i).facts();
            Integer c = classOf.get(facts);
            if (c == null) {
                c = classes.size();
                classOf.put(facts, c);
                classes.add(facts);
            }
            cls[i] = c;
        }
        int k = classes.size();
        int[] members = new int[k];
        for (int c : cls) {
            members[c]++;
        }
        int[] parent = new int[k];
        for (int c = 0; c < k; c++) {
            parent[c] = c;
        }
        for (int c = 0; c < k; c++) {
            for (int d = c + 1; d < k; d++) {
                if (find(parent, c) != find(parent, d) && same(classes.get(c), classes.get(d))) {
                    parent[find(parent, d)] = find(parent, c);
                }
            }
        }
        int[] classesIn = new int[k];
        for (int c = 0; c < k; c++) {
            classesIn[find(parent, c)]++;
        }
        // Whole: the class's members are all in one component, with those of the classes joined to it.
        boolean[] whole = new boolean[k];
        for (int c = 0; c < k; c++) {
            whole[c] = classesIn[find(parent, c)] > 1 || (members[c] > 1 && same(classes.get(c), classes.get(c)));
        }
        Map<Integer, List<ArticleReport>> byComponent = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int c = cls[i];
            // Components of classes keyed 0..k-1; a report that is its own component keyed k + its index.
            int key = whole[c] ? find(parent, c) : k + i;
            byComponent.computeIfAbsent(key, x -> new ArrayList<>()).add(block.get(i));
        }
        return new ArrayList<>(byComponent.values());
    }

    private boolean same(EventIdentity.Report<Node> a, EventIdentity.Report<Node> b) {
        return identity.same(a, b, this::within, EventIdentity.Scope.CORPUS);
    }

    /**
     * The same components by comparing every pair of reports: what {@link #components} must equal, kept for the
     * test that checks it.
     */
    /*package*/ List<List<ArticleReport>> pairwiseComponents(List<ArticleReport> block) {
        int n = block.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (find(parent, i) != find(parent, j)
                        && same(block.get(i).facts(), block.get(j).facts())) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        Map<Integer, List<ArticleReport>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(block.get(i));
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private boolean isLinked(Node entity) {
        return linked.computeIfAbsent(entity, e -> {
            var it = dsg.find(Node.ANY, e, OWL2.sameAs.asNode(), Node.ANY);
            try {
                while (it.hasNext()) {
                    Node o = it.next().getObject();
                    if (o.isURI() && o.getURI().startsWith(WD.ENTITY)) {
                        return true;
                    }
                }
                return false;
            } finally {
                Iter.close(it);
            }
        });
    }

    /**
     * True when place {@code inner} lies in {@code outer}: as the article graphs say ({@code cg:partOf}, written
     * when both places are in one article), or as the gazetteer says ({@link Gazetteer#placesContaining}), which
     * links a report of "Kyiv" in one article with one of "Ukraine" in another.
     */
    private boolean within(Node inner, Node outer) {
        return partOf.computeIfAbsent(inner, p -> {
                    Set<Node> out = new LinkedHashSet<>();
                    dsg.find(Node.ANY, p, CG.partOf.asNode(), Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
                    Iris.entityKey(p)
                            .ifPresent(key -> gazetteer.placesContaining(key).stream()
                                    .map(gazetteer::entity)
                                    .flatMap(Optional::stream)
                                    .forEach(c -> out.add(Iris.entity(c))));
                    return out;
                })
                .contains(outer);
    }
}

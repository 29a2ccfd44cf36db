package org.claimgraph.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL2;
import org.claimgraph.TestSupport;
import org.claimgraph.analyze.AnalyzedText;
import org.claimgraph.analyze.CoreNlpAnalyzer;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleOverrides;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.mention.Mention;
import org.claimgraph.mention.MentionFinder;
import org.claimgraph.mention.Mentions;
import org.claimgraph.store.KnowledgeStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Link accuracy on the project's test articles, against hand-written labels
 * ({@code src/test/resources/linking/labelled-mentions.tsv}): every whole-word occurrence of a labelled surface is
 * judged by the mentions claimgraph finds over at least half of it. A mention linked to another id than the label's, or linked at
 * all where the label says {@code none}, is a wrong link, and any wrong link fails the test. The figures are
 * printed: accuracy over all occurrences, and precision and recall of the links.
 */
class LinkAccuracyTest {
    private static final Path ARTICLES = Path.of("src", "test", "resources", "gold", "dev");
    private static final Path LABELS = Path.of("src", "test", "resources", "linking", "labelled-mentions.tsv");
    private static final String WD = "http://www.wikidata.org/entity/";

    /** One labelled occurrence and what claimgraph did with it. */
    private record Judged(
            String article,
            String surface,
            String type,
            int begin,
            String expected,
            Optional<String> got,
            boolean wrong) {}

    /** A label: the entity type is the labeller's reading (Person, Country, Place, Event …), for the figures by type. */
    private record Label(String article, String surface, String expected, String type) {}

    private static final List<Judged> judged = new ArrayList<>();
    private static final Map<String, Article> articles = new LinkedHashMap<>();

    @BeforeAll
    static void judgeEveryLabelledOccurrence() throws IOException {
        Map<String, List<Label>> labels = new LinkedHashMap<>();
        for (String line : Files.readAllLines(LABELS)) {
            if (line.startsWith("#") || line.startsWith("article\t") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            labels.computeIfAbsent(c[0], k -> new ArrayList<>()).add(new Label(c[0], c[1], c[2], c[3]));
        }
        for (Map.Entry<String, List<Label>> e : labels.entrySet()) {
            Article article = ArticleReader.defaults()
                    .read(ARTICLES.resolve(e.getKey()).resolve("article.txt"), ArticleOverrides.NONE);
            articles.put(e.getKey(), article);
            AnalyzedText analysed = CoreNlpAnalyzer.shared().analyze(article.text(), article.published());
            Optional<AnalyzedText> title = article.title()
                    .filter(t -> !t.isBlank())
                    .map(t -> CoreNlpAnalyzer.shared().analyze(t, article.published()));
            Mentions mentions = MentionFinder.bundled().find(analysed, title);
            judge(e.getKey(), article.text(), e.getValue(), mentions);
        }
    }

    private static void judge(String name, String text, List<Label> labels, Mentions mentions) {
        Map<Label, List<int[]>> spans = new HashMap<>();
        for (Label l : labels) {
            spans.put(l, occurrences(text, l.surface()));
        }
        for (Label l : labels) {
            for (int[] span : spans.get(l)) {
                boolean insideLonger = labels.stream()
                        .anyMatch(o -> o != l
                                && o.surface().length() > l.surface().length()
                                && spans.get(o).stream().anyMatch(s -> s[0] <= span[0] && span[1] <= s[1]));
                if (insideLonger) {
                    continue;
                }
                Set<String> ids = new TreeSet<>();
                for (Mention m : mentions.all()) {
                    int overlap = Math.min(m.end(), span[1]) - Math.max(m.begin(), span[0]);
                    // A mention of a part ("Ukraine" in "Ukraine Security Assistance Initiative") names something else.
                    if (overlap > 0 && 2 * overlap >= span[1] - span[0]) {
                        m.entity().wikidata().ifPresent(ids::add);
                    }
                }
                boolean wrong = ids.stream().anyMatch(q -> !q.equals(l.expected()));
                Optional<String> got = ids.contains(l.expected())
                        ? Optional.of(l.expected())
                        : ids.stream().findFirst();
                judged.add(new Judged(name, l.surface(), l.type(), span[0], l.expected(), got, wrong));
            }
        }
    }

    /** Whole-word occurrences of {@code surface} in {@code text}. */
    private static List<int[]> occurrences(String text, String surface) {
        List<int[]> out = new ArrayList<>();
        for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
            int end = i + surface.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                out.add(new int[] {i, end});
            }
        }
        return out;
    }

    @Test
    void noMentionIsLinkedToAWrongItem() {
        long total = judged.size();
        long right = judged.stream()
                .filter(j -> !j.wrong()
                        && (j.expected().equals("none")
                                ? j.got().isEmpty()
                                : j.got().equals(Optional.of(j.expected()))))
                .count();
        long linked = judged.stream().filter(j -> j.got().isPresent()).count();
        long rightLinks =
                judged.stream().filter(j -> !j.wrong() && j.got().isPresent()).count();
        long shouldLink =
                judged.stream().filter(j -> !j.expected().equals("none")).count();
        List<String> wrong = judged.stream()
                .filter(Judged::wrong)
                .map(j -> j.article() + " @" + j.begin() + " '" + j.surface() + "': expected " + j.expected() + ", got "
                        + j.got().orElse("-"))
                .toList();
        List<String> missed = judged.stream()
                .filter(j -> !j.expected().equals("none") && j.got().isEmpty())
                .map(j -> j.article() + " @" + j.begin() + " '" + j.surface() + "' (" + j.expected() + ")")
                .toList();
        System.out.printf(
                "Link accuracy on %d labelled occurrences in %d articles: %d right (%.1f%%); %d links made, "
                        + "%d right (precision %.1f%%); %d of %d linkable occurrences linked right (recall %.1f%%); %d wrong%n",
                total,
                articles.size(),
                right,
                100.0 * right / total,
                linked,
                rightLinks,
                linked == 0 ? 100.0 : 100.0 * rightLinks / linked,
                rightLinks,
                shouldLink,
                100.0 * rightLinks / shouldLink,
                wrong.size());
        System.out.println("Missed (not linked): " + missed);
        printByType();
        assertTrue(total >= 150, "labelled occurrences: " + total);
        assertEquals(List.of(), wrong, "wrong links");
    }

    /** The types a label may give: the ontology's entity classes and the kinds of name it has no class for. */
    private static final Set<String> TYPES =
            Set.of("Person", "Country", "City", "Place", "Organization", "Alliance", "Equipment", "Event", "Programme");

    @Test
    void everyLabelHasAKnownType() {
        List<String> bad = judged.stream()
                .filter(j -> !TYPES.contains(j.type()))
                .map(j -> j.article() + " '" + j.surface() + "': " + j.type())
                .distinct()
                .toList();
        assertEquals(List.of(), bad);
    }

    /** Accuracy, precision and recall of the links for each type of entity, as the README reports them. */
    private static void printByType() {
        Map<String, List<Judged>> byType = new java.util.TreeMap<>();
        judged.forEach(
                j -> byType.computeIfAbsent(j.type(), k -> new ArrayList<>()).add(j));
        System.out.println("| type | occurrences | right | accuracy | links made | precision | linkable | recall |");
        for (Map.Entry<String, List<Judged>> e : byType.entrySet()) {
            List<Judged> js = e.getValue();
            long right = js.stream()
                    .filter(j -> !j.wrong()
                            && (j.expected().equals("none")
                                    ? j.got().isEmpty()
                                    : j.got().equals(Optional.of(j.expected()))))
                    .count();
            long linked = js.stream().filter(j -> j.got().isPresent()).count();
            long rightLinks =
                    js.stream().filter(j -> !j.wrong() && j.got().isPresent()).count();
            long linkable =
                    js.stream().filter(j -> !j.expected().equals("none")).count();
            System.out.printf(
                    "| %s | %d | %d | %.1f%% | %d | %s | %d | %s |%n",
                    e.getKey(),
                    js.size(),
                    right,
                    100.0 * right / js.size(),
                    linked,
                    linked == 0 ? "-" : String.format("%.1f%%", 100.0 * rightLinks / linked),
                    linkable,
                    linkable == 0 ? "-" : String.format("%.1f%%", 100.0 * rightLinks / linkable));
        }
    }

    @Test
    void noTwoEntitiesOfTheTestArticlesShareAWikidataId() {
        List<ArticleGraph> graphs = new ArrayList<>();
        for (Article a : articles.values()) {
            graphs.add(TestSupport.pipeline().process(a));
        }
        graphs.add(TestSupport.exampleGraph());
        try (KnowledgeStore store = TestSupport.storeWith(graphs.toArray(ArticleGraph[]::new))) {
            Map<String, Set<String>> byId = store.read(() -> {
                Map<String, Set<String>> out = new HashMap<>();
                store.dataset()
                        .find(Node.ANY, Node.ANY, OWL2.sameAs.asNode(), Node.ANY)
                        .forEachRemaining(q -> out.computeIfAbsent(q.getObject().getURI(), k -> new TreeSet<>())
                                .add(q.getSubject().getURI()));
                return out;
            });
            assertTrue(byId.size() > 20, "linked ids: " + byId.size());
            byId.forEach((id, entities) -> assertEquals(1, entities.size(), id + " is shared by " + entities));
            assertTrue(byId.keySet().stream().allMatch(k -> k.startsWith(WD + "Q")));
        }
    }
}

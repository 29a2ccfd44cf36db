package org.claimgraph.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.extract.EventIdentity;
import org.claimgraph.extract.EventKind;
import org.claimgraph.extract.Role;
import org.claimgraph.extract.TimePoint;
import org.claimgraph.extract.TimeSpec;
import org.claimgraph.mention.Gazetteer;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.Test;

/**
 * {@link EventClusters#components}, which compares each distinct set of facts of a block once, gives the
 * components that comparing every pair of reports gives, also when a block holds thousands of equal reports.
 */
class EventClustersTest {
    private static final String ID = "https://w3id.org/claimgraph/id/";
    private static final Node VISITOR = entity("lloyd-austin");
    private static final Node KYIV = entity("kyiv");
    private static final Node UKRAINE = entity("ukraine");
    private static final Node PARIS = entity("paris");

    private static Node entity(String key) {
        return NodeFactory.createURI(ID + "entity/" + key);
    }

    private static EventClusters clusters() {
        // Kyiv lies in Ukraine, as an article graph says it.
        DatasetGraph dsg = DatasetGraphFactory.create();
        dsg.add(NodeFactory.createURI(ID + "graph/places"), KYIV, CG.partOf.asNode(), UKRAINE);
        return new EventClusters(dsg, EventIdentity.bundled(), Gazetteer.bundled());
    }

    private static TimeSpec day(String d) {
        return TimeSpec.on(TimePoint.day(LocalDate.parse(d)), d);
    }

    private static EventIdentity.Report<Node> visit(Node destination, TimeSpec time) {
        return new EventIdentity.Report<>(
                EventKind.Visit,
                Map.of(Role.visitor, Set.of(VISITOR), Role.destination, Set.of(destination)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                time,
                TimeSpec.NONE,
                false);
    }

    /** The kinds of facts a block of one visitor's visits holds, some the same event, some not, some undated. */
    private static List<EventIdentity.Report<Node>> variants() {
        return List.of(
                visit(KYIV, day("2023-02-20")),
                visit(UKRAINE, day("2023-02-20")), // the same visit: Kyiv is in Ukraine
                visit(KYIV, TimeSpec.on(TimePoint.month(2023, 2), "February")), // the same, less precise
                visit(PARIS, day("2023-02-20")), // another place: another visit
                visit(KYIV, day("2023-06-01")), // another day
                visit(KYIV, TimeSpec.NONE), // undated: never merged across articles
                visit(PARIS, TimeSpec.NONE),
                visit(PARIS, day("2023-06-01")));
    }

    private static ArticleReport report(int i, EventIdentity.Report<Node> facts) {
        return new ArticleReport(
                NodeFactory.createURI(ID + "graph/a" + i),
                NodeFactory.createURI(ID + "event/" + String.format("%06d", i)),
                CG.Visit.asNode(),
                List.of(NodeFactory.createURI(ID + "claim/" + i)),
                facts);
    }

    /** A block as {@link EventClusters#clusters} gives it: sorted by event IRI. */
    private static List<ArticleReport> block(List<ArticleReport> reports) {
        List<ArticleReport> out = new ArrayList<>(reports);
        out.sort(Comparator.comparing(r -> r.event().getURI()));
        return out;
    }

    @Test
    void theComponentsAreThoseOfComparingEveryPair() {
        EventClusters clusters = clusters();
        List<EventIdentity.Report<Node>> variants = variants();
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            // Some variants only, repeated at random, in a random order of event IRIs.
            List<EventIdentity.Report<Node>> some = new ArrayList<>();
            variants.forEach(v -> {
                if (random.nextInt(3) > 0) {
                    some.add(v);
                }
            });
            if (some.isEmpty()) {
                some.add(variants.get(0));
            }
            List<ArticleReport> reports = new ArrayList<>();
            int n = 1 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                reports.add(report(random.nextInt(1_000_000), some.get(random.nextInt(some.size()))));
            }
            List<ArticleReport> b = block(reports);
            assertEquals(clusters.pairwiseComponents(b), clusters.components(b), "round " + round + ": " + some);
        }
    }

    @Test
    void thousandsOfEqualReportsAreOneEventAndEqualUndatedOnesStayApart() {
        EventClusters clusters = clusters();
        List<ArticleReport> reports = new ArrayList<>();
        int i = 0;
        for (; i < 5000; i++) {
            reports.add(report(i, visit(KYIV, day("2023-02-20"))));
        }
        for (; i < 8000; i++) {
            reports.add(report(i, visit(PARIS, day("2023-06-01"))));
        }
        for (; i < 8003; i++) {
            reports.add(report(i, visit(KYIV, TimeSpec.NONE)));
        }
        reports.add(report(i, visit(UKRAINE, TimeSpec.on(TimePoint.month(2023, 2), "February"))));
        List<List<ArticleReport>> components = clusters.components(block(reports));

        assertEquals(1 + 1 + 3, components.size(), "Kyiv in February, Paris in June, three undated visits");
        assertEquals(5001, components.get(0).size(), "the 5,000 copies and the report of Ukraine in February");
        assertEquals(3000, components.get(1).size());
        for (int u = 2; u < 5; u++) {
            assertEquals(1, components.get(u).size());
            assertTrue(components.get(u).get(0).facts().time().isEmpty());
        }
        assertEquals(
                reports.get(0), components.get(0).get(0), "each component in block order, in order of first member");
    }
}

package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.corpus.CorpusIndex;
import org.claimgraph.map.Iris;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.Test;

/**
 * The explorer's query files: each parses once filled, names every role the ontology has, and answers what the
 * page needs from it: an entity's events latest first in batches, each event's roles read once, in its own graph.
 */
class ExplorerQueriesTest {
    private static final Path FOLDER = Path.of("src/main/resources", ExplorerQueries.FOLDER);
    private static final String ID = "https://w3id.org/claimgraph/id/";
    private static final Node HUB = NodeFactory.createURI(ID + "entity/hub");

    private static List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyTemplateParsesOnceFilledAndLeavesNoPlaceholder() throws IOException {
        List<String> names = names();
        assertTrue(names.contains(ExplorerQueries.GRAPH_ENTITY_EVENTS), names.toString());
        for (String name : names) {
            String text = ExplorerQueries.fill(
                    name, Map.of("focus", ExplorerQueries.term(HUB), "limit", "25", "offset", "50"));
            assertFalse(text.contains("{{"), name);
            Query q = QueryFactory.create(text);
            assertTrue(q.isSelectType(), name);
        }
    }

    @Test
    void aMissingValueIsAnError() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ExplorerQueries.fill(ExplorerQueries.GRAPH_ENTITY_EVENTS, Map.of("focus", "<x:y>")));
    }

    @Test
    void theTemplatesNameEveryRoleOfTheOntology() throws IOException {
        Set<String> roles = KnowledgeView.rolePropertyNodes().stream()
                .map(n -> "cg:" + n.getLocalName())
                .collect(Collectors.toCollection(TreeSet::new));
        Pattern values = Pattern.compile("VALUES \\?\\w*[rR]ole?\\w* \\{ ([^}]*) \\}|VALUES \\?r \\{ ([^}]*) \\}");
        for (String name : names()) {
            Matcher m = values.matcher(ExplorerQueries.template(name));
            int lists = 0;
            while (m.find()) {
                String list = m.group(1) != null ? m.group(1) : m.group(2);
                assertEquals(roles, new TreeSet<>(List.of(list.trim().split("\\s+"))), name + ": " + list);
                lists++;
            }
            assertTrue(lists > 0, name + " names the roles");
        }
    }

    @Test
    void theGraphViewSendsTheseFilesWithTheBatchTheBenchTimes() throws IOException {
        String js = Files.readString(Path.of("src/main/resources/webapp/graph.js"));
        for (String name : List.of(
                ExplorerQueries.GRAPH_ENTITY_COUNT,
                ExplorerQueries.GRAPH_ENTITY_EVENTS,
                ExplorerQueries.GRAPH_EVENT_COUNT,
                ExplorerQueries.GRAPH_EVENT_PARTICIPANTS)) {
            assertTrue(js.contains("'" + name + "'"), "graph.js runs " + name);
        }
        assertTrue(js.contains("const CAP = 25;"), "the batch the benchmark times (InteractiveLoad.GRAPH_BATCH)");
        // The per-row most-specific-type filter was the slow part: 31 s for one entity at 100,000 articles.
        assertFalse(js.contains("mostSpecificType"), "graph.js picks types on the client");
    }

    @Test
    void theTimelineSendsItsFilesAPageAtATime() throws IOException {
        String js = Files.readString(Path.of("src/main/resources/webapp/timeline.js"));
        for (String name : List.of(ExplorerQueries.TIMELINE_ENTITY, ExplorerQueries.TIMELINE_ALL)) {
            assertTrue(js.contains("'" + name + "'"), "timeline.js runs " + name);
        }
        assertTrue(js.contains("const PAGE = 50;"), "the page the benchmark times (InteractiveLoad.TIMELINE_PAGE)");
    }

    @Test
    void aTimelinePageIsTheLatestEventsWithTheirParticipants() {
        KnowledgeStore store = hubStore(30);
        // Event 29 is undated but has a lower bound: it sorts by it, as the page does.
        Txn.executeWrite(
                store.dataset(),
                () -> store.dataset()
                        .add(
                                graph(1),
                                NodeFactory.createURI(ID + "event/e029"),
                                CG.notBefore.asNode(),
                                NodeFactory.createLiteralDT("2020-01-20", XSDDatatype.XSDdate)));
        indexed(store);
        for (String name : List.of(ExplorerQueries.TIMELINE_ENTITY, ExplorerQueries.TIMELINE_ALL)) {
            List<Binding> rows = select(store, ExplorerQueries.page(name, HUB, 5, 0));
            Set<String> events = new LinkedHashSet<>();
            rows.forEach(b -> events.add(b.get("event").getURI()));
            assertEquals(
                    Set.of(
                            ID + "event/e028",
                            ID + "event/e027",
                            ID + "event/e026",
                            ID + "event/e025",
                            ID + "event/e024"),
                    new TreeSet<>(events),
                    name);
            // Each event's hub and other participant, once each (GRAPH-scoped), with its type.
            assertEquals(5 * 2 * 2, rows.size(), name + ": " + rows);
            assertEquals(
                    Set.of(CG.Event.asNode(), CG.Visit.asNode()),
                    rows.stream().map(b -> b.get("eventType")).collect(Collectors.toSet()),
                    name);
            List<Binding> later = select(store, ExplorerQueries.page(name, HUB, 100, 5));
            Set<String> rest = new LinkedHashSet<>();
            later.forEach(b -> rest.add(b.get("event").getURI()));
            assertEquals(25, rest.size(), name);
            List<Binding> e029 = later.stream()
                    .filter(b -> b.get("event").getURI().endsWith("e029"))
                    .toList();
            assertEquals("2020-01-20", e029.get(0).get("key").getLiteralLexicalForm(), "sorted by its bound");
        }
    }

    @Test
    void pagesFromTheIndexAreThoseOfSortingEveryEventIncludingCrossArticleOnes() {
        KnowledgeStore store = hubStore(30);
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, () -> {
            // Several events on one day, in a third graph, and a cross-article event.
            for (int i = 0; i < 4; i++) {
                Node event = NodeFactory.createURI(ID + "event/same" + i);
                dsg.add(graph(2), event, RDF.type.asNode(), CG.Event.asNode());
                dsg.add(graph(2), event, CG.participant.asNode(), HUB);
                dsg.add(
                        graph(2),
                        event,
                        CG.date.asNode(),
                        NodeFactory.createLiteralDT("2020-01-20", XSDDatatype.XSDdate));
            }
            Node merged = NodeFactory.createURI(ID + "event/merged");
            dsg.add(Iris.EVENTS_GRAPH, merged, RDF.type.asNode(), CG.Event.asNode());
            dsg.add(Iris.EVENTS_GRAPH, merged, CG.visitor.asNode(), HUB);
            dsg.add(
                    Iris.EVENTS_GRAPH,
                    merged,
                    CG.date.asNode(),
                    NodeFactory.createLiteralDT("2020-01", XSDDatatype.XSDgYearMonth));
        });
        indexed(store);
        String roles = KnowledgeView.rolePropertyNodes().stream()
                .map(n -> "<" + n.getURI() + ">")
                .collect(Collectors.joining(" "));
        // What the pages sent before there was an index: every event of the hub over the union graph, sorted.
        List<String> all = new ArrayList<>();
        select(
                        store,
                        "PREFIX cg: <" + CG.NS + "> SELECT ?event (MAX(COALESCE(STR(?d), STR(?nb), STR(?na))) AS ?key) "
                                + "WHERE { VALUES ?r { " + roles + " } ?event ?r <" + HUB.getURI() + "> . "
                                + "OPTIONAL { ?event cg:date ?d } OPTIONAL { ?event cg:notBefore ?nb } "
                                + "OPTIONAL { ?event cg:notAfter ?na } } GROUP BY ?event ORDER BY DESC(?key) ?event")
                .forEach(b -> all.add(b.get("event").getURI()));
        assertEquals(35, all.size());
        List<Binding> count = select(store, ExplorerQueries.about(ExplorerQueries.GRAPH_ENTITY_COUNT, HUB));
        assertEquals(35, ((Number) count.get(0).get("count").getLiteralValue()).intValue());
        for (String name : List.of(ExplorerQueries.TIMELINE_ENTITY, ExplorerQueries.GRAPH_ENTITY_EVENTS)) {
            for (int size : List.of(1, 3, 7)) {
                List<String> paged = new ArrayList<>();
                for (int offset = 0; offset < all.size() + size; offset += size) {
                    Set<String> page = new TreeSet<>();
                    select(store, ExplorerQueries.page(name, HUB, size, offset))
                            .forEach(b -> page.add(b.get("event").getURI()));
                    assertEquals(
                            new TreeSet<>(
                                    all.subList(Math.min(offset, all.size()), Math.min(offset + size, all.size()))),
                            page,
                            name + ", " + size + " from " + offset);
                    paged.addAll(page);
                }
                assertEquals(all.size(), paged.size(), name);
            }
        }
    }

    @Test
    void pagesOfADaySplitIntoPartsCoverItOnceLatestFirst() {
        KnowledgeStore store = hubStore(30);
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, () -> {
            // 300 events on one day: more than a bucket holds, so the day is split into parts.
            for (int i = 0; i < 300; i++) {
                Node event = NodeFactory.createURI(ID + "event/busy" + i);
                dsg.add(graph(3), event, RDF.type.asNode(), CG.Event.asNode());
                dsg.add(graph(3), event, CG.participant.asNode(), HUB);
                dsg.add(
                        graph(3),
                        event,
                        CG.date.asNode(),
                        NodeFactory.createLiteralDT("2020-01-10", XSDDatatype.XSDdate));
            }
        });
        indexed(store);
        for (String name : List.of(ExplorerQueries.TIMELINE_ENTITY, ExplorerQueries.GRAPH_ENTITY_EVENTS)) {
            List<String> seen = new ArrayList<>();
            String last = "9999";
            for (int offset = 0; offset < 330; offset += 40) {
                Map<String, String> keys = new java.util.TreeMap<>();
                for (Binding b : select(store, ExplorerQueries.page(name, HUB, 40, offset))) {
                    Node d = b.get(name.equals(ExplorerQueries.TIMELINE_ENTITY) ? "key" : "date");
                    keys.put(b.get("event").getURI(), d == null ? "" : d.getLiteralLexicalForm());
                }
                assertEquals(Math.min(40, 330 - offset), keys.size(), name + " from " + offset);
                String newest = keys.values().stream().max(String::compareTo).orElse("");
                assertTrue(newest.compareTo(last) <= 0, name + ": a page is not newer than the one before");
                last = keys.values().stream().min(String::compareTo).orElse("");
                seen.addAll(keys.keySet());
            }
            assertEquals(330, seen.size(), name);
            assertEquals(330, Set.copyOf(seen).size(), name + ": each event on one page only");
        }
    }

    /** Article graph {@code i} of the hub store. */
    private static Node graph(int i) {
        return Iris.graph(Integer.toString(i).repeat(64));
    }

    /** The store with its index computed, as a build leaves it: the pages' queries read it. */
    private static KnowledgeStore indexed(KnowledgeStore store) {
        store.replaceDerivedGraph(Iris.INDEX_GRAPH, CorpusIndex::compute, g -> g);
        return store;
    }

    /** Hub in {@code n} events; event i in graph i % 2, dated 2020-01-01 + i days except every tenth. */
    private static KnowledgeStore hubStore(int n) {
        KnowledgeStore store = KnowledgeStore.inMemory();
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < n; i++) {
                Node g = graph(i % 2);
                Node event = NodeFactory.createURI(ID + "event/e" + String.format("%03d", i));
                Node other = NodeFactory.createURI(ID + "entity/other" + i);
                // The hub's label and types are in both graphs: read over the union, they would come twice.
                dsg.add(g, HUB, RDFS.label.asNode(), NodeFactory.createLiteralString("Hub"));
                dsg.add(g, HUB, RDF.type.asNode(), CG.Person.asNode());
                dsg.add(g, HUB, RDF.type.asNode(), CG.Actor.asNode());
                dsg.add(g, event, RDF.type.asNode(), CG.Event.asNode());
                dsg.add(g, event, RDF.type.asNode(), CG.Visit.asNode());
                dsg.add(g, event, CG.visitor.asNode(), HUB);
                dsg.add(g, event, CG.destination.asNode(), other);
                dsg.add(g, other, RDFS.label.asNode(), NodeFactory.createLiteralString("Other " + i));
                if (i % 10 != 9) {
                    dsg.add(
                            g,
                            event,
                            CG.date.asNode(),
                            NodeFactory.createLiteralDT(
                                    LocalDate.of(2020, 1, 1).plusDays(i).toString(), XSDDatatype.XSDdate));
                }
            }
        });
        return store;
    }

    private static List<Binding> select(KnowledgeStore store, String query) {
        List<Binding> out = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query(query).build()) {
                qe.select().forEachRemaining(out::add);
            }
        });
        return out;
    }

    @Test
    void anEntitysEventsComeLatestFirstInBatchesEachRowOnce() {
        KnowledgeStore store = indexed(hubStore(30));
        List<Binding> count = select(store, ExplorerQueries.about(ExplorerQueries.GRAPH_ENTITY_COUNT, HUB));
        assertEquals(30, ((Number) count.get(0).get("count").getLiteralValue()).intValue());

        List<Binding> first = select(store, ExplorerQueries.page(ExplorerQueries.GRAPH_ENTITY_EVENTS, HUB, 25, 0));
        Set<String> events = new LinkedHashSet<>();
        first.forEach(b -> events.add(b.get("event").getURI()));
        // The 27 dated events (all but 9, 19, 29) are first, latest first: the batch is 28 down to 2, less 9 and 19.
        Set<String> expected = new TreeSet<>();
        for (int i = 28; expected.size() < 25; i--) {
            if (i % 10 != 9) {
                expected.add(ID + "event/e" + String.format("%03d", i));
            }
        }
        assertEquals(expected, new TreeSet<>(events));
        // GRAPH-scoped: one row per event, role, filler and type pair, not one per graph that repeats the hub.
        Map<String, Integer> rows = new HashMap<>();
        first.forEach(b -> rows.merge(
                b.get("event").getURI() + " " + b.get("eventType") + " " + b.get("role") + " " + b.get("entityType"),
                1,
                Integer::sum));
        assertTrue(rows.values().stream().allMatch(c -> c == 1), rows.toString());
        assertEquals(25 * 2 * (2 + 1), first.size(), "event: Event and Visit; hub: Person and Actor; other: none");

        List<Binding> rest = select(store, ExplorerQueries.page(ExplorerQueries.GRAPH_ENTITY_EVENTS, HUB, 25, 25));
        Set<String> later = new TreeSet<>();
        rest.forEach(b -> later.add(b.get("event").getURI()));
        assertEquals(
                Set.of(ID + "event/e000", ID + "event/e001", ID + "event/e009", ID + "event/e019", ID + "event/e029"),
                later,
                "the earliest dated, then the undated");
    }

    @Test
    void anEventsParticipantsComeByIriInBatches() {
        KnowledgeStore store = hubStore(3);
        Node event = NodeFactory.createURI(ID + "event/e001");
        List<Binding> count = select(store, ExplorerQueries.about(ExplorerQueries.GRAPH_EVENT_COUNT, event));
        assertEquals(2, ((Number) count.get(0).get("count").getLiteralValue()).intValue());
        List<Binding> page = select(store, ExplorerQueries.page(ExplorerQueries.GRAPH_EVENT_PARTICIPANTS, event, 1, 0));
        assertEquals(
                Set.of(HUB.getURI()),
                page.stream().map(b -> b.get("entity").getURI()).collect(Collectors.toSet()),
                "the first by IRI");
    }
}

package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.query.ExplorerQueries;
import org.claimgraph.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The graph view on a generated neighbourhood of 201 nodes, in headless Chromium: one entity (the hub) in 100
 * events, each with one other entity of its own (and, apart, a summit with 41 participants). Loading the hub's events 25 at a time through the "more…"
 * node grows the view to all 201 nodes; no two labels shown overlap, at the fitted zoom, zoomed in and on
 * hover; the filters hide exactly what they should; and the URL brings back the same view.
 */
class GraphViewBrowserIT {
    static final String ID = "https://w3id.org/claimgraph/id/";
    static final String CG = "https://w3id.org/claimgraph/ontology#";
    /** The generated article's graph: an article graph's name, so that the index counts it. */
    static final Node GENERATED = org.claimgraph.map.Iris.graph("a".repeat(64));

    static final String HUB = ID + "entity/generated-hub";
    static final String SUMMIT_HOST = ID + "entity/generated-summit-host";
    static final int SUMMIT_GUESTS = 40;
    static final int EVENTS = 100;
    static final int CAP = 25;
    static final String[] EVENT_TYPES = {"Visit", "Meeting", "Pledge", "Statement"};
    // Five entity types against four event types, so that no entity type goes with one event type only.
    static final String[] ENTITY_TYPES = {"Person", "Country", "Organization", "City", "Equipment"};

    private static ExplorerSession session;
    private static KnowledgeStore store;
    private static ClaimgraphServer server;
    private static HeadlessChromium chromium;
    private static ChromeDriver driver;
    private static Path screenshots;

    @BeforeAll
    static void start() throws IOException {
        KnowledgeStore generated = KnowledgeStore.inMemory();
        generated.load(List.of()); // the ontology: roles and types are found through it
        Txn.executeWrite(generated.dataset(), () -> generated.dataset().addGraph(GENERATED, hubGraph()));
        session = ExplorerSession.start(generated);
        chromium = session.chromium;
        driver = session.driver;
        store = session.store;
        server = session.server;
        screenshots = session.screenshots;
    }

    @AfterAll
    static void stop() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    /** Event {@code i}'s type. */
    static String eventType(int i) {
        return EVENT_TYPES[i % EVENT_TYPES.length];
    }

    /** Event {@code i}'s date; every tenth event has none. */
    static Optional<LocalDate> eventDate(int i) {
        return i % 10 == 9
                ? Optional.empty()
                : Optional.of(LocalDate.of(2020, 1, 1).plusDays(11L * i));
    }

    /** The hub, its events and their other participants, with long labels so that they would collide. */
    static Graph hubGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        Node type = RDF.type.asNode();
        Node label = RDFS.label.asNode();
        Node hub = uri(HUB);
        g.add(hub, type, uri(CG + "Entity"));
        g.add(hub, type, uri(CG + "Person"));
        g.add(hub, label, NodeFactory.createLiteralString("Generated Hub Person"));
        for (int i = 0; i < EVENTS; i++) {
            Node event = uri(ID + "event/generated-" + String.format("%03d", i));
            Node other = uri(ID + "entity/generated-" + String.format("%03d", i));
            String entityType = ENTITY_TYPES[i % ENTITY_TYPES.length];
            g.add(event, type, uri(CG + "Event"));
            g.add(event, type, uri(CG + eventType(i)));
            int n = i;
            eventDate(i)
                    .ifPresent(d -> g.add(
                            event, uri(CG + "date"), NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
            g.add(other, type, uri(CG + "Entity"));
            g.add(other, type, uri(CG + entityType));
            g.add(other, label, NodeFactory.createLiteralString("Generated " + entityType + " number " + n));
            String[] roles = switch (eventType(i)) {
                case "Visit" -> new String[] {"visitor", "destination"};
                case "Meeting" -> new String[] {"participant", "participant"};
                case "Pledge" -> new String[] {"donor", "recipient"};
                default -> new String[] {"speaker", "topic"};
            };
            g.add(event, uri(CG + roles[0]), hub);
            g.add(event, uri(CG + roles[1]), other);
        }
        // Apart from the hub: a summit of its host and more guests than one batch.
        Node host = uri(SUMMIT_HOST);
        Node summit = uri(ID + "event/generated-summit");
        g.add(host, type, uri(CG + "Entity"));
        g.add(host, type, uri(CG + "Country"));
        g.add(host, label, NodeFactory.createLiteralString("Generated Summit Host"));
        g.add(summit, type, uri(CG + "Event"));
        g.add(summit, type, uri(CG + "Meeting"));
        g.add(summit, uri(CG + "date"), NodeFactory.createLiteralDT("2019-06-01", XSDDatatype.XSDdate));
        g.add(summit, uri(CG + "participant"), host);
        for (int i = 0; i < SUMMIT_GUESTS; i++) {
            Node guest = uri(ID + "entity/generated-summit-guest-" + String.format("%02d", i));
            g.add(guest, type, uri(CG + "Entity"));
            g.add(guest, type, uri(CG + "Country"));
            g.add(guest, label, NodeFactory.createLiteralString("Generated Summit Guest " + i));
            g.add(summit, uri(CG + "participant"), guest);
        }
        return g;
    }

    private static JavascriptExecutor js() {
        return driver;
    }

    private static Object script(String code) {
        return js().executeScript(code);
    }

    private static long number(String code) {
        return ((Number) script("return " + code + ";")).longValue();
    }

    /** Opens the graph view and waits until it has drawn and placed its labels. */
    private static void open(String pathAndQuery) {
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(server.baseUrl() + pathAndQuery.replaceFirst("^/", ""));
        awaitReady();
    }

    private static void awaitReady() {
        new WebDriverWait(driver, HeadlessChromium.WAIT.multipliedBy(3)).until(d -> {
            String ready = d.findElement(By.id("graph-status")).getDomAttribute("data-ready");
            return "true".equals(ready);
        });
    }

    private static void screenshot(String name) throws IOException {
        Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The boxes of the labels a person sees, read from Cytoscape: nodes that are visible, with a non-empty label
     * drawn at a non-zero opacity; {id, x1, y1, x2, y2} in model coordinates.
     */
    @SuppressWarnings("unchecked")
    private static List<List<Object>> visibleLabelBoxes() {
        return (List<List<Object>>) script("const cy = window.claimgraphGraph.cy;\n"
                + "return cy.nodes().filter(n => n.visible() && Number(n.style('text-opacity')) > 0\n"
                + "    && String(n.style('label')).length > 0).map(n => {\n"
                + "  const b = n.boundingBox({ includeNodes: false, includeLabels: true });\n"
                + "  return [n.id(), b.x1, b.y1, b.x2, b.y2];\n"
                + "});");
    }

    private static double d(Object o) {
        return ((Number) o).doubleValue();
    }

    /** Asserts that no two boxes overlap; returns how many there are. */
    private static int assertNoOverlaps(List<List<Object>> boxes, String when) {
        for (int i = 0; i < boxes.size(); i++) {
            List<Object> a = boxes.get(i);
            assertTrue(d(a.get(3)) > d(a.get(1)) && d(a.get(4)) > d(a.get(2)), "a label box has an area: " + a);
            for (int j = i + 1; j < boxes.size(); j++) {
                List<Object> b = boxes.get(j);
                boolean overlap = d(a.get(1)) < d(b.get(3))
                        && d(b.get(1)) < d(a.get(3))
                        && d(a.get(2)) < d(b.get(4))
                        && d(b.get(2)) < d(a.get(4));
                assertFalse(overlap, when + ": the labels of " + a + " and " + b + " overlap");
            }
        }
        return boxes.size();
    }

    /** Clicks the "more…" node until the hub's events are all loaded; returns the number of clicks. */
    private static int loadAllThroughMore() {
        int clicks = 0;
        while (number("window.claimgraphGraph.cy.nodes('.more').length") > 0 && clicks < 10) {
            script("window.claimgraphGraph.cy.nodes('.more')[0].emit('tap');");
            awaitReady();
            clicks++;
        }
        return clicks;
    }

    @Test
    void expansionIsCappedAndTheMoreNodeLoadsTheRest() throws IOException {
        open("/graph.html?focus=" + URLEncoder.encode(HUB, StandardCharsets.UTF_8));
        assertEquals(CAP, number("window.claimgraphGraph.cy.nodes('.event').length"), "one batch of events");
        assertEquals(1, number("window.claimgraphGraph.cy.nodes('.more').length"));
        assertEquals(
                (EVENTS - CAP) + " more…", script("return window.claimgraphGraph.cy.nodes('.more')[0].data('label');"));
        // The first batch is the latest events: the hub's neighbours come in a stable order, latest first.
        assertEquals(
                eventDate(98).orElseThrow().toString(),
                script("return window.claimgraphGraph.cy.nodes('.event').map(n => n.data('date')).sort().pop();"));

        assertEquals(3, loadAllThroughMore(), "three more batches of 25");
        assertEquals(0, number("window.claimgraphGraph.cy.nodes('.more').length"), "nothing left to load");
        assertEquals(EVENTS, number("window.claimgraphGraph.cy.nodes('.event').length"));
        assertEquals(2 * EVENTS + 1, number("window.claimgraphGraph.cy.nodes('.entity, .event').length"));
        assertEquals(
                3,
                URI.create(driver.getCurrentUrl()).getRawQuery().split("&x=", -1).length - 1,
                "each batch is a step in the URL: " + driver.getCurrentUrl());
        assertEquals(
                "fcose",
                script("return typeof window.cytoscapeFcose === 'function' ? 'fcose' : 'none';"),
                "the fCoSE extension is loaded from the jar");
        assertEquals(List.of(), chromium.consoleErrors(), "no errors in the graph view");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theViewSendsTheQueryTextsTheBenchmarkTimes() {
        open("/graph.html?focus=" + URLEncoder.encode(HUB, StandardCharsets.UTF_8));
        // Every query body the page posts from now on.
        script("window.sentQueries = []; const send = window.fetch;"
                + " window.fetch = function (url, init) {"
                + "   if (init && init.body) { window.sentQueries.push(init.body); }"
                + "   return send.apply(this, arguments); };");
        script("window.claimgraphGraph.cy.nodes('.more')[0].emit('tap');");
        awaitReady();
        String event = ID + "event/generated-071";
        script("window.claimgraphGraph.cy.getElementById('" + event + "').emit('tap');");
        awaitReady();
        List<String> sent = (List<String>) script("return window.sentQueries;");
        Node hub = uri(HUB);
        assertEquals(
                List.of(
                        ExplorerQueries.page(ExplorerQueries.GRAPH_ENTITY_EVENTS, hub, CAP, CAP),
                        ExplorerQueries.about(ExplorerQueries.GRAPH_EVENT_COUNT, uri(event)),
                        ExplorerQueries.page(ExplorerQueries.GRAPH_EVENT_PARTICIPANTS, uri(event), CAP, 0)),
                sent,
                "the second batch of the hub's events, then the event's count and first batch, byte for byte");
        assertEquals(List.of(), chromium.consoleErrors(), "no errors in the graph view");
    }

    @Test
    void anEntitysEventBringsAtMostABatchOfItsParticipants() {
        open("/graph.html?focus=" + URLEncoder.encode(SUMMIT_HOST, StandardCharsets.UTF_8));
        assertEquals(1, number("window.claimgraphGraph.cy.nodes('.event').length"));
        assertEquals(CAP + 1, number("window.claimgraphGraph.cy.nodes('.entity').length"), "the host and 25 guests");
        assertEquals(0, number("window.claimgraphGraph.cy.nodes('.more').length"), "the host is in one event");
        // The summit itself, clicked: its participants in batches, the first one already on the screen.
        script("window.claimgraphGraph.cy.nodes('.event')[0].emit('tap');");
        awaitReady();
        assertEquals(CAP + 1, number("window.claimgraphGraph.cy.nodes('.entity').length"));
        assertEquals(
                (SUMMIT_GUESTS + 1 - CAP) + " more…",
                script("return window.claimgraphGraph.cy.nodes('.more')[0].data('label');"));
        script("window.claimgraphGraph.cy.nodes('.more')[0].emit('tap');");
        awaitReady();
        assertEquals(SUMMIT_GUESTS + 1, number("window.claimgraphGraph.cy.nodes('.entity').length"), "all guests");
        assertEquals(0, number("window.claimgraphGraph.cy.nodes('.more').length"));
        assertEquals(List.of(), chromium.consoleErrors(), "no errors in the graph view");
    }

    @Test
    void twoHundredNodesShowNoOverlappingLabelsAtAnyZoomNorOnHover() throws IOException {
        open("/graph.html?focus=" + URLEncoder.encode(HUB, StandardCharsets.UTF_8));
        loadAllThroughMore();
        assertEquals(2 * EVENTS + 1, number("window.claimgraphGraph.cy.nodes(':visible').length"));
        // The layout spreads the nodes: no two of them share a spot.
        assertEquals(
                "[]",
                script("const ns = window.claimgraphGraph.cy.nodes(); const close = [];"
                        + " for (let i = 0; i < ns.length; i++) for (let j = i + 1; j < ns.length; j++) {"
                        + " const a = ns[i].position(), b = ns[j].position();"
                        + " if (Math.hypot(a.x - b.x, a.y - b.y) < 10) close.push([ns[i].id(), a, ns[j].id(), b]); }"
                        + " return JSON.stringify(close);"),
                "nodes on top of each other");

        List<List<Object>> fitted = visibleLabelBoxes();
        int shown = assertNoOverlaps(fitted, "fitted");
        assertTrue(shown >= 10, "enough labels to read at the fitted zoom: " + shown);
        assertTrue(shown < 2 * EVENTS + 1, "labels that would collide are hidden: " + shown);
        assertTrue(fitted.stream().anyMatch(b -> b.get(0).equals(HUB)), "the focus's label is always shown");
        // Labels keep their size on the screen: about 11 px high, whatever the zoom.
        double height = d(script("const b = window.claimgraphGraph.cy.getElementById('" + HUB
                + "').renderedBoundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false,"
                + " includeUnderlays: false }); return b.h;"));
        assertTrue(height > 8 && height < 24, "a label's height on the screen: " + height);
        screenshot("graph-200-fitted");

        // Zoomed in around the focus, labels take less of the graph's room and more of them fit.
        script("const cy = window.claimgraphGraph.cy; cy.zoom({ level: cy.zoom() * 4,"
                + " position: cy.getElementById('" + HUB + "').position() });");
        awaitReady();
        int zoomedIn = assertNoOverlaps(visibleLabelBoxes(), "zoomed in");
        assertTrue(zoomedIn > shown, "zooming in shows more labels: " + shown + " then " + zoomedIn);
        screenshot("graph-200-zoomed");

        // Pointing at a node whose label is hidden shows its label, and the others still make room for it.
        script("const cy = window.claimgraphGraph.cy; cy.fit(undefined, 30);");
        awaitReady();
        String hidden = (String) script("const n = window.claimgraphGraph.cy.nodes('.event').filter(n => "
                + "!n.hasClass('label-on'))[0]; n.emit('mouseover'); return n.id();");
        List<List<Object>> hovering = visibleLabelBoxes();
        assertTrue(hovering.stream().anyMatch(b -> b.get(0).equals(hidden)), "the hovered node's label shows");
        assertNoOverlaps(hovering, "on hover");
        assertTrue(
                number("window.claimgraphGraph.cy.getElementById('" + hidden + "').connectedEdges('.role-on').length")
                        > 0,
                "the hovered node's roles show on its edges");
        script("window.claimgraphGraph.cy.getElementById('" + hidden + "').emit('mouseout');");
        assertEquals(List.of(), chromium.consoleErrors(), "no errors in the graph view");
    }

    /** Per event node: {id, type, date, visible}. */
    @SuppressWarnings("unchecked")
    private static List<List<Object>> events() {
        return (List<List<Object>>) script("return window.claimgraphGraph.cy.nodes('.event').map(n => "
                + "[n.id(), n.data('type'), n.data('date'), n.visible()]);");
    }

    private static void setDate(String id, String value) {
        script("const i = document.getElementById('" + id + "'); i.value = '" + value + "';"
                + " i.dispatchEvent(new Event('change'));");
    }

    @Test
    void filtersHideEntityTypesEventTypesAndDatesOutsideTheRange() throws IOException {
        open("/graph.html?focus=" + URLEncoder.encode(HUB, StandardCharsets.UTF_8));
        loadAllThroughMore();
        driver.findElement(By.cssSelector("#filter-entity-types input[value=Country]"))
                .click();
        awaitReady();
        assertEquals(
                0,
                number("window.claimgraphGraph.cy.nodes('.entity').filter(n => n.data('type') === 'Country'"
                        + " && n.visible()).length"),
                "no country is visible");
        assertEquals(
                EVENTS - EVENTS / ENTITY_TYPES.length,
                number("window.claimgraphGraph.cy.nodes('.entity').filter(n => n.data('type') !== 'Country'"
                        + " && n.id() !== '" + HUB + "' && n.visible()).length"),
                "the other entities are: all but the countries and the hub");
        assertEquals(EVENTS, events().stream().filter(e -> (Boolean) e.get(3)).count(), "the events stay");

        driver.findElement(By.cssSelector("#filter-event-types input[value=Visit]"))
                .click();
        setDate("filter-from", "2020-06-01");
        setDate("filter-to", "2021-12-31");
        awaitReady();
        int visible = 0;
        for (List<Object> e : events()) {
            String date = (String) e.get(2);
            boolean expected = !e.get(1).equals("Visit")
                    && !date.isEmpty()
                    && date.compareTo("2020-06-01") >= 0
                    && date.compareTo("2021-12-31") <= 0;
            assertEquals(expected, e.get(3), "event " + e);
            visible += expected ? 1 : 0;
        }
        assertTrue(visible > 5 && visible < EVENTS / 2, "some events pass, many do not: " + visible);
        assertEquals(
                0,
                number("window.claimgraphGraph.cy.nodes('.entity').filter(n => n.visible() && n.id() !== '" + HUB
                        + "' && n.connectedEdges(':visible').empty()).length"),
                "an entity whose events are all hidden is hidden too");
        assertTrue(
                number("window.claimgraphGraph.cy.getElementById('" + HUB + "').visible() ? 1 : 0") == 1,
                "the focus stays");
        assertEquals(
                0,
                number("window.claimgraphGraph.cy.edges().filter(e => e.visible()"
                        + " && !(e.source().visible() && e.target().visible())).length"),
                "no edge hangs in the air");
        assertEquals(
                0,
                number("window.claimgraphGraph.cy.nodes('.label-on').filter(n => !n.visible()).length"),
                "a filtered node shows no label");
        assertNoOverlaps(visibleLabelBoxes(), "filtered");
        String query = URLDecoder.decode(URI.create(driver.getCurrentUrl()).getRawQuery(), StandardCharsets.UTF_8);
        for (String p : List.of("hide=Country", "hideEvent=Visit", "from=2020-06-01", "to=2021-12-31")) {
            assertTrue(query.contains(p), p + " in " + query);
        }
        screenshot("graph-filtered");
        assertEquals(List.of(), chromium.consoleErrors(), "no errors in the graph view");
    }

    /** Everything a view is: its nodes, where they are, which are filtered out, zoom and pan. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> viewState() {
        Map<String, Object> state = new HashMap<>();
        Map<String, Object> js = (Map<String, Object>) script("const cy = window.claimgraphGraph.cy; return {"
                + " positions: Object.fromEntries(cy.nodes().map(n => [n.id(), [n.position('x'), n.position('y')]])),"
                + " hidden: cy.nodes().filter(n => !n.visible()).map(n => n.id()),"
                + " zoom: cy.zoom(), pan: [cy.pan().x, cy.pan().y],"
                + " unchecked: Array.from(document.querySelectorAll('.filters input[type=checkbox]'))"
                + "   .filter(i => !i.checked).map(i => i.value),"
                + " from: document.getElementById('filter-from').value };");
        state.putAll(js);
        return state;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theUrlBringsBackTheSameView() throws IOException {
        open("/graph.html?focus=" + URLEncoder.encode(HUB, StandardCharsets.UTF_8));
        script("window.claimgraphGraph.cy.nodes('.more')[0].emit('tap');");
        awaitReady();
        // Expand one of the new entities and one event too: steps of other nodes than the focus.
        script("window.claimgraphGraph.cy.getElementById('" + ID + "entity/generated-070').emit('tap');");
        awaitReady();
        script("window.claimgraphGraph.cy.getElementById('" + ID + "event/generated-071').emit('tap');");
        awaitReady();
        driver.findElement(By.cssSelector("#filter-entity-types input[value=City]"))
                .click();
        setDate("filter-from", "2021-01-01");
        script("const cy = window.claimgraphGraph.cy; cy.zoom({ level: cy.zoom() * 2.5,"
                + " position: cy.getElementById('" + HUB + "').position() }); cy.panBy({ x: 40, y: -25 });");
        awaitReady();
        Map<String, Object> before = viewState();
        String url = driver.getCurrentUrl();
        assertTrue(url.contains("view="), "the zoom is in the URL: " + url);

        driver.get("about:blank");
        driver.get(url);
        awaitReady();
        Map<String, Object> after = viewState();

        Map<String, List<Number>> p1 = (Map<String, List<Number>>) before.get("positions");
        Map<String, List<Number>> p2 = (Map<String, List<Number>>) after.get("positions");
        assertEquals(new TreeSet<>(p1.keySet()), new TreeSet<>(p2.keySet()), "the same nodes");
        assertTrue(p1.size() > 2 * CAP * 2, "the second batch is there: " + p1.size());
        List<String> moved = new ArrayList<>();
        p1.forEach((id, xy) -> {
            List<Number> other = p2.get(id);
            if (Math.hypot(d(xy.get(0)) - d(other.get(0)), d(xy.get(1)) - d(other.get(1))) > 1) {
                moved.add(id);
            }
        });
        assertEquals(List.of(), moved, "every node where it was");
        assertEquals(
                Set.copyOf((List<String>) before.get("hidden")),
                Set.copyOf((List<String>) after.get("hidden")),
                "the same nodes filtered out");
        assertFalse(((List<String>) after.get("hidden")).isEmpty());
        assertEquals(before.get("unchecked"), after.get("unchecked"));
        assertEquals("2021-01-01", after.get("from"));
        assertEquals(d(before.get("zoom")), d(after.get("zoom")), 1e-3, "the zoom");
        List<Number> pan1 = (List<Number>) before.get("pan");
        List<Number> pan2 = (List<Number>) after.get("pan");
        assertEquals(d(pan1.get(0)), d(pan2.get(0)), 0.5, "the pan");
        assertEquals(d(pan1.get(1)), d(pan2.get(1)), 0.5, "the pan");
        assertEquals(url, driver.getCurrentUrl(), "the restored view keeps its URL");
        screenshot("graph-restored");
        assertEquals(List.of(), chromium.consoleErrors(), "no errors in the graph view");
    }
}

package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The timeline's pager in headless Chromium, on the graph view's generated hub (one entity in 100 events, every
 * tenth undated) and a cross-article meeting: the latest 50 come first, in date order, with a button for earlier
 * ones, which brings the rest and the undated events and then goes away. The meeting's entities, whose labels
 * are not in its graph, are named in the timeline and in the graph view.
 */
class TimelineBrowserIT {
    private static ExplorerSession session;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        KnowledgeStore generated = KnowledgeStore.inMemory();
        generated.load(List.of()); // the ontology: the event types' labels come from it
        Txn.executeWrite(
                generated.dataset(),
                () -> generated.dataset().addGraph(GraphViewBrowserIT.GENERATED, GraphViewBrowserIT.hubGraph()));
        Txn.executeWrite(generated.dataset(), () -> addCrossArticleEvent(generated.dataset()));
        session = ExplorerSession.start(generated);
        driver = session.driver;
    }

    static final String ID = GraphViewBrowserIT.ID;
    static final String CG = GraphViewBrowserIT.CG;
    static final String ELSEWHERE = ID + "entity/generated-elsewhere";
    /** Later than every event of the hub: the first of its timeline. */
    static final String MEETING_DATE = "2023-06-01";

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    /**
     * A meeting of the hub and another entity in a graph of its own, as the cross-article events graph holds
     * one: the event, its type, date and roles, but not its entities' labels and types, which are in the
     * article graphs (here the hub's, and another for the other entity).
     */
    static void addCrossArticleEvent(DatasetGraph dsg) {
        Node events = uri(ID + "graph/events");
        Node meeting = uri(ID + "event/corpus/meeting-generated");
        dsg.add(events, meeting, RDF.type.asNode(), uri(CG + "Event"));
        dsg.add(events, meeting, RDF.type.asNode(), uri(CG + "Meeting"));
        dsg.add(events, meeting, uri(CG + "date"), NodeFactory.createLiteralDT(MEETING_DATE, XSDDatatype.XSDdate));
        dsg.add(events, meeting, uri(CG + "participant"), uri(GraphViewBrowserIT.HUB));
        dsg.add(events, meeting, uri(CG + "participant"), uri(ELSEWHERE));
        Node other = org.claimgraph.map.Iris.graph("b".repeat(64));
        dsg.add(other, uri(ELSEWHERE), RDF.type.asNode(), uri(CG + "Entity"));
        dsg.add(other, uri(ELSEWHERE), RDF.type.asNode(), uri(CG + "Country"));
        dsg.add(other, uri(ELSEWHERE), RDFS.label.asNode(), NodeFactory.createLiteralString("Generated Elsewhere"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    private void awaitEvents(int n) {
        new WebDriverWait(driver, HeadlessChromium.WAIT).until(d -> {
            WebElement status = d.findElement(By.id("timeline-status"));
            return "true".equals(status.getDomAttribute("data-ready"))
                    && String.valueOf(n).equals(status.getDomAttribute("data-events"));
        });
    }

    private List<String> shownDates() {
        List<String> out = new ArrayList<>();
        for (WebElement time : driver.findElements(By.cssSelector("#timeline .tl-item time"))) {
            out.add(time.getDomAttribute("datetime"));
        }
        return out;
    }

    /** The hub's event dates, earliest first, the cross-article meeting's last. */
    private static List<String> hubDates() {
        return Stream.concat(
                        IntStream.range(0, GraphViewBrowserIT.EVENTS)
                                .mapToObj(GraphViewBrowserIT::eventDate)
                                .flatMap(Optional::stream)
                                .map(LocalDate::toString),
                        Stream.of(MEETING_DATE))
                .sorted()
                .toList();
    }

    @Test
    void theLatestEventsComeFirstAndTheButtonLoadsEarlierOnes() {
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER);
        driver.get(session.server.baseUrl() + "timeline.html?entity="
                + URLEncoder.encode(GraphViewBrowserIT.HUB, StandardCharsets.UTF_8));
        awaitEvents(50);
        List<String> all = hubDates();
        assertEquals(91, all.size());
        assertEquals(all.subList(41, 91), shownDates(), "the latest 50, earliest first on the page");
        List<WebElement> items = driver.findElements(By.cssSelector("#timeline .tl-item"));
        String participants = items.get(items.size() - 1)
                .findElement(By.className("participants"))
                .getText();
        assertEquals(
                Set.of("Generated Hub Person", "Generated Elsewhere"),
                Set.of(participants.split(", ")),
                "the cross-article meeting's participants by their labels, read from the article graphs");
        WebElement more = driver.findElement(By.id("timeline-more"));
        assertTrue(more.isDisplayed(), "earlier events to load");
        assertTrue(driver.findElements(By.cssSelector("#undated .tl-item")).isEmpty(), "the undated come last");
        assertEquals(
                "Generated Hub Person",
                driver.findElement(By.cssSelector("#entity option:checked")).getText(),
                "the entity is named once its events show");
        assertTrue(
                driver.findElement(By.cssSelector("#timeline .tl-item .participants"))
                        .getText()
                        .contains("Generated Hub Person"),
                "each event with its participants");

        // The entity list, filled after the events: each entity by its own label.
        new WebDriverWait(driver, HeadlessChromium.WAIT)
                .until(d -> d.findElements(By.cssSelector("#entity option")).size() > 100);
        assertEquals(
                "Generated Elsewhere",
                driver.findElement(By.cssSelector("#entity option[value='" + ELSEWHERE + "']"))
                        .getText());
        assertEquals(
                "Generated Person number 0",
                driver.findElement(By.cssSelector("#entity option[value='" + ID + "entity/generated-000']"))
                        .getText());

        more.click();
        awaitEvents(100);
        assertTrue(driver.findElement(By.id("timeline-more")).isDisplayed(), "one more, undated");
        driver.findElement(By.id("timeline-more")).click();
        awaitEvents(101);
        assertEquals(all, shownDates(), "all 91 dated events, in order");
        assertEquals(
                10, driver.findElements(By.cssSelector("#undated .tl-item")).size());
        assertFalse(driver.findElement(By.id("timeline-more")).isDisplayed(), "nothing earlier");
        assertEquals(List.of(), session.chromium.consoleErrors(), "no errors in the timeline");
    }

    @Test
    void theGraphViewNamesTheEntitiesOfACrossArticleEvent() {
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER);
        driver.get(
                session.server.baseUrl() + "graph.html?focus=" + URLEncoder.encode(ELSEWHERE, StandardCharsets.UTF_8));
        new WebDriverWait(driver, HeadlessChromium.WAIT.multipliedBy(3))
                .until(d -> "true".equals(d.findElement(By.id("graph-status")).getDomAttribute("data-ready")));
        assertEquals(
                List.of("Generated Elsewhere", "Country", "Generated Hub Person", "Person"),
                driver.executeScript("const cy = window.claimgraphGraph.cy; return ['" + ELSEWHERE + "', '"
                        + GraphViewBrowserIT.HUB + "'].flatMap(id => [cy.getElementById(id).data('label'),"
                        + " cy.getElementById(id).data('type')]);"),
                "labels and types read from the article graphs");
        // The focus list: each entity by its own label, with its number of events.
        assertEquals(
                "Generated Hub Person (101)",
                driver.findElement(By.cssSelector("#focus option[value='" + GraphViewBrowserIT.HUB + "']"))
                        .getText());
        assertEquals(
                "Generated Elsewhere (1)",
                driver.findElement(By.cssSelector("#focus option[value='" + ELSEWHERE + "']"))
                        .getText());
        assertEquals(List.of(), session.chromium.consoleErrors(), "no errors in the graph view");
    }
}

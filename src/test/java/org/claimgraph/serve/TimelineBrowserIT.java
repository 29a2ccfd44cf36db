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
import java.util.stream.IntStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
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
 * tenth undated): the latest 50 come first, in date order, with a button for earlier ones, which brings the rest
 * and the undated events and then goes away.
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
                () -> generated
                        .dataset()
                        .addGraph(
                                NodeFactory.createURI(GraphViewBrowserIT.ID + "graph/generated"),
                                GraphViewBrowserIT.hubGraph()));
        session = ExplorerSession.start(generated);
        driver = session.driver;
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

    /** The hub's event dates, earliest first. */
    private static List<String> hubDates() {
        return IntStream.range(0, GraphViewBrowserIT.EVENTS)
                .mapToObj(GraphViewBrowserIT::eventDate)
                .flatMap(Optional::stream)
                .map(LocalDate::toString)
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
        assertEquals(90, all.size());
        assertEquals(all.subList(40, 90), shownDates(), "the latest 50, earliest first on the page");
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

        more.click();
        awaitEvents(100);
        assertEquals(all, shownDates(), "all 90 dated events, in order");
        assertEquals(
                10, driver.findElements(By.cssSelector("#undated .tl-item")).size());
        assertFalse(driver.findElement(By.id("timeline-more")).isDisplayed(), "nothing earlier");
        assertEquals(List.of(), session.chromium.consoleErrors(), "no errors in the timeline");
    }
}

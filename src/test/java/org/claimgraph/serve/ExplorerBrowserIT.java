package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.claimgraph.TestSupport;
import org.claimgraph.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer in real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code .ci/run} installs), driven by Selenium: the home page runs a canned query and shows rows, Jens
 * Stoltenberg's page shows his visit with its evidence highlighted, the graph view draws nodes and expands
 * them, the timeline filters by entity, and markup in an article stays text. Screenshots are saved under
 * the build directory ({@code screenshots/}) for a person to look at. Without Chromium the tests fail,
 * saying what to install: they are never skipped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplorerBrowserIT {
    private static final Duration WAIT = HeadlessChromium.WAIT;

    private static ExplorerSession session;
    private static KnowledgeStore store;
    private static ClaimgraphServer server;
    private static HeadlessChromium chromium;
    private static ChromeDriver driver;
    private static Path screenshots;

    @BeforeAll
    static void start() throws IOException {
        session = ExplorerSession.start(
                TestSupport.storeWith(TestSupport.exampleGraph(), ExplorerFixtures.markupArticle()));
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

    /** Opens a page, after dropping the console messages of the pages before. */
    private static void open(String path) {
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(server.baseUrl() + path.replaceFirst("^/", ""));
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    private static void screenshot(String name) throws IOException {
        Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<String> consoleErrors() {
        return chromium.consoleErrors();
    }

    @SuppressWarnings("unchecked")
    private static List<String> loadedResources() {
        return (List<String>) ((JavascriptExecutor) driver)
                .executeScript("return performance.getEntriesByType('resource').map(e => e.name);");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void theHomePageRunsACannedQueryAndShowsRows() throws IOException {
        open("/");
        waiting().until(d -> d.findElements(By.cssSelector("#examples option")).size() >= 5);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        new Select(driver.findElement(By.id("examples"))).selectByValue("01-visits");
        assertTrue(driver.findElement(By.id("question")).getText().startsWith("Who visited"));
        driver.findElement(By.id("open-example")).click();
        // The editor's whole text, not the lines CodeMirror happens to render: the query opens with a long comment.
        waiting()
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("const t = window.claimgraphYasgui.getTab();"
                                + " return !!t && t.getYasqe().getValue().includes('cg:Visit');")));
        driver.findElement(By.cssSelector(".tabPanel.active .yasqe_queryButton"))
                .click();
        List<WebElement> rows = waiting().until(d -> {
            List<WebElement> r = d.findElements(By.cssSelector(".tabPanel.active .yasr table tbody tr"));
            return r.stream().anyMatch(e -> e.getText().contains("Jens Stoltenberg")) ? r : null;
        });
        assertTrue(rows.size() >= 5, "the visits: " + rows.size() + " rows");
        screenshot("home");

        for (String url : loadedResources()) {
            assertTrue(url.startsWith(server.baseUrl()), "everything comes from this server: " + url);
        }
        assertEquals(List.of(), consoleErrors(), "no CSP violation or script error on the home page");
    }

    @Test
    @Order(2)
    void theDefaultQueryLinksClaimgraphIrisToTheirPages() {
        open("/");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        // A new tab holds the default query, whose results are claims and events.
        ((JavascriptExecutor) driver).executeScript("window.claimgraphYasgui.addTab(true);");
        waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".tabPanel.active .yasqe_queryButton")))
                .click();
        WebElement link = waiting()
                .until(d -> d.findElements(By.cssSelector(".tabPanel.active .yasr table tbody a")).stream()
                        .filter(a -> String.valueOf(a.getDomAttribute("href")).startsWith("/id/"))
                        .findFirst()
                        .orElse(null));
        assertTrue(
                link.getDomAttribute("href").startsWith("/id/event/")
                        || link.getDomAttribute("href").startsWith("/id/claim/"),
                link.getDomAttribute("href"));
    }

    @Test
    @Order(3)
    void stoltenbergsPageShowsTheVisitWithItsEvidenceHighlighted() throws IOException {
        open("/id/entity/jens-stoltenberg");
        assertEquals("Jens Stoltenberg", driver.findElement(By.tagName("h1")).getText());
        List<WebElement> visits = driver.findElements(By.cssSelector("section.event")).stream()
                .filter(s -> s.findElement(By.cssSelector("h3 a")).getText().equals("Visit"))
                .toList();
        assertFalse(visits.isEmpty(), "his visits are listed");
        WebElement mark = visits.stream()
                .flatMap(v -> v.findElements(By.cssSelector("mark.evidence-span")).stream())
                .filter(m -> m.getText().contains("visited Ukraine"))
                .findFirst()
                .orElseThrow();
        String background = mark.getCssValue("background-color");
        assertFalse(background.equals("rgba(0, 0, 0, 0)") || background.isEmpty(), "highlighted: " + background);
        assertTrue(driver.findElement(By.cssSelector("a.wikidata")).getText().equals("Q57665"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", mark);
        screenshot("entity-jens-stoltenberg");
        assertEquals(List.of(), consoleErrors(), "no errors on the entity page");
    }

    @Test
    @Order(3)
    void natosPageLinksItsWikidataImageAndLoadsNothingFromCommons() throws IOException {
        open("/id/entity/nato");
        assertEquals("Q7184", driver.findElement(By.cssSelector("a.wikidata")).getText());
        WebElement image = driver.findElement(By.cssSelector("a.wikidata-image"));
        assertTrue(
                image.getDomAttribute("href").startsWith("http://commons.wikimedia.org/wiki/Special:FilePath/"),
                image.getDomAttribute("href"));
        assertTrue(image.getText().endsWith(".jpg"), "the file's name, decoded: " + image.getText());
        assertEquals(0, driver.findElements(By.cssSelector("main img")).size(), "linked, not shown");
        for (String url : loadedResources()) {
            assertTrue(url.startsWith(server.baseUrl()), "nothing loaded from another host: " + url);
        }
        screenshot("entity-nato");
        assertEquals(List.of(), consoleErrors(), "no errors on the entity page");
    }

    @Test
    @Order(4)
    void theGraphViewShowsNodesAndExpandsThem() throws IOException {
        open("/graph.html?focus=" + encode(ExplorerFixtures.STOLTENBERG));
        waiting().until(d -> {
            String n = d.findElement(By.id("graph-status")).getDomAttribute("data-nodes");
            return n != null && Integer.parseInt(n) > 1;
        });
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long before = ((Number) js.executeScript("return window.claimgraphGraph.cy.nodes().length;")).longValue();
        assertTrue(before > 3, "his events and their participants: " + before);
        assertTrue(driver.findElements(By.cssSelector("#legend li")).size() >= 2, "a legend");
        // Expand every entity on the screen, as clicks on them would.
        js.executeScript("window.claimgraphGraph.cy.nodes('.entity').forEach(n => n.emit('tap'));");
        waiting()
                .until(d -> ((Number) js.executeScript("return window.claimgraphGraph.cy.nodes().length;")).longValue()
                        > before);
        screenshot("graph");
        assertEquals(List.of(), consoleErrors(), "no errors in the graph view");
    }

    @Test
    @Order(5)
    void theTimelineFiltersByEntityAndShowsPrecision() throws IOException {
        open("/timeline.html?entity=" + encode(ExplorerFixtures.STOLTENBERG));
        List<WebElement> items = waiting().until(d -> {
            List<WebElement> i = d.findElements(By.cssSelector("#timeline .tl-item"));
            return i.isEmpty() ? null : i;
        });
        for (WebElement item : items) {
            assertTrue(item.getText().contains("Jens Stoltenberg"), item.getText());
        }
        assertFalse(
                driver.findElements(By.cssSelector("#timeline .precision-day")).isEmpty());
        assertFalse(
                driver.findElements(By.cssSelector("#timeline .precision-year")).isEmpty(), "\"last year\"");
        screenshot("timeline");
        assertEquals(List.of(), consoleErrors(), "no errors in the timeline");
        open("/conflicts");
        assertFalse(
                driver.findElements(By.cssSelector("section.conflict .side")).isEmpty());
        screenshot("conflicts");
        assertEquals(List.of(), consoleErrors(), "no errors on the conflicts page");
    }

    @Test
    @Order(6)
    void markupInAnArticleStaysText() throws IOException {
        String article = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(
                    "SELECT ?a WHERE { ?a <https://schema.org/url> " + "<https://example.org/news/markup> }",
                    DatasetFactory.wrap(store.dataset()))) {
                return qe.execSelect().next().getResource("a").getURI();
            }
        });
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(server.pageUrl(article));
        String text = driver.findElement(By.cssSelector(".article-text")).getText();
        assertTrue(text.contains(ExplorerFixtures.SCRIPT) && text.contains(ExplorerFixtures.BOLD), text);
        assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("<img src=x"));
        assertEquals(
                0,
                driver.findElements(By.cssSelector("main b, main img, main script"))
                        .size());
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        screenshot("markup-article");
        assertEquals(List.of(), consoleErrors(), "nothing blocked or failing: no script was even attempted");
    }
}

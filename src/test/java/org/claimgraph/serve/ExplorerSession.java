package org.claimgraph.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.claimgraph.store.KnowledgeStore;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browser tests' fixture: headless Chromium looking at a claimgraph server on a free port over a store, with
 * a folder for screenshots; closed as one, browser first.
 */
final class ExplorerSession implements AutoCloseable {
    final HeadlessChromium chromium;
    final ChromeDriver driver;
    final KnowledgeStore store;
    final ClaimgraphServer server;
    final Path screenshots;

    private ExplorerSession(HeadlessChromium chromium, KnowledgeStore store, ClaimgraphServer server, Path shots) {
        this.chromium = chromium;
        this.driver = chromium.driver;
        this.store = store;
        this.server = server;
        this.screenshots = shots;
    }

    /** Serves the store and opens a browser; the store is closed with the session, or at once if this fails. */
    static ExplorerSession start(KnowledgeStore store) throws IOException {
        HeadlessChromium chromium = null;
        try {
            Path shots = Path.of(System.getProperty("claimgraph.screenshots", "target/screenshots"));
            Files.createDirectories(shots);
            chromium = HeadlessChromium.start();
            // As serve does on opening a store: the plain facts and the index the pages read.
            org.claimgraph.pipeline.CorpusEventsRefresh.ensureFacts(store);
            ClaimgraphServer server =
                    ClaimgraphServer.start(store.dataset(), new ServerOptions(0, 10, Optional.empty()));
            return new ExplorerSession(chromium, store, server, shots);
        } catch (IOException | RuntimeException e) {
            try {
                if (chromium != null) {
                    chromium.close();
                }
            } finally {
                store.close();
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            chromium.close();
        } finally {
            try {
                server.close();
            } finally {
                store.close();
            }
        }
    }
}

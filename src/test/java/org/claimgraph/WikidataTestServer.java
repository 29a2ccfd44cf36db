package org.claimgraph;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.store.WikidataExtract;

/**
 * A second embedded Fuseki on 127.0.0.1 (free port) standing in for Wikidata's query service: it serves the
 * bundled Wikidata extract plus the test fixture {@code link/wikidata-fixture.ttl}, at {@link #endpoint()}, and
 * counts the requests it answers.
 *
 * <pre>
 * try (WikidataTestServer wd = WikidataTestServer.start()) {
 *     String url = wd.endpoint();
 * }
 * </pre>
 */
public final class WikidataTestServer implements AutoCloseable {
    private final FusekiServer server;
    private final AtomicInteger requests;
    private final AtomicReference<String> userAgent;

    private WikidataTestServer(FusekiServer server, AtomicInteger requests, AtomicReference<String> userAgent) {
        this.server = server;
        this.requests = requests;
        this.userAgent = userAgent;
    }

    /** Starts the server with the bundled extract and the fixture. */
    public static WikidataTestServer start() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            Graph g = dsg.getDefaultGraph();
            WikidataExtract.graph().find().forEach(g::add);
            try (InputStream in =
                    WikidataTestServer.class.getClassLoader().getResourceAsStream("link/wikidata-fixture.ttl")) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        AtomicInteger requests = new AtomicInteger();
        AtomicReference<String> userAgent = new AtomicReference<>();
        FusekiServer server = FusekiServer.create()
                .loopback(true)
                .port(0)
                .add("/wd", dsg)
                .addFilter("/*", (request, response, chain) -> {
                    requests.incrementAndGet();
                    userAgent.set(((HttpServletRequest) request).getHeader("User-Agent"));
                    chain.doFilter(request, response);
                })
                .build()
                .start();
        return new WikidataTestServer(server, requests, userAgent);
    }

    /** The SPARQL query endpoint. */
    public String endpoint() {
        return server.datasetURL("/wd") + "/sparql";
    }

    /** Requests answered so far. */
    public int requests() {
        return requests.get();
    }

    /** The User-Agent of the last request. */
    public String lastUserAgent() {
        return userAgent.get();
    }

    /** An http URL on 127.0.0.1 where nothing listens: an endpoint that is "offline". */
    public static String closedEndpoint() {
        try (ServerSocket s = new ServerSocket(0)) {
            return "http://127.0.0.1:" + s.getLocalPort() + "/sparql";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}

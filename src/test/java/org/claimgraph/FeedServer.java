package org.claimgraph;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Feeds and pages served from 127.0.0.1 on a free port, so that feed tests need no network: each path answers
 * with what {@link #put} gave it, an {@code ETag} of its content (304 to a matching {@code If-None-Match}), and
 * every request is counted and its headers kept.
 */
public final class FeedServer implements AutoCloseable {
    /** One request: its path and the headers that matter to politeness. */
    public record Request(String path, String userAgent, String ifNoneMatch) {}

    private record Content(String type, byte[] body) {}

    private final HttpServer server;
    private final Map<String, Content> content = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String inm = exchange.getRequestHeaders().getFirst("If-None-Match");
            requests.add(new Request(path, exchange.getRequestHeaders().getFirst("User-Agent"), inm));
            counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Content c = content.get(path);
            try (exchange) {
                if (c == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(c.body())) + "\"";
                exchange.getResponseHeaders().set("ETag", etag);
                if (etag.equals(inm)) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type", c.type());
                exchange.sendResponseHeaders(200, c.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(c.body());
                }
            }
        });
        server.start();
    }

    /** An RSS item that carries its article's full text. */
    public static final String FINLAND_ITEM =
            "<item><title>Finland joins NATO</title><link>http://127.0.0.1/finland</link>"
                    + "<pubDate>Wed, 05 Apr 2023 08:00:00 GMT</pubDate>"
                    + "<content:encoded><![CDATA[<p>Finland joined NATO on April 4, 2023.</p>]]></content:encoded></item>";

    /**
     * Two feeds, one of each kind: {@code /full} carries its item's text ({@link #FINLAND_ITEM}), {@code /links}
     * only a link to the page {@code /montenegro}, whose main text must be extracted.
     */
    public FeedServer servesFullTextAndLinkOnlyFeeds() {
        return put("/full", "application/rss+xml", rss(FINLAND_ITEM))
                .put(
                        "/links",
                        "application/rss+xml",
                        rss("<item><title>Montenegro joins NATO</title><link>" + url("/montenegro")
                                + "</link><pubDate>Tue, 06 Jun 2017 09:00:00 GMT</pubDate></item>"))
                .put(
                        "/montenegro",
                        "text/html",
                        page("Montenegro joins NATO", "Montenegro joined NATO on June 5, 2017."));
    }

    /** Serves {@code body} at {@code path} from now on. */
    public FeedServer put(String path, String type, String body) {
        content.put(path, new Content(type, body.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** The absolute URL of a path. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Requests for a path so far. */
    public int count(String path) {
        AtomicInteger n = counts.get(path);
        return n == null ? 0 : n.get();
    }

    /** Every request so far, in order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** An RSS 2.0 feed of the given {@code <item>} elements. */
    public static String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                + "<title>Test news</title><link>http://127.0.0.1/</link><description>Tests</description>"
                + String.join("", items) + "</channel></rss>\n";
    }

    /** A page with navigation, a footer and the paragraphs as its article. */
    public static String page(String title, String... paragraphs) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(title)
                .append("</title></head><body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World"
                        + "</a></li><li><a href=\"/subscribe\">Subscribe today</a></li></ul></nav><main><article><h1>")
                .append(title)
                .append("</h1>");
        for (String p : paragraphs) {
            b.append("<p>").append(p).append("</p>");
        }
        return b.append("</article></main><footer><p>Copyright Example News. Cookie settings. Privacy policy.</p>"
                        + "</footer></body></html>")
                .toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

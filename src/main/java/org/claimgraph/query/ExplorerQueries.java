package org.claimgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;

/**
 * The SPARQL the explorer's pages send, read from the files they fetch ({@code webapp/sparql/NAME.rq}), with
 * {@code {{name}}} placeholders filled in the way {@code claimgraph.js} fills them ({@code Claimgraph.run}). The
 * benchmark times these texts, so what it measures is what the pages send, byte for byte.
 *
 * <pre>
 * String q = ExplorerQueries.fill(ExplorerQueries.GRAPH_ENTITY_EVENTS,
 *         Map.of("focus", ExplorerQueries.term(entity), "limit", "25", "offset", "0"));
 * </pre>
 */
public final class ExplorerQueries {
    /** Classpath folder of the templates; the server serves it at {@code /sparql/}. */
    public static final String FOLDER = "webapp/sparql";

    /** An entity's number of events (graph view). */
    public static final String GRAPH_ENTITY_COUNT = "graph-entity-count";
    /** A batch of an entity's events, latest first, with their roles, labels and types (graph view). */
    public static final String GRAPH_ENTITY_EVENTS = "graph-entity-events";
    /** An event's number of participants (graph view). */
    public static final String GRAPH_EVENT_COUNT = "graph-event-count";
    /** A batch of an event's participants (graph view). */
    public static final String GRAPH_EVENT_PARTICIPANTS = "graph-event-participants";
    /** A page of an entity's events, latest first, with their times, types and participants (timeline). */
    public static final String TIMELINE_ENTITY = "timeline-entity";
    /** A page of all events, latest first (timeline without an entity). */
    public static final String TIMELINE_ALL = "timeline-all";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)\\}\\}");
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private ExplorerQueries() {}

    /** The template's text as the page fetches it. */
    public static String template(String name) {
        return TEXTS.computeIfAbsent(name, n -> {
            String path = FOLDER + "/" + n + ".rq";
            try (InputStream in = ExplorerQueries.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalArgumentException("no explorer query " + path + " on the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The template with every {@code {{name}}} replaced by {@code values.get(name)}, as is (terms already written
     * as SPARQL: {@link #term(Node)}, numbers as digits). A placeholder without a value is an error, as in the page.
     */
    public static String fill(String name, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template(name));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalArgumentException("no value for {{" + m.group(1) + "}} in " + name);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A template filled with an IRI for {@code focus} and a page: {@code limit} rows from {@code offset}. */
    public static String page(String name, Node focus, int limit, int offset) {
        return fill(name, Map.of("focus", term(focus), "limit", Integer.toString(limit), "offset", "" + offset));
    }

    /** A template filled with an IRI for {@code focus}. */
    public static String about(String name, Node focus) {
        return fill(name, Map.of("focus", term(focus)));
    }

    /** An IRI as a SPARQL term, as {@code Claimgraph.iriTerm} writes it. */
    public static String term(Node iri) {
        if (!iri.isURI()) {
            throw new IllegalArgumentException("not an IRI: " + iri);
        }
        return "<" + iri.getURI() + ">";
    }
}

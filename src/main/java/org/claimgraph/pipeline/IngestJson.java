package org.claimgraph.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimgraph.ingest.Article;

/**
 * The JSON of {@code POST /kg/articles}, written by the server and read by {@code build --server}, in one place so
 * that both sides agree. A request sends an article as an object with the JSON Lines fields; the answer is:
 *
 * <pre>
 * {"stored": 1, "unchanged": 0, "rejected": 1,
 *  "message": "1 of 2 article(s) stored; 1 rejected (see each article's error); the others are kept",
 *  "articles": [
 *    {"source": "request:1", "status": "stored", "graph": "https://w3id.org/claimgraph/id/graph/…",
 *     "claims": 3, "events": 2, "conflicts": 0, "triples": 120, "replaced": 0},
 *    {"source": "request:2", "status": "rejected", "code": 400, "reason": "input",
 *     "error": "unparsable publication date '2023-02-30' (no such day)"}]}
 * </pre>
 */
public final class IngestJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private IngestJson() {}

    /** The HTTP status of one rejected article: 400 for a bad input, 422 for a graph failing SHACL, 500 for a bug. */
    public static int status(CorpusBuild.Rejection why) {
        return switch (why) {
            case INPUT -> 400;
            case INVALID -> 422;
            case FAILED -> 500;
        };
    }

    /** The status of a whole answer: 200 when nothing was rejected, else the status of the worst rejection. */
    public static int status(List<LiveIngest.Result> results) {
        int worst = 200;
        for (LiveIngest.Result r : results) {
            if (r.why().isPresent()) {
                int s = status(r.why().get());
                worst = worst == 200 ? s : Math.max(worst, s);
            }
        }
        return worst;
    }

    /** An article as the request body of {@code application/json}. */
    public static String request(Article a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("text", a.text());
        a.published().ifPresent(d -> o.put("published", d.toString()));
        a.url().ifPresent(u -> o.put("url", u));
        a.title().ifPresent(t -> o.put("title", t));
        return o.toString();
    }

    /** The answer to a request. */
    public static String answer(List<LiveIngest.Result> results) {
        ObjectNode root = JSON.createObjectNode();
        long stored = count(results, LiveIngest.Status.STORED);
        long unchanged = count(results, LiveIngest.Status.UNCHANGED);
        long rejected = count(results, LiveIngest.Status.REJECTED);
        root.put("stored", stored);
        root.put("unchanged", unchanged);
        root.put("rejected", rejected);
        root.put("message", message(results.size(), stored, unchanged, rejected));
        ArrayNode articles = root.putArray("articles");
        for (LiveIngest.Result r : results) {
            ObjectNode a = articles.addObject();
            a.put("source", r.source());
            a.put("status", r.status().name().toLowerCase(Locale.ROOT));
            r.graph().ifPresent(g -> a.put("graph", g));
            r.counts().ifPresent(c -> {
                a.put("claims", c.claims());
                a.put("events", c.events());
                a.put("conflicts", c.conflicts());
                a.put("triples", c.triples());
                a.put("replaced", r.replaced());
            });
            r.why().ifPresent(w -> {
                a.put("code", status(w));
                a.put("reason", w.name().toLowerCase(Locale.ROOT));
                a.put("error", r.error());
            });
        }
        return root.toPrettyString() + "\n";
    }

    private static String message(int total, long stored, long unchanged, long rejected) {
        String kept = stored + unchanged == total
                ? total + " article(s) stored" + (unchanged > 0 ? " (" + unchanged + " already there, unchanged)" : "")
                : (stored + unchanged) + " of " + total + " article(s) stored"
                        + (unchanged > 0 ? " (" + unchanged + " already there, unchanged)" : "");
        if (rejected == 0) {
            return kept;
        }
        return kept + "; " + rejected + " rejected (see each article's error)"
                + (stored + unchanged > 0 ? "; the stored ones are kept" : "; nothing was stored");
    }

    private static long count(List<LiveIngest.Result> results, LiveIngest.Status s) {
        return results.stream().filter(r -> r.status() == s).count();
    }

    /**
     * Reads an answer back.
     *
     * @throws IOException when the body is not such an answer
     */
    public static List<LiveIngest.Result> read(String body) throws IOException {
        JsonNode root = JSON.readTree(body);
        JsonNode articles = root == null ? null : root.get("articles");
        if (articles == null || !articles.isArray()) {
            throw new IOException("not an answer of POST /kg/articles (no \"articles\" list)");
        }
        List<LiveIngest.Result> out = new ArrayList<>();
        for (JsonNode a : articles) {
            String source = a.path("source").asText("");
            LiveIngest.Status status;
            try {
                status = LiveIngest.Status.valueOf(a.path("status").asText("").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IOException("unknown status of " + source + ": " + a.path("status"));
            }
            if (status == LiveIngest.Status.REJECTED) {
                CorpusBuild.Rejection why;
                try {
                    why = CorpusBuild.Rejection.valueOf(
                            a.path("reason").asText("failed").toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    why = CorpusBuild.Rejection.FAILED;
                }
                out.add(new LiveIngest.Result(
                        source,
                        status,
                        Optional.empty(),
                        Optional.empty(),
                        0,
                        Optional.of(why),
                        a.path("error").asText("")));
            } else {
                CorpusBuild.Counts counts = new CorpusBuild.Counts(
                        a.path("triples").asLong(),
                        a.path("claims").asLong(),
                        a.path("events").asLong(),
                        a.path("conflicts").asLong());
                out.add(new LiveIngest.Result(
                        source,
                        status,
                        Optional.ofNullable(a.path("graph").textValue()),
                        Optional.of(counts),
                        a.path("replaced").asInt(),
                        Optional.empty(),
                        ""));
            }
        }
        return out;
    }
}

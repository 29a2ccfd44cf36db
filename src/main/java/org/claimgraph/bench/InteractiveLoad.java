package org.claimgraph.bench;

import static org.claimgraph.bench.BenchLib.round;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.claimgraph.query.BundledQueries;
import org.claimgraph.query.ExplorerQueries;
import org.claimgraph.query.KnowledgeView;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.vocab.CG;

/**
 * The interactive part of {@link ScaleBenchmark}: what a person at the explorer waits for, one request at a
 * time, with its 95th percentile latency. For a few entities (the busiest and some from the middle of the
 * list): the entity's page, its graph neighbourhood and its timeline (the queries the graph view and the timeline
 * send, from the same files: {@link ExplorerQueries}) and its claims between two dates; the conflicts page; and
 * the first page ({@value #PAGE} rows) of every bundled query. The SPARQL ones also go to a plain Fuseki over the same dataset, the same text; pages exist on
 * claimgraph's server only.
 */
/*package*/ final class InteractiveLoad {
    /** Rows of a first page. */
    static final int PAGE = 100;
    /** Entities the per-entity probes are asked about. */
    private static final int BUSIEST = 2;

    private static final int MIDDLE = 2;

    /** One thing to time: a SPARQL query (both servers) or a page path (claimgraph's only). */
    record Probe(String name, String sparql, String page) {}

    /** Events (or participants) in one batch of the graph view: graph.js's {@code CAP}. */
    static final int GRAPH_BATCH = 25;
    /** Events on one page of the timeline: timeline.js's {@code PAGE}, which asks one more to know of others. */
    static final int TIMELINE_PAGE = 50;

    private final Function<DatasetGraph, ScaleBenchmark.Server> claimgraphServer;
    private final int samples;
    private final double secondsPerProbe;
    private final Consumer<String> progress;

    InteractiveLoad(
            Function<DatasetGraph, ScaleBenchmark.Server> claimgraphServer,
            int samples,
            double secondsPerProbe,
            Consumer<String> progress) {
        this.claimgraphServer = claimgraphServer;
        this.samples = samples;
        this.secondsPerProbe = secondsPerProbe;
        this.progress = progress;
    }

    /** Times every probe on both servers and puts the figures in {@code out}. */
    void run(DatasetGraph dsg, Map<String, Object> out) {
        progress.accept("bench: choosing the entities of the interactive probes");
        List<Probe> probes = probes(dsg);
        FusekiServer bare = FusekiServer.create()
                .loopback(true)
                .port(0)
                .add("/ds", dsg, false)
                .build()
                .start();
        Map<String, Object> table = new LinkedHashMap<>();
        double worst = 0;
        double worstBare = 0;
        double worstSparql = 0;
        try (ScaleBenchmark.Server ours = claimgraphServer.apply(dsg)) {
            String bareUrl = bare.datasetURL("/ds") + "/sparql";
            String base = ours.sparqlUrl().substring(0, ours.sparqlUrl().indexOf("/kg/sparql"));
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            progress.accept("bench: " + probes.size() + " interactive probes, up to " + samples + " times each");
            for (Probe p : probes) {
                Map<String, Object> row = new LinkedHashMap<>();
                List<Double> mine = time(http, p.page() != null ? base + p.page() : query(ours.sparqlUrl(), p));
                row.put("p50_ms", round(percentile(mine, 0.50)));
                row.put("p95_ms", round(percentile(mine, 0.95)));
                worst = Math.max(worst, percentile(mine, 0.95));
                if (p.sparql() != null) {
                    List<Double> plain = time(http, query(bareUrl, p));
                    row.put("bare_p50_ms", round(percentile(plain, 0.50)));
                    row.put("bare_p95_ms", round(percentile(plain, 0.95)));
                    worstBare = Math.max(worstBare, percentile(plain, 0.95));
                    worstSparql = Math.max(worstSparql, percentile(mine, 0.95));
                }
                row.put("samples", mine.size());
                if (percentile(mine, 0.95) >= PROBE_TIMEOUT_SECONDS * 1000.0) {
                    row.put("timed_out_at_s", PROBE_TIMEOUT_SECONDS);
                }
                progress.accept(String.format("bench: %-40s %s", p.name(), row));
                table.put(p.name(), row);
            }
        } finally {
            bare.stop();
        }
        out.put("interactive_p95_ms", round(worst));
        out.put("interactive_sparql_p95_ms", round(worstSparql));
        out.put("bare_fuseki_interactive_p95_ms", round(worstBare));
        out.put("interactive_vs_bare_fuseki", worstBare == 0 ? 0 : round(worstSparql / worstBare));
        out.put("interactive", table);
    }

    /**
     * Seconds a SPARQL probe may run (the endpoint's {@code timeout} parameter, on both servers): far past
     * interactive, and a query that takes longer is reported as timed out instead of holding a 100,000-article
     * run for an hour.
     */
    static final int PROBE_TIMEOUT_SECONDS = 60;

    private static String query(String endpoint, Probe p) {
        return endpoint + "?timeout=" + PROBE_TIMEOUT_SECONDS + "&query="
                + URLEncoder.encode(p.sparql(), StandardCharsets.UTF_8);
    }

    /**
     * One warm-up request, then up to {@code samples} timed ones within the probe's time budget, and at least two
     * (the p95 of two is the slower: a probe that takes a minute is not asked twenty times).
     */
    private List<Double> time(HttpClient http, String url) {
        List<Double> millis = new ArrayList<>();
        long w = System.nanoTime();
        int warm = ask(http, url);
        if (warm != 200 && (System.nanoTime() - w) / 1e9 >= PROBE_TIMEOUT_SECONDS - 1) {
            // Timed out: its p95 is the timeout, not asked again.
            return List.of(PROBE_TIMEOUT_SECONDS * 1000.0);
        }
        long end = System.nanoTime() + (long) (secondsPerProbe * 1e9);
        while (millis.size() < samples && (millis.size() < 2 || System.nanoTime() < end)) {
            long t = System.nanoTime();
            int status = ask(http, url);
            double ms = (System.nanoTime() - t) / 1e6;
            if (status != 200 && ms < (PROBE_TIMEOUT_SECONDS - 1) * 1000.0) {
                throw new IllegalStateException("HTTP " + status + " from " + url);
            }
            millis.add(status == 200 ? ms : PROBE_TIMEOUT_SECONDS * 1000.0);
        }
        return millis;
    }

    private static int ask(HttpClient http, String url) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", url.contains("?query=") ? "application/sparql-results+json" : "text/html")
                .timeout(Duration.ofSeconds(600))
                .build();
        try {
            HttpResponse<InputStream> r = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = r.body()) {
                body.transferTo(OutputStream.nullOutputStream());
            }
            return r.statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    // ---- What is asked

    private static final String PREFIXES = "PREFIX cg: <" + CG.NS + ">\n"
            + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    private static String roles() {
        return KnowledgeView.rolePropertyNodes().stream()
                .map(n -> "<" + n.getURI() + ">")
                .collect(Collectors.joining(" "));
    }

    /** The probes, for entities chosen from the data: the busiest ones and some from the middle. */
    List<Probe> probes(DatasetGraph dsg) {
        List<Probe> out = new ArrayList<>();
        List<String> entities = entities(dsg);
        for (int i = 0; i < entities.size(); i++) {
            String e = entities.get(i);
            String term = "<" + e + ">";
            String tag = "#" + (i + 1);
            out.add(new Probe("entity page " + tag, null, "/id/" + e.substring(CG.ID_NS.length())));
            // Exactly what the graph view sends to open an entity: its count, then its first batch.
            Node node = NodeFactory.createURI(e);
            out.add(new Probe(
                    "graph.js neighbour count " + tag,
                    ExplorerQueries.about(ExplorerQueries.GRAPH_ENTITY_COUNT, node),
                    null));
            out.add(new Probe(
                    "graph.js neighbourhood " + tag,
                    ExplorerQueries.page(ExplorerQueries.GRAPH_ENTITY_EVENTS, node, GRAPH_BATCH, 0),
                    null));
            // The timeline's first page, as timeline.js asks for it.
            out.add(new Probe(
                    "timeline " + tag,
                    ExplorerQueries.page(ExplorerQueries.TIMELINE_ENTITY, node, TIMELINE_PAGE + 1, 0),
                    null));
            LocalDate mid = middleDate(dsg, term);
            out.add(new Probe(
                    "claims between dates " + tag,
                    claimsBetween(
                            term, mid.minusDays(60).toString(), mid.plusDays(60).toString()),
                    null));
        }
        out.add(new Probe("conflicts page", null, "/conflicts"));
        for (BundledQueries.Named q : BundledQueries.list()) {
            if (q.name().contains("/") || q.text().contains("SERVICE")) {
                continue;
            }
            Query parsed = QueryRunner.parse(q.text());
            if (!parsed.isAskType() && (!parsed.hasLimit() || parsed.getLimit() > PAGE)) {
                parsed.setLimit(PAGE);
            }
            out.add(new Probe("query " + q.name(), parsed.toString(), null));
        }
        return out;
    }

    /** The claims about events an entity takes part in, dated (lexically) between two days, first page. */
    static String claimsBetween(String term, String from, String to) {
        return PREFIXES + "SELECT ?claim ?event ?date ?evidence WHERE {\n"
                + "  GRAPH ?g {\n"
                + "    VALUES ?role { " + roles() + " }\n"
                + "    ?event ?role " + term + " ; cg:date ?date .\n"
                + "    FILTER(STR(?date) >= \"" + from + "\" && STR(?date) <= \"" + to + "\")\n"
                + "    ?claim cg:about ?event ; cg:evidence/nif:anchorOf ?evidence .\n"
                + "  }\n"
                + "} LIMIT " + PAGE;
    }

    /** The busiest entities (most events) and some from the middle of the list, all with pages. */
    private List<String> entities(DatasetGraph dsg) {
        String q = PREFIXES + "SELECT ?e (COUNT(?event) AS ?n) WHERE {\n"
                + "  VALUES ?role { " + roles() + " }\n"
                + "  ?event ?role ?e . FILTER(STRSTARTS(STR(?e), \"" + CG.ID_NS + "entity/\"))\n"
                + "} GROUP BY ?e ORDER BY DESC(?n) ?e";
        List<String> all = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            try (QueryExec qe = QueryExec.graph(dsg.getUnionGraph()).query(q).build()) {
                qe.select().forEachRemaining(b -> all.add(b.get("e").getURI()));
            }
        });
        List<String> out = new ArrayList<>(all.subList(0, Math.min(BUSIEST, all.size())));
        for (int i = 0; i < MIDDLE && all.size() > BUSIEST + i; i++) {
            String e = all.get(all.size() / 2 + i);
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The middle of the dates of an entity's events (a sample of them), for a window that holds some. */
    private LocalDate middleDate(DatasetGraph dsg, String term) {
        String q = PREFIXES + "SELECT ?date WHERE { VALUES ?role { " + roles() + " } ?event ?role " + term
                + " ; cg:date ?date } LIMIT 1000";
        List<String> dates = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            try (QueryExec qe = QueryExec.graph(dsg.getUnionGraph()).query(q).build()) {
                qe.select().forEachRemaining(b -> {
                    Node d = b.get("date");
                    String lex = d.isLiteral() ? d.getLiteralLexicalForm() : "";
                    if (lex.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        dates.add(lex);
                    }
                });
            }
        });
        Collections.sort(dates);
        return dates.isEmpty() ? LocalDate.of(2023, 1, 1) : LocalDate.parse(dates.get(dates.size() / 2));
    }
}

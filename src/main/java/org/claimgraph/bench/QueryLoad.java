package org.claimgraph.bench;

import static org.claimgraph.bench.BenchLib.get;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.query.BundledQueries;
import org.claimgraph.query.QueryRunner;

/**
 * The query part of {@link ScaleBenchmark}: the bundled queries from concurrent clients against claimgraph's
 * server and against a plain Fuseki serving the same dataset, alternating, with latencies.
 */
/*package*/ final class QueryLoad {
    private final Function<DatasetGraph, ScaleBenchmark.Server> claimgraphServer;
    private final int clients;
    private final int querySeconds;
    private final long resultLimit;
    private final Consumer<String> progress;

    QueryLoad(
            Function<DatasetGraph, ScaleBenchmark.Server> claimgraphServer,
            int clients,
            int querySeconds,
            long resultLimit,
            Consumer<String> progress) {
        this.claimgraphServer = claimgraphServer;
        this.clients = clients;
        this.querySeconds = querySeconds;
        this.resultLimit = resultLimit;
        this.progress = progress;
    }

    /** The bundled queries, alternately against claimgraph's server and a plain Fuseki over the same dataset. */
    void run(DatasetGraph dsg, Map<String, Object> out) {
        List<String> queries = BundledQueries.list().stream()
                .filter(q -> !q.name().contains("/") && !q.text().contains("SERVICE"))
                .map(q -> {
                    org.apache.jena.query.Query parsed = QueryRunner.parse(q.text());
                    if (!parsed.isAskType() && (!parsed.hasLimit() || parsed.getLimit() > resultLimit)) {
                        parsed.setLimit(resultLimit);
                    }
                    return parsed.toString();
                })
                .toList();
        FusekiServer bare = FusekiServer.create()
                .loopback(true)
                .port(0)
                .add("/ds", dsg, false)
                .build()
                .start();
        try (ScaleBenchmark.Server ours = claimgraphServer.apply(dsg)) {
            String bareUrl = bare.datasetURL("/ds") + "/sparql";
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            progress.accept("bench: " + queries.size() + " queries, " + clients + " clients, " + querySeconds
                    + " s per server");
            ask(http, ours.sparqlUrl(), queries, 1, null); // warm-up: every query once on each server
            ask(http, bareUrl, queries, 1, null);
            Stats mine = new Stats();
            Stats plain = new Stats();
            double half = querySeconds / 2.0;
            for (int round = 0; round < 2; round++) {
                ask(http, ours.sparqlUrl(), queries, half, mine);
                ask(http, bareUrl, queries, half, plain);
            }
            out.put("query_clients", clients);
            out.put("queries", queries.size());
            out.put("query_qps", round(mine.qps()));
            out.put("bare_fuseki_qps", round(plain.qps()));
            out.put("query_vs_bare_fuseki", round(mine.qps() / plain.qps()));
            out.put("p50_ms", round(mine.percentile(0.50)));
            out.put("p99_ms", round(mine.percentile(0.99)));
            out.put("bare_p99_ms", round(plain.percentile(0.99)));
            out.put("query_errors", mine.errors + plain.errors);
        } finally {
            bare.stop();
        }
    }

    /** Latencies and counts of one server's measured phases. */
    private static final class Stats {
        final List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        long requests;
        long errors;
        double seconds;

        double qps() {
            return requests / seconds;
        }

        double percentile(double p) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.isEmpty()
                    ? 0
                    : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
        }
    }

    /** {@code clients} threads ask the queries in turn for {@code seconds} (or once each when stats is null). */
    private void ask(HttpClient http, String endpoint, List<String> queries, double seconds, Stats stats) {
        int threads = stats == null ? 1 : clients;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < threads; c++) {
            int offset = c;
            results.add(pool.submit(() -> {
                long requests = 0;
                long errors = 0;
                for (int i = offset; stats == null ? i < offset + queries.size() : System.nanoTime() < end; i++) {
                    String q = queries.get(i % queries.size());
                    long t = System.nanoTime();
                    HttpRequest req = HttpRequest.newBuilder(
                                    URI.create(endpoint + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                            .header("Accept", "application/sparql-results+json")
                            .timeout(Duration.ofSeconds(600))
                            .build();
                    int status;
                    try {
                        HttpResponse<InputStream> r = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
                        try (InputStream body = r.body()) {
                            body.transferTo(OutputStream.nullOutputStream());
                        }
                        status = r.statusCode();
                    } catch (IOException e) {
                        status = -1;
                    }
                    requests++;
                    if (status != 200) {
                        errors++;
                    }
                    if (stats != null) {
                        stats.millis.add((System.nanoTime() - t) / 1e6);
                    }
                }
                return new long[] {requests, errors};
            }));
        }
        long requests = 0;
        long errors = 0;
        for (Future<long[]> f : results) {
            long[] r = get(f);
            requests += r[0];
            errors += r[1];
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdownNow();
        if (stats != null) {
            stats.requests += requests;
            stats.errors += errors;
            stats.seconds += elapsed;
        }
    }
}

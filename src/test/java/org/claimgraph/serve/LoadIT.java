package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.claimgraph.TestSupport;
import org.claimgraph.store.KnowledgeStore;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, load: {@value #DEFAULT_CLIENTS} concurrent clients run the canned queries ({@code queries/*.rq},
 * top level) against the server on loopback, each with its own HTTP connection, one query after another
 * for a set time; every answer must be a 200 with the number of rows that {@code queries/expected/} gives.
 * Prints the number of requests, p50, p99 and the slowest.
 *
 * <p>The time is {@code -Dclaimgraph.load.seconds=N} (default {@value #DEFAULT_SECONDS} s in the suite; the
 * issue's figure is for 60 s) and the number of clients {@code -Dclaimgraph.load.clients=N}:
 *
 * <pre>
 * mvn -B test -Dtest=LoadIT -Dclaimgraph.load.seconds=60
 * </pre>
 */
class LoadIT {
    static final int DEFAULT_CLIENTS = 50;
    static final int DEFAULT_SECONDS = 10;
    private static final Path QUERIES = Path.of("queries");

    /** One canned query with the number of rows it answers on the example article. */
    record Canned(String name, String text, int rows) {}

    /** One request's outcome. */
    record Sample(String query, long nanos, String error) {}

    @Test
    void fiftyClientsRunTheCannedQueriesWithoutErrors() throws Exception {
        int clients = Integer.getInteger("claimgraph.load.clients", DEFAULT_CLIENTS);
        int seconds = Integer.getInteger("claimgraph.load.seconds", DEFAULT_SECONDS);
        List<Canned> canned = canned();
        assertTrue(canned.size() >= 5, "canned queries: " + canned.size());
        try (KnowledgeStore store = TestSupport.storeWith(TestSupport.exampleGraph());
                ClaimgraphServer server = ClaimgraphServer.start(store.dataset(), ServerOptions.onPort(0))) {
            // Each query once before the clock starts: the answers are right, and the first-use costs are paid.
            HttpClient warm = HttpClient.newHttpClient();
            for (Canned q : canned) {
                Sample s = run(warm, server, q);
                assertEquals(null, s.error(), q.name());
            }
            ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> running = new ArrayList<>();
            long[] end = new long[1];
            for (int c = 0; c < clients; c++) {
                int first = c;
                running.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(10))
                            .build();
                    go.await();
                    // Clients start at different queries, so that every query runs at every moment.
                    for (int i = first; System.nanoTime() < end[0]; i++) {
                        samples.add(run(http, server, canned.get(i % canned.size())));
                    }
                    return null;
                }));
            }
            long start = System.nanoTime();
            end[0] = start + seconds * 1_000_000_000L;
            go.countDown();
            for (Future<?> f : running) {
                f.get();
            }
            long elapsed = System.nanoTime() - start;
            pool.shutdown();
            report(clients, elapsed, new ArrayList<>(samples));
        }
    }

    private static void report(int clients, long elapsedNanos, List<Sample> samples) {
        List<Sample> errors = samples.stream().filter(s -> s.error() != null).toList();
        long[] all = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
        Map<String, List<Long>> byQuery = new TreeMap<>();
        for (Sample s : samples) {
            byQuery.computeIfAbsent(s.query(), k -> new ArrayList<>()).add(s.nanos());
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                "load: %d clients for %.1f s: %d requests (%.0f/s), %d errors; latency p50 %.1f ms, "
                        + "p99 %.1f ms, max %.1f ms%n",
                clients,
                elapsedNanos / 1e9,
                samples.size(),
                samples.size() / (elapsedNanos / 1e9),
                errors.size(),
                ms(percentile(all, 50)),
                ms(percentile(all, 99)),
                ms(all.length == 0 ? 0 : all[all.length - 1])));
        byQuery.forEach((q, times) -> {
            long[] t = times.stream().mapToLong(Long::longValue).sorted().toArray();
            b.append(String.format(
                    "  %-32s %6d requests, p50 %7.1f ms, p99 %7.1f ms%n",
                    q, t.length, ms(percentile(t, 50)), ms(percentile(t, 99))));
        });
        System.out.print(b);
        assertTrue(samples.size() > clients, "every client ran: " + samples.size() + " requests");
        assertEquals(List.of(), errors.stream().limit(10).toList(), errors.size() + " errors");
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Runs one query by HTTP POST (form), as SPARQL clients do, and checks the status and the row count. */
    private static Sample run(HttpClient http, ClaimgraphServer server, Canned q) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "query=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8)))
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - start;
            if (r.statusCode() != 200) {
                return new Sample(q.name(), nanos, q.name() + ": HTTP " + r.statusCode());
            }
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
            int rows = 0;
            for (; rs.hasNext(); rs.next()) {
                rows++;
            }
            return new Sample(
                    q.name(), nanos, rows == q.rows() ? null : q.name() + ": " + rows + " rows, expected " + q.rows());
        } catch (IOException | RuntimeException e) {
            return new Sample(q.name(), System.nanoTime() - start, q.name() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sample(q.name(), System.nanoTime() - start, q.name() + ": interrupted");
        }
    }

    /** The top-level canned queries with their expected row counts (lines of the expected TSV after its header). */
    private static List<Canned> canned() throws IOException {
        List<Canned> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(QUERIES)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq"))
                    .sorted()
                    .toList()) {
                String name = p.getFileName().toString().replace(".rq", "");
                Path expected = QUERIES.resolve("expected").resolve(name + ".tsv");
                long rows = Files.readAllLines(expected).stream()
                        .skip(1)
                        .filter(l -> !l.isBlank())
                        .count();
                out.add(new Canned(name, Files.readString(p), (int) rows));
            }
        }
        return Collections.unmodifiableList(out);
    }
}

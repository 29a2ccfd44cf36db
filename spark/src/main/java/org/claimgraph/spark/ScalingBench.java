package org.claimgraph.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.claimgraph.bench.CorpusGenerator;
import org.claimgraph.cli.Main;
import org.claimgraph.ingest.Article;
import org.claimgraph.pipeline.ArticlePipeline;
import org.claimgraph.sys.FileTrees;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How extraction scales on Spark: one generated corpus ({@code claimgraph bench}'s generator, the same on every
 * run) extracted by {@link ExtractJob} in local mode with 1 and with 2 executor threads, and by a single-machine
 * {@code claimgraph build} with 2 threads into a new TDB2 store, in one JVM, after one warm-up article; the
 * figures are articles per second and their ratios.
 *
 * <pre>
 * mvn -B -f spark/pom.xml compile exec:exec@bench -Dbench.args="--articles 24"
 * </pre>
 *
 * The job does everything it does on a cluster (N-Quads, claims table, cross-article events, summary) and
 * {@code build} everything it does on one machine (SHACL, the store, cross-article events), so the ratio of
 * the two at the same threads is what running on Spark costs or saves on one machine.
 */
@Command(
        name = "claimgraph-spark-bench",
        mixinStandardHelpOptions = true,
        description = "Articles per second of the Spark job in local mode with 1 and 2 executor threads and of "
                + "'claimgraph build' with 2 threads, on the same generated corpus; the last line is JSON.")
public final class ScalingBench implements Callable<Integer> {
    @Option(names = "--articles", paramLabel = "N", description = "Corpus size (default: ${DEFAULT-VALUE}).")
    int articles = 24;

    @Option(
            names = "--work",
            paramLabel = "DIR",
            description = "Folder for the corpus and the outputs, new or empty: the job refuses an output "
                    + "folder that exists (default: a temporary folder, removed at the end).")
    Path work;

    /** Runs the benchmark; Spark's own logging goes to standard error. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ScalingBench()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("claimgraph-spark-bench") : Files.createDirectories(work);
        try {
            CorpusGenerator generator = CorpusGenerator.bundled();
            Path corpus = dir.resolve("corpus.jsonl");
            writeJsonLines(generator, articles, corpus);
            // The models load once per JVM and are shared: load them, and warm the code, outside the timings.
            ArticlePipeline.bundled().process(generator.article(articles));

            Map<String, Double> rate = new LinkedHashMap<>();
            for (int threads = 1; threads <= 2; threads++) {
                SparkSession spark = SparkSession.builder()
                        .master("local[" + threads + "]")
                        .appName("claimgraph-spark-bench")
                        .config("spark.ui.enabled", "false")
                        .getOrCreate();
                try {
                    long start = System.nanoTime();
                    JobSummary s = ExtractJob.run(
                            spark,
                            ExtractJob.Options.of(
                                    java.util.List.of(corpus.toString()),
                                    dir.resolve("spark-" + threads).toString()));
                    rate.put("spark_local_" + threads, perSecond(s.articles(), start));
                    System.err.println("claimgraph-spark-bench: local[" + threads + "]: " + s.describe());
                } finally {
                    spark.stop();
                }
            }
            long start = System.nanoTime();
            int code =
                    Main.run("build", "--store", dir.resolve("store").toString(), "--threads", "2", corpus.toString());
            if (code != 0) {
                System.err.println("claimgraph-spark-bench: build ended with exit code " + code);
                return code;
            }
            rate.put("build_2_threads", perSecond(articles, start));
            print(rate);
            return 0;
        } finally {
            if (temporary) {
                FileTrees.deleteRecursively(dir);
            }
        }
    }

    private void print(Map<String, Double> rate) {
        double one = rate.get("spark_local_1");
        double two = rate.get("spark_local_2");
        double build = rate.get("build_2_threads");
        System.out.printf(Locale.ROOT, "corpus: %d generated articles%n", articles);
        System.out.printf(Locale.ROOT, "Spark local[1]:        %7.2f articles/s%n", one);
        System.out.printf(Locale.ROOT, "Spark local[2]:        %7.2f articles/s  (%.2f × local[1])%n", two, two / one);
        System.out.printf(
                Locale.ROOT,
                "build, 2 threads:      %7.2f articles/s  (Spark local[2] / build = %.2f)%n",
                build,
                two / build);
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("articles", articles);
        rate.forEach((k, v) -> json.put(k + "_articles_per_s", round(v)));
        json.put("ratio_local_2_to_local_1", round(two / one));
        json.put("ratio_local_2_to_build", round(two / build));
        json.put("ratio_local_1_to_build", round(one / build));
        System.out.println(json);
    }

    private static double perSecond(long n, long startNanos) {
        return n / ((System.nanoTime() - startNanos) / 1e9);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Articles 0 … n-1 of the generator as JSON Lines, the fields {@code build} reads. */
    private static void writeJsonLines(CorpusGenerator generator, int n, Path file) {
        ObjectMapper json = new ObjectMapper();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                Article a = generator.article(i);
                ObjectNode line = json.createObjectNode();
                line.put("text", a.text());
                a.published().ifPresent(d -> line.put("published", d.toString()));
                a.url().ifPresent(u -> line.put("url", u));
                a.title().ifPresent(t -> line.put("title", t));
                out.write(json.writeValueAsString(line));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}

package org.claimgraph.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.claimgraph.ingest.ArticleReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Extracts a corpus on Apache Spark and writes, under the output folder:
 *
 * <ul>
 *   <li>{@code quads/part-*.nq.gz}: the validated article graphs, as {@code build} stores them, in gzipped N-Quads
 *       (one named graph per article, each article's quads together);
 *   <li>{@code events/part-*.nq.gz}: the cross-article events graph ({@code id/graph/events});
 *   <li>{@code claims/}: the claims table in Parquet ({@link ClaimsTable#SCHEMA});
 *   <li>{@code rejected/part-*}: one line per rejected input, naming it and the problem;
 *   <li>{@code summary.json}: the totals ({@link JobSummary}).
 * </ul>
 *
 * <pre>
 * spark-submit --class org.claimgraph.spark.ExtractJob --jars claimgraph.jar claimgraph-spark.jar \
 *     --output hdfs:///kg/run-1 hdfs:///corpus/*.jsonl
 * </pre>
 *
 * A bad input or article is rejected with its line and never fails the job. The output depends only on the
 * input, not on how it is partitioned: article graphs are named by content hash, and the events graph is
 * computed from the article graphs alone.
 */
@Command(
        name = "claimgraph-spark",
        mixinStandardHelpOptions = true,
        description = "Extract claims from articles (text files with front matter, folders of them, JSON Lines) on "
                + "Apache Spark; write the article graphs and the cross-article events as gzipped N-Quads, the "
                + "claims as Parquet, the rejected inputs and a summary.")
public final class ExtractJob implements Callable<Integer> {
    private static final String NQUADS_GZ = ".nq.gz";

    /** What a run is asked to do. */
    public static final class Options {
        @Option(
                names = {"-o", "--output"},
                required = true,
                paramLabel = "DIR",
                description = "Output folder on any Hadoop file system; must not exist yet.")
        String output;

        @Option(
                names = "--published",
                paramLabel = "YYYY-MM-DD",
                description = "Publication date of every article (default: front matter or JSON field).")
        LocalDate published;

        @Option(
                names = "--max-bytes",
                paramLabel = "N",
                description = "Largest article (file, or JSON line) accepted (default: ${DEFAULT-VALUE}).")
        long maxBytes = ArticleReader.DEFAULT_MAX_BYTES;

        @Option(
                names = "--partitions",
                paramLabel = "N",
                description = "Extraction tasks (default: the input's splits, at least Spark's default parallelism "
                        + "times 4, so that slow articles even out).")
        int partitions;

        @Option(names = "--no-events", description = "Skip the cross-article events graph (default: computed).")
        boolean noEvents;

        @Parameters(
                paramLabel = "INPUT",
                arity = "1..*",
                description = "Article files, JSON Lines files (.jsonl: text, published, url, title) or folders of "
                        + "them, as Hadoop paths (file:, hdfs:, s3a: …).")
        List<String> inputs;

        /** Options for a run from code: inputs and output folder, defaults for the rest. */
        public static Options of(List<String> inputs, String output) {
            Options o = new Options();
            o.inputs = List.copyOf(inputs);
            o.output = output;
            return o;
        }

        /** The same options with this many extraction tasks. */
        public Options partitions(int n) {
            this.partitions = n;
            return this;
        }
    }

    @CommandLine.Mixin
    Options options = new Options();

    /** Entry point for {@code spark-submit}; the master and resources come from its options. */
    public static void main(String[] args) {
        int code = new CommandLine(new ExtractJob()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() {
        SparkSession spark =
                SparkSession.builder().appName("claimgraph-extract").getOrCreate();
        try {
            JobSummary s = run(spark, options);
            System.out.println(s.describe());
            System.out.println(s.toJson());
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("claimgraph-spark: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in the given session and returns its totals; the outputs are under {@code o.output}. */
    public static JobSummary run(SparkSession spark, Options o) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        Path out = new Path(o.output);
        try {
            // Checked before hours of extraction, not when the first part is written.
            if (out.getFileSystem(conf).exists(out)) {
                throw new IllegalArgumentException("output folder exists already: " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot check the output folder " + out + ": " + e.getMessage(), e);
        }
        JavaRDD<InputRecord> inputs = Inputs.read(jsc, o.inputs, o.maxBytes);
        int tasks = o.partitions > 0 ? o.partitions : Math.max(inputs.getNumPartitions(), 4 * jsc.defaultParallelism());
        JavaRDD<ArticleResult> results = inputs.repartition(tasks)
                .mapPartitions(new ArticleExtraction(o.maxBytes, o.published == null ? null : o.published.toString()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            LaterWins.Kept kept = LaterWins.apply(jsc, results.filter(ArticleResult::accepted));
            JavaRDD<ArticleResult> articles = kept.articles();
            articles.map(ArticleResult::nquads).saveAsTextFile(child(out, "quads"), GzipCodec.class);
            nameAsNQuads(conf, new Path(out, "quads"));
            results.filter(r -> !r.accepted())
                    .map(ArticleResult::problem)
                    .sortBy(line -> line, true, 1)
                    .saveAsTextFile(child(out, "rejected"));
            spark.createDataFrame(
                            articles.flatMap(r -> r.claims().iterator()).map(ClaimsTable::toRow), ClaimsTable.SCHEMA)
                    .write()
                    .mode(SaveMode.ErrorIfExists)
                    .parquet(child(out, "claims"));
            long[] corpus = {0, 0, 0};
            if (!o.noEvents) {
                JavaRDD<CrossArticleEvents.Part> events =
                        CrossArticleEvents.compute(jsc, articles).persist(StorageLevel.MEMORY_AND_DISK());
                events.map(CrossArticleEvents.Part::nquads).saveAsTextFile(child(out, "events"), GzipCodec.class);
                nameAsNQuads(conf, new Path(out, "events"));
                corpus = events.map(p -> new long[] {p.merged(), p.reports(), p.conflicts()})
                        .fold(new long[3], ExtractJob::add);
                events.unpersist();
            }
            long[] t = articles.map(r -> new long[] {1, r.claimCount(), r.events(), r.conflicts(), r.triples()})
                    .fold(new long[5], ExtractJob::add);
            long rejected = results.filter(r -> !r.accepted()).count();
            JobSummary summary = new JobSummary(
                    t[0], kept.replaced(), rejected, t[1], t[2], t[3], t[4], corpus[0], corpus[1], corpus[2]);
            write(conf, new Path(out, "summary.json"), summary.toJson() + "\n");
            return summary;
        } finally {
            results.unpersist();
        }
    }

    private static long[] add(long[] a, long[] b) {
        long[] s = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            s[i] = a[i] + b[i];
        }
        return s;
    }

    private static String child(Path parent, String name) {
        return new Path(parent, name).toString();
    }

    /**
     * Renames the committed {@code part-NNNNN.gz} files of a folder to {@code part-NNNNN.nq.gz}: loaders
     * ({@code tdb2.tdbloader}, {@code riot}, {@code claimgraph build}) tell N-Quads by the name, and Spark's text
     * output names parts after the codec only. Done on the driver once the output committer has finished, so
     * retried or speculative tasks never see the new names.
     */
    private static void nameAsNQuads(Configuration conf, Path folder) {
        try {
            FileSystem fs = folder.getFileSystem(conf);
            for (FileStatus f : fs.listStatus(
                    folder,
                    p -> p.getName().startsWith("part-")
                            && p.getName().endsWith(".gz")
                            && !p.getName().endsWith(NQUADS_GZ))) {
                Path part = f.getPath();
                String name = part.getName();
                Path renamed = new Path(folder, name.substring(0, name.length() - ".gz".length()) + NQUADS_GZ);
                if (!fs.rename(part, renamed)) {
                    throw new IOException("rename to " + renamed + " refused");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot name the parts of " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void write(Configuration conf, Path file, String text) {
        try (OutputStream os = file.getFileSystem(conf).create(file, false)) {
            os.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}

package org.claimgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.hadoop.util.StringUtils;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.claimgraph.ingest.ArticleReader;
import org.claimgraph.ingest.InputException;
import scala.Tuple2;

/**
 * The inputs of a job as one RDD: the driver lists the paths given (any Hadoop file system) as {@code build}
 * expands its arguments (folders searched recursively for {@code .txt}, {@code .md} and {@code .jsonl}, sorted,
 * {@code README.md} and hidden files left out); Hadoop's input formats then read the text files whole and the
 * JSON Lines files line by line, splitting large files across tasks.
 */
/*package*/ final class Inputs {
    private Inputs() {}

    /** The records of every input; a missing path, an empty folder or a file over the limit is a rejected record. */
    static JavaRDD<InputRecord> read(JavaSparkContext jsc, List<String> inputs, long maxBytes) {
        Configuration conf = jsc.hadoopConfiguration();
        List<InputRecord> rejected = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> jsonLines = new ArrayList<>();
        Map<String, Long> order = new HashMap<>();
        for (String input : inputs) {
            List<FileStatus> files;
            try {
                files = expand(new Path(input), conf);
            } catch (InputException e) {
                rejected.add(InputRecord.rejected(input, order.size(), e.getMessage()));
                continue;
            }
            for (FileStatus f : files) {
                String path = f.getPath().toString();
                long index = order.size();
                order.putIfAbsent(path, index);
                if (path.toLowerCase(Locale.ROOT).endsWith(ArticleReader.JSONL_SUFFIX)) {
                    jsonLines.add(path);
                } else if (f.getLen() > maxBytes) {
                    rejected.add(InputRecord.rejected(
                            path,
                            index,
                            new InputException(
                                            path,
                                            "file is " + f.getLen() + " bytes, over the limit of " + maxBytes
                                                    + " (raise it with --max-bytes)")
                                    .getMessage()));
                } else {
                    texts.add(path);
                }
            }
        }
        Broadcast<Map<String, Long>> fileOrder = jsc.broadcast(order);
        List<JavaRDD<InputRecord>> parts = new ArrayList<>();
        parts.add(jsc.parallelize(rejected, 1));
        if (!texts.isEmpty()) {
            parts.add(jsc.binaryFiles(join(texts), jsc.defaultParallelism()).map(t -> {
                String path = t._1();
                return new InputRecord(
                        path,
                        fileOrder.value().getOrDefault(path, -1L),
                        0,
                        InputRecord.Kind.TEXT,
                        t._2().toArray(),
                        null);
            }));
        }
        if (!jsonLines.isEmpty()) {
            JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>)
                    jsc.newAPIHadoopFile(join(jsonLines), TextInputFormat.class, LongWritable.class, Text.class, conf);
            parts.add(lines.mapPartitionsWithInputSplit(
                    (split, it) -> jsonLineRecords(((FileSplit) split).getPath().toString(), fileOrder.value(), it),
                    false));
        }
        return jsc.union(parts.toArray(JavaRDD[]::new));
    }

    private static Iterator<InputRecord> jsonLineRecords(
            String path, Map<String, Long> order, Iterator<Tuple2<LongWritable, Text>> lines) {
        long file = order.getOrDefault(path, -1L);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public InputRecord next() {
                Tuple2<LongWritable, Text> t = lines.next();
                long offset = t._1().get();
                // The reader reuses its Text: copy the bytes out before the next line.
                byte[] bytes = Arrays.copyOf(t._2().getBytes(), t._2().getLength());
                return new InputRecord(
                        path + " (byte " + offset + ")", file, offset, InputRecord.Kind.JSON_LINE, bytes, null);
            }
        };
    }

    /** A file as given, or a folder's article files sorted by path; what {@code build} takes from its arguments. */
    private static List<FileStatus> expand(Path input, Configuration conf) {
        try {
            FileSystem fs = input.getFileSystem(conf);
            if (!fs.exists(input)) {
                throw new InputException(input.toString(), "no such file or directory");
            }
            FileStatus status = fs.getFileStatus(input);
            if (!status.isDirectory()) {
                return List.of(status);
            }
            List<FileStatus> found = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(input, true);
            while (it.hasNext()) {
                LocatedFileStatus f = it.next();
                if (f.isFile() && looksLikeArticle(f.getPath().getName())) {
                    found.add(f);
                }
            }
            if (found.isEmpty()) {
                throw new InputException(
                        input.toString(),
                        "directory holds no article files ("
                                + String.join(", ", ArticleReader.ARTICLE_SUFFIXES) + ", "
                                + ArticleReader.JSONL_SUFFIX + ")");
            }
            found.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
            return found;
        } catch (IOException e) {
            throw new InputException(input.toString(), "cannot list: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new InputException(
                    input.toString(), "cannot list: " + e.getCause().getMessage());
        }
    }

    private static boolean looksLikeArticle(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return !name.startsWith(".")
                && !name.equals("readme.md")
                && (ArticleReader.ARTICLE_SUFFIXES.stream().anyMatch(name::endsWith)
                        || name.endsWith(ArticleReader.JSONL_SUFFIX));
    }

    /** Paths as one comma-separated list for Hadoop's input formats, commas in names escaped. */
    private static String join(List<String> paths) {
        return paths.stream().map(StringUtils::escapeString).collect(Collectors.joining(","));
    }
}

package org.claimgraph.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.claimgraph.sys.LookAhead;

/**
 * The articles of a batch, read one at a time so that a corpus of any size is never held in memory: files,
 * folders (searched recursively for {@code *.txt}, {@code *.md} and {@code *.jsonl}) and JSON Lines files,
 * one article a line as a JSON object with {@code text} (required), {@code published} (YYYY-MM-DD),
 * {@code url} and {@code title}. A bad input (missing file, folder without articles, bad encoding, empty
 * text, bad date, a JSON line that does not parse) becomes a {@link BatchItem.Rejected} naming the file, or
 * {@code file.jsonl:LINE}, and the batch goes on.
 *
 * <pre>
 * for (BatchItem item : new ArticleBatch(ArticleReader.defaults(), List.of(Path.of("corpus")), ArticleOverrides.NONE)) {
 *     if (item instanceof BatchItem.Read r) process(r.article()); else report(item);
 * }
 * </pre>
 *
 * Blank lines of a JSON Lines file are skipped; a line longer than the reader's size limit is rejected.
 */
public final class ArticleBatch implements Iterable<BatchItem> {
    private final ArticleReader reader;
    private final List<Path> inputs;
    private final ArticleOverrides overrides;

    public ArticleBatch(ArticleReader reader, List<Path> inputs, ArticleOverrides overrides) {
        this.reader = reader;
        this.inputs = List.copyOf(inputs);
        this.overrides = overrides;
    }

    /**
     * How many items the batch will give, counted cheaply (files listed, JSON Lines counted by line ends),
     * for progress reports; an estimate, as blank lines are counted.
     */
    public long estimateSize() {
        long n = 0;
        for (Path input : inputs) {
            try {
                for (Path f : reader.expand(List.of(input))) {
                    n += ArticleReader.isJsonLines(f) ? Math.max(1, countLines(f)) : 1;
                }
            } catch (InputException e) {
                n++;
            }
        }
        return n;
    }

    private static long countLines(Path f) {
        long lines = 0;
        boolean pending = false;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f)) {
            int k;
            while ((k = in.read(buf)) > 0) {
                for (int i = 0; i < k; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                        pending = false;
                    } else {
                        pending = true;
                    }
                }
            }
        } catch (IOException e) {
            return 1;
        }
        return lines + (pending ? 1 : 0);
    }

    @Override
    public Iterator<BatchItem> iterator() {
        return new Items();
    }

    /** Walks the inputs lazily: one path list per input argument, one open JSON Lines file at a time. */
    private final class Items extends LookAhead<BatchItem> {
        private final Deque<Path> pendingInputs = new ArrayDeque<>(inputs);
        private final Deque<Path> files = new ArrayDeque<>();
        private JsonLines lines;

        @Override
        protected BatchItem advance() {
            BatchItem next = null;
            while (next == null) {
                if (lines != null) {
                    next = lines.next();
                    if (next == null) {
                        lines.close();
                        lines = null;
                    }
                    continue;
                }
                if (!files.isEmpty()) {
                    Path f = files.poll();
                    if (ArticleReader.isJsonLines(f)) {
                        try {
                            lines = new JsonLines(
                                    reader,
                                    overrides,
                                    f.toString(),
                                    new BufferedInputStream(Files.newInputStream(f), 1 << 16),
                                    1);
                        } catch (IOException e) {
                            next = new BatchItem.Rejected(
                                    new InputException(f.toString(), "cannot read: " + e.getMessage()));
                        }
                    } else {
                        next = readFile(f);
                    }
                    continue;
                }
                if (pendingInputs.isEmpty()) {
                    return null;
                }
                Path input = pendingInputs.poll();
                try {
                    files.addAll(reader.expand(List.of(input)));
                } catch (InputException e) {
                    next = new BatchItem.Rejected(e);
                }
            }
            return next;
        }

        private BatchItem readFile(Path f) {
            try {
                return new BatchItem.Read(reader.read(f, overrides));
            } catch (InputException e) {
                return new BatchItem.Rejected(e);
            }
        }
    }

    /**
     * The articles of a JSON Lines stream (a request body), one item per non-blank line, read lazily; a bad line
     * becomes a {@link BatchItem.Rejected} named {@code source:LINE}, and the rest go on. Closing the stream is the
     * caller's business.
     */
    public static Iterable<BatchItem> jsonLines(
            ArticleReader reader, String source, InputStream in, ArticleOverrides overrides) {
        return jsonLines(reader, source, in, 1, overrides);
    }

    /** {@link #jsonLines(ArticleReader, String, InputStream, ArticleOverrides)} for lines numbered from {@code firstLine}. */
    public static Iterable<BatchItem> jsonLines(
            ArticleReader reader, String source, InputStream in, long firstLine, ArticleOverrides overrides) {
        return () -> new LookAhead<>() {
            private final JsonLines lines = new JsonLines(reader, overrides, source, in, firstLine);

            @Override
            protected BatchItem advance() {
                return lines.next();
            }
        };
    }

    /**
     * One article from a JSON object with the JSON Lines fields: {@code text} (required), {@code published},
     * {@code url}, {@code title}; checked as a JSON line is.
     */
    public static Article fromJson(ArticleReader reader, String source, String json, ArticleOverrides overrides) {
        return reader.fromJsonLine(source, json.getBytes(StandardCharsets.UTF_8), overrides)
                .orElseThrow(() -> new InputException(source, "no JSON object, only white space"));
    }

    /** JSON Lines read line by line as bytes, so that each line is decoded (strict UTF-8) on its own. */
    private static final class JsonLines implements AutoCloseable {
        private final ArticleReader reader;
        private final ArticleOverrides overrides;
        private final String file;
        private final InputStream in;
        private long lineNo;
        private boolean eof;

        JsonLines(ArticleReader reader, ArticleOverrides overrides, String file, InputStream in, long firstLine) {
            this.reader = reader;
            this.overrides = overrides;
            this.file = file;
            this.in = in;
            this.lineNo = firstLine - 1;
        }

        /** The next item, or null at the end of the file. Blank lines are skipped. */
        BatchItem next() {
            while (!eof) {
                byte[] line;
                try {
                    line = readLine();
                } catch (UncheckedIOException e) {
                    eof = true;
                    return new BatchItem.Rejected(new InputException(
                            file + ":" + (lineNo + 1), e.getCause().getMessage()));
                }
                if (line == null) {
                    return null;
                }
                lineNo++;
                String source = file + ":" + lineNo;
                if (line.length > reader.maxBytes()) {
                    return new BatchItem.Rejected(new InputException(
                            source,
                            "line is over the limit of " + reader.maxBytes() + " bytes (raise it with --max-bytes)"));
                }
                int start = lineNo == 1
                                && line.length >= 3
                                && line[0] == (byte) 0xEF
                                && line[1] == (byte) 0xBB
                                && line[2] == (byte) 0xBF
                        ? 3
                        : 0;
                try {
                    Optional<Article> a = reader.fromJsonLine(
                            source, java.util.Arrays.copyOfRange(line, start, line.length), overrides);
                    if (a.isPresent()) {
                        return new BatchItem.Read(a.get());
                    }
                } catch (InputException e) {
                    return new BatchItem.Rejected(e);
                }
            }
            return null;
        }

        /** The bytes of the next line without its line end, or null at the end; stops collecting past the limit. */
        private byte[] readLine() {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try {
                int c;
                boolean any = false;
                while ((c = in.read()) >= 0) {
                    any = true;
                    if (c == '\n') {
                        break;
                    }
                    if (b.size() <= reader.maxBytes()) {
                        b.write(c);
                    }
                }
                if (c < 0) {
                    eof = true;
                    if (!any) {
                        return null;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(new IOException("cannot read: " + e.getMessage(), e));
            }
            byte[] bytes = b.toByteArray();
            int n = bytes.length;
            if (n > 0 && bytes[n - 1] == '\r') {
                return java.util.Arrays.copyOf(bytes, n - 1);
            }
            return bytes;
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                // Read-only file: nothing is lost.
            }
        }
    }
}

package org.claimgraph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The queries shipped in the jar under {@code queries/} (copied there from the project's {@code queries/}
 * folder by the build), each with the question its first comment line states.
 *
 * <pre>
 * for (BundledQueries.Named q : BundledQueries.list()) {
 *     System.out.println(q.name() + ": " + q.question());
 * }
 * </pre>
 */
public final class BundledQueries {
    /** Classpath folder of the bundled queries. */
    public static final String FOLDER = "queries";

    private BundledQueries() {}

    /**
     * One bundled query.
     *
     * @param name     file name without {@code .rq} ({@code 01-visits})
     * @param question the text of its opening {@code # Question:} comment, or the name when there is none
     * @param text     the SPARQL text
     */
    public record Named(String name, String question, String text) {}

    /** Every {@code queries/*.rq} on the classpath, sorted by name. */
    public static List<Named> list() {
        URL folder = BundledQueries.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    return read(FileSystems.getFileSystem(uri).provider().getPath(uri));
                } catch (FileSystemNotFoundException e) {
                    try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                        return read(fs.provider().getPath(uri));
                    }
                }
            }
            return read(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new QueryException("Cannot list the bundled queries at " + folder + ": " + e.getMessage());
        }
    }

    private static List<Named> read(Path dir) throws IOException {
        List<Named> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq"))
                    .sorted()
                    .toList()) {
                String file = p.getFileName().toString();
                String name = file.substring(0, file.length() - ".rq".length());
                String text = Files.readString(p, StandardCharsets.UTF_8);
                out.add(new Named(name, question(text).orElse(name), text));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }

    private static java.util.Optional<String> question(String text) {
        return text.lines()
                .findFirst()
                .map(String::strip)
                .filter(l -> l.startsWith("#"))
                .map(l -> l.replaceFirst("^#+\\s*", "").replaceFirst("^Question:\\s*", ""))
                .filter(q -> !q.isEmpty());
    }
}

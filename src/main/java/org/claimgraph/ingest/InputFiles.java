package org.claimgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Expands the paths given on a command line into the files to read: files as given, folders searched below. */
public final class InputFiles {
    private InputFiles() {}

    /**
     * Files as given; each folder searched recursively for the files {@code wanted} accepts, in a stable (sorted)
     * order. A missing path, an unreadable folder or a folder without such files is an {@link InputException};
     * {@code noneFound} is its message for the last.
     */
    public static List<Path> expand(List<Path> inputs, Predicate<Path> wanted, String noneFound) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new InputException(input.toString(), "no such file or directory");
            }
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            List<Path> found;
            try (Stream<Path> walk = Files.walk(input)) {
                found = walk.filter(Files::isRegularFile)
                        .filter(wanted)
                        .sorted()
                        .toList();
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new InputException(input.toString(), "cannot list directory: " + e.getMessage());
            }
            if (found.isEmpty()) {
                throw new InputException(input.toString(), noneFound);
            }
            files.addAll(found);
        }
        return files;
    }
}

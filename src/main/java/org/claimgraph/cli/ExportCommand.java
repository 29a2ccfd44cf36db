package org.claimgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.claimgraph.export.Exporter;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code claimgraph export}: the store for Gephi, Cytoscape, spreadsheets, RDF tools or Wikidata. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export the store for other tools: graphml or gexf (Gephi, Cytoscape) of the events or of "
                + "the plain facts (--view), csv (one row per claim), trig, nq or jsonld (RDF), or quickstatements "
                + "(Wikidata).")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerbosityMixin verbosity;

    @Mixin
    StoreMixin store;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            required = true,
            description = "graphml, gexf, csv, trig, nq, jsonld or quickstatements.")
    Exporter.Format format;

    @Option(
            names = "--view",
            paramLabel = "VIEW",
            defaultValue = "events",
            description = "With graphml or gexf: events (entities and events as nodes, roles as edges) or facts "
                    + "(entities as nodes, the relations articles assert as edges, weighted by their claims) "
                    + "(default: ${DEFAULT-VALUE}).")
    Exporter.View view;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE (replaced only when the export succeeds) instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        if (view == Exporter.View.facts && format != Exporter.Format.graphml && format != Exporter.Format.gexf) {
            throw new ParameterException(spec.commandLine(), "--view facts is for --format graphml or gexf");
        }
        if (!Files.isDirectory(store.directory())) {
            throw new StoreException(store.directory() + ": no store here; run 'claimgraph build' first");
        }
        Exporter.Result result;
        try (KnowledgeStore kg = KnowledgeStore.open(store.directory())) {
            if (output == null) {
                OutputStream out = new BufferedOutputStream(System.out);
                result = Exporter.write(kg.dataset(), format, view, out);
                out.flush();
            } else {
                Path target = output.toAbsolutePath();
                Path tmp = Files.createTempFile(target.getParent(), ".claimgraph-export-", ".tmp");
                try {
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                        result = Exporter.write(kg.dataset(), format, view, out);
                    }
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // Exit code 5, as for any file claimgraph cannot write.
            throw new StoreException(
                    (output == null ? "standard output" : output.toString()) + ": cannot write the export: "
                            + e.getMessage(),
                    e);
        }
        result.notes().forEach(n -> spec.commandLine().getErr().println("claimgraph: " + n));
        if (output != null) {
            spec.commandLine().getErr().printf("claimgraph: wrote %s (%d items)%n", output, result.items());
        }
        return ExitCodes.OK;
    }
}

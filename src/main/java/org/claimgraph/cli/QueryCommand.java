package org.claimgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.store.KnowledgeStore;
import org.claimgraph.store.StoreException;
import org.claimgraph.store.StoreInUseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimgraph query}: runs SPARQL on the store and prints a table. */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description = "Run a SPARQL query on the store and print the results. QUERY is a file, the name of a bundled "
                + "query (e.g. 01-visits), or SPARQL text; the cg:, nif:, prov:, schema:, rdfs:, owl:, xsd: and wd: "
                + "prefixes are predeclared.")
public final class QueryCommand implements Callable<Integer> {
    @Mixin
    VerbosityMixin verbosity;

    @Mixin
    StoreMixin store;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    QueryRunner.OutputFormat format;

    @Option(
            names = "--param",
            paramLabel = "NAME=URL",
            description = "Endpoint of a SERVICE placeholder "
                    + "<urn:claimgraph:NAME> in the query, e.g. wikidata=http://127.0.0.1:3031/wd/sparql (repeatable; "
                    + "wikidata defaults to https://query.wikidata.org/sparql).")
    Map<String, String> params = new LinkedHashMap<>();

    @Parameters(paramLabel = "QUERY", description = "A query file, a bundled query name, or SPARQL text.")
    String query;

    @Override
    public Integer call() {
        String text = QueryRunner.bind(QueryRunner.resolve(query), params);
        if (!Files.isDirectory(store.directory())) {
            throw new StoreException(store.directory() + ": no store here; run 'claimgraph build' first");
        }
        try (KnowledgeStore kg = open()) {
            OutputStream out = new BufferedOutputStream(System.out);
            QueryRunner.run(kg.dataset(), text, format, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExitCodes.OK;
    }

    /** The store; one a server holds is one line naming the server's SPARQL endpoint, which answers the query. */
    private KnowledgeStore open() {
        try {
            return KnowledgeStore.open(store.directory());
        } catch (StoreInUseException e) {
            if (e.serverUrl().isEmpty()) {
                throw e;
            }
            throw new StoreInUseException(
                    e.getMessage() + "; send the query to its SPARQL endpoint, "
                            + e.serverUrl().get() + "kg/sparql",
                    e.pid(),
                    e.serverUrl(),
                    e);
        }
    }
}

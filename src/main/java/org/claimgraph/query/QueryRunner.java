package org.claimgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.vocab.Ontology;

/**
 * Runs SPARQL queries against a dataset and writes the results: a table for people, or CSV, TSV or JSON
 * for programs. A query is given as a file, as the name of a bundled query ({@code 01-visits} or
 * {@code 01-visits.rq} from {@code queries/}), or as text; the standard prefixes are added when missing.
 *
 * <pre>
 * QueryRunner.run(store.dataset(), QueryRunner.resolve("01-visits"), OutputFormat.TABLE, System.out);
 * </pre>
 */
public final class QueryRunner {
    /** How results are written. */
    public enum OutputFormat { table, csv, tsv, json }

    private QueryRunner() {}

    /** The query text for a file path, a bundled query name, or the argument itself. */
    public static String resolve(String queryOrFile) {
        Path p = Path.of(queryOrFile.length() > 255 || queryOrFile.contains("\n") ? "." : queryOrFile);
        if (!queryOrFile.contains("\n") && Files.isRegularFile(p)) {
            try {
                return Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new QueryException(queryOrFile + ": cannot read query file: " + e.getMessage());
            }
        }
        String name = queryOrFile.strip();
        for (String candidate : new String[] {name, name + ".rq"}) {
            if (candidate.matches("[A-Za-z0-9._-]+")) {
                try (InputStream in = QueryRunner.class.getClassLoader().getResourceAsStream("queries/" + candidate)) {
                    if (in != null) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                } catch (IOException e) {
                    throw new QueryException(candidate + ": cannot read bundled query: " + e.getMessage());
                }
            }
        }
        if (name.matches("[A-Za-z0-9._/-]+") && !name.toUpperCase(Locale.ROOT).matches(".*\\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\\b.*")) {
            throw new QueryException(queryOrFile + ": no such query file or bundled query");
        }
        return queryOrFile;
    }

    /** Parses a query, adding claimgraph's standard prefixes where the text does not declare them. */
    public static Query parse(String text) {
        Query q = new Query();
        q.setPrefixMapping(Ontology.prefixes());
        try {
            return QueryFactory.parse(q, text, null, null);
        } catch (QueryParseException e) {
            throw new QueryException("SPARQL syntax error at line " + e.getLine() + ", column " + e.getColumn()
                    + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Runs a query in a read transaction and writes its results. */
    public static void run(DatasetGraph dsg, String queryText, OutputFormat format, OutputStream out) {
        Query query = parse(queryText);
        Dataset ds = DatasetFactory.wrap(dsg);
        Txn.executeRead(dsg, () -> {
            try (QueryExecution exec = QueryExecution.create(query, ds)) {
                if (query.isSelectType()) {
                    var rs = exec.execSelect();
                    switch (format) {
                        case csv -> ResultSetFormatter.outputAsCSV(out, rs);
                        case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
                        case json -> ResultSetFormatter.outputAsJSON(out, rs);
                        default -> ResultSetFormatter.out(out, rs, query);
                    }
                } else if (query.isAskType()) {
                    boolean b = exec.execAsk();
                    if (format == OutputFormat.table) {
                        ResultSetFormatter.out(out, b);
                    } else {
                        switch (format) {
                            case csv -> ResultSetFormatter.outputAsCSV(out, b);
                            case tsv -> ResultSetFormatter.outputAsTSV(out, b);
                            default -> ResultSetFormatter.outputAsJSON(out, b);
                        }
                    }
                } else if (query.isConstructType() || query.isDescribeType()) {
                    var m = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
                    RDFDataMgr.write(out, m, Lang.TURTLE);
                } else {
                    throw new QueryException("Only SELECT, ASK, CONSTRUCT and DESCRIBE queries can be run");
                }
            }
        });
    }
}

package org.claimgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.http.sys.HttpRequestModifier;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.sys.Version;
import org.claimgraph.vocab.Ontology;
import org.claimgraph.vocab.WD;

/**
 * Runs SPARQL queries against a dataset and writes the results: a table for people, or CSV, TSV or JSON
 * for programs. A query is given as a file, as the name of a bundled query ({@code 01-visits} or
 * {@code 01-visits.rq} from {@code queries/}, {@code federated/01-...} from {@code queries/federated/}), or as
 * text; the standard prefixes (claimgraph's and Wikidata's {@code wdt:}, {@code p:}, {@code ps:}, {@code pq:})
 * are added when missing.
 *
 * <p><b>Endpoint parameters.</b> SPARQL fixes a {@code SERVICE} endpoint in the query text (no variable or
 * {@code BIND} can supply it), so a federated query names its endpoint with a placeholder IRI
 * {@code <urn:claimgraph:NAME>} and {@link #bind} replaces it, textually, before parsing: {@code --param
 * wikidata=http://127.0.0.1:3031/wd/sparql} on the command line. Only {@code wikidata} has a default,
 * {@value #WIKIDATA_ENDPOINT}. Requests to endpoints carry claimgraph's User-Agent.
 *
 * <pre>
 * String text = QueryRunner.bind(QueryRunner.resolve("federated/01-nato-members-pledges"),
 *         Map.of("wikidata", "http://127.0.0.1:3031/wd/sparql"));
 * QueryRunner.run(store.dataset(), text, OutputFormat.table, System.out);
 * </pre>
 */
public final class QueryRunner {
    /** How results are written. */
    public enum OutputFormat {
        table,
        csv,
        tsv,
        json
    }

    /** The scheme and prefix of endpoint placeholders: {@code <urn:claimgraph:wikidata>}. */
    public static final String PLACEHOLDER_PREFIX = "urn:claimgraph:";
    /** The default for {@code <urn:claimgraph:wikidata>}: Wikidata's public query service. */
    public static final String WIKIDATA_ENDPOINT = "https://query.wikidata.org/sparql";

    private static final Pattern PLACEHOLDER =
            Pattern.compile("<" + Pattern.quote(PLACEHOLDER_PREFIX) + "([A-Za-z][A-Za-z0-9_-]*)>");
    private static final Pattern PARAM_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private QueryRunner() {}

    /**
     * Replaces each placeholder {@code <urn:claimgraph:NAME>} by {@code <URL>} from {@code params}
     * ({@code wikidata} defaults to {@value #WIKIDATA_ENDPOINT}). A parameter the query does not use, a
     * placeholder without a value, or a value that is not an absolute http(s) IRI is a {@link QueryException}.
     */
    public static String bind(String text, Map<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("wikidata", WIKIDATA_ENDPOINT);
        Set<String> used = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            used.add(m.group(1));
        }
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (!PARAM_NAME.matcher(p.getKey()).matches()) {
                throw new QueryException(
                        "--param " + p.getKey() + ": a name is a letter followed by letters, digits," + " '-' or '_'");
            }
            if (!used.contains(p.getKey())) {
                throw new QueryException("--param " + p.getKey() + ": the query has no <" + PLACEHOLDER_PREFIX
                        + p.getKey() + "> to replace" + (used.isEmpty() ? "" : " (it has " + placeholders(used) + ")"));
            }
            values.put(p.getKey(), checkEndpoint(p.getKey(), p.getValue()));
        }
        StringBuilder out = new StringBuilder();
        m.reset();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new QueryException("the query uses <" + PLACEHOLDER_PREFIX + m.group(1) + ">; give its endpoint"
                        + " with --param " + m.group(1) + "=URL");
            }
            m.appendReplacement(out, Matcher.quoteReplacement("<" + value + ">"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String placeholders(Set<String> names) {
        return names.stream().map(n -> "<" + PLACEHOLDER_PREFIX + n + ">").collect(Collectors.joining(", "));
    }

    private static String checkEndpoint(String name, String value) {
        String v = value.strip();
        boolean ok;
        try {
            URI uri = new URI(v);
            ok = uri.isAbsolute()
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && !v.matches(".*[<>\"{}|^`\\\\\\s].*");
        } catch (URISyntaxException e) {
            ok = false;
        }
        if (!ok) {
            throw new QueryException("--param " + name + "=" + value + ": not an absolute http(s) URL");
        }
        return v;
    }

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
            // A bundled name, or one folder deep ("federated/01-nato-members-pledges"); never "..".
            if (candidate.matches("([A-Za-z0-9_-][A-Za-z0-9._-]*/)?[A-Za-z0-9_-][A-Za-z0-9._-]*")
                    && !candidate.contains("..")) {
                try (InputStream in = QueryRunner.class.getClassLoader().getResourceAsStream("queries/" + candidate)) {
                    if (in != null) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                } catch (IOException e) {
                    throw new QueryException(candidate + ": cannot read bundled query: " + e.getMessage());
                }
            }
        }
        if (name.matches("[A-Za-z0-9._/-]+")
                && !name.toUpperCase(Locale.ROOT).matches(".*\\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\\b.*")) {
            throw new QueryException(queryOrFile + ": no such query file or bundled query");
        }
        return queryOrFile;
    }

    /**
     * Parses a query, adding claimgraph's standard prefixes where the text does not declare them. ARQ's syntax,
     * as Fuseki's endpoints parse it, so that a query runs the same here and on the server (LATERAL, which a
     * bundled query pages with, is ARQ's).
     */
    public static Query parse(String text) {
        Query q = new Query();
        PrefixMapping pm =
                PrefixMapping.Factory.create().setNsPrefixes(WD.prefixes()).setNsPrefixes(Ontology.prefixes());
        q.setPrefixMapping(pm);
        try {
            return QueryFactory.parse(q, text, null, org.apache.jena.query.Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new QueryException("SPARQL syntax error at line " + e.getLine() + ", column " + e.getColumn() + ": "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Runs a query in a read transaction and writes its results. */
    public static void run(DatasetGraph dsg, String queryText, OutputFormat format, OutputStream out) {
        Query query = parse(queryText);
        Dataset ds = DatasetFactory.wrap(dsg);
        Txn.executeRead(dsg, () -> {
            // Federated queries send claimgraph's User-Agent to the endpoints they name (Wikimedia asks for one).
            HttpRequestModifier userAgent = (params, headers) -> headers.put("User-Agent", Version.userAgent());
            try (QueryExecution exec = QueryExecution.create()
                    .query(query)
                    .dataset(ds)
                    .set(ARQ.httpRequestModifer, userAgent)
                    .build()) {
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

package org.claimgraph.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query processor with a cap on the size of results: a SELECT, CONSTRUCT or DESCRIBE query
 * without a LIMIT, or with a larger one, runs as if it said {@code LIMIT max}. ASK is left alone. The cap
 * bounds what one request can make the server send (and, for CONSTRUCT, hold in memory); the query timeout
 * bounds the work. A SERVICE to an endpoint the server does not allow is refused before the query runs
 * ({@link ServiceAllowList}).
 *
 * <p>A {@code page=N} request parameter (from 1) asks for one page of {@value #PAGE_ROWS} rows of a SELECT:
 * the query runs with {@code LIMIT} and {@code OFFSET} set for that page, within any LIMIT and OFFSET it has
 * itself. The explorer's result table pages so, and an unsorted query then reads only the rows up to its page.
 */
/*package*/ final class CappedQuery extends SPARQL_QueryDataset {
    /** Rows of a page asked for with {@code page=N}. */
    static final int PAGE_ROWS = 100;
    /** The request parameter that asks for a page. */
    static final String PAGE_PARAM = "page";

    private final long maxResults;
    private final ServiceAllowList services;

    CappedQuery(long maxResults, ServiceAllowList services) {
        this.maxResults = maxResults;
        this.services = services;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        services.checkQuery(query);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Query q = capped(query, maxResults);
        String page = action.getRequestParameter(PAGE_PARAM);
        if (page != null) {
            q = paged(q, pageNumber(page), PAGE_ROWS);
        }
        return super.createQueryExec(action, q, ValidatedWrites.unwrap(dataset));
    }

    @Override
    protected void validateParams(HttpAction action, java.util.Collection<String> params) {
        String page = action.getRequestParameter(PAGE_PARAM);
        if (page != null && pageNumber(page) < 1) {
            org.apache.jena.fuseki.servlets.ServletOps.errorBadRequest(
                    "page must be a whole number from 1 to 1000000, not '" + page + "'");
        }
        java.util.Collection<String> others = new java.util.ArrayList<>(params);
        others.remove(PAGE_PARAM);
        super.validateParams(action, others);
    }

    private static long pageNumber(String page) {
        return page.matches("[1-9][0-9]{0,6}") && Long.parseLong(page) <= 1_000_000 ? Long.parseLong(page) : -1;
    }

    /**
     * Page {@code page} (from 1) of {@code rows} rows of a SELECT, within the query's own LIMIT and OFFSET; any
     * other query as it is. A page past the query's own LIMIT is empty.
     */
    static Query paged(Query query, long page, int rows) {
        if (!query.isSelectType()) {
            return query;
        }
        Query c = query.cloneQuery();
        long start = (page - 1) * rows;
        long offset = Math.max(0, query.getOffset()) + start;
        long limit = rows;
        if (query.hasLimit()) {
            limit = Math.max(0, Math.min(rows, query.getLimit() - start));
        }
        c.setOffset(offset);
        c.setLimit(limit);
        return c;
    }

    /** The query with its LIMIT lowered to {@code max} when it has none or a larger one. */
    static Query capped(Query query, long max) {
        if (query.isAskType() || (query.hasLimit() && query.getLimit() <= max)) {
            return query;
        }
        Query c = query.cloneQuery();
        c.setLimit(max);
        return c;
    }
}

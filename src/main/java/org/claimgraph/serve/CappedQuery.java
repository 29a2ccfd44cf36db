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
 */
/*package*/ final class CappedQuery extends SPARQL_QueryDataset {
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
        return super.createQueryExec(action, capped(query, maxResults), ValidatedWrites.unwrap(dataset));
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

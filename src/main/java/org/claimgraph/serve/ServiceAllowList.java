package org.claimgraph.serve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * The SPARQL endpoints a query's {@code SERVICE} may call on this server: none unless {@code serve
 * --allow-service URL} lists them, each as an exact URL. A public endpoint that ran any SERVICE would fetch any
 * URL a client names, from the server's place in the network (a loopback address, an intranet host).
 *
 * <p>The rule is enforced where Jena runs a SERVICE: the query endpoints' context holds a
 * {@link ServiceExecutorRegistry} whose one executor checks the endpoint, after variables are bound, before it
 * hands the call to Jena's HTTP executor. So nothing else (another registered executor, a global setting) can
 * run one. Fuseki answers a query before its first result row has been computed, so a SERVICE met late could
 * only break a response already begun; {@link #checkQuery} therefore refuses the SERVICEs written in the query
 * before it runs, so that the client gets one {@code 400}.
 */
/*package*/ final class ServiceAllowList {
    private final Set<String> endpoints;

    ServiceAllowList(List<String> endpoints) {
        this.endpoints = Set.copyOf(new LinkedHashSet<>(endpoints));
    }

    /**
     * The context for the endpoints that run queries and updates: SERVICE through {@link #check} only. With no
     * endpoint listed, Jena's own switch is off too.
     */
    Context context() {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add((opExecute, original, binding, execCxt) -> {
            check(opExecute.getService());
            return ServiceExecutorRegistry.httpService.createExecution(opExecute, original, binding, execCxt);
        });
        Context context = new Context();
        ServiceExecutorRegistry.set(context, registry);
        context.set(ARQ.httpServiceAllowed, !endpoints.isEmpty());
        return context;
    }

    /** Refuses the query, with 400, when it names an endpoint that is not listed. */
    void checkQuery(Query query) {
        Walker.walk(
                Algebra.compile(query),
                new OpVisitorBase() {
                    @Override
                    public void visit(OpService op) {
                        if (op.getService().isURI()) {
                            check(op.getService());
                        }
                    }
                },
                // Walks into FILTER EXISTS and NOT EXISTS, whose patterns may hold a SERVICE too.
                new ExprVisitorBase());
    }

    /** Refuses, with 400 and one line naming the endpoint and the option, a SERVICE to an endpoint not listed. */
    void check(Node endpoint) {
        if (endpoint.isURI() && endpoints.contains(endpoint.getURI())) {
            return;
        }
        ServletOps.errorBadRequest("SERVICE " + FmtUtils.stringForNode(endpoint)
                + " refused: this server calls only the SPARQL endpoints listed with serve --allow-service URL");
    }
}

package org.claimgraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.shared.OperationDeniedException;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update processor with the request run in two ways it does not: with the endpoint's context,
 * so that a SERVICE in an update's WHERE is held to the server's allow list ({@link ServiceAllowList}) as in a
 * query; and with a failed commit answered as such. Fuseki's processor runs an update with the dataset's context
 * only, and, when its commit throws Fuseki's own 400 (which {@link ValidatedWrites} throws for a graph that does
 * not conform), drops it and answers 204 although the transaction was rolled back.
 */
/*package*/ final class ValidatedUpdate extends SPARQL_Update {
    @Override
    protected void execute(HttpAction action, InputStream input) {
        UpdateRequest request;
        try {
            request = UpdateFactory.read(
                    usingList(action.getRequest()), input, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryException e) {
            ServletOps.errorBadRequest(SPARQLProtocol.messageForException(e));
            return;
        } catch (UpdateException e) {
            ServletOps.errorBadRequest(e.getMessage());
            return;
        }
        action.beginWrite();
        try {
            UpdateExec.dataset(action.getActiveDSG())
                    .update(request)
                    .context(action.getContext())
                    .execute();
            action.commit();
        } catch (ActionErrorException | OperationDeniedException e) {
            action.abortSilent();
            throw e;
        } catch (UpdateException e) {
            action.abortSilent();
            ServletOps.errorBadRequest(e.getMessage());
        } catch (QueryException e) {
            action.abortSilent();
            ServletOps.errorBadRequest(SPARQLProtocol.messageForException(e));
        } catch (RuntimeException e) {
            action.abortSilent();
            ServletOps.errorOccurred(e.getMessage(), e);
        } finally {
            action.endWrite();
        }
    }

    /** The protocol's {@code using-graph-uri} and {@code using-named-graph-uri} parameters. */
    private static UsingList usingList(HttpServletRequest request) {
        UsingList using = new UsingList();
        String[] graphs = request.getParameterValues(HttpNames.paramUsingGraphURI);
        String[] named = request.getParameterValues(HttpNames.paramUsingNamedGraphURI);
        if (graphs != null) {
            for (String g : graphs) {
                using.addUsing(NodeFactory.createURI(g));
            }
        }
        if (named != null) {
            for (String g : named) {
                using.addUsingNamed(NodeFactory.createURI(g));
            }
        }
        return using;
    }
}

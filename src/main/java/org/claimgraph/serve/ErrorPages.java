package org.claimgraph.serve;

import java.io.IOException;
import org.apache.jena.fuseki.main.sys.FusekiErrorHandler;
import org.claimgraph.sys.Logs;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The error responses Jetty builds for the whole server: unknown paths, refused methods, missing or wrong
 * credentials, request bodies over the limit, and failures inside a page. Each is the status and a short
 * message, never a stack trace, an exception's name or its message (a failure is logged on the server
 * instead, and the client reads only "Server Error"), and carries the security headers of every page
 * ({@link SecurityHeaders}), which an error response would otherwise lose. Errors that Fuseki's SPARQL
 * endpoints answer themselves (a query that does not parse, a timeout) are already plain text without a
 * stack trace, and pass through the header filter.
 */
/*package*/ final class ErrorPages extends FusekiErrorHandler {
    ErrorPages() {
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        SecurityHeaders.apply(null, response.getHeaders()::put);
        String shown = message;
        if (cause != null || code >= HttpStatus.INTERNAL_SERVER_ERROR_500) {
            if (cause != null && code >= HttpStatus.INTERNAL_SERVER_ERROR_500) {
                Logs.SERVE.warn(
                        "{} {} failed: {}",
                        request.getMethod(),
                        request.getHttpURI().getPath(),
                        cause.toString());
            } else if (cause != null) {
                Logs.SERVE.debug(
                        "{} {}: {}", request.getMethod(), request.getHttpURI().getPath(), cause.toString());
            }
            shown = HttpStatus.getMessage(code);
        }
        super.generateResponse(request, response, code, shown, null, callback);
    }
}

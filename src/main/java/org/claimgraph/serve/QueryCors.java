package org.claimgraph.serve;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * CORS for reading only: any origin may query (GET, HEAD, POST of a query) and read the answer, but without
 * credentials, and not with PUT, DELETE or PATCH. Fuseki's default CORS allows those methods with
 * credentials from any origin, which would let any web page a logged-in editor visits write to the store.
 */
/*package*/ final class QueryCors extends CrossOriginFilter {
    private static final Map<String, String> SETTINGS = Map.of(
            ALLOWED_ORIGINS_PARAM, "*",
            ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
            ALLOWED_HEADERS_PARAM, "X-Requested-With, Content-Type, Accept, Origin, Last-Modified",
            ALLOW_CREDENTIALS_PARAM, "false",
            EXPOSED_HEADERS_PARAM,
                    "Cache-Control, Content-Language, Content-Length, Content-Type, Expires, "
                            + "Last-Modified, Pragma",
            CHAIN_PREFLIGHT_PARAM, "false");

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return config.getFilterName();
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return SETTINGS.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(SETTINGS.keySet());
            }
        });
    }
}

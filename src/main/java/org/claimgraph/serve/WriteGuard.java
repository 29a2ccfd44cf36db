package org.claimgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Refuses writes (anything but GET, HEAD and OPTIONS) to the update endpoints when a browser sends them
 * from another site. A browser that holds an editor's HTTP Basic credentials sends them with any request to
 * this server, including a form posted by some other page; such a request says where it comes from in
 * {@code Sec-Fetch-Site} or {@code Origin}, and is refused with 403. Clients that are not browsers (curl,
 * Jena's RDFConnection) send neither header and are not affected.
 */
/*package*/ final class WriteGuard implements Filter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Set<String> writePaths;

    /** @param writePaths the request paths of the write endpoints ({@code /kg/update}, {@code /kg/data}) */
    WriteGuard(Set<String> writePaths) {
        this.writePaths = writePaths;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest req
                && response instanceof HttpServletResponse resp
                && !SAFE_METHODS.contains(req.getMethod())
                && writePaths.contains(req.getRequestURI())
                && fromAnotherSite(req)) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN, "Writes from another site are refused");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean fromAnotherSite(HttpServletRequest req) {
        String site = req.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return true;
        }
        String origin = req.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI o = URI.create(origin);
            int port = o.getPort() >= 0 ? o.getPort() : "https".equals(o.getScheme()) ? 443 : 80;
            return o.getHost() == null
                    || !o.getHost().equalsIgnoreCase(req.getServerName())
                    || port != req.getServerPort();
        } catch (IllegalArgumentException e) {
            return true; // "null" or garbage: not this site
        }
    }
}

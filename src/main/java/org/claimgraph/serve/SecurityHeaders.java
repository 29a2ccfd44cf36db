package org.claimgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Adds security headers to every response: a Content-Security-Policy that allows scripts, styles, fonts,
 * images and fetches from this server only (no inline script anywhere, nothing from other hosts, no
 * framing), {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, and no referrer sent to
 * the sites pages link to. Error responses get the same headers from {@link ErrorPages}.
 */
public final class SecurityHeaders implements Filter {
    private static final String COMMON = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** The policy of every response: styles from this server only, never inline. */
    public static final String CONTENT_SECURITY_POLICY = COMMON + "; style-src 'self'";

    /**
     * The policy of the two pages that run libraries which insert {@code <style>} elements (YASGUI on the
     * home page, Cytoscape.js in the graph view): inline styles allowed there, scripts still never inline.
     * Pages showing article text (under {@code /id/}, {@code /conflicts}) keep the strict policy.
     */
    public static final String LIBRARY_PAGE_POLICY = COMMON + "; style-src 'self' 'unsafe-inline'";

    /** The pages that get {@link #LIBRARY_PAGE_POLICY}. */
    static final Set<String> LIBRARY_PAGES = Set.of("/", "/index.html", "/graph.html");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            String path = request instanceof HttpServletRequest req ? req.getRequestURI() : null;
            apply(path, http::setHeader);
        }
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers for a response to {@code path} (null when unknown: the strict policy). The error pages
     * ({@link ErrorPages}) call this too, as an error response is built afresh, without the filter's headers.
     */
    static void apply(String path, BiConsumer<String, String> setHeader) {
        boolean library = path != null && LIBRARY_PAGES.contains(path);
        setHeader.accept("Content-Security-Policy", library ? LIBRARY_PAGE_POLICY : CONTENT_SECURITY_POLICY);
        setHeader.accept("X-Content-Type-Options", "nosniff");
        setHeader.accept("X-Frame-Options", "DENY");
        setHeader.accept("Referrer-Policy", "no-referrer");
    }
}

package org.claimgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * Reads what is left of a request body once the response is decided, up to the body limit. A request refused
 * before its body was read (a PUT to a read-only endpoint, an update at the query endpoint) otherwise leaves
 * bytes on the connection, and Jetty, finding the body still arriving when the response completes, closes the
 * connection without saying so in the response: a client that reuses it for its next request (Java's
 * HttpClient does, about one time in twenty here) gets no answer at all.
 */
/*package*/ final class UnreadBodyDrain implements Filter {
    private final long maxBodyBytes;

    UnreadBodyDrain(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.getContentLengthLong() != 0) {
                drain(request);
            }
        }
    }

    private void drain(ServletRequest request) {
        try {
            ServletInputStream in = request.getInputStream();
            byte[] buffer = new byte[8192];
            long read = 0;
            int n;
            while (read <= maxBodyBytes && (n = in.read(buffer)) >= 0) {
                read += n;
            }
        } catch (IOException | IllegalStateException | UnsupportedOperationException e) {
            // The body was read as characters, was too large, or the client went away: Jetty closes as before.
        }
    }
}

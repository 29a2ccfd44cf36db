package org.claimgraph.sys;

import java.util.regex.Pattern;

/**
 * The one test of "an absolute http or https URL" for what users give claimgraph: article URLs (front matter,
 * JSON Lines) and the endpoints {@code serve --allow-service} lets SERVICE call. The shapes state the same rule
 * for {@code schema:url} ({@code cgsh:Article-url}), and {@code HttpUrlsTest} holds the two to the same verdicts.
 */
public final class HttpUrls {
    /**
     * The scheme in any case, then no character an IRI cannot hold unescaped (RFC 3987): such a value would make a
     * broken IRI in the graph.
     */
    private static final Pattern ABSOLUTE_HTTP = Pattern.compile("(?i)https?://[^\\s<>\"{}|\\\\^`]+");

    private HttpUrls() {}

    /** True when the value is an absolute http or https URL that can stand as an IRI as written. */
    public static boolean isAbsoluteHttp(String value) {
        return ABSOLUTE_HTTP.matcher(value).matches();
    }
}

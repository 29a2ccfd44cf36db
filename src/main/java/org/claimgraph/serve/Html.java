package org.claimgraph.serve;

import java.util.Locale;
import org.owasp.encoder.Encode;

/**
 * A small HTML writer for the server-rendered pages. Every piece of text goes through OWASP Java Encoder
 * ({@link #text}, {@link #attr}); only markup written in this package's code goes in unescaped
 * ({@link #raw}). Links from data are only ever made from claimgraph's own IRIs, Wikidata IRIs and http(s)
 * URLs (see {@link Links}).
 */
/*package*/ final class Html {
    private final StringBuilder out = new StringBuilder(8192);

    /** Opens a page: doctype, head with the stylesheet, the site's header and navigation, and {@code <main>}. */
    static Html page(String title, String alternatesFor) {
        Html h = new Html();
        h.raw("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .text(title)
                .raw(" · claimgraph</title>\n<link rel=\"stylesheet\" href=\"/explorer.css\">\n")
                .raw("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n");
        if (alternatesFor != null) {
            h.raw("<link rel=\"alternate\" type=\"text/turtle\" href=\"")
                    .attr(alternatesFor + "?format=turtle")
                    .raw("\">\n<link rel=\"alternate\" type=\"application/ld+json\" href=\"")
                    .attr(alternatesFor + "?format=jsonld")
                    .raw("\">\n");
        }
        h.raw("</head>\n<body>\n");
        h.raw(NAV);
        h.raw("<main>\n");
        return h;
    }

    /** The site header shared with the static pages (kept in step with webapp/*.html by hand). */
    static final String NAV = """
            <header class="site">
              <a class="brand" href="/">claimgraph</a>
              <nav aria-label="Explorer">
                <a href="/">Query</a>
                <a href="/id/">Entities</a>
                <a href="/graph.html">Graph</a>
                <a href="/timeline.html">Timeline</a>
                <a href="/conflicts">Conflicts</a>
                <a href="/void">VoID</a>
              </nav>
            </header>
            """;

    /** Closes {@code <main>} and the page. */
    String end() {
        raw("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    /** Text content, escaped for HTML (safe inside elements and quoted attributes). */
    Html text(String s) {
        out.append(Encode.forHtml(s == null ? "" : s));
        return this;
    }

    /** An attribute value, escaped; the caller writes the quotes. */
    Html attr(String s) {
        out.append(Encode.forHtmlAttribute(s == null ? "" : s));
        return this;
    }

    /** Markup from this package's own code: never data. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** {@code <tag class="cls">text</tag>}. */
    Html element(String tag, String cls, String text) {
        raw("<").raw(tag);
        if (cls != null) {
            raw(" class=\"").attr(cls).raw("\"");
        }
        return raw(">").text(text).raw("</").raw(tag).raw(">");
    }

    /** A link; {@code href} must come from {@link Links}. */
    Html link(String href, String text) {
        return raw("<a href=\"").attr(href).raw("\">").text(text).raw("</a>");
    }

    /** A link with a class. */
    Html link(String href, String cls, String text) {
        return raw("<a class=\"")
                .attr(cls)
                .raw("\" href=\"")
                .attr(href)
                .raw("\">")
                .text(text)
                .raw("</a>");
    }

    /** A CSS class name made from a label: lowercase letters, digits and dashes. */
    static String cssName(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}

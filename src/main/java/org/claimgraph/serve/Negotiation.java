package org.claimgraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.claimgraph.corpus.PlainFacts;

/**
 * Content negotiation for pages that are also RDF: HTML for browsers, Turtle, JSON-LD or N-Triples for
 * programs, chosen from the {@code Accept} header, or forced with {@code ?format=html|turtle|jsonld|nt}
 * (for links). HTML is the default when nothing matches better.
 */
/*package*/ enum Negotiation {
    HTML("text/html", null),
    TURTLE("text/turtle", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", RDFFormat.JSONLD11_PRETTY),
    NTRIPLES("application/n-triples", RDFFormat.NTRIPLES);

    private static final AcceptList OFFERS = AcceptList.create(
            "text/html",
            "application/xhtml+xml",
            "text/turtle",
            "application/ld+json",
            "application/n-triples",
            "application/x-turtle");

    final String contentType;
    final RDFFormat rdf;

    Negotiation(String contentType, RDFFormat rdf) {
        this.contentType = contentType;
        this.rdf = rdf;
    }

    /** The representation to send for this request. */
    static Negotiation choose(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            switch (format.toLowerCase(Locale.ROOT)) {
                case "ttl", "turtle" -> {
                    return TURTLE;
                }
                case "jsonld", "json-ld" -> {
                    return JSONLD;
                }
                case "nt", "ntriples", "n-triples" -> {
                    return NTRIPLES;
                }
                default -> {
                    return HTML;
                }
            }
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return HTML;
        }
        MediaType m;
        try {
            m = AcceptList.match(new AcceptList(accept), OFFERS);
        } catch (RuntimeException e) {
            return HTML;
        }
        if (m == null) {
            return HTML;
        }
        return switch (m.getContentTypeStr()) {
            case "text/turtle", "application/x-turtle" -> TURTLE;
            case "application/ld+json" -> JSONLD;
            case "application/n-triples" -> NTRIPLES;
            default -> HTML;
        };
    }

    /** Sends an HTML page. */
    static void sendHtml(HttpServletResponse resp, int status, String html) throws IOException {
        resp.setStatus(status);
        resp.setHeader("Vary", "Accept");
        resp.setContentType("text/html;charset=utf-8");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }

    /**
     * Sends a model in this representation (not HTML). JSON-LD has no RDF 1.2 triple terms: a plain fact's
     * {@code rdf:reifies} goes as RDF 1.1 reification there ({@link PlainFacts#withoutTripleTerms}).
     */
    void sendRdf(HttpServletResponse resp, Model model) throws IOException {
        if (this == JSONLD) {
            model = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(
                    PlainFacts.withoutTripleTerms(model.getGraph()));
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setHeader("Vary", "Accept");
        resp.setContentType(contentType + (this == JSONLD ? "" : ";charset=utf-8"));
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, model, rdf);
        }
    }
}

package org.claimgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.query.KnowledgeView;
import org.claimgraph.sys.Logs;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Ontology;

/**
 * The pages of claimgraph's own resources at the paths of their IRIs: {@code /id/entity/kyiv} is
 * {@code https://w3id.org/claimgraph/id/entity/kyiv}, so minted IRIs dereference when the server runs under
 * the ontology's host. Browsers get HTML (entity, event, claim, conflict or article page); RDF clients get
 * the resource's description as Turtle, JSON-LD or N-Triples: a CONSTRUCT of its own triples, the triples
 * that point at it, and the triples of its evidence span or text context ({@link #DESCRIBE}).
 * {@code /id/} itself lists the entities. Read-only: only GET and HEAD.
 *
 * <pre>
 * curl -H 'Accept: text/turtle' http://127.0.0.1:3030/id/entity/jens-stoltenberg
 * </pre>
 */
public final class ResourcePages extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** The description of {@code ?r} that RDF clients get. */
    static final String DESCRIBE = "PREFIX cg: <" + CG.NS + ">\n"
            + "CONSTRUCT { ?s ?p ?o } WHERE {\n"
            + "  { ?r ?p ?o BIND(?r AS ?s) }\n"
            + "  UNION { ?s ?p ?r BIND(?r AS ?o) }\n"
            + "  UNION { ?r cg:evidence|cg:text ?s . ?s ?p ?o }\n"
            + "}";

    private static final Query DESCRIBE_QUERY = QueryFactory.create(DESCRIBE);

    private final transient DatasetGraph dsg;

    public ResourcePages(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.isEmpty()) {
            resp.sendRedirect(Links.ID_PATH);
            return;
        }
        String rest = path.startsWith("/") ? path.substring(1) : path;
        Negotiation how = Negotiation.choose(req);
        if (rest.isEmpty()) {
            String html = Txn.calculateRead(dsg, () -> new PageRenderer(KnowledgeView.ofStore(dsg)).entityIndex());
            Negotiation.sendHtml(resp, HttpServletResponse.SC_OK, html);
            return;
        }
        Node iri;
        try {
            iri = NodeFactory.createURI(Links.iriOf(rest));
        } catch (RuntimeException e) {
            notFound(resp, rest);
            return;
        }
        if (how == Negotiation.HTML) {
            Optional<String> html = Txn.calculateRead(
                    dsg, () -> new PageRenderer(KnowledgeView.ofStore(dsg)).resourcePage(iri, page(req)));
            if (html.isEmpty()) {
                notFound(resp, iri.getURI());
                return;
            }
            Negotiation.sendHtml(resp, HttpServletResponse.SC_OK, html.get());
        } else {
            Model m = describe(dsg, iri);
            if (m.isEmpty()) {
                notFound(resp, iri.getURI());
                return;
            }
            how.sendRdf(resp, m);
        }
        Logs.SERVE.debug("Page {} as {}", iri, how);
    }

    /** The RDF description of a resource ({@link #DESCRIBE}) over the union of the store's graphs. */
    public static Model describe(DatasetGraph dsg, Node resource) {
        return Txn.calculateRead(dsg, () -> {
            Model union = ModelFactory.createModelForGraph(dsg.getUnionGraph());
            Model out = ModelFactory.createDefaultModel();
            out.setNsPrefixes(Ontology.prefixes());
            try (QueryExecution qe = QueryExecution.create()
                    .query(DESCRIBE_QUERY)
                    .model(union)
                    .substitution("r", union.wrapAsResource(resource))
                    .build()) {
                out.add(qe.execConstruct());
            }
            return out;
        });
    }

    /**
     * The {@code page} parameter of a paged page, from 1; anything else is page 1. Capped, so that no request
     * makes a page read past the first million items of a list.
     */
    static int page(HttpServletRequest req) {
        String p = req.getParameter("page");
        if (p == null || !p.matches("[1-9][0-9]{0,5}")) {
            return 1;
        }
        return Math.min(Integer.parseInt(p), 1_000_000 / PageRenderer.PAGE_SIZE);
    }

    private static void notFound(HttpServletResponse resp, String what) throws IOException {
        Html h = Html.page("Not found", null);
        h.raw("<h1>Not found</h1>\n<p>The store says nothing about <code>")
                .text(what)
                .raw("</code>.</p>\n")
                .raw("<p><a href=\"/id/\">All entities</a></p>\n");
        Negotiation.sendHtml(resp, HttpServletResponse.SC_NOT_FOUND, h.end());
    }
}

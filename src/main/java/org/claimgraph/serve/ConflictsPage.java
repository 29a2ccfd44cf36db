package org.claimgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.query.KnowledgeView;

/**
 * {@code /conflicts}: the {@code cg:Conflict}s, a page at a time ({@code ?page=N}), with the reason it gives and its claims side by side, each
 * with modality, attribution and its evidence highlighted in the article text.
 */
public final class ConflictsPage extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient DatasetGraph dsg;

    public ConflictsPage(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String html = Txn.calculateRead(
                dsg, () -> new PageRenderer(KnowledgeView.ofStore(dsg)).conflictsPage(ResourcePages.page(req)));
        Negotiation.sendHtml(resp, HttpServletResponse.SC_OK, html);
    }
}

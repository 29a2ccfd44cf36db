package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.query.KnowledgeView;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.Test;

/** The entity and conflicts pages show a page of their lists at a time, with links to the pages around. */
class PagedPagesTest {
    private static final Node KYIV = NodeFactory.createURI(CG.ID_NS + "entity/kyiv");
    private static final int EVENTS = 2 * PageRenderer.PAGE_SIZE + 5;

    private static DatasetGraph store() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < EVENTS; i++) {
            Node g = NodeFactory.createURI(CG.ID_NS + "graph/g" + i);
            Node ev = NodeFactory.createURI(CG.ID_NS + "event/e" + i);
            dsg.add(new Quad(g, ev, RDF.Nodes.type, CG.Visit.asNode()));
            dsg.add(new Quad(g, ev, CG.destination.asNode(), KYIV));
            Node conflict = NodeFactory.createURI(CG.ID_NS + "conflict/c" + i);
            dsg.add(new Quad(g, conflict, RDF.Nodes.type, CG.Conflict.asNode()));
            dsg.add(new Quad(g, conflict, RDFS.Nodes.comment, NodeFactory.createLiteralString("dates " + i)));
        }
        dsg.add(new Quad(
                NodeFactory.createURI(CG.ID_NS + "graph/g0"),
                KYIV,
                RDFS.Nodes.label,
                NodeFactory.createLiteralString("Kyiv")));
        return dsg;
    }

    private static final Pattern EVENT = Pattern.compile("<section class=\"event\" data-iri=\"([^\"]+)\"");
    private static final Pattern CONFLICT = Pattern.compile("<section class=\"conflict\" data-iri=\"([^\"]+)\"");

    private static List<String> all(Pattern p, String html) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void entityPagesPageTheEventsWithoutOverlapAndLinkTheNextPageWhileThereIsOne() {
        PageRenderer r = new PageRenderer(KnowledgeView.of(store().getUnionGraph()));
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            String html = r.entityPage(KYIV, page);
            List<String> events = all(EVENT, html);
            seen.addAll(events);
            assertEquals(page < 3 ? PageRenderer.PAGE_SIZE : 5, events.size(), "events on page " + page);
            assertEquals(page < 3, html.contains("rel=\"next\" href=\"?page=" + (page + 1) + "\""), "next on " + page);
            assertEquals(page > 1, html.contains("rel=\"prev\" href=\"?page=" + (page - 1) + "\""), "prev on " + page);
        }
        Set<String> distinct = new HashSet<>(seen);
        assertEquals(seen.size(), distinct.size(), "no event on two pages");
        assertEquals(EVENTS, distinct.size(), "every event on a page");
        String past = r.entityPage(KYIV, 4);
        assertTrue(all(EVENT, past).isEmpty());
        assertFalse(past.contains("rel=\"next\""));
    }

    @Test
    void theConflictsPagePagesTheConflicts() {
        PageRenderer r = new PageRenderer(KnowledgeView.of(store().getUnionGraph()));
        String first = r.conflictsPage(1);
        String second = r.conflictsPage(2);
        String third = r.conflictsPage(3);
        assertEquals(PageRenderer.PAGE_SIZE, all(CONFLICT, first).size());
        assertTrue(first.contains("rel=\"next\" href=\"?page=2\""));
        assertTrue(third.contains("rel=\"prev\" href=\"?page=2\""));
        assertFalse(third.contains("rel=\"next\""));
        Set<String> distinct = new HashSet<>();
        distinct.addAll(all(CONFLICT, first));
        distinct.addAll(all(CONFLICT, second));
        distinct.addAll(all(CONFLICT, third));
        assertEquals(EVENTS, distinct.size(), "every conflict once over the three pages");
    }

    @Test
    void aSmallListHasNoPager() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node g = NodeFactory.createURI(CG.ID_NS + "graph/g");
        Node ev = NodeFactory.createURI(CG.ID_NS + "event/e");
        dsg.add(new Quad(g, ev, RDF.Nodes.type, CG.Visit.asNode()));
        dsg.add(new Quad(g, ev, CG.destination.asNode(), KYIV));
        String html = new PageRenderer(KnowledgeView.of(dsg.getUnionGraph())).entityPage(KYIV, 1);
        assertEquals(1, all(EVENT, html).size());
        assertFalse(html.contains("class=\"pager\""));
    }
}

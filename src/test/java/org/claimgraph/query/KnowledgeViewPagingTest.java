package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.Test;

/** Lists read a page at a time: pages do not overlap, together they are the whole list, and "more" is right. */
class KnowledgeViewPagingTest {
    private static final Node KYIV = NodeFactory.createURI(CG.ID_NS + "entity/kyiv");

    /** 45 events naming Kyiv, one per article graph, some of them in two roles and repeated in a second graph. */
    private static DatasetGraph store() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < 45; i++) {
            Node g = NodeFactory.createURI(CG.ID_NS + "graph/g" + i);
            Node ev = NodeFactory.createURI(CG.ID_NS + "event/e" + i);
            dsg.add(new Quad(g, ev, RDF.Nodes.type, CG.Visit.asNode()));
            dsg.add(new Quad(g, ev, CG.destination.asNode(), KYIV));
            if (i % 3 == 0) {
                dsg.add(new Quad(g, ev, CG.visitor.asNode(), KYIV));
                Node other = NodeFactory.createURI(CG.ID_NS + "graph/copy" + i);
                dsg.add(new Quad(other, ev, CG.destination.asNode(), KYIV));
            }
        }
        return dsg;
    }

    @Test
    void pagesOfEventsDoNotOverlapAndCoverTheList() {
        DatasetGraph dsg = store();
        KnowledgeView kv = KnowledgeView.of(dsg.getUnionGraph());
        List<Node> all = new ArrayList<>();
        List<Boolean> more = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            KnowledgeView.Page<Node> p = kv.eventsWith(KYIV, page * 20, 20);
            all.addAll(p.items());
            more.add(p.hasMore());
        }
        assertEquals(List.of(true, true, false, false), more, "a next page exists exactly while rows remain");
        Set<Node> distinct = new HashSet<>(all);
        assertEquals(all.size(), distinct.size(), "no event on two pages: " + all);
        assertEquals(45, distinct.size(), "every event on some page");
        assertEquals(20, kv.eventsWith(KYIV, 0, 20).items().size());
        assertEquals(5, kv.eventsWith(KYIV, 40, 20).items().size());
    }

    @Test
    void aPageIsTheSameWhenReadAgain() {
        DatasetGraph dsg = store();
        KnowledgeView kv = KnowledgeView.of(dsg.getUnionGraph());
        assertEquals(kv.eventsWith(KYIV, 20, 20), kv.eventsWith(KYIV, 20, 20));
    }

    @Test
    void aListThatFillsItsLastPageExactlyHasNoNextPage() {
        DatasetGraph dsg = store();
        KnowledgeView kv = KnowledgeView.of(dsg.getUnionGraph());
        assertTrue(kv.eventsWith(KYIV, 0, 44).hasMore());
        assertFalse(kv.eventsWith(KYIV, 0, 45).hasMore());
        assertFalse(kv.instances(CG.Visit, 45, 10).hasMore());
        assertTrue(kv.instances(CG.Visit, 45, 10).items().isEmpty());
    }
}

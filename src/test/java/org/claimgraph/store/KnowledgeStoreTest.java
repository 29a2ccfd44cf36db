package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.TestSupport;
import org.claimgraph.map.ArticleGraph;
import org.claimgraph.map.Iris;
import org.claimgraph.validate.ValidationFailedException;
import org.claimgraph.vocab.CG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeStoreTest {
    private static long quads(KnowledgeStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            long n = 0;
            var it = s.dataset().find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    @Test
    void aNewStoreIsMovedInWholeAndScratchLeftByAKilledCreationIsRemoved(@TempDir Path dir) throws Exception {
        // What a process killed while TDB2 wrote a new database's files leaves: a half-made scratch folder.
        long deadPid = Long.MAX_VALUE;
        Path scratch = dir.resolve(".claimgraph-new-database-" + deadPid);
        java.nio.file.Files.createDirectories(scratch.resolve("Data-0001"));
        java.nio.file.Files.writeString(scratch.resolve("Data-0001").resolve("nodes.idn"), "");
        try (KnowledgeStore s = KnowledgeStore.open(dir)) {
            s.load(List.of(TestSupport.exampleGraph()));
            assertEquals(1, s.articleCount());
        }
        try (var left = java.nio.file.Files.list(dir)) {
            List<String> names =
                    left.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(
                    List.of("Data-0001", "tdb.lock"),
                    names.stream().filter(n -> !n.endsWith(".incomplete")).toList(),
                    "only the database itself is left: " + names);
        }
        try (KnowledgeStore s = KnowledgeStore.open(dir)) {
            assertEquals(1, s.articleCount());
        }
    }

    @Test
    void loadingTheSameArticleTwiceChangesNothing(@TempDir Path dir) {
        ArticleGraph g = TestSupport.exampleGraph();
        try (KnowledgeStore s = KnowledgeStore.open(dir)) {
            assertTrue(s.isEmpty());
            s.load(List.of(g));
            long once = quads(s);
            s.load(List.of(g));
            assertEquals(once, quads(s));
            assertEquals(1, s.articleCount());
        }
    }

    @Test
    void anInvalidGraphAbortsTheWholeLoad(@TempDir Path dir) {
        Graph bad = GraphFactory.createDefaultGraph();
        // A claim with nothing it needs: no event, no modality, no evidence.
        bad.add(Triple.create(NodeFactory.createURI(CG.ID_NS + "claim/x"), RDF.type.asNode(), CG.Claim.asNode()));
        ArticleGraph invalid = new ArticleGraph("bad.txt", Iris.graph("0".repeat(64)), bad, Optional.empty());
        try (KnowledgeStore s = KnowledgeStore.open(dir)) {
            s.load(List.of(TestSupport.exampleGraph()));
            long before = quads(s);
            ValidationFailedException e = assertThrows(
                    ValidationFailedException.class, () -> s.load(List.of(TestSupport.exampleGraph(), invalid)));
            assertTrue(e.getMessage().contains("bad.txt") && e.getMessage().contains("focus"), e.getMessage());
            assertEquals(before, quads(s), "the store is as it was");
        }
    }

    @Test
    void aStoreSurvivesReopening(@TempDir Path dir) {
        try (KnowledgeStore s = KnowledgeStore.open(dir)) {
            s.load(List.of(TestSupport.exampleGraph()));
        }
        try (KnowledgeStore s = KnowledgeStore.open(dir)) {
            assertEquals(1, s.articleCount());
        }
    }

    @Test
    void aFileInPlaceOfTheStoreIsAStoreError(@TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("f"), "x");
        assertThrows(StoreException.class, () -> KnowledgeStore.open(file));
    }
}

package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleBatchTest {
    private final ArticleReader reader =
            new ArticleReader(2000, Clock.fixed(Instant.parse("2024-01-01T12:00:00Z"), ZoneOffset.UTC));

    private List<BatchItem> items(List<Path> inputs) {
        List<BatchItem> out = new ArrayList<>();
        new ArticleBatch(reader, inputs, ArticleOverrides.NONE).forEach(out::add);
        return out;
    }

    @Test
    void jsonLinesGiveOneArticleALineAndBadLinesAreRejectedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("corpus.jsonl");
        byte[] badUtf8 = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        try (var out = Files.newOutputStream(f)) {
            out.write(
                    ("{\"text\": \"Finland joined NATO.\", \"published\": \"2023-04-04\", \"url\": \"https://e.org/1\", "
                                    + "\"title\": \"Finland\"}\n")
                            .getBytes(StandardCharsets.UTF_8));
            out.write("{not json}\n".getBytes(StandardCharsets.UTF_8));
            out.write("\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"text\": \"   \"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"text\": \"A.\", \"published\": \"2023-02-30\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"text\": \"B.\", \"published\": \"2030-01-01\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"title\": \"no text\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write(badUtf8);
            out.write(("{\"text\": \"" + "x".repeat(3000) + "\"}\n").getBytes(StandardCharsets.UTF_8));
            out.write("{\"text\": \"Sweden joined NATO.\"}\r\n".getBytes(StandardCharsets.UTF_8));
        }
        List<BatchItem> items = items(List.of(f));
        assertEquals(9, items.size(), "blank line skipped: " + items);
        Article first = assertInstanceOf(BatchItem.Read.class, items.get(0)).article();
        assertEquals("Finland joined NATO.", first.text());
        assertEquals(Optional.of(LocalDate.of(2023, 4, 4)), first.published());
        assertEquals(Optional.of("https://e.org/1"), first.url());
        assertEquals(Optional.of("Finland"), first.title());
        assertEquals(f + ":1", first.source());
        String[] expected = {
            null,
            ":2: not a JSON object",
            ":4: article text is only whitespace",
            ":5: unparsable publication date",
            ":6: publication date 2030-01-01 is in the future",
            ":7: no \"text\"",
            ":8: not valid UTF-8",
            ":9: line is over the limit"
        };
        for (int i = 1; i < expected.length; i++) {
            BatchItem.Rejected r = assertInstanceOf(
                    BatchItem.Rejected.class, items.get(i), items.get(i).toString());
            assertTrue(
                    r.error().getMessage().startsWith(f + expected[i]),
                    r.error().getMessage());
            assertEquals(1, r.error().getMessage().lines().count(), "one line");
        }
        Article last = assertInstanceOf(BatchItem.Read.class, items.get(8)).article();
        assertEquals("Sweden joined NATO.", last.text(), "CRLF line end dropped");
        assertEquals(f + ":10", last.source());
    }

    @Test
    void aBadInputIsReportedAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "Text one.");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.writeString(folder.resolve("b.jsonl"), "{\"text\": \"Text two.\"}\n");
        Files.writeString(folder.resolve("a.md"), "Text three.");
        Path noArticles = Files.createDirectories(dir.resolve("none"));
        List<BatchItem> items = items(List.of(good, dir.resolve("missing.txt"), empty, noArticles, folder));
        assertEquals(
                List.of("Read", "Rejected", "Rejected", "Rejected", "Read", "Read"),
                items.stream().map(i -> i.getClass().getSimpleName()).toList());
        assertTrue(((BatchItem.Rejected) items.get(1)).error().getMessage().contains("no such file"));
        assertTrue(((BatchItem.Rejected) items.get(3)).error().getMessage().contains("no article files"));
        assertEquals("Text three.", ((BatchItem.Read) items.get(4)).article().text(), "sorted: a.md first");
        assertEquals(folder.resolve("b.jsonl") + ":1", items.get(5).source());
        assertEquals(
                6,
                new ArticleBatch(
                                reader,
                                List.of(good, dir.resolve("missing.txt"), empty, noArticles, folder),
                                ArticleOverrides.NONE)
                        .estimateSize());
    }

    @Test
    void twoObjectsOnOneLineAreRejectedNotHalfRead(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("cat.jsonl"), "{\"text\": \"One.\"}{\"text\": \"Two.\"}\n");
        org.junit.jupiter.api.Assertions.assertThrows(
                InputException.class,
                () -> ArticleReader.defaults().readAll(java.util.List.of(f), ArticleOverrides.NONE));
    }

    @Test
    void readAllStopsAtTheFirstBadInputAsBefore(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("c.jsonl"), "{\"text\": \"One.\"}\n{\"text\": 3}\n");
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(
                InputException.class, () -> reader.readAll(List.of(f), ArticleOverrides.NONE));
        assertTrue(e.getMessage().startsWith(f + ":2: no \"text\""), e.getMessage());
    }
}

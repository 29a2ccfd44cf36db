package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    private final ArticleReader reader =
            new ArticleReader(1000, Clock.fixed(Instant.parse("2024-01-01T12:00:00Z"), ZoneOffset.UTC));

    private Article parse(String text) {
        return reader.parse("a.txt", text.getBytes(StandardCharsets.UTF_8), ArticleOverrides.NONE);
    }

    private String problem(byte[] bytes) {
        return assertThrows(InputException.class, () -> reader.parse("a.txt", bytes, ArticleOverrides.NONE))
                .getMessage();
    }

    @Test
    void frontMatterGivesDateUrlAndTitleAndIsNotText() {
        Article a = parse("---\npublished: 2023-04-20\nurl: https://example.org/n\ntitle: A headline\n---\nBody text.");
        assertEquals("Body text.", a.text());
        assertEquals(Optional.of(LocalDate.of(2023, 4, 20)), a.published());
        assertEquals(Optional.of("https://example.org/n"), a.url());
        assertEquals(Optional.of("A headline"), a.title());
    }

    @Test
    void aFrontMatterUrlIsCheckedAsAJsonLinesOneIs() {
        for (String bad :
                List.of("example.org/news/1", "javascript:alert(1)", "ftp://example.org/a", "https://a b/c")) {
            String fromFile = problem(("---\nurl: " + bad + "\n---\nBody text.").getBytes(StandardCharsets.UTF_8));
            String fromJson = assertThrows(
                            InputException.class,
                            () -> reader.fromFields(
                                    "a.txt",
                                    "Body text.",
                                    Optional.empty(),
                                    Optional.of(bad),
                                    Optional.empty(),
                                    ArticleOverrides.NONE))
                    .getMessage();
            assertEquals(fromJson, fromFile, bad);
            assertTrue(fromFile.contains("url is not an absolute http(s) URL: " + bad), fromFile);
            assertEquals(1, fromFile.lines().count(), fromFile);
        }
        assertEquals(
                Optional.of("HTTPS://example.org/n"),
                parse("---\nurl: HTTPS://example.org/n\n---\nB.").url());
        assertEquals(Optional.empty(), parse("---\nurl: \n---\nBody.").url(), "an empty url is no url");
    }

    @Test
    void aHeadlineWithAColonIsReadAsWritten() {
        Article a = parse("---\npublished: 2023-02-14\ntitle: Austin: Allies Stand Firm\n---\nText.");
        assertEquals(Optional.of("Austin: Allies Stand Firm"), a.title());
        assertEquals(Optional.of(LocalDate.of(2023, 2, 14)), a.published());
    }

    @Test
    void commandLineOverridesWinOverFrontMatter() {
        Article a = reader.parse(
                "a.txt",
                "---\npublished: 2023-04-20\n---\nText.".getBytes(StandardCharsets.UTF_8),
                ArticleOverrides.published(LocalDate.of(2022, 1, 2)));
        assertEquals(Optional.of(LocalDate.of(2022, 1, 2)), a.published());
    }

    @Test
    void textWithoutFrontMatterIsKeptAsGiven() {
        Article a = parse("Line one.\r\nLine two.");
        assertEquals("Line one.\r\nLine two.", a.text());
        assertEquals(Optional.empty(), a.published());
    }

    @Test
    void utf8ByteOrderMarkIsStripped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i', '.'};
        assertEquals("Hi.", reader.parse("a.txt", bom, ArticleOverrides.NONE).text());
    }

    @Test
    void badInputIsRejectedWithTheFileAndTheReason() {
        assertTrue(problem(new byte[0]).contains("empty"));
        assertTrue(problem(" \n\t ".getBytes(StandardCharsets.UTF_8)).contains("whitespace"));
        assertTrue(problem(new byte[] {'a', (byte) 0xC3, '(', 'b'}).contains("not valid UTF-8"));
        assertTrue(problem(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}).contains("UTF-16"));
        assertTrue(problem(new byte[] {'a', 0, 'b'}).contains("binary"));
        assertTrue(problem("---\npublished: 2023-13-45\n---\nText.".getBytes(StandardCharsets.UTF_8))
                .contains("unparsable publication date"));
        assertTrue(problem("---\npublished: 2030-01-01\n---\nText.".getBytes(StandardCharsets.UTF_8))
                .contains("in the future"));
        assertTrue(problem("---\npublished: 2023-01-01\nText without end".getBytes(StandardCharsets.UTF_8))
                .contains("never closed"));
        assertTrue(problem("---\n: : [\n---\nText.".getBytes(StandardCharsets.UTF_8))
                .contains("malformed front matter"));
    }

    @Test
    void frontMatterWorksWithEveryLineEnd() {
        for (String eol : new String[] {"\n", "\r\n", "\r"}) {
            String body = "Line one." + eol + "Line two." + eol;
            Article a = parse(("---\npublished: 2023-04-20\ntitle: T\n---\n").replace("\n", eol) + body);
            assertEquals(body, a.text(), "line end " + eol.replace("\r", "CR").replace("\n", "LF"));
            assertEquals(Optional.of(LocalDate.of(2023, 4, 20)), a.published());
            assertEquals(Optional.of("T"), a.title());
        }
    }

    @Test
    void linesOverTheLimitAreRejectedWithTheirNumber() {
        ArticleReader narrow = new ArticleReader(100_000, 20, Clock.systemUTC());
        String ok = "Twenty characters!!\nTwenty characters!!\r\nTwenty characters!!\r";
        assertEquals(
                ok,
                narrow.parse("a.txt", ok.getBytes(StandardCharsets.UTF_8), ArticleOverrides.NONE)
                        .text());
        String message = assertThrows(
                        InputException.class,
                        () -> narrow.parse(
                                "a.txt",
                                "Short.\rShort.\r\n".concat("x".repeat(21)).getBytes(StandardCharsets.UTF_8),
                                ArticleOverrides.NONE))
                .getMessage();
        assertTrue(message.contains("line 3 is 21 characters long, over the limit of 20"), message);
    }

    @Test
    void encodingProblemsSayWhere() {
        assertTrue(problem(new byte[] {'a', '\n', 'b', (byte) 0xE9, 'c'})
                .contains("bad byte 0xE9 at byte offset 3 (line 2)"));
        assertTrue(problem("No BOM here.".getBytes(StandardCharsets.UTF_16LE))
                .contains("UTF-16 without a byte-order mark"));
        assertTrue(problem("No BOM here.".getBytes(StandardCharsets.UTF_16BE))
                .contains("UTF-16 without a byte-order mark"));
        assertTrue(problem(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0})
                .contains("binary data"));
    }

    @Test
    void invisibleSpaceIsNoText() {
        assertTrue(problem("\u00a0\u200b\ufeff \u2060\n".getBytes(StandardCharsets.UTF_8))
                .contains("only whitespace"));
        assertTrue(problem("---\npublished: [2023-01-01]\n---\nText.".getBytes(StandardCharsets.UTF_8))
                .contains("must be a single value"));
    }

    @Test
    void messagesStartWithTheSource() {
        InputException e = assertThrows(
                InputException.class, () -> reader.parse("some/file.txt", new byte[0], ArticleOverrides.NONE));
        assertTrue(e.getMessage().startsWith("some/file.txt: "), e.getMessage());
        assertEquals("some/file.txt", e.source());
    }

    @Test
    void filesOverTheLimitAreRejected(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "a".repeat(1001));
        assertTrue(assertThrows(InputException.class, () -> reader.read(big, ArticleOverrides.NONE))
                .getMessage()
                .contains("over the limit"));
    }

    @Test
    void foldersAreWalkedForArticlesAndEmptyFoldersRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.txt"), "B.");
        Files.writeString(dir.resolve("a.md"), "A.");
        Files.writeString(dir.resolve("README.md"), "not an article");
        Files.writeString(dir.resolve("data.json"), "{}");
        List<Path> files = reader.expand(List.of(dir));
        assertEquals(List.of(dir.resolve("a.md"), dir.resolve("b.txt")), files);
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertTrue(assertThrows(InputException.class, () -> reader.expand(List.of(empty)))
                .getMessage()
                .contains("no article files"));
        assertTrue(assertThrows(InputException.class, () -> reader.expand(List.of(dir.resolve("missing"))))
                .getMessage()
                .contains("no such file"));
    }

    @Test
    void contentHashDependsOnTheTextOnly() {
        Article a = parse("---\npublished: 2023-04-20\n---\nSame text.");
        Article b = parse("Same text.");
        assertEquals(a.contentHash(), b.contentHash());
        assertEquals(64, a.contentHash().length());
    }
}

package org.claimgraph.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import org.claimgraph.ingest.InputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of a web page: what Firefox's reader view would show (Readability4J, a port of Mozilla's
 * Readability onto jsoup), without navigation, footers, share buttons and the like, as paragraphs of text.
 */
/*package*/ final class PageText {
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([^\";\\s]+)");

    private PageText() {}

    /**
     * @param url         the page's address (relative links in it are resolved against it)
     * @param body        its bytes
     * @param contentType its {@code Content-Type}, whose charset wins over the page's own declaration
     * @return its main text; an {@link InputException} naming {@code url} when it has none
     */
    static String mainText(String url, byte[] body, Optional<String> contentType) {
        Document page;
        try {
            // A null charset lets jsoup read it from the page (byte-order mark, <meta charset>), else UTF-8.
            page = Jsoup.parse(new ByteArrayInputStream(body), charset(contentType), url);
        } catch (IOException e) {
            throw new InputException(url, "cannot read the page: " + e.getMessage());
        }
        Element main;
        try {
            main = new Readability4J(url, page).parse().getArticleContent();
        } catch (RuntimeException e) {
            // A page the extractor trips over is one bad item, never the end of a feed's poll.
            throw new InputException(url, "cannot find the page's main text: " + e);
        }
        String text = main == null ? "" : HtmlText.of(main);
        if (text.isBlank()) {
            throw new InputException(url, "no main text found on the page");
        }
        return text;
    }

    private static String charset(Optional<String> contentType) {
        if (contentType.isEmpty()) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType.get());
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1)).name();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null; // An unknown name is no reason to refuse the page: let jsoup detect it.
        }
    }
}

package org.claimgraph.ingest.feed;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML as article text: paragraphs (and other blocks) become paragraphs separated by a blank line, line breaks
 * stay, and other whitespace is collapsed. jsoup's own {@code text()} puts a whole article on one line, which the
 * extractor would read as one paragraph and the line-length limit refuses.
 */
/*package*/ final class HtmlText {
    private static final Set<String> BLOCKS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "dd",
            "div",
            "dl",
            "dt",
            "figcaption",
            "figure",
            "footer",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hr",
            "li",
            "main",
            "ol",
            "p",
            "pre",
            "section",
            "table",
            "tr",
            "ul");

    private HtmlText() {}

    /** The text of an HTML fragment (a feed item's content). */
    static String ofFragment(String html) {
        return of(Jsoup.parseBodyFragment(html).body());
    }

    /** The text below an element. */
    static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode t) {
                            // Source line breaks are layout, not text: only blocks and <br> break lines.
                            out.append(t.getWholeText().replaceAll("\\s+", " "));
                        } else if (node instanceof Element e) {
                            if (e.normalName().equals("br")) {
                                out.append('\u2028'); // Marks a line break that survives the trimming below.
                            } else if (BLOCKS.contains(e.normalName())) {
                                out.append("\n\n");
                            } else if (e.normalName().equals("td")
                                    || e.normalName().equals("th")) {
                                out.append(' ');
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                            out.append("\n\n");
                        }
                    }
                },
                root);
        return out.toString()
                .replace('\u00A0', ' ')
                .replaceAll(" *\n *", "\n")
                .replaceAll("\n{3,}", "\n\n")
                .replaceAll(" *\u2028 *", "\n")
                .replaceAll(" {2,}", " ")
                .strip();
    }
}

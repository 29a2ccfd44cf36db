package org.claimgraph.serve;

import java.util.List;
import java.util.TreeSet;
import org.claimgraph.query.KnowledgeView.Span;

/**
 * Shows evidence spans inside the article text: the span in a {@code <mark>}, the text around it escaped.
 * Offsets count Unicode code points, as NIF and the stored data do, and are turned into Java string
 * indices here, so text outside the Basic Multilingual Plane lines up.
 */
/*package*/ final class EvidenceHtml {
    private EvidenceHtml() {}

    /**
     * The span highlighted inside the article text, with about {@code context} code points on each side:
     * a cut falls at a line break where one is near, else between words, and is shown as "…".
     */
    static void excerpt(Html h, Span s, int context) {
        if (!s.fits()) {
            // Offsets that do not match the stored text: show the span's own text, and say so.
            h.raw("<mark class=\"evidence-span\">")
                    .text(s.anchor())
                    .raw("</mark>")
                    .raw(" <span class=\"note\">(the offsets do not match the article text)</span>");
            return;
        }
        String t = s.text().orElseThrow();
        int b = t.offsetByCodePoints(0, s.begin());
        int e = t.offsetByCodePoints(0, s.end());
        // Whole lines where the window reaches past the span's own line, else a cut between words.
        int lineStart = b == 0 ? 0 : t.lastIndexOf('\n', b - 1) + 1;
        int lineEnd = t.indexOf('\n', e) < 0 ? t.length() : t.indexOf('\n', e);
        int from = back(t, b, context);
        boolean cutBefore = false;
        if (from < lineStart) {
            int nl = lineStart - 1 > from ? t.indexOf('\n', from) : -1;
            if (nl >= 0 && nl < lineStart - 1) {
                from = nl + 1;
            } else if (from > 0) {
                int space = firstSpace(t, from, lineStart - 1);
                from = space < 0 ? lineStart : space + 1;
                cutBefore = space >= 0;
            }
        } else if (from > lineStart) {
            int space = firstSpace(t, from, b);
            from = space < 0 ? b : space + 1;
            cutBefore = true;
        }
        int to = forward(t, e, context);
        boolean cutAfter = false;
        if (to > lineEnd) {
            int nl = t.lastIndexOf('\n', to - 1);
            if (nl > lineEnd) {
                to = nl;
            } else if (to < t.length()) {
                int space = lastSpace(t, lineEnd + 1, to);
                to = space < 0 ? lineEnd : space;
                cutAfter = space >= 0;
            }
        } else if (to < lineEnd) {
            int space = lastSpace(t, e, to);
            to = space < 0 ? e : space;
            cutAfter = true;
        }
        if (cutBefore) {
            h.raw("<span class=\"cut\">…</span>");
        }
        h.text(t.substring(from, b));
        h.raw("<mark class=\"evidence-span\">").text(t.substring(b, e)).raw("</mark>");
        h.text(t.substring(e, to));
        if (cutAfter) {
            h.raw("<span class=\"cut\">…</span>");
        }
    }

    private static int firstSpace(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(t.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastSpace(String t, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (Character.isWhitespace(t.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The whole text with every span highlighted; overlapping spans share marks. Each span's start carries
     * the id {@code char=B,E}, the fragment of its IRI, so a span IRI opens the article page at the span.
     */
    static void fullText(Html h, String text, List<Span> spans) {
        int n = text.codePointCount(0, text.length());
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, n));
        for (Span s : spans) {
            cuts.add(s.begin());
            cuts.add(s.end());
        }
        TreeSet<String> ids = new TreeSet<>();
        Integer prev = null;
        int prevIndex = 0;
        for (int cut : cuts) {
            int index = text.offsetByCodePoints(0, cut);
            if (prev != null && index > prevIndex) {
                int from = prev;
                boolean covered = spans.stream().anyMatch(s -> s.begin() <= from && s.end() >= cut);
                if (covered) {
                    h.raw("<mark class=\"evidence-span\">")
                            .text(text.substring(prevIndex, index))
                            .raw("</mark>");
                } else {
                    h.text(text.substring(prevIndex, index));
                }
            }
            for (Span s : spans) {
                String id = "char=" + s.begin() + "," + s.end();
                if (s.begin() == cut && ids.add(id)) {
                    h.raw("<span class=\"anchor\" id=\"").attr(id).raw("\"></span>");
                }
            }
            prev = cut;
            prevIndex = index;
        }
    }

    private static int back(String t, int index, int codePoints) {
        int i = index;
        for (int k = 0; k < codePoints && i > 0; k++) {
            i = t.offsetByCodePoints(i, -1);
        }
        return i;
    }

    private static int forward(String t, int index, int codePoints) {
        int i = index;
        for (int k = 0; k < codePoints && i < t.length(); k++) {
            i = t.offsetByCodePoints(i, 1);
        }
        return i;
    }
}

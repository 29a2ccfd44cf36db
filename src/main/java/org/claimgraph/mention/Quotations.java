package org.claimgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.analyze.AnalyzedText;
import org.claimgraph.analyze.Dependency;
import org.claimgraph.analyze.Sentence;
import org.claimgraph.analyze.Token;

/**
 * Finds quotations and their speakers. Typographic marks pair “ with ”; straight double quotes alternate
 * and never run past a blank line. The speaker is the subject of a verb of saying outside the quotation,
 * in the sentence that closes it or else the one that opens it.
 */
/*package*/ final class Quotations {
    private final MentionLexicon lexicon;

    Quotations(MentionLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Quotation> find(AnalyzedText a, List<Mention> mentions) {
        List<Quotation> out = new ArrayList<>();
        for (int[] span : spans(a.text())) {
            Optional<Entity> speaker =
                    speakerNear(a, span[1] - 1, span, mentions).or(() -> speakerNear(a, span[0], span, mentions));
            out.add(new Quotation(span[0], span[1], speaker));
        }
        return out;
    }

    /** Character spans [open, close + 1) of quotations, by the double marks of {@code names.yaml}. */
    static List<int[]> spans(String text) {
        MentionLexicon.QuotationMarks marks = MentionLexicon.bundled().quotationMarks();
        String opening = marks.pairedOpening();
        String closing = marks.pairedClosing();
        String straightMarks = marks.straightDouble();
        List<int[]> out = new ArrayList<>();
        int open = -1;
        int straight = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (opening.indexOf(c) >= 0 && open < 0) {
                open = i;
            } else if (closing.indexOf(c) >= 0 && open >= 0) {
                out.add(new int[] {open, i + 1});
                open = -1;
            } else if (straightMarks.indexOf(c) >= 0) {
                if (straight < 0) {
                    straight = i;
                } else {
                    out.add(new int[] {straight, i + 1});
                    straight = -1;
                }
            } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                straight = -1; // A straight quote left open at a paragraph end is not a quotation we can trust.
            }
        }
        out.sort((x, y) -> Integer.compare(x[0], y[0]));
        return out;
    }

    private Optional<Entity> speakerNear(AnalyzedText a, int offset, int[] span, List<Mention> mentions) {
        for (Sentence s : a.sentences()) {
            if (offset < s.begin() || offset >= s.end()) {
                continue;
            }
            for (Token t : s.tokens()) {
                boolean outside = t.end() <= span[0] || t.begin() >= span[1];
                if (!outside || !t.isVerb() || !lexicon.isSpeechVerb(t.lemma())) {
                    continue;
                }
                for (Dependency d : s.dependents(t.index())) {
                    if (!d.relation().startsWith("nsubj")) {
                        continue;
                    }
                    for (Mention m : mentions) {
                        if (m.covers(s.index(), d.dependent())
                                && m.canFillRole()
                                && m.entity().type().isActor()) {
                            return Optional.of(m.entity());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }
}

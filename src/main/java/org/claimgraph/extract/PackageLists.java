package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.analyze.AnalyzedText;
import org.claimgraph.analyze.ListLines;
import org.claimgraph.analyze.Sentence;
import org.claimgraph.analyze.Token;
import org.claimgraph.mention.Entity;
import org.claimgraph.mention.Mention;
import org.claimgraph.mention.Mentions;

/**
 * Packages whose contents stand in a list after a colon ("The package includes:" then "- 18 howitzers;" on a line
 * of its own): one pledge per line, with that line's item and quantity and the donor, recipient, date and
 * attribution of what the colon's sentence announces (GUIDE, "Announced packages and lists").
 */
/*package*/ final class PackageLists {
    private final ClaimLexicon lexicon;
    private final RoleFiller roleFiller;

    PackageLists(ClaimLexicon lexicon, RoleFiller roleFiller) {
        this.lexicon = lexicon;
        this.roleFiller = roleFiller;
    }

    /** One pledge per list line of every package announced with a colon, given the claims found so far. */
    List<Found> lines(AnalyzedText a, Mentions mentions, List<Found> found) {
        List<Found> out = new ArrayList<>();
        for (Sentence opener : a.sentences()) {
            List<Sentence> lines = ListLines.after(a, opener.index());
            if (lines.isEmpty()) {
                continue;
            }
            Optional<Found> announcer = announcer(opener, found);
            if (announcer.isEmpty()) {
                // "The following countries have pledged aid:" then "Japan: $8.5 million …": no transfer of its
                // own, but each line names its giver
                if (announcesGiving(opener)) {
                    for (Sentence line : lines) {
                        lineDonor(line, mentions)
                                .ifPresent(donor ->
                                        item(a, line, mentions).ifPresent(item -> out.add(ownLine(line, item, donor))));
                    }
                }
                continue;
            }
            Optional<Found> earlier = earlierOfTheSameDonor(opener, announcer.get(), found);
            for (Sentence line : lines) {
                boolean givesOwn = found.stream()
                        .anyMatch(f -> f.sentence.index() == line.index()
                                && f.event.kind().isTransfer());
                if (!givesOwn) {
                    item(a, line, mentions)
                            .ifPresent(item -> out.add(pledge(line, item, announcer.get(), earlier, mentions)));
                }
            }
        }
        return out;
    }

    /**
     * What the colon's sentence announces: its own pledge or aid ("Today I am announcing $1 billion in
     * assistance, including:"), else, when it only says contents follow ("This package includes:"), the
     * article's last transfer before it.
     */
    private Optional<Found> announcer(Sentence opener, List<Found> found) {
        Found last = null;
        for (Found f : found) {
            if (f.suppressed || !f.event.kind().isTransfer() || f.sentence.index() > opener.index()) {
                continue;
            }
            if (f.sentence.index() == opener.index()) {
                return Optional.of(f);
            }
            last = f;
        }
        boolean saysContents = opener.tokens().stream()
                .anyMatch(t -> lexicon.cues().quantity.contentsWords.contains(t.lowerLemma()));
        return saysContents ? Optional.ofNullable(last) : Optional.empty();
    }

    /** The line's item: its head noun's, else the first item phrase in it. */
    private Optional<RoleFiller.ItemPhrase> item(AnalyzedText a, Sentence line, Mentions mentions) {
        for (Token t : line.tokens()) {
            boolean root = line.basicHead(t.index()).map(d -> d.governor() < 0).orElse(false);
            if (root) {
                Optional<RoleFiller.ItemPhrase> head = roleFiller.itemAt(a.text(), line, t.index(), mentions);
                if (head.isPresent()) {
                    return head;
                }
            }
        }
        for (Token t : line.tokens()) {
            boolean endsPhrase = t.index() + 1 >= line.tokens().size()
                    || !line.token(t.index() + 1).isNoun();
            if ((t.isNoun() && endsPhrase) || t.pos().equals("$")) {
                Optional<RoleFiller.ItemPhrase> item = roleFiller.itemAt(a.text(), line, t.index(), mentions);
                if (item.isPresent()) {
                    return item;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Ambassador X announced $9 million to support Colombia … With this new funding, the U.S. Government is
     * providing:": when the colon's transfer names no recipient or no source, the same donor's last transfer before
     * it that names its recipient is the one the list details (its recipient, and its announcer as the source).
     */
    private static Optional<Found> earlierOfTheSameDonor(Sentence opener, Found announcer, List<Found> found) {
        if (!announcer.event.role(Role.recipient).isEmpty() && !announcer.attributedTo.isEmpty()) {
            return Optional.empty();
        }
        Found last = null;
        for (Found f : found) {
            if (f != announcer
                    && f.event.kind().isTransfer()
                    && f.sentence.index() < announcer.sentence.index()
                    && !f.event.role(Role.recipient).isEmpty()
                    && f.event.role(Role.donor).equals(announcer.event.role(Role.donor))) {
                last = f;
            }
        }
        return Optional.ofNullable(last);
    }

    /** True when a colon's sentence has a verb or noun of giving ("have pledged aid:", "offers of help:"). */
    private boolean announcesGiving(Sentence opener) {
        return opener.tokens().stream()
                .anyMatch(t -> lexicon.verbFrames(t.lowerLemma()).stream()
                                .anyMatch(fr -> fr.event().isTransfer())
                        || lexicon.item(t.lowerLemma()).isPresent());
    }

    private Found ownLine(Sentence line, RoleFiller.ItemPhrase item, Entity donor) {
        Event e = new Event(EventKind.Pledge);
        e.add(Role.donor, donor);
        withItem(e, item);
        return new Found(lexicon.frame("pledge.list-line"), line, item.head(), e);
    }

    /** The line's item, its count and its words. */
    private static void withItem(Event e, RoleFiller.ItemPhrase item) {
        e.add(Role.item, item.entity());
        item.quantity().ifPresent(q -> e.quantity(q, item.qualifier()));
        e.itemDescription(item.description());
    }

    /**
     * "Japan: $8.5 million in emergency aid" under "The following countries have announced aid:": the name a line
     * opens with before its colon gives, when the announcement names no donor.
     */
    private static Optional<Entity> lineDonor(Sentence line, Mentions mentions) {
        for (Mention m : mentions.inSentence(line.index())) {
            if (m.tokenBegin() <= 1
                    && m.canFillRole()
                    && m.entity().type().isActor()
                    && m.tokenEnd() < line.tokens().size()
                    && line.token(m.tokenEnd()).text().equals(":")) {
                return Optional.of(m.entity());
            }
        }
        return Optional.empty();
    }

    private Found pledge(
            Sentence line, RoleFiller.ItemPhrase item, Found announcer, Optional<Found> earlier, Mentions mentions) {
        // What a package holds is pledged when it is announced, whatever the announcing verb's tense (GUIDE).
        EventKind kind = announcer.sentence.index() < line.index() || announcer.event.kind() == EventKind.Pledge
                ? EventKind.Pledge
                : announcer.event.kind();
        Event e = new Event(kind);
        for (Role r : List.of(Role.donor, Role.recipient)) {
            announcer.event.role(r).forEach(x -> e.add(r, x));
        }
        if (e.role(Role.donor).isEmpty()) {
            lineDonor(line, mentions).ifPresent(d -> e.add(Role.donor, d));
        }
        if (e.role(Role.recipient).isEmpty()) {
            earlier.ifPresent(x -> x.event.role(Role.recipient).forEach(r -> e.add(Role.recipient, r)));
        }
        withItem(e, item);
        e.time(announcer.event.time());
        Found f = new Found(lexicon.frame("pledge.list-line"), line, item.head(), e);
        // The source of the announcement the list details: the colon's own, else that of the transfer it takes
        // its recipient from (an earlier one of the same donor, or the one its implicit roles came from).
        Found detailed = earlier.orElse(announcer.announcement);
        f.attributedTo =
                announcer.attributedTo.isEmpty() && detailed != null ? detailed.attributedTo : announcer.attributedTo;
        f.announcement = announcer;
        return f;
    }
}

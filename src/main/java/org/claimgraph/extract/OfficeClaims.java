package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.analyze.AnalyzedText;
import org.claimgraph.analyze.Sentence;
import org.claimgraph.mention.Entity;
import org.claimgraph.mention.Mention;
import org.claimgraph.mention.Mentions;
import org.claimgraph.mention.Title;

/** Office holdings as claims: each title the mention stage found with its holder, dated to the article. */
/*package*/ final class OfficeClaims {
    OfficeClaims() {}

    static List<Claim> officeClaims(
            AnalyzedText analysed, Mentions mentions, Optional<LocalDate> published, List<Found> found) {
        List<Claim> out = new ArrayList<>();
        for (Title t : mentions.titles()) {
            if (t.holder().kind() == Mention.MentionKind.ROLE && !t.former()) {
                // "the president" names its holder by the office; it says nothing new of it (GUIDE: office
                // holdings are titles given with a named person). A former office is news: it is kept.
                continue;
            }
            Event e = new Event(EventKind.OfficeHolding);
            if (!e.add(Role.holder, t.holder().entity())) {
                continue;
            }
            t.officeOf().ifPresent(o -> e.add(Role.officeOf, o));
            e.office(t.office(), t.former());
            e.positionName(t.position());
            TimeSpec time = published
                    .map(p -> t.former()
                            ? TimeSpec.bounded(Optional.empty(), Optional.of(TimePoint.day(p)), "")
                            : TimeSpec.on(TimePoint.day(p), ""))
                    .orElse(TimeSpec.NONE);
            e.time(time);
            String rule = t.holder().kind() == Mention.MentionKind.ROLE ? "office.role-description" : "office.title";
            out.add(new Claim(
                    e,
                    Modality.Asserted,
                    quotedBy(t, mentions)
                            .or(() -> reportedBy(analysed, t, found))
                            .orElse(List.of()),
                    t.sentence(),
                    t.begin(),
                    t.end(),
                    rule,
                    time));
        }
        return out;
    }

    /** An office named inside a quotation is the quoted speaker's word for it (GUIDE: attribution). */
    private static Optional<List<Entity>> quotedBy(Title t, Mentions mentions) {
        return mentions.quotations().stream()
                .filter(q -> q.contains(t.begin(), t.end()))
                .flatMap(q -> q.speaker().stream())
                .findFirst()
                .map(List::of);
    }

    /**
     * An office named in what a statement of its sentence reports ("Reuters said the delegation would include
     * Finance Minister X") is the reporter's word for it.
     */
    private static Optional<List<Entity>> reportedBy(AnalyzedText analysed, Title t, List<Found> found) {
        Sentence s = analysed.sentences().get(t.sentence());
        int token = s.tokenAt(t.begin());
        for (Found f : found) {
            if (f.sentence.index() == t.sentence()
                    && f.scope != null
                    && token >= 0
                    && f.scope.get(token)
                    && f.event.kind() == EventKind.Statement
                    && !f.event.role(Role.speaker).isEmpty()) {
                return Optional.of(List.copyOf(f.event.role(Role.speaker)));
            }
        }
        return Optional.empty();
    }
}

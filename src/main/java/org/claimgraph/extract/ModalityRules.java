package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.claimgraph.analyze.Dependency;
import org.claimgraph.analyze.Sentence;
import org.claimgraph.analyze.Token;

/**
 * How a found event is put forward: negated, possible, planned, promised or asserted, from the trigger's
 * auxiliaries, negation, conditional markers, tense and the verbs of intention and commitment that govern it (all
 * cue words from {@code lexicon/cues.yaml}).
 */
/*package*/ final class ModalityRules {
    private final ClaimLexicon lexicon;
    private final TimeResolver timeResolver;

    ModalityRules(ClaimLexicon lexicon, TimeResolver timeResolver) {
        this.lexicon = lexicon;
        this.timeResolver = timeResolver;
    }

    boolean isFutureOrIntended(Sentence s, int t) {
        if (timeResolver.tense(s, t) == TimeResolver.Tense.FUTURE) {
            return true;
        }
        // "plans to visit", and "will continue to raise": the complement of a verb in the future is ahead too;
        // so is where one "is expected" or "due" ("is expected in Tehran on Saturday").
        boolean expectedThere = s.governors(t).stream()
                .anyMatch(d -> d.relation().startsWith("obl")
                        && d.governor() >= 0
                        && (s.token(d.governor()).lowerLemma().equals("expect")
                                || s.token(d.governor()).lowerLemma().equals("due")));
        if (expectedThere) {
            return true;
        }
        return s.governors(t).stream()
                .anyMatch(d -> d.relation().equals("xcomp")
                        && d.governor() >= 0
                        && (lexicon.cues()
                                        .modality
                                        .intention
                                        .contains(s.token(d.governor()).lowerLemma())
                                || timeResolver.tense(s, d.governor()) == TimeResolver.Tense.FUTURE));
    }

    /** True when a modal of possibility ("could", "may", "might") governs the trigger: "France could send jets". */
    boolean hasPossibleAuxiliary(Sentence s, int t) {
        return s.dependents(t).stream()
                .anyMatch(d -> d.relation().startsWith("aux")
                        && lexicon.cues()
                                .modality
                                .possible
                                .contains(s.token(d.dependent()).text().toLowerCase(Locale.ROOT)));
    }

    /** "agreed to ensure", "remains committed to helping", "commitment to continue": a commitment. */
    boolean isCommitted(Sentence s, int t) {
        for (Dependency d : s.governors(t)) {
            if (d.governor() < 0) {
                continue;
            }
            String g = s.token(d.governor()).lowerLemma();
            if ((d.relation().equals("xcomp")
                            || d.relation().startsWith("advcl")
                            || d.relation().startsWith("acl"))
                    && lexicon.cues().modality.commitment.contains(g)) {
                return true;
            }
        }
        return false;
    }

    Modality modality(Sentence s, int t, Frame f, EventKind kind, Event e, Optional<LocalDate> published) {
        ClaimLexicon.ModalityCues cues = lexicon.cues().modality;
        for (Dependency d : s.governors(t)) {
            // "Germany refused to send Taurus missiles": what is refused does not happen
            if (d.governor() >= 0
                    && d.relation().equals("xcomp")
                    && cues.refusal.contains(s.token(d.governor()).lowerLemma())) {
                return Modality.Negated;
            }
        }
        if (cues.withholding.contains(s.token(t).lowerLemma())) {
            return Modality.Negated; // "withheld the aid": what was held back is not given
        }
        Optional<Dependency> head = s.basicHead(t);
        if (!s.token(t).isVerb()
                && head.isPresent()
                && head.get().governor() >= 0
                && head.get().relation().equals("obj")
                && lexicon.cues()
                        .time
                        .lightVerbs
                        .contains(s.token(head.get().governor()).lowerLemma())
                && s.dependents(head.get().governor()).stream()
                        .anyMatch(d ->
                                (d.relation().equals("advmod") || d.relation().equals("neg"))
                                        && cues.negation.contains(
                                                s.token(d.dependent()).text().toLowerCase(Locale.ROOT)))) {
            // "have not held direct talks since 2022": the light verb's negation is the event's
            return Modality.Negated;
        }
        for (Dependency d : s.dependents(t)) {
            String w = s.token(d.dependent()).text().toLowerCase(Locale.ROOT);
            if ((d.relation().equals("advmod") || d.relation().equals("neg"))
                    && cues.negation.contains(w)
                    && !f.conditions()
                            .requireDependent()
                            .getOrDefault(d.relation(), java.util.Set.of())
                            .contains(w)) {
                // A negation the frame requires is part of its trigger: "will not hesitate to act" threatens.
                return Modality.Negated;
            }
        }
        if (hasPossibleAuxiliary(s, t)) {
            return Modality.Possible;
        }
        for (Dependency d : s.dependents(t)) {
            String w = s.token(d.dependent()).text().toLowerCase(Locale.ROOT);
            if (d.relation().equals("mark") && cues.conditional.contains(w)) {
                return Modality.Possible;
            }
            if (d.relation().equals("amod") && cues.possibleAdjectives.contains(w)) {
                return Modality.Possible;
            }
            // "a planned visit", "the scheduled talks": a participle of intention; not the adjective "direct" of
            // "a direct attack", though "direct" is also a verb of intention ("I have directed").
            if (d.relation().equals("amod")
                    && ((s.token(d.dependent()).pos().equals("VBN")
                                    && cues.intention.contains(
                                            s.token(d.dependent()).lowerLemma()))
                            || cues.plannedAdjectives.contains(w))) {
                return Modality.Planned;
            }
        }
        if (f.conditions().firstReport()
                && s.governors(t).stream().anyMatch(d -> cues.aheadPrepositions.contains(d.subtype()))) {
            // "on his way to the NATO summit in Wales", "preparing for the summit": a gathering looked ahead to
            return Modality.Planned;
        }
        if (f.speech().isPresent()) {
            // A commitment frame is future by definition; a future verb of saying ("will say") is planned.
            return isFutureOrIntended(s, t) && !f.conditions().requireFuture()
                    ? Modality.Planned
                    : f.speech().get().modality();
        }
        if (isFutureOrIntended(s, t)) {
            // A future giving is a pledge that has been made: the pledge itself is asserted; so is what a
            // package "will include".
            return kind != f.event() || f.conditions().futureAsserted() ? Modality.Asserted : Modality.Planned;
        }
        if ((kind == EventKind.Visit || kind == EventKind.Meeting) && scheduledPresent(s, t, e, published)) {
            return Modality.Planned;
        }
        if (timeResolver.tense(s, t) == TimeResolver.Tense.PRESENT
                && published.isPresent()
                && e.time().earliest().map(d -> d.isAfter(published.get())).orElse(false)) {
            return Modality.Planned;
        }
        return Modality.Asserted;
    }

    /**
     * "She ends her tour in Hanoi": an itinerary's verb in the simple present, with no auxiliary, carrying
     * the trigger (itself or as its object), with no date before publication, tells what is scheduled.
     */
    private boolean scheduledPresent(Sentence s, int t, Event e, Optional<LocalDate> published) {
        int verb = t;
        if (!s.token(t).isVerb()) {
            Optional<Dependency> up = s.basicHead(t);
            if (up.isEmpty() || up.get().governor() < 0 || !up.get().relation().equals("obj")) {
                return false;
            }
            verb = up.get().governor();
        }
        Token v = s.token(verb);
        boolean simplePresent = v.pos().equals("VBZ") || v.pos().equals("VBP");
        boolean auxiliary =
                s.dependents(verb).stream().anyMatch(d -> d.relation().startsWith("aux"));
        boolean past = published.isPresent()
                && e.time().latest().map(d -> d.isBefore(published.get())).orElse(false);
        return simplePresent
                && !auxiliary
                && !past
                && lexicon.cues().modality.scheduleVerbs.contains(v.lowerLemma());
    }

    boolean hasOnly(Sentence s, int t) {
        return s.dependents(t).stream()
                .anyMatch(d -> d.relation().equals("advmod")
                        && lexicon.cues()
                                .modality
                                .only
                                .contains(s.token(d.dependent()).lowerLemma()));
    }
}

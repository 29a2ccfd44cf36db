package org.claimgraph.extract;

import java.util.List;
import java.util.Objects;
import org.claimgraph.mention.Entity;

/**
 * One statement an article makes about an event: how it is put forward, who says so, the span it comes
 * from and the rule that found it. Several claims can be about one event.
 */
public final class Claim {
    private Event event;
    private final Modality modality;
    private final List<Entity> attributedTo;
    private final int sentence;
    private final int begin;
    private final int end;
    private final String rule;
    private final TimeSpec time;

    /**
     * @param event        the event it supports
     * @param modality     how it is put forward
     * @param attributedTo who the text says it comes from (may be empty)
     * @param sentence     index of the sentence holding the evidence
     * @param begin        first character of the evidence in the article text
     * @param end          end character of the evidence
     * @param rule         id of the frame or rule that found it
     * @param time         the time as this claim states it (the event's may be merged from several claims)
     */
    public Claim(
            Event event,
            Modality modality,
            List<Entity> attributedTo,
            int sentence,
            int begin,
            int end,
            String rule,
            TimeSpec time) {
        this.event = Objects.requireNonNull(event);
        this.modality = Objects.requireNonNull(modality);
        this.attributedTo = List.copyOf(attributedTo);
        this.sentence = sentence;
        this.begin = begin;
        this.end = end;
        this.rule = Objects.requireNonNull(rule);
        this.time = Objects.requireNonNull(time);
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("Bad evidence span " + begin + ".." + end);
        }
    }

    public Event event() {
        return event;
    }

    /** Points the claim at the event its own one was merged into. */
    void event(Event merged) {
        this.event = merged;
    }

    public Modality modality() {
        return modality;
    }

    public List<Entity> attributedTo() {
        return attributedTo;
    }

    public int sentence() {
        return sentence;
    }

    public int begin() {
        return begin;
    }

    public int end() {
        return end;
    }

    public String rule() {
        return rule;
    }

    public TimeSpec time() {
        return time;
    }

    @Override
    public String toString() {
        return modality
                + (attributedTo.isEmpty()
                        ? ""
                        : " by " + attributedTo.stream().map(Entity::label).toList()) + " " + event + " @" + begin
                + ".." + end + " [" + rule + "]";
    }
}

package org.claimgraph.extract;

import java.util.BitSet;
import java.util.List;
import org.claimgraph.analyze.Sentence;
import org.claimgraph.mention.Entity;

/** A frame that fired on a trigger, with everything known before merging. */
/*package*/ final class Found {
    final Frame frame;
    final Sentence sentence;
    final int trigger;
    final Event event;
    Modality modality = Modality.Asserted;
    List<Entity> attributedTo = List.of();
    BitSet scope;
    /** A report that closes its sentence ("…, X said."): what it reports is all before it, whatever the parse. */
    boolean trailingReport;

    boolean suppressed;
    int sinceToken = -1;
    boolean wartime;
    Claim claim;
    /** The announced transfer an implicit donor or recipient came from: its items are this one's contents. */
    Found announcement;
    /** The earlier claim of the event a definite noun refers back to ("defeated the attack"). */
    Found referent;

    Found(Frame frame, Sentence sentence, int trigger, Event event) {
        this.frame = frame;
        this.sentence = sentence;
        this.trigger = trigger;
        this.event = event;
    }
}

/** Extracts, merges and checks the claims of one analysed article. */

package org.claimgraph.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every mention found in one article, with the offices the text gives people. Several mentions may share
 * a span when one phrase refers to several entities ("they" for two donors).
 */
public final class Mentions {
    private final List<Mention> mentions;
    private final List<Title> titles;
    private final List<Quotation> quotations;
    private final Optional<Entity> author;

    public Mentions(List<Mention> mentions, List<Title> titles) {
        this(mentions, titles, List.of(), Optional.empty());
    }

    /**
     * @param mentions    every mention
     * @param titles      offices the text gives people
     * @param quotations  quotations with their speakers
     * @param author      the text's author, when its title names one ("Statement from X")
     */
    public Mentions(List<Mention> mentions, List<Title> titles, List<Quotation> quotations, Optional<Entity> author) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::sentence)
                .thenComparingInt(Mention::tokenBegin)
                .thenComparingInt(Mention::tokenEnd));
        this.mentions = List.copyOf(sorted);
        this.titles = List.copyOf(titles);
        this.quotations = List.copyOf(quotations);
        this.author = author;
    }

    /** Quotations with their speakers, in text order. */
    public List<Quotation> quotations() {
        return quotations;
    }

    /** The author the title names, if any. */
    public Optional<Entity> author() {
        return author;
    }

    /** All mentions, in text order. */
    public List<Mention> all() {
        return mentions;
    }

    /** Offices the text gives people. */
    public List<Title> titles() {
        return titles;
    }

    /** Mentions of one sentence, in order. */
    public List<Mention> inSentence(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }

    /** Mentions covering a token (several when one phrase refers to several entities). */
    public List<Mention> at(int sentence, int token) {
        return mentions.stream().filter(m -> m.covers(sentence, token)).toList();
    }

    /**
     * The distinct entities mentioned, by key, in order of first mention. A capital standing for its state
     * ("Paris rejected the offer", "Warsaw’s response") names the state only: the city is one of the state's names
     * there (as the gold guide lists it), and an entity of the article only where the text means the city. A
     * people ("Afghans in the valley") names no state either: the state is an entity where the text names it.
     */
    public Map<String, Entity> entities() {
        Map<String, Entity> out = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.kind() != Mention.MentionKind.PEOPLE) {
                out.putIfAbsent(m.entity().key(), m.entity());
            }
        }
        for (Title t : titles) {
            t.officeOf().ifPresent(e -> out.putIfAbsent(e.key(), e));
        }
        author.ifPresent(e -> out.putIfAbsent(e.key(), e));
        return out;
    }
}

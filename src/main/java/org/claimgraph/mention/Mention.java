package org.claimgraph.mention;

import java.util.Optional;

/**
 * A stretch of text that refers to an entity.
 *
 * @param sentence   index of the sentence
 * @param tokenBegin first token (inclusive)
 * @param tokenEnd   last token (exclusive)
 * @param begin      first character in the article text
 * @param end        end character (exclusive)
 * @param text       the words of the article
 * @param entity     the entity referred to
 * @param kind       how it refers
 * @param named      the entity literally named, when it differs from {@code entity} (a capital standing
 *                   for its state: "Warsaw’s response" names Warsaw and refers to Poland)
 */
public record Mention(
        int sentence,
        int tokenBegin,
        int tokenEnd,
        int begin,
        int end,
        String text,
        Entity entity,
        MentionKind kind,
        Optional<Entity> named) {

    /** How a mention refers to its entity. */
    public enum MentionKind {
        /** A name or alias from the gazetteer, or a proper name the gazetteer lacks. */
        NAME,
        /** An adjective of nationality ("Norwegian"); it modifies, it does not fill roles by itself. */
        DEMONYM,
        /**
         * A demonym as a plural noun ("Ukrainians", "Afghans in the valley"): the people of a state. It refers to
         * the state (and so links to it), fills no role, and names no entity of the article by itself.
         */
        PEOPLE,
        /** A surname standing for a full name given earlier. */
        SURNAME,
        /** A personal pronoun. */
        PRONOUN,
        /** A role description ("the White House spokesperson") resolved through stated or known offices. */
        ROLE,
        /** A definite description ("the bloc", "the Baltic state") resolved to the entity in focus. */
        DESCRIPTION
    }

    /** True when the token lies inside this mention. */
    public boolean covers(int sentenceIndex, int token) {
        return sentence == sentenceIndex && token >= tokenBegin && token < tokenEnd;
    }

    /** True for mentions that can fill an event role (demonyms and peoples cannot). */
    public boolean canFillRole() {
        return kind != MentionKind.DEMONYM && kind != MentionKind.PEOPLE;
    }

    /** The same words taken for another entity (an acronym the text defined), nothing else changed. */
    public Mention withEntity(Entity other) {
        return new Mention(sentence, tokenBegin, tokenEnd, begin, end, text, other, kind, named);
    }

    /** The same words read as another kind of mention ("Saudi" in "the Saudi coalition" as a demonym). */
    public Mention withKind(MentionKind other) {
        return new Mention(sentence, tokenBegin, tokenEnd, begin, end, text, entity, other, named);
    }

    /** This mention referring to another entity (metonymy, coreference), keeping what it literally names. */
    public Mention resolvedTo(Entity target, MentionKind newKind) {
        return new Mention(
                sentence,
                tokenBegin,
                tokenEnd,
                begin,
                end,
                text,
                target,
                newKind,
                named.isPresent() ? named : Optional.of(entity));
    }
}

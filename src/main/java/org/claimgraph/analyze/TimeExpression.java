package org.claimgraph.analyze;

/**
 * A time expression found in a sentence, normalised as a TIMEX3 value against the document date.
 *
 * @param tokenBegin first token (inclusive) in its sentence
 * @param tokenEnd   last token (exclusive) in its sentence
 * @param text       the words of the article
 * @param type       TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value      TIMEX3 value, for example {@code 2023-04-20}, {@code 2023-07}, {@code P2D}, {@code PAST_REF};
 *                   may be unresolved ({@code XXXX-07}) when no document date was given
 * @param modifier   TIMEX3 mod such as {@code EARLY}, {@code APPROX}, {@code MORE_THAN}, or empty
 */
public record TimeExpression(int tokenBegin, int tokenEnd, String text, String type, String value, String modifier) {
    /** True when the token at {@code index} lies inside this expression. */
    public boolean covers(int index) {
        return index >= tokenBegin && index < tokenEnd;
    }
}

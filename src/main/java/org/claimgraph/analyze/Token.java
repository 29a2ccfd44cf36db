package org.claimgraph.analyze;

/**
 * A token with its character offsets into the article text.
 *
 * @param index position in its sentence, from 0
 * @param begin first character (inclusive) in the article text
 * @param end   last character (exclusive) in the article text
 * @param text  the text exactly as in the article (typographic characters kept)
 * @param pos   Penn Treebank part-of-speech tag
 * @param lemma lemma, lower-cased for common words
 */
public record Token(int index, int begin, int end, String text, String pos, String lemma) {
    /** True for proper nouns (NNP, NNPS). */
    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    /** True for any noun tag. */
    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    /** True for any verb tag. */
    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    /** True when the token starts with an upper-case letter. */
    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** The lemma in lower case, for lexicon look-ups. */
    public String lowerLemma() {
        return lemma.toLowerCase(java.util.Locale.ROOT);
    }
}

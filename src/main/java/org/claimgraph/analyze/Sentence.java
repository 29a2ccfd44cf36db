package org.claimgraph.analyze;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * One analysed sentence: tokens, two dependency layers and time expressions.
 *
 * <p>{@code basic} is a tree (every token has one head), good for subtrees and clause boundaries;
 * {@code enhanced} is the enhanced++ graph, which adds propagated conjuncts and controlled subjects and
 * carries prepositions in relation names ({@code obl:to}), good for finding roles.
 *
 * @param index      position in the article, from 0
 * @param begin      first character in the article text
 * @param end        end character (exclusive)
 * @param tokens     tokens in order
 * @param basic      basic dependencies (a tree)
 * @param enhanced   enhanced++ dependencies (a graph)
 * @param times      time expressions
 */
public record Sentence(
        int index,
        int begin,
        int end,
        List<Token> tokens,
        List<Dependency> basic,
        List<Dependency> enhanced,
        List<TimeExpression> times) {

    public Sentence {
        tokens = List.copyOf(tokens);
        basic = List.copyOf(basic);
        enhanced = List.copyOf(enhanced);
        times = List.copyOf(times);
    }

    /** The token at {@code i}. */
    public Token token(int i) {
        return tokens.get(i);
    }

    /** Enhanced relations whose governor is {@code head}. */
    public List<Dependency> dependents(int head) {
        return enhanced.stream().filter(d -> d.governor() == head).toList();
    }

    /** Enhanced relations whose dependent is {@code token}. */
    public List<Dependency> governors(int token) {
        return enhanced.stream().filter(d -> d.dependent() == token).toList();
    }

    /** Basic-tree relations whose governor is {@code head}. */
    public List<Dependency> basicDependents(int head) {
        return basic.stream().filter(d -> d.governor() == head).toList();
    }

    /** The head of {@code token} in the basic tree, with its relation. */
    public Optional<Dependency> basicHead(int token) {
        return basic.stream().filter(d -> d.dependent() == token).findFirst();
    }

    /** Tokens of the basic-tree subtree under {@code head}, head included, as a set of indices. */
    public BitSet subtree(int head) {
        BitSet seen = new BitSet();
        List<Integer> stack = new ArrayList<>(List.of(head));
        while (!stack.isEmpty()) {
            int t = stack.remove(stack.size() - 1);
            if (t < 0 || seen.get(t)) {
                continue;
            }
            seen.set(t);
            for (Dependency d : basic) {
                if (d.governor() == t) {
                    stack.add(d.dependent());
                }
            }
        }
        return seen;
    }

    /** True when {@code token} lies in the basic subtree of {@code head}. */
    public boolean dominates(int head, int token) {
        int t = token;
        for (int guard = 0; guard <= tokens.size() && t >= 0; guard++) {
            if (t == head) {
                return true;
            }
            t = basicHead(t).map(Dependency::governor).orElse(-1);
        }
        return false;
    }

    /** The article text between two token indices (inclusive, exclusive). */
    public String text(String articleText, int fromToken, int toToken) {
        return articleText.substring(
                tokens.get(fromToken).begin(), tokens.get(toToken - 1).end());
    }

    /** The sentence's own text. */
    public String text(String articleText) {
        return articleText.substring(begin, end);
    }

    /** The index of the first token beginning at or after character {@code charOffset}, or -1. */
    public int tokenAt(int charOffset) {
        for (Token t : tokens) {
            if (t.begin() <= charOffset && charOffset < t.end()) {
                return t.index();
            }
        }
        return -1;
    }
}

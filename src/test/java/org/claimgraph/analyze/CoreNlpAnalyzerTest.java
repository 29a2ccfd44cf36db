package org.claimgraph.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The analyser's guard against sentences too long to tag and parse whole. */
class CoreNlpAnalyzerTest {
    private static final CoreNlpAnalyzer NLP = CoreNlpAnalyzer.shared();

    @Test
    void aSentenceOverTheCapIsAnalysedInPiecesWithItsOffsets() {
        String text = "Leaders met in Kyiv. " + "Jens Stoltenberg visited Kyiv and Sweden joined NATO, ".repeat(100)
                + "and that was all.\nPoland pledged tanks on Friday.";
        AnalyzedText a = NLP.analyze(text, Optional.of(LocalDate.of(2024, 3, 8)));
        List<Sentence> sentences = a.sentences();
        assertTrue(sentences.size() >= 6, "the long sentence is cut into pieces: " + sentences.size());
        int previousEnd = -1;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertEquals(i, s.index());
            assertTrue(
                    s.tokens().size() <= CoreNlpAnalyzer.MAX_SENTENCE_TOKENS,
                    "piece of " + s.tokens().size());
            assertTrue(s.begin() > previousEnd, "pieces in order, not overlapping");
            previousEnd = s.end();
            for (int t = 0; t < s.tokens().size(); t++) {
                Token token = s.token(t);
                assertEquals(t, token.index());
                assertEquals(text.substring(token.begin(), token.end()), token.text());
                assertTrue(token.pos() != null && !token.pos().isEmpty(), "tagged: " + token);
            }
            assertTrue(s.basic().stream().anyMatch(d -> d.relation().equals("root")), "parsed: sentence " + i);
        }
        // Pieces end after a comma where there is one.
        Sentence firstPiece = sentences.get(1);
        assertEquals(",", firstPiece.token(firstPiece.tokens().size() - 1).text());
        // The sentences around the long one are as the splitter made them.
        assertEquals("Leaders met in Kyiv.", sentences.get(0).text(text));
        assertEquals(
                "Poland pledged tanks on Friday.",
                sentences.get(sentences.size() - 1).text(text));
    }

    @Test
    void timesAreFoundInTheSentencesThatHoldThemWhileSutimeSkipsTheOthers() {
        String text = "Leaders met in Kyiv. They agreed on a plan last week. Talks resume on 12 May.";
        AnalyzedText a = NLP.analyze(text, Optional.of(LocalDate.of(2024, 3, 8)));
        assertTrue(a.sentences().get(0).times().isEmpty());
        assertEquals(
                1,
                a.sentences().get(1).times().size(),
                a.sentences().get(1).times().toString());
        assertEquals(
                1,
                a.sentences().get(2).times().size(),
                a.sentences().get(2).times().toString());
        AnalyzedText b = NLP.analyze("Leaders met in Kyiv.", Optional.empty());
        assertTrue(b.sentences().get(0).times().isEmpty());
    }

    @Test
    void onlyTheSentencesTheCallerWantsAreParsedAndTheOthersKeepTheirTagsAndLemmas() {
        AnalyzedText a = NLP.analyze(
                "Leaders met in Kyiv. The weather was fine.", Optional.empty(), lemmas -> lemmas.contains("meet"));
        assertTrue(
                a.sentences().get(0).basic().stream().anyMatch(d -> d.relation().equals("root")));
        assertTrue(a.sentences().get(1).basic().isEmpty(), "not parsed");
        assertEquals("be", a.sentences().get(1).token(2).lowerLemma());
    }

    @Test
    void sutimeReadingStretchesFindsWhatItFindsInWholeSentences() {
        // Each sentence has a time whose value or extent depends on words beyond a few tokens of its time words: the
        // tense of a verb ("paid" makes the holiday the last one), modifiers ("the end of this coming"), a
        // determiner ("A second"), or other times far away in the sentence.
        String text = String.join(
                "\n",
                "Secretary of Defense Lloyd J. Austin III paid a St. Patrick's Day visit to service members deployed"
                        + " to the camp on his first trip to Africa, Sept. 24-25, 2023.",
                "The remaining funds will be allocated by the end of this coming fiscal year, officials said.",
                "A second meeting was held with the new defence minister and his deputy after the talks on Monday.",
                "The ministers, who met in Brussels for two days of talks with their counterparts from"
                        + " thirty nations, will meet again on Friday.",
                "Over the past two and a half years the alliance has grown, and it will grow in the future.",
                "Talks resume on 12 May.",
                "Leaders met in Kyiv.");
        Optional<LocalDate> day = Optional.of(LocalDate.of(2024, 3, 8));
        AnalyzedText whole = NLP.analyze(text, day, lemmas -> false, Integer.MAX_VALUE);
        AnalyzedText stretches = NLP.analyze(text, day, lemmas -> false, CoreNlpAnalyzer.TIME_CONTEXT);
        assertEquals(whole.sentences().size(), stretches.sentences().size());
        int times = 0;
        for (int i = 0; i < whole.sentences().size(); i++) {
            assertEquals(
                    whole.sentences().get(i).times(),
                    stretches.sentences().get(i).times(),
                    whole.sentences().get(i).text(text));
            times += whole.sentences().get(i).times().size();
        }
        assertTrue(times >= 10, "times found: " + times);
        assertEquals("2023-03-17", whole.sentences().get(0).times().get(0).value(), "the holiday before the visit");
    }

    @Test
    void theStretchRunsFromBeforeTheFirstTokenThatCanBeATimeToAfterTheLast() {
        List<edu.stanford.nlp.ling.CoreLabel> tokens = new java.util.ArrayList<>();
        for (String w : "a b c d e f g h i j k bimonthly l m n o p q r s t u v w x y z".split(" ")) {
            edu.stanford.nlp.ling.CoreLabel t = new edu.stanford.nlp.ling.CoreLabel();
            t.setWord(w);
            tokens.add(t);
        }
        assertEquals(
                List.of(5, 18),
                java.util.Arrays.stream(CoreNlpAnalyzer.timeStretch(tokens, 6))
                        .boxed()
                        .toList());
        assertTrue(CoreNlpAnalyzer.mayBeTime("year-end"));
        assertTrue(CoreNlpAnalyzer.mayBeTime("o'clock"));
        assertTrue(CoreNlpAnalyzer.mayBeTime("2023"));
        assertTrue(!CoreNlpAnalyzer.mayBeTime("minister"));
    }

    @Test
    void aNounTheTaggerReadsAsAVerbInsideANounPhraseIsANounAgain() {
        AnalyzedText a = NLP.analyze(
                "Air defenses shot down a Russian drone over the region. Militants launched four drone attacks.",
                Optional.empty());
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                if (t.text().equals("drone")) {
                    assertTrue(t.isNoun(), s.tokens().toString());
                    assertEquals("drone", t.lowerLemma());
                }
            }
        }
        // a verb after its subject stays a verb
        Sentence verb = NLP.analyze("The engines drone on all night.", Optional.empty())
                .sentences()
                .get(0);
        assertTrue(
                verb.tokens().stream().anyMatch(t -> t.text().equals("drone") && t.isVerb()),
                verb.tokens().toString());
    }

    @Test
    void aParticipleBetweenAVerbAndItsObjectIsAnAdjectiveButAfterAnAuxiliaryTheVerb() {
        Sentence pledged = NLP.analyze("The minister pledged continued U.S. assistance to Moldova.", Optional.empty())
                .sentences()
                .get(0);
        Token continued = pledged.tokens().get(3);
        assertEquals("continued", continued.text());
        assertFalse(continued.isVerb(), pledged.tokens().toString());
        int assistance = 5;
        assertTrue(
                pledged.dependents(2).stream().anyMatch(d -> d.relation().equals("obj") && d.dependent() == assistance),
                "the pledge keeps its object");
        Sentence talks = NLP.analyze("Russia has continued talks with Iran.", Optional.empty())
                .sentences()
                .get(0);
        assertTrue(talks.tokens().get(2).isVerb(), talks.tokens().toString());
    }
}

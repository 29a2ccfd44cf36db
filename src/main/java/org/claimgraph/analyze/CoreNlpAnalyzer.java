package org.claimgraph.analyze;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.InterleavedClassifier;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.claimgraph.sys.Lazy;
import org.claimgraph.sys.Logs;

/**
 * {@link TextAnalyzer} on Stanford CoreNLP: tokeniser, sentence splitter, POS tagger, lemmatiser, the
 * neural dependency parser (English UD model) and SUTime. CoreNLP's statistical NER is left out on
 * purpose: names come from claimgraph's gazetteer, and the NER would triple the analysis time.
 *
 * <pre>
 * AnalyzedText a = CoreNlpAnalyzer.shared().analyze(text, Optional.of(LocalDate.of(2023, 4, 20)));
 * </pre>
 *
 * Models load once per JVM (about 5 to 10 s); {@link #shared()} gives that one instance.
 *
 * <p>A sentence longer than {@link #MAX_SENTENCE_TOKENS} tokens (a list, or a line without punctuation) is
 * tagged and parsed in pieces of at most that many tokens, cut after a comma, semicolon or colon where one is
 * near: the tagger's time and memory grow faster than the sentence, and one sentence of a million tokens
 * exhausts any heap. Offsets are unchanged; only the parse does not cross the cuts.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
    private static final Lazy<CoreNlpAnalyzer> SHARED = Lazy.of(() -> new CoreNlpAnalyzer());
    private static final java.util.regex.Pattern MOD = java.util.regex.Pattern.compile("\\bmod=\"([A-Z_]+)\"");

    /** Longest sentence tagged and parsed as one, in tokens (news sentences rarely pass 100). */
    public static final int MAX_SENTENCE_TOKENS = 250;

    /** Tokeniser and sentence splitter. */
    private final StanfordCoreNLP split;
    /**
     * CoreNLP's own tagger, lemmatiser and parser annotators, run after long sentences are cut: the benchmark's
     * baseline only ({@link #parseOnly}), loaded on first use so that extraction does not hold a second parser.
     */
    private final Lazy<StanfordCoreNLP> parse = Lazy.of(() -> continuing("pos,lemma,depparse"));

    private final TimeAnnotator sutime;
    /** Tagger and lemmatiser without the parser. */
    private final StanfordCoreNLP tag;
    /**
     * The neural dependency parser (English UD model), called directly rather than through CoreNLP's annotator,
     * which derives five dependency graphs from each parse where claimgraph reads two (basic and enhanced++):
     * building the other three cost a fifth of the parser's time.
     */
    private final DependencyParser parser;

    private CoreNlpAnalyzer() {
        long start = System.nanoTime();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        // Paragraphs in scraped news are lines; a headline or subhead without a full stop must not swallow
        // the next sentence.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        this.split = new StanfordCoreNLP(props);
        this.tag = continuing("pos,lemma");
        // The model and (empty) settings CoreNLP's depparse annotator loads by default, in a parser of its own whose
        // forward pass gives the same scores faster (InterleavedClassifier).
        this.parser = InterleavedClassifier.load(DependencyParser.DEFAULT_MODEL, new Properties());
        Properties timeProps = new Properties();
        timeProps.setProperty("sutime.markTimeRanges", "false");
        timeProps.setProperty("sutime.includeRange", "false");
        this.sutime = new TimeAnnotator("sutime", timeProps);
        Logs.EXTRACT.info("CoreNLP models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** A pipeline of these annotators that goes on from the tokens and sentences of {@code split}. */
    private static StanfordCoreNLP continuing(String annotators) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        // The tokens and sentences come from the first pipeline.
        props.setProperty("enforceRequirements", "false");
        return new StanfordCoreNLP(props);
    }

    /** The analyser of this JVM, loading the models on first use. */
    public static CoreNlpAnalyzer shared() {
        return SHARED.get();
    }

    @Override
    public AnalyzedText analyze(String text, Optional<LocalDate> documentDate) {
        return analyze(text, documentDate, lemmas -> true);
    }

    @Override
    public AnalyzedText analyze(
            String text, Optional<LocalDate> documentDate, java.util.function.Predicate<List<String>> parseWhen) {
        return analyze(text, documentDate, parseWhen, TIME_CONTEXT);
    }

    /** {@link #analyze(String, Optional, java.util.function.Predicate)} with SUTime reading this many tokens around. */
    /*package*/ AnalyzedText analyze(
            String text,
            Optional<LocalDate> documentDate,
            java.util.function.Predicate<List<String>> parseWhen,
            int timeContext) {
        Annotation doc = new Annotation(parserFriendly(text));
        split.annotate(doc);
        cutLongSentences(doc);
        tag.annotate(doc);
        nounsNotVerbs(doc);
        adjectivesNotVerbs(doc);
        // The lines of a list announced by a colon ("The package includes:") are items of what it announces,
        // though they hold no trigger word: they are parsed too.
        int listLines = -1;
        int previousEnd = 0;
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            List<String> lemmas = tokens.stream()
                    .map(t -> t.lemma() == null ? t.word() : t.lemma())
                    .map(l -> l.toLowerCase(java.util.Locale.ROOT))
                    .toList();
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            boolean listLine = listLines >= 0
                    && listLines < ListLines.MAX_LINES
                    && !tokens.isEmpty()
                    && (ListLines.continues(
                                    text, previousEnd, begin, tokens.get(0).word())
                            || (listLines == 0 && ListLines.blankLineBetween(text, previousEnd, begin)));
            listLines = listLine ? listLines + 1 : -1;
            if (listLine || parseWhen.test(lemmas)) {
                parse(s);
            }
            if (!tokens.isEmpty()
                    && ListLines.opens(tokens.get(tokens.size() - 1).word())) {
                listLines = 0;
            }
            previousEnd = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        }
        documentDate.ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        annotateTimes(doc, timeContext);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(convert(text, sentences.size(), s));
        }
        return new AnalyzedText(text, documentDate, sentences);
    }

    /**
     * Parses a tagged sentence and keeps the basic and enhanced++ graphs, as CoreNLP's depparse annotator makes them
     * (same model, same conversion, no extra dependencies).
     */
    private void parse(CoreMap sentence) {
        GrammaticalStructure gs = parser.predict(sentence);
        sentence.set(
                SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                SemanticGraphFactory.makeFromTree(
                        gs, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null));
        sentence.set(
                SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                SemanticGraphFactory.makeFromTree(
                        gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null));
    }

    @Override
    public AnalyzedText analyzeShallow(String text) {
        Annotation doc = new Annotation(parserFriendly(text));
        split.annotate(doc);
        cutLongSentences(doc);
        tag.annotate(doc);
        nounsNotVerbs(doc);
        adjectivesNotVerbs(doc);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(convert(text, sentences.size(), s));
        }
        return new AnalyzedText(text, Optional.empty(), sentences);
    }

    /**
     * Tokens SUTime reads on each side of a token it can build a time expression from ({@link #mayBeTime}): its
     * expressions reach at most three words past such a token on either side ("the past two and a half years" has
     * "past" and "years"; "the third straight month in a row"), and {@link #TIME_MARGIN} more are checked below.
     */
    /*package*/ static final int TIME_CONTEXT = 6;

    /**
     * Tokens a time expression found in a stretch must have between it and a cut end of the stretch, else its
     * sentence is read whole: SUTime's last rules look up to three tokens either side of an expression for the
     * tense that resolves it ("paid a St. Patrick's Day visit" is the last one, "will meet Friday" the next), or
     * four for "going to", and a composite rule can join words beyond the cut ("the end of this coming year").
     */
    /*package*/ static final int TIME_MARGIN = 4;

    /**
     * SUTime costs more than the parser for each token it reads, and most of that whatever the token: it runs only
     * on the sentences that can hold a time expression (a digit, or a word of {@code analyze/time-words.tsv}), and
     * in those on the stretch from {@code context} tokens before the first token that can be part of an expression
     * to {@code context} after the last ({@link #timeStretch}), as a sentence of its own. A sentence where an
     * expression comes within {@link #TIME_MARGIN} of a cut end is read again whole, so that every time found, with
     * its value, is what SUTime finds in the whole sentence. Offsets are the document's throughout.
     */
    private void annotateTimes(Annotation doc, int context) {
        List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> pieces = new ArrayList<>();
        List<CoreMap> owners = new ArrayList<>();
        for (CoreMap s : all) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (!mayHoldTime(tokens)) {
                continue;
            }
            int[] stretch = timeStretch(tokens, context);
            if (stretch[0] == 0 && stretch[1] == tokens.size()) {
                pieces.add(s);
            } else {
                int tokenBegin = s.get(CoreAnnotations.TokenBeginAnnotation.class);
                pieces.add(piece(text, tokens, tokenBegin, stretch[0], stretch[1]));
            }
            owners.add(s);
        }
        sutime(doc, pieces);
        List<CoreMap> again = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            CoreMap piece = pieces.get(i);
            CoreMap owner = owners.get(i);
            if (piece == owner) {
                continue;
            }
            if (nearACut(piece, owner)) {
                again.add(owner);
            } else {
                owner.set(TimeAnnotations.TimexAnnotations.class, piece.get(TimeAnnotations.TimexAnnotations.class));
            }
        }
        sutime(doc, again);
    }

    /** Runs SUTime on these sentences of the document, then gives it back all its sentences. */
    private void sutime(Annotation doc, List<CoreMap> sentences) {
        if (sentences.isEmpty()) {
            return;
        }
        List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
        doc.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        try {
            sutime.annotate(doc);
        } finally {
            doc.set(CoreAnnotations.SentencesAnnotation.class, all);
        }
    }

    /** True when a time expression of the piece lies within {@link #TIME_MARGIN} tokens of an end cut off its sentence. */
    private static boolean nearACut(CoreMap piece, CoreMap sentence) {
        List<CoreMap> times = piece.get(TimeAnnotations.TimexAnnotations.class);
        if (times == null) {
            return false;
        }
        int from = piece.get(CoreAnnotations.TokenBeginAnnotation.class);
        int to = piece.get(CoreAnnotations.TokenEndAnnotation.class);
        int sentenceFrom = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        int sentenceTo = sentenceFrom
                + sentence.get(CoreAnnotations.TokensAnnotation.class).size();
        for (CoreMap t : times) {
            int begin = t.get(CoreAnnotations.TokenBeginAnnotation.class);
            int end = t.get(CoreAnnotations.TokenEndAnnotation.class);
            if ((from > sentenceFrom && begin - from < TIME_MARGIN) || (to < sentenceTo && to - end < TIME_MARGIN)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stretch {@code [from, to)} of tokens from {@code context} before the first token that can be part of a time
     * expression ({@link #mayBeTime}) to {@code context} after the last; empty ({@code [0, 0)}) when there is none.
     */
    /*package*/ static int[] timeStretch(List<CoreLabel> tokens, int context) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (mayBeTime(tokens.get(i).word())) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return new int[] {0, 0};
        }
        return new int[] {
            (int) Math.max(0, (long) first - context), (int) Math.min(tokens.size(), (long) last + context + 1)
        };
    }

    /** Tokens {@code [from, to)} of a sentence as a sentence of their own, with the document's offsets. */
    private static CoreMap piece(String text, List<CoreLabel> tokens, int tokenBegin, int from, int to) {
        List<CoreLabel> piece = new ArrayList<>(tokens.subList(from, to));
        int begin = piece.get(0).beginPosition();
        int end = piece.get(piece.size() - 1).endPosition();
        Annotation p = new Annotation(text.substring(begin, end));
        p.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        p.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        p.set(CoreAnnotations.TokensAnnotation.class, piece);
        p.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin + from);
        p.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + to);
        p.set(CoreAnnotations.SentenceIndexAnnotation.class, tokens.get(0).sentIndex());
        return p;
    }

    /**
     * True when SUTime can build a time expression on this token: it has a digit, or it is, or a part of it between
     * hyphens, slashes or apostrophes is, a word of {@code analyze/time-words.tsv} or {@code
     * analyze/sutime-words.tsv}, or it ends in a suffix the latter lists ("bimonthly").
     */
    /*package*/ static boolean mayBeTime(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (hasDigit(w) || isTimeWord(w)) {
            return true;
        }
        for (String part : w.split("[-/'\u2019]")) {
            if (!part.equals(w) && isTimeWord(part)) {
                return true;
            }
        }
        for (String suffix : SUTIME_WORDS.get().suffixes()) {
            if (w.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTimeWord(String w) {
        return TIME_WORDS.get().contains(w) || SUTIME_WORDS.get().words().contains(w);
    }

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The words of {@code analyze/sutime-words.tsv}, and the suffixes it lists as {@code *suffix}. */
    private record SutimeWords(java.util.Set<String> words, List<String> suffixes) {}

    private static final Lazy<SutimeWords> SUTIME_WORDS = Lazy.of(() -> {
        java.util.Set<String> words = new java.util.HashSet<>();
        List<String> suffixes = new ArrayList<>();
        for (var r : org.claimgraph.sys.DataFiles.tsv("analyze/sutime-words.tsv")) {
            String w = r.get("word").strip().toLowerCase(java.util.Locale.ROOT);
            if (w.startsWith("*")) {
                suffixes.add(w.substring(1));
            } else {
                words.add(w);
            }
        }
        return new SutimeWords(java.util.Set.copyOf(words), List.copyOf(suffixes));
    });

    /** True when a token has a digit or is a time word. */
    static boolean mayHoldTime(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String w = t.word();
            for (int i = 0; i < w.length(); i++) {
                if (Character.isDigit(w.charAt(i))) {
                    return true;
                }
            }
            if (TIME_WORDS.get().contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Words of {@code analyze/nouns-not-verbs.tsv} and their lemmas. */
    private static final org.claimgraph.sys.Lazy<java.util.Map<String, String>> NOUNS_NOT_VERBS =
            org.claimgraph.sys.Lazy.of(() -> {
                java.util.Map<String, String> m = new java.util.HashMap<>();
                org.claimgraph.sys.DataFiles.tsv("analyze/nouns-not-verbs.tsv")
                        .forEach(r -> m.put(
                                r.get("word").strip().toLowerCase(java.util.Locale.ROOT),
                                r.get("lemma").strip()));
                return java.util.Map.copyOf(m);
            });

    /**
     * Tags that open a noun phrase: after one of them a noun of the list tagged as a verb is a noun (a preposition
     * too: "a wave of drone attacks"; an infinitive's "to" is tagged TO, not IN).
     */
    private static final java.util.Set<String> NOUN_PHRASE_OPENERS =
            java.util.Set.of("DT", "JJ", "JJR", "JJS", "CD", "PRP$", "POS", "IN");

    /**
     * "four drone and rocket attacks", "a Russian drone over the region": the tagger reads some nouns of the
     * news as verbs inside a noun phrase, and the parse of the sentence falls apart; they are made nouns again
     * before parsing (see {@code analyze/nouns-not-verbs.tsv}).
     */
    private static void nounsNotVerbs(Annotation doc) {
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 1; i < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                String lemma = NOUNS_NOT_VERBS.get().get(t.word().toLowerCase(java.util.Locale.ROOT));
                if (lemma == null || t.tag() == null || !t.tag().startsWith("VB")) {
                    continue;
                }
                String before = tokens.get(i - 1).tag();
                boolean opened = NOUN_PHRASE_OPENERS.contains(before)
                        || (i >= 2
                                && (before.equals("NNP") || before.equals("NN"))
                                && NOUN_PHRASE_OPENERS.contains(
                                        tokens.get(i - 2).tag()));
                // "launched drone attacks": such a word right before a noun modifies it
                boolean beforeNoun = i + 1 < tokens.size()
                        && tokens.get(i + 1).tag() != null
                        && (tokens.get(i + 1).tag().equals("NN")
                                || tokens.get(i + 1).tag().equals("NNS"));
                if (opened || beforeNoun) {
                    t.setTag(t.word().equalsIgnoreCase(lemma) ? "NN" : "NNS");
                    t.setLemma(lemma);
                }
            }
        }
    }

    /** Words of {@code analyze/adjectives-not-verbs.tsv}. */
    private static final org.claimgraph.sys.Lazy<java.util.Set<String>> ADJECTIVES_NOT_VERBS =
            org.claimgraph.sys.Lazy.of(() -> words("analyze/adjectives-not-verbs.tsv"));

    /** Lemmas of auxiliaries, after which a participle is the verb itself ("has continued talks"). */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of(
            "have", "be", "do", "get", "will", "would", "shall", "should", "can", "could", "may", "might", "must");

    /**
     * "pledged continued support", "called for increased cooperation": a participle of the list between a verb
     * (or a preposition) and a noun phrase modifies the noun; tagged as a verb, it takes the noun as its object
     * and the sentence's verb loses it (see {@code analyze/adjectives-not-verbs.tsv}).
     */
    private static void adjectivesNotVerbs(Annotation doc) {
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 1; i + 1 < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                if (t.tag() == null
                        || !(t.tag().equals("VBD") || t.tag().equals("VBN"))
                        || !ADJECTIVES_NOT_VERBS.get().contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                CoreLabel before = tokens.get(i - 1);
                String next = tokens.get(i + 1).tag();
                boolean afterVerb = before.tag() != null
                        && before.tag().startsWith("VB")
                        && !AUXILIARIES.contains(
                                before.lemma() == null ? "" : before.lemma().toLowerCase(java.util.Locale.ROOT));
                boolean afterPreposition = "IN".equals(before.tag());
                boolean nounPhrase = next != null && (next.startsWith("NN") || next.equals("JJ"));
                if ((afterVerb || afterPreposition) && nounPhrase) {
                    t.setTag("JJ");
                    t.setLemma(t.word().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
    }

    private static final org.claimgraph.sys.Lazy<java.util.Set<String>> TIME_WORDS =
            org.claimgraph.sys.Lazy.of(() -> words("analyze/time-words.tsv"));

    /** The {@code word} column of a data file, lower case. */
    private static java.util.Set<String> words(String file) {
        return java.util.Set.copyOf(org.claimgraph.sys.DataFiles.tsv(file).stream()
                .map(r -> r.get("word").strip().toLowerCase(java.util.Locale.ROOT))
                .toList());
    }

    /**
     * The text as the parser sees it: datelines, bylines, credits and source notes become spaces (see
     * {@link Boilerplate}), and an em dash, or a spaced en dash, marking an aside becomes a comma, which the
     * parser handles far better ("nations came together—President X said" lost its subject). One character
     * for one, so every offset still points into the original text, from which tokens are read.
     */
    static String parserFriendly(String text) {
        StringBuilder b = new StringBuilder(Boilerplate.blank(text));
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            boolean spacedEnDash =
                    c == '\u2013' && i > 0 && i + 1 < b.length() && b.charAt(i - 1) == ' ' && b.charAt(i + 1) == ' ';
            if (c == '\u2014' || spacedEnDash) {
                b.setCharAt(i, ',');
            }
        }
        return b.toString();
    }

    /**
     * Tokenises, splits, tags, lemmatises and parses with CoreNLP's own annotators, without SUTime or anything of
     * claimgraph's: the parser's own floor, the baseline the benchmark measures the whole extraction against. Returns
     * the number of sentences.
     */
    public int parseOnly(String text) {
        Annotation doc = new Annotation(parserFriendly(text));
        split.annotate(doc);
        cutLongSentences(doc);
        parse.get().annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class).size();
    }

    /**
     * Replaces each sentence over {@link #MAX_SENTENCE_TOKENS} tokens with pieces of at most that many,
     * renumbering sentences and tokens as the sentence splitter does.
     */
    static void cutLongSentences(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences.stream()
                .allMatch(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() <= MAX_SENTENCE_TOKENS)) {
            return;
        }
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= MAX_SENTENCE_TOKENS) {
                out.add(s);
                continue;
            }
            Logs.EXTRACT.info(
                    "A sentence of {} tokens at character {} is analysed in pieces of at most {}",
                    tokens.size(),
                    tokens.get(0).beginPosition(),
                    MAX_SENTENCE_TOKENS);
            int tokenBegin = s.get(CoreAnnotations.TokenBeginAnnotation.class);
            for (int from = 0; from < tokens.size(); ) {
                int to = Math.min(tokens.size(), from + MAX_SENTENCE_TOKENS);
                if (to < tokens.size()) {
                    // Cut after the last clause punctuation in the second half of the piece, if there is one.
                    for (int k = to - 1; k > from + MAX_SENTENCE_TOKENS / 2; k--) {
                        String w = tokens.get(k).word();
                        if (w.equals(",") || w.equals(";") || w.equals(":")) {
                            to = k + 1;
                            break;
                        }
                    }
                }
                out.add(piece(text, tokens, tokenBegin, from, to)); // renumbered below
                from = to;
            }
        }
        for (int i = 0; i < out.size(); i++) {
            CoreMap s = out.get(i);
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int j = 0; j < tokens.size(); j++) {
                tokens.get(j).setIndex(j + 1);
                tokens.get(j).setSentIndex(i);
            }
        }
        doc.set(CoreAnnotations.SentencesAnnotation.class, out);
    }

    private static Sentence convert(String text, int index, CoreMap s) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            // The text of a token is the article's own, not the parser-friendly copy's.
            String original = text.substring(l.beginPosition(), l.endPosition());
            tokens.add(new Token(i, l.beginPosition(), l.endPosition(), original, l.tag(), l.lemma()));
        }
        List<Dependency> basic = edges(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
        List<Dependency> enhanced =
                edges(s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> timexes = s.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes != null) {
            int sentenceStart = s.get(CoreAnnotations.TokenBeginAnnotation.class);
            for (CoreMap m : timexes) {
                Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                if (timex == null) {
                    continue;
                }
                int from = m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceStart;
                int to = m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceStart;
                // Timex keeps the TIMEX3 mod attribute only in its XML text form.
                java.util.regex.Matcher modMatch = MOD.matcher(timex.toString());
                String mod = modMatch.find() ? modMatch.group(1) : "";
                int charFrom = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int charTo = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                times.add(new TimeExpression(
                        from,
                        to,
                        text.substring(charFrom, charTo),
                        timex.timexType(),
                        timex.value() == null ? "" : timex.value(),
                        mod == null ? "" : mod));
            }
        }
        int begin = labels.isEmpty() ? 0 : labels.get(0).beginPosition();
        int end = labels.isEmpty() ? 0 : labels.get(labels.size() - 1).endPosition();
        return new Sentence(index, begin, end, tokens, basic, enhanced, times);
    }

    private static List<Dependency> edges(SemanticGraph graph) {
        List<Dependency> out = new ArrayList<>();
        if (graph == null) {
            return out;
        }
        for (var root : graph.getRoots()) {
            out.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            // CoreNLP's relation names are lower case but may carry the preposition's case ("obl:Near").
            out.add(new Dependency(
                    e.getGovernor().index() - 1,
                    e.getDependent().index() - 1,
                    e.getRelation().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        return out;
    }
}

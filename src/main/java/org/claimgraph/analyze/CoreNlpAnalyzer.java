package org.claimgraph.analyze;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
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
    /** Tagger, lemmatiser and parser, run after long sentences are cut. */
    private final StanfordCoreNLP parse;

    private final TimeAnnotator sutime;
    /** Tagger and lemmatiser without the parser, for shallow analyses. */
    private final StanfordCoreNLP tag;
    /** The parser alone, run after the tagger on the sentences that need it. */
    private final StanfordCoreNLP depparse;

    private CoreNlpAnalyzer() {
        long start = System.nanoTime();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        // Paragraphs in scraped news are lines; a headline or subhead without a full stop must not swallow
        // the next sentence.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        this.split = new StanfordCoreNLP(props);
        this.parse = continuing("pos,lemma,depparse");
        this.tag = continuing("pos,lemma");
        this.depparse = continuing("depparse");
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
        Annotation doc = new Annotation(parserFriendly(text));
        split.annotate(doc);
        cutLongSentences(doc);
        tag.annotate(doc);
        List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> wanted = new ArrayList<>();
        for (CoreMap s : all) {
            List<String> lemmas = s.get(CoreAnnotations.TokensAnnotation.class).stream()
                    .map(t -> t.lemma() == null ? t.word() : t.lemma())
                    .map(l -> l.toLowerCase(java.util.Locale.ROOT))
                    .toList();
            if (parseWhen.test(lemmas)) {
                wanted.add(s);
            }
        }
        if (!wanted.isEmpty()) {
            doc.set(CoreAnnotations.SentencesAnnotation.class, wanted);
            try {
                depparse.annotate(doc);
            } finally {
                doc.set(CoreAnnotations.SentencesAnnotation.class, all);
            }
        }
        documentDate.ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        annotateTimes(doc);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(convert(text, sentences.size(), s));
        }
        return new AnalyzedText(text, documentDate, sentences);
    }

    @Override
    public AnalyzedText analyzeShallow(String text) {
        Annotation doc = new Annotation(parserFriendly(text));
        split.annotate(doc);
        cutLongSentences(doc);
        tag.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(convert(text, sentences.size(), s));
        }
        return new AnalyzedText(text, Optional.empty(), sentences);
    }

    /**
     * SUTime costs about as much as the parser: run it only on the sentences that can hold a time expression
     * (a digit, or a word of {@code analyze/time-words.tsv}), then give the document back all its sentences.
     */
    private void annotateTimes(Annotation doc) {
        List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> timed = new ArrayList<>();
        for (CoreMap s : all) {
            if (mayHoldTime(s.get(CoreAnnotations.TokensAnnotation.class))) {
                timed.add(s);
            }
        }
        if (timed.isEmpty()) {
            return;
        }
        doc.set(CoreAnnotations.SentencesAnnotation.class, timed);
        try {
            sutime.annotate(doc);
        } finally {
            doc.set(CoreAnnotations.SentencesAnnotation.class, all);
        }
    }

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

    private static final org.claimgraph.sys.Lazy<java.util.Set<String>> TIME_WORDS = org.claimgraph.sys.Lazy.of(() ->
            java.util.Set.copyOf(org.claimgraph.sys.DataFiles.tsv("analyze/time-words.tsv").stream()
                    .map(r -> r.get("word").strip().toLowerCase(java.util.Locale.ROOT))
                    .toList()));

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
     * Tokenises, splits, tags, lemmatises and parses, without SUTime or anything of claimgraph's: the parser's own
     * floor, the baseline the benchmark measures the whole extraction against. Returns the number of sentences.
     */
    public int parseOnly(String text) {
        Annotation doc = new Annotation(parserFriendly(text));
        annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class).size();
    }

    /** Tokenises, tags and lemmatises only: the NLP library's own floor, for benchmarks. */
    public int tagOnly(String text) {
        Annotation doc = new Annotation(parserFriendly(text));
        annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class).size();
    }

    /** Splits, cuts long sentences, then tags, lemmatises and parses. */
    private void annotate(Annotation doc) {
        split.annotate(doc);
        cutLongSentences(doc);
        parse.annotate(doc);
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
                List<CoreLabel> piece = new ArrayList<>(tokens.subList(from, to));
                int begin = piece.get(0).beginPosition();
                int end = piece.get(piece.size() - 1).endPosition();
                Annotation p = new Annotation(text.substring(begin, end));
                p.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
                p.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
                p.set(CoreAnnotations.TokensAnnotation.class, piece);
                p.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin + from);
                p.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + to);
                out.add(p);
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

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
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
    private static volatile CoreNlpAnalyzer shared;
    private static final java.util.regex.Pattern MOD = java.util.regex.Pattern.compile("\\bmod=\"([A-Z_]+)\"");

    private final StanfordCoreNLP pipeline;
    private final TimeAnnotator sutime;

    private CoreNlpAnalyzer() {
        long start = System.nanoTime();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
        // Paragraphs in scraped news are lines; a headline or subhead without a full stop must not swallow
        // the next sentence.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        this.pipeline = new StanfordCoreNLP(props);
        Properties timeProps = new Properties();
        timeProps.setProperty("sutime.markTimeRanges", "false");
        timeProps.setProperty("sutime.includeRange", "false");
        this.sutime = new TimeAnnotator("sutime", timeProps);
        Logs.EXTRACT.info("CoreNLP models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** The analyser of this JVM, loading the models on first use. */
    public static CoreNlpAnalyzer shared() {
        CoreNlpAnalyzer s = shared;
        if (s == null) {
            synchronized (CoreNlpAnalyzer.class) {
                s = shared;
                if (s == null) {
                    s = new CoreNlpAnalyzer();
                    shared = s;
                }
            }
        }
        return s;
    }

    @Override
    public AnalyzedText analyze(String text, Optional<LocalDate> documentDate) {
        Annotation doc = new Annotation(parserFriendly(text));
        pipeline.annotate(doc);
        documentDate.ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        sutime.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(convert(text, sentences.size(), s));
        }
        return new AnalyzedText(text, documentDate, sentences);
    }

    /**
     * The text as the parser sees it: an em dash, or a spaced en dash, marking an aside becomes a comma, which
     * the parser handles far better ("nations came together—President X said" lost its subject). One
     * character for one, so every offset still points into the original text, from which tokens are read.
     */
    static String parserFriendly(String text) {
        StringBuilder b = new StringBuilder(text);
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            boolean spacedEnDash = c == '\u2013' && i > 0 && i + 1 < b.length() && b.charAt(i - 1) == ' '
                    && b.charAt(i + 1) == ' ';
            if (c == '\u2014' || spacedEnDash) {
                b.setCharAt(i, ',');
            }
        }
        return b.toString();
    }

    /** Tokenises, tags and lemmatises only: the NLP library's own floor, for benchmarks. */
    public int tagOnly(String text) {
        Annotation doc = new Annotation(parserFriendly(text));
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class).size();
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
                times.add(new TimeExpression(from, to, text.substring(charFrom, charTo),
                        timex.timexType(), timex.value() == null ? "" : timex.value(), mod == null ? "" : mod));
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
            out.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                    e.getRelation().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        return out;
    }
}

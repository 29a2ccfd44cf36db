package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link InterleavedClassifier} gives CoreNLP's scores to the last bit, hence its parses: checked against CoreNLP's own
 * classifier on the same model, so that a CoreNLP upgrade that changes what it reproduces fails here.
 */
class InterleavedClassifierTest {
    private static DependencyParser stock;
    private static DependencyParser interleaved;

    @BeforeAll
    static void load() {
        stock = new DependencyParser(new Properties());
        stock.loadModelFile(DependencyParser.DEFAULT_MODEL, false);
        interleaved = InterleavedClassifier.load(DependencyParser.DEFAULT_MODEL, new Properties());
    }

    private static Classifier classifier(DependencyParser parser) throws ReflectiveOperationException {
        Field f = DependencyParser.class.getDeclaredField("classifier");
        f.setAccessible(true);
        return (Classifier) f.get(parser);
    }

    @Test
    void theScoresAreCoreNlpsToTheLastBit() throws ReflectiveOperationException {
        Classifier original = classifier(stock);
        Classifier fast = classifier(interleaved);
        assertInstanceOf(InterleavedClassifier.class, fast);
        int vocabulary = original.getE().length;
        Random random = new Random(12);
        for (int n = 0; n < 2000; n++) {
            int[] feature = new int[Config.numTokens];
            for (int j = 0; j < feature.length; j++) {
                // Mostly frequent ids (precomputed), some rare ones (through the cache of slices).
                feature[j] = random.nextInt(4) == 0 ? random.nextInt(vocabulary) : random.nextInt(200);
            }
            assertArrayEquals(original.computeScores(feature), fast.computeScores(feature), 0.0, "features " + n);
        }
    }

    @Test
    void theParsesAreCoreNlps() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        Annotation doc = new Annotation(
                "Defense Secretary Lloyd J. Austin III met his Ukrainian counterpart in Kyiv on Monday, and they"
                        + " discussed the air defenses that allies pledged last week. \"We will stand with Ukraine"
                        + " for as long as it takes,\" he told reporters traveling with him. The package includes:"
                        + " 18 more 155 mm M777 towed howitzers; 36,000 rounds of ammunition. Sweden, which applied"
                        + " in May 2022, joined NATO after Turkey and Hungary ratified its accession.");
        new StanfordCoreNLP(props).annotate(doc);
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            assertEquals(
                    stock.predict(s).typedDependencies().toString(),
                    interleaved.predict(s).typedDependencies().toString());
        }
    }
}

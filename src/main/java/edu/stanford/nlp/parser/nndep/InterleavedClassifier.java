package edu.stanford.nlp.parser.nndep;

import edu.stanford.nlp.util.LeastRecentlyUsedCache;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser (CoreNLP 4.5.10) with its network's forward pass computed several output rows at
 * a time, giving the very same scores, hence the very same parses.
 *
 * <p>At every step of a parse, {@link Classifier#computeScores} takes one dot product of the hidden layer (200
 * doubles) with each row of the output layer, one row per transition: about three fifths of the parse. Each dot
 * product is a chain of additions, each waiting for the one before, so the processor idles between them. Here four
 * rows are summed side by side, each in CoreNLP's own order (from 0, one term after another), so every sum is the
 * same double to the last bit (Java's floating point is strict) and four chains overlap; the output weights are kept
 * as doubles (a float widens exactly), which spares a conversion per term. The hidden layer's products that are not
 * precomputed are summed the same way, and go through the parser's own cache of them; the precomputed ones are found
 * in int arrays rather than a map of boxed integers. On the bench's articles the parse takes about 0.6 of CoreNLP's
 * CPU time.
 *
 * <p>It lives in CoreNLP's package because it extends {@link Classifier#computeScores}, which is package-private;
 * the model's weights and the parser's precomputed products are read from the loaded parser, whose classifier this
 * one replaces. It depends on CoreNLP's internals: {@code InterleavedClassifierTest} parses sentences with both and
 * compares every dependency, so that an upgrade of CoreNLP that changes them fails there.
 */
public final class InterleavedClassifier extends Classifier {
    private final float[][] w1;
    /** The output layer's weights as doubles: the same values (a float widens exactly), without a conversion each time. */
    private final double[][] w2;

    private final float[][] e;
    private final float[] b1;
    private final double[][] saved;
    /** The parser's map from a precomputed feature to its row of {@link #saved}, as open-addressed int arrays. */
    private final int[] preKeys;

    private final int[] preRows;
    private final LeastRecentlyUsedCache<Integer, float[]> cache;
    private final int hiddenSize;
    private final int embeddingSize;

    private InterleavedClassifier(Classifier original, Config config) throws ReflectiveOperationException {
        // No precomputed features in the superclass: this class keeps the original's.
        super(config, original.getE(), original.getW1(), original.getb1(), original.getW2(), List.of());
        this.w1 = original.getW1();
        float[][] w2f = original.getW2();
        this.w2 = new double[w2f.length][];
        for (int r = 0; r < w2f.length; r++) {
            this.w2[r] = new double[w2f[r].length];
            for (int k = 0; k < w2f[r].length; k++) {
                this.w2[r][k] = w2f[r][k];
            }
        }
        this.e = original.getE();
        this.b1 = original.getb1();
        this.saved = (double[][]) read(original, "saved");
        @SuppressWarnings("unchecked")
        Map<Integer, Integer> pre = (Map<Integer, Integer>) read(original, "preMap");
        int capacity = Integer.highestOneBit(Math.max(16, pre.size() * 3)) * 2;
        this.preKeys = new int[capacity];
        this.preRows = new int[capacity];
        java.util.Arrays.fill(preKeys, -1);
        for (Map.Entry<Integer, Integer> entry : pre.entrySet()) {
            int slot = slot(entry.getKey());
            while (preKeys[slot] != -1) {
                slot = (slot + 1) & (capacity - 1);
            }
            preKeys[slot] = entry.getKey();
            preRows[slot] = entry.getValue();
        }
        @SuppressWarnings("unchecked")
        LeastRecentlyUsedCache<Integer, float[]> c = (LeastRecentlyUsedCache<Integer, float[]>) read(original, "cache");
        this.cache = c;
        this.hiddenSize = config.hiddenSize;
        this.embeddingSize = config.embeddingSize;
        if (config.numCached == 0 || saved == null) {
            // CoreNLP then sums the hidden layer in doubles, not through float slices; not reproduced here.
            throw new IllegalStateException("the parser has no cache of hidden-layer slices or no precomputed ones");
        }
    }

    /**
     * Loads the model as {@link DependencyParser#loadFromModelFile(String, Properties)} does, but into a parser of its
     * own (not CoreNLP's shared one), and gives it this classifier.
     */
    public static DependencyParser load(String model, Properties props) {
        DependencyParser parser = new DependencyParser(props);
        parser.loadModelFile(model, false);
        try {
            Field classifier = DependencyParser.class.getDeclaredField("classifier");
            classifier.setAccessible(true);
            Field config = DependencyParser.class.getDeclaredField("config");
            config.setAccessible(true);
            classifier.set(parser, new InterleavedClassifier((Classifier) classifier.get(parser), (Config)
                    config.get(parser)));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("CoreNLP's parser is not the one InterleavedClassifier was written for", e);
        }
        return parser;
    }

    private static Object read(Classifier c, String name) throws ReflectiveOperationException {
        Field f = Classifier.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(c);
    }

    /** {@link Classifier#computeScores(int[])}, term for term. */
    @Override
    double[] computeScores(int[] feature) {
        final double[] hidden = new double[hiddenSize];
        final int numTokens = Config.numTokens;
        int offset = 0;
        for (int j = 0; j < feature.length; j++) {
            int tok = feature[j];
            int index = tok * numTokens + j;
            int id = precomputed(index);
            if (id >= 0) {
                double[] s = saved[id];
                for (int i = 0; i < hidden.length; i++) {
                    hidden[i] += s[i];
                }
            } else {
                float[] slice;
                synchronized (cache) {
                    slice = cache.getOrDefault(index, null);
                }
                if (slice == null) {
                    slice = slice(e[tok], offset);
                    synchronized (cache) {
                        cache.add(index, slice);
                    }
                }
                for (int i = 0; i < hidden.length; i++) {
                    hidden[i] += slice[i];
                }
            }
            offset += embeddingSize;
        }
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] += b1[i];
            hidden[i] = hidden[i] * hidden[i] * hidden[i];
        }
        return outputs(hidden);
    }

    private int slot(int key) {
        return (key * 0x9E3779B9 >>> 7) & (preKeys.length - 1);
    }

    /** The row of {@link #saved} for this feature, or -1 if it is not precomputed. */
    private int precomputed(int key) {
        for (int slot = slot(key); ; slot = (slot + 1) & (preKeys.length - 1)) {
            int k = preKeys[slot];
            if (k == key) {
                return preRows[slot];
            }
            if (k == -1) {
                return -1;
            }
        }
    }

    /** W2 · hidden: each row summed from 0 in index order, as {@code ArrayMath.dotProduct}, four rows at a time. */
    private double[] outputs(double[] hidden) {
        double[] scores = new double[w2.length];
        int n = hidden.length;
        int r = 0;
        for (; r + 3 < w2.length; r += 4) {
            double[] r0 = w2[r];
            double[] r1 = w2[r + 1];
            double[] r2 = w2[r + 2];
            double[] r3 = w2[r + 3];
            double a0 = 0;
            double a1 = 0;
            double a2 = 0;
            double a3 = 0;
            for (int k = 0; k < n; k++) {
                double h = hidden[k];
                a0 += h * r0[k];
                a1 += h * r1[k];
                a2 += h * r2[k];
                a3 += h * r3[k];
            }
            scores[r] = a0;
            scores[r + 1] = a1;
            scores[r + 2] = a2;
            scores[r + 3] = a3;
        }
        for (; r < w2.length; r++) {
            double[] row = w2[r];
            double a = 0;
            for (int k = 0; k < n; k++) {
                a += hidden[k] * row[k];
            }
            scores[r] = a;
        }
        return scores;
    }

    /**
     * The hidden layer's slice for one feature, as {@code Classifier.matrixMultiplySlice}: per row, float products
     * summed in a double from 0 in index order, then rounded to a float; four rows at a time.
     */
    private float[] slice(float[] vector, int leftColumnOffset) {
        float[] slice = new float[w1.length];
        int n = vector.length;
        int i = 0;
        for (; i + 3 < w1.length; i += 4) {
            float[] m0 = w1[i];
            float[] m1 = w1[i + 1];
            float[] m2 = w1[i + 2];
            float[] m3 = w1[i + 3];
            double p0 = 0.0;
            double p1 = 0.0;
            double p2 = 0.0;
            double p3 = 0.0;
            for (int j = 0; j < n; j++) {
                float v = vector[j];
                p0 += m0[leftColumnOffset + j] * v;
                p1 += m1[leftColumnOffset + j] * v;
                p2 += m2[leftColumnOffset + j] * v;
                p3 += m3[leftColumnOffset + j] * v;
            }
            slice[i] = (float) p0;
            slice[i + 1] = (float) p1;
            slice[i + 2] = (float) p2;
            slice[i + 3] = (float) p3;
        }
        for (; i < w1.length; i++) {
            float[] m = w1[i];
            double p = 0.0;
            for (int j = 0; j < n; j++) {
                p += m[leftColumnOffset + j] * vector[j];
            }
            slice[i] = (float) p;
        }
        return slice;
    }
}

package org.claimgraph.spark;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * The articles {@code build} would keep of a corpus that repeats a text or a URL: a store holds one graph per
 * text (named by its hash) and one text per URL, and of two inputs with the same text or the same URL the later
 * one in the input order replaces the earlier. So an article is kept when no later input has its text or its
 * URL. Repeats are few, so the articles replaced are collected on the driver and left out by every task.
 */
/*package*/ final class LaterWins {
    private LaterWins() {}

    /** The accepted results that {@code build} would keep, and the number of those it would replace. */
    static Kept apply(JavaSparkContext jsc, JavaRDD<ArticleResult> accepted) {
        Set<String> replaced = new HashSet<>();
        replaced.addAll(losers(accepted.mapToPair(r -> new Tuple2<>(r.graph(), order(r)))));
        replaced.addAll(losers(accepted.filter(r -> r.url() != null).mapToPair(r -> new Tuple2<>(r.url(), order(r)))));
        if (replaced.isEmpty()) {
            return new Kept(accepted, 0);
        }
        Broadcast<Set<String>> gone = jsc.broadcast(replaced);
        return new Kept(accepted.filter(r -> !gone.value().contains(key(order(r)))), replaced.size());
    }

    /**
     * What is kept.
     *
     * @param articles the results kept
     * @param replaced how many were left out because a later input has the same text or URL
     */
    record Kept(JavaRDD<ArticleResult> articles, long replaced) {}

    /** The members of each group that are not its last in the input order. */
    private static List<String> losers(JavaPairRDD<String, Tuple2<Long, Long>> byKey) {
        JavaPairRDD<String, Tuple2<Long, Long>> last = byKey.reduceByKey(LaterWins::later);
        return byKey.join(last)
                .filter(t -> !t._2()._1().equals(t._2()._2()))
                .map(t -> key(t._2()._1()))
                .collect();
    }

    private static Tuple2<Long, Long> order(ArticleResult r) {
        return new Tuple2<>(r.file(), r.offset());
    }

    private static Tuple2<Long, Long> later(Tuple2<Long, Long> a, Tuple2<Long, Long> b) {
        int c = a._1().equals(b._1()) ? Long.compare(a._2(), b._2()) : Long.compare(a._1(), b._1());
        return c >= 0 ? a : b;
    }

    private static String key(Tuple2<Long, Long> order) {
        return order._1() + ":" + order._2();
    }
}

package org.claimgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Helpers the benchmark's parts share: a parallel sum, unwrapping futures, rounding figures. */
/*package*/ final class BenchLib {
    private BenchLib() {}

    /** Runs {@code work} on every item on {@code threads} threads and sums the results. */
    static <T> long parallel(int threads, List<T> items, Function<T, Long> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> fs = new ArrayList<>();
            for (T item : items) {
                fs.add(pool.submit(() -> work.apply(item)));
            }
            long sum = 0;
            for (Future<Long> f : fs) {
                sum += get(f);
            }
            return sum;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The future's value; its failure rethrown as it was when unchecked. */
    static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Two decimals, for figures. */
    static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}

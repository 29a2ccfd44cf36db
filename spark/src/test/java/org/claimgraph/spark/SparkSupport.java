package org.claimgraph.spark;

import org.apache.spark.sql.SparkSession;

/** A local Spark session for tests: loopback only, no web UI, few shuffle partitions. */
final class SparkSupport {
    private SparkSupport() {}

    static SparkSession session(int threads) {
        return SparkSession.builder()
                .master("local[" + threads + "]")
                .appName("claimgraph-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }
}

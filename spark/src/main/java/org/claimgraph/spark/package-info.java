/**
 * claimgraph on Apache Spark: {@link org.claimgraph.spark.ExtractJob} extracts a corpus on a cluster and writes the
 * validated article graphs as gzipped N-Quads, the cross-article events graph, a claims table as Parquet and a
 * summary. The stages are the main project's; this package only spreads them over partitions.
 */
package org.claimgraph.spark;

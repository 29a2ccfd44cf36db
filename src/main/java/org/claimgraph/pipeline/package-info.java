/**
 * Runs the stages: one article from text to graph ({@code ArticlePipeline}), a corpus on parallel workers into a
 * sink ({@code CorpusBuild}), the extraction cache, and the cross-article events refreshed after each load.
 */
package org.claimgraph.pipeline;

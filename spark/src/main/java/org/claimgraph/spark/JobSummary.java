package org.claimgraph.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.Serializable;

/**
 * A job's totals, written as {@code summary.json} beside the outputs and printed on the driver's standard output.
 *
 * @param articles             articles extracted, validated and written
 * @param replaced             articles left out because a later input has the same text or URL, as in a store
 * @param rejected             inputs rejected (one line each in {@code rejected/})
 * @param claims               claims in the written articles (rows of the claims table)
 * @param events               events in the written articles
 * @param conflicts            conflicts within those articles
 * @param triples              triples in the written article graphs
 * @param crossArticleEvents   events reported by several articles, in the events graph
 * @param crossArticleReports  article events linked to one of them
 * @param crossArticleConflicts conflicts between articles
 */
public record JobSummary(
        long articles,
        long replaced,
        long rejected,
        long claims,
        long events,
        long conflicts,
        long triples,
        long crossArticleEvents,
        long crossArticleReports,
        long crossArticleConflicts)
        implements Serializable {

    /** The summary as one line of JSON. */
    public String toJson() {
        try {
            return new ObjectMapper()
                    .disable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(this);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The summary read back from {@link #toJson()}. */
    public static JobSummary fromJson(String json) {
        try {
            return new ObjectMapper().readValue(json, JobSummary.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a job summary: " + e.getOriginalMessage(), e);
        }
    }

    /** One line for people, like the last line of {@code build}. */
    public String describe() {
        return articles + " articles, " + claims + " claims, " + events + " events, " + conflicts + " conflicts, "
                + triples + " triples; " + crossArticleEvents + " cross-article events (" + crossArticleReports
                + " reports), " + crossArticleConflicts + " conflicts between articles; " + replaced
                + " replaced by a later input with the same text or URL; " + rejected + " inputs rejected";
    }
}

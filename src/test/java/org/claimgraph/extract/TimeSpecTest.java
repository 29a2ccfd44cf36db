package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Merging the times one clause states. */
class TimeSpecTest {
    private static final TimeSpec YEAR = TimeSpec.on(TimePoint.year(2024), "2024");
    private static final TimeSpec WEEK = TimeSpec.bounded(
            Optional.of(TimePoint.day(LocalDate.of(2024, 6, 24))),
            Optional.of(TimePoint.day(LocalDate.of(2024, 6, 27))),
            "this week");

    @Test
    void boundsOnBothSidesInsideACoarserDateSayMore() {
        // a year in a conference's name beside "this week": the week dates the meeting
        assertEquals(WEEK, YEAR.mergedWith(WEEK));
        assertEquals(WEEK, WEEK.mergedWith(YEAR));
    }

    @Test
    void aDateStillBeatsOneBoundAndAFinerDateACoarserOne() {
        TimeSpec notAfter =
                TimeSpec.bounded(Optional.empty(), Optional.of(TimePoint.day(LocalDate.of(2024, 6, 27))), "");
        assertEquals(YEAR, YEAR.mergedWith(notAfter));
        TimeSpec day = TimeSpec.on(TimePoint.day(LocalDate.of(2024, 6, 25)), "Tuesday");
        assertEquals(day, YEAR.mergedWith(day));
    }
}

package org.claimgraph.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A calendar time at the precision the text gives: a day, a month or a year.
 *
 * @param precision how precise
 * @param first     the first day it covers
 */
public record TimePoint(Precision precision, LocalDate first) implements Comparable<TimePoint> {
    /** Day, month or year. */
    public enum Precision {
        DAY,
        MONTH,
        YEAR
    }

    public static TimePoint day(LocalDate d) {
        return new TimePoint(Precision.DAY, d);
    }

    public static TimePoint month(int year, int month) {
        return new TimePoint(Precision.MONTH, LocalDate.of(year, month, 1));
    }

    public static TimePoint year(int year) {
        return new TimePoint(Precision.YEAR, LocalDate.of(year, 1, 1));
    }

    /**
     * Reads a TIMEX3 date value ({@code 2023-04-20}, {@code 2023-04}, {@code 2023}); a day with a part of it or a
     * clock time ({@code 2024-04-13TNI} "Saturday night", {@code 2024-04-16TEV}, {@code 2024-04-16T14:00}) is that
     * day. Anything else is empty.
     */
    public static Optional<TimePoint> parseTimex(String value) {
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}T(MO|MI|AF|EV|NI|DT|\\d{2}(:\\d{2})*)")) {
                return Optional.of(day(LocalDate.parse(value.substring(0, 10))));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(day(LocalDate.parse(value)));
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return Optional.of(
                        month(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(5))));
            }
            if (value.matches("\\d{4}")) {
                return Optional.of(year(Integer.parseInt(value)));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The last day it covers. */
    public LocalDate last() {
        return switch (precision) {
            case DAY -> first;
            case MONTH -> YearMonth.from(first).atEndOfMonth();
            case YEAR -> first.withDayOfYear(first.lengthOfYear());
        };
    }

    /** The lexical form for its XSD datatype: {@code 2023-04-20}, {@code 2023-04} or {@code 2023}. */
    public String lexical() {
        return switch (precision) {
            case DAY -> first.toString();
            case MONTH -> YearMonth.from(first).toString();
            case YEAR -> String.format("%04d", first.getYear());
        };
    }

    /** The XSD datatype local name: date, gYearMonth or gYear. */
    public String xsdType() {
        return switch (precision) {
            case DAY -> "date";
            case MONTH -> "gYearMonth";
            case YEAR -> "gYear";
        };
    }

    @Override
    public int compareTo(TimePoint o) {
        int c = first.compareTo(o.first);
        return c != 0 ? c : last().compareTo(o.last());
    }

    @Override
    public String toString() {
        return lexical();
    }
}

package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When an event happens, as far as the text says: a date at its precision, bounds, the words that said it,
 * and a qualifier ("early" of "early 2024").
 *
 * @param date       the date, if the text gives one
 * @param notBefore  lower bound
 * @param notAfter   upper bound
 * @param expression the time words of the text, kept even when nothing could be resolved
 * @param qualifier  early, mid or late, or empty
 */
public record TimeSpec(
        Optional<TimePoint> date,
        Optional<TimePoint> notBefore,
        Optional<TimePoint> notAfter,
        String expression,
        String qualifier) {

    /** Nothing known. */
    public static final TimeSpec NONE = new TimeSpec(Optional.empty(), Optional.empty(), Optional.empty(), "", "");

    public static TimeSpec on(TimePoint date, String expression) {
        return new TimeSpec(Optional.of(date), Optional.empty(), Optional.empty(), expression, "");
    }

    public static TimeSpec bounded(Optional<TimePoint> notBefore, Optional<TimePoint> notAfter, String expression) {
        return new TimeSpec(Optional.empty(), notBefore, notAfter, expression, "");
    }

    /** True when nothing at all is known, not even words. */
    public boolean isEmpty() {
        return date.isEmpty() && notBefore.isEmpty() && notAfter.isEmpty() && expression.isEmpty();
    }

    /**
     * True when the text states no time: at most the bound a past-tense verb gives ("not after publication"),
     * no date, no start, no words.
     */
    public boolean statesNoTime() {
        return date.isEmpty() && notBefore.isEmpty() && expression.isEmpty();
    }

    /** True when a date or a bound was resolved. */
    public boolean isResolved() {
        return date.isPresent() || notBefore.isPresent() || notAfter.isPresent();
    }

    /** The earliest day it allows, if bounded below. */
    public Optional<LocalDate> earliest() {
        Optional<LocalDate> a = date.map(TimePoint::first);
        Optional<LocalDate> b = notBefore.map(TimePoint::first);
        if (a.isPresent() && b.isPresent()) {
            return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
        }
        return a.isPresent() ? a : b;
    }

    /** The latest day it allows, if bounded above. */
    public Optional<LocalDate> latest() {
        Optional<LocalDate> a = date.map(TimePoint::last);
        Optional<LocalDate> b = notAfter.map(TimePoint::last);
        if (a.isPresent() && b.isPresent()) {
            return Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
        }
        return a.isPresent() ? a : b;
    }

    /** True when both can hold at once: their intervals overlap (unknown bounds are open). */
    public boolean compatibleWith(TimeSpec other) {
        Optional<LocalDate> lo1 = earliest();
        Optional<LocalDate> hi1 = latest();
        Optional<LocalDate> lo2 = other.earliest();
        Optional<LocalDate> hi2 = other.latest();
        boolean firstEndsBefore =
                hi1.isPresent() && lo2.isPresent() && hi1.get().isBefore(lo2.get());
        boolean secondEndsBefore =
                hi2.isPresent() && lo1.isPresent() && hi2.get().isBefore(lo1.get());
        return !firstEndsBefore && !secondEndsBefore;
    }

    /**
     * The more informative of two compatible specs: a date beats bounds, a finer date beats a coarser one, but
     * bounds on both sides inside a coarser date beat it ("this week" inside "2024").
     */
    public TimeSpec mergedWith(TimeSpec other) {
        if (!other.isResolved()) {
            return this.isEmpty() ? other : this;
        }
        if (!isResolved()) {
            return other;
        }
        if (other.boundedWithin(this)) {
            return other;
        }
        if (boundedWithin(other)) {
            return this;
        }
        if (date.isPresent() && other.date.isPresent()) {
            return date.get().precision().ordinal()
                            <= other.date.get().precision().ordinal()
                    ? this
                    : other;
        }
        return date.isPresent() ? this : other.date.isPresent() ? other : this;
    }

    /** True when this has no date but bounds on both sides, and they lie inside the other's date. */
    private boolean boundedWithin(TimeSpec other) {
        return date.isEmpty()
                && notBefore.isPresent()
                && notAfter.isPresent()
                && other.date.isPresent()
                && !notBefore.get().first().isBefore(other.date.get().first())
                && !notAfter.get().last().isAfter(other.date.get().last());
    }

    /** Days the date covers (1 for a day, 28 to 31 for a month); the largest int when there is no date. */
    public int dateSpanDays() {
        return date.map(d -> (int) (d.last().toEpochDay() - d.first().toEpochDay()) + 1)
                .orElse(Integer.MAX_VALUE);
    }

    /** For messages: the date ("2023-04-04"), else its bounds ("not before 2023-04 and not after 2023-06"). */
    public String describe() {
        if (date.isPresent()) {
            return date.get().lexical();
        }
        return notBefore.map(t -> "not before " + t.lexical()).orElse("")
                + (notBefore.isPresent() && notAfter.isPresent() ? " and " : "")
                + notAfter.map(t -> "not after " + t.lexical()).orElse("");
    }

    /** The same with a qualifier. */
    public TimeSpec withQualifier(String q) {
        return new TimeSpec(date, notBefore, notAfter, expression, q);
    }
}

package io.haircut.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The months one imported figure covers: its first month and how many months (1 a month, 3 a quarter,
 * 6 a half, 12 a year, 9 for "nine months ended"). A yearly figure is a year, never its last month.
 */
public record Span(YearMonth first, int months) implements Comparable<Span> {

    public Span {
        if (first == null || months < 1) {
            throw new IllegalArgumentException("a span needs a first month and at least one month");
        }
    }

    /**
     * Consecutive months hash to consecutive numbers. The record's own hash builds on {@link YearMonth}'s (the
     * year XOR the month shifted 27 bits), which puts the months of a few years into two or three of a hash
     * map's buckets: every look-up by span (the bridge's, per entry) then searched a tree. Agrees with equals.
     */
    @Override
    public int hashCode() {
        return (first.getYear() * 12 + first.getMonthValue()) * 31 + months;
    }

    /**
     * The one-month spans of the years a ledger has (1900 .. 2199), shared: every invoice line holds one, and a
     * ten-million-row ledger would otherwise hold ten million copies of some thirty spans.
     */
    private static final Map<YearMonth, Span> MONTHS = new ConcurrentHashMap<>();

    public static Span month(YearMonth month) {
        if (month == null || month.getYear() < 1900 || month.getYear() > 2199) {
            return new Span(month, 1);
        }
        return MONTHS.computeIfAbsent(month, m -> new Span(m, 1));
    }

    /** The {@code months} months ending with {@code last}: "12 months ended Dec. 31, 2022" is 2022-01 .. 2022-12. */
    public static Span ending(YearMonth last, int months) {
        return new Span(last.minusMonths(months - 1L), months);
    }

    public YearMonth last() {
        return first.plusMonths(months - 1L);
    }

    public LocalDate lastDay() {
        return last().atEndOfMonth();
    }

    public boolean isMonth() {
        return months == 1;
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last());
    }

    public boolean contains(Span other) {
        return !other.first.isBefore(first) && !other.last().isAfter(last());
    }

    public List<YearMonth> monthList() {
        List<YearMonth> out = new ArrayList<>(months);
        for (int i = 0; i < months; i++) {
            out.add(first.plusMonths(i));
        }
        return out;
    }

    /** "month", "quarter", "half-year", "year" or "7 months": what a figure of this length is. */
    public String kind() {
        return switch (months) {
            case 1 -> "month";
            case 3 -> "quarter";
            case 6 -> "half-year";
            case 12 -> "year";
            default -> months + " months";
        };
    }

    @Override
    public int compareTo(Span o) {
        int c = first.compareTo(o.first);
        return c != 0 ? c : Integer.compare(months, o.months);
    }

    @Override
    public String toString() {
        return months == 1 ? first.toString() : first + ".." + last();
    }
}

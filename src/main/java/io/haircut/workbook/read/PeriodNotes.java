package io.haircut.workbook.read;

import io.haircut.ledger.SourceRef;
import io.haircut.workbook.ImportException;
import io.haircut.workbook.cells.Periods;
import io.haircut.workbook.detect.Plans.PeriodColumn;
import io.haircut.workbook.detect.Plans.WidePlan;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What happens to figures whose periods overlap: the columns a table leaves out (budgets, variances, a
 * longer duration beside a shorter one, forecasts unless asked for), actuals before forecasts for the same
 * months, and finer periods before a coarser one that sums them. Each choice is said in a note.
 */
final class PeriodNotes {

    private PeriodNotes() {
    }

    /** The note on a table's columns that are not imported, by reason; empty when every column is read. */
    static Optional<String> skipped(WidePlan plan, boolean includeForecast) {
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        List<String> forecasts = new ArrayList<>();
        for (PeriodColumn p : plan.periods()) {
            String col = SourceRef.columnLetters(p.column()) + " '" + p.header() + "'";
            if (p.skip() != null) {
                byReason.computeIfAbsent(p.skip(), k -> new ArrayList<>()).add(col);
            } else if (p.forecast() && !p.total()) {
                forecasts.add(col);
            }
        }
        List<String> parts = new ArrayList<>();
        byReason.forEach((reason, cols) -> parts.add(String.join(", ", cols) + ": " + reason));
        if (!forecasts.isEmpty()) {
            parts.add(String.join(", ", forecasts) + (includeForecast ? ": forecast, imported and marked as forecast"
                    : ": forecast, not imported (import ... --include forecast brings forecasts in, marked as such)"));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of("period columns " + String.join("; ", parts));
    }

    /** Forecast figures for months that actual figures also give are left out: the actual is what happened. */
    static <T> List<T> actualsFirst(List<T> items, Function<T, Periods.Span> span, Predicate<T> forecast, List<String> notes, String what) {
        Set<YearMonth> actualMonths = new HashSet<>();
        items.stream().filter(forecast.negate()).forEach(i -> actualMonths.addAll(months(span.apply(i))));
        List<T> kept = new ArrayList<>();
        Set<String> dropped = new LinkedHashSet<>();
        for (T i : items) {
            if (forecast.test(i) && months(span.apply(i)).stream().anyMatch(actualMonths::contains)) {
                dropped.add(span.apply(i).toString());
            } else {
                kept.add(i);
            }
        }
        if (!dropped.isEmpty()) {
            notes.add(what + ": forecast figures for " + String.join(", ", dropped) + " are left out, actual figures are given for those months");
        }
        return kept;
    }

    /**
     * Figures whose period is wholly made of finer periods given elsewhere (a year beside its four quarters)
     * are left out, with a note; a coarser period only partly covered would count months twice, so it stops
     * the import with both cells.
     */
    static <T> List<T> finest(List<T> items, Function<T, Periods.Span> span, List<String> notes, String what) {
        Map<Periods.Span, List<T>> bySpan = new TreeMap<>(java.util.Comparator.comparing(Periods.Span::first).thenComparingInt(Periods.Span::months));
        items.forEach(i -> bySpan.computeIfAbsent(span.apply(i), k -> new ArrayList<>()).add(i));
        Set<Periods.Span> coarse = new LinkedHashSet<>();
        for (Periods.Span s : bySpan.keySet()) {
            Set<YearMonth> covered = new HashSet<>();
            Periods.Span inside = null;
            for (Periods.Span o : bySpan.keySet()) {
                if (!o.equals(s) && s.contains(o)) {
                    covered.addAll(months(o));
                    inside = o;
                } else if (!o.equals(s) && overlap(s, o) && !o.contains(s)) {
                    partial(what, s, o, bySpan, span);
                }
            }
            if (inside != null) {
                if (covered.size() < s.months()) {
                    partial(what, s, inside, bySpan, span);
                }
                coarse.add(s);
            }
        }
        if (coarse.isEmpty()) {
            return items;
        }
        notes.add(what + " for " + coarse.stream().map(Periods.Span::toString).collect(Collectors.joining(", "))
                + " is also given by finer periods; the finer figures are used and the coarser ones left out");
        return items.stream().filter(i -> !coarse.contains(span.apply(i))).toList();
    }

    private static <T> void partial(String what, Periods.Span a, Periods.Span b, Map<Periods.Span, List<T>> bySpan, Function<T, Periods.Span> span) {
        throw new ImportException(what + " for " + a + " (" + LedgerBuilder.cells(cells(bySpan.get(a))) + ") overlaps " + what + " for " + b + " ("
                + LedgerBuilder.cells(cells(bySpan.get(b))) + ") without being made of it, so some months would count twice;"
                + " mark one sheet 'ignore' under sheets: in a mapping file, or map one line as ignore");
    }

    private static <T> List<SourceRef> cells(List<T> items) {
        List<SourceRef> out = new ArrayList<>();
        for (T i : items) {
            if (i instanceof LedgerBuilder.WideRevenue r) {
                out.add(r.source());
            } else if (i instanceof LedgerBuilder.WideCost c) {
                out.add(c.source());
            }
        }
        return out;
    }

    private static boolean overlap(Periods.Span a, Periods.Span b) {
        return !a.last().isBefore(b.first()) && !b.last().isBefore(a.first());
    }

    private static List<YearMonth> months(Periods.Span s) {
        List<YearMonth> out = new ArrayList<>();
        for (int i = 0; i < s.months(); i++) {
            out.add(s.first().plusMonths(i));
        }
        return out;
    }
}

package io.haircut.bridge;

import io.haircut.ledger.Granularity;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Money;
import io.haircut.ledger.Period;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Span;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjustment;
import io.haircut.rules.Scope;
import io.haircut.rules.View;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Builds revenue bridges from an adjusted ledger, in total or per period, in one pass over the entries. */
public final class Bridges {

    private Bridges() {
    }

    /** The bridge over every entry ({@code period} null). */
    public static RevenueBridge total(AdjustedLedger adjusted) {
        return build(adjusted, m -> "total").values().stream().findFirst()
                .map(b -> withPeriod(b, null))
                .orElseGet(() -> withPeriod(empty(adjusted), null));
    }

    /** One bridge per period that has revenue, in period order; a figure longer than the period shows in its own period. */
    public static List<RevenueBridge> byPeriod(AdjustedLedger adjusted, Granularity granularity) {
        return byPeriod(adjusted, granularity, Spread.NONE);
    }

    /**
     * One bridge per period that has revenue, in period order. A figure that covers more months than one
     * period (a year's revenue in a bridge by month) is shown in its own period, labelled by it ("2022"),
     * unless {@code spread} is EVEN: then it is spread in equal parts over its months (see {@link Spread}).
     * A period holding forecast figures is labelled "(forecast)".
     */
    public static List<RevenueBridge> byPeriod(AdjustedLedger adjusted, Granularity granularity, Spread spread) {
        Map<Span, Span> keys = new HashMap<>();
        Function<Span, Span> key = span -> keys.computeIfAbsent(span, s -> {
            Span period = Period.containing(granularity, s.first()).span();
            return period.contains(s) ? period : s;
        });
        Set<Span> forecast = new HashSet<>();
        Map<Span, RevenueBridge> byPeriod = build(adjusted, key, spread == Spread.EVEN, forecast);
        List<RevenueBridge> result = new ArrayList<>();
        byPeriod.forEach((p, b) -> result.add(withPeriod(b, label(p) + (forecast.contains(p) ? " (forecast)" : ""))));
        return result;
    }

    /**
     * One bridge per month in which a figure is dated (a quarter's or a year's figure in its last month),
     * labelled YYYY-MM: the rows of the adjusted workbook's month sheet, whose SUMIFS formulas select the
     * Revenue sheet's entries by that month.
     */
    public static List<RevenueBridge> byDatedMonth(AdjustedLedger adjusted) {
        Map<YearMonth, RevenueBridge> byMonth = build(adjusted, Span::last);
        List<RevenueBridge> result = new ArrayList<>();
        byMonth.forEach((m, b) -> result.add(withPeriod(b, m.toString())));
        return result;
    }

    /**
     * What an analyst must know to read a bridge by {@code granularity}: that some figures cover more than
     * one such period (and how they are shown), and that forecasts are included. Empty when neither.
     */
    public static Optional<String> note(Ledger ledger, Granularity granularity, Spread spread) {
        List<String> notes = new ArrayList<>();
        int periodMonths = Period.containing(granularity, YearMonth.of(2000, 1)).span().months();
        Set<String> longer = new TreeSet<>();
        ledger.revenue().stream().filter(e -> e.span().months() > periodMonths || !Period.containing(granularity, e.span().first()).span().contains(e.span()))
                .forEach(e -> longer.add(adjective(e.span())));
        if (!longer.isEmpty()) {
            String kinds = String.join(" and ", longer);
            notes.add(spread == Spread.EVEN
                    ? "the data has " + kinds + " figures; each is spread evenly over its months (--spread even), to the cent, the last month taking the remainder"
                    : "the data has " + kinds + " figures, longer than a " + granularity.label() + "; each is shown in its own period"
                            + " (add --spread even to spread them evenly over their months)");
        }
        if (ledger.revenue().stream().anyMatch(RevenueEntry::isForecast)) {
            notes.add("includes forecast figures (imported with --include forecast), marked (forecast)");
        }
        return notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes));
    }

    /** "yearly", "quarterly", "half-yearly", "7-month": what the data's longer figures are, for the note. */
    private static String adjective(Span span) {
        return switch (span.months()) {
            case 1 -> "monthly";
            case 3 -> "quarterly";
            case 6 -> "half-yearly";
            case 12 -> "yearly";
            default -> span.months() + "-month";
        };
    }

    /** A period's label: "2022", "2022-Q1", a half as "2025-H1"; any other span by its months ("2024-10..2025-09"). */
    private static String label(Span span) {
        if (span.months() == 6 && (span.first().getMonthValue() == 1 || span.first().getMonthValue() == 7)) {
            return span.first().getYear() + "-H" + (span.first().getMonthValue() == 1 ? 1 : 2);
        }
        return Period.of(span).map(Period::label).orElse(span.toString());
    }

    /**
     * Totals per key, accumulated once over the entries and once over the adjustments. Sums are kept per
     * span first (most entries share a few spans, so a million entries make few key objects) and folded
     * into the periods' keys once per span.
     */
    private static <K extends Comparable<K>> Map<K, RevenueBridge> build(AdjustedLedger adjusted, Function<Span, K> key) {
        return build(adjusted, key, false, new HashSet<>());
    }

    private static <K extends Comparable<K>> Map<K, RevenueBridge> build(AdjustedLedger adjusted, Function<Span, K> key, boolean spread,
            Set<K> forecast) {
        String currency = adjusted.ledger().revenueCurrency();
        Map<Span, BigDecimal> reportedBySpan = new HashMap<>();
        Map<Span, Map<String, BigDecimal>> amountsBySpan = new HashMap<>();
        Map<Span, Map<String, Long>> countsBySpan = new HashMap<>();
        Set<Span> forecastSpans = new HashSet<>();
        for (RevenueEntry e : adjusted.ledger().revenue()) {
            if (spread && e.span().months() > 1) {
                for (int i = 0; i < e.span().months(); i++) {
                    reportedBySpan.merge(Span.month(e.span().first().plusMonths(i)), Spread.part(e.amount().amount(), e.span().months(), i), BigDecimal::add);
                }
            } else {
                reportedBySpan.merge(e.span(), e.amount().amount(), BigDecimal::add);
            }
            if (e.isForecast()) {
                forecastSpans.add(e.span());
            }
        }
        for (Adjustment a : adjusted.adjustments()) {
            Span s = a.entry().span();
            if (spread && s.months() > 1) {
                for (int i = 0; i < s.months(); i++) {
                    Span m = Span.month(s.first().plusMonths(i));
                    amountsBySpan.computeIfAbsent(m, x -> new HashMap<>()).merge(a.rule().id(), Spread.part(a.change(), s.months(), i), BigDecimal::add);
                    countsBySpan.computeIfAbsent(m, x -> new HashMap<>()).merge(a.rule().id(), 1L, Long::sum);
                }
            } else {
                amountsBySpan.computeIfAbsent(s, x -> new HashMap<>()).merge(a.rule().id(), a.change(), BigDecimal::add);
                countsBySpan.computeIfAbsent(s, x -> new HashMap<>()).merge(a.rule().id(), 1L, Long::sum);
            }
        }
        Map<K, BigDecimal> reported = new TreeMap<>();
        Map<K, Map<String, BigDecimal>> amounts = new HashMap<>();
        Map<K, Map<String, Long>> counts = new HashMap<>();
        reportedBySpan.forEach((m, total) -> {
            K k = key.apply(m);
            reported.merge(k, total, BigDecimal::add);
            amountsBySpan.getOrDefault(m, Map.of()).forEach((rule, amount) ->
                    amounts.computeIfAbsent(k, x -> new HashMap<>()).merge(rule, amount, BigDecimal::add));
            countsBySpan.getOrDefault(m, Map.of()).forEach((rule, count) ->
                    counts.computeIfAbsent(k, x -> new HashMap<>()).merge(rule, count, Long::sum));
        });
        for (Span f : forecastSpans) {
            if (spread && f.months() > 1) {
                f.monthList().forEach(m -> forecast.add(key.apply(Span.month(m))));
            } else {
                forecast.add(key.apply(f));
            }
        }
        Map<K, RevenueBridge> result = new TreeMap<>();
        reported.forEach((k, total) -> result.put(k, bridge(adjusted, currency, total,
                amounts.getOrDefault(k, Map.of()), counts.getOrDefault(k, Map.of()))));
        return result;
    }

    private static RevenueBridge bridge(AdjustedLedger adjusted, String currency, BigDecimal reported,
            Map<String, BigDecimal> amounts, Map<String, Long> counts) {
        Money reportedMoney = new Money(reported, currency);
        List<BridgeStep> cashSteps = steps(adjusted, View.CASH, currency, amounts, counts);
        Money cash = reportedMoney.plus(sum(cashSteps, currency));
        List<BridgeStep> adjustedSteps = steps(adjusted, View.ADJUSTED, currency, amounts, counts);
        return new RevenueBridge(null, reportedMoney, cashSteps, cash, adjustedSteps, cash.plus(sum(adjustedSteps, currency)));
    }

    private static RevenueBridge empty(AdjustedLedger adjusted) {
        return bridge(adjusted, adjusted.ledger().revenueCurrency(), BigDecimal.ZERO, Map.of(), Map.of());
    }

    private static RevenueBridge withPeriod(RevenueBridge b, String period) {
        return new RevenueBridge(period, b.reported(), b.cashSteps(), b.cash(), b.adjustedSteps(), b.adjusted());
    }

    private static List<BridgeStep> steps(AdjustedLedger adjusted, View view, String currency, Map<String, BigDecimal> amounts,
            Map<String, Long> counts) {
        // The active revenue rules of this view in the order they applied (priority, then load order).
        return adjusted.rules().inOrder(Scope.REVENUE, view).stream()
                .map(r -> new BridgeStep(r, new Money(amounts.getOrDefault(r.id(), BigDecimal.ZERO), currency),
                        counts.getOrDefault(r.id(), 0L)))
                .toList();
    }

    private static Money sum(List<BridgeStep> steps, String currency) {
        return steps.stream().map(BridgeStep::amount).reduce(Money.zero(currency), Money::plus);
    }

}

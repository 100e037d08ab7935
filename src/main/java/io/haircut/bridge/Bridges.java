package io.haircut.bridge;

import io.haircut.HaircutException;
import io.haircut.ledger.Granularity;
import io.haircut.ledger.Period;
import io.haircut.ledger.RevenueEntry;
import io.haircut.rules.AdjustedLedger;
import io.haircut.rules.Adjustment;
import io.haircut.rules.Scope;
import io.haircut.rules.View;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    /** One bridge per period that has revenue, in period order. */
    public static List<RevenueBridge> byPeriod(AdjustedLedger adjusted, Granularity granularity) {
        Map<Period, RevenueBridge> byPeriod = build(adjusted, m -> Period.containing(granularity, m));
        List<RevenueBridge> result = new ArrayList<>();
        byPeriod.forEach((p, b) -> result.add(withPeriod(b, p.label())));
        return result;
    }

    /**
     * Totals per key, accumulated once over the entries and once over the adjustments. Sums are kept per
     * month first (a month is an int, so a million entries make no key objects) and folded into the
     * periods' keys once per month.
     */
    private static <K extends Comparable<K>> Map<K, RevenueBridge> build(AdjustedLedger adjusted, Function<YearMonth, K> key) {
        String currency = currencyOf(adjusted);
        Map<Integer, BigDecimal> reportedByMonth = new HashMap<>();
        for (RevenueEntry e : adjusted.ledger().revenue()) {
            reportedByMonth.merge(monthIndex(e), e.amount().amount(), BigDecimal::add);
        }
        Map<Integer, Map<String, BigDecimal>> amountsByMonth = new HashMap<>();
        Map<Integer, Map<String, Long>> countsByMonth = new HashMap<>();
        for (Adjustment a : adjusted.adjustments()) {
            int m = monthIndex(a.entry());
            amountsByMonth.computeIfAbsent(m, x -> new HashMap<>()).merge(a.rule().id(), a.change(), BigDecimal::add);
            countsByMonth.computeIfAbsent(m, x -> new HashMap<>()).merge(a.rule().id(), 1L, Long::sum);
        }
        Map<K, BigDecimal> reported = new TreeMap<>();
        Map<K, Map<String, BigDecimal>> amounts = new HashMap<>();
        Map<K, Map<String, Long>> counts = new HashMap<>();
        reportedByMonth.forEach((m, total) -> {
            K k = key.apply(yearMonth(m));
            reported.merge(k, total, BigDecimal::add);
            amountsByMonth.getOrDefault(m, Map.of()).forEach((rule, amount) ->
                    amounts.computeIfAbsent(k, x -> new HashMap<>()).merge(rule, amount, BigDecimal::add));
            countsByMonth.getOrDefault(m, Map.of()).forEach((rule, count) ->
                    counts.computeIfAbsent(k, x -> new HashMap<>()).merge(rule, count, Long::sum));
        });
        Map<K, RevenueBridge> result = new TreeMap<>();
        reported.forEach((k, total) -> result.put(k, bridge(adjusted, currency, total,
                amounts.getOrDefault(k, Map.of()), counts.getOrDefault(k, Map.of()))));
        return result;
    }

    private static int monthIndex(RevenueEntry e) {
        return e.date().getYear() * 12 + e.date().getMonthValue() - 1;
    }

    private static YearMonth yearMonth(int monthIndex) {
        return YearMonth.of(Math.floorDiv(monthIndex, 12), Math.floorMod(monthIndex, 12) + 1);
    }

    private static RevenueBridge bridge(AdjustedLedger adjusted, String currency, BigDecimal reported,
            Map<String, BigDecimal> amounts, Map<String, Long> counts) {
        List<BridgeStep> cashSteps = steps(adjusted, View.CASH, amounts, counts);
        BigDecimal cash = reported.add(sum(cashSteps));
        List<BridgeStep> adjustedSteps = steps(adjusted, View.ADJUSTED, amounts, counts);
        return new RevenueBridge(null, currency, reported, cashSteps, cash, adjustedSteps, cash.add(sum(adjustedSteps)));
    }

    private static RevenueBridge empty(AdjustedLedger adjusted) {
        return bridge(adjusted, currencyOf(adjusted), BigDecimal.ZERO, Map.of(), Map.of());
    }

    private static RevenueBridge withPeriod(RevenueBridge b, String period) {
        return new RevenueBridge(period, b.currency(), b.reported(), b.cashSteps(), b.cash(), b.adjustedSteps(), b.adjusted());
    }

    private static List<BridgeStep> steps(AdjustedLedger adjusted, View view, Map<String, BigDecimal> amounts, Map<String, Long> counts) {
        // The active revenue rules of this view in the order they applied (priority, then load order).
        return adjusted.rules().inOrder(Scope.REVENUE, view).stream()
                .map(r -> new BridgeStep(r, amounts.getOrDefault(r.id(), BigDecimal.ZERO), counts.getOrDefault(r.id(), 0L)))
                .toList();
    }

    private static BigDecimal sum(List<BridgeStep> steps) {
        return steps.stream().map(BridgeStep::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String currencyOf(AdjustedLedger adjusted) {
        Set<String> currencies = adjusted.ledger().revenueCurrencies();
        if (currencies.size() > 1) {
            throw new HaircutException("revenue is in " + String.join(" and ", currencies)
                    + "; haircut does not add different currencies yet: import one currency at a time");
        }
        return currencies.isEmpty() ? "USD" : currencies.iterator().next();
    }
}

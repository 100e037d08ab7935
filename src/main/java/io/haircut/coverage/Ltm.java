package io.haircut.coverage;

import io.haircut.HaircutException;
import io.haircut.ledger.CounterpartyNames;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.PartyRegister;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.AdjustedLedger.RevenueLine;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/**
 * The revenue a projection starts from (docs/methodology.md, "Commitment coverage"): the last twelve months of data on one basis,
 * ending with the last month that has revenue. With fewer than twelve months the sum is annualised
 * (x 12 / months) and {@link #annualised()} says so.
 *
 * @param sum the basis's revenue over {@code from..to}, before any customer is removed
 * @param removedGroup the largest customer group, when the scenario leaves it out; else null
 * @param removedAmount that group's revenue over {@code from..to} (zero when none is removed)
 * @param revenue the projection's starting point: (sum - removedAmount), annualised when months < 12
 * @param baseYearActual the basis's revenue of the base year's months in the data, through {@code to}, less the removed group
 * @param baseYearMonths how many of the base year's months, through {@code to}, have revenue in the data
 * @param lastMonthRevenue the basis's revenue of the month {@code to}, less the removed group: the latest run rate / 12
 */
public record Ltm(Basis basis, YearMonth from, YearMonth to, int months, BigDecimal sum,
                  String removedGroup, BigDecimal removedAmount, BigDecimal revenue,
                  BigDecimal baseYearActual, int baseYearMonths, BigDecimal lastMonthRevenue) {

    static final int TWELVE = 12;
    private static final String GROUP = "group:";
    private static final String NAME = "name:";

    /** Without the base year's own figures: the base year is taken as complete (the LTM ends in December). */
    public Ltm(Basis basis, YearMonth from, YearMonth to, int months, BigDecimal sum, String removedGroup, BigDecimal removedAmount,
               BigDecimal revenue) {
        this(basis, from, to, months, sum, removedGroup, removedAmount, revenue, revenue, months, BigDecimal.ZERO);
    }

    /** Months of the base year after the last month of data: 0 when the data ends in December. */
    public int monthsLeftInBaseYear() {
        return TWELVE - to.getMonthValue();
    }

    public boolean annualised() {
        return months < TWELVE;
    }

    /** The base year of every projection: the year of the last month of data. */
    public int baseYear() {
        return to.getYear();
    }

    /**
     * Sums the basis's revenue over the last twelve months (or all months, if fewer), grouping customers
     * by their Parties group, else by normalised name (docs/methodology.md, "Counterparties"; ASC 280-10-50-42 counts
     * entities under common control as one customer), to find and drop the largest group if asked.
     */
    static Ltm of(AdjustedLedger adjusted, Basis basis, boolean withoutTopCustomer, MathContext mc) {
        Ledger ledger = adjusted.ledger();
        ledger.revenueCurrency(); // one currency, or refused before anything is summed
        YearMonth last = ledger.lastMonth().orElseThrow(() ->
                new HaircutException("the company has no revenue entries; coverage projects revenue, so import a Revenue sheet with rows"));
        YearMonth first = ledger.firstMonth().orElseThrow();
        YearMonth from = first.isAfter(last.minusMonths(TWELVE - 1)) ? first : last.minusMonths(TWELVE - 1);
        int months = (int) ChronoUnit.MONTHS.between(from, last) + 1;

        PartyRegister parties = ledger.parties();
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal baseYear = BigDecimal.ZERO;
        BigDecimal lastMonth = BigDecimal.ZERO;
        java.util.Set<YearMonth> baseYearMonths = new java.util.HashSet<>();
        Map<String, BigDecimal> baseYearByGroup = new TreeMap<>();
        Map<String, BigDecimal> lastMonthByGroup = new TreeMap<>();
        Map<String, BigDecimal> byGroup = new TreeMap<>();
        Map<String, Map<String, BigDecimal>> spellings = new TreeMap<>();
        for (RevenueLine line : adjusted.revenueLines()) {
            YearMonth m = line.entry().month();
            BigDecimal amount = basis == Basis.REPORTED ? line.reported() : line.adjusted();
            boolean inBaseYear = m.getYear() == last.getYear();
            if (inBaseYear) {
                baseYear = baseYear.add(amount);
                baseYearMonths.add(m);
            }
            if (m.equals(last)) {
                lastMonth = lastMonth.add(amount);
            }
            if (m.isBefore(from)) {
                continue;
            }
            sum = sum.add(amount);
            if (withoutTopCustomer) {
                String customer = line.entry().customer();
                String key = parties.groupOf(customer).map(g -> GROUP + g.name()).orElse(NAME + CounterpartyNames.normalise(customer));
                byGroup.merge(key, amount, BigDecimal::add);
                spellings.computeIfAbsent(key, k -> new TreeMap<>()).merge(customer, amount, BigDecimal::add);
                if (inBaseYear) {
                    baseYearByGroup.merge(key, amount, BigDecimal::add);
                }
                if (m.equals(last)) {
                    lastMonthByGroup.merge(key, amount, BigDecimal::add);
                }
            }
        }
        String removed = null;
        BigDecimal removedAmount = BigDecimal.ZERO;
        if (withoutTopCustomer) {
            String topKey = largest(byGroup);
            if (topKey != null) {
                // Shown by its Parties group name, else by its spelling with the most revenue.
                removed = topKey.startsWith(GROUP) ? topKey.substring(GROUP.length()) : largest(spellings.get(topKey));
                removedAmount = byGroup.get(topKey);
                // The base year lies within the LTM (it ends at the LTM's last month), so the same group leaves it too.
                baseYear = baseYear.subtract(baseYearByGroup.getOrDefault(topKey, BigDecimal.ZERO));
                lastMonth = lastMonth.subtract(lastMonthByGroup.getOrDefault(topKey, BigDecimal.ZERO));
            }
        }
        BigDecimal kept = sum.subtract(removedAmount);
        // Fewer than twelve months: scale to a year, x 12 / months; HALF_EVEN at the MathContext's precision.
        BigDecimal revenue = months < TWELVE
                ? kept.multiply(BigDecimal.valueOf(TWELVE)).divide(BigDecimal.valueOf(months), mc)
                : kept;
        return new Ltm(basis, from, last, months, sum, removed, removedAmount, revenue, baseYear, baseYearMonths.size(), lastMonth);
    }

    /** The key with the largest amount; on a tie the first in the map's (sorted) order. Null for an empty map. */
    private static String largest(Map<String, BigDecimal> amounts) {
        String top = null;
        for (Map.Entry<String, BigDecimal> e : amounts.entrySet()) {
            if (top == null || e.getValue().compareTo(amounts.get(top)) > 0) {
                top = e.getKey();
            }
        }
        return top;
    }

    /** The removed group's share of the LTM sum, for the note that names it; zero when nothing was removed. */
    public BigDecimal removedShare(MathContext mc) {
        return sum.signum() == 0 ? BigDecimal.ZERO : removedAmount.divide(sum, mc); // HALF_EVEN per mc
    }
}

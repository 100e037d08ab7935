package io.haircut.coverage;

import io.haircut.HaircutException;
import io.haircut.coverage.CommitmentSchedule.CommitmentYear;
import io.haircut.ledger.CashBalance;
import io.haircut.ledger.Commitment;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Money;
import io.haircut.ledger.Status;
import io.haircut.rules.applied.AdjustedLedger;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * Commitment coverage (docs/methodology.md, "Commitment coverage"), as a plain function of the adjusted
 * ledger and a scenario. Each dollar is counted once: revenue already received is in cash on hand, so the
 * cumulative figures count only what comes after the base month (the last month of data). Steps, each
 * needing what the one before gave:
 * <ol>
 *   <li>{@link Ltm#of}: the last twelve months of revenue on the scenario's basis, less the top customer group if asked;</li>
 *   <li>{@link CommitmentSchedule#expand}: the counted commitments, year by year, from the base year on;</li>
 *   <li>the latest Cash row: cash on hand and unused credits, less the vendors' own money if asked ({@link VendorMoney});</li>
 *   <li>{@link BaseYear}: the base year's actual months and the rest at the latest run rate;</li>
 *   <li>each year: projected revenue, revenue and cumulative coverage, the credits' share, the cash left and the funding gap;</li>
 *   <li>the first shortfall year, the year the cash runs out and the break-even growth.</li>
 * </ol>
 */
public final class Coverage {

    /** 34 significant digits, half-even (IEEE 754 decimal128): every ratio and growth factor is computed at this. */
    public static final MathContext MC = MathContext.DECIMAL128;

    /** Break-even growth is searched on a grid of 0.01% (docs/methodology.md asks for 0.01%). */
    static final int GRID_SCALE = 4;
    /** -99.99% a year: the lowest growth on the grid (at -100% revenue would vanish). */
    static final int LOWEST_GRID_POINT = -9_999;
    static final int HIGHEST_GRID_POINT = Rates.HIGHEST_GROWTH.movePointRight(GRID_SCALE).intValueExact();

    private Coverage() {
    }

    public static CoverageReport of(AdjustedLedger adjusted, Scenario scenario, CoverageOptions options) {
        Ledger ledger = adjusted.ledger();
        Ltm ltm = Ltm.of(adjusted, scenario.basis(), scenario.withoutTopCustomer(), MC);
        String currency = ledger.revenueCurrency();
        int base = ltm.baseYear();
        List<String> notes = new ArrayList<>();
        if (ltm.annualised()) {
            notes.add("only " + ltm.months() + " months of revenue (" + ltm.from() + " .. " + ltm.to() + "): the LTM is their sum x 12 / "
                    + ltm.months());
        }

        List<CapacityAssumption> assumptions = new ArrayList<>();
        List<Commitment> counted = new ArrayList<>();
        SortedMap<Integer, Money> byYear = commitmentsByYear(ledger, options, base, currency, assumptions, notes, counted);
        int left = ltm.monthsLeftInBaseYear();
        if (left == 0 && byYear.containsKey(base)) {
            // The data ends in December: the base year's commitments fall due by the base month, paid from the cash counted.
            notes.add("left out the " + base + " commitments (" + BaseYear.plain(byYear.get(base).amount()) + "): " + base
                    + " ends with the data, so they are taken as paid from the cash already counted");
            byYear.remove(base);
        }
        if (byYear.isEmpty()) {
            throw new HaircutException("no " + options.includedInOrder().stream().map(Status::label).collect(Collectors.joining(" or "))
                    + " commitments after " + ltm.to() + " to cover" + (notes.isEmpty() ? "; the Commitments sheet is missing or empty "
                    + "(see samples/README.md)" : ": " + String.join("; ", notes)));
        }
        if (options.usdPerGwYear() != null && assumptions.isEmpty()) {
            notes.add(options.priceGivenAs() + " was not used: no counted commitment is stated in GW");
        }

        Optional<CashBalance> latestCash = ledger.cash().stream().max(Comparator.comparing(CashBalance::month));
        Money cash = latestCash.map(CashBalance::cash).orElse(Money.zero(currency));
        Money credits = latestCash.map(CashBalance::unusedCredits).orElse(Money.zero(currency));
        if (latestCash.isPresent()) {
            Money.requireCurrency(cash, latestCash.get().source(), currency, "the revenue is");
        }
        if (latestCash.isEmpty()) {
            notes.add("no Cash sheet: cumulative coverage counts no cash on hand and no unused credits");
        } else if (!latestCash.get().month().equals(ltm.to())) {
            notes.add("cash and credits are from " + latestCash.get().month() + ", the latest Cash row; revenue runs to " + ltm.to());
        }
        CoverageReport.VendorFunding vendorFunding = null;
        BigDecimal cashCounted = cash.amount();
        BigDecimal creditsCounted = credits.amount();
        if (scenario.withoutVendorFunding()) {
            vendorFunding = VendorMoney.of(adjusted, counted, cash, credits, latestCash.map(CashBalance::month).orElse(null));
            cashCounted = cashCounted.subtract(vendorFunding.cashRemoved());
            creditsCounted = creditsCounted.subtract(vendorFunding.creditsRemoved());
        }

        BaseYear baseYear = BaseYear.of(ltm);
        List<CoverageYear> years = years(baseYear, byYear, scenario, cashCounted, creditsCounted);
        Optional<Integer> firstShortfall = years.stream().filter(CoverageYear::shortfall).map(CoverageYear::year).findFirst();
        Optional<Integer> runOut = years.stream().filter(y -> y.fundingGap().signum() > 0).map(CoverageYear::year).findFirst();

        SortedMap<Integer, BigDecimal> amounts = new TreeMap<>();
        byYear.forEach((y, m) -> amounts.put(y, m.amount()));
        Optional<BigDecimal> breakEven = breakEvenGrowth(baseYear.revenue(), base, amounts, scenario.decay());
        Optional<BigDecimal> afterBase = breakEvenGrowth(baseYear.revenue(), base, amounts.tailMap(base + 1), scenario.decay());
        String breakEvenNote = breakEven.isPresent() ? null : whyNoBreakEven(baseYear, base, amounts);

        return new CoverageReport(scenario, currency, ltm, cashCounted, creditsCounted,
                latestCash.map(CashBalance::month).orElse(null), options.includedInOrder(), years, firstShortfall,
                breakEven, afterBase, breakEvenNote, assumptions, notes, runOut, vendorFunding, baseYear.lines(byYear.get(base)));
    }

    /** The counted commitments per year from the base year on; what is left out, and why, goes to {@code notes}. */
    private static SortedMap<Integer, Money> commitmentsByYear(Ledger ledger, CoverageOptions options, int base, String currency,
                                                               List<CapacityAssumption> assumptions, List<String> notes,
                                                               List<Commitment> counted) {
        SortedMap<Integer, Money> byYear = new TreeMap<>();
        Map<Status, List<String>> leftOut = new EnumMap<>(Status.class); // notes in status order
        List<String> past = new ArrayList<>();
        for (Commitment c : ledger.commitments()) {
            if (!options.included().contains(c.status())) {
                leftOut.computeIfAbsent(c.status(), s -> new ArrayList<>()).add(c.vendor() + " " + CommitmentSchedule.span(c));
                continue;
            }
            List<CommitmentYear> expanded = CommitmentSchedule.expand(c, options.usdPerGwYear());
            if (c.isCapacity()) {
                assumptions.add(new CapacityAssumption(c.vendor(), c.gigawatts(), c.year(), c.lastYear(), options.usdPerGwYear(),
                        expanded.get(0).amount().amount(), c.source()));
            }
            for (CommitmentYear y : expanded) {
                if (y.amount().amount().signum() < 0) {
                    throw new HaircutException(y.source() + ": " + c.vendor() + "'s commitment for " + y.year() + " is "
                            + y.amount().amount().toPlainString() + "; expected the committed spend, 0 or more");
                }
                Money.requireCurrency(y.amount(), c.isCapacity() ? y.source() + " (priced by --usd-per-gw-year)" : y.source(),
                        currency, "the revenue is");
                if (y.year() < base) {
                    past.add(c.vendor() + " " + y.year());
                    continue;
                }
                byYear.merge(y.year(), y.amount(), Money::plus);
                if (counted.isEmpty() || counted.get(counted.size() - 1) != c) {
                    counted.add(c);
                }
            }
        }
        byYear.values().removeIf(Money::isZero);
        leftOut.forEach((status, rows) -> notes.add("left out " + rows.size() + " " + status.label() + " commitment"
                + (rows.size() == 1 ? "" : "s") + " (" + String.join(", ", rows) + "); add --include " + status.label() + " to count "
                + (rows.size() == 1 ? "it" : "them")));
        if (!past.isEmpty()) {
            notes.add("left out commitments before " + base + ", the base year (" + String.join(", ", past)
                    + "): they fall before the LTM ends and are taken as paid from the cash already counted");
        }
        return byYear;
    }

    /**
     * Every year from the base year to the last commitment year is projected; the years with commitments are
     * reported. Only what comes after the base month counts towards the cumulative figures: revenue already
     * received is in cash on hand, and the base year's commitment is counted for its remaining months only.
     * The cash left carries from year to year and never goes below zero; what a year's commitments need
     * beyond its revenue and the cash left is that year's funding gap.
     */
    private static List<CoverageYear> years(BaseYear baseYear, SortedMap<Integer, Money> byYear, Scenario s,
                                            BigDecimal cash, BigDecimal credits) {
        int base = baseYear.year();
        List<CoverageYear> years = new ArrayList<>();
        BigDecimal cumulativeRevenue = BigDecimal.ZERO;
        BigDecimal cumulativeCommitments = BigDecimal.ZERO;
        BigDecimal creditsLeft = credits;
        BigDecimal cashLeft = cash.add(credits);
        for (int y = base; y <= byYear.lastKey(); y++) {
            BigDecimal projected = projected(baseYear.revenue(), s.growth(), s.decay(), y - base);
            BigDecimal actual = y == base ? baseYear.actual() : BigDecimal.ZERO;
            BigDecimal toCome = projected.subtract(actual);
            cumulativeRevenue = cumulativeRevenue.add(toCome);
            Money committed = byYear.get(y);
            BigDecimal c = committed == null ? BigDecimal.ZERO : committed.amount();
            BigDecimal owed = y == base ? baseYear.remainingShare(c) : c;
            BigDecimal end = cashLeft.add(toCome).subtract(owed);
            BigDecimal gap = end.signum() < 0 ? end.negate() : BigDecimal.ZERO;
            cashLeft = end.max(BigDecimal.ZERO);
            if (committed == null) {
                continue;
            }
            cumulativeCommitments = cumulativeCommitments.add(owed);
            // Unused credits pay the earliest commitments first, as they would be spent (an upper bound:
            // it assumes the credits are accepted by every vendor).
            BigDecimal creditsUsed = creditsLeft.min(owed).max(BigDecimal.ZERO);
            creditsLeft = creditsLeft.subtract(creditsUsed);
            years.add(new CoverageYear(y, y == base ? BigDecimal.ZERO : rate(s.growth(), s.decay(), y - base), c, projected,
                    ratio(projected, c),
                    cumulativeRevenue, cumulativeCommitments,
                    cumulativeCommitments.signum() == 0 ? BigDecimal.ZERO
                            : ratio(cash.add(credits).add(cumulativeRevenue), cumulativeCommitments),
                    creditsUsed, owed.signum() == 0 ? BigDecimal.ZERO : ratio(creditsUsed, owed),
                    actual, toCome, owed, cashLeft, gap));
        }
        return years;
    }

    /** The base year's revenue x (1 + g)^n, n = year - base year; with decay, the product of each year's (1 + g_k). */
    static BigDecimal projected(BigDecimal ltmRevenue, BigDecimal growth, BigDecimal decay, int yearsAfterBase) {
        return ltmRevenue.multiply(growthFactor(growth, decay, yearsAfterBase), MC);
    }

    /**
     * (1 + g)^n without decay (BigDecimal.pow at {@link #MC}); with decay d the rate of the k-th year after
     * the base year is g_k = g x (1 - d)^(k - 1), and the factor is (1 + g_1) x ... x (1 + g_n).
     */
    static BigDecimal growthFactor(BigDecimal growth, BigDecimal decay, int n) {
        if (decay.signum() == 0) {
            return BigDecimal.ONE.add(growth).pow(n, MC);
        }
        BigDecimal factor = BigDecimal.ONE;
        for (int k = 1; k <= n; k++) {
            factor = factor.multiply(BigDecimal.ONE.add(rate(growth, decay, k)), MC);
        }
        return factor;
    }

    /** g_k = g x (1 - d)^(k - 1): the rate in the k-th year after the base year. */
    static BigDecimal rate(BigDecimal growth, BigDecimal decay, int k) {
        return growth.multiply(BigDecimal.ONE.subtract(decay).pow(k - 1, MC), MC);
    }

    /** A coverage ratio: numerator / denominator at 34 digits, half-even (MC). */
    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, MC);
    }

    /**
     * The smallest g on the 0.0001 grid from -0.9999 to {@link Rates#HIGHEST_GROWTH} at which revenue
     * coverage is at least 1 in every given year, found by bisection: coverage rises with g in every year
     * after the base year (each factor 1 + g_k is positive and grows with g) and does not depend on g in
     * the base year, so the set of covering grid points is an upper interval. Empty when no grid point covers.
     */
    static Optional<BigDecimal> breakEvenGrowth(BigDecimal ltmRevenue, int base, SortedMap<Integer, BigDecimal> commitments,
                                                BigDecimal decay) {
        if (commitments.isEmpty() || ltmRevenue.signum() <= 0) {
            return Optional.empty();
        }
        IntPredicate covers = k -> {
            BigDecimal g = BigDecimal.valueOf(k, GRID_SCALE);
            for (Map.Entry<Integer, BigDecimal> e : commitments.entrySet()) {
                BigDecimal projected = projected(ltmRevenue, g, decay, e.getKey() - base);
                if (ratio(projected, e.getValue()).compareTo(BigDecimal.ONE) < 0) {
                    return false;
                }
            }
            return true;
        };
        int low = LOWEST_GRID_POINT;
        int high = HIGHEST_GRID_POINT;
        if (!covers.test(high)) {
            return Optional.empty();
        }
        if (covers.test(low)) {
            return Optional.of(BigDecimal.valueOf(low, GRID_SCALE));
        }
        while (high - low > 1) { // low never covers, high always does
            int mid = low + (high - low) / 2;
            if (covers.test(mid)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return Optional.of(BigDecimal.valueOf(high, GRID_SCALE));
    }

    private static String whyNoBreakEven(BaseYear baseYear, int base, SortedMap<Integer, BigDecimal> commitments) {
        if (baseYear.revenue().signum() <= 0) {
            return "the base year's revenue is not above 0, so no growth rate covers the commitments";
        }
        BigDecimal atBase = commitments.get(base);
        if (atBase != null && ratio(baseYear.revenue(), atBase).compareTo(BigDecimal.ONE) < 0) {
            return "no growth rate covers " + base + ": its revenue is its actual months plus the rest at the latest run rate,"
                    + " whatever the growth";
        }
        return "even " + Rates.asPercent(Rates.HIGHEST_GROWTH) + " a year does not cover every year";
    }
}

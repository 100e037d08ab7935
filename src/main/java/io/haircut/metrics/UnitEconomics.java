package io.haircut.metrics;

import io.haircut.HaircutException;
import io.haircut.ledger.CostCategory;
import io.haircut.ledger.FundingEntry;
import io.haircut.ledger.Granularity;
import io.haircut.ledger.Money;
import io.haircut.ledger.Period;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.Status;
import io.haircut.rules.applied.AdjustedLedger;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Unit economics on Reported and on Adjusted revenue, side by side (docs/methodology.md, "Unit economics"): a pure function
 * of the adjusted ledger, returning records that the shell, CSV/JSON and (later) the workbook render.
 * Every formula is stated beside the code that computes it and in docs/methodology.md, "Unit economics".
 *
 * <p>Steps: {@link Figures} sums every table by month once (revenue per view, per customer group, costs by
 * category and means of payment, customer counts, cash, funding); each period then reads its months
 * from those sums and computes each metric twice, once per column. A metric whose inputs are missing is
 * {@link MetricValue#unavailable} with the reason, never 0 or infinity.
 */
public final class UnitEconomics {

    /** Every division: 20 significant digits, half-even, far beyond the 2 or 4 decimals shown. */
    static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();
    /** LTV / CAC of 3 or more is the usual bar (docs/methodology.md, "Unit economics"). */
    static final BigDecimal LTV_TO_CAC_BAR = new BigDecimal("3");
    /** A customer with 10 percent or more of revenue must be disclosed (ASC 280-10-50-42). */
    static final BigDecimal TOP_CUSTOMER_THRESHOLD = new BigDecimal("0.10");
    private static final int TOP_N = 5;

    private UnitEconomics() {
    }

    /** The metrics of one period. The period may start before or end after the data; its months in the data count. */
    public static PeriodMetrics of(AdjustedLedger adjusted, Period period) {
        Figures f = Figures.of(adjusted);
        requireRevenue(f);
        return compute(f, period);
    }

    /** The metrics of every period of the granularity that the data touches, first to last. */
    public static List<PeriodMetrics> byPeriod(AdjustedLedger adjusted, Granularity granularity) {
        Figures f = Figures.of(adjusted);
        requireRevenue(f);
        return periods(f, atLeastData(f, granularity)).stream().map(p -> compute(f, p)).toList();
    }

    /**
     * The granularity the data's figures allow: months for monthly figures, quarters when some are quarters,
     * years when some are years. Metrics are never measured over part of a figure's period.
     */
    static Granularity dataGranularity(Figures f) {
        return f.longestSpan <= 1 ? Granularity.MONTH : f.longestSpan <= 3 ? Granularity.QUARTER : Granularity.YEAR;
    }

    private static Granularity atLeastData(Figures f, Granularity g) {
        Granularity data = dataGranularity(f);
        return g.ordinal() < data.ordinal() ? data : g;
    }

    /**
     * The one default period (docs/investors-and-coverage.md, "One default period"): the latest month in the
     * data, on its own. {@code metrics} with no --by or --period, the workbook's Unit Economics sheet and the
     * metrics files of {@code export --all} all show it, so the same figure reads the same everywhere; a
     * month is also what ARR (the last month x 12) and the runway are measured on.
     */
    /** Months ahead the runway note looks for commitments falling due. */
    static final int COMMITMENT_HORIZON = 12;

    public static MetricsReport defaultPeriod(AdjustedLedger adjusted) {
        return report(adjusted, null, PeriodSelection.LATEST);
    }

    /**
     * What the {@code metrics} command shows. {@code granularity} null means month, or the granularity of
     * the period selected; {@link PeriodSelection#LATEST} is the last full period (for months: the latest
     * month in the data), {@link PeriodSelection#ALL} every period.
     */
    public static MetricsReport report(AdjustedLedger adjusted, Granularity granularity, PeriodSelection selected) {
        Figures f = Figures.of(adjusted);
        requireRevenue(f);
        Granularity g = granularity;
        Period asked = selected.period();
        boolean all = selected.every();
        Granularity data = dataGranularity(f);
        String coarsened = null;
        if (asked != null) {
            if (asked.granularity().ordinal() < data.ordinal()) {
                throw new HaircutException("period '" + asked.label() + "' is a " + asked.granularity().label() + ", but the data has "
                        + data.label() + "ly figures, so a " + asked.granularity().label() + " cannot be measured; give a " + data.label()
                        + " such as " + example(data, f.last));
            }
            if (g != null && g != asked.granularity()) {
                throw new HaircutException("period '" + asked.label() + "' is a " + asked.granularity().label()
                        + ", but --by " + g.label() + " was given; drop --by, or give a " + g.label()
                        + " such as " + example(g, f.last));
            }
            g = asked.granularity();
        }
        if (g == null) {
            g = data;
        } else if (g.ordinal() < data.ordinal()) {
            coarsened = "the data has " + data.label() + "ly figures, so by " + data.label() + " rather than by " + g.label() + "; ";
            g = data;
        }
        List<Period> periods = periods(f, g);
        List<Period> chosen;
        String selection;
        if (all) {
            chosen = periods;
            selection = "every " + g.label() + " in the data";
        } else if (asked != null) {
            if (monthsInData(f, asked).isEmpty()) {
                throw new HaircutException(asked.label() + " is outside the data (" + f.first + " .. " + f.last
                        + "); expected a " + g.label() + " from " + periods.get(0).label() + " to "
                        + periods.get(periods.size() - 1).label());
            }
            chosen = List.of(asked);
            selection = "chosen with --period";
        } else {
            Period pick = null;
            for (int i = periods.size() - 1; i >= 0 && pick == null; i--) {
                if (monthsInData(f, periods.get(i)).size() == monthsIn(g)) {
                    pick = periods.get(i);
                }
            }
            if (pick != null) {
                selection = g == Granularity.MONTH ? "latest month in the data" : "last full " + g.label() + " in the data";
            } else {
                pick = periods.get(periods.size() - 1);
                selection = "latest " + g.label() + ", partial: " + monthsInData(f, pick).size() + " of "
                        + monthsIn(g) + " months in the data";
            }
            chosen = List.of(pick);
        }
        if (coarsened != null) {
            selection = coarsened + selection;
        }
        List<PeriodMetrics> metrics = chosen.stream().map(p -> compute(f, p)).toList();
        List<MetricsReport.PeriodRevenue> revenue = new ArrayList<>();
        for (Period p : periods) {
            List<YearMonth> months = monthsInData(f, p);
            revenue.add(new MetricsReport.PeriodRevenue(p, months.size(), f.revenue(months, Column.REPORTED), f.revenue(months, Column.ADJUSTED)));
        }
        return new MetricsReport(f.company, f.currency, g, f.first, f.last, selection, metrics, revenue);
    }

    // ---- periods ----

    private static void requireRevenue(Figures f) {
        if (f.first == null) {
            throw new HaircutException("the Revenue sheet has no entries, so there is no period to measure");
        }
    }

    private static List<Period> periods(Figures f, Granularity g) {
        List<Period> out = new ArrayList<>();
        Period start = Period.containing(g, f.first);
        if (monthsIn(g) == f.longestSpan && !start.start().equals(f.first)) {
            start = new Period(g, f.first); // fiscal years (or quarters) that do not start with the calendar's: follow the data
        }
        for (Period p = start; !p.start().isAfter(f.last);
                p = new Period(g, p.start().plusMonths(monthsIn(g)))) {
            out.add(p);
        }
        return out;
    }

    /** Months in a period of the granularity: 1, 3 or 12. */
    static int monthsIn(Granularity g) {
        return switch (g) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case YEAR -> 12;
        };
    }

    /** The period's months that lie within the data (first to last revenue month). */
    private static List<YearMonth> monthsInData(Figures f, Period p) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < monthsIn(p.granularity()); i++) {
            YearMonth m = p.start().plusMonths(i);
            if (!m.isBefore(f.first) && !m.isAfter(f.last)) {
                months.add(m);
            }
        }
        return months;
    }

    private static String example(Granularity g, YearMonth month) {
        return Period.containing(g, month).label();
    }

    private static PeriodMetrics compute(Figures f, Period period) {
        List<YearMonth> months = monthsInData(f, period);
        if (months.isEmpty()) {
            throw new HaircutException(period.label() + " is outside the data (" + f.first + " .. " + f.last + ")");
        }
        return PeriodMetrics.of(period, months.size(), new Calculation(f, months, Column.REPORTED).metrics(),
                new Calculation(f, months, Column.ADJUSTED).metrics());
    }

    /** One period's metrics on one column. Each method is one row of docs/methodology.md, "Unit economics"'s table. */
    private static final class Calculation {
        private final Figures f;
        private final List<YearMonth> months;
        private final Column column;
        private final String when;
        private final Map<Metric, MetricValue> out = new EnumMap<>(Metric.class);

        Calculation(Figures f, List<YearMonth> months, Column column) {
            this.f = f;
            this.months = months;
            this.column = column;
            YearMonth first = months.get(0);
            YearMonth last = months.get(months.size() - 1);
            this.when = first.equals(last) ? first.toString() : first + " .. " + last;
        }

        Map<Metric, MetricValue> metrics() {
            BigDecimal revenue = f.revenue(months, column);
            MetricValue revenueValue = negativeWarning(MetricValue.of(revenue), "negative: credit notes exceed revenue");
            put(Metric.REVENUE, f.hasForecast(months) ? revenueValue.withNote("includes forecast figures") : revenueValue);
            put(Metric.ARR, arr());
            MetricValue grossMargin = grossMargin(revenue);
            put(Metric.GROSS_MARGIN, grossMargin);
            MetricValue arpa = arpa(revenue);
            put(Metric.ARPA, arpa);
            MetricValue cac = cac();
            put(Metric.CAC, cac);
            put(Metric.CAC_PAYBACK, cacPayback(cac, arpa, grossMargin));
            MetricValue ltv = ltv(arpa, grossMargin);
            put(Metric.LTV, ltv);
            put(Metric.LTV_TO_CAC, ltvToCac(ltv, cac));
            put(Metric.NRR, nrr());
            MetricValue burn = netBurnTotal();
            put(Metric.NET_BURN, burn.isAvailable() ? MetricValue.of(perMonth(burn.value())) : burn);
            put(Metric.RUNWAY, runway(burn));
            put(Metric.BURN_MULTIPLE, burnMultiple(burn));
            put(Metric.FUNDING_RECEIVED, fundingReceived());
            Map<String, BigDecimal> groups = f.revenueByGroup(months, column);
            put(Metric.TOP_CUSTOMER_SHARE, topCustomerShare(revenue, groups));
            put(Metric.TOP5_SHARE, top5Share(revenue, groups));
            put(Metric.NON_CASH_SHARE, share(f.nonCash(months, column), revenue));
            put(Metric.RELATED_PARTY_SHARE, f.hasParties() ? share(f.related(months, column), revenue)
                    : MetricValue.unavailable("the Parties sheet is missing or empty, so related parties are unknown"));
            put(Metric.CREDIT_FUNDED_CLOUD_SHARE, creditFundedCloudShare());
            return out;
        }

        private void put(Metric metric, MetricValue value) {
            out.put(metric, value);
        }

        /**
         * ARR = the last period's revenue annualised: the last month x 12, a last quarter's figure x 4, a
         * year's figure as it is (12 / the months the figure covers). All revenue counts as recurring
         * (docs/methodology.md, "ARR": the layout cannot tell one-time revenue apart).
         */
        private MetricValue arr() {
            YearMonth last = months.get(months.size() - 1);
            int span = f.revenueSpan(last);
            MetricValue arr = negativeWarning(MetricValue.of(arrAt(last)), "negative: credit notes exceed revenue");
            return span == 1 ? arr : arr.withNote(span == 3 ? "last quarter x 4" : span == 12 ? "the year's revenue"
                    : "last " + span + " months x 12 / " + span);
        }

        /** Annualised revenue of the figure(s) ending in {@code month}: x 12 / the months they cover. */
        private BigDecimal arrAt(YearMonth month) {
            int span = f.revenueSpan(month);
            BigDecimal revenue = f.revenue(List.of(month), column);
            return span == 1 ? revenue.multiply(TWELVE) : revenue.multiply(TWELVE).divide(BigDecimal.valueOf(span), PRECISION);
        }

        /** Gross margin = (revenue - cost of revenue) / revenue; all cost of revenue, credit-paid too (docs/methodology.md, "Unit economics"). */
        private MetricValue grossMargin(BigDecimal revenue) {
            MetricValue cogs = f.cost(months, CostCategory.COST_OF_REVENUE);
            if (!cogs.isAvailable()) {
                return cogs;
            }
            if (revenue.signum() <= 0) {
                return MetricValue.unavailable("revenue is not positive in " + when);
            }
            BigDecimal margin = revenue.subtract(cogs.value()).divide(revenue, PRECISION);
            MetricValue value = MetricValue.of(margin);
            if (margin.compareTo(MINUS_ONE) < 0) {
                return value.withWarning("below -100%: cost of revenue is more than twice revenue; check the Costs sheet");
            }
            return margin.signum() < 0 ? value.withWarning("negative: cost of revenue exceeds revenue") : value;
        }

        /**
         * Monthly ARPA = revenue / average active customers / months = revenue / (sum of the months' Active);
         * for one month exactly docs/methodology.md, "Unit economics"'s revenue / average active customers.
         */
        private MetricValue arpa(BigDecimal revenue) {
            MetricValue activeMonths = f.customers(months, Figures.Customers::active);
            if (!activeMonths.isAvailable()) {
                return activeMonths;
            }
            if (activeMonths.value().signum() <= 0) {
                return MetricValue.unavailable("no active customers in " + when + " (Customers.Active is 0)");
            }
            return negativeWarning(MetricValue.of(revenue.divide(activeMonths.value(), PRECISION)), "negative: revenue is negative");
        }

        /** CAC = sales and marketing spend / new customers (docs/methodology.md, "Unit economics"); the same on both columns. */
        private MetricValue cac() {
            MetricValue spend = f.cost(months, CostCategory.SALES_MARKETING);
            if (!spend.isAvailable()) {
                return spend;
            }
            MetricValue added = f.customers(months, Figures.Customers::added);
            if (!added.isAvailable()) {
                return added;
            }
            if (added.value().signum() <= 0) {
                return MetricValue.unavailable("no new customers in " + when + " (Customers.New is 0), so CAC has no finite value");
            }
            return MetricValue.of(spend.value().divide(added.value(), PRECISION));
        }

        /** CAC payback (months) = CAC / (monthly ARPA x gross margin) (docs/methodology.md, "Unit economics"). */
        private MetricValue cacPayback(MetricValue cac, MetricValue arpa, MetricValue grossMargin) {
            MetricValue missing = firstUnavailable(cac, arpa, grossMargin);
            if (missing != null) {
                return missing;
            }
            BigDecimal grossProfitPerCustomer = arpa.value().multiply(grossMargin.value());
            if (grossProfitPerCustomer.signum() <= 0) {
                return MetricValue.unavailable("gross profit per customer is not positive in " + when + ", so CAC is never paid back");
            }
            return MetricValue.of(cac.value().divide(grossProfitPerCustomer, PRECISION));
        }

        /**
         * LTV = monthly ARPA x gross margin / monthly churn rate (docs/methodology.md, "Unit economics"). Monthly churn rate = customers
         * churned in the period / the sum over its months of customers at the start of the month
         * (Active - New + Churned), so LTV = ARPA x margin x start / churned.
         */
        private MetricValue ltv(MetricValue arpa, MetricValue grossMargin) {
            MetricValue churned = f.customers(months, Figures.Customers::churned);
            if (!churned.isAvailable()) {
                return churned;
            }
            if (churned.value().signum() <= 0) {
                return MetricValue.unavailable("no customers churned in " + when + ": churn is 0, so LTV has no finite value");
            }
            MetricValue atStart = f.customers(months, Figures.Customers::atStart);
            if (atStart.value().signum() <= 0) {
                return MetricValue.unavailable("no customers at the start of " + when + " (Active - New + Churned is 0)");
            }
            MetricValue missing = firstUnavailable(arpa, grossMargin);
            if (missing != null) {
                return missing;
            }
            BigDecimal churnRate = churned.value().divide(atStart.value(), PRECISION);
            BigDecimal ltv = arpa.value().multiply(grossMargin.value()).divide(churnRate, PRECISION);
            return negativeWarning(MetricValue.of(ltv), "negative: gross margin is negative");
        }

        /** LTV / CAC; below 3 is flagged (docs/methodology.md, "Unit economics": 3 or more is the usual bar). */
        private MetricValue ltvToCac(MetricValue ltv, MetricValue cac) {
            MetricValue missing = firstUnavailable(ltv, cac);
            if (missing != null) {
                return missing;
            }
            if (cac.value().signum() == 0) {
                return MetricValue.unavailable("CAC is 0 (no sales-marketing spend), so LTV / CAC has no finite value");
            }
            BigDecimal ratio = ltv.value().divide(cac.value(), PRECISION);
            MetricValue value = negativeWarning(MetricValue.of(ratio), "negative: LTV is negative");
            return ratio.compareTo(LTV_TO_CAC_BAR) < 0 ? value.withFlag("below 3 (the usual bar is 3 or more)") : value;
        }

        /**
         * NRR = (starting ARR + expansion - contraction - churn) / starting ARR on a fixed cohort (docs/methodology.md, "Unit economics"):
         * the cohort is every customer group with revenue on this column in the same months 12 months
         * earlier; NRR = the cohort's revenue now / its revenue then (expansion, contraction and churn are
         * the differences group by group, so they need not be split out).
         */
        private MetricValue nrr() {
            if (f.noCustomers().isPresent()) {
                return MetricValue.unavailable(f.noCustomers().get());
            }
            List<YearMonth> base = months.stream().map(m -> m.minusMonths(12)).toList();
            YearMonth baseFirst = base.get(0);
            if (baseFirst.isBefore(f.first)) {
                String baseWhen = baseFirst.equals(base.get(base.size() - 1)) ? baseFirst.toString()
                        : baseFirst + " .. " + base.get(base.size() - 1);
                return MetricValue.unavailable("needs revenue for " + baseWhen + ", 12 months earlier; the data starts "
                        + f.first + " (13 months of data at least)");
            }
            Map<String, BigDecimal> then = f.revenueByGroup(base, column);
            Map<String, BigDecimal> now = f.revenueByGroup(months, column);
            BigDecimal start = BigDecimal.ZERO;
            BigDecimal end = BigDecimal.ZERO;
            int cohort = 0;
            for (Map.Entry<String, BigDecimal> e : then.entrySet()) {
                if (e.getValue().signum() > 0) {
                    cohort++;
                    start = start.add(e.getValue());
                    end = end.add(now.getOrDefault(e.getKey(), BigDecimal.ZERO));
                }
            }
            if (cohort == 0) {
                return MetricValue.unavailable("no customer had revenue 12 months earlier, so there is no cohort");
            }
            String baseWhen = base.size() == 1 ? baseFirst.toString() : baseFirst + " .. " + base.get(base.size() - 1);
            return MetricValue.of(end.divide(start, PRECISION))
                    .withNote("cohort: " + cohort + " customer " + (cohort == 1 ? "group" : "groups") + " with revenue in " + baseWhen);
        }

        /**
         * Net burn over the period = cash out - cash in (docs/methodology.md, "Unit economics"), cash only: cash out is every cost
         * paid in cash (credit-paid costs are not cash out); cash in is revenue received in cash, from the
         * Cash view on Reported and from the Adjusted view (third-party cash) on Adjusted. Funding is
         * financing and is left out, so credits received as financing never count as cash.
         */
        private MetricValue netBurnTotal() {
            MetricValue cashOut = f.cashOut(months);
            if (!cashOut.isAvailable()) {
                return cashOut;
            }
            return MetricValue.of(cashOut.value().subtract(f.cashRevenue(months, column)));
        }

        private BigDecimal perMonth(BigDecimal total) {
            return total.divide(BigDecimal.valueOf(months.size()), PRECISION);
        }

        /** Runway (months) = cash at the end of the period (Cash sheet) / monthly net burn (docs/methodology.md, "Unit economics"). */
        private MetricValue runway(MetricValue burn) {
            if (!burn.isAvailable()) {
                return burn;
            }
            if (burn.value().signum() <= 0) {
                return MetricValue.unavailable("not burning cash");
            }
            MetricValue cash = f.cashBalance(months.get(months.size() - 1));
            if (!cash.isAvailable()) {
                return cash;
            }
            MetricValue runway = MetricValue.of(cash.value().divide(perMonth(burn.value()), PRECISION));
            if (cash.value().signum() <= 0) {
                return runway.withWarning("cash balance is not positive");
            }
            // Commitments still to pay are not in the burn to date, but part of them may already be in the costs
            // (cloud spend paid as it goes), so adding them to the burn would count that part twice. The note says
            // what falls due and points to coverage, which follows the commitments year by year
            // (docs/investors-and-coverage.md); it puts no second runway figure beside this one.
            YearMonth end = months.get(months.size() - 1);
            Money due = f.commitmentsDue(end, COMMITMENT_HORIZON);
            if (due.amount().signum() > 0) {
                runway = runway.withNote("binding commitments of " + due.grouped() + " fall due in the " + COMMITMENT_HORIZON
                        + " months after " + end + "; this runway is cash over the net burn to date and does not count them."
                        + " See coverage for the funding gap and the year the cash runs out under the commitments");
            }
            return runway;
        }

        /**
         * Burn multiple = net burn / net new ARR over the period (docs/methodology.md, "Unit economics", Sacks), net new ARR = ARR at
         * the period's last month - ARR at the month before the period; flagged with Sacks' band.
         */
        private MetricValue burnMultiple(MetricValue burn) {
            if (!burn.isAvailable()) {
                return burn;
            }
            if (burn.value().signum() <= 0) {
                return MetricValue.unavailable("not burning cash");
            }
            YearMonth before = months.get(0).minusMonths(1);
            if (before.isBefore(f.first)) {
                return MetricValue.unavailable("needs ARR at " + before + ", before the data starts (" + f.first + ")");
            }
            BigDecimal arrNow = arrAt(months.get(months.size() - 1));
            BigDecimal arrBefore = arrAt(before);
            BigDecimal netNewArr = arrNow.subtract(arrBefore);
            if (netNewArr.signum() <= 0) {
                return MetricValue.unavailable("ARR did not grow in " + when + " (net new ARR is not positive), so the burn bought no growth");
            }
            BigDecimal multiple = burn.value().divide(netNewArr, PRECISION);
            return MetricValue.of(multiple).withFlag(BurnMultipleBand.of(multiple).flag());
        }

        /**
         * Binding funding dated in the period: on Reported every form, as the company announces it; on
         * Adjusted only cash, since credits received as financing are not cash raised (docs/methodology.md, "Adjustments and their accounting basis").
         * Contingent amounts are in neither (docs/methodology.md, "Adjustments and their accounting basis": letters of intent are not money received).
         */
        private MetricValue fundingReceived() {
            if (!f.hasFunding()) {
                return MetricValue.unavailable("the Funding sheet is missing or empty");
            }
            BigDecimal total = BigDecimal.ZERO;
            for (FundingEntry e : f.funding()) {
                if (e.status() == Status.BINDING && months.contains(YearMonth.from(e.date()))
                        && (column == Column.REPORTED || e.form() == Settlement.CASH)) {
                    total = total.add(e.amount().amount());
                }
            }
            return MetricValue.of(total);
        }

        /** Revenue of the largest customer group / revenue (docs/methodology.md, "Unit economics"); 10% or more is flagged (ASC 280-10-50-42). */
        private MetricValue topCustomerShare(BigDecimal revenue, Map<String, BigDecimal> groups) {
            if (f.noCustomers().isPresent()) {
                return MetricValue.unavailable(f.noCustomers().get());
            }
            if (revenue.signum() <= 0) {
                return MetricValue.unavailable("revenue is not positive in " + when);
            }
            List<Map.Entry<String, BigDecimal>> ranked = ranked(groups);
            Map.Entry<String, BigDecimal> top = ranked.get(0);
            BigDecimal share = top.getValue().divide(revenue, PRECISION);
            MetricValue value = MetricValue.of(share).withNote("largest: " + f.groupName(top.getKey()));
            return share.compareTo(TOP_CUSTOMER_THRESHOLD) >= 0
                    ? value.withFlag("10% or more of revenue (ASC 280-10-50-42 major-customer disclosure threshold)") : value;
        }

        /** Revenue of the five largest customer groups / revenue. */
        private MetricValue top5Share(BigDecimal revenue, Map<String, BigDecimal> groups) {
            if (f.noCustomers().isPresent()) {
                return MetricValue.unavailable(f.noCustomers().get());
            }
            if (revenue.signum() <= 0) {
                return MetricValue.unavailable("revenue is not positive in " + when);
            }
            BigDecimal top = ranked(groups).stream().limit(TOP_N).map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            return MetricValue.of(top.divide(revenue, PRECISION));
        }

        /** Groups by revenue, largest first; ties by key so the result does not depend on map order. */
        private static List<Map.Entry<String, BigDecimal>> ranked(Map<String, BigDecimal> groups) {
            return groups.entrySet().stream()
                    .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .toList();
        }

        private MetricValue share(BigDecimal part, BigDecimal revenue) {
            if (revenue.signum() <= 0) {
                return MetricValue.unavailable("revenue is not positive in " + when);
            }
            return MetricValue.of(part.divide(revenue, PRECISION));
        }

        /** Cost of revenue paid with cloud credits / all cost of revenue; the same on both columns. */
        private MetricValue creditFundedCloudShare() {
            MetricValue cogs = f.cost(months, CostCategory.COST_OF_REVENUE);
            if (!cogs.isAvailable()) {
                return cogs;
            }
            if (cogs.value().signum() <= 0) {
                return MetricValue.unavailable("no cost of revenue in " + when);
            }
            return MetricValue.of(f.creditPaid(months, CostCategory.COST_OF_REVENUE).divide(cogs.value(), PRECISION));
        }

        private static MetricValue negativeWarning(MetricValue value, String warning) {
            return value.isAvailable() && value.value().signum() < 0 ? value.withWarning(warning) : value;
        }

        private static MetricValue firstUnavailable(MetricValue... inputs) {
            for (MetricValue v : inputs) {
                if (!v.isAvailable()) {
                    return MetricValue.unavailable(v.unavailable());
                }
            }
            return null;
        }
    }

}

package io.haircut.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.HaircutException;
import io.haircut.LedgerFixture;
import io.haircut.ledger.CostCategory;
import io.haircut.ledger.Granularity;
import io.haircut.ledger.Period;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Every metric on a small company whose figures are worked out by hand in the comments. The worked
 * example is February 2026:
 *
 * <pre>
 * Revenue                                         reported   cash   adjusted
 *   2025-02-10 Globex                    cash        100.00  100.00  100.00
 *   2025-02-12 Initech                   cash         50.00   50.00   50.00
 *   2025-02-15 Amazon Web Services, Inc. cash         30.00   30.00    0.00  related party (investor)
 *   2026-01-15 Globex                    cash        400.00  400.00  400.00
 *   2026-01-20 Initech                   cash        100.00  100.00  100.00
 *   2026-02-03 Globex                    cash        500.00  500.00  500.00
 *   2026-02-05 GLOBEX CORP.              cash        100.00  100.00  100.00  same group as Globex (normalised)
 *   2026-02-10 Umbrella                  cash        200.00  200.00  200.00
 *   2026-02-12 Amazon Web Services Inc   credit      150.00    0.00    0.00  credits: stripped at the cash step
 *   2026-02-14 Amazon Web Services, Inc. cash         50.00   50.00    0.00
 *   February 2026                                   1000.00  850.00  800.00
 *   January 2026                                     500.00  500.00  500.00
 *   February 2025                                    180.00  180.00  150.00
 *
 * Costs 2026-02: cost-of-revenue 300.00 cash + 100.00 credits; sales-marketing 120.00 cash;
 *                research-development 200.00 credits; general-admin 480.00 cash
 * Customers 2026-02: Active 4, New 2, Churned 1 (at the start of the month: 4 - 2 + 1 = 3)
 * Cash 2026-02: 5000.00
 * Funding: 2026-02-20 1000.00 cash binding, 500.00 credits binding, 9000.00 cash contingent;
 *          2025-06-01 2000.00 cash binding (another month)
 * </pre>
 */
class UnitEconomicsTest {

    private static final Period FEB_2026 = new Period(Granularity.MONTH, YearMonth.of(2026, 2));

    /** Revenue, parties and funding; no costs, customers or cash yet. */
    static LedgerFixture base() {
        return LedgerFixture.tinyCompany()
                .party("Amazon Web Services, Inc.", "Amazon", Relationship.INVESTOR)
                .party("Amazon.com, Inc.", "Amazon", Relationship.INVESTOR)
                .revenue("2025-02-10", "Globex", Settlement.CASH, "100.00")
                .revenue("2025-02-12", "Initech", Settlement.CASH, "50.00")
                .revenue("2025-02-15", "Amazon Web Services, Inc.", Settlement.CASH, "30.00")
                .revenue("2026-01-15", "Globex", Settlement.CASH, "400.00")
                .revenue("2026-01-20", "Initech", Settlement.CASH, "100.00")
                .revenue("2026-02-03", "Globex", Settlement.CASH, "500.00")
                .revenue("2026-02-05", "GLOBEX CORP.", Settlement.CASH, "100.00")
                .revenue("2026-02-10", "Umbrella", Settlement.CASH, "200.00")
                .revenue("2026-02-12", "Amazon Web Services Inc", Settlement.CLOUD_CREDIT, "150.00")
                .revenue("2026-02-14", "Amazon Web Services, Inc.", Settlement.CASH, "50.00")
                .funding("2025-06-01", "Seed Fund", "2000.00", Settlement.CASH, Status.BINDING)
                .funding("2026-02-20", "Amazon.com, Inc.", "1000.00", Settlement.CASH, Status.BINDING)
                .funding("2026-02-20", "Amazon.com, Inc.", "500.00", Settlement.CLOUD_CREDIT, Status.BINDING)
                .funding("2026-02-21", "Amazon.com, Inc.", "9000.00", Settlement.CASH, Status.CONTINGENT);
    }

    static LedgerFixture costs(LedgerFixture c, String generalAdmin) {
        return c.cost("2026-02", CostCategory.COST_OF_REVENUE, Settlement.CASH, "300.00")
                .cost("2026-02", CostCategory.COST_OF_REVENUE, Settlement.CLOUD_CREDIT, "100.00")
                .cost("2026-02", CostCategory.SALES_MARKETING, Settlement.CASH, "120.00")
                .cost("2026-02", CostCategory.RESEARCH_DEVELOPMENT, Settlement.CLOUD_CREDIT, "200.00")
                .cost("2026-02", CostCategory.GENERAL_ADMIN, Settlement.CASH, generalAdmin);
    }

    /** The worked example in the class comment. */
    static LedgerFixture worked() {
        return costs(base(), "480.00").customers("2026-02", 4, 2, 1).cash("2026-02", "5000.00");
    }

    private static PeriodMetrics feb(LedgerFixture c) {
        return UnitEconomics.of(c.adjusted(), FEB_2026);
    }

    @Test
    void revenueArrAndGrossMargin() {
        PeriodMetrics p = feb(worked());
        assertValues(p, Metric.REVENUE, "1000.00", "800.00");
        // ARR = last month's revenue x 12: 1000.00 x 12, 800.00 x 12
        assertValues(p, Metric.ARR, "12000.00", "9600.00");
        // cost of revenue = 300.00 cash + 100.00 paid with credits = 400.00 (margins count both)
        // reported (1000 - 400) / 1000 = 0.6; adjusted (800 - 400) / 800 = 0.5
        assertValues(p, Metric.GROSS_MARGIN, "0.6", "0.5");
        assertThat(p.difference(Metric.GROSS_MARGIN)).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("-0.1"));
        assertThat(p.difference(Metric.REVENUE)).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("-200.00"));
    }

    @Test
    void customerEconomics() {
        PeriodMetrics p = feb(worked());
        // ARPA = revenue / active customers: 1000 / 4 = 250; 800 / 4 = 200
        assertValues(p, Metric.ARPA, "250", "200");
        // CAC = sales-marketing / new customers = 120 / 2 = 60, on both sides
        assertValues(p, Metric.CAC, "60", "60");
        // payback = CAC / (ARPA x margin): 60 / (250 x 0.6 = 150) = 0.4; 60 / (200 x 0.5 = 100) = 0.6
        assertValues(p, Metric.CAC_PAYBACK, "0.4", "0.6");
        // churn = 1 churned / 3 at the start; LTV = ARPA x margin / churn: 150 / (1/3) = 450; 100 x 3 = 300
        assertValues(p, Metric.LTV, "450", "300");
        // LTV / CAC = 450 / 60 = 7.5; 300 / 60 = 5 (both at or over 3: no flag)
        assertValues(p, Metric.LTV_TO_CAC, "7.5", "5");
        assertThat(p.reported(Metric.LTV_TO_CAC).flags()).isEmpty();
    }

    @Test
    void nrrOnAFixedCohortOfCustomerGroups() {
        PeriodMetrics p = feb(worked());
        // Cohort: groups with revenue in 2025-02. Reported: Globex 100 + Initech 50 + Amazon 30 = 180;
        // the same groups in 2026-02: Globex 500 + 100 (GLOBEX CORP.) + Initech 0 (churned) + Amazon 150 + 50
        // = 800; Umbrella is new, so outside the cohort. NRR = 800 / 180 = 4.4444...
        assertThat(round(p.reported(Metric.NRR).value())).isEqualByComparingTo("4.4444444444");
        // Adjusted: Amazon's 30 is related-party, so the cohort is Globex 100 + Initech 50 = 150;
        // in 2026-02 Globex 600 + Initech 0 = 600; NRR = 600 / 150 = 4
        assertThat(p.adjusted(Metric.NRR).value()).isEqualByComparingTo("4");
        assertThat(p.reported(Metric.NRR).note()).isEqualTo("cohort: 3 customer groups with revenue in 2025-02");
        assertThat(p.adjusted(Metric.NRR).note()).isEqualTo("cohort: 2 customer groups with revenue in 2025-02");
    }

    @Test
    void cashTruthBurnRunwayAndBurnMultiple() {
        PeriodMetrics p = feb(worked());
        // cash out = costs paid in cash: 300 + 120 + 480 = 900 (credit-paid 100 + 200 are not cash out)
        // cash in, reported = the cash view 850; adjusted = third-party cash 800. Funding is not cash in.
        // net burn = 900 - 850 = 50; 900 - 800 = 100
        assertValues(p, Metric.NET_BURN, "50", "100");
        // runway = cash 5000 / 50 = 100 months; 5000 / 100 = 50
        assertValues(p, Metric.RUNWAY, "100", "50");
        // net new ARR = ARR(2026-02) - ARR(2026-01) = 12 x (1000 - 500) = 6000; 12 x (800 - 500) = 3600
        // burn multiple = 50 / 6000 = 0.008333...; 100 / 3600 = 0.027777...
        assertThat(round(p.reported(Metric.BURN_MULTIPLE).value())).isEqualByComparingTo("0.0083333333");
        assertThat(round(p.adjusted(Metric.BURN_MULTIPLE).value())).isEqualByComparingTo("0.0277777778");
        assertThat(p.reported(Metric.BURN_MULTIPLE).flags()).containsExactly("excellent (Sacks: under 1)");
    }

    @Test
    void commitmentsFallingDueAreNamedBesideTheRunwayAndPointToCoverage() {
        // The worked company (data to 2026-02, cash 5,000, net burn 50 and 100 a month) owes AWS 1,200 in 2026
        // and 2,400 in 2027 (binding), and 9,999 contingent in 2026 (not counted).
        PeriodMetrics p = feb(worked().commitment("AWS", 2026, "1200.00", Status.BINDING)
                .commitment("AWS", 2027, "2400.00", Status.BINDING).commitment("Azure", 2026, "9999.00", Status.CONTINGENT));
        // Due in the 12 months after 2026-02: March-December 2026, 10 x 1,200 / 12 = 1,000; January-February 2027,
        // 2 x 2,400 / 12 = 400; 1,400 in all, 116.666.. a month.
        // The runway itself stays cash / burn: 5,000 / 50 = 100 and 5,000 / 100 = 50 months.
        assertValues(p, Metric.RUNWAY, "100", "50");
        assertThat(p.reported(Metric.RUNWAY).note()).isEqualTo("binding commitments of USD 1,400.00 fall due in the 12 months "
                + "after 2026-02; this runway is cash over the net burn to date and does not count them. See coverage for the funding gap "
                + "and the year the cash runs out under the commitments");
        assertThat(p.adjusted(Metric.RUNWAY).note()).isEqualTo(p.reported(Metric.RUNWAY).note());
        assertThat(feb(worked()).reported(Metric.RUNWAY).note()).isNull();
    }

    @Test
    void fundingCreditsAreNotCashRaised() {
        PeriodMetrics p = feb(worked());
        // binding in 2026-02: reported 1000 cash + 500 credits = 1500; adjusted cash only = 1000;
        // the 9000 contingent and the 2025-06 round are in neither
        assertValues(p, Metric.FUNDING_RECEIVED, "1500.00", "1000.00");
    }

    @Test
    void concentrationAndQualityShares() {
        PeriodMetrics p = feb(worked());
        // groups, reported: Globex 600, Umbrella 200, Amazon 200 -> top 600 / 1000 = 0.6 (10% or more: flagged)
        assertValues(p, Metric.TOP_CUSTOMER_SHARE, "0.6", "0.75"); // adjusted: 600 / 800
        assertThat(p.reported(Metric.TOP_CUSTOMER_SHARE).flags())
                .containsExactly("10% or more of revenue (ASC 280-10-50-42 major-customer disclosure threshold)");
        assertThat(p.reported(Metric.TOP_CUSTOMER_SHARE).note()).isEqualTo("largest: Globex");
        // top 5 = all three groups: 1000 / 1000; 800 / 800
        assertValues(p, Metric.TOP5_SHARE, "1", "1");
        // non-cash: the 150 settled in credits / 1000 = 0.15; adjusted has none left: 0 / 800
        assertValues(p, Metric.NON_CASH_SHARE, "0.15", "0");
        // related party: Amazon 150 + 50 = 200 / 1000 = 0.2; adjusted 0 / 800
        assertValues(p, Metric.RELATED_PARTY_SHARE, "0.2", "0");
        // cost of revenue paid with credits 100 / all cost of revenue 400 = 0.25, on both sides
        assertValues(p, Metric.CREDIT_FUNDED_CLOUD_SHARE, "0.25", "0.25");
    }

    @Test
    void noCustomersSheetMakesTheCustomerMetricsUnavailable() {
        PeriodMetrics p = feb(costs(base(), "480.00").cash("2026-02", "5000.00"));
        for (Metric m : new Metric[] {Metric.ARPA, Metric.CAC, Metric.CAC_PAYBACK, Metric.LTV, Metric.LTV_TO_CAC}) {
            assertUnavailable(p, m, "the Customers sheet is missing or empty");
        }
        assertValues(p, Metric.GROSS_MARGIN, "0.6", "0.5"); // the rest stands
    }

    @Test
    void zeroChurnLeavesLtvUnavailableNotInfinite() {
        // Active 4, New 2, Churned 0: churn rate 0 / 2 = 0
        PeriodMetrics p = feb(costs(base(), "480.00").customers("2026-02", 4, 2, 0).cash("2026-02", "5000.00"));
        String reason = "no customers churned in 2026-02: churn is 0, so LTV has no finite value";
        assertUnavailable(p, Metric.LTV, reason);
        assertUnavailable(p, Metric.LTV_TO_CAC, reason);
        assertValues(p, Metric.CAC_PAYBACK, "0.4", "0.6"); // needs no churn
    }

    @Test
    void zeroNewCustomersLeavesCacUnavailable() {
        // Active 4, New 0, Churned 1: at the start 4 - 0 + 1 = 5, churn 1/5
        PeriodMetrics p = feb(costs(base(), "480.00").customers("2026-02", 4, 0, 1).cash("2026-02", "5000.00"));
        String reason = "no new customers in 2026-02 (Customers.New is 0), so CAC has no finite value";
        assertUnavailable(p, Metric.CAC, reason);
        assertUnavailable(p, Metric.CAC_PAYBACK, reason);
        assertUnavailable(p, Metric.LTV_TO_CAC, reason);
        // LTV = 150 / (1/5) = 750; 100 x 5 = 500
        assertValues(p, Metric.LTV, "750", "500");
    }

    @Test
    void notBurningCashLeavesRunwayAndBurnMultipleUnavailable() {
        // general-admin 0: cash out 300 + 120 + 0 = 420; net burn 420 - 850 = -430; 420 - 800 = -380
        PeriodMetrics p = feb(costs(base(), "0.00").customers("2026-02", 4, 2, 1).cash("2026-02", "5000.00"));
        assertValues(p, Metric.NET_BURN, "-430", "-380");
        assertThat(p.reported(Metric.NET_BURN).warnings()).isEmpty(); // generating cash is not a warning
        assertUnavailable(p, Metric.RUNWAY, "not burning cash");
        assertUnavailable(p, Metric.BURN_MULTIPLE, "not burning cash");
    }

    @Test
    void noCostsSheetLeavesEveryCostMetricUnavailable() {
        PeriodMetrics p = feb(base().customers("2026-02", 4, 2, 1).cash("2026-02", "5000.00"));
        for (Metric m : new Metric[] {Metric.GROSS_MARGIN, Metric.CAC, Metric.CAC_PAYBACK, Metric.LTV, Metric.LTV_TO_CAC,
            Metric.NET_BURN, Metric.RUNWAY, Metric.BURN_MULTIPLE, Metric.CREDIT_FUNDED_CLOUD_SHARE}) {
            assertUnavailable(p, m, "the Costs sheet is missing or empty");
        }
        assertValues(p, Metric.ARPA, "250", "200");
    }

    @Test
    void aMonthWithoutRowsIsNotAZero() {
        // costs and customers exist, but only for 2026-02; January has none
        PeriodMetrics jan = UnitEconomics.of(worked().adjusted(), new Period(Granularity.MONTH, YearMonth.of(2026, 1)));
        assertUnavailable(jan, Metric.GROSS_MARGIN, "Costs has no rows for 2026-01");
        assertUnavailable(jan, Metric.ARPA, "Customers has no row for 2026-01");
        assertUnavailable(jan, Metric.NET_BURN, "Costs has no rows for 2026-01");
        // a month with costs but no row of the category asked for; burning 400 + 1000 - 850 = 550 a month
        PeriodMetrics noSales = feb(base().cost("2026-02", CostCategory.COST_OF_REVENUE, Settlement.CASH, "400.00")
                .cost("2026-02", CostCategory.GENERAL_ADMIN, Settlement.CASH, "1000.00")
                .customers("2026-02", 4, 2, 1));
        assertValues(noSales, Metric.NET_BURN, "550", "600");
        assertUnavailable(noSales, Metric.CAC, "Costs has no sales-marketing rows for 2026-02");
        assertUnavailable(noSales, Metric.RUNWAY, "the Cash sheet is missing or empty");
    }

    @Test
    void missingFundingAndPartiesSheetsAreUnavailableNotZero() {
        LedgerFixture c = LedgerFixture.tinyCompany()
                .revenue("2026-01-10", "Globex", Settlement.CASH, "100.00")
                .revenue("2026-02-10", "Globex", Settlement.CASH, "200.00");
        PeriodMetrics p = feb(c);
        assertUnavailable(p, Metric.FUNDING_RECEIVED, "the Funding sheet is missing or empty");
        assertUnavailable(p, Metric.RELATED_PARTY_SHARE, "the Parties sheet is missing or empty, so related parties are unknown");
        // the data starts 2026-01: nothing 12 months earlier
        assertUnavailable(p, Metric.NRR, "needs revenue for 2025-02, 12 months earlier; the data starts 2026-01 (13 months of data at least)");
    }

    @Test
    void theFirstMonthHasNoNetNewArr() {
        LedgerFixture c = LedgerFixture.tinyCompany()
                .revenue("2026-02-10", "Globex", Settlement.CASH, "200.00")
                .cost("2026-02", CostCategory.COST_OF_REVENUE, Settlement.CASH, "500.00");
        PeriodMetrics p = feb(c);
        // net burn 500 - 200 = 300, but ARR before 2026-02 is unknown
        assertValues(p, Metric.NET_BURN, "300", "300");
        assertUnavailable(p, Metric.BURN_MULTIPLE, "needs ARR at 2026-01, before the data starts (2026-02)");
    }

    @Test
    void shrinkingArrLeavesBurnMultipleUnavailable() {
        LedgerFixture c = LedgerFixture.tinyCompany()
                .revenue("2026-01-10", "Globex", Settlement.CASH, "300.00")
                .revenue("2026-02-10", "Globex", Settlement.CASH, "200.00")
                .cost("2026-02", CostCategory.COST_OF_REVENUE, Settlement.CASH, "500.00");
        // net new ARR = 12 x (200 - 300) = -1200
        assertUnavailable(feb(c), Metric.BURN_MULTIPLE,
                "ARR did not grow in 2026-02 (net new ARR is not positive), so the burn bought no growth");
    }

    @Test
    void grossMarginBelowMinus100PercentCarriesAWarning() {
        LedgerFixture c = LedgerFixture.tinyCompany()
                .revenue("2026-02-10", "Globex", Settlement.CASH, "1000.00")
                .cost("2026-02", CostCategory.COST_OF_REVENUE, Settlement.CASH, "2500.00")
                .cost("2026-02", CostCategory.SALES_MARKETING, Settlement.CASH, "100.00")
                .customers("2026-02", 2, 1, 1);
        PeriodMetrics p = feb(c);
        // (1000 - 2500) / 1000 = -1.5
        assertValues(p, Metric.GROSS_MARGIN, "-1.5", "-1.5");
        assertThat(p.reported(Metric.GROSS_MARGIN).warnings())
                .containsExactly("below -100%: cost of revenue is more than twice revenue; check the Costs sheet");
        // ARPA 1000 / 2 = 500; gross profit per customer 500 x -1.5 = -750: never paid back
        assertUnavailable(p, Metric.CAC_PAYBACK, "gross profit per customer is not positive in 2026-02, so CAC is never paid back");
        // churn 1 / (2 - 1 + 1 = 2) = 0.5; LTV = -750 / 0.5 = -1500, shown with a warning
        assertValues(p, Metric.LTV, "-1500", "-1500");
        assertThat(p.reported(Metric.LTV).warnings()).containsExactly("negative: gross margin is negative");
        // a margin between 0 and -100% is negative, not absurd
        LedgerFixture mild = LedgerFixture.tinyCompany()
                .revenue("2026-02-10", "Globex", Settlement.CASH, "1000.00")
                .cost("2026-02", CostCategory.COST_OF_REVENUE, Settlement.CASH, "1200.00");
        assertThat(feb(mild).reported(Metric.GROSS_MARGIN).warnings()).containsExactly("negative: cost of revenue exceeds revenue");
    }

    @Test
    void ltvToCacBelowThreeIsFlagged() {
        // sales-marketing 600 instead of 120: CAC 600 / 2 = 300; LTV/CAC 450 / 300 = 1.5 and 300 / 300 = 1
        LedgerFixture c = base()
                .cost("2026-02", CostCategory.COST_OF_REVENUE, Settlement.CASH, "300.00")
                .cost("2026-02", CostCategory.COST_OF_REVENUE, Settlement.CLOUD_CREDIT, "100.00")
                .cost("2026-02", CostCategory.SALES_MARKETING, Settlement.CASH, "600.00")
                .customers("2026-02", 4, 2, 1);
        PeriodMetrics p = feb(c);
        assertValues(p, Metric.LTV_TO_CAC, "1.5", "1");
        assertThat(p.reported(Metric.LTV_TO_CAC).flags()).containsExactly("below 3 (the usual bar is 3 or more)");
    }

    @Test
    void exactlyTenPercentMeetsTheAsc280Threshold() {
        LedgerFixture c = LedgerFixture.tinyCompany();
        for (int i = 0; i < 10; i++) {
            c.revenue("2026-02-10", "Customer " + (char) ('A' + i), Settlement.CASH, "100.00");
        }
        PeriodMetrics p = feb(c);
        // each of ten has 100 / 1000 = 0.1: ASC 280-10-50-42 asks for disclosure at "10 percent or more"
        assertValues(p, Metric.TOP_CUSTOMER_SHARE, "0.1", "0.1");
        assertThat(p.reported(Metric.TOP_CUSTOMER_SHARE).flags())
                .containsExactly("10% or more of revenue (ASC 280-10-50-42 major-customer disclosure threshold)");
        assertValues(p, Metric.TOP5_SHARE, "0.5", "0.5"); // the top five have 500 / 1000
        // eleven customers: 100 / 1100 = 0.0909..., under the threshold
        c.revenue("2026-02-10", "Customer K", Settlement.CASH, "100.00");
        assertThat(feb(c).reported(Metric.TOP_CUSTOMER_SHARE).flags()).isEmpty();
    }

    @Test
    void burnMultipleBands() {
        // Sacks: under 1 excellent, 1-1.5 great, 1.5-2 good, 2-3 suspect, over 3 bad
        assertThat(BurnMultipleBand.of(new BigDecimal("0.99"))).isEqualTo(BurnMultipleBand.EXCELLENT);
        assertThat(BurnMultipleBand.of(new BigDecimal("1"))).isEqualTo(BurnMultipleBand.GREAT);
        assertThat(BurnMultipleBand.of(new BigDecimal("1.49"))).isEqualTo(BurnMultipleBand.GREAT);
        assertThat(BurnMultipleBand.of(new BigDecimal("1.5"))).isEqualTo(BurnMultipleBand.GOOD);
        assertThat(BurnMultipleBand.of(new BigDecimal("2"))).isEqualTo(BurnMultipleBand.SUSPECT);
        assertThat(BurnMultipleBand.of(new BigDecimal("3"))).isEqualTo(BurnMultipleBand.SUSPECT);
        assertThat(BurnMultipleBand.of(new BigDecimal("3.01"))).isEqualTo(BurnMultipleBand.BAD);
        assertThat(BurnMultipleBand.SUSPECT.flag()).isEqualTo("suspect (Sacks: 2 to 3)");
    }

    /**
     * A quarter, by hand:
     * <pre>
     * revenue (all cash, one customer): 2025-12 200, 2026-01 300, 2026-02 300, 2026-03 600 -> Q1 1200
     * cost of revenue 100, 100, 200 = 400; sales-marketing 30 a month = 90; general-admin 500 a month = 1500
     * customers: Jan A3 N1 C0 (start 2), Feb A3 N1 C1 (start 3), Mar A4 N1 C0 (start 3)
     * cash at the end of March: 2000
     * </pre>
     */
    @Test
    void aQuarterSumsItsMonths() {
        LedgerFixture c = LedgerFixture.tinyCompany().revenue("2025-12-15", "Globex", Settlement.CASH, "200.00")
                .revenue("2026-01-15", "Globex", Settlement.CASH, "300.00")
                .revenue("2026-02-15", "Globex", Settlement.CASH, "300.00")
                .revenue("2026-03-15", "Globex", Settlement.CASH, "600.00")
                .cash("2026-03", "2000.00");
        String[][] monthly = {{"2026-01", "100.00"}, {"2026-02", "100.00"}, {"2026-03", "200.00"}};
        for (String[] m : monthly) {
            c.cost(m[0], CostCategory.COST_OF_REVENUE, Settlement.CASH, m[1])
                    .cost(m[0], CostCategory.SALES_MARKETING, Settlement.CASH, "30.00")
                    .cost(m[0], CostCategory.GENERAL_ADMIN, Settlement.CASH, "500.00");
        }
        c.customers("2026-01", 3, 1, 0).customers("2026-02", 3, 1, 1).customers("2026-03", 4, 1, 0);
        PeriodMetrics q = UnitEconomics.of(c.adjusted(), new Period(Granularity.QUARTER, YearMonth.of(2026, 1)));
        assertThat(q.monthsInData()).isEqualTo(3);
        assertValues(q, Metric.REVENUE, "1200", "1200");
        assertValues(q, Metric.ARR, "7200", "7200"); // March 600 x 12
        // margin (1200 - 400) / 1200 = 2/3
        assertThat(round(q.reported(Metric.GROSS_MARGIN).value())).isEqualByComparingTo("0.6666666667");
        // monthly ARPA = 1200 / (3 + 3 + 4 customer-months) = 120
        assertValues(q, Metric.ARPA, "120", "120");
        // CAC = 90 / 3 new = 30; payback = 30 / (120 x 2/3 = 80) = 0.375
        assertValues(q, Metric.CAC, "30", "30");
        assertThat(round(q.reported(Metric.CAC_PAYBACK).value())).isEqualByComparingTo("0.375");
        // churn = 1 / (2 + 3 + 3) = 0.125; LTV = 80 / 0.125 = 640; LTV / CAC = 640 / 30 = 21.333...
        assertThat(round(q.reported(Metric.LTV).value())).isEqualByComparingTo("640");
        assertThat(round(q.reported(Metric.LTV_TO_CAC).value())).isEqualByComparingTo("21.3333333333");
        // net burn: cash out 400 + 90 + 1500 = 1990, cash in 1200 -> 790 over 3 months = 263.333... a month
        assertThat(round(q.reported(Metric.NET_BURN).value())).isEqualByComparingTo("263.3333333333");
        // runway = 2000 / 263.333... = 7.5949367089
        assertThat(round(q.reported(Metric.RUNWAY).value())).isEqualByComparingTo("7.5949367089");
        // net new ARR = 12 x (600 - December's 200) = 4800; burn multiple = 790 / 4800 = 0.1645833333
        assertThat(round(q.reported(Metric.BURN_MULTIPLE).value())).isEqualByComparingTo("0.1645833333");
    }

    @Test
    void theDefaultPeriodIsTheLastFullOneAndSaysSo() {
        LedgerFixture c = LedgerFixture.tinyCompany().revenue("2025-12-15", "Globex", Settlement.CASH, "200.00")
                .revenue("2026-03-15", "Globex", Settlement.CASH, "600.00");
        var months = UnitEconomics.report(c.adjusted(), null, PeriodSelection.LATEST);
        assertThat(months.periods()).extracting(p -> p.period().label()).containsExactly("2026-03");
        assertThat(months.selection()).isEqualTo("latest month in the data");
        // Q4 2025 has one month of data, Q1 2026 all three
        var quarters = UnitEconomics.report(c.adjusted(), Granularity.QUARTER, PeriodSelection.LATEST);
        assertThat(quarters.periods()).extracting(p -> p.period().label()).containsExactly("2026-Q1");
        assertThat(quarters.selection()).isEqualTo("last full quarter in the data");
        assertThat(quarters.revenue()).extracting(r -> r.period().label()).containsExactly("2025-Q4", "2026-Q1");
        // no year is full: the latest, marked partial
        var years = UnitEconomics.report(c.adjusted(), Granularity.YEAR, PeriodSelection.LATEST);
        assertThat(years.periods()).extracting(p -> p.period().label()).containsExactly("2026");
        assertThat(years.selection()).isEqualTo("latest year, partial: 3 of 12 months in the data");
        assertThat(years.periods().get(0).partial()).isTrue();
        // a period chosen implies the granularity; all gives every period
        assertThat(UnitEconomics.report(c.adjusted(), null, PeriodSelection.of(new Period(Granularity.QUARTER, YearMonth.of(2025, 10)))).periods().get(0).monthsInData()).isEqualTo(1);
        assertThat(UnitEconomics.report(c.adjusted(), null, PeriodSelection.ALL).periods()).hasSize(4); // 2025-12 .. 2026-03
    }

    @Test
    void badPeriodsAreOneLineErrors() {
        var adjusted = worked().adjusted();
        Period q1 = new Period(Granularity.QUARTER, YearMonth.of(2027, 1));
        assertThatThrownBy(() -> UnitEconomics.report(adjusted, null, PeriodSelection.of(q1))).isInstanceOf(HaircutException.class)
                .hasMessage("2027-Q1 is outside the data (2025-02 .. 2026-02); expected a quarter from 2025-Q1 to 2026-Q1");
        assertThatThrownBy(() -> UnitEconomics.report(adjusted, Granularity.MONTH,
                PeriodSelection.of(new Period(Granularity.QUARTER, YearMonth.of(2026, 1)))))
                .hasMessage("period '2026-Q1' is a quarter, but --by month was given; drop --by, or give a month such as 2026-02");
    }

    @Test
    void mixedCurrenciesAreRefusedNamingTheCell() {
        LedgerFixture c = LedgerFixture.tinyCompany().revenue("2026-02-10", "Globex", Settlement.CASH, "100.00");
        var ledger = c.ledger();
        var eur = new io.haircut.ledger.CostEntry(YearMonth.of(2026, 2), CostCategory.COST_OF_REVENUE,
                new io.haircut.ledger.Money(new BigDecimal("10.00"), "EUR"), Settlement.CASH,
                new io.haircut.ledger.SourceRef("tiny.xlsx", "Costs", 2, 2));
        var mixed = new io.haircut.ledger.Ledger(ledger.company(), ledger.files(), ledger.revenue(), java.util.List.of(eur),
                ledger.customers(), ledger.funding(), ledger.commitments(), ledger.parties(), ledger.cash());
        var adjusted = io.haircut.rules.applied.Adjuster.apply(mixed, io.haircut.rules.RuleSet.empty());
        assertThatThrownBy(() -> UnitEconomics.of(adjusted, FEB_2026)).isInstanceOf(HaircutException.class)
                .hasMessage("tiny.xlsx!Costs!C2 is in EUR but the metrics are in USD; haircut does not add different currencies yet: import one currency at a time");
    }

    @Test
    void aCommitmentInAnotherCurrencyIsRefusedNotLeftOutOfTheRunwayNote() {
        // The runway note adds the binding commitments due; a EUR year cannot be added to USD, nor silently dropped.
        var c = LedgerFixture.tinyCompany().revenue("2026-02-10", "Globex", Settlement.CASH, "100.00")
                .commitment(new io.haircut.ledger.Commitment("AWS", 2026, new io.haircut.ledger.Money(new BigDecimal("50.00"), "EUR"),
                        io.haircut.ledger.Status.BINDING, new io.haircut.ledger.SourceRef("tiny.xlsx", "Commitments", 4, 2)));
        var adjusted = io.haircut.rules.applied.Adjuster.apply(c.ledger(), io.haircut.rules.RuleSet.empty());
        assertThatThrownBy(() -> UnitEconomics.of(adjusted, FEB_2026)).isInstanceOf(HaircutException.class)
                .hasMessage("tiny.xlsx!Commitments!C4 is in EUR but the metrics are in USD; haircut does not add different currencies yet: import one currency at a time");
    }

    private static void assertValues(PeriodMetrics p, Metric m, String reported, String adjusted) {
        assertThat(p.reported(m).unavailable()).as(m + " reported").isNull();
        assertThat(p.adjusted(m).unavailable()).as(m + " adjusted").isNull();
        assertThat(p.reported(m).value()).as(m + " reported").isEqualByComparingTo(reported);
        assertThat(p.adjusted(m).value()).as(m + " adjusted").isEqualByComparingTo(adjusted);
    }

    private static void assertUnavailable(PeriodMetrics p, Metric m, String reason) {
        assertThat(p.reported(m).value()).as(m + " reported").isNull();
        assertThat(p.reported(m).unavailable()).as(m + " reported").isEqualTo(reason);
        assertThat(p.adjusted(m).unavailable()).as(m + " adjusted").isEqualTo(reason);
    }

    /** Ten decimals: enough to compare a repeating decimal worked by hand. */
    private static BigDecimal round(BigDecimal v) {
        return v.setScale(10, RoundingMode.HALF_EVEN);
    }
}

package io.haircut.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.HaircutException;
import io.haircut.LedgerFixture;
import io.haircut.ledger.FundingEntry;
import io.haircut.ledger.Money;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.SourceRef;
import io.haircut.ledger.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * Coverage counts each dollar once (docs/methodology.md, "Commitment coverage"): revenue already received is
 * in cash on hand, so cumulative coverage counts revenue and commitments after the base month only. Every
 * figure is worked out by hand in the comments.
 */
class BaseMonthTest {

    /**
     * Data to December 2025, 100 a month: LTM 1,200. Cash 3,000 and credits 500 at 2025-12. Amazon invested
     * 2,000 in cash and 400 in credits (binding) in 2025, and 5,000 contingent; AWS (Amazon's) is owed 2,000
     * a year 2026-2027.
     */
    private static LedgerFixture december() {
        return LedgerFixture.of("books", "books.xlsx")
                .monthly("2025-01", "2025-12", "Acme", "100.00")
                .party("Amazon.com, Inc.", "Amazon", Relationship.INVESTOR)
                .party("Amazon Web Services, Inc.", "Amazon", Relationship.INVESTOR)
                .funding("2025-03-01", "Amazon.com Inc", "2000.00", Settlement.CASH, Status.BINDING)
                .funding("2025-03-01", "Amazon.com Inc", "400.00", Settlement.CLOUD_CREDIT, Status.BINDING)
                .funding("2026-06-01", "Amazon.com Inc", "5000.00", Settlement.CASH, Status.CONTINGENT)
                .commitment("Amazon Web Services", 2026, "2000.00", Status.BINDING)
                .commitment("Amazon Web Services", 2027, "2000.00", Status.BINDING)
                .cash("2025-12", "3000.00", "500.00");
    }

    @Test
    void aDecemberBaseMonthCountsNoRevenueOfTheBaseYearAgain() {
        CoverageReport r = december().coverage("0.5");
        // 2026: projected 1,200 x 1.5 = 1,800; revenue coverage 1,800 / 2,000 = 0.9.
        //       cumulative (3,000 + 500 + 1,800) / 2,000 = 5,300 / 2,000 = 2.65 (the double count would add the LTM: 3.25).
        // 2027: 1,200 x 1.5^2 = 2,700; 2,700 / 2,000 = 1.35; (3,500 + 1,800 + 2,700) / 4,000 = 8,000 / 4,000 = 2.0.
        assertThat(r.years()).extracting(CoverageYear::year).containsExactly(2026, 2027);
        assertThat(r.years().get(0).projectedRevenue()).isEqualByComparingTo("1800");
        assertThat(shown(r.years().get(0).revenueCoverage())).isEqualTo("0.9000");
        assertThat(shown(r.years().get(0).cumulativeCoverage())).isEqualTo("2.6500");
        assertThat(r.years().get(1).projectedRevenue()).isEqualByComparingTo("2700");
        assertThat(shown(r.years().get(1).revenueCoverage())).isEqualTo("1.3500");
        assertThat(shown(r.years().get(1).cumulativeCoverage())).isEqualTo("2.0000");
        // Cash left: 3,500 + 1,800 - 2,000 = 3,300; then 3,300 + 2,700 - 2,000 = 4,000. No gap.
        assertThat(r.years().get(0).cashLeft()).isEqualByComparingTo("3300");
        assertThat(r.years().get(1).cashLeft()).isEqualByComparingTo("4000");
        assertThat(r.cashRunOutYear()).isEmpty();
        assertThat(r.firstShortfallYear()).contains(2026);
        assertThat(r.vendorFunding()).isNull();
    }

    @Test
    void aDecemberBaseMonthWithoutTheVendorsOwnMoney() {
        Scenario s = Scenario.constant("s", new BigDecimal("0.5")).leavingOutVendorFunding();
        CoverageReport r = december().coverage(s, CoverageOptions.bindingOnly());
        // AWS matches the Amazon group, which put in 2,000 cash and 400 credits (binding, before 2025-12; the
        // contingent 5,000 does not count): cash 3,000 - 2,000 = 1,000, credits 500 - 400 = 100.
        assertThat(r.vendorFunding().groups()).containsExactly("Amazon");
        assertThat(r.vendorFunding().cashRemoved()).isEqualByComparingTo("2000");
        assertThat(r.vendorFunding().creditsRemoved()).isEqualByComparingTo("400");
        assertThat(r.cashOnHand()).isEqualByComparingTo("1000");
        assertThat(r.unusedCredits()).isEqualByComparingTo("100");
        // 2026 cumulative (1,000 + 100 + 1,800) / 2,000 = 1.45; 2027 (1,100 + 4,500) / 4,000 = 1.4.
        assertThat(shown(r.years().get(0).cumulativeCoverage())).isEqualTo("1.4500");
        assertThat(shown(r.years().get(1).cumulativeCoverage())).isEqualTo("1.4000");
    }

    @Test
    void theVendorsFundingInAnotherCurrencyIsRefusedNotLeftOut() {
        // 1,000 EUR from Amazon cannot be taken out of a USD balance: leaving it out would overstate the cash.
        Scenario s = Scenario.constant("s", BigDecimal.ZERO).leavingOutVendorFunding();
        LedgerFixture books = december().funding(new FundingEntry(java.time.LocalDate.of(2025, 6, 1), "Amazon.com Inc",
                new Money(new BigDecimal("1000.00"), "EUR"), Settlement.CASH, Status.BINDING, new SourceRef("books.xlsx", "Funding", 9, 2)));
        assertThatThrownBy(() -> books.coverage(s, CoverageOptions.bindingOnly()))
                .isInstanceOf(HaircutException.class)
                .hasMessage("books.xlsx!Funding!C9 is in EUR but the cash balance is in USD; "
                        + "haircut does not add different currencies yet: import one currency at a time");
    }

    @Test
    void theVendorsCashIsFlooredAtZeroAndTheGapShowsTheYearTheCashRunsOut() {
        // Cash 1,500 < Amazon's 2,000: cash counted 0; credits 500 - 400 = 100. Growth 0: 1,200 a year.
        Scenario s = Scenario.constant("s", BigDecimal.ZERO).leavingOutVendorFunding();
        CoverageReport r = december().cash("2026-01", "1500.00", "500.00").coverage(s, CoverageOptions.bindingOnly());
        assertThat(r.cashOnHand()).isEqualByComparingTo("0");
        assertThat(r.vendorFunding().cashRemoved()).isEqualByComparingTo("1500");
        // 2026: 100 + 1,200 - 2,000 = -700: gap 700, cash left 0. 2027: 0 + 1,200 - 2,000: gap 800.
        assertThat(r.years().get(0).fundingGap()).isEqualByComparingTo("700");
        assertThat(r.years().get(0).cashLeft()).isEqualByComparingTo("0");
        assertThat(r.years().get(1).fundingGap()).isEqualByComparingTo("800");
        assertThat(r.fundingGap()).isEqualByComparingTo("1500");
        assertThat(r.cashRunOutYear()).contains(2026);
    }

    /**
     * Data May 2025 to April 2026: 100 a month to December 2025, then 200, 200, 300, 400 (January to April
     * 2026). LTM = 8 x 100 + 1,100 = 1,900. Cash 1,000 and credits 0 at 2026-04. Commitments 3,600 in 2026
     * and 4,000 in 2027.
     */
    private static LedgerFixture april() {
        return LedgerFixture.of("books", "books.xlsx")
                .monthly("2025-05", "2025-12", "Acme", "100.00")
                .revenue("2026-01-15", "Acme", Settlement.CASH, "200.00")
                .revenue("2026-02-15", "Acme", Settlement.CASH, "200.00")
                .revenue("2026-03-15", "Acme", Settlement.CASH, "300.00")
                .revenue("2026-04-15", "Acme", Settlement.CASH, "400.00")
                .party("Amazon.com, Inc.", "Amazon", Relationship.INVESTOR)
                .funding("2026-02-01", "AMAZON.COM INC.", "600.00", Settlement.CASH, Status.BINDING)
                .commitment("Amazon.com, Inc.", 2026, "3600.00", Status.BINDING)
                .commitment("Amazon.com, Inc.", 2027, "4000.00", Status.BINDING)
                .cash("2026-04", "1000.00", "0.00");
    }

    @Test
    void anAprilBaseMonthCountsItsActualMonthsAndProjectsOnlyTheRest() {
        CoverageReport r = april().coverage("0.25");
        assertThat(r.ltm().revenue()).isEqualByComparingTo("1900");
        // 2026: actual 200 + 200 + 300 + 400 = 1,100; the other 8 months at the April run rate (400 x 12 / 12 = 400 a
        // month) = 3,200; 2026 revenue 4,300; revenue coverage 4,300 / 3,600 = 1.1944.
        CoverageYear y2026 = r.years().get(0);
        assertThat(y2026.actualRevenue()).isEqualByComparingTo("1100");
        assertThat(y2026.revenueAfterBase()).isEqualByComparingTo("3200");
        assertThat(y2026.projectedRevenue()).isEqualByComparingTo("4300");
        assertThat(shown(y2026.revenueCoverage())).isEqualTo("1.1944");
        // Commitment still to pay in 2026: 3,600 x 8 / 12 = 2,400. Cumulative (1,000 + 0 + 3,200) / 2,400 = 1.75.
        assertThat(y2026.commitmentsAfterBase()).isEqualByComparingTo("2400");
        assertThat(shown(y2026.cumulativeCoverage())).isEqualTo("1.7500");
        // 2027: 4,300 x 1.25 = 5,375; 5,375 / 4,000 = 1.3438 (1.34375, half-even);
        //       cumulative (1,000 + 3,200 + 5,375) / (2,400 + 4,000) = 9,575 / 6,400 = 1.4961 (1.49609..).
        CoverageYear y2027 = r.years().get(1);
        assertThat(y2027.projectedRevenue()).isEqualByComparingTo("5375");
        assertThat(shown(y2027.revenueCoverage())).isEqualTo("1.3438");
        assertThat(shown(y2027.cumulativeCoverage())).isEqualTo("1.4961");
        // Cash left 1,000 + 3,200 - 2,400 = 1,800; then 1,800 + 5,375 - 4,000 = 3,175.
        assertThat(y2026.cashLeft()).isEqualByComparingTo("1800");
        assertThat(y2027.cashLeft()).isEqualByComparingTo("3175");
        assertThat(r.firstShortfallYear()).isEmpty();
        assertThat(r.baseYearLines()).hasSize(2);
        assertThat(r.baseYearLines().get(0)).contains("2026 counts its 4 actual months (1,100.00)")
                .contains("2026-04 x 12 = 4,800.00");
    }

    @Test
    void anAprilBaseMonthWithoutTheVendorsOwnMoney() {
        // "AMAZON.COM INC." normalises to the Amazon group's name: its 600 in cash comes out of the 1,000.
        CoverageReport r = april().coverage(Scenario.constant("s", new BigDecimal("0.25")).leavingOutVendorFunding(),
                CoverageOptions.bindingOnly());
        assertThat(r.cashOnHand()).isEqualByComparingTo("400");
        assertThat(r.vendorFunding().cashRemoved()).isEqualByComparingTo("600");
        assertThat(r.vendorFunding().unmatchedVendors()).isEmpty();
        // 2026 cumulative (400 + 3,200) / 2,400 = 1.5; 2027 (400 + 8,575) / 6,400 = 1.40234.. -> 1.4023.
        assertThat(shown(r.years().get(0).cumulativeCoverage())).isEqualTo("1.5000");
        assertThat(shown(r.years().get(1).cumulativeCoverage())).isEqualTo("1.4023");
    }

    @Test
    void aVendorThatOnlyLooksLikeAGroupIsNamedAndItsFundersMoneyStaysIn() {
        CoverageReport r = december().commitment("Amazonia Analytics", 2026, "100.00", Status.BINDING)
                .coverage(Scenario.constant("s", BigDecimal.ZERO).leavingOutVendorFunding(), CoverageOptions.bindingOnly());
        assertThat(r.vendorFunding().unmatchedVendors()).containsExactly("Amazonia Analytics (looks like Amazon, not matched)");
        assertThat(r.vendorFunding().cashRemoved()).isEqualByComparingTo("2000");
    }

    private static String shown(BigDecimal ratio) {
        return ratio.setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }
}

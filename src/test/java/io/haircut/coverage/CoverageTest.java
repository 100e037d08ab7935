package io.haircut.coverage;

import static io.haircut.LedgerFixture.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.HaircutException;
import io.haircut.LedgerFixture;
import io.haircut.ledger.Commitment;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.SourceRef;
import io.haircut.ledger.Status;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Coverage (docs/methodology.md, "Commitment coverage") on hand-built companies. Every expectation is worked out in the comments;
 * ratios are compared after rounding to 4 decimals, half-even, as they are shown.
 */
class CoverageTest {

    private static final MathContext MC = MathContext.DECIMAL128;

    /**
     * 100.00 a month through 2025: LTM 1,200.00, base year 2025. Binding commitments 1,000 (2025),
     * 1,500 (2026), 2,000 (2027); cash 300 and credits 200 at 2025-12.
     */
    private static LedgerFixture threeYears() {
        return LedgerFixture.of("books", "books.xlsx")
                .monthly("2025-01", "2025-12", "Acme Inc", "100.00")
                .commitment("AWS", 2025, "1000.00", Status.BINDING)
                .commitment("AWS", 2026, "1500.00", Status.BINDING)
                .commitment("AWS", 2027, "2000.00", Status.BINDING)
                .cash("2025-06", "999999.00", "999999.00") // older row: not used
                .cash("2025-12", "300.00", "200.00");
    }

    @Test
    void revenueAndCumulativeCoverageYearByYear() {
        CoverageReport r = threeYears().coverage("0.25");
        assertThat(r.baseYear()).isEqualTo(2025);
        assertThat(r.ltm().revenue()).isEqualByComparingTo("1200.00");
        assertThat(r.ltm().months()).isEqualTo(12);
        assertThat(r.cashOnHand()).isEqualByComparingTo("300.00");
        assertThat(r.unusedCredits()).isEqualByComparingTo("200.00");
        // The data ends in December: 2025's revenue is in the cash on hand and its commitment taken as paid from it,
        // so only 2026 and 2027 are counted (each dollar once).
        assertThat(r.years()).extracting(CoverageYear::year).containsExactly(2026, 2027);

        // 2026: 1,200 x 1.25 = 1,500; 1,500 / 1,500 = 1.0; cumulative (300 + 200 + 1,500) / 1,500 = 1.3333;
        //       credits pay min(200, 1,500) = 200: share 200 / 1,500 = 0.1333.
        assertYear(r.years().get(0), "1500", "1500", "1.0000", "1.3333", "0.1333");
        // 2027: 1,200 x 1.25^2 = 1,875; 1,875 / 2,000 = 0.9375; (500 + 1,500 + 1,875) / (1,500 + 2,000) = 3,875 / 3,500 = 1.1071.
        assertYear(r.years().get(1), "2000", "1875", "0.9375", "1.1071", "0.0000");
        // Cash left: 500 + 1,500 - 1,500 = 500 after 2026; 500 + 1,875 - 2,000 = 375 after 2027; no funding gap.
        assertThat(r.years().get(0).cashLeft()).isEqualByComparingTo("500");
        assertThat(r.years().get(1).cashLeft()).isEqualByComparingTo("375");
        assertThat(r.cashRunOutYear()).isEmpty();
        // Coverage of exactly 1.0 is not a shortfall; 2027 is the first year below 1.
        assertThat(r.firstShortfallYear()).contains(2027);
        assertThat(r.notes()).containsExactly("left out the 2025 commitments (1,000.00): 2025 ends with the data, so they are taken "
                + "as paid from the cash already counted");
    }

    @Test
    void creditsPayTheEarliestCommitmentsFirstUntilTheyRunOut() {
        CoverageReport r = threeYears().cash("2026-01", "0.00", "1200.00").coverage("0");
        // 1,200 of credits: 1,200 of 2026's 1,500 (1,200 / 1,500 = 0.8), none for 2027 (2025 is taken as paid).
        assertThat(r.years()).extracting(y -> shown(y.creditsShare())).containsExactly("0.8000", "0.0000");
        assertThat(r.years()).extracting(y -> y.creditsUsed().toPlainString()).containsExactly("1200.00", "0.00");
        assertThat(r.notes()).contains("cash and credits are from 2026-01, the latest Cash row; revenue runs to 2025-12");
    }

    @Test
    void breakEvenGrowthIsTheSmallestRateOnTheGridThatCoversEveryYear() {
        CoverageReport r = threeYears().coverage("0.25");
        // 2026 needs 1,200 (1 + g) >= 1,500: g >= 0.25; 2027 needs 1,200 (1 + g)^2 >= 2,000: g >= sqrt(5/3) - 1 = 0.290994..
        // so the smallest grid point is 0.2910.
        assertThat(r.breakEvenGrowth()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("0.2910"));
        assertThat(r.breakEvenGrowthAfterBaseYear()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("0.2910"));
        assertThat(r.breakEvenNote()).isNull();
        // Plugged back in: 1,200 x 1.2910^2 = 2,000.0172 covers 2027; 1,200 x 1.2909^2 = 1,999.7074 does not.
        BigDecimal g = r.breakEvenGrowth().orElseThrow();
        assertThat(threeYears().coverage(g.toPlainString()).firstShortfallYear()).isEmpty();
        assertThat(threeYears().coverage(g.subtract(new BigDecimal("0.0001")).toPlainString()).firstShortfallYear()).contains(2027);
    }

    @Test
    void breakEvenPlugsBackInOnManyGeneratedSchedules() {
        Random random = new Random(20260501L);
        int withBreakEven = 0;
        for (int n = 0; n < 300; n++) {
            BigDecimal ltm = BigDecimal.valueOf(1 + random.nextInt(1_000_000), 2);
            int base = 2026;
            SortedMap<Integer, BigDecimal> commitments = new TreeMap<>();
            commitments.put(base, ltm.multiply(BigDecimal.valueOf(random.nextInt(100) + 1, 2))); // covered at any growth
            for (int k = 0; k < 1 + random.nextInt(8); k++) {
                commitments.put(base + 1 + random.nextInt(12), BigDecimal.valueOf(1 + random.nextInt(50_000_000), 2));
            }
            BigDecimal decay = random.nextBoolean() ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(60), 2);
            var found = Coverage.breakEvenGrowth(ltm, base, commitments, decay);
            if (found.isEmpty()) {
                // Then not even 1000% covers: check that with the test's own arithmetic.
                assertThat(coversEveryYear(ltm, base, commitments, BigDecimal.TEN, decay)).isFalse();
                continue;
            }
            BigDecimal g = found.get();
            withBreakEven++;
            assertThat(g.scale()).isEqualTo(4);
            assertThat(coversEveryYear(ltm, base, commitments, g, decay)).as("covers at %s", g).isTrue();
            if (g.compareTo(new BigDecimal("-0.9999")) > 0) {
                assertThat(coversEveryYear(ltm, base, commitments, g.subtract(new BigDecimal("0.0001")), decay))
                        .as("short somewhere at %s - 0.0001", g).isFalse();
            }
        }
        assertThat(withBreakEven).as("cases with a break-even growth").isGreaterThan(100);
    }

    /** The test's own projection: LTM x prod(1 + g (1 - d)^(k-1)) over the years after the base year, against each commitment. */
    private static boolean coversEveryYear(BigDecimal ltm, int base, SortedMap<Integer, BigDecimal> commitments, BigDecimal g,
                                           BigDecimal decay) {
        for (var e : commitments.entrySet()) {
            BigDecimal factor = BigDecimal.ONE;
            BigDecimal rate = g;
            for (int k = 1; k <= e.getKey() - base; k++) {
                factor = factor.multiply(BigDecimal.ONE.add(rate), MC);
                rate = rate.multiply(BigDecimal.ONE.subtract(decay), MC);
            }
            if (ltm.multiply(factor, MC).divide(e.getValue(), MC).compareTo(BigDecimal.ONE) < 0) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aShortBaseYearLeavesNoBreakEvenButTheYearsAfterItHaveOne() {
        CoverageReport r = LedgerFixture.of("books", "books.xlsx")
                .monthly("2025-05", "2026-04", "Acme", "100.00")
                .commitment("AWS", 2026, "2400.00", Status.BINDING)
                .commitment("AWS", 2027, "1500.00", Status.BINDING)
                .coverage("0.40");
        // 2026 (data to April): 400 actual + 8 months x 100 = 1,200 < 2,400, whatever the growth;
        // 2027 needs 1,200 (1 + g) >= 1,500: g = 0.25 exactly.
        assertThat(r.breakEvenGrowth()).isEmpty();
        assertThat(r.breakEvenNote()).isEqualTo("no growth rate covers 2026: its revenue is its actual months plus the rest at the "
                + "latest run rate, whatever the growth");
        assertThat(r.breakEvenGrowthAfterBaseYear()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("0.2500"));
        assertThat(r.firstShortfallYear()).contains(2026);
    }

    @Test
    void noBreakEvenBeyondAThousandPercentAYear() {
        // 1,200 (1 + g) >= 14,400 needs g >= 11, above the 1000% (g = 10) bound.
        CoverageReport r = LedgerFixture.of("books", "books.xlsx")
                .monthly("2025-01", "2025-12", "Acme", "100.00")
                .commitment("AWS", 2026, "14400.00", Status.BINDING)
                .coverage("0.40");
        assertThat(r.breakEvenGrowth()).isEmpty();
        assertThat(r.breakEvenNote()).isEqualTo("even 1000% a year does not cover every year");
    }

    @Test
    void aContingentTrancheIsLeftOutUnlessIncluded() {
        LedgerFixture books = threeYears().commitment("Azure", 2026, "500.00", Status.CONTINGENT)
                .commitment("Rumoured", 2027, "9000.00", Status.REPORTED_UNCONFIRMED);
        Scenario s = Scenario.constant("s", new BigDecimal("0.25"));

        CoverageReport binding = books.coverage(s, CoverageOptions.bindingOnly());
        // As without the tranche: 2026 commitments 1,500, coverage 1.0.
        assertThat(binding.years().get(0).commitments()).isEqualByComparingTo("1500.00");
        assertThat(shown(binding.years().get(0).revenueCoverage())).isEqualTo("1.0000");
        assertThat(binding.included()).containsExactly(Status.BINDING);
        assertThat(binding.notes()).contains(
                "left out 1 contingent commitment (Azure 2026); add --include contingent to count it",
                "left out 1 reported-unconfirmed commitment (Rumoured 2027); add --include reported-unconfirmed to count it");

        CoverageReport withContingent = books.coverage(s, new CoverageOptions(EnumSet.of(Status.CONTINGENT), null));
        // 2026: 1,500 + 500 = 2,000; coverage 1,500 / 2,000 = 0.75, now the first shortfall.
        // Cumulative: (300 + 200 + 1,500) / 2,000 = 1.0 (2025 is taken as paid); credits 200 / 2,000 = 0.1.
        assertYear(withContingent.years().get(0), "2000", "1500", "0.7500", "1.0000", "0.1000");
        assertThat(withContingent.firstShortfallYear()).contains(2026);
        assertThat(withContingent.included()).containsExactly(Status.BINDING, Status.CONTINGENT);
        assertThat(withContingent.notes()).contains(
                "left out 1 reported-unconfirmed commitment (Rumoured 2027); add --include reported-unconfirmed to count it");

        CoverageReport all = books.coverage(s, new CoverageOptions(EnumSet.allOf(Status.class), null));
        // 2027: 2,000 + 9,000 = 11,000.
        assertThat(all.years().get(1).commitments()).isEqualByComparingTo("11000.00");
        assertThat(all.notes()).hasSize(1);
    }

    @Test
    void capacityIsCountedAtThePriceGivenAndTheAssumptionTravelsWithTheResult() {
        LedgerFixture books = threeYears()
                .commitment(Commitment.capacity("TPU", 2026, 2, new BigDecimal("2"), Status.BINDING, cell("Commitments", 9, 8)));
        // 2 GW x $100 per GW-year = 200 a year in 2026 and 2027: 2026 = 1,500 + 200 = 1,700; coverage 1,500 / 1,700 = 0.8824.
        CoverageReport r = books.coverage(Scenario.constant("s", new BigDecimal("0.25")),
                new CoverageOptions(Set.of(), new BigDecimal("100")));
        assertThat(r.years().get(0).commitments()).isEqualByComparingTo("1700");
        assertThat(shown(r.years().get(0).revenueCoverage())).isEqualTo("0.8824");
        assertThat(r.assumptions()).singleElement().satisfies(a -> {
            assertThat(a.vendor()).isEqualTo("TPU");
            assertThat(a.usdPerGwYear()).isEqualByComparingTo("100");
            assertThat(a.usdPerYear()).isEqualByComparingTo("200");
            assertThat(a.firstYear()).isEqualTo(2026);
            assertThat(a.lastYear()).isEqualTo(2027);
            assertThat(a.source().toString()).isEqualTo("books.xlsx!Commitments!I9");
        });
        assertThatThrownBy(() -> books.coverage("0.25")).isInstanceOf(HaircutException.class)
                .hasMessageContaining("books.xlsx!Commitments!I9: TPU's commitment is 2 GW a year (2026-2027); give --usd-per-gw-year");
    }

    @Test
    void aPriceWithNoCapacityToConvertIsSaidToBeUnused() {
        CoverageReport r = threeYears().coverage(Scenario.constant("s", BigDecimal.ZERO), new CoverageOptions(Set.of(), BigDecimal.TEN, "--usd-per-gw-year"));
        assertThat(r.assumptions()).isEmpty();
        assertThat(r.notes()).contains("--usd-per-gw-year was not used: no counted commitment is stated in GW");
    }

    @Test
    void growthThatDecaysEachYear() {
        // g = 50%, decay 20%: g_1 = 0.5, g_2 = 0.5 x 0.8 = 0.4, g_3 = 0.5 x 0.8^2 = 0.32.
        // Factors 1.5, 1.5 x 1.4 = 2.1, 2.1 x 1.32 = 2.772; x LTM 1,200 = 1,800, 2,520, 3,326.40.
        CoverageReport r = LedgerFixture.of("books", "books.xlsx")
                .monthly("2025-01", "2025-12", "Acme", "100.00")
                .commitment("AWS", 2026, "2000.00", Status.BINDING)
                .commitment("AWS", 2027, "2520.00", Status.BINDING)
                .commitment("AWS", 2028, "3000.00", Status.BINDING)
                .coverage(new Scenario("slowing", new BigDecimal("0.5"), new BigDecimal("0.2"), false, Basis.ADJUSTED),
                        CoverageOptions.bindingOnly());
        assertThat(r.years()).extracting(y -> y.growth().stripTrailingZeros().toPlainString()).containsExactly("0.5", "0.4", "0.32");
        assertThat(r.years()).extracting(y -> y.projectedRevenue().stripTrailingZeros().toPlainString())
                .containsExactly("1800", "2520", "3326.4");
        // 1,800 / 2,000 = 0.9 short; 2,520 / 2,520 = 1; 3,326.4 / 3,000 = 1.1088.
        assertThat(r.years()).extracting(y -> shown(y.revenueCoverage())).containsExactly("0.9000", "1.0000", "1.1088");
        assertThat(r.firstShortfallYear()).contains(2026);
        // Break-even keeps the decay: 2026 alone needs 1,200 (1 + g) >= 2,000, g >= 0.6667 (2/3 rounded up to the grid);
        // then 2027: 1.6667 x (1 + 0.6667 x 0.8) = 2.5556.. x 1,200 = 3,066 >= 2,520 and 2028 follows.
        assertThat(r.breakEvenGrowth()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("0.6667"));
    }

    @Test
    void withoutTheTopCustomerGroupTheGroupIsTakenFromTheParties() {
        // A month: Acme Inc 50 + ACME, Inc. 30 (one name once normalised: 80), Globex LLC 60 + Initech 40 (one Parties group,
        // "Globex": 100), Beta 20. The largest group is Globex, 100 x 12 = 1,200 of 200 x 12 = 2,400; LTM without it 1,200.
        LedgerFixture books = LedgerFixture.of("books", "books.xlsx")
                .monthly("2025-01", "2025-12", "Acme Inc", "50.00")
                .monthly("2025-01", "2025-12", "ACME, Inc.", "30.00")
                .monthly("2025-01", "2025-12", "Globex LLC", "60.00")
                .monthly("2025-01", "2025-12", "Initech", "40.00")
                .monthly("2025-01", "2025-12", "Beta", "20.00")
                .party("Globex LLC", "Globex", Relationship.OTHER)
                .party("Initech", "Globex", Relationship.OTHER)
                .commitment("AWS", 2026, "1500.00", Status.BINDING);
        CoverageReport r = books.coverage(new Scenario("no-top", new BigDecimal("0.25"), BigDecimal.ZERO, true, Basis.ADJUSTED),
                CoverageOptions.bindingOnly());
        assertThat(r.ltm().removedGroup()).isEqualTo("Globex");
        assertThat(r.ltm().removedAmount()).isEqualByComparingTo("1200.00");
        assertThat(r.ltm().sum()).isEqualByComparingTo("2400.00");
        assertThat(r.ltm().revenue()).isEqualByComparingTo("1200.00");
        // 1,200 x 1.25 = 1,500 against 1,500: exactly covered.
        assertThat(shown(r.years().get(0).revenueCoverage())).isEqualTo("1.0000");
    }

    @Test
    void withoutTheTopCustomerNamesAreMergedByNormalisationWhenNoGroupIsGiven() {
        // Acme Inc 50 + ACME, Inc. 30 = 80 a month beats Globex LLC's 60: Acme's 960 for the year is removed, 2,400 - 960 = 1,440.
        LedgerFixture books = LedgerFixture.of("books", "books.xlsx")
                .monthly("2025-01", "2025-12", "Acme Inc", "50.00")
                .monthly("2025-01", "2025-12", "ACME, Inc.", "30.00")
                .monthly("2025-01", "2025-12", "Globex LLC", "60.00")
                .monthly("2025-01", "2025-12", "Initech", "40.00")
                .monthly("2025-01", "2025-12", "Beta", "20.00")
                .commitment("AWS", 2026, "1500.00", Status.BINDING);
        CoverageReport r = books.coverage(new Scenario("no-top", BigDecimal.ZERO, BigDecimal.ZERO, true, Basis.ADJUSTED),
                CoverageOptions.bindingOnly());
        assertThat(r.ltm().removedGroup()).isEqualTo("Acme Inc"); // its spelling with the most revenue: 50 a month against 30
        assertThat(r.ltm().removedAmount()).isEqualByComparingTo("960.00");
        assertThat(r.ltm().revenue()).isEqualByComparingTo("1440.00");
        // Its share: 960 / 2,400 = 0.4.
        assertThat(r.ltm().removedShare(MC)).isEqualByComparingTo("0.4");
    }

    @Test
    void reportedBasisCountsWhatTheRulesStrip() {
        // Each month 100 in cash and 50 settled in cloud credits; the credit rule strips the 50 from the adjusted view.
        LedgerFixture books = LedgerFixture.of("books", "books.xlsx")
                .monthly("2025-01", "2025-12", "Acme", "100.00")
                .commitment("AWS", 2026, "1500.00", Status.BINDING)
                .rule(LedgerFixture.cloudCreditStrip());
        for (int m = 1; m <= 12; m++) {
            books.revenue(String.format("2025-%02d-20", m), "Acme", Settlement.CLOUD_CREDIT, "50.00");
        }
        CoverageReport adjusted = books.coverage(Scenario.constant("a", new BigDecimal("0.25")), CoverageOptions.bindingOnly());
        CoverageReport reported = books.coverage(new Scenario("r", new BigDecimal("0.25"), BigDecimal.ZERO, false, Basis.REPORTED),
                CoverageOptions.bindingOnly());
        // Adjusted LTM 1,200: 1,200 x 1.25 / 1,500 = 1.0. Reported LTM 1,800: 1,800 x 1.25 / 1,500 = 1.5.
        assertThat(adjusted.ltm().revenue()).isEqualByComparingTo("1200");
        assertThat(reported.ltm().revenue()).isEqualByComparingTo("1800");
        assertThat(shown(adjusted.years().get(0).revenueCoverage())).isEqualTo("1.0000");
        assertThat(shown(reported.years().get(0).revenueCoverage())).isEqualTo("1.5000");
    }

    @Test
    void theLtmIsTheLastTwelveMonthsEvenWhenThereAreMore() {
        // 2024 at 10 a month is outside the window that ends 2025-12: LTM = 12 x 100.
        CoverageReport r = threeYears().monthly("2024-01", "2024-12", "Old", "10.00").coverage("0");
        assertThat(r.ltm().from()).hasToString("2025-01");
        assertThat(r.ltm().revenue()).isEqualByComparingTo("1200.00");
    }

    @Test
    void fewerThanTwelveMonthsAreAnnualisedAndSaidSo() {
        // Three months of 100 (2026-01..03): (300) x 12 / 3 = 1,200.
        CoverageReport r = LedgerFixture.of("books", "books.xlsx")
                .monthly("2026-01", "2026-03", "Acme", "100.00")
                .commitment("AWS", 2026, "600.00", Status.BINDING)
                .coverage("0.1");
        assertThat(r.ltm().months()).isEqualTo(3);
        assertThat(r.ltm().annualised()).isTrue();
        assertThat(r.ltm().revenue()).isEqualByComparingTo("1200");
        assertThat(shown(r.years().get(0).revenueCoverage())).isEqualTo("2.0000");
        assertThat(r.notes()).contains("only 3 months of revenue (2026-01 .. 2026-03): the LTM is their sum x 12 / 3",
                "no Cash sheet: cumulative coverage counts no cash on hand and no unused credits");
    }

    @Test
    void commitmentsBeforeTheBaseYearAreLeftOutWithANote() {
        CoverageReport r = threeYears().commitment("AWS", 2024, "5000.00", Status.BINDING).coverage("0.25");
        assertThat(r.years()).extracting(CoverageYear::year).containsExactly(2026, 2027);
        assertThat(r.notes()).contains("left out commitments before 2025, the base year (AWS 2024): they fall before the LTM ends "
                + "and are taken as paid from the cash already counted");
    }

    @Test
    void yearsWithoutCommitmentsStillEarnRevenueForTheCumulativeCoverage() {
        // Commitments in 2025 (1,000, taken as paid: the data ends in December) and 2027 (2,000), growth 0:
        // cumulative 2027 = (500 + 1,200 for 2026 + 1,200 for 2027) / 2,000 = 1.45.
        CoverageReport r = LedgerFixture.of("books", "books.xlsx")
                .monthly("2025-01", "2025-12", "Acme", "100.00")
                .commitment("AWS", 2025, "1000.00", Status.BINDING)
                .commitment("AWS", 2027, "2000.00", Status.BINDING)
                .cash("2025-12", "300.00", "200.00")
                .coverage("0");
        assertThat(r.years()).extracting(CoverageYear::year).containsExactly(2027);
        assertThat(shown(r.years().get(0).cumulativeCoverage())).isEqualTo("1.4500");
    }

    @Test
    void noCommitmentsToCoverIsAnError() {
        assertThatThrownBy(() -> LedgerFixture.of("books", "books.xlsx").monthly("2025-01", "2025-12", "Acme", "1.00").coverage("0"))
                .isInstanceOf(HaircutException.class)
                .hasMessage("no binding commitments after 2025-12 to cover; the Commitments sheet is missing or empty (see samples/README.md)");
        assertThatThrownBy(() -> LedgerFixture.of("books", "books.xlsx").monthly("2025-01", "2025-12", "Acme", "1.00")
                .commitment("AWS", 2026, "10.00", Status.CONTINGENT).coverage("0"))
                .hasMessage("no binding commitments after 2025-12 to cover: left out 1 contingent commitment (AWS 2026); "
                        + "add --include contingent to count it");
    }

    @Test
    void aCashSheetInAnotherCurrencyIsRefused() {
        var ledger = threeYears().ledger();
        var eur = new io.haircut.ledger.CashBalance(java.time.YearMonth.of(2026, 1), new io.haircut.ledger.Money(BigDecimal.ONE, "EUR"),
                new io.haircut.ledger.Money(BigDecimal.ONE, "EUR"), cell("Cash", 9, 1));
        var withEur = new io.haircut.ledger.Ledger("x", List.of(), ledger.revenue(), List.of(), List.of(), List.of(),
                ledger.commitments(), ledger.parties(), List.of(eur));
        assertThatThrownBy(() -> Coverage.of(io.haircut.rules.applied.Adjuster.apply(withEur, io.haircut.rules.RuleSet.empty()),
                Scenario.constant("s", BigDecimal.ZERO), CoverageOptions.bindingOnly()))
                .hasMessage("books.xlsx!Cash!B9 is in EUR but the revenue is in USD; haircut does not add different currencies yet: import one currency at a time");
    }

    private static void assertYear(CoverageYear y, String commitments, String projected, String coverage, String cumulative,
                                   String creditsShare) {
        assertThat(y.commitments()).as("commitments %d", y.year()).isEqualByComparingTo(commitments);
        assertThat(y.projectedRevenue()).as("projected %d", y.year()).isEqualByComparingTo(projected);
        assertThat(shown(y.revenueCoverage())).as("revenue coverage %d", y.year()).isEqualTo(coverage);
        assertThat(shown(y.cumulativeCoverage())).as("cumulative coverage %d", y.year()).isEqualTo(cumulative);
        assertThat(shown(y.creditsShare())).as("credits share %d", y.year()).isEqualTo(creditsShare);
    }

    private static String shown(BigDecimal ratio) {
        return ratio.setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static SourceRef cell(String sheet, int row, int column) {
        return new SourceRef("books.xlsx", sheet, row, column);
    }
}

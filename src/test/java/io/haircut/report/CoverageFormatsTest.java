package io.haircut.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.coverage.Basis;
import io.haircut.coverage.CapacityAssumption;
import io.haircut.coverage.CoverageReport;
import io.haircut.coverage.CoverageYear;
import io.haircut.coverage.Ltm;
import io.haircut.coverage.Scenario;
import io.haircut.ledger.SourceRef;
import io.haircut.ledger.Status;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Coverage output on a report written out by hand: rounding happens here, keys come in the promised order. */
class CoverageFormatsTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    /** LTM 1,200; 2025 commitments 1,000 (coverage 1.2), 2026 commitments 1,500 at 25% growth (coverage 1.0). */
    private static CoverageReport report(Optional<BigDecimal> breakEven, List<CapacityAssumption> assumptions) {
        Ltm ltm = new Ltm(Basis.ADJUSTED, YearMonth.of(2025, 1), YearMonth.of(2025, 12), 12, d("1200.00"), null, BigDecimal.ZERO, d("1200.00"));
        return new CoverageReport(Scenario.constant("base", d("0.25")), "USD", ltm, d("300.00"), d("200.00"), YearMonth.of(2025, 12),
                List.of(Status.BINDING),
                List.of(
                        new CoverageYear(2025, d("0"), d("1000.00"), d("1200.00"), d("1.2"), d("1200.00"), d("1000.00"), d("1.7"),
                                d("200.00"), d("0.2")),
                        new CoverageYear(2026, d("0.25"), d("1500.00"), d("1500.0000"), d("1"), d("2700.00"), d("2500.00"),
                                d("1.28"), d("0.00"), d("0")),
                        new CoverageYear(2027, d("0.25"), d("2000.00"), d("1875.000000"), d("0.9375"), d("4575.00"), d("4500.00"),
                                d("1.12777777777777777777777777777778"), d("0.00"), d("0"))),
                Optional.of(2027), breakEven, breakEven, breakEven.isPresent() ? null : "even 1000% a year does not cover every year",
                assumptions, List.of("a note"));
    }

    @Test
    void jsonHasTheDocumentedKeysInOrderThenTheExtras() {
        String json = JsonRenderer.text(CoverageFormats.report(report(Optional.of(d("0.2910")), List.of())));
        assertThat(json).startsWith("""
                {
                  "basis": "adjusted",
                  "growth": "0.2500",
                  "years": [
                    {
                      "year": 2025,
                      "commitments": "1000.00",
                      "projectedRevenue": "1200.00",
                      "revenueCoverage": "1.2000",
                      "cumulativeCoverage": "1.7000",
                      "creditsShare": "0.2000",
                      "growth": "0.0000",
                      "actualRevenue": "0.00",
                      "revenueAfterBase": "1200.00",
                      "commitmentsAfterBase": "1000.00",
                      "cashLeft": "0.00",
                      "fundingGap": "0.00"
                    },
                """);
        assertThat(json).contains("""
                      "cumulativeCoverage": "1.1278",
                """);
        assertThat(json).contains("""
                  ],
                  "firstShortfallYear": 2027,
                  "breakEvenGrowth": "0.2910",
                  "breakEvenGrowthAfterBaseYear": "0.2910",
                  "breakEvenNote": null,
                  "scenario": "base",
                  "decay": "0.0000",
                  "withoutTopCustomer": null,
                  "currency": "USD",
                  "baseYear": 2025,
                  "ltm": {
                    "from": "2025-01",
                    "to": "2025-12",
                    "months": 12,
                    "revenue": "1200.00"
                  },
                  "cashOnHand": "300.00",
                  "unusedCredits": "200.00",
                  "cashMonth": "2025-12",
                  "included": [
                    "binding"
                  ],
                  "assumptions": [],
                  "notes": [
                    "a note"
                  ],
                  "cashRunOutYear": null,
                  "fundingGap": "0.00",
                  "baseYearAssumptions": [],
                  "withoutVendorFunding": null
                }
                """);
    }

    @Test
    void noBreakEvenIsNullInJsonAndNoneWithItsReasonInTheTable() {
        CoverageReport r = report(Optional.empty(), List.of());
        assertThat(JsonRenderer.text(CoverageFormats.report(r))).contains("\"breakEvenGrowth\": null,\n  \"breakEvenGrowthAfterBaseYear\": null,\n"
                + "  \"breakEvenNote\": \"even 1000% a year does not cover every year\",");
        assertThat(ScreenRenderer.text(CoverageFormats.report(r))).contains("Break-even growth: none (even 1000% a year does not cover every year)\n");
    }

    @Test
    void theTableRoundsOnceAndTheChartMarksOnePointZero() {
        String table = ScreenRenderer.text(CoverageFormats.report(report(Optional.of(d("0.2910")), List.of())));
        assertThat(table).startsWith("""
                Commitment coverage (USD): scenario base, growth 25.00% a year, adjusted revenue
                LTM adjusted revenue 2025-01 .. 2025-12: 1,200.00; base year 2025
                Cash on hand 300.00 and unused credits 200.00 at 2025-12
                Counting binding commitments

                Year  Growth  Commitments   Projected revenue   Revenue coverage  Cumulative coverage  Credits share  Cash left   Funding gap
                2025       -     1,000.00            1,200.00             1.2000               1.7000         0.2000       0.00          0.00
                2026  25.00%     1,500.00            1,500.00             1.0000               1.2800         0.0000       0.00          0.00
                2027  25.00%     2,000.00            1,875.00             0.9375               1.1278         0.0000       0.00          0.00

                First shortfall year: 2027
                Cash runs out: not by 2027, the last commitment year (cash, credits and projected revenue pay every year)
                Break-even growth: 29.10%
                Break-even growth after 2025: 29.10%
                """);
        // 1.2 / 0.05 = 24 marks: 20 up to the 1.0 line, 4 beyond; 1.0 is exactly 20; 0.9375 / 0.05 = 18.75, 18 marks.
        assertThat(table).contains("""
                Revenue coverage by year (# = 0.05, | = 1.0)
                2025  ####################|####                   1.2000
                2026  ####################|                       1.0000
                2027  ##################  |                       0.9375
                """);
        assertThat(table).endsWith("\nNote: a note\n");
    }

    @Test
    void theGigawattPriceIsPrintedWithEveryFormThatUsedIt() {
        CapacityAssumption a = new CapacityAssumption("TPU", d("5"), 2027, 2031, d("2000000000"), d("10000000000"),
                new SourceRef("f.xlsx", "Commitments", 7, 8));
        CoverageReport r = report(Optional.empty(), List.of(a));
        String said = "TPU 5 GW a year 2027-2031 at USD 2,000,000,000.00 per GW-year (--usd-per-gw-year, your figure) "
                + "= USD 10,000,000,000.00 a year (f.xlsx!Commitments!I7)";
        assertThat(ScreenRenderer.text(CoverageFormats.report(r))).contains("Assumption: " + said + "\n");
        assertThat(ScreenRenderer.text(CoverageFormats.report(List.of(r, r)))).contains("Assumption: " + said + "\n");
        assertThat(JsonRenderer.text(CoverageFormats.report(r))).contains("\"usdPerGwYear\": \"2000000000.00\",\n      \"usdPerYear\": \"10000000000.00\"");
        assertThat(CsvRenderer.text(CoverageFormats.report(List.of(r)))).startsWith("""
                scenario,basis,growth,decay,withoutTopCustomer,year,commitments,projectedRevenue,revenueCoverage,cumulativeCoverage,creditsShare,usdPerGwYear,actualRevenue,revenueAfterBase,commitmentsAfterBase,cashLeft,fundingGap,withoutVendorFunding
                base,adjusted,0.2500,0.0000,,2025,1000.00,1200.00,1.2000,1.7000,0.2000,2000000000.00,0.00,1200.00,1000.00,0.00,0.00,false
                """);
    }

    @Test
    void scenariosSideBySide() {
        String table = ScreenRenderer.text(CoverageFormats.report(List.of(report(Optional.of(d("0.2910")), List.of()))));
        assertThat(table).contains("Revenue coverage\n").contains("Cumulative coverage\n");
        assertThat(table).containsPattern("2027 +2,000.00 +0\\.9375\n");
        assertThat(table).containsPattern("2027 +2,000.00 +1\\.1278\n");
        assertThat(table).containsPattern("Break-even growth +29\\.10%\n");
        assertThat(table).containsPattern("First shortfall year +2027\n");
    }
}

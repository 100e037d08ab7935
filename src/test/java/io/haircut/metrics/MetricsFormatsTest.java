package io.haircut.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.haircut.LedgerFixture;
import io.haircut.report.CsvRenderer;
import io.haircut.report.JsonRenderer;
import io.haircut.report.MetricsFormats;
import io.haircut.report.ScreenRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked example of {@link UnitEconomicsTest} (February 2026) rendered as JSON (a golden file whose
 * values were worked out by hand, see the comments there), CSV and the terminal table.
 */
class MetricsFormatsTest {

    private final MetricsReport worked = UnitEconomics.report(UnitEconomicsTest.worked().adjusted(), null, PeriodSelection.LATEST);

    @Test
    void goldenJson() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/metrics/worked-2026-02.json")) {
            String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(JsonRenderer.text(MetricsFormats.report(worked))).isEqualTo(expected);
        }
    }

    @Test
    void jsonGivesNullAndAReasonForAnUnavailableMetric() throws IOException {
        MetricsReport noCustomers = UnitEconomics.report(UnitEconomicsTest.costs(UnitEconomicsTest.base(), "480.00")
                .cash("2026-02", "5000.00").adjusted(), null, PeriodSelection.LATEST);
        JsonNode period = new ObjectMapper().readTree(JsonRenderer.text(MetricsFormats.report(noCustomers))).get("periods").get(0);
        assertThat(period.get("reported").get("arpa").isNull()).isTrue();
        assertThat(period.get("adjusted").get("ltvToCac").isNull()).isTrue();
        assertThat(period.get("reported").get("grossMargin").asText()).isEqualTo("0.6000");
        boolean explained = false;
        for (JsonNode note : period.get("notes")) {
            if (note.get("metric").asText().equals("arpa") && note.get("view").asText().equals("reported")) {
                assertThat(note.get("kind").asText()).isEqualTo("n/a");
                assertThat(note.get("text").asText()).isEqualTo("the Customers sheet is missing or empty");
                explained = true;
            }
        }
        assertThat(explained).isTrue();
    }

    @Test
    void csvHasOneRecordPerMetricWithExactRoundedValues() {
        List<String> lines = CsvRenderer.text(MetricsFormats.report(worked)).lines().toList();
        assertThat(lines.get(0)).isEqualTo("period,metric,unit,reported,adjusted,difference,notes");
        assertThat(lines).hasSize(1 + Metric.values().length);
        // 800.00 - 1000.00 = -200.00
        assertThat(lines.get(1)).isEqualTo("2026-02,revenue,USD,1000.00,800.00,-200.00,");
        // 0.5 - 0.6 = -0.1
        assertThat(lines.get(3)).isEqualTo("2026-02,grossMargin,ratio,0.6000,0.5000,-0.1000,");
        // 4.0000 - 4.4444... = -0.4444...
        assertThat(lines.get(9)).isEqualTo("2026-02,nrr,ratio,4.4444,4.0000,-0.4444,"
                + "reported note: cohort: 3 customer groups with revenue in 2025-02; "
                + "adjusted note: cohort: 2 customer groups with revenue in 2025-02");
        MetricsReport zeroChurn = UnitEconomics.report(UnitEconomicsTest.costs(UnitEconomicsTest.base(), "480.00")
                .customers("2026-02", 4, 2, 0).cash("2026-02", "5000.00").adjusted(), null, PeriodSelection.LATEST);
        assertThat(CsvRenderer.text(MetricsFormats.report(zeroChurn)).lines().toList().get(7)).isEqualTo("2026-02,ltv,USD,,,,"
                + "\"reported n/a: no customers churned in 2026-02: churn is 0, so LTV has no finite value; "
                + "adjusted n/a: no customers churned in 2026-02: churn is 0, so LTV has no finite value\"");
    }

    /**
     * Layout by hand: the widest label is "Credit-funded share of cloud costs" (34 characters); a value
     * cell is the figure, then ")" or a space, then "!" or a space, and on Adjusted "*" or a space; the
     * headers "Reported  " (10) and "Adjusted   " (11) and "Difference " (11) are the widest cells. A
     * positive difference ends in a space where a negative one ends in ")".
     * Money is in whole dollars: the smallest figure is the 50 of net burn, under $1K.
     */
    @Test
    void tableSideBySide() {
        String table = ScreenRenderer.text(MetricsFormats.report(worked));
        assertThat(table).startsWith("""
                Unit economics: Tiny AI, 2026-02 (latest month in the data, of 2025-02 .. 2026-02; --period picks another, --period all every one)
                Reported: revenue as booked. Adjusted: third-party cash revenue, after the loaded rules. In USD.

                2026-02, money in $
                """);
        assertThat(table).contains(String.join("\n",
                row("Metric", "Reported  ", "Adjusted   ", "Difference "),
                row("Revenue", "1,000  ", "800  *", "(200)"),
                row("ARR (last month x 12)", "12,000  ", "9,600  *", "(2,400)"),
                row("Gross margin", "60.0%  ", "50.0%  *", "(10.0 pp)"),
                row("ARPA (monthly)", "250  ", "200  *", "(50)"),
                row("CAC", "60  ", "60   ", "0 "),
                row("CAC payback (months)", "0.4  ", "0.6  *", "0.2 "),
                row("LTV", "450  ", "300  *", "(150)"),
                row("LTV / CAC", "7.50x  ", "5.00x  *", "(2.50x)"),
                row("NRR", "444.4%  ", "400.0%  *", "(44.4 pp)"),
                row("Net burn (monthly)", "50  ", "100  *", "50 "),
                row("Runway (months)", "100.0  ", "50.0  *", "(50.0)"),
                // 0.0083 and 0.0278 to two decimals; the difference 0.0194 -> 0.02
                row("Burn multiple", "0.01x  ", "0.03x  *", "0.02x "),
                row("Funding received (binding)", "1,500  ", "1,000  *", "(500)"),
                row("Top-customer share", "60.0%  ", "75.0%  *", "15.0 pp "),
                row("Top-5 share", "100.0%  ", "100.0%   ", "0.0 pp "),
                row("Non-cash share of revenue", "15.0%  ", "0.0%  *", "(15.0 pp)"),
                row("Related-party share of revenue", "20.0%  ", "0.0%  *", "(20.0 pp)"),
                row("Credit-funded share of cloud costs", "25.0%  ", "25.0%   ", "0.0 pp "),
                "* adjusted differs from reported by more than 5%",
                "Flags",
                "  Burn multiple: reported 0.01x, adjusted 0.03x: excellent (Sacks: under 1)",
                "  Top-customer share: reported 60.0%, adjusted 75.0%: 10% or more of revenue (ASC 280-10-50-42 major-customer disclosure threshold)",
                "Notes",
                "  NRR (reported): cohort: 3 customer groups with revenue in 2025-02",
                "  NRR (adjusted): cohort: 2 customer groups with revenue in 2025-02",
                "  Top-customer share: largest: Globex",
                ""));
    }

    @Test
    void unavailableMetricsAreListedUnderTheTableByReason() {
        MetricsReport noCustomers = UnitEconomics.report(UnitEconomicsTest.costs(UnitEconomicsTest.base(), "480.00")
                .cash("2026-02", "5000.00").adjusted(), null, PeriodSelection.LATEST);
        String table = ScreenRenderer.text(MetricsFormats.report(noCustomers));
        assertThat(table).contains(row("ARPA (monthly)", "n/a  ", "n/a   ", ""));
        assertThat(table).contains("Not available\n"
                + "  ARPA (monthly), CAC, CAC payback (months), LTV, LTV / CAC: the Customers sheet is missing or empty\n");
    }

    @Test
    void warningsAreMarkedAndNegativesInParentheses() {
        MetricsReport absurd = UnitEconomics.report(LedgerFixture.tinyCompany()
                .revenue("2026-02-10", "Globex", io.haircut.ledger.Settlement.CASH, "1000.00")
                .cost("2026-02", io.haircut.ledger.CostCategory.COST_OF_REVENUE, io.haircut.ledger.Settlement.CASH, "2500.00")
                .adjusted(), null, PeriodSelection.LATEST);
        String table = ScreenRenderer.text(MetricsFormats.report(absurd));
        // (1000 - 2500) / 1000 = -150.0%, with "!" in the warning slot
        assertThat(table).containsPattern("Gross margin +\\(150\\.0%\\)! +\\(150\\.0%\\)!  +0\\.0 pp\n");
        assertThat(table).contains("! warning, listed below\n");
        assertThat(table).contains("Warnings (!)\n  Gross margin: below -100%: cost of revenue is more than twice revenue; check the Costs sheet\n");
    }

    /**
     * Bars: the longest (2026-02 reported, 1000) is 40 characters. 2025-02: reported 180 x 40 / 1000 = 7.2
     * -> 7, adjusted 150 x 40 / 1000 = 6 -> 6 "#" and 1 "+"; 2026-01: 500 -> 20 "#"; 2026-02: adjusted
     * 800 -> 32 "#", reported 40 -> 8 "+"; the months between have no revenue and no bar.
     */
    @Test
    void chartOfReportedAndAdjustedRevenue() {
        String chart = ScreenRenderer.text(MetricsFormats.report(worked));
        chart = chart.substring(chart.indexOf("Revenue by month"));
        assertThat(chart).startsWith("Revenue by month, $: # adjusted, + removed by the rules (reported - adjusted)\n");
        List<String> rows = chart.lines().skip(2).map(l -> l.replaceAll(" +", " ")).toList();
        assertThat(rows).hasSize(13); // 2025-02 .. 2026-02
        assertThat(rows.get(0)).isEqualTo("2025-02 ######+ 180 150");
        assertThat(rows.get(1)).isEqualTo("2025-03 0 0");
        assertThat(rows.get(11)).isEqualTo("2026-01 " + "#".repeat(20) + " 500 500");
        assertThat(rows.get(12)).isEqualTo("2026-02 " + "#".repeat(32) + "+".repeat(8) + " 1,000 800");
    }

    @Test
    void moneyUnitIsChosenPerTable() {
        // Every money figure of a company a million times the worked one is at least $50M: the table is in $M.
        LedgerFixture big = LedgerFixture.tinyCompany()
                .revenue("2026-01-10", "Globex", io.haircut.ledger.Settlement.CASH, "2000000000.00")
                .revenue("2026-02-10", "Globex", io.haircut.ledger.Settlement.CASH, "2500000000.00");
        String table = ScreenRenderer.text(MetricsFormats.report(UnitEconomics.report(big.adjusted(), null, PeriodSelection.LATEST)));
        // smallest money figure: revenue 2.5B (ARR 30B): all at least $1B, so $B with two decimals
        assertThat(table).contains("2026-02, money in $B\n");
        assertThat(table).containsPattern("\nRevenue +2\\.50  +2\\.50  +0\\.00\n");
        assertThat(table).containsPattern("\nARR \\(last month x 12\\) +30\\.00  +30\\.00  +0\\.00\n");
    }

    private static String row(String label, String reported, String adjusted, String difference) {
        String line = label + " ".repeat(34 - label.length())
                + "  " + " ".repeat(10 - reported.length()) + reported
                + "  " + " ".repeat(11 - adjusted.length()) + adjusted
                + "  " + " ".repeat(11 - difference.length()) + difference;
        return line.stripTrailing();
    }
}

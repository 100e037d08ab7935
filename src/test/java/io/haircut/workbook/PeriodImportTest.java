package io.haircut.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.ledger.CostEntry;
import io.haircut.ledger.FigureBasis;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Span;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Period headers with durations, read into figures that know their months: statement workbooks
 * ("12 Months Ended" over dates), 10-Q durations, quarters, fiscal and split years, numbered months,
 * month names without a year, and actual / budget / forecast columns. Figures are stated by hand.
 */
class PeriodImportTest {

    @TempDir
    Path dir;

    private ImportedLedger importing(Path file) {
        return LedgerImporter.importPaths(List.of(file), ImportOptions.DEFAULTS);
    }

    private ImportedLedger withForecast(Path file) {
        return LedgerImporter.importPaths(List.of(file), new ImportOptions(null, null, false, null, true));
    }

    private ImportedLedger mapped(Path file, String yaml) throws IOException {
        Path mapping = Files.writeString(dir.resolve("map.yaml"), yaml);
        return LedgerImporter.importPaths(List.of(file), new ImportOptions(mapping, null, false));
    }

    /** Revenue by span, as "first..last" or "yyyy-mm" -> amount (plain string, trailing zeros stripped). */
    private static Map<String, String> bySpan(List<RevenueEntry> entries) {
        return entries.stream().collect(Collectors.groupingBy(e -> e.span().toString(), TreeMap::new,
                Collectors.reducing(BigDecimal.ZERO, e -> e.amount().amount(), BigDecimal::add)))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stripTrailingZeros().toPlainString(),
                        (a, b) -> a, TreeMap::new));
    }

    private static Map<String, String> costsBySpan(List<CostEntry> entries) {
        return entries.stream().collect(Collectors.groupingBy(e -> e.span().toString(), TreeMap::new,
                Collectors.reducing(BigDecimal.ZERO, e -> e.amount().amount(), BigDecimal::add)))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stripTrailingZeros().toPlainString(),
                        (a, b) -> a, TreeMap::new));
    }

    /** An EDGAR statement: title, a merged "12 Months Ended" over three year-end dates, text heading rows. */
    static Path edgarIncomeStatement(Path file) throws IOException {
        return TestBook.xlsx().sheet("CONSOLIDATED STATEMENTS OF OPER")
                .row(1, "CONSOLIDATED STATEMENTS OF OPERATIONS - USD ($) $ in Thousands", "12 Months Ended")
                .row(2, null, "Dec. 31, 2022", "Dec. 31, 2021", "Dec. 31, 2020")
                .merge("A1:A2").merge("B1:D1")
                .row(3, "Revenues", 1200, 960, 600)
                .row(4, "Cost of revenue", 480, 400, 300)
                .row(5, "Gross profit", 720, 560, 300)
                .write(file);
    }

    @Test
    void aMergedTwelveMonthsEndedOverDatesMakesYearlyFigures() throws Exception {
        Ledger l = importing(edgarIncomeStatement(dir.resolve("edgar.xlsx"))).ledger();
        // In thousands: 1,200 -> 1,200,000 for the whole of 2022, not for December.
        assertThat(bySpan(l.revenue())).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "2020-01..2020-12", "600000", "2021-01..2021-12", "960000", "2022-01..2022-12", "1200000")));
        assertThat(l.revenue()).allSatisfy(e -> {
            assertThat(e.span().months()).isEqualTo(12);
            assertThat(e.namedCustomer()).isFalse();
            assertThat(e.basis()).isEqualTo(FigureBasis.ACTUAL);
        });
        assertThat(costsBySpan(l.costs())).containsEntry("2022-01..2022-12", "480000").containsEntry("2020-01..2020-12", "300000");
        assertThat(l.firstMonth()).contains(YearMonth.of(2020, 1));
        assertThat(l.lastMonth()).contains(YearMonth.of(2022, 12));
    }
}

package io.haircut.xlsx;

import io.haircut.coverage.CoverageReport;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.xlsx.sheets.CoverageSection;
import io.haircut.xlsx.sheets.MetricRow;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the adjusted workbook shows: the adjusted ledger (from which the bridge, the audit trail
 * and the copied sources come) and the optional sections other stages compute. An empty section gets
 * no sheet: the workbook shows only what exists, never a placeholder.
 *
 * @param adjusted the ledger with the rules applied
 * @param unitEconomics the Unit Economics sheet's rows; empty for no sheet
 * @param coverage the Coverage sheet; null for no sheet
 */
public record WorkbookContents(AdjustedLedger adjusted, List<MetricRow> unitEconomics, CoverageSection coverage,
        MetricsPeriod metricsPeriod, List<CoverageReport> coverageReports) {

    /**
     * The period the Unit Economics rows measure and its months in the data, so the sheet can write each
     * figure as a formula over those months' inputs.
     */
    public record MetricsPeriod(String label, List<YearMonth> months) {
        public MetricsPeriod {
            months = List.copyOf(months);
            if (months.isEmpty()) {
                throw new IllegalArgumentException("a metrics period has at least one month");
            }
        }
    }

    public WorkbookContents {
        Objects.requireNonNull(adjusted, "adjusted");
        unitEconomics = List.copyOf(unitEconomics);
        coverageReports = coverageReports == null ? List.of() : List.copyOf(coverageReports);
    }

    /** Sections given as rows only: the sheets show the figures as values. */
    public WorkbookContents(AdjustedLedger adjusted, List<MetricRow> unitEconomics, CoverageSection coverage) {
        this(adjusted, unitEconomics, coverage, null, List.of());
    }

    /** The Unit Economics rows of {@code period}, written as formulas over its months' inputs. */
    public WorkbookContents withUnitEconomics(List<MetricRow> rows, MetricsPeriod period) {
        return new WorkbookContents(adjusted, rows, coverage, period, coverageReports);
    }

    /** The Coverage sheet with the coverage stage's reports it came from, written as formulas. */
    public WorkbookContents withCoverage(CoverageSection section, List<CoverageReport> reports) {
        return new WorkbookContents(adjusted, unitEconomics, section, metricsPeriod, reports);
    }

    /** The bridge, the audit trail and the sources only. */
    public static WorkbookContents of(AdjustedLedger adjusted) {
        return new WorkbookContents(adjusted, List.of(), null);
    }

    public WorkbookContents withUnitEconomics(List<MetricRow> rows) {
        return new WorkbookContents(adjusted, rows, coverage, null, coverageReports);
    }

    public WorkbookContents withCoverage(CoverageSection section) {
        return new WorkbookContents(adjusted, unitEconomics, section, metricsPeriod, List.of());
    }

    public Optional<CoverageSection> coverageSection() {
        return Optional.ofNullable(coverage);
    }
}

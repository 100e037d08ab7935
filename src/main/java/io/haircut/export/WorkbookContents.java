package io.haircut.export;

import io.haircut.rules.AdjustedLedger;
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
public record WorkbookContents(AdjustedLedger adjusted, List<MetricRow> unitEconomics, CoverageSection coverage) {

    public WorkbookContents {
        Objects.requireNonNull(adjusted, "adjusted");
        unitEconomics = List.copyOf(unitEconomics);
    }

    /** The bridge, the audit trail and the sources only. */
    public static WorkbookContents of(AdjustedLedger adjusted) {
        return new WorkbookContents(adjusted, List.of(), null);
    }

    public WorkbookContents withUnitEconomics(List<MetricRow> rows) {
        return new WorkbookContents(adjusted, rows, coverage);
    }

    public WorkbookContents withCoverage(CoverageSection section) {
        return new WorkbookContents(adjusted, unitEconomics, section);
    }

    public Optional<CoverageSection> coverageSection() {
        return Optional.ofNullable(coverage);
    }
}

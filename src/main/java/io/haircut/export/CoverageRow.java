package io.haircut.export;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One scenario-year of the Coverage sheet (docs/methodology.md, "Commitment coverage"), with the figures the coverage stage
 * computed. The sheet writes both ratios as live formulas over the row's inputs; the ratios given here
 * are their cached values, so a reader that does not calculate still sees haircut's figures.
 *
 * @param scenario the scenario's name ("base", "bear")
 * @param year the commitment year
 * @param adjustedRevenue adjusted revenue of the year (actual or projected)
 * @param commitments binding commitments due in the year
 * @param coverage revenue coverage: adjustedRevenue / commitments; null when there are no commitments
 * @param cumulativeCoverage (cash on hand + unused credits + adjusted revenue to this year) / commitments
 *     to this year; null when there are none yet
 */
public record CoverageRow(String scenario, int year, BigDecimal adjustedRevenue, BigDecimal commitments,
        BigDecimal coverage, BigDecimal cumulativeCoverage) {

    public CoverageRow {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(adjustedRevenue, "adjustedRevenue");
        Objects.requireNonNull(commitments, "commitments");
    }
}

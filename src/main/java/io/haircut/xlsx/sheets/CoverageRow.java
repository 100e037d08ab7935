package io.haircut.xlsx.sheets;

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
 * @param cumulativeCoverage (cash on hand + unused credits + revenue after the base month to this year) /
 *     commitments after the base month to this year; null when there are none yet
 * @param revenueAfterBase the part of adjustedRevenue still to come after the base month (all of it after the base year)
 * @param commitmentsAfterBase the part of commitments still to pay after the base month
 * @param cashAndCredits the cash on hand and unused credits the scenario counts (less the vendors' own money when
 *     it leaves that out); null to use the sheet's one figure
 */
public record CoverageRow(String scenario, int year, BigDecimal adjustedRevenue, BigDecimal commitments,
        BigDecimal coverage, BigDecimal cumulativeCoverage, BigDecimal revenueAfterBase, BigDecimal commitmentsAfterBase,
        BigDecimal cashAndCredits) {

    public CoverageRow {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(adjustedRevenue, "adjustedRevenue");
        Objects.requireNonNull(commitments, "commitments");
        Objects.requireNonNull(revenueAfterBase, "revenueAfterBase");
        Objects.requireNonNull(commitmentsAfterBase, "commitmentsAfterBase");
    }

    /** A whole year after the base month, counting the sheet's one cash figure. */
    public CoverageRow(String scenario, int year, BigDecimal adjustedRevenue, BigDecimal commitments, BigDecimal coverage,
                       BigDecimal cumulativeCoverage) {
        this(scenario, year, adjustedRevenue, commitments, coverage, cumulativeCoverage, adjustedRevenue, commitments, null);
    }
}

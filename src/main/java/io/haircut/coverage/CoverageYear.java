package io.haircut.coverage;

import java.math.BigDecimal;

/**
 * One commitment year of a coverage run (docs/methodology.md, "Commitment coverage"). Exact values; ratios at the run's
 * MathContext; rounded only when shown.
 *
 * @param growth the rate applied in this year: g, or g x (1 - decay)^(year - base year - 1); zero in the base year
 * @param commitments the counted commitments of the year
 * @param projectedRevenue LTM revenue x the growth of every year from the base year to this one
 * @param revenueCoverage projectedRevenue / commitments
 * @param cumulativeRevenue projected revenue summed from the base year to this one (every year, with commitments or not)
 * @param cumulativeCommitments commitments summed from the base year to this one
 * @param cumulativeCoverage (cash on hand + unused credits + cumulativeRevenue) / cumulativeCommitments
 * @param creditsUsed the unused credits this year's commitment consumes, after earlier years took theirs
 * @param creditsShare creditsUsed / commitments
 */
public record CoverageYear(int year, BigDecimal growth, BigDecimal commitments, BigDecimal projectedRevenue,
                           BigDecimal revenueCoverage, BigDecimal cumulativeRevenue, BigDecimal cumulativeCommitments,
                           BigDecimal cumulativeCoverage, BigDecimal creditsUsed, BigDecimal creditsShare) {

    public boolean shortfall() {
        return revenueCoverage.compareTo(BigDecimal.ONE) < 0;
    }
}

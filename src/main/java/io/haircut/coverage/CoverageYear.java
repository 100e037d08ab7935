package io.haircut.coverage;

import java.math.BigDecimal;

/**
 * One commitment year of a coverage run (docs/methodology.md, "Commitment coverage"). Exact values; ratios
 * at the run's MathContext; rounded only when shown. "After the base month" is what is still to come:
 * revenue not yet in cash on hand, commitments not yet paid from it.
 *
 * @param growth the rate applied in this year: g, or g x (1 - decay)^(year - base year - 1); zero in the base year
 * @param commitments the counted commitments of the whole year
 * @param projectedRevenue the year's revenue: in the base year its actual months plus the rest at the latest run rate;
 *                         after it, the base year's revenue x the growth of every year since
 * @param revenueCoverage projectedRevenue / commitments
 * @param cumulativeRevenue revenue after the base month, summed through this year (every year, with commitments or not)
 * @param cumulativeCommitments commitments after the base month, summed through this year
 * @param cumulativeCoverage (cash on hand + unused credits + cumulativeRevenue) / cumulativeCommitments
 * @param creditsUsed the unused credits this year's commitment consumes, after earlier years took theirs
 * @param creditsShare creditsUsed / commitments after the base month
 * @param actualRevenue the base year's months already in the data (zero in later years)
 * @param revenueAfterBase projectedRevenue less actualRevenue: the part still to come
 * @param commitmentsAfterBase the part of commitments still to pay: in a partial base year its remaining months' share
 * @param cashLeft cash and credits left at the year's end after its commitments, never below zero
 * @param fundingGap commitmentsAfterBase less revenueAfterBase less the cash left at the year's start, when positive
 */
public record CoverageYear(int year, BigDecimal growth, BigDecimal commitments, BigDecimal projectedRevenue,
                           BigDecimal revenueCoverage, BigDecimal cumulativeRevenue, BigDecimal cumulativeCommitments,
                           BigDecimal cumulativeCoverage, BigDecimal creditsUsed, BigDecimal creditsShare,
                           BigDecimal actualRevenue, BigDecimal revenueAfterBase, BigDecimal commitmentsAfterBase,
                           BigDecimal cashLeft, BigDecimal fundingGap) {

    /** A whole year after the base month, without the cash run-out figures (for renderers' tests). */
    public CoverageYear(int year, BigDecimal growth, BigDecimal commitments, BigDecimal projectedRevenue,
                        BigDecimal revenueCoverage, BigDecimal cumulativeRevenue, BigDecimal cumulativeCommitments,
                        BigDecimal cumulativeCoverage, BigDecimal creditsUsed, BigDecimal creditsShare) {
        this(year, growth, commitments, projectedRevenue, revenueCoverage, cumulativeRevenue, cumulativeCommitments,
                cumulativeCoverage, creditsUsed, creditsShare, BigDecimal.ZERO, projectedRevenue, commitments, BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    public boolean shortfall() {
        return revenueCoverage.compareTo(BigDecimal.ONE) < 0;
    }
}

package io.haircut.investors;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One counterparty group's money in both directions (docs/investors-and-coverage.md): what it put in, what of the
 * company's revenue came from it and what the rules took out of that, and what the company owes its
 * entities as commitments. Exact sums; ratios are derived, rounded only where shown.
 *
 * @param group the Parties group name; for a funder in no group, its name as first written
 * @param relationship the group's relationships ("investor", "affiliate, investor"), or {@link Investors#NOT_LISTED}
 * @param fundingBinding binding Funding rows from the group, every form
 * @param fundingBindingCash the part of fundingBinding received in cash
 * @param fundingBindingCredits the part of fundingBinding received as cloud credits
 * @param fundingContingent Funding rows that depend on milestones
 * @param fundingUnconfirmed Funding rows only reported, not confirmed by a contract
 * @param revenueReported the group's revenue before any rule
 * @param revenueCreditSettled the part of revenueReported settled in cloud credits (the Revenue sheet's settlement)
 * @param revenueAtCashStep what the cash-view rules took out of the group's revenue
 * @param revenueStripped what the loaded rules took out of the group's revenue in either view
 * @param totalReported every customer's revenue before any rule: the denominator of the share
 * @param commitmentsBinding binding commitments to the group's entities, every year, in dollars
 * @param commitmentsContingent contingent commitments to the group's entities, in dollars
 * @param commitmentsByYear binding commitments per year
 */
public record InvestorGroup(String group, String relationship, boolean listed,
                            BigDecimal fundingBinding, BigDecimal fundingBindingCash, BigDecimal fundingBindingCredits,
                            BigDecimal fundingContingent, BigDecimal fundingUnconfirmed,
                            BigDecimal revenueReported, BigDecimal revenueCreditSettled, BigDecimal revenueAtCashStep,
                            BigDecimal revenueStripped, BigDecimal totalReported,
                            BigDecimal commitmentsBinding, BigDecimal commitmentsContingent,
                            SortedMap<Integer, BigDecimal> commitmentsByYear) {

    /** Four decimals, half-even: the precision the report gives its shares and multiples. */
    public static final int RATIO_SCALE = 4;

    public InvestorGroup {
        commitmentsByYear = Collections.unmodifiableSortedMap(new TreeMap<>(commitmentsByYear));
    }

    /** revenueReported / totalReported, exact to 34 digits; zero when there is no revenue at all. */
    public BigDecimal revenueShareOfReported() {
        return totalReported.signum() == 0 ? BigDecimal.ZERO : revenueReported.divide(totalReported, MathContext.DECIMAL128);
    }

    /** Binding commitments to the group / binding funding from it; empty without binding funding. */
    public Optional<BigDecimal> commitmentsPerFundingDollar() {
        return fundingBinding.signum() == 0 ? Optional.empty()
                : Optional.of(commitmentsBinding.divide(fundingBinding, MathContext.DECIMAL128));
    }

    /** Binding funding in minus binding commitments out: negative when the company owes the group more than it got. */
    public BigDecimal netFlow() {
        return fundingBinding.subtract(commitmentsBinding);
    }

    /** A ratio rounded half-even to {@link #RATIO_SCALE} decimals, as the report writes it. */
    public static BigDecimal rounded(BigDecimal ratio) {
        return ratio.setScale(RATIO_SCALE, RoundingMode.HALF_EVEN);
    }
}

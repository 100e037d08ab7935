package io.haircut.coverage;

import io.haircut.ledger.Status;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A scenario's commitment coverage: what it started from, each commitment year, and the summary figures
 * (docs/methodology.md, "Commitment coverage"). {@code notes} say what was left out or assumed, so nothing
 * is dropped silently; {@code assumptions} are the base-year and cash choices, printed with every result.
 *
 * @param cashOnHand the cash counted: the latest Cash row's, less the vendors' own cash when the scenario asks
 * @param unusedCredits the unused credits counted, likewise
 * @param cashMonth the month of the Cash row used; null when the company gave no Cash sheet
 * @param breakEvenGrowth the smallest constant growth (on a 0.0001 grid) with revenue coverage of at least 1
 *                        in every commitment year; empty when none up to {@link Rates#HIGHEST_GROWTH} exists
 * @param breakEvenGrowthAfterBaseYear the same over the years after the base year only (the base year's
 *                                     revenue does not depend on growth, so no growth changes its coverage)
 * @param breakEvenNote why there is no break-even growth; null when there is one
 * @param cashRunOutYear the first year whose commitments the cash, credits and revenue left cannot pay
 * @param vendorFunding what {@code --without-vendor-funding} took out; null when the scenario keeps it
 * @param baseYearLines the base-year assumptions in words, printed with the result
 */
public record CoverageReport(
        Scenario scenario,
        String currency,
        Ltm ltm,
        BigDecimal cashOnHand,
        BigDecimal unusedCredits,
        YearMonth cashMonth,
        List<Status> included,
        List<CoverageYear> years,
        Optional<Integer> firstShortfallYear,
        Optional<BigDecimal> breakEvenGrowth,
        Optional<BigDecimal> breakEvenGrowthAfterBaseYear,
        String breakEvenNote,
        List<CapacityAssumption> assumptions,
        List<String> notes,
        Optional<Integer> cashRunOutYear,
        VendorFunding vendorFunding,
        List<String> baseYearLines) {

    /**
     * The vendors' own money taken out of cash and credits: binding funding received (dated in or before the
     * cash month) from the groups the counted commitments are owed to.
     *
     * @param groups the commitment vendors' Parties groups
     * @param cashFunding their binding cash funding received
     * @param cashRemoved what left cash on hand: cashFunding, but no more than the cash there was
     * @param creditFunding their binding funding received as cloud credits
     * @param creditsRemoved what left unused credits: creditFunding, but no more than the unused credits there were
     * @param unmatchedVendors commitment vendors that match no Parties group: their funders' money stays in
     */
    public record VendorFunding(List<String> groups, BigDecimal cashBefore, BigDecimal cashFunding, BigDecimal cashRemoved,
                                BigDecimal creditsBefore, BigDecimal creditFunding, BigDecimal creditsRemoved,
                                List<String> unmatchedVendors) {
        public VendorFunding {
            groups = List.copyOf(groups);
            unmatchedVendors = List.copyOf(unmatchedVendors);
        }
    }

    public CoverageReport {
        included = List.copyOf(included);
        years = List.copyOf(years);
        assumptions = List.copyOf(assumptions);
        notes = List.copyOf(notes);
        baseYearLines = List.copyOf(baseYearLines);
    }

    /** Without the cash run-out figures (for renderers' tests). */
    public CoverageReport(Scenario scenario, String currency, Ltm ltm, BigDecimal cashOnHand, BigDecimal unusedCredits,
                          YearMonth cashMonth, List<Status> included, List<CoverageYear> years, Optional<Integer> firstShortfallYear,
                          Optional<BigDecimal> breakEvenGrowth, Optional<BigDecimal> breakEvenGrowthAfterBaseYear,
                          String breakEvenNote, List<CapacityAssumption> assumptions, List<String> notes) {
        this(scenario, currency, ltm, cashOnHand, unusedCredits, cashMonth, included, years, firstShortfallYear, breakEvenGrowth,
                breakEvenGrowthAfterBaseYear, breakEvenNote, assumptions, notes, Optional.empty(), null, List.of());
    }

    public int baseYear() {
        return ltm.baseYear();
    }

    /** The funding gaps of every year summed: what must come from outside revenue, cash and credits. */
    public BigDecimal fundingGap() {
        return years.stream().map(CoverageYear::fundingGap).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

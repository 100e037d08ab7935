package io.haircut.coverage;

import io.haircut.ledger.Status;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A scenario's commitment coverage: what it started from, each commitment year, and the summary figures
 * of docs/methodology.md, "Commitment coverage". {@code notes} say what was left out or assumed, so nothing is dropped silently.
 *
 * @param cashMonth the month of the Cash row used; null when the company gave no Cash sheet
 * @param breakEvenGrowth the smallest constant growth (on a 0.0001 grid) with revenue coverage of at least 1
 *                        in every commitment year; empty when none up to {@link Rates#HIGHEST_GROWTH} exists
 * @param breakEvenGrowthAfterBaseYear the same over the years after the base year only (the base year's
 *                                     projection is the LTM itself, so no growth changes its coverage)
 * @param breakEvenNote why there is no break-even growth; null when there is one
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
        List<String> notes) {

    public CoverageReport {
        included = List.copyOf(included);
        years = List.copyOf(years);
        assumptions = List.copyOf(assumptions);
        notes = List.copyOf(notes);
    }

    public int baseYear() {
        return ltm.baseYear();
    }
}

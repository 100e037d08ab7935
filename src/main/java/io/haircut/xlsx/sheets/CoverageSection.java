package io.haircut.xlsx.sheets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the Coverage sheet shows: the schedule of commitments against adjusted revenue per scenario and
 * year, and the headline figures for the Summary sheet (first shortfall year, break-even growth, ...).
 *
 * @param cashAndCredits cash on hand plus unused credits at the base date: the numerator's head start in
 *     cumulative coverage
 * @param rows one per scenario and year, grouped by scenario, years ascending within each
 * @param headline figures for the Summary sheet, in the order given
 */
public record CoverageSection(BigDecimal cashAndCredits, List<CoverageRow> rows, List<KeyFigure> headline) {

    public CoverageSection {
        Objects.requireNonNull(cashAndCredits, "cashAndCredits");
        rows = List.copyOf(rows);
        headline = List.copyOf(headline);
    }
}

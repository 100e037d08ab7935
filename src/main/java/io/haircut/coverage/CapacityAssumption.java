package io.haircut.coverage;

import io.haircut.ledger.SourceRef;
import java.math.BigDecimal;

/**
 * A capacity commitment turned into dollars at the analyst's price: printed with every result that used
 * it, since the figure is the analyst's, not the company's (docs/methodology.md, "Commitment coverage").
 */
public record CapacityAssumption(String vendor, BigDecimal gigawatts, int firstYear, int lastYear,
                                 BigDecimal usdPerGwYear, BigDecimal usdPerYear, SourceRef source) {
}

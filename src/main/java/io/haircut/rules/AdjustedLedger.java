package io.haircut.rules;

import io.haircut.ledger.Ledger;
import java.util.List;

/** The ledger with every loaded rule applied: the adjustments (the audit trail) and the overlaps. */
public record AdjustedLedger(Ledger ledger, RuleSet rules, List<Adjustment> adjustments, List<Overlap> overlaps) {

    public AdjustedLedger {
        adjustments = List.copyOf(adjustments);
        overlaps = List.copyOf(overlaps);
    }
}

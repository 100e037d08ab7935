package io.haircut.rules;

import io.haircut.ledger.Ledger;
import io.haircut.ledger.RevenueEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The ledger with every loaded rule applied: the adjustments (the audit trail) and the overlaps. */
public record AdjustedLedger(Ledger ledger, RuleSet rules, List<Adjustment> adjustments, List<Overlap> overlaps) {

    public AdjustedLedger {
        adjustments = List.copyOf(adjustments);
        overlaps = List.copyOf(overlaps);
    }

    /**
     * One revenue entry seen in the three views of BRIEF.md section 2: what was reported, what of it is
     * cash (after the cash-view rules), and what is left for the adjusted view (after all rules).
     */
    public record RevenueLine(RevenueEntry entry, BigDecimal reported, BigDecimal cash, BigDecimal adjusted) {
    }

    /** Every revenue entry with its amount in each view, in ledger order; the figures metrics build on. */
    public List<RevenueLine> revenueLines() {
        Map<RevenueEntry, BigDecimal[]> changes = new IdentityHashMap<>();
        for (Adjustment a : adjustments) {
            BigDecimal[] c = changes.computeIfAbsent(a.entry(), e -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            int view = a.rule().view() == View.CASH ? 0 : 1;
            c[view] = c[view].add(a.change());
        }
        List<RevenueLine> lines = new ArrayList<>(ledger.revenue().size());
        for (RevenueEntry e : ledger.revenue()) {
            BigDecimal reported = e.amount().amount();
            BigDecimal[] c = changes.get(e);
            BigDecimal cash = c == null ? reported : reported.add(c[0]);
            BigDecimal adjusted = c == null ? cash : cash.add(c[1]);
            lines.add(new RevenueLine(e, reported, cash, adjusted));
        }
        return lines;
    }
}

package io.haircut.rules.applied;

import io.haircut.ledger.Ledger;
import io.haircut.ledger.LedgerEntry;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.RevenueEntry;
import io.haircut.rules.Action;
import io.haircut.rules.RuleSet;
import io.haircut.rules.Scope;
import io.haircut.rules.ViewAmounts;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * The ledger with every active rule applied. {@code adjustments} are the revenue table's rows (what the
 * revenue bridge and the workbook read); {@code trail} holds every table's rows,
 * {@code conflicts} every table's clashes between two rules, {@code roundTrips} the pairs round-trip
 * rules found, and {@code parties} the register the rules saw (Parties sheet plus included files).
 */
public record AdjustedLedger(Ledger ledger, RuleSet rules, List<Adjustment> adjustments, List<TrailRow> trail,
        List<Conflict> conflicts, List<RoundTripLink> roundTrips, PartyRegister parties) {

    public AdjustedLedger {
        adjustments = List.copyOf(adjustments);
        trail = List.copyOf(trail);
        conflicts = List.copyOf(conflicts);
        roundTrips = List.copyOf(roundTrips);
    }

    /**
     * One revenue entry seen in the three views of docs/methodology.md, "The three views": what was reported, what of it is
     * cash (after the cash-view rules), and what is left for the adjusted view (after all rules).
     */
    public record RevenueLine(RevenueEntry entry, ViewAmounts amounts) implements InViews {

    }

    private static final LastBuilt<List<RevenueLine>> LINES = new LastBuilt<>();

    /**
     * Every revenue entry with its amount in each view, in ledger order; the figures metrics build on. The
     * metrics, the investors' sums and the bridge's notes each ask for them for one result, and on a million
     * entries a build is most of a second; the result is immutable, so the last build is reused.
     */
    public List<RevenueLine> revenueLines() {
        return LINES.of(this, AdjustedLedger::buildRevenueLines);
    }

    private List<RevenueLine> buildRevenueLines() {
        Map<RevenueEntry, ViewAmounts> changed = new IdentityHashMap<>();
        for (Adjustment a : adjustments) {
            changed.put(a.entry(), changed.getOrDefault(a.entry(), ViewAmounts.reported(a.entry().amount().amount()))
                    .changed(a.rule().view(), a.change()));
        }
        List<RevenueEntry> entries = ledger.revenue();
        ViewAmounts[] amounts = new ViewAmounts[entries.size()];
        if (!changed.isEmpty()) {
            for (int i = 0; i < amounts.length; i++) {
                amounts[i] = changed.get(entries.get(i));
            }
        }
        return new LinesInViews(entries, amounts);
    }

    /**
     * The revenue lines, made as they are read: only the amounts a rule changed are kept, so a million
     * lines hold one array slot each rather than two objects each (docs/performance.md, "A 10,000,000-row CSV billing export").
     */
    private static final class LinesInViews extends AbstractList<RevenueLine> implements RandomAccess {

        private final List<RevenueEntry> entries;
        private final ViewAmounts[] changed;

        LinesInViews(List<RevenueEntry> entries, ViewAmounts[] changed) {
            this.entries = entries;
            this.changed = changed;
        }

        @Override
        public RevenueLine get(int index) {
            RevenueEntry e = entries.get(index);
            ViewAmounts amounts = changed[index];
            return new RevenueLine(e, amounts == null ? ViewAmounts.reported(e.amount().amount()) : amounts);
        }

        @Override
        public int size() {
            return changed.length;
        }
    }

    /**
     * Every entry of one table with its amount in each view, its tags and flags, and what was
     * reclassified, in ledger order: for funding, cash raised and credits; for commitments, which are
     * contingent.
     */
    public List<EntryLine> lines(Scope scope) {
        Map<LedgerEntry, List<TrailRow>> rows = new IdentityHashMap<>();
        for (TrailRow r : trail) {
            if (r.scope() == scope) {
                rows.computeIfAbsent(r.entry(), e -> new ArrayList<>()).add(r);
            }
        }
        List<? extends LedgerEntry> entries = switch (scope) {
            case REVENUE -> ledger.revenue();
            case COSTS -> ledger.costs();
            case FUNDING -> ledger.funding();
            case COMMITMENTS -> ledger.commitments();
        };
        List<EntryLine> lines = new ArrayList<>(entries.size());
        for (LedgerEntry e : entries) {
            ViewAmounts amounts = ViewAmounts.reported(e.amount().amount());
            Set<String> tags = new LinkedHashSet<>();
            Set<String> flags = new LinkedHashSet<>();
            Map<String, BigDecimal> reclassified = new LinkedHashMap<>();
            for (TrailRow r : rows.getOrDefault(e, List.of())) {
                amounts = amounts.changed(r.rule().view(), r.change());
                Action a = r.rule().action();
                if (a instanceof Action.Tag t) {
                    tags.add(t.name());
                } else if (a instanceof Action.Flag) {
                    flags.add(r.rule().id());
                } else if (a instanceof Action.ContraRevenue || a instanceof Action.GrossToNet || a instanceof Action.CreditsNotCash) {
                    reclassified.merge(a.treatment(), r.change().negate(), BigDecimal::add);
                }
            }
            lines.add(new EntryLine(scope, e, amounts, tags, flags, reclassified));
        }
        return lines;
    }
}

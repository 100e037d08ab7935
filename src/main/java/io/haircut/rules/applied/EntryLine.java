package io.haircut.rules.applied;

import io.haircut.ledger.LedgerEntry;
import io.haircut.rules.Scope;
import io.haircut.rules.ViewAmounts;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * One entry of any table seen in the views of docs/methodology.md, "The three views": as reported, after the cash-view
 * rules, after all rules; the tags and flags rules put on it (rule ids for flags), and the amounts
 * reclassified rather than simply removed, by treatment ("contra-revenue", "partner fee (gross to net)",
 * "credits (not cash)"), as positive amounts. For funding, {@code cash} is cash raised and the
 * "credits (not cash)" amount is what arrived as credits.
 */
public record EntryLine(Scope scope, LedgerEntry entry, ViewAmounts amounts, Set<String> tags, Set<String> flags,
        Map<String, BigDecimal> reclassified) implements InViews {

    public EntryLine {
        tags = Set.copyOf(tags);
        flags = Set.copyOf(flags);
        reclassified = Map.copyOf(reclassified);
    }

    public boolean tagged(String tag) {
        return tags.contains(tag);
    }
}

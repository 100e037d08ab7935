package io.haircut.rules;

import io.haircut.ledger.LedgerEntry;
import io.haircut.ledger.PartyRegister;

/**
 * One adjustment an analyst declared: the table it applies to, which entries it matches, what it does
 * to them, which view it feeds, and the accounting basis that defends it (docs/methodology.md, "Adjustments and their accounting basis").
 * Within its table and view, rules apply by {@code priority} (higher first), then in load order.
 */
public record Rule(
        String id,
        String description,
        String basis,
        Condition when,
        Action action,
        View view,
        RuleOrigin origin,
        Scope scope,
        int priority,
        RuleKind kind) {

    /** A revenue rule that tests entries one by one, at the default priority. */
    public Rule(String id, String description, String basis, Condition when, Action action, View view, RuleOrigin origin) {
        this(id, description, basis, when, action, view, origin, Scope.REVENUE, 0, new RuleKind.PerEntry());
    }

    /** The rule's own test on one entry (for a round-trip or concentration rule, only its {@code when} part). */
    public boolean matches(LedgerEntry entry, PartyRegister parties) {
        return when.test(entry, parties);
    }

    public boolean matches(LedgerEntry entry, Counterparties parties) {
        return when.test(entry, parties);
    }
}

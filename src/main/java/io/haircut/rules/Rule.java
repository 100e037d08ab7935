package io.haircut.rules;

import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.RevenueEntry;

/**
 * One adjustment an analyst declared: which revenue entries it matches, what it does to them, which
 * step of the bridge it feeds, and the accounting basis that defends it (BRIEF.md section 3).
 */
public record Rule(
        String id,
        String description,
        String basis,
        Condition when,
        Action action,
        View view,
        RuleOrigin origin) {

    public boolean matches(RevenueEntry entry, PartyRegister parties) {
        return when.test(entry, parties);
    }
}

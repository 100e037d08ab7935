package io.haircut.rules;

import io.haircut.HaircutException;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.RevenueEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a rule set to a ledger: entries in, adjustments and overlaps out; the ledger is never changed
 * (beancount's plugin contract). Precedence is load order: the first rule that changes an entry's amount
 * adjusts it, a later rule that also matches is reported as an {@link Overlap} and not applied, so no
 * revenue is removed twice. Flags never take an entry: they are recorded beside whatever adjusts it.
 */
public final class Adjuster {

    private Adjuster() {
    }

    public static AdjustedLedger apply(Ledger ledger, RuleSet rules) {
        List<Adjustment> adjustments = new ArrayList<>();
        List<Overlap> overlaps = new ArrayList<>();
        for (RevenueEntry entry : ledger.revenue()) {
            Rule adjustedBy = null;
            for (Rule rule : rules.rules()) {
                if (!matches(rule, entry, ledger.parties())) {
                    continue;
                }
                BigDecimal before = entry.amount().amount();
                if (!rule.action().adjusts()) {
                    adjustments.add(new Adjustment(entry, rule, before, BigDecimal.ZERO, before));
                } else if (adjustedBy != null) {
                    overlaps.add(new Overlap(entry, adjustedBy, rule));
                } else {
                    BigDecimal after = rule.action().remaining(before);
                    adjustments.add(new Adjustment(entry, rule, before, after.subtract(before), after));
                    adjustedBy = rule;
                }
            }
        }
        return new AdjustedLedger(ledger, rules, adjustments, overlaps);
    }

    /**
     * The rule's test on one entry. A pattern that exhausts its budget on a value (catastrophic
     * backtracking, e.g. {@code (a+)+$} on a long cell) stops the run with an error naming the rule and
     * the entry, rather than hanging the shell or silently treating the entry as unmatched.
     */
    private static boolean matches(Rule rule, RevenueEntry entry, PartyRegister parties) {
        try {
            return rule.matches(entry, parties);
        } catch (BoundedText.RegexBudgetExceeded e) {
            throw new HaircutException(rule.origin() + ": rule '" + rule.id() + "' stopped on the entry at "
                    + entry.source() + ": its " + e.getMessage() + "; simplify the pattern (avoid nested repeats"
                    + " such as (a+)+) or use contains:");
        }
    }
}

package io.haircut.ledger;

import java.util.Optional;

/**
 * An imported row that rules can test and adjust, whatever its table: its fields by name (the
 * names docs/rules.md lists per table), its amount, its source cell, and its counterparty.
 */
public interface LedgerEntry {

    Money amount();

    SourceRef source();

    /** The value of a named field as text; empty when the entry has no such field or it is blank. */
    Optional<String> field(String name);

    /** The counterparty's name as written: the customer, the investor or the vendor; empty for a cost. */
    Optional<String> counterparty();
}

package io.haircut.rules;

import io.haircut.ledger.CounterpartyNames;
import io.haircut.ledger.LedgerEntry;
import io.haircut.ledger.PartyRegister;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The party register as one rule run sees it, with each raw name looked up once: a ledger repeats a
 * few hundred names over many rows, and normalising a name is the costly part of a lookup.
 * Not shared between threads; one instance per {@link Adjuster} run.
 */
public final class Counterparties {

    private final PartyRegister register;
    private final Map<String, Optional<PartyRegister.Group>> groups = new HashMap<>();
    private final Map<String, String> keys = new HashMap<>();

    public Counterparties(PartyRegister register) {
        this.register = register;
    }

    public PartyRegister register() {
        return register;
    }

    /** The group a raw counterparty name belongs to; empty if none. */
    public Optional<PartyRegister.Group> groupOf(String rawName) {
        return groups.computeIfAbsent(rawName, register::groupOf);
    }

    /** The entry's counterparty group, if the entry names a counterparty and it is in the register. */
    public Optional<PartyRegister.Group> groupOf(LedgerEntry entry) {
        return entry.counterparty().flatMap(this::groupOf);
    }

    /**
     * The key under which concentration counts a counterparty: its group when it has one (entities
     * under common control are one customer, ASC 280-10-50-42), else its normalised name, so spellings
     * of one company count together.
     */
    public String customerKey(String rawName) {
        return keys.computeIfAbsent(rawName, n -> groupOf(n).map(PartyRegister.Group::name)
                .orElseGet(() -> CounterpartyNames.normalise(n)));
    }
}

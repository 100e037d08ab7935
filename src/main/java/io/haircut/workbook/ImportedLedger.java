package io.haircut.workbook;

import io.haircut.ledger.Ledger;
import java.util.List;

/** An import's result: the ledger, how many tables the files held, and what was ignored and why. */
public record ImportedLedger(Ledger ledger, int tables, List<String> notes) {

    public ImportedLedger {
        notes = List.copyOf(notes);
    }
}

package io.haircut.workbook;

import io.haircut.ledger.Ledger;
import java.util.List;

/**
 * An import's result: the ledger, how many tables the files held (sheets with no table count as
 * one), what was ignored or assumed and why ({@code notes}), and what did not add up ({@code warnings}:
 * totals that disagree with their parts, the same month's figures differing between files).
 */
public record ImportedLedger(Ledger ledger, int tables, List<String> notes, List<String> warnings) {

    public ImportedLedger {
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    public ImportedLedger(Ledger ledger, int tables, List<String> notes) {
        this(ledger, tables, notes, List.of());
    }
}

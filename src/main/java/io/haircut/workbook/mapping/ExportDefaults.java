package io.haircut.workbook.mapping;

import java.util.Optional;

/**
 * What a plain revenue export (an order-lines, invoice or subscription export: a date, a customer, an
 * amount) is taken to say about the columns it lacks: it names neither a sales channel nor a settlement,
 * so every row is sold direct and settled in cash, and the import says so in a note. A table with one of
 * the two columns but not the other is refused as before; a mapping's defaults replace these.
 */
public final class ExportDefaults {

    static final String CHANNEL = "direct";
    static final String SETTLEMENT = "cash";

    private ExportDefaults() {
    }

    /** The implied value of a revenue table's missing channel or settlement, when it has neither column. */
    public static Optional<String> implied(CanonicalTable table, String fieldKey, boolean hasChannel, boolean hasSettlement) {
        if (table != CanonicalTable.REVENUE || hasChannel || hasSettlement) {
            return Optional.empty();
        }
        return switch (fieldKey) {
            case "channel" -> Optional.of(CHANNEL);
            case "settlement" -> Optional.of(SETTLEMENT);
            default -> Optional.empty();
        };
    }

    public static String note(String id) {
        return id + ": no Channel or Settlement column: every entry read as sold " + CHANNEL + " and settled in " + SETTLEMENT
                + " (a mapping's defaults: { revenue: { channel: ..., settlement: cloud-credit } } says otherwise)";
    }
}

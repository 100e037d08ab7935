package io.haircut.workbook;

import io.haircut.ledger.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two notes above one table that name different currencies ("INR crores" in the title, "Amounts in USD"
 * under it): the table's currency cannot be told, so it is refused with both cells and the mapping line
 * that settles it, never read as whichever note is nearer.
 */
final class TitleCurrency {

    private TitleCurrency() {
    }

    /**
     * The refusal, when the text cells above the header (within the table's columns, else anywhere above it)
     * name more than one currency; empty when they name one or none.
     */
    static Optional<String> conflict(SheetInfo info, List<TableRow> window, int headerRow, int first, int last) {
        Map<String, String> inColumns = new LinkedHashMap<>();
        Map<String, String> anywhere = new LinkedHashMap<>();
        for (TableRow r : window) {
            if (r.row() >= headerRow) {
                break;
            }
            for (RawCell c : r.cells()) {
                if (c.kind() != RawCell.Kind.TEXT) {
                    continue;
                }
                Optional<String> currency = Dictionary.units(c.text()).map(Dictionary.Units::currency);
                if (currency.isEmpty()) {
                    continue;
                }
                String at = SourceRef.columnLetters(c.column()) + r.row() + " '" + Detector.shorten(c.text().trim()) + "'";
                anywhere.putIfAbsent(currency.get(), at);
                if (c.column() >= first && c.column() <= last) {
                    inColumns.putIfAbsent(currency.get(), at);
                }
            }
        }
        Map<String, String> named = inColumns.isEmpty() ? anywhere : inColumns;
        if (named.size() < 2) {
            return Optional.empty();
        }
        List<String> cells = new ArrayList<>();
        named.forEach((code, at) -> cells.add(at + " (" + code + ")"));
        String sheet = info.sheet() == null ? info.file() : info.sheet();
        return Optional.of(info.where() + ": the notes above the table name different currencies: " + String.join(", ", cells)
                + "; say which in a mapping file: sheets: { '" + sheet + "': { currency: " + named.keySet().iterator().next() + " } }");
    }
}

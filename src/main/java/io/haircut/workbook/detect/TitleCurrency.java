package io.haircut.workbook.detect;

import io.haircut.ledger.SourceRef;
import io.haircut.workbook.cells.Numbers;
import io.haircut.workbook.cells.RawCell;
import io.haircut.workbook.cells.SheetInfo;
import io.haircut.workbook.cells.TableRow;
import io.haircut.workbook.mapping.Dictionary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The currency of a table from what is written on it. Two notes above one table that name different
 * currencies ("INR crores" in the title, "Amounts in USD" under it) are refused with both cells and the
 * mapping line that settles it, never read as whichever note is nearer; amounts that all carry one
 * currency's mark ("₹1,23,456") name the table's currency when no note does.
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
                String at = SourceRef.columnLetters(c.column()) + r.row() + " '" + RawCell.shorten(c.text().trim()) + "'";
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

    /**
     * The currency every marked amount under the header names ("₹1,23,456", "€100"), when they name one
     * and it is not a bare "$"; empty when none is marked or they disagree (each row is then checked on its own).
     */
    static Optional<String> fromMarks(List<TableRow> window, int headerRow, int amountColumn) {
        java.util.Set<String> marks = new java.util.LinkedHashSet<>();
        for (TableRow r : window) {
            RawCell c = r.row() > headerRow ? r.cell(amountColumn) : null;
            if (c != null && c.kind() == RawCell.Kind.TEXT) {
                Numbers.currencyMark(c.text()).ifPresent(marks::add);
            }
        }
        return marks.size() == 1 && !marks.contains("$") ? Optional.of(marks.iterator().next()) : Optional.empty();
    }
}

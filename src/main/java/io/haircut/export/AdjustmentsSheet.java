package io.haircut.export;

import io.haircut.RowCounter;
import io.haircut.ledger.RevenueEntry;
import io.haircut.rules.Adjustment;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The audit trail: one row per adjustment with its rule, the rule's basis, the source cell (linked to
 * the entry's row in the Revenue sheet), and the amount before, the change and the amount after.
 */
final class AdjustmentsSheet {

    static final String NAME = "Adjustments";
    /** Columns the Bridge sheet's SUMIFS read: Rule (A), Month (F) and Adjustment (H). */
    static final String RULE_COLUMN = "A";
    static final String MONTH_COLUMN = "F";
    static final String CHANGE_COLUMN = "H";

    /**
     * Excel keeps at most 65,530 hyperlinks on a worksheet and repairs the file when there are more;
     * rows past that keep the source reference as plain text.
     */
    static final int MAX_LINKS = 65_530;

    private AdjustmentsSheet() {
    }

    /** Writes the sheet and returns its last row (1-based; 1 when there are no adjustments). */
    static int write(Sheet sheet, List<Adjustment> adjustments, Map<RevenueEntry, Integer> revenueRows, Cells cells,
            RowCounter counter) {
        cells.headers(sheet.createRow(0),
                "Rule", "View", "Basis", "Source cell", "Customer", "Month", "Before", "Adjustment", "After");
        int rowNumber = 1;
        int links = 0;
        for (Adjustment a : adjustments) {
            rowNumber++;
            Row row = sheet.createRow(rowNumber - 1);
            Cells.text(row, 0, a.rule().id());
            Cells.text(row, 1, a.rule().view().label());
            Cells.text(row, 2, a.rule().basis());
            Cells.text(row, 3, Objects.toString(a.entry().source(), null));
            Integer revenueRow = revenueRows.get(a.entry());
            if (revenueRow != null && links < MAX_LINKS && row.getCell(3) != null) {
                link(sheet, row.getCell(3), revenueRow, cells);
                links++;
            }
            Cells.text(row, 4, a.entry().customer());
            cells.month(row, 5, a.entry().month());
            cells.money(row, 6, a.before());
            cells.money(row, 7, a.change());
            cells.money(row, 8, a.after());
            counter.row();
        }

        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, rowNumber - 1, 0, 8));
        int[] widths = {28, 10, 40, 36, 32, 10, 16, 16, 16};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        return rowNumber;
    }

    /** An internal link (Excel's {@code #Revenue!A12}); the cell keeps the source reference as its text. */
    private static void link(Sheet sheet, Cell cell, int revenueRow, Cells cells) {
        Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress(RevenueSheet.NAME + "!A" + revenueRow);
        cell.setHyperlink(link);
        cell.setCellStyle(cells.link);
    }
}

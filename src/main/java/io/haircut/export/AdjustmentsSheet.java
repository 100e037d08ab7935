package io.haircut.export;

import io.haircut.ledger.RevenueEntry;
import io.haircut.rules.Adjustment;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The audit trail: one row per adjustment with its rule, the rule's basis, the source cell (linked to
 * the copied source cell in the {@code src} sheet, or to the entry's row in Revenue when the source was
 * not copied), and the amount before, the change and the amount after.
 */
final class AdjustmentsSheet {

    static final String NAME = "Adjustments";
    /** Columns the Summary's and Adjusted Revenue's SUMIFS read: Rule (A), Month (F) and Adjustment (H). */
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

    /** The sheet's last row (1-based; 1 when there are no adjustments), known before it is written. */
    static int lastRow(List<Adjustment> adjustments) {
        return 1 + adjustments.size();
    }

    /**
     * Writes the sheet; {@code linkTarget} gives the internal address each entry's source cell links to
     * (the copied source cell, or the entry's row in Revenue), or null for no link.
     */
    static void write(Sheet sheet, List<Adjustment> adjustments, Function<RevenueEntry, String> linkTarget, Cells cells,
            io.haircut.RowCounter counter) {
        cells.headers(sheet.createRow(0),
                "Rule", "View", "Basis", "Source cell", "Customer", "Month", "Before", "Adjustment", "After");
        int rowNumber = 1;
        int links = 0;
        for (Adjustment a : adjustments) {
            rowNumber++;
            Row row = sheet.createRow(rowNumber - 1);
            counter.row();
            Cells.text(row, 0, a.rule().id());
            Cells.text(row, 1, a.rule().view().label());
            Cells.text(row, 2, a.rule().basis());
            Cells.text(row, 3, Objects.toString(a.entry().source(), null));
            String target = links < MAX_LINKS && row.getCell(3) != null ? linkTarget.apply(a.entry()) : null;
            if (target != null) {
                link(sheet, row.getCell(3), target, cells);
                links++;
            }
            Cells.text(row, 4, a.entry().customer());
            cells.month(row, 5, a.entry().month());
            cells.money(row, 6, a.before());
            cells.money(row, 7, a.change());
            cells.money(row, 8, a.after());
        }

        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, rowNumber - 1, 0, 8));
        int[] widths = {28, 10, 40, 36, 32, 10, 18, 18, 18};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    /** An internal link (Excel's {@code #'src Revenue'!E12}); the cell keeps the source reference as its text. */
    static void link(Sheet sheet, Cell cell, String address, Cells cells) {
        Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress(address);
        cell.setHyperlink(link);
        cell.setCellStyle(cells.link);
    }
}

package io.haircut.export;

import io.haircut.ledger.RevenueEntry;
import io.haircut.rules.Adjustment;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

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
    static void write(XSSFSheet sheet, StreamedWorkbook book, List<Adjustment> adjustments,
            Function<RevenueEntry, String> linkTarget, Cells cells, io.haircut.RowCounter counter) {
        String[] headers = {"Rule", "View", "Basis", "Source cell", "Customer", "Month", "Before", "Adjustment", "After"};
        book.stream(sheet, rows -> {
            rows.row(1);
            for (int c = 0; c < headers.length; c++) {
                rows.text(c, headers[c], cells.header);
            }
            int rowNumber = 1;
            int links = 0;
            for (Adjustment a : adjustments) {
                rows.row(++rowNumber);
                counter.row();
                rows.text(0, a.rule().id());
                rows.text(1, a.rule().view().label());
                rows.text(2, a.rule().basis());
                String source = Objects.toString(a.entry().source(), null);
                String target = links < MAX_LINKS && source != null ? linkTarget.apply(a.entry()) : null;
                rows.text(3, source, target == null ? null : cells.link);
                if (target != null) {
                    rows.link(3, target);
                    links++;
                }
                rows.text(4, a.entry().customer());
                rows.month(5, a.entry().month(), cells.month);
                rows.number(6, a.before(), cells.money);
                rows.number(7, a.change(), cells.money);
                rows.number(8, a.after(), cells.money);
            }
        });

        int lastRow = lastRow(adjustments);
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow - 1, 0, 8));
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

package io.haircut.xlsx.sheets;

import io.haircut.ledger.CostEntry;
import io.haircut.ledger.FundingEntry;
import io.haircut.ledger.LedgerEntry;
import io.haircut.ledger.RevenueEntry;
import io.haircut.rules.applied.TrailRow;
import io.haircut.xlsx.layout.Cells;
import io.haircut.xlsx.sources.SheetSplit;
import io.haircut.xlsx.streaming.StreamedRows;
import io.haircut.xlsx.streaming.StreamedWorkbook;
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
 * The audit trail: one row per rule per entry it changed or marked, in every table (revenue, costs,
 * funding, commitments), with the table, the source cell (linked to the copied source cell in the
 * {@code src} sheet, or to the entry's row in this workbook's own sheet), the rule, its treatment, the
 * amount before, the adjustment and after, the note (a round trip's linked funding), the basis and the
 * rule file and line. A trail longer than a sheet goes on {@code Adjustments (2)}, ... ({@link SheetSplit}).
 */
public final class AdjustmentsSheet {

    public static final String NAME = "Adjustments";
    /**
     * The columns, the same as the {@code adjustments} command's CSV and {@code export --all}'s adjustments
     * files (io.haircut.audit.AuditTrail): one row per rule per entry, in every table.
     */
    static final String[] HEADERS = {"Table", "Source cell", "Counterparty", "Date", "Rule", "View", "Treatment", "Before",
        "Adjustment", "After", "Note", "Basis", "Rule file"};
    /** Columns the Summary's and Adjusted Revenue's SUMIFS read: Date (D), Rule (E) and Adjustment (I). */
    static final String DATE_COLUMN = "D";
    static final String RULE_COLUMN = "E";
    static final String CHANGE_COLUMN = "I";

    /**
     * Excel keeps at most 65,530 hyperlinks on a worksheet and repairs the file when there are more;
     * rows past that keep the source reference as plain text.
     */
    static final int MAX_LINKS = 65_530;

    private AdjustmentsSheet() {
    }

    /**
     * Each part's last row (1-based; 1 when it has no rows), known before the sheet is written: one part for
     * a trail that fits a sheet, else as many as it takes ({@link SheetSplit}).
     */
    public static int[] lastRows(int trailRows, SheetSplit split) {
        int[] lastRows = new int[split.parts(trailRows)];
        for (int p = 0; p < lastRows.length; p++) {
            lastRows[p] = 1 + (int) Math.min(split.dataRows(), trailRows - (long) p * split.dataRows());
        }
        return lastRows;
    }

    /**
     * Writes the sheet, in parts ({@code sheets}, one a part, as many as {@link #lastRows} gives);
     * {@code linkTarget} gives the internal address each entry's source cell links to (the copied source
     * cell, or the entry's row in its sheet of this workbook), or null for no link. A revenue or funding
     * row's Date is a date, a cost's its month; a commitment's is its year, as text.
     */
    public static void write(List<XSSFSheet> sheets, StreamedWorkbook book, List<TrailRow> trail, SheetSplit split,
            Function<LedgerEntry, String> linkTarget, Cells cells, io.haircut.RowCounter counter) {
        int[] lastRows = lastRows(trail.size(), split);
        int[] widths = {12, 36, 32, 12, widest(trail, r -> r.rule().id(), 24), 10, 12, 20, 20, 20, 50, 50, 30};
        for (int part = 0; part < sheets.size(); part++) {
            List<TrailRow> rowsOfPart = trail.subList(Math.min(trail.size(), part * split.dataRows()),
                    Math.min(trail.size(), (part + 1) * split.dataRows()));
            XSSFSheet sheet = sheets.get(part);
            book.stream(sheet, rows -> write(rows, rowsOfPart, linkTarget, cells, counter));
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, lastRows[part] - 1, 0, HEADERS.length - 1));
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
        }
    }

    /** One part's rows below its header; a worksheet holds at most {@link #MAX_LINKS} links. */
    private static void write(StreamedRows rows, List<TrailRow> trail, Function<LedgerEntry, String> linkTarget,
            Cells cells, io.haircut.RowCounter counter) {
        rows.row(1);
        for (int c = 0; c < HEADERS.length; c++) {
            rows.text(c, HEADERS[c], cells.header);
        }
        int rowNumber = 1;
        int links = 0;
        for (TrailRow r : trail) {
            rows.row(++rowNumber);
            counter.row();
            LedgerEntry e = r.entry();
            rows.text(0, r.scope().label());
            String source = Objects.toString(e.source(), null);
            String target = links < MAX_LINKS && source != null ? linkTarget.apply(e) : null;
            rows.text(1, source, target == null ? null : cells.link);
            if (target != null) {
                rows.link(1, target);
                links++;
            }
            rows.text(2, e.counterparty().orElse(null));
            if (e instanceof RevenueEntry revenue) {
                rows.date(3, revenue.date(), cells.date);
            } else if (e instanceof FundingEntry funding) {
                rows.date(3, funding.date(), cells.date);
            } else if (e instanceof CostEntry cost) {
                rows.month(3, cost.month(), cells.month);
            } else {
                rows.text(3, e.field("year").orElse(null));
            }
            rows.text(4, r.rule().id());
            rows.text(5, r.rule().view().label());
            rows.text(6, r.rule().action().treatment());
            rows.number(7, r.before(), cells.money);
            rows.number(8, r.change(), cells.money);
            rows.number(9, r.after(), cells.money);
            rows.text(10, r.note() == null || r.note().isEmpty() ? null : r.note());
            rows.text(11, r.rule().basis());
            rows.text(12, r.rule().origin() == null ? null : r.rule().origin().toString());
        }
    }

    private static int widest(List<TrailRow> trail, Function<TrailRow, String> text, int least) {
        return InputSheets.widest(trail.stream().map(text).distinct().toList(), least);
    }

    /** An internal link (Excel's {@code #'src Revenue'!E12}); the cell keeps the source reference as its text. */
    static void link(Sheet sheet, Cell cell, String address, Cells cells) {
        Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress(address);
        cell.setHyperlink(link);
        cell.setCellStyle(cells.link);
    }
}

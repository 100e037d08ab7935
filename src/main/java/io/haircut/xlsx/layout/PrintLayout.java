package io.haircut.xlsx.layout;

import io.haircut.ledger.Ledger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Every sheet's print setup, so the workbook prints like a report: A4, landscape when the sheet is wider
 * than a portrait page, scaled to the page width (never cut into column strips), its header rows repeated
 * on every page, a page header naming the company, the month the figures run to and the export time, and
 * page numbers. A chart that starts below the top of its sheet starts a new page, so no page break crosses it.
 */
public final class PrintLayout {

    /** Characters of column width a portrait A4 page holds at 100% (Calibri 11, default margins). */
    private static final int PORTRAIT_CHARACTERS = 95;
    /** A chart anchored below this row starts a new page; one nearer the top is on the first page already. */
    private static final int CHART_BREAK_FROM_ROW = 8;
    private static final DateTimeFormatter EXPORTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** What every page header says: the company, the last month of the figures, and when they were exported. */
    public record Page(String company, String asOf, String exported, String version) {

        public static Page of(Ledger ledger, Instant now) {
            String version = PrintLayout.class.getPackage().getImplementationVersion();
            return new Page(ledger.company(), ledger.lastMonth().map(Object::toString).orElse("no revenue"),
                    EXPORTED.format(now.truncatedTo(ChronoUnit.MINUTES)), version == null ? "development build" : version);
        }

        /** The Summary's provenance line. */
        public String line() {
            return "As of " + asOf + "; exported " + exported + " by haircut " + version + ".";
        }
    }

    private PrintLayout() {
    }

    /**
     * A sheet of {@code columns} columns whose first {@code headerRows} rows repeat on every printed page
     * (0 for none). {@code lastRow} (0-based) bounds the print area; -1 leaves it to the sheet's used range
     * (a streamed sheet, whose rows are not known when it is laid out).
     */
    public static void apply(XSSFSheet sheet, int columns, int headerRows, int lastRow, Page page) {
        int width = 0;
        for (int c = 0; c < columns; c++) {
            width += sheet.getColumnWidth(c) / 256;
        }
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(width > PORTRAIT_CHARACTERS);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0); // as many pages tall as the rows need
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        if (headerRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        }
        int lastColumn = columns - 1;
        int bottom = lastRow;
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (drawing != null) {
            for (XSSFShape shape : drawing.getShapes()) {
                if (shape.getAnchor() instanceof XSSFClientAnchor a) {
                    lastColumn = Math.max(lastColumn, a.getCol2());
                    bottom = lastRow < 0 ? bottom : Math.max(bottom, a.getRow2());
                    if (a.getRow1() > CHART_BREAK_FROM_ROW) {
                        sheet.setRowBreak(a.getRow1() - 1);
                    }
                }
            }
        }
        if (bottom >= 0) {
            sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, Math.max(0, lastColumn), 0, bottom);
        }
        headerAndFooter(sheet, page);
    }

    /** Company left, sheet name centred, "as of" and export time right; page n of m below. */
    public static void headerAndFooter(XSSFSheet sheet, Page page) {
        sheet.getHeader().setLeft(escaped(page.company()));
        sheet.getHeader().setCenter("&A");
        sheet.getHeader().setRight(escaped("as of " + page.asOf() + ", exported " + page.exported()));
        sheet.getFooter().setCenter("Page &P of &N");
    }

    /** A header's text with its ampersands doubled: {@code &} starts a header code (page number, date). */
    private static String escaped(String text) {
        return text.replace("&", "&&");
    }
}

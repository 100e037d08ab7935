package io.haircut.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook's cell styles and the few ways a cell is written. Text from the input only ever goes
 * through {@link #text}, a string cell, which a spreadsheet shows and never runs; formulas are built by
 * the sheet writers from cell references alone. The one BigDecimal-to-double conversion is here.
 */
final class Cells {

    static final String MONEY_FORMAT = "#,##0.00;[Red](#,##0.00)";
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    final CellStyle title;
    final CellStyle header;
    final CellStyle bold;
    final CellStyle date;
    final CellStyle month;
    final CellStyle money;
    final CellStyle moneyBold;
    final CellStyle count;
    final CellStyle link;

    Cells(Workbook workbook) {
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 13);
        Font linkFont = workbook.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());

        title = workbook.createCellStyle();
        title.setFont(titleFont);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        date = formatted(workbook, "yyyy-mm-dd");
        month = formatted(workbook, "yyyy-mm");
        money = formatted(workbook, MONEY_FORMAT);
        moneyBold = formatted(workbook, MONEY_FORMAT);
        moneyBold.setFont(boldFont);
        count = formatted(workbook, "#,##0");
        link = workbook.createCellStyle();
        link.setFont(linkFont);
    }

    /** A string cell; null is written as an empty cell. Length is checked up front by the exporter. */
    static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    void text(Row row, int column, String value, CellStyle style) {
        text(row, column, value);
        if (value != null) {
            row.getCell(column).setCellStyle(style);
        }
    }

    void headers(Row row, String... names) {
        for (int c = 0; c < names.length; c++) {
            text(row, c, names[c], header);
        }
    }

    void date(Row row, int column, LocalDate value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(date);
    }

    /** A month as the date of its first day shown "2026-03": a number, so SUMIFS matches it exactly. */
    void month(Row row, int column, YearMonth value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.atDay(1));
        cell.setCellStyle(month);
    }

    void money(Row row, int column, BigDecimal amount) {
        Cell cell = row.createCell(column);
        cell.setCellValue(number(amount));
        cell.setCellStyle(money);
    }

    /**
     * A formula with its value computed in Java as the cached result, so readers that do not calculate
     * (previews, pandas) see the right figure; {@code formula} holds only cell references and functions.
     */
    static void formula(Row row, int column, String formula, BigDecimal cached, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(number(cached));
        cell.setCellStyle(style);
    }

    static void formula(Row row, int column, String formula, long cached, CellStyle style) {
        formula(row, column, formula, BigDecimal.valueOf(cached), style);
    }

    /**
     * The POI cell boundary: a spreadsheet cell stores an IEEE double, so this is the one place money
     * leaves BigDecimal. doubleValue() picks the nearest double; a double carries 15 significant digits,
     * so the spreadsheet's sums agree with the exact Java figures to the cent for any real ledger.
     */
    private static double number(BigDecimal amount) {
        return amount.doubleValue();
    }

    private static CellStyle formatted(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}

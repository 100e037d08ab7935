package io.haircut.xlsx.layout;

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
public final class Cells {

    /** Money in US dollars: thousands separators, cents, a negative in red parentheses. */
    public static final String MONEY_FORMAT = moneyFormat("USD");
    static final String PERCENT_FORMAT = "0.0%;[Red](0.0%)";
    public static final String RATIO_FORMAT = "0.00\\x;[Red](0.00\\x)";
    static final String MONTHS_FORMAT = "#,##0.0;[Red](#,##0.0)";
    static final String FONT = "Arial";
    public static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    public final CellStyle title;
    public final CellStyle header;
    public final CellStyle headerRight;
    public final CellStyle bold;
    public final CellStyle date;
    public final CellStyle month;
    public final CellStyle money;
    public final CellStyle moneyBold;
    public final CellStyle percent;
    public final CellStyle ratio;
    public final CellStyle months;
    public final CellStyle count;
    public final CellStyle plain;
    public final CellStyle link;
    final CellStyle wrapped;
    public final CellStyle indented;
    public final CellStyle note;
    public final CellStyle notAvailable;
    /** Inputs, in blue (the modelling convention: blue cells are typed in, black cells are formulas). */
    public final CellStyle inputText;
    public final CellStyle inputMoney;
    public final CellStyle inputCount;
    public final CellStyle inputMonth;
    public final CellStyle inputDate;
    public final CellStyle inputPercent;
    public final CellStyle inputPlain;
    public final CellStyle inputDecimal;

    public Cells(Workbook workbook) {
        this(workbook, "USD");
    }

    /** The styles, money shown in {@code currency} (one currency per workbook: mixed ones are refused earlier). */
    public Cells(Workbook workbook, String currency) {
        // One typeface everywhere, the default font included, so styled and plain cells render alike in
        // Excel and LibreOffice (a new workbook's default font is Calibri, which LibreOffice substitutes).
        Font defaultFont = workbook.getFontAt(0);
        defaultFont.setFontName(FONT);
        defaultFont.setFontHeightInPoints((short) 10);
        Font boldFont = font(workbook);
        boldFont.setBold(true);
        Font titleFont = font(workbook);
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 13);
        Font linkFont = font(workbook);
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());

        title = workbook.createCellStyle();
        title.setFont(titleFont);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerRight = workbook.createCellStyle();
        headerRight.cloneStyleFrom(header);
        headerRight.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT); // over right-aligned figures
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        date = formatted(workbook, "yyyy-mm-dd");
        month = formatted(workbook, "yyyy-mm");
        String moneyFormat = moneyFormat(currency);
        money = formatted(workbook, moneyFormat);
        moneyBold = formatted(workbook, moneyFormat);
        moneyBold.setFont(boldFont);
        percent = formatted(workbook, PERCENT_FORMAT);
        ratio = formatted(workbook, RATIO_FORMAT);
        ratio.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT); // a ratio's "n/a" too
        months = formatted(workbook, MONTHS_FORMAT);
        count = formatted(workbook, "#,##0");
        plain = formatted(workbook, "0");
        link = workbook.createCellStyle();
        link.setFont(linkFont);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        indented = workbook.createCellStyle();
        indented.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT); // indent needs an alignment
        indented.setIndention((short) 2);
        Font greyFont = font(workbook);
        greyFont.setItalic(true);
        greyFont.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        note = workbook.createCellStyle();
        note.setFont(greyFont);
        notAvailable = workbook.createCellStyle();
        notAvailable.setFont(greyFont);
        notAvailable.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT); // where a figure would be

        Font inputFont = font(workbook);
        inputFont.setColor(IndexedColors.BLUE.getIndex());
        inputText = workbook.createCellStyle();
        inputText.setFont(inputFont);
        inputMoney = input(workbook, money, inputFont);
        inputCount = input(workbook, count, inputFont);
        inputMonth = input(workbook, month, inputFont);
        inputDate = input(workbook, date, inputFont);
        inputPercent = input(workbook, formatted(workbook, "0.00%"), inputFont);
        inputPlain = input(workbook, plain, inputFont);
        inputDecimal = input(workbook, formatted(workbook, "#,##0.####"), inputFont);
    }

    private static CellStyle input(Workbook workbook, CellStyle like, Font inputFont) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(like);
        style.setFont(inputFont);
        return style;
    }

    /**
     * {@code "$"#,##0.00;[Red]("$"#,##0.00)} for USD: the symbol for the few currencies that have a
     * well-known one, the ISO code otherwise ({@code "CHF "#,##0.00}), never a wrong symbol.
     */
    static String moneyFormat(String currency) {
        String symbol = switch (currency) {
            case "USD" -> "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            case "JPY" -> "¥";
            default -> currency.replaceAll("[^A-Za-z]", "") + " ";
        };
        String positive = "\"" + symbol + "\"#,##0.00";
        return positive + ";[Red](" + positive + ")";
    }

    /**
     * A chart axis's format: whole amounts, in millions ({@code "$"#,##0,,"M"}) when the largest figure
     * reaches ten million, so an axis of a large company reads $900M rather than $900,000,000.
     */
    public static String axisFormat(String currency, java.util.Collection<BigDecimal> figures) {
        BigDecimal largest = figures.stream().map(BigDecimal::abs).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        String symbol = moneyFormat(currency).substring(0, moneyFormat(currency).indexOf('#'));
        String whole = symbol + "#,##0";
        String format = largest.compareTo(BigDecimal.valueOf(10_000_000)) >= 0 ? whole + ",,\"M\"" : whole;
        return format + ";[Red](" + format + ")";
    }

    /** The style for a figure of {@code kind}. */
    public CellStyle style(FigureKind kind) {
        return switch (kind) {
            case MONEY -> money;
            case PERCENT -> percent;
            case MULTIPLE -> ratio;
            case MONTHS -> months;
            case COUNT -> count;
            case YEAR -> plain;
        };
    }

    /** A string cell; null is written as an empty cell. Length is checked up front by the exporter. */
    public static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    public void text(Row row, int column, String value, CellStyle style) {
        text(row, column, value);
        if (value != null) {
            row.getCell(column).setCellStyle(style);
        }
    }

    public void headers(Row row, String... names) {
        for (int c = 0; c < names.length; c++) {
            text(row, c, names[c], header);
        }
    }

    /** Headers, right-aligned over the figure columns {@code from..to} (0-based, inclusive). */
    public void headers(Row row, int from, int to, String... names) {
        for (int c = 0; c < names.length; c++) {
            text(row, c, names[c], c >= from && c <= to ? headerRight : header);
        }
    }

    public void date(Row row, int column, LocalDate value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(date);
    }

    /** A month as the date of its first day shown "2026-03": a number, so SUMIFS matches it exactly. */
    public void month(Row row, int column, YearMonth value) {
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
    public static void formula(Row row, int column, String formula, BigDecimal cached, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(number(cached));
        cell.setCellStyle(style);
    }

    public static void formula(Row row, int column, String formula, long cached, CellStyle style) {
        formula(row, column, formula, BigDecimal.valueOf(cached), style);
    }

    /** A whole number we produce ourselves (a line number), not a formula. */
    public static void formulaFree(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A formula whose cached result is text ("n/a"); {@code formula} holds only references and literals we wrote. */
    public static void formula(Row row, int column, String formula, String cached, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
        cell.setCellStyle(style);
    }

    /** A number that is not a formula: a figure handed to the exporter (a metric, a coverage input). */
    public static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(number(value));
        cell.setCellStyle(style);
    }

    /**
     * The POI cell boundary: a spreadsheet cell stores an IEEE double, so this is the one place money
     * leaves BigDecimal. doubleValue() picks the nearest double; a double carries 15 significant digits,
     * so the spreadsheet's sums agree with the exact Java figures to the cent for any real ledger.
     */
    private static double number(BigDecimal amount) {
        return amount.doubleValue();
    }

    private static Font font(Workbook workbook) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) 10);
        return font;
    }

    private static CellStyle formatted(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /** A chart's cached series values: the same boundary (the chart's cache is a list of doubles). */
    static Double[] chartCache(java.util.List<BigDecimal> values) {
        return values.stream().map(Cells::number).toArray(Double[]::new);
    }
}

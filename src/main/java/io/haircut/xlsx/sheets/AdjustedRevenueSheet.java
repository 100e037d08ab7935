package io.haircut.xlsx.sheets;

import static io.haircut.xlsx.sheets.BridgeFormulas.letter;
import static io.haircut.xlsx.sheets.BridgeFormulas.plusSteps;

import io.haircut.bridge.BridgeStep;
import io.haircut.bridge.RevenueBridge;
import io.haircut.xlsx.layout.Cells;
import io.haircut.xlsx.layout.Charts;
import io.haircut.xlsx.sources.SourceCopies;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The bridge by month as live formulas: Month | Reported | each cash-view rule | Cash | each
 * adjusted-view rule | Adjusted | Adjusted % of reported, and a Total row. Reported is a SUMIFS over
 * the Revenue sheet's Amount by its Month column; each rule's step a SUMIFS over the Adjustments sheet by
 * rule (the column's header cell) and month (column A); Cash and Adjusted add the steps to their left
 * (docs/methodology.md, "The three views"). A chart of Reported against Adjusted sits to the right of the table;
 * below it, the same columns by quarter, by year and for the last twelve months ({@link PeriodViews}).
 */
public final class AdjustedRevenueSheet {

    public static final String NAME = "Adjusted Revenue";
    public static final int HEADER_ROW = 2;

    /**
     * Where each month's bridge is: its 1-based row, and the letters of the Reported, Cash and Adjusted
     * columns, for the Unit Economics and Coverage formulas that read the monthly views.
     */
    public record Placed(java.util.Map<YearMonth, Integer> rowOf, String cashColumn, String adjustedColumn,
            java.util.Map<YearMonth, RevenueBridge> bridges) {

        /** A month's figure on one view ("reported", "cash" or "adjusted"), exact; zero for a month without data. */
        BigDecimal monthly(String view, YearMonth month) {
            RevenueBridge b = bridges.get(month);
            if (b == null) {
                return BigDecimal.ZERO;
            }
            return switch (view) {
                case "reported" -> b.reported().amount();
                case "cash" -> b.cash().amount();
                default -> b.adjusted().amount();
            };
        }

        String reported(YearMonth month) {
            return ref("B", month);
        }

        String cash(YearMonth month) {
            return ref(cashColumn, month);
        }

        String adjusted(YearMonth month) {
            return ref(adjustedColumn, month);
        }

        /** The column's month rows, for a SUMIFS over a span of months. */
        String column(String letter) {
            int first = HEADER_ROW + 1;
            int last = Math.max(first, HEADER_ROW + rowOf.size());
            return SourceCopies.quoted(NAME) + "!$" + letter + "$" + first + ":$" + letter + "$" + last;
        }

        String months() {
            return column("A");
        }

        private String ref(String column, YearMonth month) {
            Integer row = rowOf.get(month);
            return row == null ? null : SourceCopies.quoted(NAME) + "!$" + column + "$" + row;
        }
    }

    private AdjustedRevenueSheet() {
    }

    public static Placed write(XSSFSheet sheet, RevenueBridge total, List<RevenueBridge> months, BridgeFormulas.Ranges ranges,
            Cells cells) {
        List<BridgeStep> cashSteps = total.cashSteps();
        List<BridgeStep> adjustedSteps = total.adjustedSteps();
        int cashColumn = 2 + cashSteps.size();
        int adjustedColumn = cashColumn + 1 + adjustedSteps.size();
        int shareColumn = adjustedColumn + 1;

        cells.text(sheet.createRow(0), 0, "Revenue by month, reported to adjusted (" + total.currency() + ")", cells.title);
        bridgeHeader(sheet.createRow(HEADER_ROW - 1), "Month", cashSteps, adjustedSteps, cells);

        int n = HEADER_ROW;
        Map<YearMonth, Integer> rowOf = new java.util.LinkedHashMap<>();
        Map<YearMonth, RevenueBridge> bridges = new HashMap<>();
        for (RevenueBridge month : months) {
            Row row = sheet.createRow(n++); // row n, 1-based, after the increment
            rowOf.put(YearMonth.parse(month.period()), n);
            bridges.put(YearMonth.parse(month.period()), month);
            cells.month(row, 0, YearMonth.parse(month.period()));
            Cells.formula(row, 1, ranges.revenueOfMonth("$A" + n),
                    month.reported().amount(), cells.money);
            Map<String, BigDecimal> amounts = new HashMap<>();
            month.steps().forEach(s -> amounts.put(s.rule().id(), s.amount().amount()));
            for (int i = 0; i < cashSteps.size(); i++) {
                step(row, 2 + i, cashSteps.get(i), amounts, n, ranges, cells);
            }
            Cells.formula(row, cashColumn, plusSteps("B" + n, n, 2, cashColumn - 1), month.cash().amount(), cells.moneyBold);
            for (int i = 0; i < adjustedSteps.size(); i++) {
                step(row, cashColumn + 1 + i, adjustedSteps.get(i), amounts, n, ranges, cells);
            }
            Cells.formula(row, adjustedColumn, plusSteps(letter(cashColumn) + n, n, cashColumn + 1, adjustedColumn - 1),
                    month.adjusted().amount(), cells.moneyBold);
            Cells.formula(row, shareColumn, BridgeFormulas.shareOf(letter(adjustedColumn) + n, "B" + n),
                    BridgeFormulas.share(month.adjusted().amount(), month.reported().amount()), cells.percent);
        }
        int lastMonthRow = n;

        // Total: each column's sum, which equals the Summary's bridge (a check the reader can make).
        Row totals = sheet.createRow(n++);
        cells.text(totals, 0, "Total", cells.bold);
        List<BigDecimal> totalFigures = new ArrayList<>();
        totalFigures.add(total.reported().amount());
        cashSteps.forEach(s -> totalFigures.add(s.amount().amount()));
        totalFigures.add(total.cash().amount());
        adjustedSteps.forEach(s -> totalFigures.add(s.amount().amount()));
        totalFigures.add(total.adjusted().amount());
        for (int c = 1; c <= adjustedColumn; c++) {
            String col = letter(c);
            String formula = lastMonthRow <= HEADER_ROW ? "0"
                    : "SUM(" + col + (HEADER_ROW + 1) + ":" + col + lastMonthRow + ")";
            Cells.formula(totals, c, formula, totalFigures.get(c - 1), cells.moneyBold);
        }
        Cells.formula(totals, shareColumn, BridgeFormulas.shareOf(letter(adjustedColumn) + n, "B" + n),
                BridgeFormulas.share(total.adjusted().amount(), total.reported().amount()), cells.percent);

        PeriodViews.write(sheet, n + 1, total, months, lastMonthRow, cells);

        sheet.createFreezePane(1, HEADER_ROW);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW - 1, Math.max(HEADER_ROW - 1, lastMonthRow - 1), 0, shareColumn));
        sheet.setColumnWidth(0, 10 * 256);
        for (int c = 1; c <= adjustedColumn; c++) {
            sheet.setColumnWidth(c, 22 * 256);
        }
        sheet.setColumnWidth(shareColumn, 14 * 256);
        sheet.setColumnWidth(shareColumn + 1, 40 * 256);

        if (!months.isEmpty()) {
            chart(sheet, months, shareColumn + 2, adjustedColumn, lastMonthRow, total.currency());
        }
        return new Placed(rowOf, letter(cashColumn), letter(adjustedColumn), bridges);
    }

    /** One rule's change in one month: its adjustments whose rule is the column's header and month is column A. */
    private static void step(Row row, int column, BridgeStep step, Map<String, BigDecimal> amounts, int n,
            BridgeFormulas.Ranges ranges, Cells cells) {
        Cells.formula(row, column, ranges.adjustmentsOfRuleInMonth(letter(column) + "$" + HEADER_ROW, "$A" + n),
                amounts.getOrDefault(step.rule().id(), BigDecimal.ZERO), cells.money);
    }

    /** Reported against Adjusted by month: the gap between the lines is what the rules took out. */
    private static void chart(XSSFSheet sheet, List<RevenueBridge> months, int fromColumn, int adjustedColumn,
            int lastMonthRow, String currency) {
        String sheetRef = SourceCopies.quoted(NAME) + "!";
        int first = HEADER_ROW + 1;
        List<String> labels = months.stream().map(RevenueBridge::period).toList();
        Charts.Categories categories = new Charts.Categories(labels, sheetRef + "$A$" + first + ":$A$" + lastMonthRow);
        String adj = letter(adjustedColumn);
        List<Charts.Series> series = List.of(
                new Charts.Series("Reported", months.stream().map(b -> b.reported().amount()).toList(),
                        sheetRef + "$B$" + first + ":$B$" + lastMonthRow),
                new Charts.Series("Adjusted", months.stream().map(b -> b.adjusted().amount()).toList(),
                        sheetRef + "$" + adj + "$" + first + ":$" + adj + "$" + lastMonthRow));
        Charts.lines(sheet, new Charts.Box(fromColumn, 1, fromColumn + 10, 24),
                "Reported vs adjusted revenue by month (" + currency + ")", categories, series,
                Cells.axisFormat(currency, series.stream().flatMap(s -> s.values().stream()).toList()));
    }

    /**
     * The header of a bridge table: {@code first} | Reported | each cash-view rule | Cash | each adjusted-view
     * rule | Adjusted | Adjusted % of reported. The rule id, exactly: each step column's SUMIFS reads its
     * criterion from this header cell.
     */
    static void bridgeHeader(Row header, String first, List<BridgeStep> cashSteps, List<BridgeStep> adjustedSteps, Cells cells) {
        int cashColumn = 2 + cashSteps.size();
        int adjustedColumn = cashColumn + 1 + adjustedSteps.size();
        cells.text(header, 0, first, cells.header);
        cells.text(header, 1, "Reported", cells.headerRight);
        for (int i = 0; i < cashSteps.size(); i++) {
            cells.text(header, 2 + i, cashSteps.get(i).rule().id(), cells.headerRight);
        }
        cells.text(header, cashColumn, "Cash", cells.headerRight);
        for (int i = 0; i < adjustedSteps.size(); i++) {
            cells.text(header, cashColumn + 1 + i, adjustedSteps.get(i).rule().id(), cells.headerRight);
        }
        cells.text(header, adjustedColumn, "Adjusted", cells.headerRight);
        cells.text(header, adjustedColumn + 1, "Adjusted % of reported", cells.headerRight);
    }
}

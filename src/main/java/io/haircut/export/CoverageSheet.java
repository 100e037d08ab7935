package io.haircut.export;

import static io.haircut.export.BridgeFormulas.letter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Commitment coverage per scenario and year (docs/methodology.md, "Commitment coverage"), the ratios as live formulas over the
 * row's figures:
 * <pre>
 * revenue coverage(y)    = adjusted revenue(y) / binding commitments(y)
 * cumulative coverage(y) = (cash and unused credits + revenue after the base month to y)
 *                          / commitments after the base month to y
 * </pre>
 * "to y" is a SUMIFS over the scenario's rows up to year y; revenue already received is in the cash, so
 * each dollar is counted once (docs/investors-and-coverage.md). Below, the revenue coverage as a Year x
 * scenario table with a 1.0 break-even column, charted beside it.
 */
final class CoverageSheet {

    static final String NAME = "Coverage";
    static final String CASH_CELL = "$B$2";
    private static final int HEADER_ROW = 4;
    private static final String NOT_AVAILABLE = "n/a";

    private CoverageSheet() {
    }

    static void write(XSSFSheet sheet, CoverageSection coverage, String currency, Cells cells) {
        cells.text(sheet.createRow(0), 0, "Commitment coverage (" + currency + ")", cells.title);
        Row cash = sheet.createRow(1);
        cells.text(cash, 0, "Cash and unused credits", cells.bold);
        Cells.number(cash, 1, coverage.cashAndCredits(), cells.money);
        cells.headers(sheet.createRow(HEADER_ROW - 1), "Scenario", "Year", "Adjusted revenue", "Binding commitments",
                "Revenue coverage", "Cumulative coverage", "Revenue after base month", "Commitments after base month",
                "Cash and credits counted");

        List<CoverageRow> rows = coverage.rows();
        int first = HEADER_ROW + 1;
        int last = HEADER_ROW + rows.size();
        String scenarios = "$A$" + first + ":$A$" + last;
        String years = "$B$" + first + ":$B$" + last;
        Map<String, Map<Integer, Integer>> rowOf = new LinkedHashMap<>();
        int n = HEADER_ROW;
        for (CoverageRow c : rows) {
            Row row = sheet.createRow(n++);
            Cells.text(row, 0, c.scenario());
            Cells.formulaFree(row, 1, c.year(), cells.plain);
            Cells.number(row, 2, c.adjustedRevenue(), cells.money);
            Cells.number(row, 3, c.commitments(), cells.money);
            ratio(row, 4, "IF(D" + n + "=0,\"" + NOT_AVAILABLE + "\",C" + n + "/D" + n + ")", c.coverage(), cells);
            String toYear = scenarios + ",$A" + n + "," + years + ",\"<=\"&$B" + n;
            Cells.number(row, 6, c.revenueAfterBase(), cells.money);
            Cells.number(row, 7, c.commitmentsAfterBase(), cells.money);
            Cells.number(row, 8, c.cashAndCredits() == null ? coverage.cashAndCredits() : c.cashAndCredits(), cells.money);
            String commitmentsToYear = "SUMIFS($H$" + first + ":$H$" + last + "," + toYear + ")";
            ratio(row, 5, "IF(" + commitmentsToYear + "=0,\"" + NOT_AVAILABLE + "\",($I" + n + "+SUMIFS($G$" + first
                    + ":$G$" + last + "," + toYear + "))/" + commitmentsToYear + ")", c.cumulativeCoverage(), cells);
            rowOf.computeIfAbsent(c.scenario(), s -> new LinkedHashMap<>()).put(c.year(), n);
        }
        sheet.createFreezePane(0, HEADER_ROW);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW - 1, Math.max(HEADER_ROW - 1, last - 1), 0, 8));
        int[] widths = {24, 8, 22, 22, 18, 20, 24, 26, 24};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        if (!rows.isEmpty()) {
            byYear(sheet, rows, rowOf, last + 3, cells);
        }
    }

    /** The ratio's formula with haircut's figure cached, or "n/a" cached when it could not be computed. */
    private static void ratio(Row row, int column, String formula, BigDecimal value, Cells cells) {
        if (value == null) {
            Cells.formula(row, column, formula, NOT_AVAILABLE, cells.ratio);
        } else {
            Cells.formula(row, column, formula, value, cells.ratio);
        }
    }

    /** Year | one column per scenario (references to the table above) | Break-even 1.0, and its chart. */
    private static void byYear(XSSFSheet sheet, List<CoverageRow> rows, Map<String, Map<Integer, Integer>> rowOf,
            int headerRow, Cells cells) {
        Set<String> scenarios = new LinkedHashSet<>(rowOf.keySet());
        Set<Integer> years = new TreeSet<>();
        rows.forEach(r -> years.add(r.year()));
        Map<String, Map<Integer, BigDecimal>> coverageOf = new LinkedHashMap<>();
        rows.forEach(r -> coverageOf.computeIfAbsent(r.scenario(), s -> new LinkedHashMap<>()).put(r.year(), r.coverage()));

        cells.text(sheet.createRow(headerRow - 2), 0, "Revenue coverage by year", cells.title);
        Row header = sheet.createRow(headerRow - 1);
        cells.text(header, 0, "Year", cells.header);
        int c = 1;
        for (String s : scenarios) {
            cells.text(header, c++, s, cells.header);
        }
        int breakEvenColumn = c;
        cells.text(header, breakEvenColumn, "Break-even", cells.header);

        int n = headerRow;
        List<String> labels = new ArrayList<>();
        Map<String, List<BigDecimal>> values = new LinkedHashMap<>();
        for (int year : years) {
            Row row = sheet.createRow(n++);
            Cells.formulaFree(row, 0, year, cells.plain);
            labels.add(Integer.toString(year));
            int col = 1;
            for (String s : scenarios) {
                Integer source = rowOf.get(s).get(year);
                BigDecimal figure = coverageOf.get(s).get(year);
                if (source != null) {
                    ratio(row, col, "E" + source, figure, cells);
                }
                values.computeIfAbsent(s, k -> new ArrayList<>()).add(figure == null ? BigDecimal.ZERO : figure);
                col++;
            }
            // The line a scenario must stay above: revenue that pays the year's commitments exactly.
            Cells.number(row, breakEvenColumn, BigDecimal.ONE, cells.ratio);
            values.computeIfAbsent("Break-even (1.0)", k -> new ArrayList<>()).add(BigDecimal.ONE);
        }
        int firstYearRow = headerRow + 1;
        int lastYearRow = n;
        String ref = SourceCopies.quoted(NAME) + "!";
        List<Charts.Series> series = new ArrayList<>();
        int col = 1;
        for (Map.Entry<String, List<BigDecimal>> e : values.entrySet()) {
            String l = letter(col++);
            boolean breakEven = col - 1 == values.size();
            series.add(new Charts.Series(e.getKey(), e.getValue(), ref + "$" + l + "$" + firstYearRow + ":$" + l + "$"
                    + lastYearRow, breakEven));
        }
        Charts.lines(sheet, new Charts.Box(7, 1, 16, 22), "Revenue coverage by year",
                new Charts.Categories(labels, ref + "$A$" + firstYearRow + ":$A$" + lastYearRow), series,
                Cells.RATIO_FORMAT);
    }
}

package io.haircut.export;

import static io.haircut.export.BridgeFormulas.letter;

import io.haircut.coverage.Basis;
import io.haircut.coverage.CommitmentSchedule;
import io.haircut.coverage.Coverage;
import io.haircut.coverage.CoverageReport;
import io.haircut.coverage.CoverageYear;
import io.haircut.coverage.Ltm;
import io.haircut.coverage.Scenario;
import io.haircut.ledger.CashBalance;
import io.haircut.ledger.Commitment;
import io.haircut.ledger.Ledger;
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


    /**
     * The live sheet: cash and credits, each scenario's inputs (growth and decay in blue, the LTM a SUMIFS
     * over the Adjusted Revenue sheet's months), the years as formulas over them and a schedule of the
     * commitments built from the Commitments sheet's cells. The figures follow the coverage stage's
     * definitions (docs/methodology.md, "Commitment coverage"); each cached value is that stage's figure.
     */
    static void writeLive(XSSFSheet sheet, CoverageSection coverage, List<CoverageReport> reports, Ledger ledger,
            AdjustedRevenueSheet.Placed byMonth, String currency, Cells cells) {
        cells.text(sheet.createRow(0), 0, "Commitment coverage (" + currency + ")", cells.title);
        Row cash = sheet.createRow(1);
        cells.text(cash, 0, "Cash and unused credits", cells.bold);
        Integer cashRow = latestCashRow(ledger);
        if (cashRow == null) {
            Cells.number(cash, 1, BigDecimal.ZERO, cells.money);
            cells.text(cash, 2, "no Cash sheet: no cash or credits counted", cells.note);
        } else {
            Cells.formula(cash, 1, InputSheets.CASH + "!$B$" + cashRow + "+" + InputSheets.CASH + "!$C$" + cashRow,
                    coverage.cashAndCredits(), cells.money);
            cells.text(cash, 2, "the latest Cash row (" + InputSheets.CASH + " row " + cashRow + ")", cells.note);
        }
        cells.text(sheet.createRow(2), 0, "Blue cells are inputs (growth, decay here; revenue, commitments and cash on"
                + " their sheets); black cells are formulas.", cells.note);

        // Scenario inputs: one row each.
        int assumptionsHeader = 4;
        cells.headers(sheet.createRow(assumptionsHeader - 1), 2, 9, "Scenario inputs", "Basis", "Growth", "Decay", "LTM from",
                "LTM to", "Months", "LTM sum", "Less largest customer", "LTM revenue");
        Map<String, Integer> scenarioRow = new LinkedHashMap<>();
        int n = assumptionsHeader;
        for (CoverageReport r : reports) {
            Scenario s = r.scenario();
            Ltm ltm = r.ltm();
            Row row = sheet.createRow(n++);
            scenarioRow.put(s.name(), n);
            cells.text(row, 0, s.name(), cells.bold);
            Cells.text(row, 1, s.basis().label());
            Cells.number(row, 2, s.growth(), cells.inputPercent);
            Cells.number(row, 3, s.decay(), cells.inputPercent);
            cells.month(row, 4, ltm.from());
            cells.month(row, 5, ltm.to());
            Cells.formulaFree(row, 6, ltm.months(), cells.count);
            String column = byMonth.column(s.basis() == Basis.REPORTED ? "B" : byMonth.adjustedColumn());
            Cells.formula(row, 7, "SUMIFS(" + column + "," + byMonth.months() + ",\">=\"&E" + n + "," + byMonth.months()
                    + ",\"<=\"&F" + n + ")", ltm.sum(), cells.money);
            Cells.number(row, 8, ltm.removedAmount(), cells.money);
            Cells.formula(row, 9, "IF(G" + n + "<12,(H" + n + "-I" + n + ")*12/G" + n + ",H" + n + "-I" + n + ")",
                    ltm.revenue(), cells.moneyBold);
        }
        int notesRow = n + 1;
        cells.text(sheet.createRow(notesRow - 1), 0, "LTM: the last twelve months of revenue on the scenario's basis, "
                + "annualised (x 12 / months) when fewer; less the largest customer group when the scenario leaves it out"
                + " (a figure haircut computed, not a formula).", cells.note);

        int schedule = scheduleRows(ledger);
        int headerRow = notesRow + 2;
        cells.headers(sheet.createRow(headerRow - 1), 2, 9, "Scenario", "Year", "Projected revenue", "Binding commitments",
                "Revenue coverage", "Cumulative coverage", "Growth rate", "Growth factor", "Cumulative revenue",
                "Cumulative commitments");
        List<CoverageRow> rows = coverage.rows();
        int first = headerRow + 1;
        int last = headerRow + rows.size();
        int scheduleFirst = last + 4;
        int scheduleLast = Math.max(scheduleFirst, scheduleFirst + schedule - 1);
        String scheduleStatus = "$B$" + scheduleFirst + ":$B$" + scheduleLast;
        String scheduleYear = "$C$" + scheduleFirst + ":$C$" + scheduleLast;
        String scheduleAmount = "$D$" + scheduleFirst + ":$D$" + scheduleLast;
        Map<String, Map<Integer, Integer>> rowOf = new LinkedHashMap<>();
        n = headerRow;
        for (CoverageReport r : reports) {
            Scenario s = r.scenario();
            int inputs = scenarioRow.get(s.name());
            String g = "$C$" + inputs;
            String d = "$D$" + inputs;
            String ltm = "$J$" + inputs;
            int base = r.baseYear();
            Integer previousYear = null;
            int previousRow = 0;
            for (CoverageYear y : r.years()) {
                Row row = sheet.createRow(n++);
                Cells.text(row, 0, s.name());
                Cells.formulaFree(row, 1, y.year(), cells.plain);
                int from = previousYear == null ? base : previousYear + 1;
                // Growth factor: the previous row's times (1 + g x (1 - d)^(k - 1)) for each year k since.
                StringBuilder factor = new StringBuilder(previousYear == null ? "1" : "$H$" + previousRow);
                StringBuilder cumulative = new StringBuilder(previousYear == null ? "0" : "$I$" + previousRow);
                String running = previousYear == null ? "1" : "$H$" + previousRow;
                for (int year = from; year <= y.year(); year++) {
                    if (year > base) {
                        String step = "(1+" + g + "*(1-" + d + ")^" + (year - base - 1) + ")";
                        factor.append("*").append(step);
                        running = running + "*" + step;
                    }
                    cumulative.append("+").append(ltm).append("*").append(running);
                }
                Cells.formula(row, 2, ltm + "*H" + n, y.projectedRevenue(), cells.money);
                Cells.formula(row, 3, "SUMIFS(" + scheduleAmount + "," + scheduleStatus + ",\"binding\"," + scheduleYear + ",B" + n + ")",
                        y.commitments(), cells.money);
                ratio(row, 4, "IF(D" + n + "=0,\"" + NOT_AVAILABLE + "\",C" + n + "/D" + n + ")", y.revenueCoverage(), cells);
                ratio(row, 5, "IF(J" + n + "=0,\"" + NOT_AVAILABLE + "\",(" + CASH_CELL + "+I" + n + ")/J" + n + ")",
                        y.cumulativeCoverage(), cells);
                Cells.formula(row, 6, y.year() == base ? "0" : g + "*(1-" + d + ")^" + (y.year() - base - 1), y.growth(),
                        cells.percent);
                Cells.formula(row, 7, factor.toString(), factor(s, y.year() - base), cells.months);
                Cells.formula(row, 8, cumulative.toString(), y.cumulativeRevenue(), cells.money);
                Cells.formula(row, 9, (previousYear == null ? "" : "$J$" + previousRow + "+") + "D" + n,
                        y.cumulativeCommitments(), cells.money);
                rowOf.computeIfAbsent(s.name(), k -> new LinkedHashMap<>()).put(y.year(), n);
                previousYear = y.year();
                previousRow = n;
            }
        }
        scheduleBlock(sheet, ledger, scheduleFirst, cells);
        int[] widths = {24, 22, 22, 22, 18, 20, 14, 22, 24, 24};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        if (!rows.isEmpty()) {
            byYear(sheet, rows, rowOf, scheduleLast + 4, cells);
        }
    }

    /** (1 + g_1) x ... x (1 + g_n), g_k = g x (1 - d)^(k - 1): the growth factor's cached value. */
    private static BigDecimal factor(Scenario s, int years) {
        BigDecimal factor = BigDecimal.ONE;
        for (int k = 1; k <= years; k++) {
            BigDecimal rate = s.growth().multiply(BigDecimal.ONE.subtract(s.decay()).pow(k - 1, Coverage.MC), Coverage.MC);
            factor = factor.multiply(BigDecimal.ONE.add(rate), Coverage.MC);
        }
        return factor;
    }

    /** The Cash sheet's row of the latest month (its first row when the month repeats), or null without one. */
    static Integer latestCashRow(Ledger ledger) {
        Integer row = null;
        java.time.YearMonth latest = null;
        for (int i = 0; i < ledger.cash().size(); i++) {
            CashBalance c = ledger.cash().get(i);
            if (latest == null || c.month().isAfter(latest)) {
                latest = c.month();
                row = InputSheets.FIRST_ROW + i;
            }
        }
        return row;
    }

    private static int scheduleRows(Ledger ledger) {
        return ledger.commitments().stream().filter(c -> !c.isCapacity()).mapToInt(Commitment::termYears).sum();
    }

    /**
     * Each commitment year by year, as formulas over the Commitments sheet's cells: one year is its Amount;
     * a total with a ramp is Total x the year's percent; an even spread is Total / Term rounded down to
     * cents in every year but the last, which takes the rest (so the years add up to the total).
     * Capacity in GW has no dollars until a $/GW-year is given, so it is not scheduled here.
     */
    private static void scheduleBlock(XSSFSheet sheet, Ledger ledger, int first, Cells cells) {
        cells.text(sheet.createRow(first - 3), 0, "Commitments by year (formulas over the Commitments sheet)", cells.title);
        cells.headers(sheet.createRow(first - 2), 2, 3, "Vendor", "Status", "Year", "Amount", "Commitments row");
        int n = first - 1;
        List<Commitment> commitments = ledger.commitments();
        String sheetName = InputSheets.COMMITMENTS + "!";
        for (int i = 0; i < commitments.size(); i++) {
            Commitment c = commitments.get(i);
            if (c.isCapacity()) {
                continue;
            }
            int source = InputSheets.FIRST_ROW + i;
            List<CommitmentSchedule.CommitmentYear> years = CommitmentSchedule.expand(c, null);
            for (int k = 0; k < years.size(); k++) {
                CommitmentSchedule.CommitmentYear y = years.get(k);
                Row row = sheet.createRow(n++);
                Cells.formula(row, 0, sheetName + "$A$" + source, c.vendor(), cells.plain);
                Cells.formula(row, 1, sheetName + "$B$" + source, c.status().label(), cells.plain);
                boolean oneYear = c.termYears() == 1 && c.rampPercents().isEmpty();
                String total = sheetName + "$F$" + source;
                String amount;
                if (oneYear) {
                    Cells.formula(row, 2, sheetName + "$C$" + source, y.year(), cells.plain);
                    amount = sheetName + "$D$" + source;
                } else {
                    Cells.formula(row, 2, sheetName + "$G$" + source + "+" + k, y.year(), cells.plain);
                    if (!c.rampPercents().isEmpty()) {
                        amount = total + "*" + c.rampPercents().get(k).toPlainString() + "/100";
                    } else {
                        int scale = Math.max(2, c.amount().amount().scale());
                        String each = "ROUNDDOWN(" + total + "/" + sheetName + "$H$" + source + "," + scale + ")";
                        amount = k < years.size() - 1 ? each : total + "-" + each + "*(" + sheetName + "$H$" + source + "-1)";
                    }
                }
                Cells.formula(row, 3, amount, y.amount().amount(), cells.money);
                Cells.formulaFree(row, 4, source, cells.plain);
            }
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
        Charts.lines(sheet, new Charts.Box(0, lastYearRow + 1, 7, lastYearRow + 23), "Revenue coverage by year",
                new Charts.Categories(labels, ref + "$A$" + firstYearRow + ":$A$" + lastYearRow), series,
                Cells.RATIO_FORMAT);
    }
}

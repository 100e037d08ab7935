package io.haircut.xlsx.sheets;

import static io.haircut.xlsx.sheets.BridgeFormulas.letter;

import io.haircut.coverage.Basis;
import io.haircut.coverage.CapacityAssumption;
import io.haircut.coverage.CommitmentSchedule;
import io.haircut.coverage.Coverage;
import io.haircut.coverage.CoverageReport;
import io.haircut.coverage.CoverageYear;
import io.haircut.coverage.Ltm;
import io.haircut.coverage.Scenario;
import io.haircut.ledger.CashBalance;
import io.haircut.ledger.Commitment;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Status;
import io.haircut.xlsx.layout.Cells;
import io.haircut.xlsx.layout.Charts;
import io.haircut.xlsx.sources.SourceCopies;
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
public final class CoverageSheet {

    public static final String NAME = "Coverage";
    public static final String CASH_CELL = "$B$2";
    private static final int HEADER_ROW = 4;
    private static final String NOT_AVAILABLE = "n/a";

    private CoverageSheet() {
    }

    public static void write(XSSFSheet sheet, CoverageSection coverage, String currency, Cells cells) {
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
     * The live sheet: cash and credits, each scenario's inputs (growth and decay in blue; the LTM, the base
     * year's actual months and the base month as SUMIFS over the Adjusted Revenue sheet's months), the years
     * as formulas over them and a schedule of the commitments built from the Commitments sheet's cells. The
     * formulas are the coverage stage's (docs/methodology.md, "Coverage definitions"): each dollar is counted
     * once, so the cumulative figures count only revenue and commitments after the base month. Each cached
     * value is that stage's figure, so a recalculation without an edit changes nothing.
     */
    public static void writeLive(XSSFSheet sheet, CoverageSection coverage, List<CoverageReport> reports, Ledger ledger,
            AdjustedRevenueSheet.Placed byMonth, String currency, Cells cells) {
        cells.text(sheet.createRow(0), 0, "Commitment coverage (" + currency + ")", cells.title);
        Row cash = sheet.createRow(1);
        cells.text(cash, 0, "Cash and unused credits", cells.bold);
        Integer cashRow = latestCashRow(ledger);
        if (cashRow == null) {
            Cells.number(cash, 1, BigDecimal.ZERO, cells.money);
            cells.text(cash, 2, "no Cash sheet: no cash or credits counted", cells.note);
        } else {
            CashBalance latest = ledger.cash().get(cashRow - InputSheets.FIRST_ROW);
            Cells.formula(cash, 1, InputSheets.CASH + "!$B$" + cashRow + "+" + InputSheets.CASH + "!$C$" + cashRow,
                    latest.cash().amount().add(latest.unusedCredits().amount()), cells.money);
            cells.text(cash, 2, "the latest Cash row (" + InputSheets.CASH + " row " + cashRow + ")", cells.note);
        }
        cells.text(sheet.createRow(2), 0, "Blue cells are inputs (growth, decay here; revenue, commitments and cash on"
                + " their sheets); black cells are formulas.", cells.note);

        // Scenario inputs: one row each.
        int assumptionsHeader = 4;
        cells.headers(sheet.createRow(assumptionsHeader - 1), 2, 17, "Scenario inputs", "Basis", "Growth", "Decay", "LTM from",
                "Base month", "Months", "LTM sum", "Less largest customer", "LTM revenue", "Base-year actual",
                "Less largest customer (base year)", "Base-month revenue", "Less largest customer (base month)",
                "Months left", "Base-year revenue", "Less vendors' own money", "Cash and credits counted");
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
            String view = s.basis() == Basis.REPORTED ? "reported" : "adjusted";
            String column = byMonth.column(s.basis() == Basis.REPORTED ? "B" : byMonth.adjustedColumn());
            // LTM revenue: the sum of the last twelve months, less the largest customer group if the scenario
            // leaves it out, x 12 / months when fewer (docs/methodology.md, "Coverage definitions", LTM revenue).
            Cells.formula(row, 7, "SUMIFS(" + column + "," + byMonth.months() + ",\">=\"&E" + n + "," + byMonth.months()
                    + ",\"<=\"&F" + n + ")", ltm.sum(), cells.money);
            Cells.number(row, 8, ltm.removedAmount(), cells.money);
            Cells.formula(row, 9, "IF(G" + n + "<12,(H" + n + "-I" + n + ")*12/G" + n + ",H" + n + "-I" + n + ")",
                    ltm.revenue(), cells.moneyBold);
            // The base year's actual months: January of the base year through the base month ("Coverage
            // definitions", base-year revenue R_b), less the largest customer group's share of them.
            BigDecimal grossBaseYear = BigDecimal.ZERO;
            for (java.time.YearMonth m = java.time.YearMonth.of(ltm.to().getYear(), 1); !m.isAfter(ltm.to()); m = m.plusMonths(1)) {
                grossBaseYear = grossBaseYear.add(byMonth.monthly(view, m));
            }
            Cells.formula(row, 10, "SUMIFS(" + column + "," + byMonth.months() + ",\">=\"&DATE(YEAR(F" + n + "),1,1),"
                    + byMonth.months() + ",\"<=\"&F" + n + ")-L" + n, ltm.baseYearActual(), cells.money);
            Cells.number(row, 11, grossBaseYear.subtract(ltm.baseYearActual()), cells.money);
            // The base month's revenue: the latest run rate / 12, less the largest customer group's share.
            BigDecimal grossBaseMonth = byMonth.monthly(view, ltm.to());
            Cells.formula(row, 12, "SUMIFS(" + column + "," + byMonth.months() + ",F" + n + ")-N" + n, ltm.lastMonthRevenue(),
                    cells.money);
            Cells.number(row, 13, grossBaseMonth.subtract(ltm.lastMonthRevenue()), cells.money);
            Cells.formula(row, 14, "12-MONTH(F" + n + ")", ltm.monthsLeftInBaseYear(), cells.count);
            // R_b: the LTM when the data end in December; else the actual months plus the rest at the latest
            // run rate (base-month revenue x months left), not grown within the year ("Coverage definitions").
            BigDecimal baseRevenue = ltm.monthsLeftInBaseYear() == 0 ? ltm.revenue()
                    : ltm.baseYearActual().add(ltm.lastMonthRevenue().multiply(BigDecimal.valueOf(ltm.monthsLeftInBaseYear())));
            Cells.formula(row, 15, "IF(O" + n + "=0,J" + n + ",K" + n + "+M" + n + "*O" + n + ")", baseRevenue, cells.moneyBold);
            // Cash and credits per scenario: the latest Cash row, less the vendors' own money when the scenario
            // leaves it out (a figure haircut computed from the Funding sheet; "Coverage definitions").
            BigDecimal vendorMoney = r.vendorFunding() == null ? BigDecimal.ZERO
                    : r.vendorFunding().cashRemoved().add(r.vendorFunding().creditsRemoved());
            Cells.number(row, 16, vendorMoney, cells.money);
            Cells.formula(row, 17, CASH_CELL + "-Q" + n, r.cashOnHand().add(r.unusedCredits()), cells.moneyBold);
        }
        int notesRow = n + 1;
        cells.text(sheet.createRow(notesRow - 1), 0, "LTM: the last twelve months of revenue on the scenario's basis, "
                + "annualised (x 12 / months) when fewer. The base year counts its actual months plus the months left at the"
                + " base month's revenue. The largest customer group's and the vendors' own money are figures haircut computed,"
                + " not formulas.", cells.note);

        BigDecimal usdPerGwYear = reports.stream().flatMap(r -> r.assumptions().stream()).map(CapacityAssumption::usdPerGwYear)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        int schedule = scheduleRows(ledger, usdPerGwYear);
        int headerRow = notesRow + 2;
        cells.headers(sheet.createRow(headerRow - 1), 2, 11, "Scenario", "Year", "Projected revenue", "Commitments",
                "Revenue coverage", "Cumulative coverage", "Growth rate", "Growth factor", "Revenue after base month",
                "Commitments after base month", "Cumulative revenue", "Cumulative commitments");
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
            String baseRevenue = "$P$" + inputs;
            // What the base year still brings after the base month: R_b less its actual months, which is the
            // base-month revenue x months left (0 when the base year is complete).
            String baseToCome = "$M$" + inputs + "*$O$" + inputs;
            int base = r.baseYear();
            Integer previousYear = null;
            int previousRow = 0;
            for (CoverageYear y : r.years()) {
                Row row = sheet.createRow(n++);
                Cells.text(row, 0, s.name());
                Cells.formulaFree(row, 1, y.year(), cells.plain);
                int from = previousYear == null ? base : previousYear + 1;
                // Growth factor: the previous row's times (1 + g x (1 - d)^(k - 1)) for each year k since
                // ("Coverage definitions", growth in year y). Cumulative revenue adds every year's revenue
                // after the base month, the years without commitments in between too.
                StringBuilder factor = new StringBuilder(previousYear == null ? "1" : "$H$" + previousRow);
                StringBuilder cumulative = new StringBuilder(previousYear == null ? "0" : "$K$" + previousRow);
                String running = previousYear == null ? "1" : "$H$" + previousRow;
                for (int year = from; year <= y.year(); year++) {
                    if (year > base) {
                        String step = "(1+" + g + "*(1-" + d + ")^" + (year - base - 1) + ")";
                        factor.append("*").append(step);
                        running = running + "*" + step;
                    }
                    if (year < y.year()) {
                        cumulative.append("+").append(year == base ? baseToCome : baseRevenue + "*" + running);
                    }
                }
                cumulative.append("+I").append(n);
                // Projected revenue(y) = R_b x growth factor; R_b itself in the base year ("Coverage definitions").
                Cells.formula(row, 2, baseRevenue + "*H" + n, y.projectedRevenue(), cells.money);
                // Commitments(y): the counted statuses' commitments of the year, from the schedule below.
                StringBuilder committed = new StringBuilder();
                for (Status status : r.included()) {
                    committed.append(committed.length() == 0 ? "" : "+").append("SUMIFS(").append(scheduleAmount).append(",")
                            .append(scheduleStatus).append(",\"").append(status.label()).append("\",").append(scheduleYear)
                            .append(",B").append(n).append(")");
                }
                Cells.formula(row, 3, committed.toString(), y.commitments(), cells.money);
                // Revenue coverage(y) = projected revenue(y) / commitments(y).
                ratio(row, 4, "IF(D" + n + "=0,\"" + NOT_AVAILABLE + "\",C" + n + "/D" + n + ")", y.revenueCoverage(), cells);
                // Cumulative coverage(y) = (scenario's cash and credits + revenue after the base month through y)
                // / (commitments after the base month through y) ("Coverage definitions").
                ratio(row, 5, "IF(L" + n + "=0,0,($R$" + inputs + "+K" + n + ")/L" + n + ")", y.cumulativeCoverage(), cells);
                Cells.formula(row, 6, y.year() == base ? "0" : g + "*(1-" + d + ")^" + (y.year() - base - 1), y.growth(),
                        cells.percent);
                Cells.formula(row, 7, factor.toString(), factor(s, y.year() - base), cells.months);
                // Revenue after the base month: in the base year only the months left; after it, all of it.
                Cells.formula(row, 8, y.year() == base ? baseToCome : "C" + n, y.revenueAfterBase(), cells.money);
                // Commitments after the base month: in a partial base year its commitment x months left / 12.
                Cells.formula(row, 9, y.year() == base ? "D" + n + "*$O$" + inputs + "/12" : "D" + n, y.commitmentsAfterBase(),
                        cells.money);
                Cells.formula(row, 10, cumulative.toString(), y.cumulativeRevenue(), cells.money);
                Cells.formula(row, 11, (previousYear == null ? "" : "$L$" + previousRow + "+") + "J" + n,
                        y.cumulativeCommitments(), cells.money);
                rowOf.computeIfAbsent(s.name(), k -> new LinkedHashMap<>()).put(y.year(), n);
                previousYear = y.year();
                previousRow = n;
            }
        }
        scheduleBlock(sheet, ledger, scheduleFirst, usdPerGwYear, cells);
        int[] widths = {24, 22, 24, 22, 18, 20, 14, 22, 24, 24, 26, 26, 22, 22, 14, 22, 22, 24};
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

    private static int scheduleRows(Ledger ledger, BigDecimal usdPerGwYear) {
        return ledger.commitments().stream().filter(c -> usdPerGwYear != null || !c.isCapacity()).mapToInt(Commitment::termYears).sum();
    }

    /**
     * Each commitment year by year, as formulas over the Commitments sheet's cells: one year is its Amount;
     * a total with a ramp is Total x the year's percent; an even spread is Total / Term rounded down to
     * cents in every year but the last, which takes the rest (so the years add up to the total).
     * Capacity in GW has no dollars until a $/GW-year is given: with one (an input cell beside the title),
     * each year is GW x $/GW-year; without one it is not scheduled (coverage then counts no capacity).
     */
    private static void scheduleBlock(XSSFSheet sheet, Ledger ledger, int first, BigDecimal usdPerGwYear, Cells cells) {
        Row title = sheet.createRow(first - 3);
        cells.text(title, 0, "Commitments by year (formulas over the Commitments sheet)", cells.title);
        String perGw = null;
        if (usdPerGwYear != null) {
            cells.text(title, 5, "USD per GW-year", cells.bold);
            Cells.number(title, 6, usdPerGwYear, cells.inputMoney);
            perGw = "$G$" + (first - 2);
        }
        cells.headers(sheet.createRow(first - 2), 2, 3, "Vendor", "Status", "Year", "Amount", "Commitments row");
        int n = first - 1;
        List<Commitment> commitments = ledger.commitments();
        String sheetName = InputSheets.COMMITMENTS + "!";
        for (int i = 0; i < commitments.size(); i++) {
            Commitment c = commitments.get(i);
            if (c.isCapacity() && perGw == null) {
                continue;
            }
            int source = InputSheets.FIRST_ROW + i;
            List<CommitmentSchedule.CommitmentYear> years = CommitmentSchedule.expand(c, usdPerGwYear);
            for (int k = 0; k < years.size(); k++) {
                CommitmentSchedule.CommitmentYear y = years.get(k);
                Row row = sheet.createRow(n++);
                Cells.formula(row, 0, sheetName + "$A$" + source, c.vendor(), cells.plain);
                Cells.formula(row, 1, sheetName + "$B$" + source, c.status().label(), cells.plain);
                boolean oneYear = c.termYears() == 1 && c.rampPercents().isEmpty();
                String total = sheetName + "$F$" + source;
                String amount;
                if (c.isCapacity()) {
                    Cells.formula(row, 2, sheetName + "$G$" + source + "+" + k, y.year(), cells.plain);
                    amount = sheetName + "$J$" + source + "*" + perGw;
                } else if (oneYear) {
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
        // Logarithmic where it can be, so a scenario covering its commitments many times over does not
        // press the others flat against the axis; linear when a year has no or negative coverage.
        Charts.Box box = new Charts.Box(0, lastYearRow + 1, 7, lastYearRow + 23);
        Charts.Categories categories = new Charts.Categories(labels, ref + "$A$" + firstYearRow + ":$A$" + lastYearRow);
        if (Charts.allPositive(series)) {
            Charts.logLines(sheet, box, "Revenue coverage by year (logarithmic scale)", categories, series,
                    Cells.RATIO_FORMAT);
        } else {
            Charts.lines(sheet, box, "Revenue coverage by year", categories, series, Cells.RATIO_FORMAT);
        }
    }
}

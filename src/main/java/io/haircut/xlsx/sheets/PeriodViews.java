package io.haircut.xlsx.sheets;

import static io.haircut.xlsx.sheets.BridgeFormulas.letter;

import io.haircut.bridge.BridgeStep;
import io.haircut.bridge.RevenueBridge;
import io.haircut.xlsx.layout.Cells;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The monthly bridge of the Adjusted Revenue sheet summed by quarter, by calendar year and over the last
 * twelve months of data: each cell a SUMIFS of the monthly table's column over its Month column, so an edit
 * to a month moves its quarter, its year and the LTM. The cached values are the monthly figures summed
 * exactly in Java. A period the data cover only in part says so in the Note column (its sum is of the
 * months there are, not an annualised figure).
 */
final class PeriodViews {

    /** One period: its label, its first month and the month after its last, and how many months it spans. */
    private record Period(String label, YearMonth from, YearMonth until, int span) {
    }

    private PeriodViews() {
    }

    /**
     * Writes the period table from row {@code firstRow} (0-based): a title, a header like the monthly
     * table's, then the quarters, the years and the LTM. The monthly rows are 3..{@code lastMonthRow} (1-based).
     */
    static void write(XSSFSheet sheet, int firstRow, RevenueBridge total, List<RevenueBridge> months, int lastMonthRow,
            Cells cells) {
        if (months.isEmpty()) {
            return;
        }
        List<BridgeStep> cashSteps = total.cashSteps();
        List<BridgeStep> adjustedSteps = total.adjustedSteps();
        int cashColumn = 2 + cashSteps.size();
        int adjustedColumn = cashColumn + 1 + adjustedSteps.size();
        int shareColumn = adjustedColumn + 1;
        int noteColumn = shareColumn + 1;

        // Each monthly row's figures by column, to sum exactly for the cached values.
        Map<YearMonth, List<BigDecimal>> figures = new LinkedHashMap<>();
        for (RevenueBridge month : months) {
            Map<String, BigDecimal> amounts = new HashMap<>();
            month.steps().forEach(s -> amounts.put(s.rule().id(), s.amount().amount()));
            List<BigDecimal> row = new ArrayList<>();
            row.add(month.reported().amount());
            cashSteps.forEach(s -> row.add(amounts.getOrDefault(s.rule().id(), BigDecimal.ZERO)));
            row.add(month.cash().amount());
            adjustedSteps.forEach(s -> row.add(amounts.getOrDefault(s.rule().id(), BigDecimal.ZERO)));
            row.add(month.adjusted().amount());
            figures.merge(YearMonth.parse(month.period()), row, PeriodViews::plus);
        }

        int n = firstRow;
        cells.text(sheet.createRow(n++), 0, "Revenue by quarter, year and last twelve months, reported to adjusted ("
                + total.currency() + ")", cells.title);
        Row header = sheet.createRow(n++);
        AdjustedRevenueSheet.bridgeHeader(header, "Period", cashSteps, adjustedSteps, cells);
        cells.text(header, noteColumn, "Note", cells.header);

        int first = AdjustedRevenueSheet.HEADER_ROW + 1;
        String monthsRange = "$A$" + first + ":$A$" + lastMonthRow;
        for (Period period : periods(figures.keySet())) {
            Row row = sheet.createRow(n++);
            int r = n; // 1-based
            cells.text(row, 0, period.label(), cells.bold);
            List<BigDecimal> sums = null;
            int inData = 0;
            for (Map.Entry<YearMonth, List<BigDecimal>> e : figures.entrySet()) {
                if (!e.getKey().isBefore(period.from()) && e.getKey().isBefore(period.until())) {
                    sums = sums == null ? e.getValue() : plus(sums, e.getValue());
                    inData++;
                }
            }
            for (int c = 1; c <= adjustedColumn; c++) {
                String col = letter(c);
                String formula = "SUMIFS($" + col + "$" + first + ":$" + col + "$" + lastMonthRow + "," + monthsRange
                        + ",\">=\"&" + date(period.from()) + "," + monthsRange + ",\"<\"&" + date(period.until()) + ")";
                boolean bold = c == cashColumn || c == adjustedColumn;
                Cells.formula(row, c, formula, sums.get(c - 1), bold ? cells.moneyBold : cells.money);
            }
            Cells.formula(row, shareColumn, BridgeFormulas.shareOf(letter(adjustedColumn) + r, "B" + r),
                    BridgeFormulas.share(sums.get(adjustedColumn - 1), sums.get(0)), cells.percent);
            String note = period.label().startsWith("LTM") ? period.from() + " to " + period.until().minusMonths(1) : "";
            if (inData < period.span()) {
                note = (note.isEmpty() ? "" : note + "; ") + inData + " of " + period.span() + " months in the data";
            }
            if (!note.isEmpty()) {
                cells.text(row, noteColumn, note, cells.plain);
            }
        }
    }

    /** The quarters and years the data touch, in order, then the twelve months ending with the latest month. */
    private static List<Period> periods(java.util.Set<YearMonth> months) {
        List<Period> quarters = new ArrayList<>();
        List<Period> years = new ArrayList<>();
        YearMonth last = null;
        for (YearMonth m : new java.util.TreeSet<>(months)) {
            YearMonth quarterStart = YearMonth.of(m.getYear(), (m.getMonthValue() - 1) / 3 * 3 + 1);
            String q = m.getYear() + "-Q" + ((m.getMonthValue() - 1) / 3 + 1);
            if (quarters.isEmpty() || !quarters.get(quarters.size() - 1).label().equals(q)) {
                quarters.add(new Period(q, quarterStart, quarterStart.plusMonths(3), 3));
            }
            String y = String.valueOf(m.getYear());
            if (years.isEmpty() || !years.get(years.size() - 1).label().equals(y)) {
                years.add(new Period(y, YearMonth.of(m.getYear(), 1), YearMonth.of(m.getYear() + 1, 1), 12));
            }
            last = m;
        }
        List<Period> all = new ArrayList<>(quarters);
        all.addAll(years);
        all.add(new Period("LTM", last.minusMonths(11), last.plusMonths(1), 12));
        return all;
    }

    private static String date(YearMonth month) {
        return "DATE(" + month.getYear() + "," + month.getMonthValue() + ",1)";
    }

    private static List<BigDecimal> plus(List<BigDecimal> a, List<BigDecimal> b) {
        List<BigDecimal> sum = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            sum.add(a.get(i).add(b.get(i)));
        }
        return sum;
    }
}

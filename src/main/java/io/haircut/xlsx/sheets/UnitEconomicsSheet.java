package io.haircut.xlsx.sheets;

import static io.haircut.xlsx.sheets.BridgeFormulas.letter;

import io.haircut.ledger.CashBalance;
import io.haircut.ledger.CostCategory;
import io.haircut.ledger.CostEntry;
import io.haircut.ledger.CustomerCount;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Settlement;
import io.haircut.metrics.Metric;
import io.haircut.xlsx.layout.Cells;
import io.haircut.xlsx.layout.FigureKind;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Unit economics on Reported and on Adjusted revenue, side by side (docs/methodology.md, "Unit economics"):
 * Metric | Reported | Adjusted | Change | Note. When the workbook holds the inputs (the Adjusted Revenue
 * sheet's monthly views and the Costs, Customers, Funding and Cash sheets), each figure is a formula over
 * a block of monthly inputs below the table, so an edit to an input cell moves it on recalculation; the
 * cached value is the metrics stage's figure. The few figures that rank customer groups (NRR, top-customer
 * shares, non-cash and related-party shares) stay the metrics stage's values, and their note says so.
 * A figure that is not available is "n/a" with the reason in Note, never 0.
 */
public final class UnitEconomicsSheet {

    public static final String NAME = "Unit Economics";
    static final int FIRST_ROW = 3;
    private static final String NA = "\"n/a\"";
    static final String NOT_LIVE = "computed by haircut at export (ranks customer groups), not a formula";

    /** Where a metric's two figures are, for the Summary's references: 1-based row. */
    public record Placed(MetricRow metric, int row) {
    }

    /**
     * What the live formulas read: the period's months in the data (one to twelve), the ledger, the
     * Adjusted Revenue sheet's month rows and the Cash sheet's row of each entry.
     */
    public record Live(String periodLabel, List<YearMonth> months, Ledger ledger, AdjustedRevenueSheet.Placed byMonth) {
    }

    private UnitEconomicsSheet() {
    }

    public static List<Placed> write(XSSFSheet sheet, List<MetricRow> metrics, String currency, Cells cells) {
        return write(sheet, metrics, currency, cells, null);
    }

    public static List<Placed> write(XSSFSheet sheet, List<MetricRow> metrics, String currency, Cells cells, Live live) {
        cells.text(sheet.createRow(0), 0, "Unit economics, reported vs adjusted (" + currency + ")"
                + (live == null ? "" : ", " + live.periodLabel()), cells.title);
        cells.headers(sheet.createRow(1), 1, 3, "Metric", "Reported", "Adjusted", "Change", "Note");
        List<Placed> placed = new ArrayList<>();
        Map<Metric, Integer> rowOfMetric = new EnumMap<>(Metric.class);
        int n = FIRST_ROW - 1;
        for (MetricRow m : metrics) {
            n++;
            metricOf(m).ifPresent(metric -> rowOfMetric.put(metric, FIRST_ROW - 1 + placed.size() + 1));
            placed.add(new Placed(m, n));
        }
        Block block = live == null ? null : new Block(live, n + 3);
        int[] widths = {34, 22, 22, 20, 90};
        if (block != null) {
            block.write(sheet, cells);
            widths[1] = Math.max(widths[1], 14);
        }
        for (Placed p : placed) {
            MetricRow m = p.metric();
            Row row = sheet.createRow(p.row() - 1);
            Cells.text(row, 0, m.label());
            Metric metric = metricOf(m).orElse(null);
            String reported = block == null || metric == null ? null : block.formula(metric, true, rowOfMetric);
            String adjusted = block == null || metric == null ? null : block.formula(metric, false, rowOfMetric);
            cell(row, 1, reported, m.reported(), m.kind(), cells);
            cell(row, 2, adjusted, m.adjusted(), m.kind(), cells);
            int r = p.row();
            if (reported != null || adjusted != null) {
                String change = "IF(AND(ISNUMBER(B" + r + "),ISNUMBER(C" + r + ")),C" + r + "-B" + r + "," + NA + ")";
                if (m.reported() != null && m.adjusted() != null) {
                    Cells.formula(row, 3, change, m.adjusted().subtract(m.reported()), cells.style(m.kind()));
                } else {
                    Cells.formula(row, 3, change, "n/a", cells.notAvailable);
                }
            } else if (m.reported() != null && m.adjusted() != null) {
                Cells.formula(row, 3, "C" + r + "-B" + r, m.adjusted().subtract(m.reported()), cells.style(m.kind()));
            }
            String note = m.note();
            if (block != null && metric != null && !block.live(metric)) {
                note = note == null ? NOT_LIVE : note + "; " + NOT_LIVE;
            }
            cells.text(row, 4, note, cells.note);
        }
        sheet.createFreezePane(1, 2);
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        return placed;
    }

    private static java.util.Optional<Metric> metricOf(MetricRow row) {
        for (Metric m : Metric.values()) {
            if (m.label().equals(row.label())) {
                return java.util.Optional.of(m);
            }
        }
        return java.util.Optional.empty();
    }

    /** The formula with the metrics stage's figure cached, "n/a" cached when it had none; or the figure alone. */
    private static void cell(Row row, int column, String formula, BigDecimal value, FigureKind kind, Cells cells) {
        if (formula == null) {
            figure(row, column, value, kind, cells);
        } else if (value == null) {
            Cells.formula(row, column, formula, "n/a", cells.notAvailable);
        } else {
            Cells.formula(row, column, formula, value, cells.style(kind));
        }
    }

    /** A metric's value in its format, or "n/a" (never 0) when it could not be computed. */
    static void figure(Row row, int column, BigDecimal value, FigureKind kind, Cells cells) {
        if (value == null) {
            cells.text(row, column, "n/a", cells.notAvailable);
        } else {
            Cells.number(row, column, value, cells.style(kind));
        }
    }

    /**
     * The monthly inputs below the table: one column for the month before the period (burn multiple's
     * starting ARR) and one per month of the period; each row a reference or SUMIFS over an input sheet.
     */
    private static final class Block {
        private final Live live;
        private final int top;
        private final Map<String, Integer> rowOf = new HashMap<>();
        private final Set<Metric> available = java.util.EnumSet.noneOf(Metric.class);
        private final YearMonth before;
        private final boolean beforeInData;
        private final int k;

        Block(Live live, int top) {
            this.live = live;
            this.top = top;
            this.k = live.months().size();
            this.before = live.months().get(0).minusMonths(1);
            this.beforeInData = live.byMonth().rowOf().containsKey(before);
            Ledger ledger = live.ledger();
            Set<YearMonth> costMonths = new HashSet<>();
            Map<CostCategory, Set<YearMonth>> categoryMonths = new EnumMap<>(CostCategory.class);
            for (CostEntry c : ledger.costs()) {
                costMonths.add(c.month());
                categoryMonths.computeIfAbsent(c.category(), x -> new HashSet<>()).add(c.month());
            }
            Set<YearMonth> customerMonths = new HashSet<>();
            ledger.customers().forEach(c -> customerMonths.add(c.month()));
            boolean costs = costMonths.containsAll(live.months()) && !ledger.costs().isEmpty();
            boolean cogs = costs && categoryMonths.getOrDefault(CostCategory.COST_OF_REVENUE, Set.of()).containsAll(live.months());
            boolean salesMarketing = costs && categoryMonths.getOrDefault(CostCategory.SALES_MARKETING, Set.of()).containsAll(live.months());
            boolean customers = !ledger.customers().isEmpty() && customerMonths.containsAll(live.months());
            boolean cash = cashRow(live.months().get(k - 1)) != null;
            available.add(Metric.REVENUE);
            available.add(Metric.ARR);
            if (cogs) {
                available.add(Metric.GROSS_MARGIN);
                available.add(Metric.CREDIT_FUNDED_CLOUD_SHARE);
            }
            if (customers) {
                available.add(Metric.ARPA);
            }
            if (salesMarketing && customers) {
                available.add(Metric.CAC);
            }
            if (cogs && customers && salesMarketing) {
                available.add(Metric.CAC_PAYBACK);
                available.add(Metric.LTV_TO_CAC);
            }
            if (cogs && customers) {
                available.add(Metric.LTV);
            }
            if (costs) {
                available.add(Metric.NET_BURN);
                if (cash) {
                    available.add(Metric.RUNWAY);
                }
                if (beforeInData) {
                    available.add(Metric.BURN_MULTIPLE);
                }
            }
            if (!ledger.funding().isEmpty()) {
                available.add(Metric.FUNDING_RECEIVED);
            }
        }

        /** Whether the metric is a formula here (else the metrics stage's value, or "n/a" text). */
        boolean live(Metric m) {
            return switch (m) {
                case NRR, TOP_CUSTOMER_SHARE, TOP5_SHARE, NON_CASH_SHARE, RELATED_PARTY_SHARE -> false;
                default -> true;
            };
        }

        /** The Cash sheet's row for the month's balance: the last row of the month wins, as in the metrics. */
        private Integer cashRow(YearMonth month) {
            Integer row = null;
            List<CashBalance> cash = live.ledger().cash();
            for (int i = 0; i < cash.size(); i++) {
                if (cash.get(i).month().equals(month)) {
                    row = InputSheets.FIRST_ROW + i;
                }
            }
            return row;
        }

        public void write(XSSFSheet sheet, Cells cells) {
            int n = top - 1;
            cells.text(sheet.createRow(n - 1), 0, "Monthly inputs of the figures above (formulas over the Adjusted Revenue, "
                    + "Costs, Customers and Cash sheets; edit those sheets, not these cells)", cells.note);
            Row header = sheet.createRow(n++);
            cells.text(header, 0, "Month", cells.header);
            List<YearMonth> columns = new ArrayList<>();
            columns.add(before);
            columns.addAll(live.months());
            for (int i = 0; i < columns.size(); i++) {
                Row r = header;
                cells.month(r, 1 + i, columns.get(i));
            }
            rowOf.put("month", n);
            AdjustedRevenueSheet.Placed byMonth = live.byMonth();
            n = line(sheet, n, "Reported revenue", "reported", columns, byMonth::reported, cells.money, cells);
            n = line(sheet, n, "Cash revenue (cash view)", "cash", columns, byMonth::cash, cells.money, cells);
            n = line(sheet, n, "Adjusted revenue", "adjusted", columns, byMonth::adjusted, cells.money, cells);
            Ledger ledger = live.ledger();
            if (!ledger.costs().isEmpty()) {
                int costs = ledger.costs().size();
                String amount = InputSheets.range(InputSheets.COSTS, InputSheets.COST_AMOUNT, costs);
                String month = InputSheets.range(InputSheets.COSTS, InputSheets.COST_MONTH, costs);
                String category = InputSheets.range(InputSheets.COSTS, InputSheets.COST_CATEGORY, costs);
                String paidWith = InputSheets.range(InputSheets.COSTS, InputSheets.COST_PAID_WITH, costs);
                n = sumifs(sheet, n, "Cost of revenue", "cogs", columns, amount, month,
                        category + ",\"" + CostCategory.COST_OF_REVENUE.label() + "\"", cells);
                n = sumifs(sheet, n, "Cost of revenue paid with cloud credits", "cogsCredit", columns, amount, month,
                        category + ",\"" + CostCategory.COST_OF_REVENUE.label() + "\"," + paidWith + ",\""
                                + Settlement.CLOUD_CREDIT.label() + "\"", cells);
                n = sumifs(sheet, n, "Sales and marketing", "salesMarketing", columns, amount, month,
                        category + ",\"" + CostCategory.SALES_MARKETING.label() + "\"", cells);
                n = sumifs(sheet, n, "Costs paid in cash", "cashOut", columns, amount, month,
                        paidWith + ",\"" + Settlement.CASH.label() + "\"", cells);
            }
            if (!ledger.customers().isEmpty()) {
                int count = ledger.customers().size();
                String month = InputSheets.range(InputSheets.CUSTOMERS, "A", count);
                n = counts(sheet, n, "Active customers", "active", columns, InputSheets.range(InputSheets.CUSTOMERS, "B", count), month, cells);
                n = counts(sheet, n, "New customers", "new", columns, InputSheets.range(InputSheets.CUSTOMERS, "C", count), month, cells);
                n = counts(sheet, n, "Churned customers", "churned", columns, InputSheets.range(InputSheets.CUSTOMERS, "D", count), month, cells);
                Row row = sheet.createRow(n++);
                Cells.text(row, 0, "Customers at the start of the month (active - new + churned)");
                for (int i = 0; i < columns.size(); i++) {
                    String c = letter(1 + i);
                    long atStart = atStart(columns.get(i));
                    Cells.formula(row, 1 + i, c + rowOf.get("active") + "-" + c + rowOf.get("new") + "+" + c + rowOf.get("churned"),
                            atStart, cells.count);
                }
                rowOf.put("atStart", n);
            }
            if (!ledger.cash().isEmpty()) {
                Row row = sheet.createRow(n++);
                Cells.text(row, 0, "Cash on hand at month end");
                for (int i = 0; i < columns.size(); i++) {
                    Integer cashRow = cashRow(columns.get(i));
                    if (cashRow != null) {
                        Cells.formula(row, 1 + i, InputSheets.CASH + "!$" + InputSheets.CASH_BALANCE + "$" + cashRow,
                                ledger.cash().get(cashRow - InputSheets.FIRST_ROW).cash().amount(), cells.money);
                    }
                }
                rowOf.put("cashBalance", n);
            }
        }

        private long atStart(YearMonth month) {
            long total = 0;
            for (CustomerCount c : live.ledger().customers()) {
                if (c.month().equals(month)) {
                    total += c.active() - c.added() + c.churned();
                }
            }
            return total;
        }

        /** A row of references to the Adjusted Revenue sheet's month rows; blank where the month has none. */
        private int line(XSSFSheet sheet, int n, String label, String key, List<YearMonth> columns,
                java.util.function.Function<YearMonth, String> ref, org.apache.poi.ss.usermodel.CellStyle style, Cells cells) {
            Row row = sheet.createRow(n++);
            Cells.text(row, 0, label);
            for (int i = 0; i < columns.size(); i++) {
                String target = ref.apply(columns.get(i));
                if (target != null) {
                    Cells.formula(row, 1 + i, target, monthly(key, columns.get(i)), style);
                }
            }
            rowOf.put(key, n);
            return n;
        }

        private int sumifs(XSSFSheet sheet, int n, String label, String key, List<YearMonth> columns, String amount,
                String month, String criteria, Cells cells) {
            Row row = sheet.createRow(n++);
            Cells.text(row, 0, label);
            int monthRow = rowOf.get("month");
            for (int i = 0; i < columns.size(); i++) {
                String c = letter(1 + i);
                Cells.formula(row, 1 + i, "SUMIFS(" + amount + "," + month + "," + c + "$" + monthRow + "," + criteria + ")",
                        monthly(key, columns.get(i)), cells.money);
            }
            rowOf.put(key, n);
            return n;
        }

        private int counts(XSSFSheet sheet, int n, String label, String key, List<YearMonth> columns, String counts,
                String month, Cells cells) {
            Row row = sheet.createRow(n++);
            Cells.text(row, 0, label);
            int monthRow = rowOf.get("month");
            for (int i = 0; i < columns.size(); i++) {
                String c = letter(1 + i);
                Cells.formula(row, 1 + i, "SUMIFS(" + counts + "," + month + "," + c + "$" + monthRow + ")",
                        monthly(key, columns.get(i)), cells.count);
            }
            rowOf.put(key, n);
            return n;
        }

        /** The cached value of a monthly input: the ledger's own sums, exact. */
        private BigDecimal monthly(String key, YearMonth month) {
            Ledger ledger = live.ledger();
            return switch (key) {
                case "reported", "cash", "adjusted" -> live.byMonth().monthly(key, month);
                case "cogs" -> costs(month, CostCategory.COST_OF_REVENUE, null);
                case "cogsCredit" -> costs(month, CostCategory.COST_OF_REVENUE, Settlement.CLOUD_CREDIT);
                case "salesMarketing" -> costs(month, CostCategory.SALES_MARKETING, null);
                case "cashOut" -> costs(month, null, Settlement.CASH);
                case "active", "new", "churned" -> BigDecimal.valueOf(ledger.customers().stream().filter(c -> c.month().equals(month))
                        .mapToLong(c -> key.equals("active") ? c.active() : key.equals("new") ? c.added() : c.churned()).sum());
                default -> throw new IllegalArgumentException(key);
            };
        }

        private BigDecimal costs(YearMonth month, CostCategory category, Settlement paidWith) {
            BigDecimal total = BigDecimal.ZERO;
            for (CostEntry c : live.ledger().costs()) {
                if (c.month().equals(month) && (category == null || c.category() == category)
                        && (paidWith == null || c.paidWith() == paidWith)) {
                    total = total.add(c.amount().amount());
                }
            }
            return total;
        }

        /** The period's cells of an input row: C{r}:E{r} (column B is the month before). */
        private String period(String key) {
            int r = rowOf.get(key);
            return "$C$" + r + ":$" + letter(1 + k) + "$" + r;
        }

        private String lastMonth(String key) {
            return "$" + letter(1 + k) + "$" + rowOf.get(key);
        }

        /** The metric's formula on one column, or null when an input table or month is missing (then "n/a" text). */
        String formula(Metric m, boolean reported, Map<Metric, Integer> rows) {
            if (!live(m) || !available.contains(m)) {
                return null;
            }
            String col = reported ? "B" : "C";
            String revenueKey = reported ? "reported" : "adjusted";
            String cashKey = reported ? "cash" : "adjusted";
            java.util.function.Function<Metric, String> at = metric -> col + rows.get(metric);
            String rev = at.apply(Metric.REVENUE);
            String gm = at.apply(Metric.GROSS_MARGIN);
            String arpa = at.apply(Metric.ARPA);
            String cac = at.apply(Metric.CAC);
            String ltv = at.apply(Metric.LTV);
            String burn = at.apply(Metric.NET_BURN);
            return switch (m) {
                case REVENUE -> "SUM(" + period(revenueKey) + ")";
                case ARR -> lastMonth(revenueKey) + "*12";
                case GROSS_MARGIN -> "IF(" + rev + "<=0," + NA + ",(" + rev + "-SUM(" + period("cogs") + "))/" + rev + ")";
                case ARPA -> "IF(SUM(" + period("active") + ")<=0," + NA + "," + rev + "/SUM(" + period("active") + "))";
                case CAC -> "IF(SUM(" + period("new") + ")<=0," + NA + ",SUM(" + period("salesMarketing") + ")/SUM("
                        + period("new") + "))";
                case CAC_PAYBACK -> "IF(OR(NOT(ISNUMBER(" + cac + ")),NOT(ISNUMBER(" + arpa + ")),NOT(ISNUMBER(" + gm + "))),"
                        + NA + ",IF(" + arpa + "*" + gm + "<=0," + NA + "," + cac + "/(" + arpa + "*" + gm + ")))";
                case LTV -> "IF(SUM(" + period("churned") + ")<=0," + NA + ",IF(SUM(" + period("atStart") + ")<=0," + NA
                        + ",IF(OR(NOT(ISNUMBER(" + arpa + ")),NOT(ISNUMBER(" + gm + ")))," + NA + "," + arpa + "*" + gm
                        + "/(SUM(" + period("churned") + ")/SUM(" + period("atStart") + ")))))";
                case LTV_TO_CAC -> "IF(OR(NOT(ISNUMBER(" + ltv + ")),NOT(ISNUMBER(" + cac + ")))," + NA + ",IF(" + cac + "=0,"
                        + NA + "," + ltv + "/" + cac + "))";
                case NET_BURN -> "(SUM(" + period("cashOut") + ")-SUM(" + period(cashKey) + "))/" + k;
                case RUNWAY -> "IF(" + burn + "<=0," + NA + "," + lastMonth("cashBalance") + "/" + burn + ")";
                case BURN_MULTIPLE -> "IF(" + burn + "<=0," + NA + ",IF((" + lastMonth(revenueKey) + "-$B$" + rowOf.get(revenueKey)
                        + ")*12<=0," + NA + "," + burn + "*" + k + "/((" + lastMonth(revenueKey) + "-$B$" + rowOf.get(revenueKey)
                        + ")*12)))";
                case FUNDING_RECEIVED -> funding(reported);
                case CREDIT_FUNDED_CLOUD_SHARE -> "IF(SUM(" + period("cogs") + ")<=0," + NA + ",SUM(" + period("cogsCredit")
                        + ")/SUM(" + period("cogs") + "))";
                default -> null;
            };
        }

        /** Binding funding dated in the period's months; on Adjusted only cash (credits are not cash raised). */
        private String funding(boolean reported) {
            int count = live.ledger().funding().size();
            String amount = InputSheets.range(InputSheets.FUNDING, InputSheets.FUNDING_AMOUNT, count);
            String date = InputSheets.range(InputSheets.FUNDING, InputSheets.FUNDING_DATE, count);
            String status = InputSheets.range(InputSheets.FUNDING, InputSheets.FUNDING_STATUS, count);
            String form = InputSheets.range(InputSheets.FUNDING, InputSheets.FUNDING_FORM, count);
            String first = "$C$" + rowOf.get("month");
            String last = lastMonth("month");
            return "SUMIFS(" + amount + "," + status + ",\"binding\"," + date + ",\">=\"&" + first + "," + date
                    + ",\"<\"&DATE(YEAR(" + last + "),MONTH(" + last + ")+1,1)"
                    + (reported ? "" : "," + form + ",\"" + Settlement.CASH.label() + "\"") + ")";
        }
    }
}

package io.haircut.xlsx.sheets;

import static io.haircut.xlsx.sheets.BridgeFormulas.plusSteps;
import static io.haircut.xlsx.sheets.BridgeFormulas.share;
import static io.haircut.xlsx.sheets.BridgeFormulas.shareOf;

import io.haircut.bridge.BridgeStep;
import io.haircut.bridge.RevenueBridge;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.SourceFile;
import io.haircut.rules.Rule;
import io.haircut.xlsx.layout.Cells;
import io.haircut.xlsx.layout.Charts;
import io.haircut.xlsx.layout.FigureKind;
import io.haircut.xlsx.layout.PrintLayout;
import io.haircut.xlsx.sources.SourceCopies;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The first sheet, one printed page: the company, the revenue bridge as live formulas (Reported is a SUM
 * over the Revenue sheet, each rule's step a SUMIFS over the Adjustments sheet, Cash and Adjusted their
 * sums; docs/methodology.md, "The three views"), the key metrics and coverage figures when those sheets exist, the rules
 * applied with their basis, the files imported with their SHA-256, and a chart of the bridge.
 * The bridge's totals carry the workbook's defined names (ReportedRevenue, CashRevenue, AdjustedRevenue,
 * AdjustedShare).
 */
public final class SummarySheet {

    public static final String NAME = "Summary";
    static final int BRIDGE_FIRST_ROW = 5;

    /** What the Summary links to and reads from, all placed before it is written. */
    public record Links(BridgeFormulas.Ranges ranges, RulesSheet.Layout rules, List<SourceCopies.Copy> copies,
            List<UnitEconomicsSheet.Placed> metrics, CoverageSection coverage, PrintLayout.Page page) {
    }

    private SummarySheet() {
    }

    public static void write(XSSFSheet sheet, Ledger ledger, RevenueBridge total, List<Rule> rules, Links links, Cells cells) {
        int n = 0; // rows written so far; the next row is n + 1 in Excel's numbering
        cells.text(sheet.createRow(n++), 0, ledger.company() + ": revenue, reported to adjusted", cells.title);
        String span = ledger.firstMonth().map(first -> ", " + first + " .. " + ledger.lastMonth().orElseThrow()).orElse("");
        cells.text(sheet.createRow(n++), 0, String.format(Locale.ROOT, "%,d revenue entries%s, in %s. Every figure in the"
                + " bridge is a formula over the Revenue and Adjustments sheets.", ledger.revenue().size(), span,
                total.currency()), cells.note);
        cells.text(sheet.createRow(n++), 0, links.page().line(), cells.note);

        // The bridge: header on row 4, Reported on row 5.
        cells.headers(sheet.createRow(n++), 2, 4, "Revenue bridge", "View", "Amount", "% of reported", "Entries", "What it is");
        int reportedRow = ++n;
        Row reported = sheet.createRow(reportedRow - 1);
        cells.text(reported, 0, "Reported revenue", cells.bold);
        Cells.formula(reported, 2, links.ranges().revenueSum(), total.reported().amount(), cells.moneyBold);
        String reportedCell = "$C$" + reportedRow;
        Cells.formula(reported, 3, shareOf("C" + reportedRow, reportedCell), share(total.reported().amount(), total.reported().amount()),
                cells.percent);
        Cells.formula(reported, 4, links.ranges().revenueCount(), ledger.revenue().size(), cells.count);
        cells.text(reported, 5, "Revenue as the company books it", cells.note);

        for (BridgeStep step : total.cashSteps()) {
            stepRow(sheet.createRow(n++), step, total, links.ranges(), cells);
        }
        int cashRow = ++n;
        subtotal(sheet.createRow(cashRow - 1), "Cash revenue", reportedRow, cashRow, total.cash().amount(), total, reportedCell,
                "Revenue received in cash", cells);

        for (BridgeStep step : total.adjustedSteps()) {
            stepRow(sheet.createRow(n++), step, total, links.ranges(), cells);
        }
        int adjustedRow = ++n;
        subtotal(sheet.createRow(adjustedRow - 1), "Adjusted revenue", cashRow, adjustedRow, total.adjusted().amount(), total,
                reportedCell, "Cash revenue from parties that did not fund it", cells);

        name(sheet, "ReportedRevenue", "$C$" + reportedRow);
        name(sheet, "CashRevenue", "$C$" + cashRow);
        name(sheet, "AdjustedRevenue", "$C$" + adjustedRow);
        name(sheet, "AdjustedShare", "$D$" + adjustedRow);

        if (!links.metrics().isEmpty()) {
            n++;
            cells.headers(sheet.createRow(n++), 2, 3, "Key metrics", "", "Reported", "Adjusted", "", "Note");
            for (UnitEconomicsSheet.Placed p : links.metrics()) {
                metricRow(sheet.createRow(n++), p, cells);
            }
        }
        if (links.coverage() != null && !links.coverage().headline().isEmpty()) {
            n++;
            cells.headers(sheet.createRow(n++), 2, 2, "Commitment coverage", "", "Figure", "", "", "Note");
            for (KeyFigure f : links.coverage().headline()) {
                Row row = sheet.createRow(n++);
                Cells.text(row, 0, f.label());
                UnitEconomicsSheet.figure(row, 2, f.value(), f.kind(), cells);
                cells.text(row, 5, f.note(), cells.note);
            }
        }

        n++;
        cells.headers(sheet.createRow(n++), "Rules applied", "View", "Defined at", "", "", "Basis");
        if (rules.isEmpty()) {
            cells.text(sheet.createRow(n++), 0, "No rules loaded: adjusted revenue equals reported.", cells.note);
        }
        for (Rule rule : rules) {
            Row row = sheet.createRow(n++);
            Cells.text(row, 0, rule.id());
            Cells.text(row, 1, rule.view().label());
            Cells.text(row, 2, rule.origin() == null ? null : rule.origin().toString());
            Optional<String> target = links.rules().address(rule.origin());
            if (target.isPresent() && row.getCell(2) != null) {
                AdjustmentsSheet.link(sheet, row.getCell(2), target.get(), cells);
            }
            Cells.text(row, 5, rule.basis());
        }

        n++;
        cells.headers(sheet.createRow(n++), "Files imported", "Tables", "", "", "", "SHA-256");
        for (SourceFile f : ledger.files()) {
            Row row = sheet.createRow(n++);
            Cells.text(row, 0, Optional.ofNullable(Path.of(f.path()).getFileName()).map(Path::toString).orElse(f.path()));
            links.copies().stream().filter(c -> c.file().equals(f)).findFirst().ifPresent(c ->
                    AdjustmentsSheet.link(sheet, row.getCell(0), SourceCopies.quoted(c.name()) + "!A1", cells));
            Cells.text(row, 1, String.join(", ", f.sheets()));
            Cells.text(row, 5, f.sha256());
        }

        int chartTop = n + 1;
        int chartBottom = chartTop + 22;
        bridgeChart(sheet, total, reportedRow, adjustedRow, chartTop, chartBottom, cells);

        int[] widths = {30, 10, 22, 22, 12, 72};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        printOnOnePage(sheet, chartBottom);
    }

    /**
     * A subtotal of the bridge on 1-based row {@code at}: the subtotal on row {@code from} plus the steps
     * between them, as a formula, and its share of reported revenue.
     */
    private static void subtotal(Row row, String label, int from, int at, java.math.BigDecimal value, RevenueBridge total,
                                 String reportedCell, String note, Cells cells) {
        cells.text(row, 0, label, cells.bold);
        Cells.formula(row, 2, plusSteps("C" + from, "C", from + 1, at - 1), value, cells.moneyBold);
        Cells.formula(row, 3, shareOf("C" + at, reportedCell), share(value, total.reported().amount()), cells.percent);
        cells.text(row, 5, note, cells.note);
    }

    private static void stepRow(Row row, BridgeStep step, RevenueBridge total, BridgeFormulas.Ranges ranges, Cells cells) {
        Rule rule = step.rule();
        int n = row.getRowNum() + 1;
        // The id exactly, indented by the style rather than by spaces: the SUMIFS criterion is this cell.
        cells.text(row, 0, rule.id(), cells.indented);
        Cells.text(row, 1, rule.view().label());
        Cells.formula(row, 2, ranges.adjustmentsOfRule("$A" + n),
                step.amount().amount(), cells.money);
        Cells.formula(row, 3, shareOf("C" + n, "$C$" + BRIDGE_FIRST_ROW), share(step.amount().amount(), total.reported().amount()),
                cells.percent);
        Cells.formula(row, 4, ranges.adjustmentRowsOfRule("$A" + n), step.entries(), cells.count);
        cells.text(row, 5, rule.description(), cells.note);
    }

    /** A metric's two figures as references to the Unit Economics sheet, or "n/a" where there is none. */
    private static void metricRow(Row row, UnitEconomicsSheet.Placed p, Cells cells) {
        MetricRow m = p.metric();
        Cells.text(row, 0, m.label());
        String sheet = SourceCopies.quoted(UnitEconomicsSheet.NAME) + "!";
        reference(row, 2, sheet + "B" + p.row(), m.reported(), m.kind(), cells);
        reference(row, 3, sheet + "C" + p.row(), m.adjusted(), m.kind(), cells);
        cells.text(row, 5, m.note(), cells.note);
    }

    private static void reference(Row row, int column, String ref, BigDecimal value, FigureKind kind, Cells cells) {
        if (value == null) {
            cells.text(row, column, "n/a", cells.notAvailable);
        } else {
            Cells.formula(row, column, ref, value, cells.style(kind));
        }
    }

    /** Where the waterfall's own cells start: beside the chart, outside the printed columns A to F. */
    private static final int WATERFALL_COLUMN = 7;

    /**
     * The bridge as a waterfall: Reported, each step floating from the level before it to the level after,
     * Cash, each step, Adjusted. Built from stacked columns, an unfilled base under a visible bar, so Excel
     * and LibreOffice draw it alike. The base and bar heights are formulas over the bridge cells (column
     * H to K beside the chart), so the chart follows the bridge when the workbook recalculates. Rules that
     * change no amount (flags and tags, or rules that matched nothing) are left out.
     */
    private static void bridgeChart(XSSFSheet sheet, RevenueBridge total, int reportedRow, int adjustedRow, int top,
            int bottom, Cells cells) {
        int label = WATERFALL_COLUMN;
        int level = label + 1;
        int base = label + 2;
        int bar = label + 3;
        Row header = row(sheet, top);
        cells.text(header, label, "Waterfall", cells.header);
        cells.text(header, level, "Level after", cells.headerRight);
        cells.text(header, base, "Base", cells.headerRight);
        cells.text(header, bar, "Bar", cells.headerRight);
        Waterfall w = new Waterfall(sheet, top + 1, cells);
        w.total("Reported revenue", reportedRow, total.reported().amount());
        int bridgeRow = reportedRow + 1;
        for (BridgeStep s : total.cashSteps()) {
            w.step(s, bridgeRow++);
        }
        int cashRow = bridgeRow; // the Cash row follows the last cash-view step
        w.total("Cash revenue", cashRow, total.cash().amount());
        bridgeRow = cashRow + 1;
        for (BridgeStep s : total.adjustedSteps()) {
            w.step(s, bridgeRow++);
        }
        w.total("Adjusted revenue", adjustedRow, total.adjusted().amount());

        int first = top + 2;
        int last = top + 1 + w.labels.size();
        String ref = NAME + "!";
        Charts.waterfall(sheet, new Charts.Box(0, top, 6, bottom),
                "Revenue bridge, reported to adjusted (" + total.currency() + ")",
                new Charts.Categories(w.labels, ref + range(label, first, last)),
                new Charts.Series("Base", w.bases, ref + range(base, first, last)),
                new Charts.Series("Amount", w.bars, ref + range(bar, first, last)),
                Cells.axisFormat(total.currency(), w.bars));
        sheet.setColumnWidth(label, 24 * 256);
        for (int c = level; c <= bar; c++) {
            sheet.setColumnWidth(c, 20 * 256);
        }
    }

    private static String range(int column, int first, int last) {
        String l = BridgeFormulas.letter(column);
        return "$" + l + "$" + first + ":$" + l + "$" + last;
    }

    private static Row row(Sheet sheet, int index) {
        Row r = sheet.getRow(index);
        return r != null ? r : sheet.createRow(index);
    }

    /**
     * The waterfall's cells, one row per bar: the label, the level after it, the base (the lower of the
     * levels before and after) and the bar's height (the step's size). The figures computed here are the
     * formulas' cached results and the chart's cache.
     */
    private static final class Waterfall {
        final XSSFSheet sheet;
        final Cells cells;
        final List<String> labels = new ArrayList<>();
        final List<BigDecimal> bases = new ArrayList<>();
        final List<BigDecimal> bars = new ArrayList<>();
        int next;
        BigDecimal level = BigDecimal.ZERO;

        Waterfall(XSSFSheet sheet, int firstRow, Cells cells) {
            this.sheet = sheet;
            this.next = firstRow;
            this.cells = cells;
        }

        /** A subtotal standing on the axis: Reported, Cash, Adjusted. */
        void total(String label, int bridgeRow, BigDecimal amount) {
            Row r = row(sheet, next++);
            int c = WATERFALL_COLUMN;
            Cells.text(r, c, label);
            Cells.formula(r, c + 1, "$C$" + bridgeRow, amount, cells.money);
            Cells.formula(r, c + 2, "0", BigDecimal.ZERO, cells.money);
            Cells.formula(r, c + 3, "$C$" + bridgeRow, amount, cells.money);
            add(label, BigDecimal.ZERO, amount);
            level = amount;
        }

        /** A step floating between the level before it and the level after it. */
        void step(BridgeStep step, int bridgeRow) {
            // A rule that only flags, or that matched nothing, changes no amount: a bar of height 0 is noise.
            if (!step.rule().action().adjusts() || step.amount().amount().signum() == 0) {
                return;
            }
            int excelRow = next + 1;
            Row r = row(sheet, next++);
            int c = WATERFALL_COLUMN;
            String lv = BridgeFormulas.letter(c + 1);
            String before = lv + (excelRow - 1);
            String after = lv + excelRow;
            BigDecimal afterLevel = level.add(step.amount().amount());
            BigDecimal base = level.min(afterLevel);
            BigDecimal height = step.amount().amount().abs();
            Cells.text(r, c, step.rule().id());
            Cells.formula(r, c + 1, before + "+$C$" + bridgeRow, afterLevel, cells.money);
            Cells.formula(r, c + 2, "MIN(" + before + "," + after + ")", base, cells.money);
            Cells.formula(r, c + 3, "ABS($C$" + bridgeRow + ")", height, cells.money);
            add(step.rule().id(), base, height);
            level = afterLevel;
        }

        private void add(String label, BigDecimal base, BigDecimal bar) {
            labels.add(label);
            bases.add(base);
            bars.add(bar);
        }
    }

    private static void name(Sheet sheet, String name, String cell) {
        Name n = sheet.getWorkbook().createName();
        n.setNameName(name);
        n.setRefersToFormula(NAME + "!" + cell);
    }

    /** Landscape, fitted to one page wide and tall, so the Summary prints (and converts to PDF) as one page. */
    private static void printOnOnePage(XSSFSheet sheet, int lastRow) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 1);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.5);
        sheet.setHorizontallyCenter(true);
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, 5, 0, lastRow);
    }
}

package io.haircut.export;

import static io.haircut.export.BridgeFormulas.plusSteps;
import static io.haircut.export.BridgeFormulas.share;
import static io.haircut.export.BridgeFormulas.shareOf;

import io.haircut.bridge.BridgeStep;
import io.haircut.bridge.RevenueBridge;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.SourceFile;
import io.haircut.rules.Rule;
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
final class SummarySheet {

    static final String NAME = "Summary";
    static final int BRIDGE_FIRST_ROW = 5;

    /** What the Summary links to and reads from, all placed before it is written. */
    record Links(BridgeFormulas.Ranges ranges, RulesSheet.Layout rules, List<SourceCopies.Copy> copies,
            List<UnitEconomicsSheet.Placed> metrics, CoverageSection coverage, PrintLayout.Page page) {
    }

    private SummarySheet() {
    }

    static void write(XSSFSheet sheet, Ledger ledger, RevenueBridge total, List<Rule> rules, Links links, Cells cells) {
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
        Cells.formula(reported, 2, "SUM(" + links.ranges().revenueAmount() + ")", total.reported(), cells.moneyBold);
        String reportedCell = "$C$" + reportedRow;
        Cells.formula(reported, 3, shareOf("C" + reportedRow, reportedCell), share(total.reported(), total.reported()),
                cells.percent);
        Cells.formula(reported, 4, "COUNT(" + links.ranges().revenueAmount() + ")", ledger.revenue().size(), cells.count);
        cells.text(reported, 5, "Revenue as the company books it", cells.note);

        for (BridgeStep step : total.cashSteps()) {
            stepRow(sheet.createRow(n++), step, total, links.ranges(), cells);
        }
        int cashRow = ++n;
        Row cash = sheet.createRow(cashRow - 1);
        cells.text(cash, 0, "Cash revenue", cells.bold);
        Cells.formula(cash, 2, plusSteps("C" + reportedRow, "C", reportedRow + 1, cashRow - 1), total.cash(), cells.moneyBold);
        Cells.formula(cash, 3, shareOf("C" + cashRow, reportedCell), share(total.cash(), total.reported()), cells.percent);
        cells.text(cash, 5, "Revenue received in cash", cells.note);

        for (BridgeStep step : total.adjustedSteps()) {
            stepRow(sheet.createRow(n++), step, total, links.ranges(), cells);
        }
        int adjustedRow = ++n;
        Row adjusted = sheet.createRow(adjustedRow - 1);
        cells.text(adjusted, 0, "Adjusted revenue", cells.bold);
        Cells.formula(adjusted, 2, plusSteps("C" + cashRow, "C", cashRow + 1, adjustedRow - 1), total.adjusted(),
                cells.moneyBold);
        Cells.formula(adjusted, 3, shareOf("C" + adjustedRow, reportedCell), share(total.adjusted(), total.reported()),
                cells.percent);
        cells.text(adjusted, 5, "Cash revenue from parties that did not fund it", cells.note);

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
        bridgeChart(sheet, total, reportedRow, adjustedRow, chartTop, chartBottom);

        int[] widths = {30, 10, 22, 22, 12, 72};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        printOnOnePage(sheet, chartBottom);
    }

    private static void stepRow(Row row, BridgeStep step, RevenueBridge total, BridgeFormulas.Ranges ranges, Cells cells) {
        Rule rule = step.rule();
        int n = row.getRowNum() + 1;
        // The id exactly, indented by the style rather than by spaces: the SUMIFS criterion is this cell.
        cells.text(row, 0, rule.id(), cells.indented);
        Cells.text(row, 1, rule.view().label());
        Cells.formula(row, 2, "SUMIFS(" + ranges.adjustmentChange() + "," + ranges.adjustmentRule() + ",$A" + n + ")",
                step.amount(), cells.money);
        Cells.formula(row, 3, shareOf("C" + n, "$C$" + BRIDGE_FIRST_ROW), share(step.amount(), total.reported()),
                cells.percent);
        Cells.formula(row, 4, "COUNTIFS(" + ranges.adjustmentRule() + ",$A" + n + ")", step.entries(), cells.count);
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

    /** The bridge as columns: Reported, each step (negative), Cash, each step, Adjusted. */
    private static void bridgeChart(XSSFSheet sheet, RevenueBridge total, int reportedRow, int adjustedRow, int top,
            int bottom) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        labels.add("Reported revenue");
        values.add(total.reported());
        total.cashSteps().forEach(s -> {
            labels.add(s.rule().id());
            values.add(s.amount());
        });
        labels.add("Cash revenue");
        values.add(total.cash());
        total.adjustedSteps().forEach(s -> {
            labels.add(s.rule().id());
            values.add(s.amount());
        });
        labels.add("Adjusted revenue");
        values.add(total.adjusted());
        String ref = NAME + "!";
        Charts.columns(sheet, new Charts.Box(0, top, 6, bottom), "Revenue bridge, reported to adjusted (" + total.currency() + ")",
                new Charts.Categories(labels, ref + "$A$" + reportedRow + ":$A$" + adjustedRow),
                new Charts.Series("Amount", values, ref + "$C$" + reportedRow + ":$C$" + adjustedRow),
                Cells.axisFormat(total.currency(), values));
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

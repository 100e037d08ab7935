package io.haircut.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.haircut.coverage.Scenarios;
import io.haircut.export.AnalysisWorkbook;
import io.haircut.export.ExternalTools;
import io.haircut.ledger.CashBalance;
import io.haircut.ledger.Commitment;
import io.haircut.ledger.CostCategory;
import io.haircut.ledger.CostEntry;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.Status;
import io.haircut.rules.applied.AdjustedLedger.RevenueLine;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.applied.Adjustment;
import io.haircut.rules.files.RuleFiles;
import io.haircut.workbook.LedgerImporter;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adjusted workbook as a model: input cells of the frontier-ai export are edited with POI (a February
 * revenue cell, a cost, two cash balances, a commitment, a growth rate), LibreOffice recalculates the file
 * headless, and the Summary, Unit Economics and Coverage sheets must show the figures computed here by
 * hand from the ledger and the edits. Skipped, with a message, where LibreOffice is not installed.
 */
public class LiveModelTest {

    private static final double MILLION = 1_000_000;

    @TempDir
    Path dir;

    @Test
    void editingInputCellsAndRecalculatingMovesEveryDependentFigure() throws Exception {
        if (!ExternalTools.onPath("soffice")) {
            String message = "SKIPPED LiveModelTest: 'soffice' is not installed; apt-get install -y libreoffice-calc to run it";
            System.out.println(message);
            Assumptions.abort(message);
        }
        AdjustedLedger adjusted = Adjuster.apply(LedgerImporter.importPath(Path.of("samples/frontier-ai.xlsx")).ledger(),
                RuleFiles.load(Path.of("rules")));
        Ledger ledger = adjusted.ledger();
        Path file = dir.resolve("model.xlsx");
        AdjustedWorkbookExporter.export(AnalysisWorkbook.of(adjusted, Scenarios.DEFAULTS).workbook(), file, Set.of(), false);

        // The period the Unit Economics sheet measures by default: the latest month of data (April 2026), and
        // the figures it starts from, summed here from the ledger.
        assertThat(ledger.lastMonth()).contains(YearMonth.of(2026, 4));
        List<YearMonth> period = List.of(YearMonth.of(2026, 4));
        double adjustedPeriod = 0;
        double reportedPeriod = 0;
        for (RevenueLine line : adjusted.revenueLines()) {
            if (period.contains(line.entry().month())) {
                adjustedPeriod += line.adjusted().doubleValue();
                reportedPeriod += line.reported().doubleValue();
            }
        }
        double cogsPeriod = 0;
        double cashOutPeriod = 0;
        for (CostEntry c : ledger.costs()) {
            if (period.contains(c.month())) {
                cogsPeriod += c.category() == CostCategory.COST_OF_REVENUE ? c.amount().amount().doubleValue() : 0;
                cashOutPeriod += c.paidWith() == Settlement.CASH ? c.amount().amount().doubleValue() : 0;
            }
        }

        // The edits. A February entry no rule touched, so its million reaches Adjusted too.
        Set<RevenueEntry> touched = new java.util.HashSet<>();
        adjusted.adjustments().stream().map(Adjustment::entry).forEach(touched::add);
        RevenueEntry february = ledger.revenue().stream()
                .filter(e -> e.month().equals(YearMonth.of(2026, 2)) && !touched.contains(e))
                .findFirst().orElseThrow();
        int costRow = rowOf(ledger.costs(), c -> c.month().equals(YearMonth.of(2026, 4))
                && c.category() == CostCategory.COST_OF_REVENUE && c.paidWith() == Settlement.CASH);
        int marchCash = rowOf(ledger.cash(), c -> c.month().equals(YearMonth.of(2026, 3)));
        int latestCash = rowOf(ledger.cash(), c -> c.month().equals(YearMonth.of(2026, 4)));
        int commitmentRow = rowOf(ledger.commitments(), c -> c.vendor().equals("Amazon Web Services") && c.year() == 2027
                && c.status() == Status.BINDING);
        CashBalance latest = ledger.cash().get(latestCash - 2);

        Map<String, Double> before;
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            before = coverageBase(book);
            Sheet revenue = book.getSheet("Revenue");
            Row row = revenue.getRow(february.source().row() - 1);
            assertThat(row.getCell(revenue.getRow(0).getLastCellNum() - 1).getStringCellValue()).isEqualTo(february.source().toString());
            add(row.getCell(4), MILLION);
            add(book.getSheet("Costs").getRow(costRow - 1).getCell(2), 500_000);
            add(book.getSheet("Cash").getRow(marchCash - 1).getCell(1), 2_000 * MILLION);
            add(book.getSheet("Cash").getRow(latestCash - 1).getCell(1), 1_000 * MILLION);
            add(book.getSheet("Commitments").getRow(commitmentRow - 1).getCell(3), 3_000 * MILLION);
            Sheet coverage = book.getSheet("Coverage");
            Row base = rowsByFirstCell(coverage).get("base");
            assertThat(base.getCell(1).getStringCellValue()).isEqualTo("adjusted");
            base.getCell(2).setCellValue(0.5);
            book.setForceFormulaRecalculation(true);
            try (OutputStream out = Files.newOutputStream(dir.resolve("edited.xlsx"))) {
                book.write(out);
            }
        }
        Path out = dir.resolve("recalculated");
        alwaysRecalculate(dir.resolve("profile"));
        ExternalTools.run(dir, 300, "soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to", "xlsx",
                "--outdir", out.toString(), dir.resolve("edited.xlsx").toString());

        try (InputStream in = Files.newInputStream(out.resolve("edited.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Map<String, Row> metrics = rowsByFirstCell(book.getSheet("Unit Economics"));
            double revenueAdjusted = adjustedPeriod; // the February edit lies outside the April period
            assertThat(value(metrics.get("Revenue").getCell(1))).isCloseTo(reportedPeriod, within(0.01));
            assertThat(value(metrics.get("Revenue").getCell(2))).isCloseTo(revenueAdjusted, within(0.01));
            double cogs = cogsPeriod + 500_000;
            assertThat(value(metrics.get("Gross margin").getCell(2))).isCloseTo((revenueAdjusted - cogs) / revenueAdjusted, within(1e-9));
            // Net burn on Adjusted: cash costs less adjusted revenue (third-party cash), per month.
            double burn = (cashOutPeriod + 500_000 - revenueAdjusted) / 1;
            assertThat(value(metrics.get("Net burn (monthly)").getCell(2))).isCloseTo(burn, within(0.01));
            Cell runway = metrics.get("Runway (months)").getCell(2);
            if (burn > 0) {
                // The April balance (edited), not the March one: runway reads the period's last month.
                assertThat(value(runway)).isCloseTo((latest.cash().amount().doubleValue() + 1_000 * MILLION) / burn, within(1e-6));
            } else {
                assertThat(runway.getStringCellValue()).isEqualTo("n/a");
            }

            Map<String, Row> summary = rowsByFirstCell(book.getSheet("Summary"));
            assertThat(value(summary.get("Revenue").getCell(3))).as("Summary's key metrics read Unit Economics")
                    .isCloseTo(revenueAdjusted, within(0.01));
            double reportedTotal = adjusted.revenueLines().stream().mapToDouble(l -> l.reported().doubleValue()).sum();
            assertThat(value(summary.get("Reported revenue").getCell(2))).isCloseTo(reportedTotal + MILLION, within(0.05));

            Sheet coverage = book.getSheet("Coverage");
            assertThat(value(coverage.getRow(1).getCell(1))).as("cash and credits, the latest Cash row")
                    .isCloseTo(latest.cash().amount().doubleValue() + 1_000 * MILLION + latest.unusedCredits().amount().doubleValue(),
                            within(0.01));
            Row inputs = rowsByFirstCell(coverage).get("base");
            double ltm = before.get("ltm") + MILLION; // February 2026 lies in the last twelve months
            assertThat(value(inputs.getCell(9))).isCloseTo(ltm, within(0.01));
            Map<Integer, Row> years = yearRows(coverage, "base");
            double commitments2027 = before.get("commitments 2027") + 3_000 * MILLION;
            assertThat(value(years.get(2027).getCell(3))).isCloseTo(commitments2027, within(0.01));
            int baseYear = before.get("base year").intValue();
            assertThat(baseYear).isEqualTo(2026);
            // The data end in April 2026, so 2026 is a partial base year (docs/methodology.md, "Coverage definitions"):
            // R_b = January..April 2026 actual (with the edited February million) + April's revenue x 8 months left.
            assertThat(value(inputs.getCell(14))).as("months left in 2026").isEqualTo(8);
            double april = adjusted.revenueLines().stream().filter(l -> l.entry().month().equals(YearMonth.of(2026, 4)))
                    .mapToDouble(l -> l.adjusted().doubleValue()).sum();
            double actual2026 = adjusted.revenueLines().stream().filter(l -> l.entry().month().getYear() == 2026)
                    .mapToDouble(l -> l.adjusted().doubleValue()).sum() + MILLION;
            double baseRevenue = actual2026 + april * 8;
            assertThat(value(inputs.getCell(10))).as("2026 actual months").isCloseTo(actual2026, within(0.05));
            assertThat(value(inputs.getCell(12))).as("April 2026, the base month").isCloseTo(april, within(0.01));
            assertThat(value(inputs.getCell(15))).as("2026 revenue").isCloseTo(baseRevenue, within(0.05));
            assertThat(value(years.get(2026).getCell(2))).isCloseTo(baseRevenue, within(0.05));
            // 2027 = R_b x (1 + 50%), the edited growth.
            double projected2027 = baseRevenue * 1.5;
            assertThat(value(years.get(2027).getCell(2))).isCloseTo(projected2027, within(0.05));
            assertThat(value(years.get(2027).getCell(4))).isCloseTo(projected2027 / commitments2027, within(1e-9));
            // Cumulative coverage 2027 = (cash and credits + revenue after April 2026 through 2027)
            //                            / (commitments after April 2026 through 2027)
            //   = (cash + April x 8 + projected 2027) / (2026 commitments x 8 / 12 + 2027 commitments):
            // revenue already received is in the cash, so January..April 2026 is counted once, there.
            double cash = latest.cash().amount().doubleValue() + 1_000 * MILLION + latest.unusedCredits().amount().doubleValue();
            double cumulative2027 = (cash + april * 8 + projected2027) / (before.get("commitments 2026") * 8 / 12 + commitments2027);
            assertThat(value(years.get(2027).getCell(5))).isCloseTo(cumulative2027, within(1e-9));
            // The bear scenario's growth was not edited: its projection moves with the base-year revenue only.
            Row bear = rowsByFirstCell(coverage).get("bear");
            assertThat(value(bear.getCell(9))).isCloseTo(ltm, within(0.01));
            assertThat(value(bear.getCell(15))).isCloseTo(baseRevenue, within(0.05));
            assertThat(value(yearRows(coverage, "bear").get(2027).getCell(2))).isCloseTo(baseRevenue * 1.1, within(0.05));
        }
    }

    /** The base scenario's LTM, base year and commitments as exported, before any edit. */
    private static Map<String, Double> coverageBase(XSSFWorkbook book) {
        Sheet coverage = book.getSheet("Coverage");
        Map<String, Double> figures = new HashMap<>();
        figures.put("ltm", value(rowsByFirstCell(coverage).get("base").getCell(9)));
        Map<Integer, Row> years = yearRows(coverage, "base");
        figures.put("base year", (double) years.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow());
        years.forEach((year, row) -> figures.put("commitments " + year, value(row.getCell(3))));
        return figures;
    }

    private static Map<Integer, Row> yearRows(Sheet coverage, String scenario) {
        Map<Integer, Row> rows = new HashMap<>();
        for (Row row : coverage) {
            Cell name = row.getCell(0);
            Cell year = row.getCell(1);
            if (name != null && name.getCellType() == CellType.STRING && name.getStringCellValue().equals(scenario)
                    && year != null && year.getCellType() == CellType.NUMERIC) {
                rows.putIfAbsent((int) year.getNumericCellValue(), row);
            }
        }
        return rows;
    }

    private static <T> int rowOf(List<T> entries, java.util.function.Predicate<T> which) {
        for (int i = 0; i < entries.size(); i++) {
            if (which.test(entries.get(i))) {
                return i + 2; // row 1 is the header
            }
        }
        throw new AssertionError("no such entry");
    }

    private static void add(Cell cell, double amount) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        cell.setCellValue(cell.getNumericCellValue() + amount);
    }

    private static double value(Cell cell) {
        if (cell.getCellType() == CellType.FORMULA) {
            assertThat(cell.getCachedFormulaResultType()).as(cell.getAddress().toString()).isEqualTo(CellType.NUMERIC);
        }
        return cell.getNumericCellValue();
    }

    private static Map<String, Row> rowsByFirstCell(Sheet sheet) {
        Map<String, Row> rows = new HashMap<>();
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING) {
                rows.putIfAbsent(c.getStringCellValue(), row);
            }
        }
        return rows;
    }

    /**
     * A LibreOffice profile that recalculates every formula when it loads an Excel file, as Excel does with
     * a workbook that asks for it (LibreOffice's own default is to trust the cached values).
     */
    public static void alwaysRecalculate(Path profile) throws java.io.IOException {
        Path user = Files.createDirectories(profile.resolve("user"));
        Files.writeString(user.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
                <value>0</value></prop></item>
                </oor:items>
                """);
    }


}

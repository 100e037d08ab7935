package io.haircut.workbook;

import static io.haircut.workbook.Imports.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.ledger.RevenueEntry;
import io.haircut.workbook.TestBook.Pct;
import io.haircut.workbook.mapping.Dictionary;
import io.haircut.workbook.mapping.LineClassifier;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which lines of a plan, P&L or statement are revenue: drivers (counts, averages, per-unit figures,
 * percentages) never are; a scenario block is read alone; a total is preferred to lines that do not add up
 * to it; statement workbooks are read from their income statement; two revenue totals are refused.
 */
class RevenueLinesTest {

    private static final String NBSP = "\u00A0";

    @TempDir
    Path dir;

    private ImportedLedger importing(ImportOptions options, Path... files) {
        return LedgerImporter.importPaths(List.of(files), options);
    }

    private ImportOptions mapped(String yaml) throws IOException {
        return new ImportOptions(Files.writeString(dir.resolve("map-" + Math.abs(yaml.hashCode()) + ".yaml"), yaml), null, false);
    }

    // ---- a five-year plan: drivers and scenario blocks ---------------------------------------------

    /** One scenario block: orders x average order value = revenue; per-order costs x orders = cost of goods sold. */
    private static void block(TestBook book, int top, String scenario, int[] orders, int[] aov) {
        book.row(top, scenario)
                .row(top + 1, null, "Unit", 2023, 2024, 2025, 2026, 2027)
                .row(top + 2, "Revenue");
        Object[] o = {"Number of Orders", "#", 0, 0, 0, 0, 0};
        Object[] v = {"Average Order Value", "$", 0, 0, 0, 0, 0};
        Object[] r = {"Revenue", "$", 0, 0, 0, 0, 0};
        Object[] m = {"Manufacturing", "$", 8.5, 8.5, 8.5, 8.5, 8.5};
        Object[] s = {"Shipping", "$", 2, 2, 2, 2, 2};
        Object[] c = {"Cost of Goods Sold", "$", 0, 0, 0, 0, 0};
        Object[] g = {"Gross margin %", "%", 0, 0, 0, 0, 0};
        for (int i = 0; i < 5; i++) {
            o[i + 2] = orders[i];
            v[i + 2] = aov[i];
            r[i + 2] = orders[i] * aov[i];
            c[i + 2] = new BigDecimal(orders[i]).multiply(new BigDecimal("10.5"));
            g[i + 2] = 60;
        }
        book.row(top + 3, o).row(top + 4, v).row(top + 5, r)
                .row(top + 6, "Cost of Goods Sold (per order)").row(top + 7, m).row(top + 8, s)
                .row(top + 9, c).row(top + 10, g);
    }

    private Path plan() throws IOException {
        TestBook book = TestBook.xlsx().sheet("5 Year Plan").row(1, "Acme Foods - five-year plan");
        block(book, 3, "Live", new int[] {2330, 3000, 3800, 4700, 5800}, new int[] {30, 31, 32, 33, 34});
        block(book, 16, "Upper", new int[] {2800, 3600, 4500, 5600, 7000}, new int[] {31, 32, 33, 34, 35});
        block(book, 29, "Lower", new int[] {2000, 2500, 3100, 3800, 4600}, new int[] {29, 30, 31, 32, 33});
        return book.write(dir.resolve("plan.xlsx"));
    }

    @Test
    void aPlanWithDriverRowsAndThreeScenarioBlocksImportsTheFirstBlocksRevenueRowOnly() throws Exception {
        ImportedLedger imported = importing(ImportOptions.DEFAULTS, plan());
        List<RevenueEntry> revenue = imported.ledger().revenue();
        // Live's Revenue row, row 8: 2330 x 30 = 69,900; 3000 x 31 = 93,000; 3800 x 32 = 121,600; 4700 x 33 = 155,100; 5800 x 34 = 197,200.
        assertThat(revenue).extracting(e -> e.source().toString())
                .containsExactly("plan.xlsx!5 Year Plan!C8", "plan.xlsx!5 Year Plan!D8", "plan.xlsx!5 Year Plan!E8", "plan.xlsx!5 Year Plan!F8",
                        "plan.xlsx!5 Year Plan!G8");
        assertThat(revenue.get(0).amount().amount()).isEqualByComparingTo("69900");
        assertThat(total(revenue)).isEqualByComparingTo("636800");
        // Adding the drivers in would have given 2330 + 30 + 69,900 + 8.5 + 2 = 72,270.5 for 2023, and the three blocks three times that.
        assertThat(imported.notes()).contains("plan.xlsx!5 Year Plan: scenario blocks 'Live', 'Upper', 'Lower': read 'Live' (the first; name another"
                + " with scenario: in a mapping file); rows 16-26 ('Upper') left out; rows 29-39 ('Lower') left out");
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void theMappingNamesAnotherScenarioBlockOrIsRefusedWhenTheSheetHasNoneOfThatName() throws Exception {
        Path file = plan();
        List<RevenueEntry> upper = importing(mapped("scenario: Upper\n"), file).ledger().revenue();
        assertThat(upper.get(0).source().cell()).isEqualTo("C21");
        assertThat(upper.get(0).amount().amount()).isEqualByComparingTo("86800"); // 2800 x 31
        ImportOptions wrong = mapped("scenario: Upside\n");
        assertThatThrownBy(() -> importing(wrong, file)).hasMessage("plan.xlsx!5 Year Plan: the mapping's scenario 'Upside' (" + wrong.mapping()
                + ":1) is not one of this sheet's scenario blocks: 'Live', 'Upper', 'Lower'");
    }

    @Test
    void inspectSaysWhichLinesAreDriversAndWhichIsRevenueWithItsCells() throws Exception {
        Inspection i = LedgerImporter.inspect(List.of(plan()), ImportOptions.DEFAULTS);
        Inspection.TableReport live = i.files().get(0).sheets().get(0).tables().get(0);
        assertThat(live.lines()).contains(
                "row 6 'Number of Orders': ignored, a driver, not an amount: a count (unit '#')",
                "row 7 'Average Order Value': ignored, a driver, not an amount: an average, price or per-unit figure",
                "row 8 'Revenue' (C8:G8): revenue",
                "row 10 'Manufacturing': ignored, a driver, not an amount: a per-unit figure (its heading says so)",
                "row 12 'Cost of Goods Sold': cost, cost-of-revenue",
                "row 13 'Gross margin %': ignored, a ratio, not an amount");
        assertThat(i.error()).isNull();
        assertThat(i.mappingDraft()).contains("\n# scenario: 'Live'    # read the first of the scenario blocks 'Live', 'Upper', 'Lower'; name the one to read\n")
                .doesNotContain("Number of Orders").doesNotContain("Manufacturing");
    }

    // ---- keyword false friends ---------------------------------------------------------------------

    @Test
    void linesThatSaySalesButAreNotRevenueAreLeftOut() throws Exception {
        Path file = TestBook.xlsx().sheet("P&L")
                .row(1, null, "Jan-25", "Feb-25", "Mar-25")
                .row(2, "Subscription revenue", 1000, 1100, 1200)
                .row(3, "Travel & Conveyance - Sales Team", 40, 45, 50)
                .row(4, "Sales proceeds", 500, 0, 0)
                .row(5, "Purchases, sales and settlements (net)", 12, 13, 14)
                .row(6, "Sales growth", new Pct(0.1), new Pct(0.1), new Pct(0.09))
                .row(7, "Revenue per customer", 50, 52, 55)
                .write(dir.resolve("friends.xlsx"));
        List<RevenueEntry> revenue = importing(ImportOptions.DEFAULTS, file).ledger().revenue();
        assertThat(revenue).extracting(RevenueEntry::customer).containsOnly("(Subscription revenue)");
        assertThat(total(revenue)).isEqualByComparingTo("3300"); // 1,000 + 1,100 + 1,200
    }

    @Test
    void theDictionaryTellsDriversAndFalseFriendsFromRevenue() {
        assertThat(Dictionary.line("Travel & Conveyance - Sales Team", Dictionary.Section.NONE).kind()).isEqualTo(Dictionary.LineKind.UNKNOWN);
        assertThat(Dictionary.line("Sales proceeds", Dictionary.Section.NONE).kind()).isEqualTo(Dictionary.LineKind.UNKNOWN);
        assertThat(Dictionary.line("Purchases, sales and settlements (net)", Dictionary.Section.REVENUE).kind()).isEqualTo(Dictionary.LineKind.UNKNOWN);
        assertThat(Dictionary.line("Number of Orders", Dictionary.Section.REVENUE).kind()).isEqualTo(Dictionary.LineKind.DRIVER);
        assertThat(Dictionary.line("ARPU", Dictionary.Section.REVENUE).kind()).isEqualTo(Dictionary.LineKind.DRIVER);
        assertThat(Dictionary.line("Manufacturing", Dictionary.section("Cost of Goods Sold (per order)")).kind()).isEqualTo(Dictionary.LineKind.DRIVER);
        assertThat(Dictionary.line("Net sales", Dictionary.Section.NONE).kind()).isEqualTo(Dictionary.LineKind.REVENUE);
        assertThat(LineClassifier.driver("Orders", "#")).contains("a count (unit '#')");
        assertThat(LineClassifier.driver("Revenue", "$")).isEmpty();
    }

    // ---- a total preferred to lines that do not add up to it ---------------------------------------

    @Test
    void aRevenueRowIsPreferredToLinesUnderTheRevenueHeadingThatDoNotAddUpToIt() throws Exception {
        Path file = TestBook.xlsx().sheet("Model")
                .row(1, null, "Q1 2025", "Q2 2025")
                .row(2, "Revenue")
                .row(3, "Orders", 120, 150)
                .row(4, "Basket", 25, 26)
                .row(5, "Total revenue", 3000, 3900)
                .write(dir.resolve("model.xlsx"));
        ImportedLedger imported = importing(ImportOptions.DEFAULTS, file);
        // 120 x 25 = 3,000 and 150 x 26 = 3,900; 120 + 25 = 145 is not 3,000: the lines are not parts of the total.
        assertThat(imported.ledger().revenue()).extracting(e -> e.source().cell()).containsExactly("B5", "C5");
        assertThat(total(imported.ledger().revenue())).isEqualByComparingTo("6900");
        assertThat(imported.notes()).contains("model.xlsx!Model: 'Total revenue' (row 5) is imported as revenue; the lines above it (rows 3 'Orders',"
                + " 4 'Basket') do not add up to it, so they are not all revenue (drivers or details) and are not imported; if they are revenue,"
                + " say so in a mapping file: lines: { 'Orders': revenue }");
    }

    @Test
    void twoRevenueTotalsWithOtherFiguresAreRefusedUntilTheMappingSaysWhich() throws Exception {
        Path file = TestBook.xlsx().sheet("P&L")
                .row(1, null, 2023, 2024)
                .row(2, "Total revenues", 1500, 1800)
                .row(3, "Cost of revenue", 600, 700)
                .row(4, "Net revenues", 1450, 1740)
                .write(dir.resolve("two.xlsx"));
        assertThatThrownBy(() -> importing(ImportOptions.DEFAULTS, file)).hasMessage("two.xlsx!P&L!A4: 'Net revenues' is a second revenue line in this"
                + " table (after row 2 'Total revenues') with other figures; B4 is USD 1,450.00, B2 is USD 1,500.00; haircut cannot tell which is"
                + " the revenue: say it in a mapping file, e.g. lines: { 'Net revenues': revenue, 'Total revenues': ignore }");
        ImportedLedger imported = importing(mapped("lines:\n  'Net revenues': revenue\n  'Total revenues': ignore\n"), file);
        assertThat(total(imported.ledger().revenue())).isEqualByComparingTo("3190"); // 1,450 + 1,740
    }

    // ---- statement workbooks -----------------------------------------------------------------------

    private Path filing() throws IOException {
        LocalDate y22 = LocalDate.of(2022, 12, 31);
        LocalDate y21 = LocalDate.of(2021, 12, 31);
        LocalDate y20 = LocalDate.of(2020, 12, 31);
        TestBook book = TestBook.xlsx().sheet("CONSOLIDATED STATEMENTS OF OPERA")
                .row(1, "CONSOLIDATED STATEMENTS OF OPERATIONS - USD ($) $ in Thousands", "12 Months Ended").merge("B1:D1").merge("A1:A2")
                .row(2, null, y22, y21, y20)
                .row(3, "Revenues:", NBSP, NBSP, NBSP)
                .row(4, "Product", 1000, 900, 800)
                .row(5, "Services", 500, 400, 300)
                .row(6, "Total revenues", 1500, 1300, 1100)
                .row(7, "Cost of revenues", 600, 520, 440)
                .row(8, "Gross profit", 900, 780, 660)
                .row(9, "Operating expenses:", NBSP, " ", NBSP + " ")
                .row(10, "Research and development", 300, 250, 200)
                .row(11, "Sales and marketing", 120, 110, 100)
                .row(12, "General and administrative", 80, 70, 60)
                .row(13, "Total operating expenses", 500, 430, 360)
                .row(14, "Operating income", 400, 350, 300)
                .row(15, "Net income", 390, 340, 290);
        book.sheet("CONSOLIDATED BALANCE SHEETS")
                .row(1, "CONSOLIDATED BALANCE SHEETS - USD ($) $ in Thousands", y22, y21)
                .row(2, "Cash and cash equivalents", 5000, 4000)
                .row(3, "Deferred revenue", 300, 200);
        book.sheet("REVENUE")
                .row(1, "REVENUE", "12 Months Ended")
                .row(2, null, "Dec. 31, 2022")
                .row(3, "Revenue Recognition [Text Block]", "Revenue is recognised when control of the goods passes to the customer.");
        book.sheet("Pension (Details)")
                .row(1, "EMPLOYEE BENEFIT PLANS - Pension Plan Assets (Details) - USD ($) $ in Millions", y22, y21)
                .row(2, "Purchases, sales and settlements (net)", 12, 8)
                .row(3, "Revenues", 99, 99);
        return book.write(dir.resolve("Financial_Report.xlsx"));
    }

    @Test
    void anEdgarStatementWorkbookIsReadFromItsStatementOfOperationsInThousands() throws Exception {
        ImportedLedger imported = importing(ImportOptions.DEFAULTS, filing());
        List<RevenueEntry> revenue = imported.ledger().revenue();
        // Total revenues, row 6: 1,500 + 1,300 + 1,100 thousand; Product and Services add up to it and are not added again.
        assertThat(revenue).extracting(e -> e.source().cell()).containsExactlyInAnyOrder("B6", "C6", "D6");
        assertThat(total(revenue)).isEqualByComparingTo("3900000");
        assertThat(revenue).filteredOn(e -> e.source().cell().equals("B6")).singleElement()
                .satisfies(e -> assertThat(e.amount().amount()).isEqualByComparingTo("1500000"));
        // "12 Months Ended" merged over the year-end dates: each figure is its whole year, not its December.
        assertThat(revenue).extracting(e -> e.span().toString())
                .containsExactlyInAnyOrder("2022-01..2022-12", "2021-01..2021-12", "2020-01..2020-12");
        assertThat(imported.notes()).contains("Financial_Report.xlsx: statement workbook: read the income statement 'CONSOLIDATED STATEMENTS OF OPER';"
                + " skipped 3 other sheets (a balance sheet, 2 notes or cover sheets); --sheets or only: in a mapping file chooses sheets by name");
        assertThat(imported.notes()).noneMatch(n -> n.startsWith("ignored sheet"));
        // The NBSP heading rows are headings: Total operating expenses checks against R&D + S&M + G&A = 500, with no Sales in it.
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void inspectOnAStatementListsTheRevenueLineWithItsCellsAndThePartsItReplaces() throws Exception {
        Inspection i = LedgerImporter.inspect(List.of(filing()), ImportOptions.DEFAULTS);
        Inspection.SheetReport ops = i.files().get(0).sheets().get(0);
        Inspection.TableReport t = ops.tables().get(0);
        assertThat(t.detectedBy()).isEqualTo("its title 'CONSOLIDATED STATEMENTS OF OPERATIONS - USD ($) $ in Thou...' (an income statement)");
        assertThat(t.units()).isEqualTo("thousands (x1,000, from the statement's title)");
        assertThat(t.lines()).contains("row 3 'Revenues:': heading",
                "row 4 'Product' (B4:D4): not imported, part of the statement's revenue line 'Total revenues' (row 6), which is imported",
                "row 6 'Total revenues' (B6:D6): revenue (the total, preferred to the lines above it)",
                "row 9 'Operating expenses:': heading");
        assertThat(i.files().get(0).sheets().get(2).skipped()).isEqualTo("statement workbook: a note or cover sheet ('REVENUE')");
        assertThat(i.error()).isNull();
        String draft = i.mappingDraft();
        assertThat(draft).contains("only: ['CONSOLIDATED STATEMENTS OF OPER']    # 3 other sheets left out\n").doesNotContain(": ignore");
        assertThat(draft).contains("\n  'Total revenues': revenue    # row 6, the revenue line\n",
                "\n  # 'Product': revenue    # not imported: part of the statement's revenue line 'Total revenues' (row 6), which is imported\n");
        assertThat(draft.lines().count()).isLessThan(40);
        // The draft, used as the mapping, imports the same revenue line: B6:D6, 1,500 + 1,300 + 1,100 thousand.
        List<RevenueEntry> again = importing(mapped(draft), filing()).ledger().revenue();
        assertThat(again).extracting(e -> e.source().cell()).containsExactlyInAnyOrder("B6", "C6", "D6");
        assertThat(total(again)).isEqualByComparingTo("3900000");
    }

    /** A 10-K income statement in millions whose revenue line has the filer's own name, with a "[Abstract]" heading over it. */
    private Path filingNamed(String revenueLine) throws IOException {
        LocalDate y23 = LocalDate.of(2023, 12, 31);
        LocalDate y22 = LocalDate.of(2022, 12, 31);
        TestBook book = TestBook.xlsx().sheet("Cover")
                .row(1, "Cover - USD ($) $ in Millions", "12 Months Ended").merge("B1:C1")
                .row(2, null, "Dec. 31, 2023")
                .row(3, "Entity Registrant Name", "Acme Holdings, Inc.");
        book.sheet("CONSOLIDATED STATEMENTS OF INCO")
                .row(1, "CONSOLIDATED STATEMENTS OF INCOME - USD ($) shares in Thousands, $ in Millions", "12 Months Ended").merge("B1:C1")
                .row(2, null, y23, y22)
                .row(3, "Income Statement [Abstract]", NBSP, NBSP)
                .row(4, revenueLine, 2450.5, 2210.25)
                .row(5, "Cost of sales", 1100, 1000)
                .row(6, "Gross profit", 1350.5, 1210.25)
                .row(7, "Operating expenses:", NBSP, NBSP)
                .row(8, "Selling, general and administrative", 700, 650)
                .row(9, "Travel & Conveyance - Sales Team", 15, 14)
                .row(10, "Operating income", 635.5, 546.25);
        book.sheet("CONSOLIDATED STATEMENTS OF CASH F")
                .row(1, "CONSOLIDATED STATEMENTS OF CASH FLOWS - USD ($) $ in Millions", "12 Months Ended")
                .row(2, null, y23, y22)
                .row(3, "Sales proceeds", 40, 35);
        book.sheet("REVENUE (Details)")
                .row(1, "REVENUE (Details) - USD ($) $ in Millions", "12 Months Ended")
                .row(2, null, y23, y22)
                .row(3, "Revenues", 2450.5, 2210.25)
                .row(4, "Revenue from related parties", 300, 280);
        return book.write(dir.resolve("filing.xlsx"));
    }

    @Test
    void theStatementsRevenueLineIsFoundUnderItsFilersOwnNameAndScaledToMillions() throws Exception {
        for (String name : List.of("Revenues", "Total net revenue", "Net sales", "Net operating revenues", "Total revenues, net")) {
            ImportedLedger imported = importing(ImportOptions.DEFAULTS, filingNamed(name));
            List<RevenueEntry> revenue = imported.ledger().revenue();
            // Row 4 only, in millions: 2,450.5m + 2,210.25m; the note's related-party line and the cash-flow sales proceeds are not read.
            assertThat(revenue).as(name).extracting(e -> e.source().cell()).containsExactlyInAnyOrder("B4", "C4");
            assertThat(total(revenue)).as(name).isEqualByComparingTo("4660750000");
            assertThat(imported.notes()).as(name).contains("filing.xlsx: statement workbook: read the income statement"
                    + " 'CONSOLIDATED STATEMENTS OF INCO'; skipped 3 other sheets (a cash-flow statement, 2 notes or cover sheets);"
                    + " --sheets or only: in a mapping file chooses sheets by name");
            // Travel for the sales team is an operating expense haircut has no category for: not revenue.
            assertThat(revenue).as(name).noneMatch(e -> e.source().row() == 9);
        }
    }

    @Test
    void aCellHoldingOnlyNonBreakingSpacesIsAnEmptyCellNotAFormulaWithoutItsValue() throws Exception {
        Path file = TestBook.xlsx().sheet("P&L")
                .row(1, null, "Jan-25", "Feb-25", "Mar-25")
                .row(2, "Revenue", 1000, NBSP + NBSP, 1200)
                .row(3, "Hosting", " " + NBSP, 300, 320)
                .write(dir.resolve("padded.xlsx"));
        ImportedLedger imported = importing(ImportOptions.DEFAULTS, file);
        // B2 and C2 only (1,000 + 1,200): the padded cell C2 is empty, as is B3.
        assertThat(imported.ledger().revenue()).extracting(e -> e.source().cell()).containsExactly("B2", "D2");
        assertThat(total(imported.ledger().revenue())).isEqualByComparingTo("2200");
        assertThat(imported.ledger().costs()).extracting(e -> e.source().cell()).containsExactly("C3", "D3");
        assertThat(imported.warnings()).noneMatch(w -> w.contains("not a figure") || w.contains("formula"));
    }

    @Test
    void aThreeStatementModelIsReadFromItsIncomeStatementSheet() throws Exception {
        TestBook book = TestBook.xlsx().sheet("Income Statement")
                .row(1, "Income Statement")
                .row(2, null, 2023, 2024)
                .row(3, "Revenue", 800, 1000)
                .row(4, "% growth", NBSP, 25)
                .row(5, "Cost of revenue", 300, 350);
        book.sheet("Balance Sheet").row(1, null, 2023, 2024).row(2, "Deferred revenue", 80, 90).row(3, "Accounts receivable", 120, 150);
        book.sheet("Cash Flow").row(1, null, 2023, 2024).row(2, "Sales proceeds", 30, 0).row(3, "Cash from customers", 700, 950);
        ImportedLedger imported = importing(ImportOptions.DEFAULTS, book.write(dir.resolve("three.xlsx")));
        // 800 + 1,000 from row 3; the growth row (25, a percentage by its label) and the other statements are not revenue.
        assertThat(imported.ledger().revenue()).extracting(e -> e.source().toString())
                .containsExactlyInAnyOrder("three.xlsx!Income Statement!B3", "three.xlsx!Income Statement!C3");
        assertThat(total(imported.ledger().revenue())).isEqualByComparingTo("1800");
    }

    @Test
    void aDraftedMappingForAPlanListsTheRevenueLineAndCommentsTheLinesHaircutCouldNotPlace() throws Exception {
        Path file = TestBook.xlsx().sheet("Model")
                .row(1, null, "Jan-25", "Feb-25")
                .row(2, "Revenue", 500, 600)
                .row(3, "Number of Orders", 20, 24)
                .row(4, "Widgets", 70, 75)
                .write(dir.resolve("draft.xlsx"));
        String draft = LedgerImporter.inspect(List.of(file), ImportOptions.DEFAULTS).mappingDraft();
        assertThat(draft).contains("\n  'Revenue': revenue\n").contains("\n  # 'Widgets': ~    # UNKNOWN").doesNotContain("Number of Orders");
    }

    // ---- sheet selection ---------------------------------------------------------------------------

    private Path model() throws IOException {
        TestBook book = TestBook.xlsx().sheet("Income Statement")
                .row(1, null, 2023, 2024)
                .row(2, "Net sales", 1200, 1500)
                .row(3, "Cost of sales", 500, 600);
        book.sheet("Balance Sheet").row(1, null, 2023, 2024).row(2, "Deferred revenue", 80, 90).row(3, "Cash", 700, 900);
        book.sheet("Old model").row(1, null, 2023, 2024).row(2, "Revenue", 999, 1111);
        return book.write(dir.resolve("three-statement.xlsx"));
    }

    @Test
    void sheetsChosenByOptionOrMappingAreTheOnlyOnesRead() throws Exception {
        Path file = model();
        // All sheets: the old model's revenue clashes with the income statement's for the same years.
        assertThatThrownBy(() -> importing(ImportOptions.DEFAULTS, file)).isInstanceOf(ImportException.class);
        ImportedLedger chosen = importing(new ImportOptions(null, null, false, null, List.of("Income Statement"), "--sheets"), file);
        assertThat(total(chosen.ledger().revenue())).isEqualByComparingTo("2700"); // 1,200 + 1,500
        assertThat(chosen.notes()).contains("read only the sheets named by --sheets (Income Statement); left out 2 others: Balance Sheet, Old model");
        ImportOptions only = mapped("only: [Income Statement]\n");
        assertThat(total(importing(only, file).ledger().revenue())).isEqualByComparingTo("2700");
        assertThat(importing(only, file).notes()).contains("read only the sheets named by " + only.mapping()
                + ":1 (only:) (Income Statement); left out 2 others: Balance Sheet, Old model");
    }

    @Test
    void aSheetNameNoFileHasIsTheSameErrorForImportAndInspect() throws Exception {
        Path file = model();
        ImportOptions typo = new ImportOptions(null, null, false, null, List.of("Income Statment", "Old model"), "--sheets");
        String expected = "--sheets names 'Income Statment', which no file has; the sheets are: Income Statement, Balance Sheet, Old model";
        assertThatThrownBy(() -> importing(typo, file)).hasMessage(expected);
        assertThat(LedgerImporter.inspect(List.of(file), typo).error()).isEqualTo(expected);
    }

    @Test
    void aMappingErrorOnASheetWithNoTableIsTheSameForImportAndInspect() throws Exception {
        Path file = TestBook.xlsx().sheet("Revenue").row(1, "Date", "Customer", "Channel", "Settlement", "Amount")
                .row(2, LocalDate.of(2025, 1, 15), "Globex", "direct", "cash", 10)
                .sheet("Notes").row(1, "Prepared by the finance team").row(2, "Figures unaudited")
                .write(dir.resolve("notes.xlsx"));
        ImportOptions options = mapped("sheets:\n  Notes: pnl\n");
        String expected = "notes.xlsx!Notes: the mapping reads this sheet as a P&L, but no row in the first 50 has two or more periods"
                + " (Jan-26, 2026-01, Q1 FY26, FY2025) with line names to their left";
        assertThatThrownBy(() -> importing(options, file)).hasMessage(expected);
        assertThat(LedgerImporter.inspect(List.of(file), options).error()).isEqualTo(expected);
    }
}

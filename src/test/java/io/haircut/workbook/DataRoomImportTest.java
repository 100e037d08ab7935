package io.haircut.workbook;

import static io.haircut.workbook.Imports.importing;
import static io.haircut.workbook.Imports.mapped;
import static io.haircut.workbook.Imports.mapping;
import static io.haircut.workbook.Imports.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.ledger.CostCategory;
import io.haircut.ledger.CostEntry;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Money;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.Status;
import io.haircut.workbook.TestBook.DateSerial;
import io.haircut.workbook.TestBook.Formula;
import io.haircut.workbook.TestBook.Pct;
import io.haircut.workbook.files.TextFormat;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import corpus: workbooks and CSV files with the layouts data rooms really hold, each written here
 * by POI or as raw bytes, each importing to figures worked out by hand in the test (the arithmetic is in
 * the comments), or failing with the exact message an analyst would read.
 */
class DataRoomImportTest {

    @TempDir
    Path dir;

    private static final String[] REVENUE_HEADER = {"Date", "Customer", "Channel", "Settlement", "Amount"};

    private static BigDecimal costTotal(List<CostEntry> costs) {
        return costs.stream().map(c -> c.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A minimal canonical Revenue sheet, for workbooks whose point is another table. */
    private static TestBook withRevenue(TestBook book) {
        return book.sheet("Revenue").row(1, (Object[]) REVENUE_HEADER).row(2, LocalDate.of(2026, 1, 15), "Globex", "direct", "cash", 10);
    }

    // ---- 1. layouts ---------------------------------------------------------------------------

    @Test
    void aTableBelowATitleBlockIsFoundByItsHeaders() throws Exception {
        Path file = TestBook.xlsx().sheet("Sheet1")
                .row(1, "Frontier Demo Inc. - Confidential")
                .row(2, "Revenue ledger, FY2025")
                .row(4, (Object[]) REVENUE_HEADER)
                .row(5, LocalDate.of(2025, 1, 15), "Globex", "direct", "cash", 100.10)
                .row(6, LocalDate.of(2025, 2, 15), "Initech", "api", "cloud-credit", 200.20)
                .row(7, LocalDate.of(2025, 3, 15), "Globex", "direct", "cash", 300.30)
                .write(dir.resolve("title.xlsx"));
        Ledger l = importing(file).ledger();
        assertThat(l.revenue()).hasSize(3);
        assertThat(total(l.revenue())).isEqualByComparingTo("600.60"); // 100.10 + 200.20 + 300.30
        assertThat(l.revenue().get(0).source().toString()).isEqualTo("title.xlsx!Sheet1!E5");
        assertThat(l.revenue().get(1).settlement()).isEqualTo(Settlement.CLOUD_CREDIT);
    }

    @Test
    void twoTablesSideBySideAreReadSeparately() throws Exception {
        Path file = TestBook.xlsx().sheet("Data")
                .row(1, "Deal data room extract")
                .row(3, "Date", "Customer", "Channel", "Settlement", "Amount", null, "Entity", "Parent", "Relationship")
                .row(4, LocalDate.of(2025, 5, 1), "AWS EMEA SARL", "aws-marketplace", "cloud-credit", 500, null,
                        "Amazon Web Services, Inc.", "Amazon", "investor")
                .row(5, LocalDate.of(2025, 5, 2), "Globex", "direct", "cash", 250, null, "AWS EMEA SARL", "Amazon", "Investor")
                .row(6, LocalDate.of(2025, 5, 3), "Initech", "api", "cash", 125)
                .write(dir.resolve("side.xlsx"));
        Ledger l = importing(file).ledger();
        assertThat(l.revenue()).hasSize(3);
        assertThat(total(l.revenue())).isEqualByComparingTo("875"); // 500 + 250 + 125
        assertThat(l.parties().parties()).hasSize(2);
        assertThat(l.parties().groupOf(l.revenue().get(0).customer()).orElseThrow().name()).isEqualTo("Amazon");
        assertThat(l.parties().parties().get(0).source().toString()).isEqualTo("side.xlsx!Data!G4");
    }

    @Test
    void aBillingExportWithTwentyColumnsOfWhichFiveMatter() throws Exception {
        Path file = TestBook.text(dir.resolve("billing.csv"), StandardCharsets.UTF_8, false,
                "Invoice ID,Invoice Date,Due Date,Bill-to Name,Bill-to Country,Sales Channel,Payment Method,Net Amount,Tax,Gross Amount,"
                        + "Currency,Status,Product,Plan,Seats,Sales Rep,Region,PO Number,Memo,Created At",
                "INV-1,03/14/2025,04/13/2025,Globex Corporation,US,Direct,Wire,\"$1,234.56\",$0.00,\"$1,234.56\",USD,Paid,Frontier API,Team,5,Ann,NA,"
                        + "PO-9,\"renewal, Q1\",2025-03-14T10:00:00Z",
                "INV-2,03/20/2025,04/19/2025,AWS EMEA SARL,LU,AWS Marketplace,AWS Credits,\"$10,000.00\",$0.00,\"$10,000.00\",USD,Paid,Frontier API,"
                        + "Enterprise,50,Bo,EMEA,,,2025-03-20T10:00:00Z",
                "INV-3,04/02/2025,05/02/2025,Initech LLC,US,API,Card,$99.99,$0.00,$99.99,USD,Paid,Frontier API,Self-serve,1,,NA,,,2025-04-02T10:00:00Z",
                ",,,Total,,,,\"$11,334.55\",,,,,,,,,,,,");
        ImportedLedger imported = importing(file);
        List<RevenueEntry> r = imported.ledger().revenue();
        assertThat(r).hasSize(3);
        assertThat(total(r)).isEqualByComparingTo("11334.55"); // 1,234.56 + 10,000.00 + 99.99; the Total row is not an entry
        // 03/14/2025 can only be month first, so 04/02/2025 is 2 April.
        assertThat(r).extracting(RevenueEntry::date).containsExactly(LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 20), LocalDate.of(2025, 4, 2));
        assertThat(r).extracting(RevenueEntry::channel).containsExactly("direct", "aws-marketplace", "api");
        assertThat(r).extracting(RevenueEntry::settlement).containsExactly(Settlement.CASH, Settlement.CLOUD_CREDIT, Settlement.CASH);
        assertThat(r.get(0).attributes()).containsEntry("invoice", "INV-1").containsEntry("sales rep", "Ann").containsEntry("plan", "Team")
                .containsEntry("memo", "renewal, Q1");
        assertThat(r.get(1).source().toString()).isEqualTo("billing.csv!H3");
        assertThat(imported.warnings()).isEmpty();
        assertThat(imported.notes()).containsExactly("billing.csv: 1 total row checked and not imported (row 5)");
    }

    // ---- 2. text files: encodings and delimiters ------------------------------------------------

    @Test
    void aSemicolonCsvInWindows1252WithDecimalCommas() throws Exception {
        Path file = TestBook.text(dir.resolve("export.csv"), TextFormat.WINDOWS_1252, false,
                "Date;Customer;Channel;Settlement;Amount",
                "14.03.2025;Café Lumière SAS;direct;cash;1.234,56",
                "01.04.2025;Müller GmbH;api;cash;99,90");
        List<RevenueEntry> r = importing(file).ledger().revenue();
        assertThat(r).extracting(RevenueEntry::customer).containsExactly("Café Lumière SAS", "Müller GmbH");
        assertThat(r).extracting(e -> e.amount().amount()).containsExactly(new BigDecimal("1234.56"), new BigDecimal("99.90"));
        assertThat(r.get(1).date()).isEqualTo(LocalDate.of(2025, 4, 1)); // dotted dates are day first
    }

    @Test
    void aUtf16CsvWithTabsAndAUtf8CsvWithPipes() throws Exception {
        Path tabs = TestBook.text(dir.resolve("utf16.csv"), StandardCharsets.UTF_16LE, true,
                "Date\tCustomer\tChannel\tSettlement\tAmount", "2025-05-01\tZürich Analytics AG\tdirect\tcash\t42.00");
        Path pipes = TestBook.text(dir.resolve("pipes.csv"), StandardCharsets.UTF_8, true,
                "Date|Customer|Channel|Settlement|Amount", "2025-05-02|Ørsted Data A/S|api|cash|8.00");
        Ledger l = importing(tabs, pipes).ledger();
        assertThat(l.revenue()).extracting(RevenueEntry::customer).containsExactly("Zürich Analytics AG", "Ørsted Data A/S");
        assertThat(total(l.revenue())).isEqualByComparingTo("50.00"); // 42.00 + 8.00
    }

    @Test
    void aTsvExportWithAPreambleBeforeItsHeader() throws Exception {
        Path file = TestBook.text(dir.resolve("stripe.tsv"), StandardCharsets.UTF_8, false,
                "Payments export", "Generated 2026-05-01 by the billing system", "",
                "Created\tCustomer\tSource\tPayment Type\tAmount", "2026-04-01\tGlobex\tdirect\tcard\t1,000.00",
                "2026-04-02\tInitech\tapi\tach\t250.00");
        // The header is on line 4, under the preamble; "Created" is not a name haircut knows for a date.
        assertThatThrownBy(() -> importing(file)).hasMessage("stripe.tsv: header row 4 has no 'Date' column; expected Date, Customer, Channel, "
                + "Settlement, Amount (found: Created, Customer, Source, Payment Type, Amount); name the column in a mapping file "
                + "(columns: { revenue: { 'YOUR HEADER': date } }) or give it a default (defaults: { revenue: { date: VALUE } })");
        Path map = mapping(dir, "stripe.yaml", "columns:\n  revenue:\n    Created: date\n");
        List<RevenueEntry> r = mapped(map, file).ledger().revenue();
        assertThat(r).extracting(RevenueEntry::settlement).containsExactly(Settlement.CASH, Settlement.CASH); // card, ach
        assertThat(total(r)).isEqualByComparingTo("1250.00"); // 1,000.00 + 250.00
        assertThat(r.get(0).source().toString()).isEqualTo("stripe.tsv!E5");
    }

    // ---- 3. wide tables ---------------------------------------------------------------------------

    private TestBook pnl(Object totalRevenueFeb) {
        return TestBook.xlsx().sheet("P&L")
                .row(1, "Acme AI Ltd - Confidential")
                .row(2, "Profit and loss, USD in thousands")
                .row(4, null, "Jan-26", "Feb-26", "Mar-26", "Q1 2026")
                .row(5, "Revenue")
                .row(6, "API revenue", 100.5, 110.25, 120, 330.75)
                .row(7, "Marketplace revenue (paid in cloud credits)", 20, 22, 24, 66)
                .row(8, "Total revenue", 120.5, totalRevenueFeb, 144, 396.75)
                .row(9, "Cost of revenue")
                .row(10, "Inference compute", 60, 65, 70, 195)
                .row(11, "Total cost of revenue", 60, 65, 70, 195)
                .row(12, "Gross profit", 60.5, 67.25, 74, 201.75)
                .row(13, "Gross margin %", new Pct(0.502), new Pct(0.508), new Pct(0.514), new Pct(0.508))
                .row(14, "Operating expenses")
                .row(15, "Research & development", 30, 30, 30, 90)
                .row(16, "Sales & marketing", 10, 11, 12, 33)
                .row(17, "General & administrative", 5, 5, 5, 15)
                .row(18, "Total operating expenses", 45, 46, 47, 138)
                .row(19, "EBITDA", 15.5, 21.25, 27, 63.75)
                .row(20, "Depreciation", 1, 1, 1, 3)
                .row(21, "Net income", 14.5, 20.25, 26, 60.75);
    }

    @Test
    void aWideProfitAndLossInThousandsBecomesRevenueAndCostsByMonth() throws Exception {
        ImportedLedger imported = importing(pnl(132.25).write(dir.resolve("pnl.xlsx")));
        Ledger l = imported.ledger();
        // Two revenue lines x three months; the Q1 column is a total of the months, checked and not imported.
        assertThat(l.revenue()).hasSize(6);
        assertThat(total(l.revenue())).isEqualByComparingTo("396750"); // (330.75 + 66) thousand
        RevenueEntry first = l.revenue().get(0);
        assertThat(first.customer()).isEqualTo("(API revenue)");
        assertThat(first.date()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(first.amount()).isEqualTo(new Money(new BigDecimal("100.5").multiply(new BigDecimal("1000")), "USD"));
        assertThat(first.source().toString()).isEqualTo("pnl.xlsx!P&L!B6");
        assertThat(l.revenue().stream().filter(e -> e.customer().startsWith("(Marketplace")).map(RevenueEntry::settlement))
                .containsOnly(Settlement.CLOUD_CREDIT);
        Map<CostCategory, BigDecimal> byCategory = l.costs().stream().collect(Collectors.groupingBy(CostEntry::category, TreeMap::new,
                Collectors.reducing(BigDecimal.ZERO, c -> c.amount().amount(), BigDecimal::add)));
        assertThat(byCategory.get(CostCategory.COST_OF_REVENUE)).isEqualByComparingTo("195000"); // 60 + 65 + 70 thousand
        assertThat(byCategory.get(CostCategory.RESEARCH_DEVELOPMENT)).isEqualByComparingTo("90000");
        assertThat(byCategory.get(CostCategory.SALES_MARKETING)).isEqualByComparingTo("33000"); // 10 + 11 + 12
        assertThat(byCategory.get(CostCategory.GENERAL_ADMIN)).isEqualByComparingTo("15000");
        assertThat(l.costs()).extracting(CostEntry::month).contains(YearMonth.of(2026, 1), YearMonth.of(2026, 3));
        // Every total agrees: Total revenue, Total cost of revenue, Gross profit (120.5 - 60 = 60.5), Total opex, EBITDA (60.5 - 45 = 15.5).
        assertThat(imported.warnings()).isEmpty();
        assertThat(imported.notes()).contains("pnl.xlsx!P&L: amounts in thousands (x1,000, from A2 'Profit and loss, USD in thousands')");
    }

    @Test
    void aSubtotalThatDisagreesWithItsPartsIsReportedWithBothFiguresAndTheCells() throws Exception {
        ImportedLedger imported = importing(pnl(132).write(dir.resolve("pnl-bad.xlsx")));
        // Feb: parts 110.25 + 22 = 132.25 thousand, the total says 132 thousand. The Q1 column then says 396.75
        // where Jan + Feb + Mar of the total row is 120.5 + 132 + 144 = 396.5.
        assertThat(imported.warnings()).containsExactly(
                "pnl-bad.xlsx!P&L!E8: 'Total revenue' Q1 2026 is USD 396,750.00 but the periods it covers (pnl-bad.xlsx!P&L!B8, C8, D8) add up to "
                        + "USD 396,500.00; the total column is not imported",
                "pnl-bad.xlsx!P&L row 8: 'Total revenue' does not agree in 1 of 4 periods: C8 is USD 132,000.00, its parts "
                        + "(pnl-bad.xlsx!P&L!C6, C7) add up to USD 132,250.00; the total is not imported");
        assertThat(total(imported.ledger().revenue())).isEqualByComparingTo("396750"); // the lines, not the total, are imported
    }

    @Test
    void monthNamesUnderAMergedFiscalYearHeader() throws Exception {
        Path file = withRevenue(TestBook.xlsx()).sheet("Costs by month")
                .row(2, "Operating costs ($000s)")
                .row(3, null, "FY2026")
                .merge("B3:D3")
                .row(4, "Line", "Jan", "Feb", "Mar")
                .row(5, "Hosting", 10, 11, 12)
                .row(6, "Marketing", 5, 5, 5)
                .write(dir.resolve("merged.xlsx"));
        Ledger l = importing(file).ledger();
        assertThat(l.costs()).extracting(CostEntry::month, CostEntry::category, c -> c.amount().amount().stripTrailingZeros())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 1), CostCategory.COST_OF_REVENUE, new BigDecimal("1E+4")),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 2), CostCategory.COST_OF_REVENUE, new BigDecimal("1.1E+4")),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 3), CostCategory.COST_OF_REVENUE, new BigDecimal("1.2E+4")),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 1), CostCategory.SALES_MARKETING, new BigDecimal("5E+3")),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 2), CostCategory.SALES_MARKETING, new BigDecimal("5E+3")),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 3), CostCategory.SALES_MARKETING, new BigDecimal("5E+3")));
        assertThat(costTotal(l.costs())).isEqualByComparingTo("48000"); // (10 + 11 + 12 + 5 + 5 + 5) thousand
    }

    @Test
    void aTotalColumnAfterASpacerColumnIsStillChecked() throws Exception {
        Path file = TestBook.xlsx().sheet("PL")
                .row(1, null, "Jan-26", "Feb-26", null, "Total")
                .row(2, "Revenue", 10, 20, null, 31)
                .write(dir.resolve("spacer.xlsx"));
        ImportedLedger imported = importing(file);
        assertThat(total(imported.ledger().revenue())).isEqualByComparingTo("30");
        assertThat(imported.warnings()).containsExactly("spacer.xlsx!PL!E2: 'Revenue' Total is USD 31.00 but the periods it covers "
                + "(spacer.xlsx!PL!B2, C2) add up to USD 30.00; the total column is not imported"); // 10 + 20 = 30
    }

    /**
     * A P&L sheet holding two years as two tables stacked in the same columns, each with its own header,
     * revenue lines and total: API revenue in month m is 100 + m (2025) and 200 + m (2026), marketplace
     * revenue 20 + m and 40 + m, so total revenue is 120 + 2m and 240 + 2m. {@code march2026Total} is the
     * second table's Total revenue for Mar-26 (240 + 6 = 246 when it agrees).
     */
    private Path stackedYears(String name, double march2026Total) throws IOException {
        TestBook book = TestBook.xlsx().sheet("P&L").row(1, "Acme AI Ltd - revenue by month");
        Object[] header2025 = new Object[13];
        Object[] header2026 = new Object[13];
        Object[][] lines = new Object[6][13];
        String[] labels = {"API revenue", "Marketplace revenue (paid in cloud credits)", "Total revenue"};
        for (int i = 0; i < 3; i++) {
            lines[i][0] = labels[i];
            lines[i + 3][0] = labels[i];
        }
        String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        for (int m = 1; m <= 12; m++) {
            header2025[m] = months[m - 1] + "-25";
            header2026[m] = months[m - 1] + "-26";
            lines[0][m] = 100 + m;
            lines[1][m] = 20 + m;
            lines[2][m] = 120 + 2 * m;
            lines[3][m] = 200 + m;
            lines[4][m] = 40 + m;
            lines[5][m] = m == 3 ? march2026Total : 240 + 2 * m;
        }
        return book.row(3, header2025).row(4, "Revenue").row(5, lines[0]).row(6, lines[1]).row(7, lines[2])
                // two blank rows, then the next year's table
                .row(10, header2026).row(11, "Revenue").row(12, lines[3]).row(13, lines[4]).row(14, lines[5])
                .write(dir.resolve(name));
    }

    @Test
    void twoYearsStackedInOneSheetEachReadWithItsOwnPeriods() throws Exception {
        ImportedLedger imported = importing(stackedYears("stacked.xlsx", 246));
        Map<YearMonth, BigDecimal> byMonth = imported.ledger().revenue().stream().collect(Collectors.groupingBy(RevenueEntry::month,
                TreeMap::new, Collectors.reducing(BigDecimal.ZERO, e -> e.amount().amount(), BigDecimal::add)));
        assertThat(byMonth).hasSize(24);
        for (int m = 1; m <= 12; m++) {
            assertThat(byMonth.get(YearMonth.of(2025, m))).as("2025-%02d", m).isEqualByComparingTo(BigDecimal.valueOf(120 + 2 * m));
            assertThat(byMonth.get(YearMonth.of(2026, m))).as("2026-%02d", m).isEqualByComparingTo(BigDecimal.valueOf(240 + 2 * m));
        }
        assertThat(byMonth.get(YearMonth.of(2025, 1))).isEqualByComparingTo("122"); // 101 + 21
        assertThat(byMonth.get(YearMonth.of(2026, 12))).isEqualByComparingTo("264"); // 212 + 52
        assertThat(total(imported.ledger().revenue())).isEqualByComparingTo("4632"); // 2025: 12 x 120 + 2 x 78 = 1,596; 2026: 12 x 240 + 156 = 3,036
        RevenueEntry jan26 = imported.ledger().revenue().stream().filter(e -> e.month().equals(YearMonth.of(2026, 1))).findFirst().orElseThrow();
        assertThat(jan26.source().toString()).isEqualTo("stacked.xlsx!P&L!B12");
        assertThat(imported.warnings()).isEmpty(); // both Total revenue rows agree with the lines above them, year by year
    }

    @Test
    void aSubtotalThatDisagreesInTheSecondStackedTableIsReportedWithItsCell() throws Exception {
        ImportedLedger imported = importing(stackedYears("stacked-bad.xlsx", 245));
        // Mar-26: 203 + 43 = 246 in the lines, 245 in the total; the 2025 table is not involved.
        assertThat(imported.warnings()).containsExactly("stacked-bad.xlsx!P&L row 14: 'Total revenue' does not agree in 1 of 12 periods: "
                + "D14 is USD 245.00, its parts (stacked-bad.xlsx!P&L!D12, D13) add up to USD 246.00; the total is not imported");
        BigDecimal march = total(imported.ledger().revenue().stream().filter(e -> e.month().equals(YearMonth.of(2026, 3))).toList());
        assertThat(march).isEqualByComparingTo("246"); // the lines are imported, not the total
    }

    @Test
    void inspectListsStackedTablesEachWithItsHeaderRowAndRange() throws Exception {
        Path file = stackedYears("stacked.xlsx", 246);
        Inspection.SheetReport sheet = LedgerImporter.inspect(List.of(file), ImportOptions.DEFAULTS).files().get(0).sheets().get(0);
        assertThat(sheet.tables()).extracting(Inspection.TableReport::headerRow, Inspection.TableReport::range)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "A3:M7"), org.assertj.core.groups.Tuple.tuple(10, "A10:M14"));
        assertThat(sheet.tables().get(1).detectedBy()).isEqualTo("12 periods across row 10 (Jan-26 .. Dec-26), below the table with header row 3");
        assertThat(sheet.tables().get(1).columns().get(1)).isEqualTo(new Inspection.ColumnReport("B", "Jan-26", "-> 2026-01", "month", ""));
    }

    @Test
    void aStackedTableOfMonthNamesTakesItsYearFromTheMergedRowAboveIt() throws Exception {
        Path file = withRevenue(TestBook.xlsx()).sheet("Costs by month")
                .row(2, "Operating costs ($000s)")
                .row(3, null, "FY2025").merge("B3:D3")
                .row(4, "Line", "Oct", "Nov", "Dec")
                .row(5, "Hosting", 10, 11, 12)
                .row(7, null, "FY2026").merge("B7:D7")
                .row(8, "Line", "Jan", "Feb", "Mar")
                .row(9, "Hosting", 13, 14, 15)
                .write(dir.resolve("two-years.xlsx"));
        Ledger l = importing(file).ledger();
        // Both tables in thousands (the note above the first); the second's months are FY2026's.
        assertThat(l.costs()).extracting(CostEntry::month, c -> c.amount().amount().stripTrailingZeros().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 10), "10000"),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 11), "11000"),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 12), "12000"),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 1), "13000"),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 2), "14000"),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 3), "15000"));
    }

    @Test
    void aKpiTableStackedUnderTheProfitAndLossWithTheSameMonthsIsATableOfItsOwn() throws Exception {
        Path file = TestBook.xlsx().sheet("Monthly")
                .row(2, null, "Jan-26", "Feb-26", "Mar-26")
                .row(3, "Subscription revenue", 100, 110, 120)
                .row(4, "Usage revenue", 10, 20, 30)
                .row(5, "Total revenue", 110, 130, 150)
                .row(7, "KPIs")
                .row(8, null, "Jan-26", "Feb-26", "Mar-26")
                .row(9, "Active customers", 31, 33, 34)
                .row(10, "New customers", 3, 2, 1)
                .row(11, "Churned customers", 0, 0, 0)
                .row(13, "Repeated on the next page, right under a line:")
                .row(14, "Cash balance", 5000, 4800, 4700)
                .row(15, null, "Jan-26", "Feb-26", "Mar-26")
                .row(16, "Unused cloud credits", 3500, 3400, 3300)
                .write(dir.resolve("kpi-stacked.xlsx"));
        ImportedLedger imported = importing(file);
        assertThat(total(imported.ledger().revenue())).isEqualByComparingTo("390"); // 110 + 130 + 150
        assertThat(imported.ledger().customers()).extracting(c -> c.active()).containsExactly(31L, 33L, 34L);
        assertThat(imported.ledger().cash()).extracting(c -> c.cash().amount().stripTrailingZeros().toPlainString(),
                c -> c.unusedCredits().amount().stripTrailingZeros().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("5000", "3500"), org.assertj.core.groups.Tuple.tuple("4800", "3400"),
                        org.assertj.core.groups.Tuple.tuple("4700", "3300"));
        assertThat(imported.warnings()).isEmpty();
        Inspection.SheetReport sheet = LedgerImporter.inspect(List.of(file), ImportOptions.DEFAULTS).files().get(0).sheets().get(0);
        // The KPI block after a blank row and its title is a table; the same months right under a line are a repeated header.
        assertThat(sheet.tables()).extracting(Inspection.TableReport::headerRow, Inspection.TableReport::range)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "A2:D7"), org.assertj.core.groups.Tuple.tuple(8, "A8:D16"));
        assertThat(sheet.tables().get(1).notes()).contains("row 15 repeats the period headers; skipped");
    }

    @Test
    void monthNamesWithNoYearAnywhereAreAnError() throws Exception {
        Path file = withRevenue(TestBook.xlsx()).sheet("Costs by month")
                .row(3, "Line", "Jan", "Feb", "Mar")
                .row(4, "Hosting", 10, 11, 12)
                .write(dir.resolve("noyear.xlsx"));
        assertThatThrownBy(() -> importing(file)).hasMessage("noyear.xlsx!Costs by month: header row 3 names months without a year "
                + "(Jan, Feb, Mar); put the year in the header ('Jan-26') or above it ('FY2026' over the months), or say when the first month is:"
                + " periods: { start: YYYY-MM } in a mapping file");
    }

    @Test
    void kpiLinesGiveCustomerCountsUnscaledAndCashScaledAndAMissingCellIsNotZero() throws Exception {
        Path file = withRevenue(TestBook.xlsx()).sheet("KPIs")
                .row(1, "Key metrics (USD in thousands; customer counts in units)")
                .row(3, "Metric", "2026-01", "2026-02", "2026-03")
                .row(4, "Active customers", 31, 33, 34)
                .row(5, "New customers", 3, 2, 1)
                .row(6, "Churned customers", 0, 0, 0)
                .row(7, "Cash balance", 6000, 5800.5, "—")
                .row(8, "Unused cloud credits", 3500, 3400, 3300)
                .write(dir.resolve("kpi.xlsx"));
        ImportedLedger imported = importing(file);
        Ledger l = imported.ledger();
        assertThat(l.customers()).extracting(c -> c.active()).containsExactly(31L, 33L, 34L);
        assertThat(l.customers().get(1).added()).isEqualTo(2);
        assertThat(l.cash()).hasSize(2);
        assertThat(l.cash().get(1).cash().amount()).isEqualByComparingTo("5800500"); // 5,800.5 thousand
        assertThat(l.cash().get(1).unusedCredits().amount()).isEqualByComparingTo("3400000");
        assertThat(imported.warnings()).containsExactly("cash for 2026-03 lacks the cash balance (kpi.xlsx!KPIs!D8); the month is left out, never counted as 0");
        assertThat(imported.notes()).contains("kpi.xlsx!KPIs: 1 cell marked as missing, left out (never read as 0): D7 '—'");
    }

    @Test
    void costsShownAsNegativeNumbersAreRecordedAsCostsAndGrossProfitStillChecks() throws Exception {
        Path file = TestBook.xlsx().sheet("PL")
                .row(2, "USD '000", "2026-01", "2026-02")
                .row(3, "Revenue", 100, 100)
                .row(4, "Cost of revenue", -40, -45)
                .row(5, "Gross profit", 60, 55)
                .row(6, "Sales & marketing", -10, -10)
                .row(7, "Other income", 3, 4)
                .write(dir.resolve("negative.xlsx"));
        ImportedLedger imported = importing(file);
        assertThat(costTotal(imported.ledger().costs())).isEqualByComparingTo("105000"); // (40 + 45 + 10 + 10) thousand, as positive costs
        assertThat(total(imported.ledger().revenue())).isEqualByComparingTo("200000");
        assertThat(imported.warnings()).isEmpty(); // gross profit: 100 + (-40) = 60, 100 + (-45) = 55
        assertThat(imported.notes()).contains("negative.xlsx!PL: 1 line ignored, not a revenue, cost or KPI line haircut knows "
                + "(row 7 'Other income'); say what they are under lines: in a mapping file");
    }

    @Test
    void fiscalQuartersWithAJulyYearStart() throws Exception {
        Path file = TestBook.xlsx().sheet("Quarterly P&L")
                .row(3, null, "Q1 FY26", "Q2 FY26", "Q3 FY26", "Q4 FY26", "FY26")
                .row(4, "Subscription revenue", 100, 110, 120, 130, 460)
                .row(5, "Hosting", 40, 42, 44, 46, 172)
                .write(dir.resolve("quarterly.xlsx"));
        Path map = mapping(dir, "fy.yaml", "fiscal-year:\n  start-month: 7\n");
        ImportedLedger imported = mapped(map, file);
        // FY26 runs July 2025 to June 2026: Q1 ends 2025-09-30 ... Q4 ends 2026-06-30; FY26 = 100+110+120+130 = 460 is a checked total.
        assertThat(imported.ledger().revenue()).extracting(RevenueEntry::date).containsExactly(LocalDate.of(2025, 9, 30),
                LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30));
        assertThat(imported.ledger().costs()).extracting(CostEntry::month).containsExactly(YearMonth.of(2025, 9), YearMonth.of(2025, 12),
                YearMonth.of(2026, 3), YearMonth.of(2026, 6));
        assertThat(imported.warnings()).isEmpty();
        // Without the mapping, FY26 is the calendar year 2026.
        assertThat(importing(file).ledger().revenue().get(0).date()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void commitmentsByYearAcrossInBillions() throws Exception {
        Path file = withRevenue(TestBook.xlsx()).sheet("Cloud commitments")
                .row(1, "Cloud commitments, $ in billions")
                .row(3, "Vendor", 2026, 2027, 2028, "Total")
                .row(4, "Amazon Web Services", 10, 10, 10, 30)
                .row(5, "Google Cloud (contingent)", 0, 5, 5, 10)
                .row(6, "Total", 10, 15, 15, 40)
                .write(dir.resolve("commitments.xlsx"));
        ImportedLedger imported = importing(file);
        var c = imported.ledger().commitments();
        assertThat(c).hasSize(6);
        assertThat(c.get(0).vendor()).isEqualTo("Amazon Web Services");
        assertThat(c.get(0).amount().amount()).isEqualByComparingTo("10000000000");
        assertThat(c.get(4)).satisfies(x -> {
            assertThat(x.vendor()).isEqualTo("Google Cloud");
            assertThat(x.year()).isEqualTo(2027);
            assertThat(x.status()).isEqualTo(Status.CONTINGENT);
            assertThat(x.amount().amount()).isEqualByComparingTo("5000000000");
        });
        assertThat(imported.warnings()).isEmpty(); // 10 + 0 = 10, 10 + 5 = 15; 10 + 10 + 10 = 30
    }

    // ---- 4. numbers and units -------------------------------------------------------------------

    @Test
    void amountsAsPeopleTypeThem() throws Exception {
        Path file = TestBook.text(dir.resolve("numbers.csv"), StandardCharsets.UTF_8, false,
                "Date,Customer,Channel,Settlement,Amount",
                "2025-01-01,A,direct,cash,\"$1,234.56\"",
                "2025-01-02,B,direct,cash,\"(1,234)\"",
                "2025-01-03,C,direct,cash,1.2M",
                "2025-01-04,D,direct,cash,450k",
                "2025-01-05,E,direct,cash,USD 7.50");
        List<RevenueEntry> r = importing(file).ledger().revenue();
        assertThat(r).extracting(e -> e.amount().amount().stripTrailingZeros()).containsExactly(new BigDecimal("1234.56"),
                new BigDecimal("-1234"), new BigDecimal("1.2E+6"), new BigDecimal("4.5E+5"), new BigDecimal("7.5"));
        assertThat(total(r)).isEqualByComparingTo("1650008.06"); // 1234.56 - 1234 + 1,200,000 + 450,000 + 7.50
    }

    @Test
    void aDashWhereAnEntryNeedsAnAmountIsAnErrorNotZero() throws Exception {
        Path file = TestBook.text(dir.resolve("dash.csv"), StandardCharsets.UTF_8, false,
                "Date,Customer,Channel,Settlement,Amount", "2025-01-01,A,direct,cash,—");
        assertThatThrownBy(() -> importing(file)).hasMessage("dash.csv!E2: expected an amount such as 1234.56, found '—'");
    }

    @Test
    void aFundingTablePastedFromADeckInMillions() throws Exception {
        Path file = withRevenue(TestBook.xlsx()).sheet("Funding history")
                .row(1, "Funding rounds (from the Series C deck)")
                .row(3, "Date", "Investor", "Amount ($M)", "Form", "Status")
                .row(4, LocalDate.of(2024, 11, 22), "Amazon.com, Inc.", 4000, "cash", "binding")
                .row(5, LocalDate.of(2026, 4, 20), "Amazon.com, Inc.", 1500, "cloud credits", "committed")
                .row(6, LocalDate.of(2026, 4, 20), "Amazon.com, Inc.", 20000, "cash", "up to")
                .write(dir.resolve("deck.xlsx"));
        ImportedLedger imported = importing(file);
        var f = imported.ledger().funding();
        assertThat(f).extracting(x -> x.amount().amount().stripTrailingZeros()).containsExactly(new BigDecimal("4E+9"),
                new BigDecimal("1.5E+9"), new BigDecimal("2E+10"));
        assertThat(f).extracting(x -> x.form()).containsExactly(Settlement.CASH, Settlement.CLOUD_CREDIT, Settlement.CASH);
        assertThat(f).extracting(x -> x.status()).containsExactly(Status.BINDING, Status.BINDING, Status.CONTINGENT);
        assertThat(imported.notes()).contains("deck.xlsx!Funding history: column 'Amount ($M)' millions (x1,000,000, from its header)");
    }

    // ---- 5. dates ---------------------------------------------------------------------------------

    @Test
    void datesInThe1904SystemUnderOtherHeaderNames() throws Exception {
        // In the 1904 system, 2025-06-30 is serial 44376 (days after 1904-01-01); 2025-01-01 is 180 days earlier
        // (Jan 31 + Feb 28 + Mar 31 + Apr 30 + May 31 + Jun 29 = 180), serial 44196.
        TestBook book = TestBook.xlsx().date1904().sheet("Invoices")
                .row(1, "Invoice Date", "Client", "Sales Channel", "Payment Method", "Net Amount")
                .row(2, new DateSerial(44196), "Globex", "Direct", "Wire", 10)
                .row(3, new DateSerial(44376), "Globex", "Direct", "Wire", 20);
        List<RevenueEntry> r = importing(book.write(dir.resolve("mac.xlsx"))).ledger().revenue();
        assertThat(r).extracting(RevenueEntry::date).containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
    }

    @Test
    void ambiguousDatesAreReportedUntilTheMappingSaysWhich() throws Exception {
        Path file = TestBook.text(dir.resolve("ambig.csv"), StandardCharsets.UTF_8, false,
                "Date,Customer,Channel,Settlement,Amount", "03/04/2025,Globex,direct,cash,10.00", "05/06/2025,Globex,direct,cash,20.00");
        assertThatThrownBy(() -> importing(file)).hasMessage("ambig.csv!A2: '03/04/2025' could be 2025-03-04 (month first) or 2025-04-03 "
                + "(day first), and no date in the column settles it; say which in a mapping file: dates: { order: month-first } (or day-first)");
        Path map = mapping(dir, "dates.yaml", "dates:\n  order: day-first\n");
        assertThat(mapped(map, file).ledger().revenue()).extracting(RevenueEntry::date)
                .containsExactly(LocalDate.of(2025, 4, 3), LocalDate.of(2025, 6, 5));
    }

    @Test
    void datesWrittenBothWaysInOneColumnAreAnError() throws Exception {
        Path file = TestBook.text(dir.resolve("mixed.csv"), StandardCharsets.UTF_8, false,
                "Date,Customer,Channel,Settlement,Amount", "03/25/2025,Globex,direct,cash,10.00", "25/03/2025,Globex,direct,cash,20.00");
        assertThatThrownBy(() -> importing(file)).hasMessage("mixed.csv: dates are written both ways (A2 '03/25/2025' is month-first, "
                + "A3 '25/03/2025' is day-first); say which in a mapping file: dates: { order: month-first } (or day-first)");
    }

    // ---- 6. formats: .xls, .xlsm, formulas, errors, hidden things ----------------------------------

    private TestBook legacy(TestBook book) {
        return book.sheet("Revenue 2025")
                .row(1, "Legacy export (Excel 97-2003)")
                .row(3, (Object[]) REVENUE_HEADER)
                .row(4, LocalDate.of(2025, 1, 10), "Globex", "direct", "cash", 250.25)
                .row(5, LocalDate.of(2025, 1, 11), "Initech", "api", "cash", 49.75)
                .row(6, LocalDate.of(2025, 1, 12), "Hooli", "direct", "cash", 100)
                .row(7, "Total", null, null, null, new Formula("SUM(E4:E6)"))
                .hideRow(5);
    }

    @Test
    void anOldBinaryXlsWithATitleAHiddenRowAndAFormulaTotal() throws Exception {
        Path file = legacy(TestBook.xls()).write(dir.resolve("legacy.xls"));
        byte[] before = Files.readAllBytes(file);
        ImportedLedger imported = importing(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(before); // opened read-only
        assertThat(total(imported.ledger().revenue())).isEqualByComparingTo("400.00"); // 250.25 + 49.75 + 100; the Total row (400) agrees
        assertThat(imported.warnings()).isEmpty();
        assertThat(imported.notes()).contains("legacy.xls!Revenue 2025: 1 hidden row imported (row 5)");

        ImportedLedger skipped = LedgerImporter.importPaths(List.of(file), new ImportOptions(null, null, true));
        assertThat(total(skipped.ledger().revenue())).isEqualByComparingTo("350.25"); // 250.25 + 100
        assertThat(skipped.warnings()).containsExactly("legacy.xls!Revenue 2025!E7: 'Total' is USD 400.00 but the amounts above it (E4:E6) "
                + "add up to USD 350.25, a difference of USD 49.75; the total row is not imported");
    }

    @Test
    void anXlsThatAsksForRecalculationHasItsFormulasEvaluated() throws Exception {
        Path file = TestBook.xls().withoutFormulaResults().sheet("Sales")
                .row(1, "Date", "Customer", "Channel", "Settlement", "Units", "Price", "Amount")
                .row(2, LocalDate.of(2025, 2, 1), "Globex", "direct", "cash", 3, 12.5, new Formula("E2*F2"))
                .row(3, LocalDate.of(2025, 2, 2), "Initech", "api", "cash", 4, 0.25, new Formula("E3*F3"))
                .write(dir.resolve("recalc.xls"));
        List<RevenueEntry> r = importing(file).ledger().revenue();
        assertThat(r).extracting(e -> e.amount().amount().stripTrailingZeros()).containsExactly(new BigDecimal("37.5"), BigDecimal.ONE); // 3 x 12.5, 4 x 0.25
    }

    @Test
    void anXlsxFormulaSavedWithoutItsValueIsEvaluated() throws Exception {
        Path file = TestBook.xlsx().withoutFormulaResults().sheet("Sales")
                .row(1, "Date", "Customer", "Channel", "Settlement", "Units", "Price", "Amount")
                .row(2, LocalDate.of(2025, 2, 1), "Globex", "direct", "cash", 3, 12.5, new Formula("E2*F2"))
                .row(3, LocalDate.of(2025, 2, 2), "Initech", "api", "cash", 4, 0.25, new Formula("E3*F3"))
                .write(dir.resolve("nocache.xlsx"));
        byte[] before = Files.readAllBytes(file);
        List<RevenueEntry> r = importing(file).ledger().revenue();
        assertThat(r).extracting(e -> e.amount().amount().stripTrailingZeros()).containsExactly(new BigDecimal("37.5"), BigDecimal.ONE); // 3 x 12.5, 4 x 0.25
        assertThat(Files.readAllBytes(file)).isEqualTo(before); // evaluated from a stream: the file is never written
    }

    @Test
    void anXlsxFormulaThatCannotBeWorkedOutIsReportedWithItsCell() throws Exception {
        Path file = TestBook.xlsx().withoutFormulaResults().sheet("Sales")
                .row(1, "Date", "Customer", "Channel", "Settlement", "Units", "Price", "Amount")
                .row(2, LocalDate.of(2025, 2, 1), "Globex", "direct", "cash", 3, 12.5, new Formula("[1]Rates!A1*E2"))
                .write(dir.resolve("external.xlsx"));
        assertThatThrownBy(() -> importing(file)).hasMessageStartingWith("external.xlsx!Sales!G2: the cell's formula (=[1]Rates!A1*E2) refers to another file")
                .hasMessageContaining("saved without its value");
    }

    @Test
    void anErrorCellIsReportedWithItsAddress() throws Exception {
        Path file = TestBook.xlsx().sheet("Revenue")
                .row(1, (Object[]) REVENUE_HEADER)
                .row(2, LocalDate.of(2025, 1, 1), "Globex", "direct", "cash", 10)
                .row(3, LocalDate.of(2025, 1, 2), "Globex", "direct", "cash", new Formula("1/0"))
                .write(dir.resolve("err.xlsx"));
        assertThatThrownBy(() -> importing(file)).hasMessage("err.xlsx!Revenue!E3: the cell holds the error #DIV/0!; expected an amount");
    }

    @Test
    void hiddenSheetsAndColumnsAreImportedAndReportedOrSkippedOnRequest() throws Exception {
        Path file = TestBook.xlsx().sheet("Revenue")
                .row(1, "Date", "Customer", "Channel", "Settlement", "Amount", "Internal margin")
                .row(2, LocalDate.of(2025, 1, 1), "Globex", "direct", "cash", 10, 4)
                .hideColumn(5)
                .sheet("Old revenue")
                .row(1, (Object[]) REVENUE_HEADER)
                .row(2, LocalDate.of(2024, 12, 1), "Initech", "api", "cash", 5)
                .hideSheet()
                .write(dir.resolve("hidden.xlsx"));
        ImportedLedger all = importing(file);
        assertThat(total(all.ledger().revenue())).isEqualByComparingTo("15"); // 10 + 5: the hidden sheet counts unless skipped
        assertThat(all.ledger().revenue().get(0).attributes()).containsEntry("internal margin", "4");
        assertThat(all.notes()).contains("hidden.xlsx!Revenue: hidden column F imported",
                "hidden sheet hidden.xlsx!Old revenue imported (--skip-hidden leaves hidden sheets, rows and columns out)");

        ImportedLedger visible = LedgerImporter.importPaths(List.of(file), new ImportOptions(null, null, true));
        assertThat(total(visible.ledger().revenue())).isEqualByComparingTo("10");
        assertThat(visible.ledger().revenue().get(0).attributes()).doesNotContainKey("internal margin");
        assertThat(visible.notes()).contains("hidden.xlsx!Revenue: hidden column F skipped", "skipped hidden sheet hidden.xlsx!Old revenue (--skip-hidden)");
    }

    /** Rows of a revenue ledger under its header: entry k (k = 1, 2, ...) is dated 2025-01-01 + k days and is k + 0.25. */
    private static TestBook ledgerRows(TestBook book, int firstRow, int entries, java.util.function.IntFunction<Object[]> row) {
        for (int k = 1; k <= entries; k++) {
            book.row(firstRow + k - 1, row.apply(k));
        }
        return book;
    }

    @Test
    void aHeaderMergedOverTwoColumnsInASheetLongerThanTheDetectionWindow() throws Exception {
        // "Customer" is merged over B1:C1: B holds the customer's number, C its name. Only with the merge known
        // before the rows does C read as the Customer column (B's numbers are no names); the sheet has 300 rows.
        TestBook book = TestBook.xlsx().sheet("Billing").row(1, "Date", "Customer", null, "Channel", "Settlement", "Amount").merge("B1:C1");
        Path file = ledgerRows(book, 2, 299, k -> new Object[] {LocalDate.of(2025, 1, 1).plusDays(k), 1000 + k % 7, "Customer " + k % 7,
                "direct", "cash", k + 0.25}).write(dir.resolve("merged-header.xlsx"));
        ImportedLedger imported = importing(file);
        List<RevenueEntry> r = imported.ledger().revenue();
        assertThat(r).hasSize(299);
        assertThat(total(r)).isEqualByComparingTo("44924.75"); // 1 + 2 + ... + 299 = 44,850, plus 299 x 0.25 = 74.75
        assertThat(r.get(0).customer()).isEqualTo("Customer 1");
        assertThat(r.get(0).attributes()).containsEntry("customer", "1001"); // B, the number, is kept with the entry
        assertThat(r.get(298).customer()).isEqualTo("Customer 5"); // 299 = 7 x 42 + 5
        assertThat(r.get(298).source().toString()).isEqualTo("merged-header.xlsx!Billing!F300");
        Inspection.SheetReport sheet = LedgerImporter.inspect(List.of(file), ImportOptions.DEFAULTS).files().get(0).sheets().get(0);
        assertThat(sheet.notes()).contains("merged cells read as one value each: B1:C1");
    }

    @Test
    void aCustomerMergedDownOverThreeLinesFarDownALongSheet() throws Exception {
        // 300 entries in rows 2..301; rows 250..252 are three invoices of Initech, its name merged down B250:B252.
        TestBook book = TestBook.xlsx().sheet("Revenue").row(1, (Object[]) REVENUE_HEADER);
        ledgerRows(book, 2, 300, k -> new Object[] {LocalDate.of(2025, 1, 1).plusDays(k),
                k >= 249 && k <= 251 ? (k == 249 ? "Initech" : null) : "Globex", "direct", "cash", k + 0.25});
        Path file = book.merge("B250:B252").write(dir.resolve("merged-customer.xlsx"));
        List<RevenueEntry> r = importing(file).ledger().revenue();
        assertThat(r).hasSize(300);
        assertThat(r.stream().filter(e -> e.customer().equals("Initech")).map(e -> e.source().toString()))
                .containsExactly("merged-customer.xlsx!Revenue!E250", "merged-customer.xlsx!Revenue!E251", "merged-customer.xlsx!Revenue!E252");
        assertThat(total(r.stream().filter(e -> e.customer().equals("Initech")).toList())).isEqualByComparingTo("750.75"); // 249.25 + 250.25 + 251.25
        assertThat(total(r)).isEqualByComparingTo("45225"); // 1 + ... + 300 = 45,150, plus 300 x 0.25 = 75

        Inspection.SheetReport sheet = LedgerImporter.inspect(List.of(file), ImportOptions.DEFAULTS).files().get(0).sheets().get(0);
        assertThat(sheet.notes()).contains("merged cells read as one value each: B250:B252");
    }

    @Test
    void aMacroEnabledWorkbookIsReadLikeAnyOther() throws Exception {
        Path file = withRevenue(TestBook.xlsm()).write(dir.resolve("macro.xlsm"));
        assertThat(importing(file).ledger().revenue()).hasSize(1);
    }

    // ---- 7. several files into one company -------------------------------------------------------

    private Path billing(String name) throws IOException {
        return TestBook.text(dir.resolve(name), StandardCharsets.UTF_8, false,
                "Invoice Date,Customer,Channel,Payment Method,Net Amount",
                "2025-03-14,Globex,direct,Wire,1234.56",
                "2025-03-20,AWS EMEA SARL,aws-marketplace,AWS Credits,10000.00",
                "2025-04-02,Initech,api,Card,99.99");
    }

    private Path pnlRevenue(String name, double april) throws IOException {
        return TestBook.xlsx().sheet("P&L")
                .row(2, null, "2025-03", "2025-04")
                .row(3, "Revenue", 11234.56, april)
                .row(4, "Hosting", 5000, 40)
                .write(dir.resolve(name));
    }

    @Test
    void aProfitAndLossPlusABillingExportMakeOneCompanyAndTheirRevenueIsCompared() throws Exception {
        // March: 1,234.56 + 10,000.00 = 11,234.56; April: 99.99. The P&L says the same.
        ImportedLedger imported = importing(pnlRevenue("pnl.xlsx", 99.99), billing("billing.csv"));
        assertThat(imported.ledger().revenue()).hasSize(3); // the ledger's entries, not the P&L lines
        assertThat(costTotal(imported.ledger().costs())).isEqualByComparingTo("5040"); // costs come from the P&L
        assertThat(imported.notes()).contains("P&L revenue lines checked against the revenue ledger: 2 of 2 periods agree"
                + " (the ledger's entries are used; the P&L lines are not imported as entries)");
        assertThat(imported.warnings()).isEmpty();
        assertThat(imported.ledger().files()).hasSize(2);
    }

    @Test
    void theSameMonthsRevenueGivenTwiceWithDifferentTotalsIsReported() throws Exception {
        ImportedLedger imported = importing(pnlRevenue("pnl.xlsx", 100.00), billing("billing.csv"));
        assertThat(imported.warnings()).containsExactly("revenue for 2025-04 is USD 99.99 in the revenue ledger (1 entry) but USD 100.00 "
                + "in the P&L (pnl.xlsx!P&L!C3), a difference of USD -0.01; haircut uses the ledger's entries");
    }

    @Test
    void twoProfitAndLossFilesDisagreeingOnAMonthAreAnError() throws Exception {
        Path a = pnlRevenue("a.xlsx", 99.99);
        Path b = pnlRevenue("b.xlsx", 100.00);
        assertThatThrownBy(() -> importing(a, b)).hasMessage("revenue for 2025-04 is given twice with different totals: USD 99.99 (a.xlsx!P&L!C3)"
                + " and USD 100.00 (b.xlsx!P&L!C3); import one of them, or mark one sheet 'ignore' under sheets: in a mapping file");
    }

    @Test
    void anEntryInTwoRevenueFilesWouldCountTwiceAndIsAnError() throws Exception {
        Path a = billing("stripe.csv");
        Path b = TestBook.text(dir.resolve("marketplace.csv"), StandardCharsets.UTF_8, false,
                "Date,Customer,Channel,Settlement,Amount", "2025-03-20,AWS EMEA SARL,aws-marketplace,cloud-credit,10000.00");
        assertThatThrownBy(() -> importing(a, b)).hasMessage("marketplace.csv!E2 repeats stripe.csv!E3 (2025-03-20, AWS EMEA SARL, USD 10000.00): "
                + "1 entry of marketplace.csv are already in stripe.csv and would count twice; import one of the two, or mark one sheet 'ignore' under sheets: in a mapping file");
    }

    @Test
    void twoCurrenciesAreKeptUnlessARateTableConvertsThem() throws Exception {
        Path file = TestBook.text(dir.resolve("fx.csv"), StandardCharsets.UTF_8, false,
                "Date,Customer,Channel,Settlement,Amount,Currency", "2025-01-05,Globex,direct,cash,100.00,EUR", "2025-01-06,Initech,api,cash,50.00,USD");
        ImportedLedger kept = importing(file);
        assertThat(kept.ledger().revenueCurrencies()).containsExactly("EUR", "USD");
        assertThat(kept.warnings()).containsExactly("revenue is in EUR and USD: each entry keeps its currency, and reports refuse to add different "
                + "currencies; give a rate table (import ... --rates RATES.yaml, or rates: in the mapping) to convert them");
        Path rates = mapping(dir, "rates.yaml", "rates:\n  to: USD\n  EUR: 1.0850\n");
        ImportedLedger converted = LedgerImporter.importPaths(List.of(file), new ImportOptions(null, rates, false));
        assertThat(converted.ledger().revenueCurrencies()).containsExactly("USD");
        assertThat(total(converted.ledger().revenue())).isEqualByComparingTo("158.50"); // 100.00 x 1.0850 = 108.50, + 50.00
        assertThat(converted.ledger().revenue().get(0).attributes()).containsEntry("original-amount", "EUR 100.00").containsEntry("rate", "1.0850");
    }

    // ---- 8. telling haircut what it could not understand -----------------------------------------

    @Test
    void aRevenueTableMissingColumnsSaysHowToTellHaircut() throws Exception {
        Path file = TestBook.text(dir.resolve("sales.csv"), StandardCharsets.UTF_8, false,
                "Date,Customer,Settlement,Amount", "2025-01-01,Globex,cash,10.00");
        // A settlement column without a channel is not a plain export (which has neither): the channel is asked for.
        assertThatThrownBy(() -> importing(file)).hasMessage("sales.csv: header row 1 has no 'Channel' column; expected Date, "
                + "Customer, Channel, Settlement, Amount (found: Date, Customer, Settlement, Amount); name the column in a mapping file "
                + "(columns: { revenue: { 'YOUR HEADER': channel } }) or give it a default (defaults: { revenue: { channel: VALUE } })");
        Path map = mapping(dir, "defaults.yaml", "defaults:\n  revenue:\n    channel: direct\n");
        RevenueEntry e = mapped(map, file).ledger().revenue().get(0);
        assertThat(e.channel()).isEqualTo("direct");
        assertThat(e.settlement()).isEqualTo(Settlement.CASH);
    }

    @Test
    void aSheetThatCameCloseToATableIsNamedInTheError() throws Exception {
        Path file = TestBook.xlsx().sheet("Data").row(1, "Date", "Amount", "Notes").row(2, LocalDate.of(2025, 1, 1), 10, "x")
                .write(dir.resolve("close.xlsx"));
        assertThatThrownBy(() -> importing(file)).hasMessage("close.xlsx: no Revenue sheet; haircut needs a Revenue table with columns "
                + "Date, Customer, Channel, Settlement, Amount (see samples/README.md); closest: row 1 has Date, Amount like a Revenue table "
                + "but no Customer (name them in a mapping file: inspect FILE --write-mapping MAP.yaml drafts one)");
    }

    @Test
    void headersAndValuesInAnotherLanguageThroughAMappingFile() throws Exception {
        Path file = TestBook.text(dir.resolve("de.csv"), StandardCharsets.UTF_8, false,
                "Datum;Kunde;Kanal;Zahlart;Betrag",
                "14.03.2025;Globex;Direkt;Überweisung;1.000,00",
                "15.03.2025;AWS EMEA SARL;AWS Marketplace;Gutschrift AWS;2.500,50");
        assertThatThrownBy(() -> importing(file)).hasMessage("de.csv: no Revenue sheet; haircut needs a Revenue table with columns "
                + "Date, Customer, Channel, Settlement, Amount (see samples/README.md)");
        Path map = mapping(dir, "de.yaml", String.join("\n",
                "columns:",
                "  revenue:",
                "    Datum: date",
                "    Kunde: customer",
                "    Kanal: channel",
                "    Zahlart: settlement",
                "    Betrag: amount",
                "values:",
                "  settlement:",
                "    Überweisung: cash",
                "    Gutschrift AWS: cloud-credit",
                "  channel:",
                "    Direkt: direct",
                ""));
        List<RevenueEntry> r = mapped(map, file).ledger().revenue();
        assertThat(r).extracting(RevenueEntry::channel).containsExactly("direct", "aws-marketplace");
        assertThat(r).extracting(RevenueEntry::settlement).containsExactly(Settlement.CASH, Settlement.CLOUD_CREDIT);
        assertThat(total(r)).isEqualByComparingTo("3500.50"); // 1.000,00 + 2.500,50
    }

    @Test
    void aSheetTheMappingIgnoresIsNotRead() throws Exception {
        Path a = pnlRevenue("a.xlsx", 99.99);
        Path b = pnlRevenue("b.xlsx", 100.00);
        Path map = mapping(dir, "ignore.yaml", "sheets:\n  b.xlsx!P&L: ignore\n");
        ImportedLedger imported = mapped(map, a, b);
        assertThat(total(imported.ledger().revenue())).isEqualByComparingTo("11334.55"); // 11,234.56 + 99.99 from a.xlsx only
        assertThat(imported.notes()).contains("ignored sheet b.xlsx!P&L: the mapping says to ignore it (" + map + ":2)");
    }
}

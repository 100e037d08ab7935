package io.haircut.workbook;

import static io.haircut.workbook.TestWorkbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.ledger.Ledger;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerImporterTest {

    @TempDir
    Path dir;

    private static final Object[] REVENUE_HEADER = row("Date", "Customer", "Channel", "Settlement", "Amount", "Invoice");

    @Test
    void readsTheCanonicalRevenueSheetWithEachEntrysAmountCell() throws Exception {
        Path file = new TestWorkbooks()
                .sheet("Revenue", REVENUE_HEADER,
                        row(LocalDate.of(2025, 3, 14), "Globex Corp.", "direct", "cash", 1234.56, "INV-1"),
                        row(LocalDate.of(2025, 4, 1), "AWS EMEA SARL", "aws-marketplace", "Cloud Credit", 99.99, null))
                .sheet("Parties", row("Name", "Group", "Relationship"), row("Amazon Web Services, Inc.", "Amazon", "investor"))
                .write(dir.resolve("co.xlsx"));

        Ledger ledger = LedgerImporter.importPath(file).ledger();

        assertThat(ledger.revenue()).hasSize(2);
        RevenueEntry first = ledger.revenue().get(0);
        assertThat(first.date()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(first.customer()).isEqualTo("Globex Corp.");
        assertThat(first.amount().amount()).isEqualByComparingTo("1234.56");
        assertThat(first.attributes()).containsEntry("invoice", "INV-1");
        assertThat(first.source().toString()).isEqualTo("co.xlsx!Revenue!E2");
        RevenueEntry second = ledger.revenue().get(1);
        assertThat(second.settlement()).isEqualTo(Settlement.CLOUD_CREDIT);
        assertThat(second.source().toString()).isEqualTo("co.xlsx!Revenue!E3");
        assertThat(ledger.parties().groupOf("AWS EMEA SARL")).isEmpty();
        assertThat(ledger.parties().groupOf("amazon web services inc").orElseThrow().relationships())
                .containsExactly(Relationship.INVESTOR);
    }

    @Test
    void headersMatchIgnoringCaseAndSpacing() throws Exception {
        Path file = new TestWorkbooks()
                .sheet("revenue", row(" DATE ", "customer", "CHANNEL", "settlement", "amount"),
                        row(LocalDate.of(2025, 1, 2), "A", "api", "cash", 10))
                .write(dir.resolve("lower.xlsx"));
        assertThat(LedgerImporter.importPath(file).ledger().revenue()).hasSize(1);
    }

    @Test
    void csvFolderAndWorkbookGiveTheSameEntries() throws Exception {
        Path file = new TestWorkbooks()
                .sheet("Revenue", REVENUE_HEADER,
                        row(LocalDate.of(2025, 3, 14), "Globex", "direct", "cash", 1234.56, "INV-1"),
                        row(LocalDate.of(2025, 3, 15), "Initech", "api", "cloud-credit", 0.1, "INV-2"))
                .write(dir.resolve("same.xlsx"));
        Path folder = Files.createDirectories(dir.resolve("same"));
        Files.writeString(folder.resolve("Revenue.csv"), "\uFEFFDate,Customer,Channel,Settlement,Amount,Invoice\n"
                + "2025-03-14,Globex,direct,cash,1234.56,INV-1\n2025-03-15,Initech,api,cloud-credit,0.10,INV-2\n");

        Ledger fromXlsx = LedgerImporter.importPath(file).ledger();
        Ledger fromCsv = LedgerImporter.importPath(folder).ledger();

        assertThat(fromCsv.revenue()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            RevenueEntry x = fromXlsx.revenue().get(i);
            RevenueEntry c = fromCsv.revenue().get(i);
            assertThat(c.date()).isEqualTo(x.date());
            assertThat(c.customer()).isEqualTo(x.customer());
            assertThat(c.settlement()).isEqualTo(x.settlement());
            assertThat(c.amount().amount()).isEqualByComparingTo(x.amount().amount());
            assertThat(c.attributes()).isEqualTo(x.attributes());
        }
        assertThat(fromCsv.revenue().get(1).source().toString()).isEqualTo(folder.getFileName() + "/Revenue.csv!E3");
    }

    @Test
    void numbersAreReadExactlyNotThroughADouble() throws Exception {
        // 0.1 + 0.2 as a double is 0.30000000000000004; Excel stores what the user typed.
        Path folder = Files.createDirectories(dir.resolve("exact"));
        Files.writeString(folder.resolve("Revenue.csv"), "Date,Customer,Channel,Settlement,Amount\n"
                + "2025-01-01,A,api,cash,\"$1,000,000.10\"\n2025-01-02,A,api,cash,(0.20)\n");
        Ledger ledger = LedgerImporter.importPath(folder).ledger();
        assertThat(ledger.revenue().get(0).amount().amount()).isEqualTo(new BigDecimal("1000000.10"));
        assertThat(ledger.revenue().get(1).amount().amount()).isEqualTo(new BigDecimal("-0.20"));
    }

    @Test
    void datesInThe1904SystemAreRead() throws Exception {
        TestWorkbooks wb = new TestWorkbooks()
                .sheet("Revenue", REVENUE_HEADER, row(LocalDate.of(2025, 6, 30), "A", "api", "cash", 5, null));
        var ct = wb.workbook().getCTWorkbook();
        (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
        // POI wrote the serial for the 1900 system before the flag was set; set the 1904 serial by hand:
        // 2025-06-30 is 44376 days after 1904-01-01.
        wb.workbook().getSheet("Revenue").getRow(1).getCell(0).setCellValue(44376);
        Path file = wb.write(dir.resolve("mac.xlsx"));
        assertThat(LedgerImporter.importPath(file).ledger().revenue().get(0).date()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void readsTheOtherCanonicalTables() throws Exception {
        Path file = new TestWorkbooks()
                .sheet("Revenue", REVENUE_HEADER, row(LocalDate.of(2025, 1, 2), "A", "api", "cash", 10, null))
                .sheet("Costs", row("Month", "Category", "Amount", "Paid With"), row("2025-01", "cost-of-revenue", 7.5, "cloud-credit"))
                .sheet("Customers", row("Month", "Active", "New", "Churned"), row("2025-01", 10, 3, 1))
                .sheet("Funding", row("Date", "Investor", "Amount", "Form", "Status"),
                        row(LocalDate.of(2024, 11, 22), "Amazon", 4000000000L, "cash", "binding"))
                .sheet("Commitments", row("Vendor", "Year", "Amount", "Status"), row("AWS", 2027, 10000000000L, "binding"),
                        row("AWS", 2028, 10000000000L, "binding"), row("Azure", 2027, 1, "contingent"))
                .sheet("Cash", row("Month", "Cash Balance", "Unused Credits"), row("2025-01", 100, 20))
                .sheet("Notes", row("anything"))
                .write(dir.resolve("full.xlsx"));
        ImportedLedger imported = LedgerImporter.importPath(file);
        Ledger l = imported.ledger();
        assertThat(l.costs().get(0).paidWith()).isEqualTo(Settlement.CLOUD_CREDIT);
        assertThat(l.customers().get(0).added()).isEqualTo(3);
        assertThat(l.funding().get(0).amount().amount()).isEqualByComparingTo("4000000000");
        assertThat(l.commitmentVendors()).isEqualTo(2);
        assertThat(l.cash().get(0).month()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(imported.tables()).isEqualTo(7);
        assertThat(imported.notes()).containsExactly(
                "ignored sheet full.xlsx!Notes: not one of Revenue, Costs, Customers, Funding, Commitments, Parties, Cash");
    }

    @Test
    void aMissingColumnNamesTheSheetAndWhatWasExpected() throws Exception {
        Path file = new TestWorkbooks()
                .sheet("Revenue", row("Date", "Customer", "Channel", "Amount"), row(LocalDate.of(2025, 1, 2), "A", "api", 10))
                .write(dir.resolve("nocol.xlsx"));
        assertThatThrownBy(() -> LedgerImporter.importPath(file))
                .isInstanceOf(ImportException.class)
                .hasMessage("nocol.xlsx!Revenue: header row 1 has no 'Settlement' column; expected Date, Customer, "
                        + "Channel, Settlement, Amount (found: Date, Customer, Channel, Amount)");
    }

    @Test
    void aBadCellNamesItsAddress() throws Exception {
        Path file = new TestWorkbooks()
                .sheet("Revenue", REVENUE_HEADER,
                        row(LocalDate.of(2025, 1, 2), "A", "api", "cash", 10, null),
                        row(LocalDate.of(2025, 1, 3), "B", "api", "cash", "n/a", null))
                .write(dir.resolve("bad.xlsx"));
        assertThatThrownBy(() -> LedgerImporter.importPath(file))
                .hasMessage("bad.xlsx!Revenue!E3: expected an amount such as 1234.56, found 'n/a'");
    }

    @Test
    void anUnknownSettlementListsTheChoices() throws Exception {
        Path file = new TestWorkbooks()
                .sheet("Revenue", REVENUE_HEADER, row(LocalDate.of(2025, 1, 2), "A", "api", "credits", 10, null))
                .write(dir.resolve("settle.xlsx"));
        assertThatThrownBy(() -> LedgerImporter.importPath(file))
                .hasMessage("settle.xlsx!Revenue!D2: expected one of cash | cloud-credit, found 'credits'");
    }

    @Test
    void anEmptyRequiredCellIsAnErrorNotASkip() throws Exception {
        Path file = new TestWorkbooks()
                .sheet("Revenue", REVENUE_HEADER, row(LocalDate.of(2025, 1, 2), null, "api", "cash", 10, null))
                .write(dir.resolve("blank.xlsx"));
        assertThatThrownBy(() -> LedgerImporter.importPath(file))
                .hasMessage("blank.xlsx!Revenue!B2: Customer is empty; expected a value");
    }

    @Test
    void aFileThatIsNotAWorkbookSaysSo() throws Exception {
        Path file = Files.writeString(dir.resolve("fake.xlsx"), "this is not a zip file", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LedgerImporter.importPath(file))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("fake.xlsx: not an .xlsx workbook");
    }

    @Test
    void aWorkbookWithoutRevenueSaysWhatItNeeds() throws Exception {
        Path file = new TestWorkbooks().sheet("Sheet1", row("x")).write(dir.resolve("norev.xlsx"));
        assertThatThrownBy(() -> LedgerImporter.importPath(file))
                .hasMessage("norev.xlsx: no Revenue sheet; haircut needs a Revenue table with columns "
                        + "Date, Customer, Channel, Settlement, Amount (see samples/README.md)");
    }

    @Test
    void importingNeverChangesTheInputFile() throws Exception {
        Path file = new TestWorkbooks()
                .sheet("Revenue", REVENUE_HEADER, row(LocalDate.of(2025, 1, 2), "A", "api", "cash", 10, null))
                .write(dir.resolve("keep.xlsx"));
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
        byte[] before = Files.readAllBytes(file);
        LedgerImporter.importPath(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(1_000_000_000_000L);
    }
}

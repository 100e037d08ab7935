package io.haircut.workbook;

import static io.haircut.workbook.Imports.importing;
import static io.haircut.workbook.Imports.mapped;
import static io.haircut.workbook.Imports.mapping;
import static io.haircut.workbook.Imports.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.ledger.RevenueEntry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lakhs and crores, Indian digit grouping, and the currency a title or unit note names: each workbook or
 * CSV written here, its figures multiplied out by hand in the comments.
 */
class IndianUnitsTest {

    @TempDir
    Path dir;

    @Test
    void aTitleInInrCroresScalesEveryAmountAndSetsTheCurrency() throws Exception {
        Path file = TestBook.xlsx().sheet("Sales")
                .row(1, "Bharat Cloud Pvt Ltd - customer revenue, INR crores")
                .row(3, "Invoice Date", "Customer Name", "Amount")
                .row(4, LocalDate.of(2024, 4, 30), "Tata Digital", 1.25)
                .row(5, LocalDate.of(2024, 5, 31), "Infosys", 0.5)
                .write(dir.resolve("crores.xlsx"));
        ImportedLedger imported = importing(file);
        List<RevenueEntry> r = imported.ledger().revenue();
        // 1.25 crore = 1.25 x 10,000,000 = 12,500,000; 0.5 crore = 5,000,000.
        assertThat(r).extracting(e -> e.amount().amount().stripTrailingZeros().toPlainString()).containsExactly("12500000", "5000000");
        assertThat(r).extracting(e -> e.amount().currency()).containsOnly("INR");
        assertThat(total(r)).isEqualByComparingTo("17500000");
    }

    @Test
    void aSheetNamedInInrCroresWithNoTitleRow() throws Exception {
        Path file = TestBook.xlsx().sheet("Revenue - INR crores")
                .row(1, "Order Date", "Client", "Sales")
                .row(2, "30/04/24", "Tata Digital", 1.25)
                .row(3, "31/05/24", "Infosys", 0.8)
                .write(dir.resolve("named.xlsx"));
        ImportedLedger imported = importing(file);
        List<RevenueEntry> r = imported.ledger().revenue();
        // 1.25 x 10,000,000 = 12,500,000 and 0.8 x 10,000,000 = 8,000,000; 30/04/24 settles day first.
        assertThat(r).extracting(e -> e.amount().amount().stripTrailingZeros().toPlainString()).containsExactly("12500000", "8000000");
        assertThat(r).extracting(e -> e.amount().currency()).containsOnly("INR");
        assertThat(r).extracting(RevenueEntry::date).containsExactly(LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 31));
        assertThat(imported.notes()).anyMatch(n -> n.contains("crores (x10,000,000, from the sheet name 'Revenue - INR crores')"));
    }

    @Test
    void aWideProfitAndLossInRupeesLakhs() throws Exception {
        Path file = TestBook.xlsx().sheet("P&L")
                .row(1, "Statement of profit and loss (Rs. in lakhs)")
                .row(3, null, "Apr-24", "May-24", "Jun-24")
                .row(4, "Revenue from operations", 12.5, 20, 7.25)
                .row(5, "Hosting costs", 2, 3, 1)
                .write(dir.resolve("lakhs.xlsx"));
        List<RevenueEntry> r = importing(file).ledger().revenue();
        // 12.5 + 20 + 7.25 = 39.75 lakhs = 39.75 x 100,000 = 3,975,000.
        assertThat(total(r)).isEqualByComparingTo("3975000");
        assertThat(r).extracting(e -> e.amount().currency()).containsOnly("INR");
    }

    @Test
    void indianDigitGroupingInACsvIsANumber() throws Exception {
        Path file = TestBook.text(dir.resolve("indian.csv"), StandardCharsets.UTF_8, false,
                "Invoice Date,Client,Net Amount",
                "2024-04-01,Reliance Retail,\"20,00,00,000\"",
                "2024-04-15,Wipro,\"₹1,23,456.78\"",
                "2024-04-20,HCL,\"12,34,567\"");
        List<RevenueEntry> r = importing(file).ledger().revenue();
        assertThat(r).extracting(e -> e.amount().amount()).containsExactly(new BigDecimal("200000000"), new BigDecimal("123456.78"),
                new BigDecimal("1234567"));
        assertThat(total(r)).isEqualByComparingTo("201358023.78"); // 200,000,000 + 123,456.78 + 1,234,567
        // The rupee mark on one amount, and no note naming another currency: the table is in INR.
        assertThat(r).extracting(e -> e.amount().currency()).containsOnly("INR");
    }

    @Test
    void aRupeeTitleWithIndianGroupingInTextCells() throws Exception {
        Path file = TestBook.xlsx().sheet("Sales register")
                .row(1, "Sales register (Rs.)")
                .row(2, "Invoice Date", "Client", "Net Amount", "GST", "Invoice Total")
                .row(3, "15/04/24", "Tata Motors", "20,00,00,000", "3,60,00,000", "23,60,00,000")
                .row(4, "02/05/24", "Infosys", "5,50,000", "99,000", "6,49,000")
                .write(dir.resolve("register.xlsx"));
        ImportedLedger imported = importing(file);
        List<RevenueEntry> r = imported.ledger().revenue();
        // Net amounts: 200,000,000 and 550,000; 15/04/24 settles day first.
        assertThat(r).extracting(RevenueEntry::date).containsExactly(LocalDate.of(2024, 4, 15), LocalDate.of(2024, 5, 2));
        assertThat(total(r)).isEqualByComparingTo("200550000");
        assertThat(r).extracting(e -> e.amount().currency()).containsOnly("INR");
        assertThat(r.get(0).attributes()).containsEntry("gst", "3,60,00,000"); // kept for rules, never added to revenue
    }

    @Test
    void anAmountMarkedInAnotherCurrencyThanTheTableIsRefused() throws Exception {
        Path file = TestBook.text(dir.resolve("mixed.csv"), StandardCharsets.UTF_8, false,
                "Amounts in USD",
                "Invoice Date,Client,Net Amount",
                "2024-04-01,Globex,1000.00",
                "2024-04-02,Wipro,\"₹5,00,000\"");
        assertThatThrownBy(() -> importing(file)).hasMessage("mixed.csv!C4: '₹5,00,000' is marked INR but the table's amounts are read as USD "
                + "(a note above the table or the mapping); say which in a mapping file: sheets: { 'mixed.csv': { currency: INR } }");
    }

    @Test
    void aMalformedGroupingIsRefusedWithItsCell() throws Exception {
        Path file = TestBook.text(dir.resolve("bad.csv"), StandardCharsets.UTF_8, false,
                "Invoice Date,Client,Net Amount",
                "2024-04-01,Reliance Retail,\"1,00,000\"",
                "2024-04-02,Wipro,\"1,2,3\"",
                "2024-04-03,HCL,\"2,500\"");
        assertThatThrownBy(() -> importing(file)).hasMessage("bad.csv!C3: the digit groups of '1,2,3' are neither thousands (1,234,567) "
                + "nor Indian lakhs (12,34,567); expected an amount such as 1234.56");
    }

    @Test
    void aMappingSaysUnitsCroresForASheet() throws Exception {
        Path file = TestBook.xlsx().sheet("Revenue")
                .row(1, "Date", "Customer", "Amount")
                .row(2, LocalDate.of(2024, 6, 30), "Tata Digital", 2)
                .row(3, LocalDate.of(2024, 6, 30), "Infosys", 0.05)
                .write(dir.resolve("mapped.xlsx"));
        Path map = mapping(dir, "crores.yaml", "sheets:\n  Revenue:\n    units: crores\n    currency: INR\n");
        List<RevenueEntry> r = mapped(map, file).ledger().revenue();
        // 2 crores = 20,000,000; 0.05 crore = 500,000.
        assertThat(r).extracting(e -> e.amount().amount().stripTrailingZeros().toPlainString()).containsExactly("20000000", "500000");
        assertThat(r).extracting(e -> e.amount().currency()).containsOnly("INR");
        Path lakhs = mapping(dir, "lakhs.yaml", "sheets:\n  Revenue:\n    units: lakhs\n");
        assertThat(total(mapped(lakhs, file).ledger().revenue())).isEqualByComparingTo("205000"); // (2 + 0.05) x 100,000
    }

    @Test
    void aCurrencyNamedInATitleReplacesTheDefault() throws Exception {
        Path sar = TestBook.xlsx().sheet("Invoices")
                .row(1, "Invoice register (SAR)")
                .row(2, "invoice_date", "customer_id", "amount_billed", "status")
                .row(3, LocalDate.of(2025, 1, 31), "C-1", 3750, "paid")
                .write(dir.resolve("sar.xlsx"));
        RevenueEntry e = importing(sar).ledger().revenue().get(0);
        assertThat(e.amount().currency()).isEqualTo("SAR");
        assertThat(e.amount().amount()).isEqualByComparingTo("3750");
        Path eur = TestBook.text(dir.resolve("eur.csv"), StandardCharsets.UTF_8, false,
                "Amounts in EUR thousands", "Order Date,Customer,Sales", "2025-02-01,Globex,12.5");
        RevenueEntry f = importing(eur).ledger().revenue().get(0);
        assertThat(f.amount().currency()).isEqualTo("EUR");
        assertThat(f.amount().amount()).isEqualByComparingTo("12500"); // 12.5 x 1,000
    }

    @Test
    void twoCurrenciesInTheNotesAboveATableAreRefusedWithTheCells() throws Exception {
        Path file = TestBook.xlsx().sheet("Sheet1")
                .row(1, "Revenue, INR crores")
                .row(2, "Amounts in USD")
                .row(4, "Date", "Customer", "Amount")
                .row(5, LocalDate.of(2024, 6, 30), "Tata Digital", 2)
                .write(dir.resolve("conflict.xlsx"));
        assertThatThrownBy(() -> importing(file)).hasMessage("conflict.xlsx!Sheet1: the notes above the table name different currencies: "
                + "A1 'Revenue, INR crores' (INR), A2 'Amounts in USD' (USD); say which in a mapping file: sheets: { 'Sheet1': { currency: INR } }");
        Path map = mapping(dir, "inr.yaml", "sheets:\n  Sheet1:\n    currency: INR\n    units: crores\n");
        RevenueEntry e = mapped(map, file).ledger().revenue().get(0);
        assertThat(e.amount().currency()).isEqualTo("INR");
        assertThat(e.amount().amount()).isEqualByComparingTo("20000000"); // 2 x 10,000,000
    }
}

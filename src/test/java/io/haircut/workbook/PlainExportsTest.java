package io.haircut.workbook;

import static io.haircut.workbook.Imports.importing;
import static io.haircut.workbook.Imports.mapped;
import static io.haircut.workbook.Imports.mapping;
import static io.haircut.workbook.Imports.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Order-lines, invoice and subscription exports read without a mapping: their date, customer and amount
 * columns found by the usual header names, the amount chosen by a stated precedence or refused, day-first
 * dates told from the data or refused, void and failed invoices left out with a note. Every figure is
 * worked out by hand in the comments.
 */
class PlainExportsTest {

    @TempDir
    Path dir;

    private static final String SUPERSTORE_HEADER = "Row ID,Order ID,Order Date,Ship Date,Ship Mode,Customer ID,Customer Name,Segment,Region,"
            + "Product ID,Category,Sub-Category,Product Name,Sales,Quantity,Discount,Profit";

    /** Revenue by month, each sum written without trailing zeros ("993.9"), so figures compare by value. */
    private static Map<YearMonth, String> byMonth(List<RevenueEntry> entries) {
        Map<YearMonth, BigDecimal> sums = new TreeMap<>();
        entries.forEach(e -> sums.merge(YearMonth.from(e.date()), e.amount().amount(), BigDecimal::add));
        Map<YearMonth, String> out = new TreeMap<>();
        sums.forEach((m, v) -> out.put(m, v.stripTrailingZeros().toPlainString()));
        return out;
    }

    // ---- order lines --------------------------------------------------------------------------

    @Test
    void aSuperstoreOrderLinesCsvWithDayFirstDatesIsReadUnaided() throws Exception {
        Path file = TestBook.text(dir.resolve("superstore.csv"), StandardCharsets.UTF_8, false, SUPERSTORE_HEADER,
                "1,CA-2016-152156,08/11/16,11/11/16,Second Class,CG-12520,Claire Gute,Consumer,South,FUR-BO-1,Furniture,Bookcases,"
                        + "Bush Somerset Bookcase,261.96,2,0,41.9136",
                "2,CA-2016-152156,08/11/16,11/11/16,Second Class,CG-12520,Claire Gute,Consumer,South,FUR-CH-1,Furniture,Chairs,"
                        + "Hon Chair,731.94,3,0,219.582",
                "3,CA-2016-138688,12/06/16,16/06/16,Second Class,DV-13045,Darrin Van Huff,Corporate,West,OFF-LA-1,Office Supplies,Labels,"
                        + "Avery Labels,14.62,2,0,6.8714",
                "4,US-2015-108966,11/10/15,18/10/15,Standard Class,SO-20335,Sean O'Donnell,Consumer,South,FUR-TA-1,Furniture,Tables,"
                        + "Bretford Table,957.5775,5,0.45,-383.031",
                "5,US-2015-108967,22/10/15,26/10/15,Standard Class,SO-20335,Sean O'Donnell,Consumer,South,OFF-ST-1,Office Supplies,Storage,"
                        + "Eldon Storage,22.368,2,0.2,2.5164");
        ImportedLedger imported = importing(file);
        List<RevenueEntry> r = imported.ledger().revenue();
        assertThat(r).hasSize(5);
        // 22/10/15 can only be day first, so 08/11/16 is 8 November 2016 and 11/10/15 is 11 October 2015.
        assertThat(r).extracting(RevenueEntry::date).containsExactly(LocalDate.of(2016, 11, 8), LocalDate.of(2016, 11, 8),
                LocalDate.of(2016, 6, 12), LocalDate.of(2015, 10, 11), LocalDate.of(2015, 10, 22));
        // Sales is the amount; Profit, Discount and Quantity never are.
        assertThat(byMonth(r)).containsExactly(
                Map.entry(YearMonth.of(2015, 10), "979.9455"), // 957.5775 + 22.368
                Map.entry(YearMonth.of(2016, 6), "14.62"),
                Map.entry(YearMonth.of(2016, 11), "993.9")); // 261.96 + 731.94
        assertThat(total(r)).isEqualByComparingTo("1988.4655");
        assertThat(r).extracting(RevenueEntry::customer).containsExactly("Claire Gute", "Claire Gute", "Darrin Van Huff", "Sean O'Donnell",
                "Sean O'Donnell");
        assertThat(r).extracting(RevenueEntry::channel).containsOnly("direct");
        assertThat(r).extracting(RevenueEntry::settlement).containsOnly(Settlement.CASH);
        assertThat(r.get(0).attributes()).containsEntry("invoice", "CA-2016-152156").containsEntry("product", "Bush Somerset Bookcase")
                .containsEntry("profit", "41.9136").containsEntry("customer id", "CG-12520").containsEntry("ship date", "11/11/16");
        assertThat(r.get(3).source().toString()).isEqualTo("superstore.csv!N5");
        assertThat(imported.notes()).contains("superstore.csv: no Channel or Settlement column: every entry read as sold direct and settled in cash "
                + "(a mapping's defaults: { revenue: { channel: ..., settlement: cloud-credit } } says otherwise)");
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void theSameOrderLinesAsAWorkbookWithTextDates() throws Exception {
        Path file = TestBook.xlsx().sheet("Orders")
                .row(1, "Row ID", "Order ID", "Order Date", "Ship Date", "Customer Name", "Segment", "Category", "Sales", "Quantity", "Discount", "Profit")
                .row(2, 1, "IN-1", "03/02/24", "05/02/24", "Asha Rao", "Consumer", "Furniture", 1500.5, 2, 0, 300.1)
                .row(3, 2, "IN-2", "28/02/24", "01/03/24", "Vikram Shah", "Corporate", "Technology", 2499.5, 1, 0.1, -12.25)
                .row(4, 3, "IN-3", "04/03/24", "07/03/24", "Asha Rao", "Consumer", "Furniture", 100, 4, 0, 20)
                .write(dir.resolve("orders.xlsx"));
        List<RevenueEntry> r = importing(file).ledger().revenue();
        // 28/02/24 settles it: day first. 03/02/24 is 3 February, 04/03/24 is 4 March.
        assertThat(r).extracting(RevenueEntry::date).containsExactly(LocalDate.of(2024, 2, 3), LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 4));
        assertThat(byMonth(r)).containsExactly(Map.entry(YearMonth.of(2024, 2), "4000"), // 1500.5 + 2499.5
                Map.entry(YearMonth.of(2024, 3), "100"));
        assertThat(r.get(1).source().toString()).isEqualTo("orders.xlsx!Orders!H3");
    }

    @Test
    void orderLinesWhoseDatesAreAllAmbiguousAreRefusedUntilTheMappingSaysTheOrder() throws Exception {
        Path file = TestBook.text(dir.resolve("ambiguous.csv"), StandardCharsets.UTF_8, false,
                "Order ID,Order Date,Customer Name,Sales,Profit",
                "A-1,08/11/16,Claire Gute,261.96,41.91",
                "A-2,12/06/16,Darrin Van Huff,14.62,6.87",
                "A-3,01/02/16,Claire Gute,100.00,10.00");
        assertThatThrownBy(() -> importing(file)).hasMessage("ambiguous.csv!B2: '08/11/16' could be 2016-08-11 (month first) or 2016-11-08 "
                + "(day first), and no date in the column settles it; say which in a mapping file: dates: { order: month-first } (or day-first)");
        List<RevenueEntry> r = mapped(mapping(dir, "dates.yaml", "dates:\n  order: day-first\n"), file).ledger().revenue();
        assertThat(r).extracting(RevenueEntry::date).containsExactly(LocalDate.of(2016, 11, 8), LocalDate.of(2016, 6, 12), LocalDate.of(2016, 2, 1));
        assertThat(total(r)).isEqualByComparingTo("376.58"); // 261.96 + 14.62 + 100.00
    }

    @Test
    void aDateFarDownTheColumnSettlesTheOrderForTheRowsAboveIt() throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("Order ID,Order Date,Customer Name,Sales");
        // 1,200 orders dated 05/03/24 (5 March or 3 May), then one dated 25/03/24, which only day first can read.
        for (int i = 1; i <= 1200; i++) {
            lines.add("O-" + i + ",05/03/24,Customer " + (i % 7) + ",1.25");
        }
        lines.add("O-1201,25/03/24,Customer 1,10.00");
        Path file = TestBook.text(dir.resolve("long.csv"), StandardCharsets.UTF_8, false, lines.toArray(String[]::new));
        List<RevenueEntry> r = importing(file).ledger().revenue();
        assertThat(r).hasSize(1201);
        assertThat(r.get(0).date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(r.get(1200).date()).isEqualTo(LocalDate.of(2024, 3, 25));
        // 1,200 x 1.25 + 10.00 = 1,510.00, all in March 2024.
        assertThat(byMonth(r)).containsExactly(Map.entry(YearMonth.of(2024, 3), "1510"));
        assertThat(r.get(0).source().toString()).isEqualTo("long.csv!D2");
    }

    @Test
    void aDateFarDownTheColumnThatContradictsTheOrderIsRefusedAtItsCell() throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("Date,Customer,Amount");
        lines.add("22/10/15,Globex,1.00"); // day first, settled at once
        for (int i = 0; i < 1500; i++) {
            lines.add("05/03/16,Initech,2.00");
        }
        lines.add("03/25/2016,Hooli,3.00"); // only month first can read this one
        Path file = TestBook.text(dir.resolve("contra.csv"), StandardCharsets.UTF_8, false, lines.toArray(String[]::new));
        assertThatThrownBy(() -> importing(file)).hasMessage("contra.csv!A1503: '03/25/2016' can only be month-first, but this column's dates "
                + "are read day-first (from A2 '22/10/15'); dates written both ways are not guessed: correct the cell in a copy of the file");
    }

    // ---- invoices and subscriptions ---------------------------------------------------------------

    @Test
    void anInvoiceExportLeavesOutVoidAndFailedInvoicesWithANote() throws Exception {
        Path file = TestBook.text(dir.resolve("invoices.csv"), StandardCharsets.UTF_8, false,
                "invoice_id,invoice_date,customer_id,amount_billed,amount_paid,discount,tax,status",
                "INV-001,2024-01-05,C-1,1000.00,1000.00,0.00,80.00,paid",
                "INV-002,2024-01-20,C-2,500.00,0.00,50.00,40.00,void",
                "INV-003,2024-02-03,C-1,1200.00,600.00,0.00,96.00,partially_paid",
                "INV-004,2024-02-10,C-3,300.00,0.00,0.00,24.00,failed",
                "INV-005,2024-03-01,C-2,750.50,750.50,0.00,60.04,paid");
        ImportedLedger imported = importing(file);
        List<RevenueEntry> r = imported.ledger().revenue();
        // Billed is revenue, paid or not: 1,000.00 + 1,200.00 + 750.50; the void 500.00 and failed 300.00 are not.
        assertThat(r).extracting(RevenueEntry::customer).containsExactly("C-1", "C-1", "C-2");
        assertThat(total(r)).isEqualByComparingTo("2950.50");
        assertThat(r.get(1).attributes()).containsEntry("invoice", "INV-003").containsEntry("amount_paid", "600.00")
                .containsEntry("status", "partially_paid").containsEntry("tax", "96.00");
        assertThat(r.get(1).source().toString()).isEqualTo("invoices.csv!D4");
        assertThat(imported.notes()).contains("invoices.csv: 2 rows not imported for their status (void 1, failed 1; rows 3, 5), totalling "
                + "USD 800.00: a void, cancelled, refunded, failed, deleted or draft invoice is not revenue");
        // The tax on the three imported rows: 80.00 + 96.00 + 60.04 = 236.04; it is not revenue and not added.
        assertThat(imported.notes()).contains("invoices.csv: revenue is column D 'amount_billed', after discounts (column F 'discount' kept "
                + "with each entry, not subtracted again), net of tax (column G 'tax', USD 236.04 on the imported rows, kept with each entry, "
                + "not added: ASC 606-10-32-2)");
    }

    @Test
    void aMonthByCustomerMrrExportAndABillingPeriodExport() throws Exception {
        Path mrr = TestBook.text(dir.resolve("mrr.csv"), StandardCharsets.UTF_8, false,
                "month,customer_id,plan,mrr",
                "2024-03,acme,Pro,\"$1,200.00\"",
                "2024-03,globex,Team,450",
                "2024-04,acme,Pro,1200",
                "2024-04,initech,Pro,1500");
        Path periods = TestBook.text(dir.resolve("billing.csv"), StandardCharsets.UTF_8, false,
                "billing_period,customer_id,amount",
                "2024-01,C-1,100.00",
                "2024-01,C-2,200.00",
                "2024-02,C-1,100.00");
        List<RevenueEntry> s = importing(mrr).ledger().revenue();
        assertThat(s).extracting(RevenueEntry::customer).containsExactly("acme", "globex", "acme", "initech");
        // Each row is one customer's month: 1,200.00 + 450 in March, 1,200 + 1,500 in April.
        assertThat(byMonth(s)).containsExactly(Map.entry(YearMonth.of(2024, 3), "1650"), Map.entry(YearMonth.of(2024, 4), "2700"));
        assertThat(s).extracting(e -> e.amount().currency()).containsOnly("USD");
        assertThat(s.get(0).attributes()).containsEntry("product", "Pro");
        List<RevenueEntry> b = importing(periods).ledger().revenue();
        // A billing period that is a month dates its revenue at the month's end.
        assertThat(b).extracting(RevenueEntry::date).containsExactly(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29));
        assertThat(byMonth(b)).containsExactly(Map.entry(YearMonth.of(2024, 1), "300"),
                Map.entry(YearMonth.of(2024, 2), "100"));
    }

    @Test
    void subscriptionsDatedByTheirStartWithAnMrrAreRefusedUntilTheMappingSaysARowIsAMonth() throws Exception {
        Path subscriptions = TestBook.text(dir.resolve("subscriptions.csv"), StandardCharsets.UTF_8, false,
                "subscription_id,customer,plan,start_date,end_date,status,mrr",
                "sub_1,Acme Corp,Pro,2024-03-01,,active,1200",
                "sub_2,Globex,Team,2024-03-15,2024-06-14,canceled,450");
        // A subscription that started in March and runs on is not 1,200 of March revenue: refused, not guessed.
        assertThatThrownBy(() -> importing(subscriptions)).hasMessage("subscriptions.csv: column G 'mrr' is a monthly rate and column D "
                + "'start_date' dates each row by its start, so a row is a subscription, not one month's revenue, and haircut does not know the "
                + "months it ran: import the invoices or a month-by-customer table (month, customer, mrr), or, if each row is one month's revenue, "
                + "say so in a mapping file: columns: { revenue: { 'mrr': amount } }");
        List<RevenueEntry> r = mapped(mapping(dir, "mrr.yaml", "columns:\n  revenue:\n    mrr: amount\n"), subscriptions).ledger().revenue();
        // The analyst's word: each row one month. The canceled row is left out for its status.
        assertThat(r).extracting(RevenueEntry::customer).containsExactly("Acme Corp");
        assertThat(total(r)).isEqualByComparingTo("1200");
    }

    @Test
    void aPlainAmountBesideANonZeroDiscountIsRefusedAtTheDiscountCell() throws Exception {
        Path file = TestBook.text(dir.resolve("lines.csv"), StandardCharsets.UTF_8, false,
                "Date,Customer,Amount,Discount",
                "2025-01-10,Globex,100.00,0",
                "2025-01-11,Initech,200.00,20.00");
        // Is 200.00 the list price (revenue 180.00) or the amount after the discount? The file does not say.
        assertThatThrownBy(() -> importing(file)).hasMessage("lines.csv!D3: a discount of '20.00' beside column C 'Amount', and haircut cannot "
                + "tell whether that amount is before or after the discount (revenue is after it); name a net amount column in a mapping file, "
                + "or, if 'Amount' is after the discount, columns: { revenue: { 'Amount': amount } }");
        ImportedLedger mapped = mapped(mapping(dir, "after.yaml", "columns:\n  revenue:\n    Amount: amount\n"), file);
        assertThat(total(mapped.ledger().revenue())).isEqualByComparingTo("300.00"); // 100.00 + 200.00
        assertThat(mapped.notes()).contains("lines.csv: revenue is column C 'Amount', after discounts (column D 'Discount' kept with each "
                + "entry, not subtracted again)");
        Path none = TestBook.text(dir.resolve("zero.csv"), StandardCharsets.UTF_8, false,
                "Date,Customer,Amount,Discount",
                "2025-01-10,Globex,100.00,0",
                "2025-01-11,Initech,200.00,");
        assertThat(total(importing(none).ledger().revenue())).isEqualByComparingTo("300.00"); // no discount given: nothing to tell apart
    }

    // ---- which column is the amount ------------------------------------------------------------

    @Test
    void twoAmountColumnsOfTheSameRankAreRefusedNamingBoth() throws Exception {
        Path file = TestBook.text(dir.resolve("two.csv"), StandardCharsets.UTF_8, false,
                "Date,Customer,Revenue,Sales",
                "2025-01-10,Globex,100.00,90.00",
                "2025-02-10,Initech,200.00,180.00");
        assertThatThrownBy(() -> importing(file)).hasMessage("two.csv: column C 'Revenue' and column D 'Sales' could each be the revenue amount; "
                + "say which in a mapping file: columns: { revenue: { 'Revenue': amount } }");
        List<RevenueEntry> r = mapped(mapping(dir, "sales.yaml", "columns:\n  revenue:\n    Sales: amount\n"), file).ledger().revenue();
        assertThat(total(r)).isEqualByComparingTo("270.00"); // 90.00 + 180.00
        assertThat(r.get(0).attributes()).containsEntry("revenue", "100.00");
    }

    @Test
    void aNetAmountIsPreferredToAGrossTotalAndAGrossTotalBesideTaxIsRefused() throws Exception {
        Path net = TestBook.text(dir.resolve("net.csv"), StandardCharsets.UTF_8, false,
                "Invoice Date,Client,Net Amount,Tax,Invoice Total",
                "2025-03-01,Globex,100.00,20.00,120.00",
                "2025-03-02,Initech,50.00,10.00,60.00");
        assertThat(total(importing(net).ledger().revenue())).isEqualByComparingTo("150.00"); // 100.00 + 50.00, not the totals with tax
        Path gross = TestBook.text(dir.resolve("gross.csv"), StandardCharsets.UTF_8, false,
                "Invoice Date,Client,Tax,Invoice Total",
                "2025-03-01,Globex,20.00,120.00");
        assertThatThrownBy(() -> importing(gross)).hasMessage("gross.csv: column D 'Invoice Total' is a total and column C 'Tax' is beside it; "
                + "revenue is net of tax and haircut cannot tell whether the total includes the tax: name the net amount column in a mapping file "
                + "(columns: { revenue: { 'NET AMOUNT HEADER': amount } }), or, if the total excludes the tax, "
                + "columns: { revenue: { 'Invoice Total': amount } }");
        List<RevenueEntry> r = mapped(mapping(dir, "total.yaml", "columns:\n  revenue:\n    Invoice Total: amount\n"), gross).ledger().revenue();
        assertThat(total(r)).isEqualByComparingTo("120.00");
    }

    @Test
    void anAmountPaidAloneIsNotRevenue() throws Exception {
        Path file = TestBook.text(dir.resolve("paid.csv"), StandardCharsets.UTF_8, false,
                "invoice_date,customer_id,amount_paid,quantity,unit_price",
                "2024-01-05,C-1,1000.00,2,500.00");
        // An amount paid is cash received, not revenue billed; quantity and unit price are never the amount.
        assertThatThrownBy(() -> importing(file)).hasMessage("paid.csv: no Revenue sheet; haircut needs a Revenue table with columns Date, "
                + "Customer, Channel, Settlement, Amount (see samples/README.md); closest: row 1 has Date, Customer like a Revenue table but no "
                + "Amount (name them in a mapping file: inspect FILE --write-mapping MAP.yaml drafts one)");
    }
}

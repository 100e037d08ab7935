package io.haircut.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.export.Reports;
import io.haircut.export.TinyLedger;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Every CSV haircut writes quotes a field that holds a comma, semicolon, tab or quote, so a spreadsheet
 * whose list separator is ';' (or a tool splitting on tabs) reads the same fields and no text slips into
 * the next cell, where it would run as a formula.
 */
class CsvQuotingTest {

    @Test
    void aSemicolonThatWouldSplitOffAFormulaIsQuoted() {
        // As Commons CSV writes it: the semicolon needs no quotes for a comma reader, so it came out bare.
        assertThat(CsvQuoting.apply("customer,amount\nx;=1+1,10.00\n")).isEqualTo("customer,amount\n\"x;=1+1\",10.00\n");
    }

    @Test
    void commaTabQuoteAndLineBreaksAreQuotedAndPlainFieldsAreNot() {
        String written = "\"a,b\",\"say \"\"hi\"\"\",tab\there,\"two\nlines\", padded ,plain,-12.50,\n";
        assertThat(CsvQuoting.apply(written))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"tab\there\",\"two\nlines\",\" padded \",plain,-12.50,\n");
    }

    @Test
    void quotingKeepsEveryFieldAsItWas() throws Exception {
        String quoted = CsvQuoting.apply("x;=1+1,\"a,b\",\"q\"\"\",t\tab\n");
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(quoted)).getRecords();
        assertThat(records.get(0).values()).containsExactly("x;=1+1", "a,b", "q\"", "t\tab");
    }

    @Test
    void theAdjustmentsReportQuotesACustomerWithASemicolon() {
        java.util.List<io.haircut.ledger.RevenueEntry> entries = new java.util.ArrayList<>(TinyLedger.entries());
        entries.set(1, TinyLedger.entry("2026-03-20", "x;=1+1", "market\tplace", io.haircut.ledger.Settlement.CLOUD_CREDIT,
                "300.00", 3, java.util.Map.of()));
        String csv = Reports.standard().require("adjustments").render("csv",
                TinyLedger.adjusted(entries, TinyLedger.CLOUD, TinyLedger.RELATED));
        // The cloud entry's trail row (300.00 stripped to 0.00) with its customer quoted; the audit trail has no channel column.
        assertThat(csv).contains(",\"x;=1+1\",2026-03-20,cloud-credit-revenue,cash,stripped,300.00,-300.00,0.00,");
    }
}

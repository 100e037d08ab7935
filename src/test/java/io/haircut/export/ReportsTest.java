package io.haircut.export;

import io.haircut.output.ExportException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.haircut.report.Json;
import io.haircut.report.Report;
import io.haircut.report.Table;
import io.haircut.rules.applied.AdjustedLedger;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The named reports that {@code export FILE.csv|.json --report NAME} and {@code export --all} write. */
class ReportsTest {

    @Test
    void theStandardReportsInTheOrderExportAllWritesThem() {
        assertThat(Reports.standard().names()).isEqualTo("bridge | bridge-by-month | adjustments");
        assertThat(Reports.standard().require(" Adjustments ").name()).isEqualTo("adjustments");
        assertThatThrownBy(() -> Reports.standard().require("metrics"))
                .isInstanceOf(ExportException.class)
                .hasMessage("unknown report 'metrics'; expected one of bridge | bridge-by-month | adjustments");
    }

    @Test
    void anotherStageAddsItsReportUnderANewName() {
        ExportedReport metrics = new ExportedReport("metrics", "unit economics", a -> new Report(List.of(),
                Table.of(List.of(Table.Column.text("Label", "label")), List.of()), Json.object()));
        Reports reports = Reports.standard().with(metrics);
        assertThat(reports.names()).endsWith("| metrics");
        assertThat(reports.require("metrics").render("csv", TinyLedger.adjusted())).isEqualTo("label\n");
        assertThatThrownBy(() -> reports.with(metrics)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> metrics.render("xml", TinyLedger.adjusted()))
                .isInstanceOf(ExportException.class).hasMessageContaining("expected .csv or .json");
    }

    @Test
    void theAuditTrailAsCsvOneRecordPerAdjustmentWithFormulaTextEscaped() throws Exception {
        AdjustedLedger adjusted = TinyLedger.adjustedWithHostileCloudEntry();
        String csv = Reports.standard().require("adjustments").render("csv", adjusted);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
        // The same columns as the adjustments command and the Adjustments sheet.
        assertThat(records.get(0).getParser().getHeaderNames()).containsExactly("table", "source", "counterparty", "date",
                "rule", "view", "treatment", "before", "adjustment", "after", "note", "basis", "rule_file");
        // TinyLedger: cloud on rows 3 and 6, related party on row 9 (50% of 400.00), in that order.
        assertThat(records).hasSize(3);
        CSVRecord first = records.get(0);
        assertThat(List.of(first.get("table"), first.get("rule"), first.get("view"), first.get("treatment"),
                first.get("source"), first.get("before"), first.get("adjustment"), first.get("after")))
                .containsExactly("revenue", "cloud-credit-revenue", "cash", "stripped", "pnl.xlsx!Revenue!E3", "300.00",
                        "-300.00", "0.00");
        CSVRecord related = records.get(2);
        assertThat(List.of(related.get("treatment"), related.get("before"), related.get("adjustment"), related.get("after")))
                .containsExactly("haircut", "400.00", "-200.00", "200.00");
        // The hostile customer (entry on row 3 renamed) starts with ' so a spreadsheet shows it as text.
        assertThat(first.get("counterparty")).isEqualTo("'" + TinyLedger.HOSTILE_CUSTOMER);
        assertThat(records.get(1).get("counterparty")).isEqualTo("Investor Co");
    }

    @Test
    void theAuditTrailAsJsonKeepsTextAsItIs() throws Exception {
        String json = Reports.standard().require("adjustments").render("json", TinyLedger.adjustedWithHostileCloudEntry());
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode first = root.get("adjustments").get(0);
        assertThat(first.get("counterparty").asText()).isEqualTo(TinyLedger.HOSTILE_CUSTOMER); // JSON is data, not a sheet
        assertThat(first.get("basis").asText()).isEqualTo("ASC 606-10-32-21 noncash consideration");
        assertThat(first.get("date").asText()).isEqualTo("2026-03-20");
        assertThat(first.get("adjustment").asText()).isEqualTo("-300.00");
        assertThat(root.get("adjustments")).hasSize(3);
    }

    @Test
    void theBridgeReportsAreTheBridgeFormats() {
        AdjustedLedger adjusted = TinyLedger.adjusted();
        String csv = Reports.standard().require("bridge").render("csv", adjusted);
        // Reported 2150.49, cloud -499.99, Cash 1650.50, related -200.00, Adjusted 1450.50 (TinyLedger).
        assertThat(csv).isEqualTo(String.join("\n",
                "period,line,rule,view,amount,entries",
                ",reported,,,2150.49,",
                ",step,cloud-credit-revenue,cash,-499.99,2",
                ",cash,,,1650.50,",
                ",step,related-party-revenue,adjusted,-200.00,1",
                ",adjusted,,,1450.50,", ""));
        String byMonth = Reports.standard().require("bridge-by-month").render("json", adjusted);
        assertThat(byMonth).contains("\"period\": \"2026-03\"").contains("\"period\": \"2026-04\"")
                .contains("\"adjusted\": \"450.50\"");
    }

    @Test
    void theWorkbooksFixedNameIsSafeAsAFileName() {
        assertThat(Reports.workbookName("frontier-ai")).isEqualTo("frontier-ai-adjusted.xlsx");
        assertThat(Reports.workbookName("../Acme: Q1/2026")).isEqualTo("Acme-Q1-2026-adjusted.xlsx");
        assertThat(Reports.workbookName("")).isEqualTo("company-adjusted.xlsx");
    }
}

package io.haircut.workbook.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.ledger.CostCategory;
import io.haircut.ledger.Settlement;
import io.haircut.workbook.cells.DateOrder;
import io.haircut.workbook.cells.FiscalYear;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MappingFilesTest {

    private static ImportMapping parse(String yaml) {
        return MappingFiles.parse("m.yaml", yaml);
    }

    @Test
    void everySection() {
        ImportMapping m = parse(String.join("\n",
                "company: acme",
                "numbers: { decimal: comma }",
                "dates: { order: day-first }",
                "fiscal-year: { start-month: Jul, named-by: end }",
                "hidden: skip",
                "columns:",
                "  revenue:",
                "    'Kunde (Name)': customer",
                "    Notizen: ignore",
                "values:",
                "  settlement:",
                "    Gutschrift AWS: cloud-credit",
                "lines:",
                "  'Inference (credits)': { kind: cost, category: cost-of-revenue, paid-with: cloud-credit }",
                "  Interest income: ignore",
                "sheets:",
                "  'pnl.xlsx!P&L 2025': { table: pnl, header-row: 4, units: thousands, currency: eur }",
                "  Notes: ignore",
                "defaults:",
                "  revenue: { channel: direct }",
                "rates:",
                "  to: USD",
                "  EUR: 1.0850",
                "  GBP: { 2025-01: 1.25 }",
                ""));
        assertThat(m.company()).isEqualTo("acme");
        assertThat(m.decimalComma()).isTrue();
        assertThat(m.dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(m.fiscalYear()).isEqualTo(new FiscalYear(7, true));
        assertThat(m.skipHidden()).isTrue();
        assertThat(m.column(CanonicalTable.REVENUE, Dictionary.key("Kunde (Name)"))).contains("customer");
        assertThat(m.column(CanonicalTable.REVENUE, "notizen")).contains("ignore");
        assertThat(m.value("settlement", "GUTSCHRIFT  aws")).contains("cloud-credit");
        ImportMapping.LineRule line = m.lines().get(Dictionary.key("Inference (credits)"));
        assertThat(line.category()).isEqualTo(CostCategory.COST_OF_REVENUE);
        assertThat(line.settlement()).isEqualTo(Settlement.CLOUD_CREDIT);
        assertThat(m.lines().get("interest income").kind()).isEqualTo("ignore");
        ImportMapping.SheetRule sheet = m.sheet("data/pnl.xlsx", "P&L 2025").orElseThrow();
        assertThat(sheet.units()).isEqualByComparingTo("1000");
        assertThat(sheet.currency()).isEqualTo("EUR");
        assertThat(m.sheet("other.xlsx", "notes").orElseThrow().table()).isEqualTo("ignore");
        assertThat(m.defaultValue(CanonicalTable.REVENUE, "channel")).contains("direct");
        assertThat(m.rates().rate("EUR", YearMonth.of(2025, 3))).contains(new BigDecimal("1.0850"));
        assertThat(m.rates().rate("GBP", YearMonth.of(2025, 1))).contains(new BigDecimal("1.25"));
        assertThat(m.rates().rate("GBP", YearMonth.of(2025, 2))).isEmpty();
    }

    @Test
    void mistakesNameTheLineAndColumn() {
        assertThatThrownBy(() -> parse("company: x\ncolums:\n  revenue: {}\n")).hasMessage("m.yaml:2:1: unknown key 'colums'; expected one of "
                + "company, numbers, dates, fiscal-year, periods, hidden, columns, values, lines, sheets, defaults, rates, only, scenario");
        assertThatThrownBy(() -> parse("columns:\n  revenue:\n    Kunde: custmer\n")).hasMessage("m.yaml:3:12: found 'custmer'; expected one of "
                + "date, customer, channel, settlement, amount, invoice, product, currency, ignore");
        assertThatThrownBy(() -> parse("columns:\n  invoices:\n    Kunde: customer\n")).hasMessage("m.yaml:2:3: unknown table 'invoices'; expected one of "
                + "revenue, costs, customers, funding, commitments, parties, cash, *");
        assertThatThrownBy(() -> parse("values:\n  settlement:\n    Wire: wire\n")).hasMessage("m.yaml:3:11: found 'wire'; expected one of cash | cloud-credit");
        assertThatThrownBy(() -> parse("values:\n  status:\n    Committed:\n")).hasMessage("m.yaml:3:15: found nothing; expected what the value means");
        assertThatThrownBy(() -> parse("lines:\n  Hosting: cost\n")).hasMessage("m.yaml:2:12: a cost line needs its category: { kind: cost, category: "
                + "cost-of-revenue | sales-marketing | research-development | general-admin }");
        assertThatThrownBy(() -> parse("fiscal-year:\n  start-month: 13\n")).hasMessage("m.yaml:2:16: found '13'; expected a month: 1..12 or Jan..Dec");
        assertThatThrownBy(() -> parse("rates:\n  EUR: 1.08\n")).hasMessage("m.yaml:2:3: rates needs 'to: CODE', the currency reports are in (e.g. to: USD)");
        assertThatThrownBy(() -> parse("rates:\n  to: USD\n  EUR: -1\n")).hasMessage("m.yaml:3:8: found '-1'; expected a positive rate such as 1.0850 "
                + "(the value of one unit in the 'to' currency)");
        assertThatThrownBy(() -> parse("sheets:\n  P&L: { table: pnl, header-row: four }\n")).hasMessage("m.yaml:2:34: found 'four'; expected a row number such as 4");
        assertThatThrownBy(() -> parse("company: !!java.io.File x\n")).hasMessageStartingWith("m.yaml:1:10: YAML tag");
        assertThatThrownBy(() -> parse("columns:\n\trevenue: {}\n")).hasMessageStartingWith("m.yaml:2:1: YAML syntax error: a tab character");
    }
}

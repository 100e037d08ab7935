package io.haircut.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.haircut.bridge.Bridges;
import io.haircut.bridge.RevenueBridge;
import io.haircut.export.TinyLedger;
import io.haircut.ledger.Granularity;
import io.haircut.ledger.Money;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
import io.haircut.rules.Action;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.Condition;
import io.haircut.rules.Rule;
import io.haircut.rules.RuleOrigin;
import io.haircut.rules.View;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Golden text for the tiny ledger (figures worked by hand in {@link TinyLedger}), rounding and CSV injection. */
class BridgeFormatsTest {

    private final AdjustedLedger tiny = TinyLedger.adjusted();
    private final RevenueBridge total = Bridges.total(tiny);
    private final List<RevenueBridge> months = Bridges.byPeriod(tiny, Granularity.MONTH);

    @Test
    void totalTable() {
        assertThat(ScreenRenderer.text(BridgeFormats.report(total))).isEqualTo("""
                Revenue bridge (USD)
                                                        % of reported
                Reported revenue ..........  2,150.49         100.00%
                  - cloud-credit-revenue ..   (499.99)        (23.25%)   2 entries
                Cash revenue ..............  1,650.50          76.75%
                  - related-party-revenue .   (200.00)         (9.30%)   1 entry
                Adjusted revenue ..........  1,450.50          67.45%
                """);
    }

    /**
     * The tiny ledger with Investor Co an investor (Parties) and a flag-only rule marking Acme Corp's entry.
     * Investor Co's revenue: 199.99 (credits) + 400.00 (cash) = 599.99 gross, 27.90% of 2,150.49
     * (599.99 / 2,150.49 = 0.278998.., half-even 27.90%); 199.99 left at the cash step (cloud-credit-revenue),
     * 200.00 at the adjusted step (50% of 400.00), 599.99 - 199.99 - 200.00 = 200.00 stays in adjusted revenue.
     * The flag changes no amount: it is no step, and it is listed with the 1,000.00 it marks.
     * Shares of reported: 499.99 / 2,150.49 = 23.25%; 1,650.50 / 2,150.49 = 76.75%; 200.00 / 2,150.49 = 9.30%;
     * 1,450.50 / 2,150.49 = 67.45%.
     */
    @Test
    void flagsAreListedUnderTheBridgeWithTheInvestorsRevenue() {
        Rule flag = new Rule("customer-concentration", "large customer", "ASC 275", new Condition.FieldIn("customer", Set.of("acme corp")),
                new Action.Flag(), View.ADJUSTED, new RuleOrigin("rules/flag.yaml", 1));
        io.haircut.ledger.Ledger ledger = TinyLedger.ledger(TinyLedger.entries());
        io.haircut.ledger.Ledger withParties = new io.haircut.ledger.Ledger(ledger.company(), List.of(), ledger.revenue(), List.of(),
                List.of(), List.of(), List.of(), new io.haircut.ledger.PartyRegister(List.of(new io.haircut.ledger.Party("Investor Co",
                "Investor Co", io.haircut.ledger.Relationship.INVESTOR, new io.haircut.ledger.SourceRef("pnl.xlsx", "Parties", 2, 0)))),
                List.of());
        AdjustedLedger adjusted = io.haircut.rules.applied.Adjuster.apply(withParties,
                new io.haircut.rules.RuleSet(List.of(TinyLedger.CLOUD, TinyLedger.RELATED, flag), List.of()));
        String table = ScreenRenderer.text(BridgeFormats.report(Bridges.total(adjusted), io.haircut.bridge.BridgeNotes.of(adjusted)));
        assertThat(table).isEqualTo("""
                Revenue bridge (USD)
                                                        % of reported
                Reported revenue ..........  2,150.49         100.00%
                  - cloud-credit-revenue ..   (499.99)        (23.25%)   2 entries
                Cash revenue ..............  1,650.50          76.75%
                  - related-party-revenue .   (200.00)         (9.30%)   1 entry
                Adjusted revenue ..........  1,450.50          67.45%
                Flags (they mark entries and change no amount):
                  customer-concentration: 1 entry, 1,000.00 of reported revenue marked
                Revenue from investors and affiliates (gross): 599.99 (27.90% of reported); 199.99 of it left at the cash step, \
                200.00 at the adjusted step, 200.00 is left in adjusted revenue
                """);
    }

    @Test
    void tableByPeriodPutsEachStepBeforeTheTotalItFeeds() {
        assertThat(ScreenRenderer.text(BridgeFormats.report(months))).isEqualTo("""
                Revenue bridge by period (USD)
                Period   Reported   cloud-credit-revenue       Cash   related-party-revenue   Adjusted
                2026-03  1,300.00                (300.00)  1,000.00                    0.00   1,000.00
                2026-04    850.49                (199.99)    650.50                 (200.00)    450.50
                """);
    }

    @Test
    void totalCsv() {
        assertThat(CsvRenderer.text(BridgeFormats.report(total))).isEqualTo("""
                period,line,rule,view,amount,entries
                ,reported,,,2150.49,
                ,step,cloud-credit-revenue,cash,-499.99,2
                ,cash,,,1650.50,
                ,step,related-party-revenue,adjusted,-200.00,1
                ,adjusted,,,1450.50,
                """);
    }

    @Test
    void csvByMonth() {
        assertThat(CsvRenderer.text(BridgeFormats.report(months))).isEqualTo("""
                period,line,rule,view,amount,entries
                2026-03,reported,,,1300.00,
                2026-03,step,cloud-credit-revenue,cash,-300.00,1
                2026-03,cash,,,1000.00,
                2026-03,step,related-party-revenue,adjusted,0.00,0
                2026-03,adjusted,,,1000.00,
                2026-04,reported,,,850.49,
                2026-04,step,cloud-credit-revenue,cash,-199.99,1
                2026-04,cash,,,650.50,
                2026-04,step,related-party-revenue,adjusted,-200.00,1
                2026-04,adjusted,,,450.50,
                """);
    }

    @Test
    void totalJson() {
        assertThat(JsonRenderer.text(BridgeFormats.report(total))).isEqualTo("""
                {
                  "currency": "USD",
                  "reported": "2150.49",
                  "cash": "1650.50",
                  "adjusted": "1450.50",
                  "steps": [
                    {
                      "rule": "cloud-credit-revenue",
                      "view": "cash",
                      "amount": "-499.99",
                      "entries": 2
                    },
                    {
                      "rule": "related-party-revenue",
                      "view": "adjusted",
                      "amount": "-200.00",
                      "entries": 1
                    }
                  ]
                }
                """);
    }

    @Test
    void jsonByMonth() {
        assertThat(JsonRenderer.text(BridgeFormats.report(months))).isEqualTo("""
                {
                  "currency": "USD",
                  "periods": [
                    {
                      "period": "2026-03",
                      "reported": "1300.00",
                      "cash": "1000.00",
                      "adjusted": "1000.00",
                      "steps": [
                        {
                          "rule": "cloud-credit-revenue",
                          "view": "cash",
                          "amount": "-300.00",
                          "entries": 1
                        },
                        {
                          "rule": "related-party-revenue",
                          "view": "adjusted",
                          "amount": "0.00",
                          "entries": 0
                        }
                      ]
                    },
                    {
                      "period": "2026-04",
                      "reported": "850.49",
                      "cash": "650.50",
                      "adjusted": "450.50",
                      "steps": [
                        {
                          "rule": "cloud-credit-revenue",
                          "view": "cash",
                          "amount": "-199.99",
                          "entries": 1
                        },
                        {
                          "rule": "related-party-revenue",
                          "view": "adjusted",
                          "amount": "-200.00",
                          "entries": 1
                        }
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    void emptyPeriodListStillSaysTheCurrency() {
        assertThat(JsonRenderer.text(BridgeFormats.report(List.of()))).isEqualTo("{\n  \"currency\": \"USD\",\n  \"periods\": []\n}\n");
        assertThat(CsvRenderer.text(BridgeFormats.report(List.of()))).isEqualTo("period,line,rule,view,amount,entries\n");
    }

    @Test
    void roundsHalfEvenToCentsOnlyWhenShown() {
        // One entry of 0.25, half of it stripped: the step is exactly -0.125 and Cash exactly 0.125.
        // Half-even gives -0.12 and 0.12 (half-up would give -0.13 and 0.13).
        Rule half = new Rule("half", "half", "basis", new Condition.FieldIn("customer", Set.of("a")),
                new Action.Haircut(new BigDecimal("50")), View.CASH, new RuleOrigin("rules/x.yaml", 1));
        RevenueBridge bridge = Bridges.total(TinyLedger.adjusted(List.of(
                TinyLedger.entry("2026-01-10", "A", "direct", Settlement.CASH, "0.25", 2, Map.of())), half));
        assertThat(bridge.cashSteps().get(0).amount().amount()).isEqualByComparingTo("-0.125");

        assertThat(CsvRenderer.text(BridgeFormats.report(bridge))).contains(",step,half,cash,-0.12,1\n", ",cash,,,0.12,\n");
        assertThat(JsonRenderer.text(BridgeFormats.report(bridge))).contains("\"amount\": \"-0.12\"", "\"cash\": \"0.12\"");
        assertThat(ScreenRenderer.text(BridgeFormats.report(bridge))).contains("(0.12)", "0.12");
    }

    @Test
    void amountFormatting() {
        assertThat(Figures.grouped(new BigDecimal("12345678901.234"))).isEqualTo("12,345,678,901.23 ");
        assertThat(Figures.grouped(new BigDecimal("-1234567.885"))).isEqualTo("(1,234,567.88)");
        assertThat(Figures.grouped(new BigDecimal("-0.004"))).isEqualTo("0.00 ");
        assertThat(Figures.grouped(new BigDecimal("999.995"))).isEqualTo("1,000.00 ");
        assertThat(Figures.plain(new BigDecimal("-12.345"))).isEqualTo("-12.34");
        assertThat(Figures.plain(new BigDecimal("1E+3"))).isEqualTo("1000.00");
        assertThat(Figures.plain(new BigDecimal("5"))).isEqualTo("5.00");
    }

    @Test
    void csvEscapesTextThatASpreadsheetWouldRunButLeavesNegativeAmountsPlain() throws IOException {
        // Rule ids are safe in practice, but every text cell goes through the same guard.
        List<String> hostile = List.of("=cmd|' /C calc'!A0", "+1+1", "-1+1", "@SUM(A1)", "\tx", "\rx");
        // Rule i strips the one entry of customer "c<i>", of (i + 1) * 10.00: 10.00, 20.00, ... 60.00.
        Rule[] rules = new Rule[hostile.size()];
        List<RevenueEntry> entries = new ArrayList<>();
        for (int i = 0; i < hostile.size(); i++) {
            rules[i] = TinyLedger.rule(hostile.get(i), View.CASH, new Condition.FieldIn("customer", Set.of("c" + i)));
            entries.add(TinyLedger.entry("2026-01-10", "c" + i, "direct", Settlement.CASH, (i + 1) * 10 + ".00", i + 2,
                    Map.of()));
        }
        RevenueBridge bridge = Bridges.total(TinyLedger.adjusted(entries, rules));

        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(CsvRenderer.text(BridgeFormats.report(bridge)))).getRecords();
        List<CSVRecord> steps = records.stream().filter(r -> r.get("line").equals("step")).toList();
        assertThat(steps).extracting(r -> r.get("rule"))
                .containsExactly("'=cmd|' /C calc'!A0", "'+1+1", "'-1+1", "'@SUM(A1)", "'\tx", "'\rx");
        assertThat(steps).extracting(r -> r.get("amount"))
                .containsExactly("-10.00", "-20.00", "-30.00", "-40.00", "-50.00", "-60.00");
        // Reported 10 + 20 + ... + 60 = 210.00; everything stripped, so Cash is 0.00.
        assertThat(records.get(0).get("amount")).isEqualTo("210.00");
        assertThat(records.stream().filter(r -> r.get("line").equals("cash")).findFirst().orElseThrow().get("amount"))
                .isEqualTo("0.00");
    }

    @Test
    void jsonAndTableKeepIdsAsTheyAreButTheTableHidesControlCharacters() {
        Rule odd = TinyLedger.rule("-odd\u001b[31m", View.CASH, new Condition.FieldIn("customer", Set.of("a")));
        RevenueBridge bridge = Bridges.total(TinyLedger.adjusted(List.of(
                TinyLedger.entry("2026-01-10", "A", "direct", Settlement.CASH, "1.00", 2, Map.of())), odd));
        assertThat(JsonRenderer.text(BridgeFormats.report(bridge))).contains("\"rule\": \"-odd\\u001B[31m\"");
        assertThat(ScreenRenderer.text(BridgeFormats.report(bridge))).contains("  - -odd?[31m ").doesNotContain("\u001b");
    }

    @Test
    void refusesPeriodsInDifferentCurrencies() {
        Money oneUsd = Money.usd("1");
        Money oneEur = new Money(BigDecimal.ONE, "EUR");
        RevenueBridge usd = new RevenueBridge("2026-01", oneUsd, List.of(), oneUsd, List.of(), oneUsd);
        RevenueBridge eur = new RevenueBridge("2026-02", oneEur, List.of(), oneEur, List.of(), oneEur);
        // The first period sets the currency (USD); the second's reported revenue is in EUR.
        String message = "the revenue of 2026-02 is in EUR but the first period is in USD; "
                + "haircut does not add different currencies yet: import one currency at a time";
        assertThatThrownBy(() -> CsvRenderer.text(BridgeFormats.report(List.of(usd, eur)))).isInstanceOf(io.haircut.HaircutException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> ScreenRenderer.text(BridgeFormats.report(List.of(usd, eur)))).hasMessage(message);
        assertThatThrownBy(() -> JsonRenderer.text(BridgeFormats.report(List.of(usd, eur)))).hasMessage(message);
    }

    @Test
    void mixedCurrencyLedgerIsRefusedBeforeAnyFormat() {
        AdjustedLedger mixed = TinyLedger.adjusted(List.of(
                TinyLedger.entry("pnl.xlsx", "Revenue", "2026-01-10", "A", "direct", Settlement.CASH, Money.usd("1"), 2,
                        Map.of()),
                TinyLedger.entry("pnl.xlsx", "Revenue", "2026-01-11", "B", "direct", Settlement.CASH,
                        new Money(BigDecimal.ONE, "EUR"), 3, Map.of())));
        assertThatThrownBy(() -> Bridges.total(mixed)).isInstanceOf(io.haircut.HaircutException.class)
                .hasMessage("pnl.xlsx!Revenue!E3 is in EUR but the revenue at pnl.xlsx!Revenue!E2 is in USD; "
                        + "haircut does not add different currencies yet: import one currency at a time");
    }
}

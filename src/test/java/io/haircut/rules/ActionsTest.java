package io.haircut.rules;

import static io.haircut.rules.RuleTexts.apply;
import static io.haircut.rules.RuleTexts.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.haircut.HaircutException;
import io.haircut.LedgerFixture;
import io.haircut.bridge.Bridges;
import io.haircut.bridge.RevenueBridge;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.Status;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.EntryLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each action on a tiny ledger; every expected amount is worked out by hand in the comments. */
class ActionsTest {

    private static String loadError(String yaml) {
        RuleFileException e = catchThrowableOfType(RuleFileException.class, () -> RuleTexts.rules(yaml));
        assertThat(e).as("expected a RuleFileException").isNotNull();
        return e.getMessage();
    }

    /** (cell, before, change, after) of each trail row, amounts as plain text. */
    private static List<org.assertj.core.groups.Tuple> rows(AdjustedLedger a) {
        return a.trail().stream().map(r -> tuple(r.entry().source().cell(), r.before().toPlainString(),
                r.change().toPlainString(), r.after().toPlainString())).toList();
    }

    @Nested
    class StripHaircutFlag {
        private final LedgerFixture book = LedgerFixture.of("book", "book.xlsx")
                .revenue("2025-01-01", "Acme", Settlement.CASH, "1000.10")
                .revenue("2025-01-02", "Acme", Settlement.CASH, "-200.00"); // a credit note

        @Test
        void stripRemovesTheWholeEntryAndACreditNoteComesBackToZero() {
            AdjustedLedger a = apply(book, rule("acme", "revenue", "adjusted", "customer: Acme", "action: strip"));
            // 1000.10 -> 0; -200.00 -> 0 (the credit note's removal raises revenue by 200.00)
            assertThat(rows(a)).containsExactly(tuple("E2", "1000.10", "-1000.10", "0"), tuple("E3", "-200.00", "200.00", "0"));
        }

        @Test
        void haircutRemovesItsShareExactlyOnBothSigns() {
            AdjustedLedger a = apply(book, rule("acme", "revenue", "adjusted", "customer: Acme", "action: haircut",
                    "percent: 30"));
            // 1000.10 * 0.70 = 700.070 (exact, 3 decimals); -200.00 * 0.70 = -140.000
            assertThat(a.trail()).extracting(r -> r.after()).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("700.07"), new BigDecimal("-140"));
            assertThat(a.trail()).extracting(r -> r.change()).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("-300.03"), new BigDecimal("60"));
        }

        @Test
        void flagChangesNothingButShowsInTheBridgeCount() {
            AdjustedLedger a = apply(book, rule("acme", "revenue", "adjusted", "customer: Acme", "action: flag"));
            assertThat(rows(a)).containsExactly(tuple("E2", "1000.10", "0", "1000.10"), tuple("E3", "-200.00", "0", "-200.00"));
            RevenueBridge b = Bridges.total(a);
            // reported 1000.10 - 200.00 = 800.10, unchanged
            assertThat(b.adjusted().amount()).isEqualByComparingTo("800.10");
            assertThat(b.adjustedSteps()).singleElement().satisfies(s -> assertThat(s.entries()).isEqualTo(2));
        }
    }

    @Nested
    class Reclassify {
        private final LedgerFixture book = LedgerFixture.of("book", "book.xlsx")
                .revenue("2025-01-01", "Globex", "gcp-marketplace", Settlement.CASH, "1000.00", Map.of("partner_fee", "200.00"))
                .revenue("2025-01-02", "Initech", "gcp-marketplace", Settlement.CASH, "100.00", Map.of("partner_fee", "$120"))
                .revenue("2025-01-03", "Acme", "direct", Settlement.CASH, "500.00", Map.of("consideration", "50"));

        @Test
        void grossToNetWithAFeePercentShowsGrossAndNet() {
            AdjustedLedger a = apply(book, rule("resold", "revenue", "adjusted", "channel: gcp-marketplace",
                    "reclassify: gross-to-net", "fee-percent: 20"));
            // gross 1000.00, fee 20% = 200.00, net 800.00; gross 100.00, fee 20.00, net 80.00
            assertThat(a.trail()).extracting(r -> r.before().toPlainString(), r -> r.after().stripTrailingZeros().toPlainString())
                    .containsExactly(tuple("1000.00", "800"), tuple("100.00", "80"));
            assertThat(a.lines(Scope.REVENUE).get(0).reclassified())
                    .containsOnlyKeys("partner fee (gross to net)");
            assertThat(a.lines(Scope.REVENUE).get(0).reclassified().get("partner fee (gross to net)"))
                    .isEqualByComparingTo("200.00");
        }

        @Test
        void grossToNetWithAFeeColumnNeverGoesBelowZero() {
            AdjustedLedger a = apply(book, "fields: [partner_fee]\n" + rule("resold", "revenue", "adjusted",
                    "partner_fee: {exists: true}", "reclassify: gross-to-net", "fee-column: partner_fee"));
            // 1000.00 - 200.00 = 800.00; a $120 fee on 100.00 stops at zero, and the note says so
            assertThat(rows(a)).containsExactly(tuple("E2", "1000.00", "-200.00", "800.00"), tuple("E3", "100.00", "-100.00", "0"));
            assertThat(a.trail().get(0).note()).isEqualTo("fee 200.00 in partner_fee");
            assertThat(a.trail().get(1).note()).isEqualTo("fee 120 in partner_fee; fee is more than the 100.00 left, so the"
                    + " entry is reduced to zero");
        }

        @Test
        void aFeeColumnWithoutAValueOrWithTextStopsTheRunNamingTheRow() {
            String yaml = "fields: [partner_fee]\n" + rule("resold", "revenue", "adjusted", "customer: [Globex, Acme]",
                    "reclassify: gross-to-net", "fee-column: partner_fee");
            assertThatThrownBy(() -> apply(book, yaml)).isInstanceOf(HaircutException.class)
                    .hasMessage("rules/t.yaml:2: rule 'resold' needs an amount in column 'partner_fee' on the row of"
                            + " book.xlsx!Revenue!E4, which has none; add partner_fee: {exists: true} to the rule's when");
            LedgerFixture bad = LedgerFixture.of("book", "book.xlsx").revenue("2025-01-01", "Globex", "direct", Settlement.CASH, "10.00",
                    Map.of("partner_fee", "n/a"));
            assertThatThrownBy(() -> apply(bad, yaml)).isInstanceOf(HaircutException.class)
                    .hasMessage("rules/t.yaml:2: rule 'resold' found 'n/a' in column 'partner_fee' on the row of"
                            + " book.xlsx!Revenue!E2; expected an amount of zero or more, such as 1234.56");
        }

        @Test
        void contraRevenueTakesTheWholeEntryAShareOrAColumn() {
            AdjustedLedger whole = apply(book, rule("c", "revenue", "adjusted", "customer: Acme", "reclassify: contra-revenue"));
            assertThat(rows(whole)).containsExactly(tuple("E4", "500.00", "-500.00", "0"));
            AdjustedLedger share = apply(book, rule("c", "revenue", "adjusted", "customer: Acme", "reclassify: contra-revenue",
                    "percent: 10"));
            // 10% of 500.00 = 50.00
            assertThat(share.trail().get(0).change()).isEqualByComparingTo("-50.00");
            AdjustedLedger column = apply(book, "fields: [consideration]\n" + rule("c", "revenue", "adjusted",
                    "consideration: {exists: true}", "reclassify: contra-revenue", "amount-column: consideration"));
            assertThat(rows(column)).containsExactly(tuple("E4", "500.00", "-50.00", "450.00"));
            assertThat(column.lines(Scope.REVENUE).get(2).reclassified().get("contra-revenue")).isEqualByComparingTo("50");
            assertThat(column.trail().get(0).rule().action().treatment()).isEqualTo("contra-revenue");
        }

        @Test
        void creditsNotCashTakesCreditFundingOutOfCashRaisedAndKeepsItAsCredits() {
            LedgerFixture funding = LedgerFixture.of("book", "book.xlsx")
                    .funding("2026-04-20", "Amazon.com, Inc.", "3500.00", Settlement.CASH, Status.BINDING)
                    .funding("2026-04-20", "Amazon.com, Inc.", "1500.00", Settlement.CLOUD_CREDIT, Status.BINDING);
            AdjustedLedger a = apply(funding, rule("credits", "funding", "cash", "form: cloud-credit",
                    "reclassify: credits-not-cash"));
            List<EntryLine> lines = a.lines(Scope.FUNDING);
            // cash raised: 3500.00 + 0 = 3500.00 of the 5000.00 reported; 1500.00 kept as credits
            assertThat(lines).extracting(l -> l.cash().stripTrailingZeros().toPlainString()).containsExactly("3500", "0");
            assertThat(lines.get(1).reclassified().get("credits (not cash)")).isEqualByComparingTo("1500.00");
            assertThat(lines.get(1).reported()).isEqualByComparingTo("1500.00");
            // revenue is untouched: no revenue adjustments, no bridge step
            assertThat(a.adjustments()).isEmpty();
            assertThat(Bridges.total(a).steps()).isEmpty();
        }

        @Test
        void reclassificationsBelongToTheirTable() {
            assertThat(loadError(rule("r", "funding", "cash", "form: cash", "reclassify: gross-to-net", "fee-percent: 5")))
                    .isEqualTo("rules/t.yaml:8:13: reclassify: gross-to-net is for revenue; it cannot apply to funding");
            assertThat(loadError(rule("r", "revenue", "cash", "channel: direct", "reclassify: credits-not-cash")))
                    .isEqualTo("rules/t.yaml:8:13: reclassify: credits-not-cash is for funding received as credits;"
                            + " add applies-to: funding");
            assertThat(loadError(rule("r", "revenue", "adjusted", "channel: direct", "reclassify: gross-to-net")))
                    .isEqualTo("rules/t.yaml:8:1: reclassify: gross-to-net needs the partner's fee: fee-percent: 20 (a"
                            + " share of the gross amount) or fee-column: partner_fee (a Revenue column holding the fee)");
            assertThat(loadError(rule("r", "revenue", "adjusted", "channel: direct", "reclassify: gross-to-net",
                    "fee-column: partner_fee")))
                    .isEqualTo("rules/t.yaml:9:13: fee-column 'partner_fee' is not declared; add it to the file's fields:"
                            + " list (fields: [partner_fee]), the Revenue column that holds the amount");
            assertThat(loadError(rule("r", "revenue", "adjusted", "channel: direct", "reclassify: netting")))
                    .isEqualTo("rules/t.yaml:8:13: unknown reclassify 'netting'; expected one of contra-revenue |"
                            + " gross-to-net | credits-not-cash");
            assertThat(loadError(rule("r", "revenue", "adjusted", "channel: direct", "action: strip", "tag: odd")))
                    .isEqualTo("rules/t.yaml:9:1: 'tag' and 'action' both given; a rule does one thing: keep one, and"
                            + " write another rule for the other");
            assertThat(loadError(rule("r", "revenue", "adjusted", "channel: direct", "action: strip", "fee-percent: 5")))
                    .isEqualTo("rules/t.yaml:9:1: 'fee-percent' is only for reclassify: gross-to-net; remove it");
        }
    }

    @Nested
    class Tags {
        @Test
        void aTagMarksFundingAndCommitmentsForLaterStagesWithoutChangingThem() {
            LedgerFixture book = LedgerFixture.of("book", "book.xlsx")
                    .funding("2025-11-18", "Microsoft Corporation", "2000.00", Settlement.CASH, Status.BINDING)
                    .funding("2025-11-18", "Microsoft Corporation", "3000.00", Settlement.CASH, Status.CONTINGENT)
                    .commitment("Microsoft Azure", 2026, "10000.00", Status.CONTINGENT);
            AdjustedLedger a = apply(book, """
                    rules:
                      - id: contingent-funding
                        description: d
                        basis: b
                        applies-to: funding
                        view: adjusted
                        when: {status: contingent}
                        tag: contingent
                      - id: contingent-commitments
                        description: d
                        basis: b
                        applies-to: commitments
                        view: adjusted
                        when: {status: contingent}
                        tag: contingent
                    """);
            assertThat(a.lines(Scope.FUNDING)).extracting(l -> l.tagged("contingent")).containsExactly(false, true);
            assertThat(a.lines(Scope.COMMITMENTS)).singleElement().satisfies(l -> {
                assertThat(l.tags()).containsExactly("contingent");
                assertThat(l.adjusted()).isEqualByComparingTo("10000.00");
            });
            assertThat(loadError(rule("r", "funding", "adjusted", "status: contingent", "tag: Contingent!")))
                    .isEqualTo("rules/t.yaml:8:6: tag 'Contingent!' has characters tags cannot use; expected lower-case"
                            + " letters, digits and hyphens, e.g. contingent");
        }
    }
}

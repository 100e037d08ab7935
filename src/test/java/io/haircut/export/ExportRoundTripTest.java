package io.haircut.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.LedgerFixture;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Money;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.SourceRef;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.RuleSet;
import io.haircut.workbook.LedgerImporter;
import io.haircut.xlsx.AdjustedWorkbookExporter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A property over generated ledgers: importing the adjusted workbook that haircut exported gives back the
 * revenue model, entry for entry in order: dates, customers, channels, settlements, amounts, currencies,
 * invoice, product and the extra columns, each on its original row. The workbook is what an analyst
 * sends on; this is what keeps it faithful.
 */
class ExportRoundTripTest {

    private static final long SEED = 3_2026L;
    private static final int LEDGERS = 60;

    /** Names that have broken spreadsheets before: formulas, markup, accents, line breaks, long text. */
    private static final List<String> CUSTOMERS = List.of("Globex Corp.", "=HYPERLINK(\"http://x\",\"y\")", "+1 Customer", "-minus",
            "@at", "A & B <Ltd>", "Ünïcödé GmbH", "東京 株式会社", "Line\nBreak Corp", "O'Brien \"Quoted\" LLC", "x".repeat(32_767),
            "_x000D_ escaped", "1234", "2025-01-01");

    @TempDir
    Path dir;

    @Test
    void importingTheExportedWorkbookGivesBackEveryEntry() {
        Random random = new Random(SEED);
        for (int n = 0; n < LEDGERS; n++) {
            Ledger ledger = ledger(random, n);
            Path file = dir.resolve("round-trip-" + n + ".xlsx");
            AdjustedWorkbookExporter.export(Adjuster.apply(ledger, new RuleSet(List.of(LedgerFixture.cloudCreditStrip()), List.of())),
                    file, Set.of(), false);

            List<RevenueEntry> back = LedgerImporter.importPath(file).ledger().revenue();

            assertThat(back).as("ledger %d", n).hasSameSizeAs(ledger.revenue());
            for (int i = 0; i < back.size(); i++) {
                RevenueEntry want = ledger.revenue().get(i);
                RevenueEntry got = back.get(i);
                String where = "ledger " + n + ", entry " + i;
                assertThat(got.date()).as(where).isEqualTo(want.date());
                assertThat(got.customer()).as(where).isEqualTo(want.customer());
                assertThat(got.channel()).as(where).isEqualTo(want.channel());
                assertThat(got.settlement()).as(where).isEqualTo(want.settlement());
                assertThat(got.amount().amount()).as(where).isEqualByComparingTo(want.amount().amount());
                assertThat(got.amount().currency()).as(where).isEqualTo(want.amount().currency());
                Map<String, String> attributes = new HashMap<>(got.attributes());
                // The export adds two columns of its own: the entry's month (a date cell, which an extra column
                // keeps as its serial number) and its source cell.
                assertThat(attributes.remove("month")).as(where).isNotBlank();
                assertThat(attributes.remove("source")).as(where).isEqualTo(want.source().toString());
                assertThat(attributes).as(where).isEqualTo(want.attributes());
                assertThat(got.source().row()).as(where).isEqualTo(want.source().row());
            }
        }
    }

    /**
     * One currency per ledger (the bridge refuses to add two); amounts up to 15 significant digits, the
     * precision of a spreadsheet number; rows in order with gaps, as a real sheet has blank rows.
     */
    private static Ledger ledger(Random random, int n) {
        String currency = List.of("USD", "EUR", "JPY").get(random.nextInt(3));
        int size = random.nextInt(40);
        List<RevenueEntry> entries = new ArrayList<>();
        int row = 1;
        for (int i = 0; i < size; i++) {
            row += 1 + (random.nextInt(4) == 0 ? random.nextInt(50) : 0);
            LocalDate date = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(55_000)); // 1950 .. 2100
            Map<String, String> attributes = new LinkedHashMap<>();
            if (random.nextBoolean()) {
                attributes.put("invoice", "INV-" + random.nextInt(100_000));
            }
            if (random.nextInt(3) == 0) {
                attributes.put("product", List.of("api", "enterprise", "=SUM(A1)").get(random.nextInt(3)));
            }
            if (n % 2 == 0) {
                attributes.put("region", List.of("EMEA", "US", "APAC ").get(random.nextInt(3)).trim());
            }
            entries.add(new RevenueEntry(date, CUSTOMERS.get(random.nextInt(CUSTOMERS.size())),
                    List.of("direct", "api", "aws-marketplace").get(random.nextInt(3)),
                    random.nextBoolean() ? Settlement.CASH : Settlement.CLOUD_CREDIT,
                    new Money(amount(random), currency), attributes, new SourceRef("gen.xlsx", "Revenue", row, 4)));
        }
        return new Ledger("gen-" + n, List.of(), entries, List.of(), List.of(), List.of(), List.of(), new PartyRegister(List.of()), List.of());
    }

    /** Cents up to 13 integer digits (15 significant), negative for credit notes, or a small amount with 4 decimals. */
    private static BigDecimal amount(Random random) {
        if (random.nextInt(5) == 0) {
            return BigDecimal.valueOf(random.nextInt(2_000_000) - 1_000_000, 4);
        }
        long cents = Math.floorMod(random.nextLong(), 2_000_000_000_000_000L) - 1_000_000_000_000_000L;
        return BigDecimal.valueOf(cents, 2);
    }
}

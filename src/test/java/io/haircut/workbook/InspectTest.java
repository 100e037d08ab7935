package io.haircut.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inspect shows what haircut makes of files without importing them, and drafts a mapping file; the
 * analyst fills in what haircut could not know, and the edited draft imports the files.
 */
class InspectTest {

    private static final Path MESSY = Path.of("samples", "frontier-ai-messy");
    private static final List<Path> FILES = List.of(MESSY.resolve("financials.xlsx"), MESSY.resolve("billing-export.csv"));

    @TempDir
    Path dir;

    @Test
    void itReportsEachTableItsHeaderRowRangeAndColumns() {
        Inspection i = LedgerImporter.inspect(FILES, ImportOptions.DEFAULTS);
        assertThat(i.files()).extracting(Inspection.FileReport::file).containsExactly("financials.xlsx", "billing-export.csv");
        Inspection.TableReport billing = i.files().get(1).sheets().get(0).tables().get(0);
        assertThat(billing.kind()).isEqualTo("Revenue table");
        assertThat(billing.headerRow()).isEqualTo(1);
        assertThat(billing.range()).isEqualTo("A1:T14331"); // 20 columns; 14,329 entries and a Total row under the header
        assertThat(billing.columns()).contains(new Inspection.ColumnReport("D", "Bill-to Name", "-> customer", "text", "synonym of Customer"));
        assertThat(billing.notes()).anyMatch(n -> n.startsWith("row 14331 'Total' is a total: USD 10,802,729,880.11 agrees"));
        Inspection.SheetReport cover = i.files().get(0).sheets().get(0);
        assertThat(cover.skipped()).isEqualTo("not one of Revenue, Costs, Customers, Funding, Commitments, Parties, Cash");
        Inspection.TableReport pnl = i.files().get(0).sheets().get(1).tables().get(0);
        assertThat(pnl.units()).isEqualTo("thousands (x1,000, from A3 'USD in thousands')");
        assertThat(pnl.lines()).contains("row 14 'Inference compute - paid with cloud credits': cost, cost-of-revenue, paid with cloud-credit",
                "row 17 'Gross margin %': ignored, a ratio, not an amount");
        // Without the mapping, the deck's "Up to (milestones)" means nothing to haircut: inspect says where an import would stop.
        assertThat(i.error()).isEqualTo("financials.xlsx!Funding!E6: expected one of binding | contingent | reported-unconfirmed, found 'Up to (milestones)'");
    }

    @Test
    void theDraftedMappingNamesWhatIsUnknownAndOnceFilledInImportsTheFiles() throws Exception {
        String draft = LedgerImporter.inspect(FILES, ImportOptions.DEFAULTS).mappingDraft();
        assertThat(draft).contains("    'Up to (milestones)': ~    # UNKNOWN: write one of binding | contingent | reported-unconfirmed\n",
                "    'Bill-to Name': customer\n",
                "  'financials.xlsx!P&L': { table: pnl, header-row: 5, units: thousands }\n",
                "  order: month-first    # from B109 '10/13/2024'\n");
        Path file = Files.writeString(dir.resolve("draft.yaml"), draft);
        List<String> lines = draft.lines().toList();
        int line = lines.indexOf("    'Up to (milestones)': ~    # UNKNOWN: write one of binding | contingent | reported-unconfirmed") + 1;
        int column = "    'Up to (milestones)': ".length() + 1;
        assertThatThrownBy(() -> LedgerImporter.importPaths(FILES, new ImportOptions(file, null, false)))
                .hasMessage(file + ":" + line + ":" + column + ": found nothing; expected what the value means");

        String filled = draft.replace("'Up to (milestones)': ~", "'Up to (milestones)': contingent")
                .replace("'Direct sales': 'Direct sales'", "'Direct sales': direct")
                .replace("'API (self-serve)': 'API (self-serve)'", "'API (self-serve)': api");
        Path edited = Files.writeString(dir.resolve("edited.yaml"), filled);
        ImportedLedger imported = LedgerImporter.importPaths(FILES, new ImportOptions(edited, null, false));
        BigDecimal reported = imported.ledger().revenue().stream().map(e -> e.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(reported).isEqualByComparingTo("10802729880.11"); // samples/README.md, frontier-ai
        assertThat(imported.ledger().revenue()).extracting(e -> e.channel()).containsOnly("direct", "api", "aws-marketplace",
                "gcp-marketplace", "azure-marketplace");
        assertThat(imported.ledger().funding()).hasSize(10);
        assertThat(imported.warnings()).isEmpty();
    }
}

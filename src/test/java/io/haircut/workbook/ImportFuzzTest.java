package io.haircut.workbook;

import static io.haircut.workbook.TestWorkbooks.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.LedgerFixture;
import io.haircut.bridge.Bridges;
import io.haircut.fuzz.Fuzz;
import io.haircut.ledger.Ledger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.RuleSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated workbooks and CSV files: whatever the bytes, an import either succeeds or ends in haircut's own
 * one-line error, never another exception or a hang (see {@link Fuzz}). Mutations hit the zip container
 * (so the container checks answer) and, re-zipped, one part's XML at a time (so POI and the sheet reader
 * answer). A successful import goes on through the rules and the bridge.
 */
class ImportFuzzTest {

    private static final long SEED = 9_2026L;

    @TempDir
    Path dir;

    @Test
    void mutatedWorkbooksImportOrFailWithHaircutsOwnError() throws Exception {
        Fuzz fuzz = new Fuzz(Fuzz.seed(SEED));
        try {
            byte[] poiWorkbook = poiWorkbook();
            List<RawXlsx.Part> parts = parts(poiWorkbook);
            List<byte[]> bases = List.of(poiWorkbook, RawXlsx.valid().bytes());
            int zipCases = Fuzz.cases(1_000);
            for (int i = 0; i < zipCases; i++) {
                byte[] input = fuzz.mutate(bases.get(i % bases.size()));
                importCase(fuzz, "workbook-zip-" + i + ".xlsx", input);
            }
            int partCases = Fuzz.cases(2_000);
            for (int i = 0; i < partCases; i++) {
                int which = fuzz.random().nextInt(parts.size());
                List<RawXlsx.Part> mutated = new ArrayList<>(parts);
                RawXlsx.Part p = parts.get(which);
                mutated.set(which, new RawXlsx.Part(p.name(), fuzz.mutate(p.data()), false));
                importCase(fuzz, "workbook-part-" + i + "-" + p.name().replace('/', '_') + ".xlsx", RawXlsx.zip(mutated));
            }
            System.out.println("Workbook fuzzing: " + fuzz.summary());
            assertThat(fuzz.failures()).isEmpty();
        } finally {
            fuzz.close();
        }
    }

    @Test
    void mutatedCsvFilesImportOrFailWithHaircutsOwnError() {
        Fuzz fuzz = new Fuzz(Fuzz.seed(SEED + 1));
        try {
            byte[] csv = ("\uFEFFDate,Customer,Channel,Settlement,Amount,Invoice,Currency\r\n"
                    + "2025-01-15,\"Globex, Corp.\",direct,cash,\"$1,234.56\",INV-1,USD\r\n"
                    + "2025-02-15,\"Initech \"\"East\"\"\",api,cloud-credit,(0.20),\"INV\n2\",usd\r\n"
                    + "2025-03-01,AWS EMEA SARL,aws-marketplace,Cloud Credit,1e3,,\r\n").getBytes(StandardCharsets.UTF_8);
            int cases = Fuzz.cases(3_000);
            for (int i = 0; i < cases; i++) {
                importCase(fuzz, "Revenue-" + i + ".csv", fuzz.mutate(csv));
            }
            System.out.println("CSV fuzzing: " + fuzz.summary());
            assertThat(fuzz.failures()).isEmpty();
        } finally {
            fuzz.close();
        }
    }

    private void importCase(Fuzz fuzz, String name, byte[] input) {
        fuzz.check(name, input, () -> {
            // Each case in its own folder, as Revenue.csv for CSV, so the file is read as the Revenue table.
            Path folder = Files.createDirectories(dir.resolve(name + ".d"));
            Path file = Files.write(folder.resolve(name.endsWith(".csv") ? "Revenue.csv" : name), input);
            try {
                Ledger ledger = LedgerImporter.importPath(file).ledger();
                var adjusted = Adjuster.apply(ledger, new RuleSet(List.of(LedgerFixture.cloudCreditStrip(), LedgerFixture.relatedPartyStrip()), List.of()));
                Bridges.total(adjusted);
            } finally {
                Files.delete(file);
                Files.delete(folder);
            }
        });
    }

    /** A workbook as POI writes it: date styles, shared strings, several tables. */
    private byte[] poiWorkbook() throws IOException {
        Path file = new TestWorkbooks()
                .sheet("Revenue", row("Date", "Customer", "Channel", "Settlement", "Amount", "Invoice"),
                        row(LocalDate.of(2025, 3, 14), "Globex Corp.", "direct", "cash", 1234.56, "INV-1"),
                        row(LocalDate.of(2025, 4, 1), "AWS EMEA SARL", "aws-marketplace", "cloud-credit", 99.99, null))
                .sheet("Parties", row("Name", "Group", "Relationship"), row("Amazon Web Services, Inc.", "Amazon", "investor"))
                .sheet("Costs", row("Month", "Category", "Amount", "Paid With"), row("2025-03", "cost-of-revenue", 7.5, "cloud-credit"))
                .sheet("Commitments", row("Vendor", "Year", "Amount", "Status"), row("AWS", 2027, 1000, "binding"))
                .write(dir.resolve("base.xlsx"));
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        return bytes;
    }

    private static List<RawXlsx.Part> parts(byte[] zip) throws IOException {
        List<RawXlsx.Part> parts = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.add(new RawXlsx.Part(e.getName(), in.readAllBytes(), false));
            }
        }
        return parts;
    }
}

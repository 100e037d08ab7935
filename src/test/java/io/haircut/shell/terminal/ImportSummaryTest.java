package io.haircut.shell.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.workbook.LedgerImporter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The import summary's counts say what they count: investor groups (groups of the Parties table with an
 * investor relationship) and commitment rows with the vendors they name, each noun singular for one.
 * The expected figures are counted from the samples' CSV copies, not from the importer.
 */
public class ImportSummaryTest {

    @Test
    void frontierAiHasFourInvestorGroupsAndEighteenCommitmentRowsFromThreeVendors() throws Exception {
        Path folder = Path.of("samples/frontier-ai");
        // By hand: Parties.csv's investor groups are Amazon, Google, Microsoft and Nvidia; Commitments.csv has
        // 18 rows: Amazon Web Services 2026-2035 (10), Google Cloud 2027-2031 (5), Microsoft Azure 2026-2028 (3).
        assertThat(investorGroups(folder)).containsExactly("Amazon", "Google", "Microsoft", "Nvidia");
        assertThat(column(folder, "Commitments.csv", "Vendor")).hasSize(18);
        assertThat(column(folder, "Commitments.csv", "Vendor").stream().distinct()).hasSize(3);

        String summary = Rendering.importSummary("frontier-ai.xlsx", LedgerImporter.importPath(Path.of("samples/frontier-ai.xlsx")));
        assertThat(summary.lines().findFirst().orElseThrow()).isEqualTo("Imported frontier-ai.xlsx: 7 tables, 14,329 revenue entries "
                + "(2024-10 .. 2026-04), 4 investor groups, 18 commitment rows from 3 vendors");
    }

    @Test
    void cleanSaasHasNoInvestorGroupAndThreeRowsFromOneVendor() throws Exception {
        Path folder = Path.of("samples/clean-saas");
        assertThat(investorGroups(folder)).isEmpty();
        assertThat(column(folder, "Commitments.csv", "Vendor")).containsOnly("Amazon Web Services").hasSize(3);

        String summary = Rendering.importSummary("clean-saas", LedgerImporter.importPath(folder));
        assertThat(summary.lines().findFirst().orElseThrow()).endsWith(", 0 investor groups, 3 commitment rows from 1 vendor");
    }

    @Test
    void oneRowIsOneRowAndNoneIsNone(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Revenue.csv"), "Date,Customer,Channel,Settlement,Amount\n2025-01-15,Globex,direct,cash,100.00\n");
        String none = Rendering.importSummary("Revenue.csv", LedgerImporter.importPath(dir.resolve("Revenue.csv")));
        assertThat(none).startsWith("Imported Revenue.csv: 1 table, 1 revenue entry (2025-01 .. 2025-01), 0 investor groups, 0 commitment rows");

        Files.writeString(dir.resolve("Commitments.csv"), "Vendor,Year,Amount,Status\nAmazon Web Services,2026,1000.00,binding\n");
        Files.writeString(dir.resolve("Parties.csv"), "Name,Group,Relationship\n\"Amazon.com, Inc.\",Amazon,investor\n");
        String one = Rendering.importSummary("folder", LedgerImporter.importPath(dir));
        assertThat(one.lines().findFirst().orElseThrow()).endsWith(": 3 tables, 1 revenue entry (2025-01 .. 2025-01), 1 investor group, "
                + "1 commitment row from 1 vendor");
    }

    private static List<String> investorGroups(Path folder) throws Exception {
        List<String> groups = new ArrayList<>();
        List<String> names = column(folder, "Parties.csv", "Group");
        List<String> relationships = column(folder, "Parties.csv", "Relationship");
        for (int i = 0; i < names.size(); i++) {
            if (relationships.get(i).contains("investor") && !groups.contains(names.get(i))) {
                groups.add(names.get(i));
            }
        }
        return groups;
    }

    /** One column of a sample CSV file, in file order. */
    public static List<String> column(Path folder, String file, String header) throws Exception {
        List<String> values = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(folder.resolve(file))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                values.add(r.get(header));
            }
        }
        return values;
    }
}

package io.haircut.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The messy data room through the shell, as an analyst runs it: inspect, draft a mapping, import several files, bridge. */
class DataRoomEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void inspectDraftsAMappingAndImportWithTheShippedMappingGivesTheCanonicalBridge() throws Exception {
        Path draft = dir.resolve("draft.yaml");
        Path script = Files.writeString(dir.resolve("room.hc"), String.join("\n",
                "inspect samples/frontier-ai-messy/billing-export.csv --write-mapping " + draft,
                "import samples/frontier-ai-messy/financials.xlsx samples/frontier-ai-messy/billing-export.csv --mapping samples/frontier-ai-messy/mapping.yaml",
                "rules load rules/",
                "bridge --format json",
                ""));
        ChildHaircut.Run run = ChildHaircut.run("script", script.toString());
        assertThat(run.output()).contains("billing-export.csv (csv, UTF-8 (BOM), comma-separated)",
                "Revenue table, header row 1, range A1:T14331, 14,329 rows", "Wrote " + draft);
        assertThat(run.output()).contains("Imported financials.xlsx + billing-export.csv: 7 tables, 14,329 revenue entries (2024-10 .. 2026-04), "
                + "4 investor groups, 18 commitment rows from 3 vendors");
        // samples/README.md, frontier-ai: the canonical workbook's bridge.
        assertThat(run.output()).contains("\"reported\": \"10802729880.11\"", "\"adjusted\": \"9513849137.73\"");
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(draft)).contains("'Bill-to Name': customer");
    }

    @Test
    void aBadMappingFileStopsTheImportWithItsLine() throws Exception {
        Path mapping = Files.writeString(dir.resolve("bad.yaml"), "values:\n  settlement:\n    Wire: wire\n");
        ChildHaircut.Run run = ChildHaircut.run("import", "samples/frontier-ai-messy/billing-export.csv", "--mapping", mapping.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output().strip()).isEqualTo("Error: " + mapping + ":3:11: found 'wire'; expected one of cash | cloud-credit");
    }
}

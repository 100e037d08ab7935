package io.haircut.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.rules.files.RuleFiles;
import io.haircut.workbook.LedgerImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputChangesTest {

    @TempDir
    Path dir;

    @Test
    void resultsAreStaleExactlyWhenAnInputFileChangedOrWentAwaySinceItWasLoaded() throws Exception {
        Path revenue = Files.writeString(dir.resolve("Revenue.csv"),
                "Date,Customer,Channel,Settlement,Amount\n2025-03-14,Globex,direct,cash,100.00\n");
        Path rules = Files.copy(Path.of("rules/cloud-credit-revenue.yaml"), dir.resolve("credits.yaml"));
        Session session = Session.empty()
                .withLedger(LedgerImporter.importPath(revenue).ledger())
                .withRules(RuleFiles.load(rules));
        assertThat(InputChanges.check(session)).isEmpty();

        // The same bytes written again are not a change: the hash, not the time, decides.
        Files.writeString(revenue, Files.readString(revenue));
        assertThat(InputChanges.check(session)).isEmpty();

        Files.writeString(revenue, "Date,Customer,Channel,Settlement,Amount\n2025-03-14,Globex,direct,cash,999.00\n");
        Files.writeString(rules, Files.readString(rules) + "\n# edited\n");
        assertThat(InputChanges.check(session)).containsExactly(
                new InputChanges.Change(revenue.toString(), InputChanges.Kind.CHANGED, "import " + revenue),
                new InputChanges.Change(rules.toString(), InputChanges.Kind.CHANGED, "rules load " + rules));
        assertThat(InputChanges.check(session).get(0).toString())
                .isEqualTo(revenue + " changed on disk since it was loaded; to use it: import " + revenue);

        Files.delete(rules);
        assertThat(InputChanges.check(session)).extracting(InputChanges.Change::kind)
                .containsExactly(InputChanges.Kind.CHANGED, InputChanges.Kind.MISSING);
    }

    @Test
    void aFolderOfCsvFilesIsImportedAgainAsAWhole() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("acme"));
        Files.writeString(folder.resolve("Revenue.csv"), "Date,Customer,Channel,Settlement,Amount\n2025-03-14,Globex,direct,cash,1\n");
        Path parties = Files.writeString(folder.resolve("Parties.csv"), "Name,Group,Relationship\nAWS,Amazon,investor\n");
        Session session = Session.empty().withLedger(LedgerImporter.importPath(folder).ledger());
        Files.writeString(parties, "Name,Group,Relationship\nAWS,Amazon,customer\n");
        assertThat(InputChanges.check(session)).containsExactly(
                new InputChanges.Change(parties.toString(), InputChanges.Kind.CHANGED, "import " + folder + "/"));
    }
}

package io.haircut.shell.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.haircut.HaircutException;
import io.haircut.bridge.Bridges;
import io.haircut.bridge.RevenueBridge;
import io.haircut.output.ExportException;
import io.haircut.rules.RuleFileException;
import io.haircut.session.Session;
import io.haircut.shell.state.CopiesAhead;
import io.haircut.shell.state.SessionState;
import io.haircut.shell.terminal.OverwriteConfirmation;
import io.haircut.shell.terminal.ProgressDisplay;
import io.haircut.shell.terminal.Screen;
import io.haircut.shell.terminal.ShellSettings;
import io.haircut.workbook.ImportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that fails leaves the session exactly as it was (the same object), an output that cannot be
 * written leaves no file behind and the previous one intact, and {@code save} / {@code open} bring a
 * session back, saying which files changed since.
 */
class SessionSafetyTest {

    @TempDir
    Path dir;

    private final SessionState state = new SessionState();
    private final OverwriteConfirmation overwrite = new OverwriteConfirmation(null, null); // never asks: --force or new files
    /** No terminal: progress bars stay silent. */
    private final ProgressDisplay progress = new ProgressDisplay(null,
            new Screen(null, new ShellSettings(true, false, true, "false", java.util.Map.of())));
    private final CopiesAhead copiesAhead = new CopiesAhead(true);
    private final ImportCommands imports = new ImportCommands(state, progress,
            new Screen(null, new ShellSettings(true, false, true, "false", java.util.Map.of())), copiesAhead);
    private final RuleCommands rules = new RuleCommands(state, new ReportOutput(state, overwrite));
    private final ScenarioCommands scenarios = new ScenarioCommands(state);
    private final SavedSessionCommands sessions = new SavedSessionCommands(state, overwrite, copiesAhead);
    private final ExportCommands exports = new ExportCommands(state, overwrite, progress, new ReportOutput(state, overwrite),
            copiesAhead);
    private final ReportCommands reports = new ReportCommands(state, new ReportOutput(state, overwrite));

    private Path company;
    private Path ruleFile;

    @org.junit.jupiter.api.AfterEach
    void stopCopiesAhead() {
        copiesAhead.close();
    }

    @BeforeEach
    void aCompanyAndARule() throws IOException {
        // Revenue 100.00 (cash) + 40.00 (cloud credit) + 10.00 (cash) = 150.00; the rule strips the 40.00.
        company = Files.createDirectories(dir.resolve("acme"));
        Files.writeString(company.resolve("Revenue.csv"), "Date,Customer,Channel,Settlement,Amount\n"
                + "2025-01-10,Globex,direct,cash,100.00\n2025-01-20,Initech,api,cloud-credit,40.00\n2025-02-05,Globex,direct,cash,10.00\n");
        ruleFile = Files.writeString(dir.resolve("credits.yaml"), rule("credits"));
    }

    private static String rule(String id) {
        return "id: " + id + "\ndescription: credits are not cash\nbasis: ASC 606-10-32-21\nview: cash\nwhen:\n"
                + "  settlement: cloud-credit\naction: strip\n";
    }

    private Session loaded() {
        imports.importFile(java.util.List.of(company.toString()), null, null, false, null, null, false, null);
        rules.load(ruleFile.toString());
        scenarios.add("slow", "20%", null, false, "adjusted", false);
        return state.current();
    }

    // --- A failed command changes nothing ---

    @Test
    void aFailedImportLeavesTheSessionAsItWas() throws IOException {
        Session before = loaded();
        Path broken = Files.write(dir.resolve("broken.xlsx"), "PK\u0003\u0004 cut short".getBytes());

        assertThatThrownBy(() -> imports.importFile(java.util.List.of(broken.toString()), null, null, false, null, null, false, null)).isInstanceOf(ImportException.class);
        Path badCell = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(badCell.resolve("Revenue.csv"), "Date,Customer,Channel,Settlement,Amount\n2025-01-10,A,api,cash,n/a\n");
        assertThatThrownBy(() -> imports.importFile(java.util.List.of(badCell.toString()), null, null, false, null, null, false, null)).isInstanceOf(ImportException.class);

        assertThat(state.current()).isSameAs(before);
    }

    @Test
    void aFailedRuleLoadLeavesTheSessionAsItWasEvenWhenItFailsWhileMerging() throws IOException {
        Session before = loaded();
        Path syntax = Files.writeString(dir.resolve("syntax.yaml"), "id: x\n  description: [\n");
        assertThatThrownBy(() -> rules.load(syntax.toString())).isInstanceOf(RuleFileException.class);
        // A valid file whose id is already loaded from another file fails inside the session update itself.
        Path clash = Files.writeString(dir.resolve("clash.yaml"), rule("credits"));
        assertThatThrownBy(() -> rules.load(clash.toString())).isInstanceOf(RuleFileException.class)
                .hasMessageContaining("rule id 'credits' is already loaded");

        assertThat(state.current()).isSameAs(before);
    }

    @Test
    void aFailedScenarioChangeLeavesTheSessionAsItWas() {
        Session before = loaded();
        assertThatThrownBy(() -> scenarios.add("bad name!", "20%", null, false, "adjusted", false)).isInstanceOf(HaircutException.class);
        assertThatThrownBy(() -> scenarios.remove("nope")).isInstanceOf(HaircutException.class);
        assertThat(state.current()).isSameAs(before);
    }

    @Test
    void aFailedOpenLeavesTheSessionAsItWasEvenWhenItFailsHalfWay() throws IOException {
        Session before = loaded();
        Path saved = dir.resolve("session.json");
        sessions.save(saved.toString(), false);
        Path notJson = Files.writeString(dir.resolve("notes.json"), "{ \"haircutSession\": 1, ");
        assertThatThrownBy(() -> sessions.open(notJson.toString(), null)).isInstanceOf(HaircutException.class);
        // The company imports again, then the rule file, broken since, fails: nothing of the half-built session stays.
        Files.writeString(ruleFile, "id: credits\naction: [\n");
        assertThatThrownBy(() -> sessions.open(saved.toString(), null)).isInstanceOf(RuleFileException.class);

        assertThat(state.current()).isSameAs(before);
    }

    // --- Outputs that cannot be written ---

    @Test
    void anExportWhoseFolderCannotBeMadeWritesNothing() throws IOException {
        loaded();
        Path aFile = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> exports.export(aFile.resolve("out.xlsx").toString(), null, null, false))
                .isInstanceOf(ExportException.class)
                .hasMessageStartingWith("cannot create the folder for " + aFile.resolve("out.xlsx") + ": ");
        assertThatThrownBy(() -> reports.bridge(null, "csv", aFile.resolve("bridge.csv").toString(), false))
                .isInstanceOf(ExportException.class);
        assertThat(Files.readString(aFile)).isEqualTo("x");
    }

    @Test
    void anExportOntoAFolderIsRefused() throws IOException {
        loaded();
        Path folder = Files.createDirectories(dir.resolve("out.xlsx"));
        assertThatThrownBy(() -> exports.export(folder.toString(), null, null, true)).hasMessage(folder + " is a folder; give a file name to write");
        assertThat(names(folder)).isEmpty();
    }

    @Test
    void anExportIntoAReadOnlyFolderLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        loaded();
        Path folder = Files.createDirectories(dir.resolve("read-only"));
        Path previous = Files.writeString(folder.resolve("bridge.csv"), "previous");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "the superuser writes into read-only folders; this case needs a normal user");
            assertThatThrownBy(() -> reports.bridge(null, "csv", previous.toString(), true))
                    .isInstanceOf(ExportException.class).hasMessage("cannot write " + previous + ": permission denied");
            assertThat(Files.readString(previous)).isEqualTo("previous");
            assertThat(names(folder)).containsExactly("bridge.csv");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aWorkbookExportTakesTheSourceCopiesWrittenSinceTheImportAndAnotherImportStartsAfresh() throws IOException {
        Session session = loaded();
        Path out = dir.resolve("out/acme.xlsx");

        assertThat(exports.export(out.toString(), null, null, false).text()).startsWith("Wrote " + out);
        assertThat(copiesAhead.of(session.ledger()).taken()).isEqualTo(1);
        exports.export(out.toString(), null, null, true); // a second workbook of the same ledger takes them too
        assertThat(copiesAhead.of(session.ledger()).taken()).isEqualTo(2);

        imports.importFile(java.util.List.of(company.toString()), null, null, false, null, null, false, null);
        assertThat(copiesAhead.of(session.ledger())).isNull(); // the ledger imported before: its copies are gone
        assertThat(copiesAhead.of(state.current().ledger()).taken()).isZero();
    }

    @Test
    void aSessionFileIsNeverWrittenOverAnInput() {
        loaded();
        assertThatThrownBy(() -> sessions.save(ruleFile.toString(), true)).hasMessageContaining("is one of the input files");
    }

    // --- save and open ---

    @Test
    void openBringsBackTheSameSessionFromTheFiles() throws IOException {
        Session before = loaded();
        RevenueBridge bridge = Bridges.total(before.adjusted());
        Path saved = dir.resolve("work/acme.json");

        assertThat(sessions.save(saved.toString(), false).text()).isEqualTo("Saved " + saved + ": 1 input file, 1 rule file, 4 scenarios");
        state.update(s -> Session.empty());
        String opened = sessions.open(saved.toString(), null).text();

        assertThat(opened).isEqualTo("Opened " + saved + ": acme (3 revenue entries), 1 rule, 4 scenarios");
        Session after = state.current();
        assertThat(after.scenarios()).isEqualTo(before.scenarios());
        assertThat(after.rules().rules()).isEqualTo(before.rules().rules());
        assertThat(after.ledger().revenue()).isEqualTo(before.ledger().revenue());
        // 150.00 reported, 40.00 of cloud credits stripped: 110.00 cash and adjusted.
        RevenueBridge reopened = Bridges.total(after.adjusted());
        assertThat(reopened).isEqualTo(bridge);
        assertThat(reopened.adjusted().amount()).isEqualByComparingTo("110.00");
    }

    @Test
    void openWarnsOneLinePerFileThatChangedWentMissingOrIsNew() throws IOException {
        loaded();
        Path saved = dir.resolve("acme.json");
        sessions.save(saved.toString(), false);
        Files.writeString(company.resolve("Revenue.csv"), "\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(company.resolve("Costs.csv"), "Month,Category,Amount,Paid With\n2025-01,cost-of-revenue,5,cash\n");
        Files.delete(ruleFile);

        String opened = sessions.open(saved.toString(), null).text();

        List<String> lines = opened.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).matches("Warning: " + java.util.regex.Pattern.quote(company.resolve("Revenue.csv").toString())
                + " changed since the session was saved \\(SHA-256 [0-9a-f]{12} then, [0-9a-f]{12} now\\); figures may differ");
        assertThat(lines.get(1)).isEqualTo("Warning: " + company.resolve("Costs.csv") + " is new since the session was saved; it was imported");
        assertThat(lines.get(2)).isEqualTo("Warning: " + ruleFile + " is missing; its rules were not loaded");
        assertThat(lines.get(3)).isEqualTo("Opened " + saved + ": acme (3 revenue entries), 0 rules, 4 scenarios");
    }

    @Test
    void aMissingCompanyIsAWarningAndTheRestIsOpened() throws IOException {
        loaded();
        Path saved = dir.resolve("acme.json");
        sessions.save(saved.toString(), false);
        Files.delete(company.resolve("Revenue.csv"));
        Files.delete(company);

        assertThat(sessions.open(saved.toString(), null).text().lines().toList()).containsExactly(
                "Warning: " + company + " is missing; the company was not imported",
                "Opened " + saved + ": no company, 1 rule, 4 scenarios");
    }

    @Test
    void aPasswordProtectedWorkbookNeedsThePasswordAgainOnOpen() throws Exception {
        Path locked = Files.write(dir.resolve("locked.xlsx"), io.haircut.workbook.TestFiles.lockedWorkbook("s3cret"));
        imports.importFile(java.util.List.of(locked.toString()), null, null, false, "s3cret", null, false, null);
        Path saved = dir.resolve("locked.json");
        sessions.save(saved.toString(), false);
        assertThat(Files.readString(saved)).contains("\"passwordProtected\" : \"true\"").doesNotContain("s3cret");

        assertThatThrownBy(() -> sessions.open(saved.toString(), null))
                .hasMessage("locked.xlsx: this workbook is password protected; add --password PASSWORD to open it");
        assertThat(sessions.open(saved.toString(), "s3cret").text()).endsWith(": locked (2 revenue entries), 0 rules, 3 scenarios");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

package io.haircut.shell;

import static io.haircut.shell.ShellScreens.interactive;
import static io.haircut.shell.ShellScreens.text;
import static io.haircut.shell.ShellScreens.type;
import static io.haircut.shell.ShellScreens.waitFor;
import static io.haircut.shell.ShellScreens.waitForCount;
import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.shell.input.CommandHelp;
import io.haircut.shell.terminal.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.context.ShellContext;
import org.springframework.shell.test.ShellTestClient;

/**
 * The shell as an analyst meets it, driven through Spring Shell's test client on an emulated
 * 80-column terminal: help, Tab completion, the prompt, status, undo, errors and width fitting.
 */
@HaircutShellTest
class ShellExperienceTest {

    // Screen lines come without trailing blanks, so a prompt waiting for input ends at ">".
    private static final String EMPTY_PROMPT = "haircut >";
    private static final String COMPANY_PROMPT = "haircut:frontier-ai >";
    private static final String RULES_PROMPT = "haircut:frontier-ai [9 rules] >";

    @Autowired
    ShellTestClient client;

    @Autowired
    CommandCatalog catalog;

    @Autowired
    ShellContext context;

    @TempDir
    Path dir;

    @Test
    void helpListsTheCommandsGroupedByTaskInTheOrderAnAnalystUsesThem() {
        ShellTestClient.NonInteractiveShellSession session = client.nonInterative("help").run();
        String screen = waitFor(session, "New to haircut? Type tutorial.");

        // The emulated screen keeps its last rows only; the Import group heads the list above them.
        assertThat(screen).contains("Session");
        List<String> order = List.of("\nRules\n", "\nReports\n", "\nExport\n", "\nSession\n");
        int previous = -1;
        for (String heading : order) {
            int at = screen.indexOf(heading);
            assertThat(at).as(heading.strip() + " comes after the group before it").isGreaterThan(previous);
            previous = at;
        }
        assertThat(screen).contains("  rules load FILE|FOLDER").contains("  status").contains("  undo").contains("  tutorial");
    }

    @Test
    void helpForACommandShowsItsUsageOptionsAndExampleAndSoDoesDashDashHelp() {
        // 83 characters on an 80-column screen: wrapped at a space, the rest indented.
        String expected = String.join("\n",
                "Usage",
                "  bridge [--by month|quarter|year] [--format table|csv|json] [--out FILE]",
                "    [--force]");
        ShellTestClient.InteractiveShellSession session = interactive(client, context);
        waitFor(session, EMPTY_PROMPT);
        type(session, "help bridge");
        String screen = waitFor(session, "--out out/bridge.csv");
        assertThat(screen).contains("bridge (Reports)").contains(expected)
                .contains("  --format table|csv|json  how to show it (default: table)")
                .contains("Example\n  bridge --by month --format csv --out out/bridge.csv");

        type(session, "rules load --help");
        screen = waitFor(session, "rules load rules/");
        assertThat(screen).contains("rules load (Rules)").contains("  rules load FILE|FOLDER");
    }

    /** Guards every command, including those added later: help has a summary, described options and an example. */
    @Test
    void everyCommandHasASummaryDescribedOptionsAndAnExample() {
        Map<String, CommandRegistration> registrations = catalog.getRegistrations();
        assertThat(registrations).containsKeys("import", "rules load", "bridge", "export", "status", "undo", "reset",
                "help", "tutorial", "script", "debug");
        registrations.forEach((name, registration) -> {
            if (registration.isHidden()) {
                return;
            }
            CommandHelp.Entry help = CommandHelp.of(name, registration);
            assertThat(help.summary()).as(name + ": one-line summary").isNotBlank().doesNotContain("\n");
            assertThat(help.examples()).as(name + ": an Example: in its description").isNotEmpty();
            help.examples().forEach(example -> assertThat(example).as(name + ": example runs " + name).startsWith(name));
            help.options().forEach(option -> assertThat(option.description()).as(name + " " + option.names()).isNotBlank());
        });
    }

    @Test
    void tabCompletesCommandsFilesAndValuesAndThePromptShowsWhatIsLoaded() {
        ShellTestClient.InteractiveShellSession session = interactive(client, context);
        waitFor(session, EMPTY_PROMPT);

        session.write("imp\t");
        waitFor(session, EMPTY_PROMPT + " import");
        // Only files import can read are offered; the folder and the workbook share "frontier-ai".
        session.write("samples/frontier-ai.x\t");
        waitFor(session, "import samples/frontier-ai.xlsx");
        session.write("\r");
        waitFor(session, "Imported frontier-ai.xlsx: 7 tables, 14,329 revenue entries");
        waitFor(session, COMPANY_PROMPT);

        session.write("rules load ru\t");
        waitFor(session, "rules load rules/");
        session.write("\r");
        waitFor(session, RULES_PROMPT);

        session.write("bridge --by q\t");
        waitFor(session, "bridge --by quarter");
        session.write("\r");
        String screen = waitFor(session, s -> ShellScreens.count(s, RULES_PROMPT) >= 2);
        assertThat(screen).contains("Revenue bridge by period (USD)");
    }

    @Test
    void undoStepsBackOverRuleLoadsImportsAndResets() {
        ShellTestClient.InteractiveShellSession session = interactive(client, context);
        waitFor(session, EMPTY_PROMPT);
        type(session, "import samples/frontier-ai.xlsx");
        waitFor(session, COMPANY_PROMPT);
        type(session, "rules load rules/");
        waitFor(session, RULES_PROMPT);

        type(session, "undo");
        waitFor(session, "Undid: rules load rules/; loaded now: frontier-ai");
        waitForCount(session, COMPANY_PROMPT, 2);

        type(session, "reset");
        waitFor(session, "Reset: forgot frontier-ai (undo brings it back)");
        type(session, "undo");
        waitFor(session, "Undid: reset; loaded now: frontier-ai");
        type(session, "undo");
        waitFor(session, "Undid: import samples/frontier-ai.xlsx; loaded now: nothing");
        type(session, "undo");
        String screen = waitFor(session, "Error: nothing to undo");
        assertThat(screen).doesNotContain("Exception");
    }

    @Test
    void statusShowsFilesWithTheirHashSheetsRulesAndWhenResultsAreStale() throws Exception {
        Path workbook = Files.copy(Path.of("samples/clean-saas.xlsx"), dir.resolve("clean-saas.xlsx"));
        // The hash status prints is the file's SHA-256, worked out here independently of haircut.
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(workbook)));

        ShellTestClient.InteractiveShellSession session = interactive(client, context);
        waitFor(session, EMPTY_PROMPT);
        type(session, "status");
        waitFor(session, "Nothing loaded yet; start with: import samples/frontier-ai.xlsx");
        type(session, "import " + workbook);
        waitFor(session, "haircut:clean-saas >");
        type(session, "rules load rules/cloud-credit-revenue.yaml");
        waitFor(session, "haircut:clean-saas [1 rule] >");
        type(session, "status");
        String screen = waitFor(session, "Debug    off");
        assertThat(screen)
                .contains("Company  clean-saas")
                .contains("Files    " + workbook + "  sha256 " + sha256.substring(0, 12))
                // 81 characters: word-wrapped, the continuation indented under the line it continues.
                .contains("sheets: Revenue, Costs, Customers, Funding, Commitments, Parties,\n             Cash")
                .contains("Rules    1: cloud-credit-revenue")
                .contains("Results  up to date");

        Files.write(workbook, new byte[] {1, 2, 3}); // the analyst saved another version over it
        type(session, "status");
        screen = waitFor(session, "Results  stale");
        assertThat(ShellScreens.flat(screen))
                .contains(workbook + " changed on disk since it was loaded; to use it: import " + workbook);
    }

    @Test
    void errorsAreOneLineNamingWhatToDoAndDebugModeAddsTheTrace() {
        ShellTestClient.InteractiveShellSession session = interactive(client, context);
        waitFor(session, EMPTY_PROMPT);

        type(session, "brige");
        waitFor(session, "Error: unknown command 'brige'; did you mean 'bridge'?");
        type(session, "rules lod rules/");
        waitFor(session, "Error: unknown command 'rules lod'; did you mean 'rules load'?");
        type(session, "bridge");
        waitFor(session, "Error: no company imported yet; start with: import samples/frontier-ai.xlsx");
        type(session, "import");
        waitFor(session, s -> ShellScreens.flat(s).contains("Error: import needs FILE|FOLDER (workbooks, CSV files or folders; several make one company); "
                + "for example: import samples/frontier-ai.xlsx"));
        type(session, "bridge --fromat csv");
        waitFor(session, "Error: unknown option '--fromat'; did you mean '--format'?");
        assertThat(text(session)).doesNotContain("\tat ").doesNotContain("Exception");

        type(session, "debug on");
        waitFor(session, "Debug is on");
        type(session, "import no-such.xlsx");
        String screen = waitFor(session, "io.haircut.workbook.ImportException: no-such.xlsx: no such file or folder");
        assertThat(screen).contains("Error: no-such.xlsx: no such file or folder");
    }

    @Test
    void aTableWiderThanTheTerminalIsSplitIntoPanelsThatFit() {
        ShellTestClient.InteractiveShellSession session = interactive(client, context);
        waitFor(session, EMPTY_PROMPT);
        type(session, "import samples/frontier-ai.xlsx");
        waitFor(session, COMPANY_PROMPT);
        // The two core rules only, so the table has one step per view and its width is known.
        type(session, "rules load rules/cloud-credit-revenue.yaml");
        waitFor(session, "haircut:frontier-ai [1 rule] >");
        type(session, "rules load rules/related-party-revenue.yaml");
        waitFor(session, "haircut:frontier-ai [2 rules] >");
        type(session, "bridge --by year");
        String screen = waitForCount(session, "haircut:frontier-ai [2 rules] >", 2);

        // The yearly table is 110 columns wide: the first panel ends before "related-party-revenue", the
        // second repeats the Period column and carries the rest, so every row appears twice.
        List<String> lines = List.of(screen.split("\n"));
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        List<String> headers = lines.stream().filter(l -> l.startsWith("Period")).toList();
        assertThat(headers).hasSize(2);
        assertThat(headers.get(0)).contains("Reported").contains("cloud-credit-revenue").doesNotContain("Adjusted");
        assertThat(headers.get(1)).contains("related-party-revenue").contains("Adjusted");
        assertThat(lines.stream().filter(l -> l.startsWith("2025 ")).count()).isEqualTo(2);
    }
}

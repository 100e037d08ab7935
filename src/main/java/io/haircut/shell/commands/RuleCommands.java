package io.haircut.shell.commands;

import io.haircut.audit.ConflictReport;
import io.haircut.audit.RuleReport;
import io.haircut.rules.Rule;
import io.haircut.rules.checks.RuleChecks;
import io.haircut.rules.files.RuleFiles;
import io.haircut.rules.RuleSet;
import io.haircut.session.Session;
import io.haircut.shell.state.SessionState;
import io.haircut.shell.terminal.Confirmation;
import io.haircut.shell.terminal.Rendering;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** Loading, reviewing, testing and switching the rules that take Reported revenue to Cash and Adjusted. */
@Command(command = "rules", group = "Rules")
public class RuleCommands {

    private final SessionState state;
    private final ReportOutput output;

    RuleCommands(SessionState state, ReportOutput output) {
        this.state = state;
        this.output = output;
    }

    @Command(command = "load", description = "Load a rule file, or every .yaml rule file in a folder. Example: rules load rules/")
    Confirmation load(@Option(longNames = "path", required = true, label = "FILE|FOLDER",
            description = "a rule file or a folder of rule files") @OptionValues(provider = "ruleFiles") String path) {
        RuleSet loaded = RuleFiles.load(Path.of(path));
        Session next = state.update("rules load " + path, s -> s.withRules(loaded));
        StringBuilder out = new StringBuilder("Loaded " + Rendering.count(loaded.rules().size(), "rule") + " from " + path + ": "
                + loaded.rules().stream().map(Rule::id).collect(Collectors.joining(", ")));
        List<String> partiesFiles = loaded.parties().stream().map(p -> p.file()).distinct().toList();
        if (!partiesFiles.isEmpty()) {
            long groups = loaded.parties().stream().map(p -> p.party().group()).distinct().count();
            out.append("\n  parties: ").append(Rendering.count(groups, "group")).append(" from ")
                    .append(String.join(", ", partiesFiles));
        }
        if (next.ledger() != null) {
            RuleChecks.notes(next.ledger(), next.rules(), loaded).forEach(n -> out.append("\n  note: ").append(n));
        }
        return new Confirmation(out.toString());
    }

    @Command(command = "list", description = "List the loaded rules in the order they apply. Example: rules list")
    String list() {
        return RuleReport.list(state.current().rules()).stripTrailing();
    }

    @Command(command = "show", description = "Show one rule as written, its basis, and the entries and amount it touched. "
            + "Example: rules show related-party-revenue")
    String show(@Option(longNames = "id", required = true, description = "the rule's id") @OptionValues(provider = "ruleIds") String id) {
        Session s = state.current();
        return RuleReport.show(s.rules(), id, s.ledger() == null ? null : s.adjusted());
    }

    @Command(command = "test", description = "Dry run: what a loaded rule, or the rules of a file not loaded yet, would do "
            + "to the imported company; nothing is applied. Example: rules test rules/variants/related-party-haircut.yaml")
    String test(
            @Option(longNames = "rule", required = true, description = "a rule id, or a rule file")
            @OptionValues(provider = "ruleIds") String rule,
            @Option(longNames = "limit", defaultValue = "10", description = "how many entries to show per rule") int limit) {
        Session s = state.current();
        Path asFile = Path.of(rule);
        boolean isFile = s.rules().rule(rule).isEmpty() && Files.exists(asFile);
        return RuleReport.test(s.requireLedger(), s.rules(), rule, isFile ? RuleFiles.load(asFile) : null, Math.max(0, limit));
    }

    @Command(command = "disable", description = "Stop applying a loaded rule (it stays loaded). Example: rules disable related-party-revenue")
    String disable(@Option(longNames = "id", required = true, description = "the rule's id") @OptionValues(provider = "ruleIds") String id) {
        state.update("rules disable " + id, s -> s.withRuleSet(s.rules().withDisabled(id, true)));
        return "Disabled " + id + "; the bridge and reports no longer apply it (rules enable " + id + " to apply it again)";
    }

    @Command(command = "enable", description = "Apply a disabled rule again. Example: rules enable related-party-revenue")
    String enable(@Option(longNames = "id", required = true, description = "the rule's id") @OptionValues(provider = "ruleIds") String id) {
        state.update("rules enable " + id, s -> s.withRuleSet(s.rules().withDisabled(id, false)));
        return "Enabled " + id;
    }

    @Command(command = "validate", description = "Check a rule file or folder without loading it. Example: rules validate rules/")
    String validate(@Option(longNames = "path", required = true, description = "a rule file or a folder of rule files") String path) {
        RuleSet checked = RuleFiles.load(Path.of(path));
        StringBuilder out = new StringBuilder(path + ": valid, " + Rendering.count(checked.rules().size(), "rule") + " ("
                + checked.rules().stream().map(Rule::id).collect(Collectors.joining(", ")) + "); not loaded");
        Session s = state.current();
        if (s.ledger() != null) {
            RuleChecks.notes(s.ledger(), checked).forEach(n -> out.append("\n  note: ").append(n));
        }
        return out.toString();
    }

    @Command(command = "conflicts", description = "List the entries two rules both wanted, and which rule took each. "
            + "Example: rules conflicts --format csv --out out/conflicts.csv")
    Object conflicts(
            @Option(longNames = "limit", defaultValue = "5", description = "entries shown per pair of rules (table only)") int limit,
            @Option(longNames = "format", defaultValue = "table", description = "table | csv | json") String format,
            @Option(longNames = "out", description = "write to this file instead of the screen") String out,
            @Option(longNames = "force", description = "replace the --out file without asking") boolean force) {
        return output.emit(format, out, force, () -> ConflictReport.report(state.current().adjusted(), Math.max(0, limit)));
    }
}

package io.haircut.shell;

import io.haircut.rules.Rule;
import io.haircut.rules.RuleFiles;
import io.haircut.rules.RuleSet;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** Loading and listing the rules that take Reported revenue to Cash and Adjusted. */
@Command(command = "rules", group = "Rules")
class RuleCommands {

    private final SessionState state;

    RuleCommands(SessionState state) {
        this.state = state;
    }

    @Command(command = "load", description = "Load a rule file, or every .yaml rule file in a folder. Example: rules load rules/")
    Confirmation load(@Option(longNames = "path", required = true, label = "FILE|FOLDER",
            description = "a rule file or a folder of rule files") @OptionValues(provider = "ruleFiles") String path) {
        RuleSet loaded = RuleFiles.load(Path.of(path));
        state.update("rules load " + path, s -> s.withRules(loaded));
        return new Confirmation("Loaded " + Rendering.count(loaded.rules().size(), "rule") + " from " + path + ": "
                + loaded.rules().stream().map(Rule::id).collect(Collectors.joining(", ")));
    }

    @Command(command = "list", description = "List the loaded rules in the order they apply. Example: rules list")
    String list() {
        RuleSet rules = state.current().rules();
        if (rules.rules().isEmpty()) {
            return "No rules loaded; try: rules load rules/";
        }
        StringBuilder out = new StringBuilder();
        for (Rule r : rules.rules()) {
            out.append(String.format("%-28s %-8s %-14s %s%n    basis: %s%n", r.id(), r.view(), r.action().describe(),
                    r.origin(), r.basis()));
        }
        return out.toString().stripTrailing();
    }
}

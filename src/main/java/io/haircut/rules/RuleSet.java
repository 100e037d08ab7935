package io.haircut.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules loaded now, in load order (which is also precedence: the first rule to adjust an entry
 * wins), with the text of the files they came from for the audit trail.
 */
public record RuleSet(List<Rule> rules, List<RuleFile> files) {

    /** A rule file as read: its path and text, kept so exports can show exactly what was applied. */
    public record RuleFile(String path, String text) {
    }

    public RuleSet {
        rules = List.copyOf(rules);
        files = List.copyOf(files);
    }

    public static RuleSet empty() {
        return new RuleSet(List.of(), List.of());
    }

    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** This set followed by {@code more}; refuses an id that is already loaded. */
    public RuleSet plus(RuleSet more) {
        for (Rule r : more.rules) {
            rule(r.id()).ifPresent(existing -> {
                throw new RuleFileException(r.origin() + ": rule id '" + r.id() + "' is already loaded from "
                        + existing.origin() + "; give it another id");
            });
        }
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(more.rules);
        List<RuleFile> allFiles = new ArrayList<>(files);
        allFiles.addAll(more.files);
        return new RuleSet(all, allFiles);
    }
}

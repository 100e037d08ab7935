package io.haircut.session;

import io.haircut.HaircutException;
import io.haircut.coverage.Scenarios;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.SourceFile;
import io.haircut.rules.AdjustedLedger;
import io.haircut.rules.Adjuster;
import io.haircut.rules.RuleSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the analyst has loaded now: the company's ledger (null before the first import) and the rules.
 * Immutable: a command that changes the session builds a new one, so a failed command leaves the old
 * one untouched. Reports are derived from it on demand; there is no separate apply step.
 * {@code scenarios} are the named coverage scenarios (bear, base and bull by default).
 */
public record Session(Ledger ledger, RuleSet rules, Scenarios scenarios) {

    /** A session with the default scenarios. */
    public Session(Ledger ledger, RuleSet rules) {
        this(ledger, rules, Scenarios.DEFAULTS);
    }

    public static Session empty() {
        return new Session(null, RuleSet.empty());
    }

    public Session withLedger(Ledger newLedger) {
        return new Session(newLedger, rules, scenarios);
    }

    public Session withScenarios(Scenarios newScenarios) {
        return new Session(ledger, rules, newScenarios);
    }

    /**
     * Adds the rules of {@code loaded}; a file loaded again replaces its earlier rules in place of
     * adding them twice, so editing a rule file and loading it again is the normal loop.
     */
    /** The same session with {@code newRules} as they are (a rule switched off or on, say), scenarios kept. */
    public Session withRuleSet(RuleSet newRules) {
        return new Session(ledger, newRules, scenarios);
    }

    public Session withRules(RuleSet loaded) {
        return new Session(ledger, rules.reload(loaded), scenarios);
    }

    public Ledger requireLedger() {
        if (ledger == null) {
            throw new HaircutException("no company imported yet; start with: import samples/frontier-ai.xlsx");
        }
        return ledger;
    }

    /** The ledger with every loaded rule applied, as of now. */
    public AdjustedLedger adjusted() {
        return Adjuster.apply(requireLedger(), rules);
    }

    /** Every file the session read: exports must never overwrite one of these. */
    public Set<Path> inputPaths() {
        List<Path> paths = new ArrayList<>();
        if (ledger != null) {
            for (SourceFile f : ledger.files()) {
                paths.add(Path.of(f.path()));
            }
        }
        rules.files().forEach(f -> paths.add(Path.of(f.path())));
        return new LinkedHashSet<>(paths);
    }
}

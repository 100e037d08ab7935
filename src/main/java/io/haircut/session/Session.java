package io.haircut.session;

import io.haircut.HaircutException;
import io.haircut.coverage.Scenarios;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.SourceFile;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.RuleSet;
import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the analyst has loaded now: the company's ledger (null before the first import) and the rules.
 * Immutable: a command that changes the session builds a new one, so a failed command leaves the old
 * one untouched. Reports are derived from it on demand; there is no separate apply step.
 * {@code scenarios} are the named coverage scenarios (bear, base and bull by default); {@code imports}
 * say how the ledger was imported (the path as given and the options), so {@code save} can record it.
 */
public record Session(Ledger ledger, RuleSet rules, Scenarios scenarios, List<ImportSource> imports) {

    public Session {
        imports = imports == null ? List.of() : List.copyOf(imports);
    }

    /** A session whose ledger's import is not recorded. */
    public Session(Ledger ledger, RuleSet rules, Scenarios scenarios) {
        this(ledger, rules, scenarios, List.of());
    }

    /** A session with the default scenarios. */
    public Session(Ledger ledger, RuleSet rules) {
        this(ledger, rules, Scenarios.DEFAULTS);
    }

    public static Session empty() {
        return new Session(null, RuleSet.empty());
    }

    /** The session with another ledger, whose import is not recorded. */
    public Session withLedger(Ledger newLedger) {
        return new Session(newLedger, rules, scenarios);
    }

    /** The session with the ledger imported from {@code source}, replacing the company. */
    public Session withImport(ImportSource source, Ledger newLedger) {
        return new Session(newLedger, rules, scenarios, List.of(source));
    }

    public Session withScenarios(Scenarios newScenarios) {
        return new Session(ledger, rules, newScenarios, imports);
    }

    /**
     * Adds the rules of {@code loaded}; a file loaded again replaces its earlier rules in place of
     * adding them twice, so editing a rule file and loading it again is the normal loop.
     */
    public Session withRules(RuleSet loaded) {
        return new Session(ledger, rules.reload(loaded), scenarios, imports);
    }

    /** The same session with {@code newRules} as they are (a rule switched off or on, say), the rest kept. */
    public Session withRuleSet(RuleSet newRules) {
        return new Session(ledger, newRules, scenarios, imports);
    }

    public Ledger requireLedger() {
        if (ledger == null) {
            throw new HaircutException("no company imported yet; start with: import samples/frontier-ai.xlsx");
        }
        return ledger;
    }

    /** The ledger with every loaded rule applied, as of now. */
    public AdjustedLedger adjusted() {
        Ledger current = requireLedger();
        Applied last = lastApplied.get();
        if (last != null && last.ledger() == current && last.rules() == rules) {
            return last.result();
        }
        AdjustedLedger result = Adjuster.apply(current, rules);
        lastApplied = new SoftReference<>(new Applied(current, rules, result));
        return result;
    }

    /**
     * The rules last applied, to which ledger, and the result. Every report command asks for the adjusted ledger
     * and, on a million entries, applying the rules takes a second or more; the ledger and the rules are
     * immutable, so the same pair gives the same result. Held softly: memory that an import needs comes first.
     */
    private record Applied(Ledger ledger, RuleSet rules, AdjustedLedger result) {
    }

    private static volatile SoftReference<Applied> lastApplied = new SoftReference<>(null);

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

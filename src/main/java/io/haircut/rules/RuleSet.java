package io.haircut.rules;

import io.haircut.ledger.Party;
import io.haircut.ledger.PartyRegister;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules loaded now, in load order, with the text of the files they came from (rule files and the
 * parties files they include) for the audit trail, the parties those files declare, and the ids the
 * analyst disabled. Precedence: a rule's table and view first (cash before adjusted), then its
 * {@code priority} (higher first), then load order.
 */
public record RuleSet(List<Rule> rules, List<RuleFile> files, List<DeclaredParty> parties, Set<String> disabled) {

    /** A file as read: its path and text, kept so exports can show exactly what was applied. */
    public record RuleFile(String path, String text) {
    }

    public RuleSet {
        rules = List.copyOf(rules);
        files = List.copyOf(files);
        parties = List.copyOf(parties);
        disabled = Set.copyOf(disabled);
    }

    public RuleSet(List<Rule> rules, List<RuleFile> files) {
        this(rules, files, List.of(), Set.of());
    }

    public static RuleSet empty() {
        return new RuleSet(List.of(), List.of());
    }

    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public boolean isDisabled(String id) {
        return disabled.contains(id);
    }

    /** The rules that apply now: every loaded rule not disabled, in load order. */
    public List<Rule> active() {
        return rules.stream().filter(r -> !disabled.contains(r.id())).toList();
    }

    /**
     * The active rules of one table and view in the order they apply: higher {@code priority} first,
     * then load order (the sort is stable). The bridge lists its steps in this order.
     */
    public List<Rule> inOrder(Scope scope, View view) {
        return active().stream()
                .filter(r -> r.scope() == scope && r.view() == view)
                .sorted(Comparator.comparingInt(Rule::priority).reversed())
                .toList();
    }

    /** The Parties sheet's register with the parties this set's files declare added after it. */
    public PartyRegister register(PartyRegister sheet) {
        if (parties.isEmpty()) {
            return sheet;
        }
        List<Party> all = new ArrayList<>(sheet.parties());
        Set<String> seen = new LinkedHashSet<>();
        for (DeclaredParty p : parties) {
            if (seen.add(p.origin())) {
                all.add(p.party());
            }
        }
        return new PartyRegister(all);
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
        Map<String, RuleFile> allFiles = new LinkedHashMap<>();
        files.forEach(f -> allFiles.put(f.path(), f));
        more.files.forEach(f -> allFiles.put(f.path(), f));
        List<DeclaredParty> allParties = new ArrayList<>(parties);
        allParties.addAll(more.parties);
        Set<String> allDisabled = new LinkedHashSet<>(disabled);
        allDisabled.addAll(more.disabled);
        return new RuleSet(all, List.copyOf(allFiles.values()), allParties, allDisabled);
    }

    /**
     * Adds the rules of {@code loaded}; a rule file loaded again replaces its earlier rules and the
     * parties it included, so editing a rule file and loading it again is the normal loop. Disabled ids
     * stay disabled while a rule with that id is loaded.
     */
    public RuleSet reload(RuleSet loaded) {
        Set<String> reloaded = loaded.rules.stream().map(r -> r.origin().file()).collect(Collectors.toSet());
        List<Rule> kept = rules.stream().filter(r -> !reloaded.contains(r.origin().file())).toList();
        List<DeclaredParty> keptParties = parties.stream().filter(p -> !reloaded.contains(p.includedBy())).toList();
        Set<String> stillUsed = new LinkedHashSet<>();
        kept.forEach(r -> stillUsed.add(r.origin().file()));
        keptParties.forEach(p -> stillUsed.add(p.file()));
        List<RuleFile> keptFiles = files.stream().filter(f -> stillUsed.contains(f.path())).toList();
        RuleSet merged = new RuleSet(kept, keptFiles, keptParties, Set.of()).plus(loaded);
        Set<String> ids = merged.rules.stream().map(Rule::id).collect(Collectors.toSet());
        Set<String> keptDisabled = disabled.stream().filter(ids::contains).collect(Collectors.toSet());
        return new RuleSet(merged.rules, merged.files, merged.parties, keptDisabled);
    }

    /** The same rules with {@code id} disabled (or enabled again); refuses an id that is not loaded. */
    public RuleSet withDisabled(String id, boolean off) {
        if (rule(id).isEmpty()) {
            throw new RuleFileException("no rule '" + id + "' is loaded; loaded: "
                    + (rules.isEmpty() ? "none (try: rules load rules/)" : rules.stream().map(Rule::id).collect(Collectors.joining(", "))));
        }
        Set<String> next = new LinkedHashSet<>(disabled);
        if (off) {
            next.add(id);
        } else {
            next.remove(id);
        }
        return new RuleSet(rules, files, parties, next);
    }
}

package io.haircut.audit;

import io.haircut.rules.checks.NearMisses;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.LedgerEntry;
import io.haircut.ledger.Party;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.Relationship;
import io.haircut.report.Figures;
import io.haircut.report.Report;
import io.haircut.report.Table;
import io.haircut.rules.Counterparties;
import io.haircut.rules.DeclaredParty;
import io.haircut.rules.RuleSet;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * {@code parties}: the counterparty register as rules see it (the Parties sheet plus the parties files
 * rule files include), each group with its aliases and where each is written, the distinct names in
 * the ledger that matched it, and the near misses: names that look like a group but did not match,
 * listed so the analyst decides, never matched silently.
 */
public final class PartyReport {

    /** One raw name and how many entries of each table carry it. */
    record Name(String name, Map<String, Integer> counts) {
        String counted() {
            return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        }
    }

    private final Ledger ledger;
    private final PartyRegister register;
    private final Map<Party, DeclaredParty> declared = new IdentityHashMap<>();
    private final Map<String, List<Name>> matched = new LinkedHashMap<>();
    private final List<Name> unmatched = new ArrayList<>();
    private final List<NearMisses.NearMiss> nearMisses;

    private PartyReport(Ledger ledger, RuleSet rules) {
        this.ledger = ledger;
        this.register = rules.register(ledger.parties());
        rules.parties().forEach(d -> declared.putIfAbsent(d.party(), d));
        Counterparties parties = new Counterparties(register);
        Map<String, Name> names = new LinkedHashMap<>();
        count(names, "revenue", ledger.revenue());
        count(names, "funding", ledger.funding());
        count(names, "commitments", ledger.commitments());
        for (Name n : names.values()) {
            parties.groupOf(n.name()).ifPresentOrElse(
                    g -> matched.computeIfAbsent(g.name(), k -> new ArrayList<>()).add(n), () -> unmatched.add(n));
        }
        this.nearMisses = NearMisses.find(unmatched.stream().map(Name::name).toList(), register);
    }

    public static PartyReport of(Ledger ledger, RuleSet rules) {
        return new PartyReport(ledger, rules);
    }

    private static void count(Map<String, Name> names, String table, List<? extends LedgerEntry> entries) {
        for (LedgerEntry e : entries) {
            e.counterparty().ifPresent(n -> names.computeIfAbsent(n, k -> new Name(k, new LinkedHashMap<>()))
                    .counts().merge(table, 1, Integer::sum));
        }
    }

    /** Groups, then near misses, on the screen; one row per alias, matched name and near miss in CSV and JSON ({@code "parties"}). */
    public Report report() {
        Table rows = rows();
        return new Report(screen(), rows, Report.of(rows, "parties").json());
    }

    /** Groups, then near misses, for the terminal. */
    List<Report.Block> screen() {
        List<Report.Block> blocks = new ArrayList<>();
        StringBuilder out = new StringBuilder("Counterparty groups of ").append(Figures.printable(ledger.company()))
                .append(" (Parties sheet").append(declared.isEmpty() ? "" : " and included parties files").append("): ")
                .append(register.groups().size()).append('\n');
        for (PartyRegister.Group g : register.groups()) {
            out.append(Figures.printable(g.name())).append("  ").append(relationships(g)).append('\n');
            out.append("  listed as: ").append(Figures.printable(g.aliases().stream()
                    .map(p -> p.name() + " (" + where(p) + ")").collect(Collectors.joining("; ")))).append('\n');
            List<Name> ns = matched.getOrDefault(g.name(), List.of());
            out.append("  matched:   ").append(ns.isEmpty() ? "no entry names this group; check its spellings"
                    : Figures.printable(ns.stream().map(n -> n.name() + " (" + n.counted() + ")").collect(Collectors.joining("; "))))
                    .append('\n');
        }
        out.append('\n');
        if (nearMisses.isEmpty()) {
            out.append("Near misses: none (no unmatched name looks like a group's)\n");
        } else {
            out.append("Near misses: names NOT matched to a group that look like one. Not applied; if one is the same"
                    + " company, add it as an alias (Parties sheet or a parties file).\n");
            List<List<Object>> rows = new ArrayList<>();
            Map<String, Name> byName = new LinkedHashMap<>();
            unmatched.forEach(n -> byName.put(n.name(), n));
            for (NearMisses.NearMiss m : nearMisses) {
                rows.add(Table.row(m.name(), byName.get(m.name()).counted(), m.group().name(), m.alias(), m.reason()));
            }
            blocks.add(new Report.Text(out.toString()));
            out.setLength(0);
            blocks.add(new Table(null, List.of(Table.Column.text("  Name", "name"), Table.Column.text("Entries", "entries"),
                    Table.Column.text("Looks like", "group"), Table.Column.text("Compared with", "alias"),
                    Table.Column.text("Why", "reason")), Table.indented(rows), List.of()));
        }
        out.append(AuditTrail.count(unmatched.size(), "other name") + " in the ledger match no group (third parties).\n");
        blocks.add(new Report.Text(out.toString()));
        return blocks;
    }

    /** One row per alias, matched name and near miss, for CSV and JSON. */
    Table rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (PartyRegister.Group g : register.groups()) {
            for (Party p : g.aliases()) {
                DeclaredParty d = declared.get(p);
                rows.add(Table.row("alias", g.name(), relationships(g), p.name(), where(p), null,
                        d == null ? null : d.evidence()));
            }
            for (Name n : matched.getOrDefault(g.name(), List.of())) {
                rows.add(Table.row("matched", g.name(), relationships(g), n.name(), null, n.counted(), null));
            }
        }
        for (NearMisses.NearMiss m : nearMisses) {
            String counted = unmatched.stream().filter(n -> n.name().equals(m.name())).findFirst().map(Name::counted).orElse("");
            rows.add(Table.row("near-miss", m.group().name(), relationships(m.group()), m.name(), null, counted,
                    "not matched; compared with " + m.alias() + ": " + m.reason()));
        }
        return new Table("Counterparty groups of " + ledger.company(), List.of(Table.Column.text("Kind", "kind"),
                Table.Column.text("Group", "group"), Table.Column.text("Relationship", "relationship"),
                Table.Column.text("Name", "name"), Table.Column.text("Listed at", "listed_at"),
                Table.Column.text("Entries", "entries"), Table.Column.text("Note", "note")), rows, List.of());
    }

    /** The near misses found, for tests and callers that act on them. */
    List<NearMisses.NearMiss> nearMisses() {
        return nearMisses;
    }

    private String where(Party p) {
        DeclaredParty d = declared.get(p);
        if (d != null) {
            return d.origin();
        }
        return Objects.toString(p.source(), "Parties sheet");
    }

    private static String relationships(PartyRegister.Group g) {
        return g.relationships().stream().sorted().map(Relationship::label).collect(Collectors.joining(", "));
    }
}

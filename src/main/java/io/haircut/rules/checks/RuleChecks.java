package io.haircut.rules.checks;

import io.haircut.ledger.CounterpartyNames;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Party;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.RevenueEntry;
import io.haircut.rules.Action;
import io.haircut.rules.Condition;
import io.haircut.rules.DeclaredParty;
import io.haircut.rules.Rule;
import io.haircut.rules.RuleKind;
import io.haircut.rules.RuleSet;
import io.haircut.rules.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a rule set says that the loaded ledger cannot back: a declared column no revenue entry has, a
 * counterparty group the register does not know, an alias a parties file gives a group other than
 * the Parties sheet's. Notes, not errors: the rules load (they may be meant for another company), and
 * the analyst sees why a step may come out empty.
 */
public final class RuleChecks {

    private RuleChecks() {
    }

    /** The notes for {@code rules} against {@code ledger}, in rule order; empty when all is well. */
    public static List<String> notes(Ledger ledger, RuleSet rules) {
        return notes(ledger, rules, rules);
    }

    /**
     * The notes for the rules and parties of {@code loaded} only, checked in the context of {@code all}
     * (the session's rule set after loading them, whose parties files count for group names).
     */
    public static List<String> notes(Ledger ledger, RuleSet all, RuleSet loaded) {
        Set<String> ids = new java.util.HashSet<>();
        loaded.rules().forEach(r -> ids.add(r.id()));
        Set<String> origins = new java.util.HashSet<>();
        loaded.parties().forEach(p -> origins.add(p.origin()));
        return all(ledger, all).stream().filter(n -> mentions(n, ids, origins)).toList();
    }

    private static boolean mentions(String note, Set<String> ids, Set<String> origins) {
        for (String id : ids) {
            if (note.startsWith("rule '" + id + "' ")) {
                return true;
            }
        }
        return origins.stream().anyMatch(o -> note.startsWith(o + ": "));
    }

    private static List<String> all(Ledger ledger, RuleSet rules) {
        List<String> notes = new ArrayList<>();
        Set<String> columns = new java.util.HashSet<>();
        for (RevenueEntry e : ledger.revenue()) {
            e.attributes().forEach((k, v) -> {
                if (!v.isBlank()) {
                    columns.add(k);
                }
            });
        }
        PartyRegister register = rules.register(ledger.parties());
        Set<String> groups = new java.util.HashSet<>();
        register.groups().forEach(g -> groups.add(g.name().toLowerCase(java.util.Locale.ROOT)));
        for (Rule r : rules.rules()) {
            Set<String> fields = new LinkedHashSet<>();
            Set<String> named = new LinkedHashSet<>();
            walk(r.when(), fields, named);
            if (r.kind() instanceof RuleKind.RoundTrip k) {
                walk(k.fundingWhen(), new LinkedHashSet<>(), named);
            }
            if (r.action() instanceof Action.GrossToNet g && g.feeColumn() != null) {
                fields.add(g.feeColumn());
            }
            if (r.action() instanceof Action.ContraRevenue c && c.amountColumn() != null) {
                fields.add(c.amountColumn());
            }
            if (r.scope() == Scope.REVENUE) {
                for (String f : fields) {
                    if (!Scope.REVENUE.fields().containsKey(f) && !columns.contains(f)) {
                        notes.add("rule '" + r.id() + "' (" + r.origin() + ") reads column '" + f + "', which has no value"
                                + " in any revenue entry of " + ledger.company());
                    }
                }
            }
            for (String g : named) {
                if (!groups.contains(g.toLowerCase(java.util.Locale.ROOT))) {
                    notes.add("rule '" + r.id() + "' (" + r.origin() + ") names group '" + g + "', which is not in the"
                            + " Parties sheet or an included parties file; check the spelling (see: parties)");
                }
            }
        }
        Map<String, Party> sheet = new HashMap<>();
        ledger.parties().parties().forEach(p -> sheet.putIfAbsent(CounterpartyNames.normalise(p.name()), p));
        for (DeclaredParty d : rules.parties()) {
            Party s = sheet.get(CounterpartyNames.normalise(d.party().name()));
            if (s != null && !s.group().equals(d.party().group())) {
                notes.add(d.origin() + ": '" + d.party().name() + "' is in group " + d.party().group() + " here but in "
                        + s.group() + " on the Parties sheet" + (s.source() == null ? "" : " (" + s.source() + ")")
                        + "; the Parties sheet wins, fix one of them");
            }
        }
        return List.copyOf(new LinkedHashSet<>(notes));
    }

    /** The fields and the group names a condition tree reads. */
    static void walk(Condition c, Set<String> fields, Set<String> groups) {
        if (c instanceof Condition.FieldIn f) {
            fields.add(f.field());
        } else if (c instanceof Condition.FieldMatches f) {
            fields.add(f.field());
        } else if (c instanceof Condition.FieldExists f) {
            fields.add(f.field());
        } else if (c instanceof Condition.Counterparty cp) {
            groups.addAll(cp.groups());
        } else if (c instanceof Condition.All a) {
            a.conditions().forEach(x -> walk(x, fields, groups));
        } else if (c instanceof Condition.Any a) {
            a.conditions().forEach(x -> walk(x, fields, groups));
        } else if (c instanceof Condition.Not n) {
            walk(n.condition(), fields, groups);
        }
    }
}

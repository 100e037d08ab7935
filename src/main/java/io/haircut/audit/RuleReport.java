package io.haircut.audit;

import io.haircut.HaircutException;
import io.haircut.ledger.Ledger;
import io.haircut.report.Figures;
import io.haircut.report.ScreenRenderer;
import io.haircut.report.Table;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.applied.Conflict;
import io.haircut.rules.Rule;
import io.haircut.rules.RuleKind;
import io.haircut.rules.RuleSet;
import io.haircut.rules.Scope;
import io.haircut.rules.applied.TrailRow;
import io.haircut.rules.View;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules as an analyst reviews them: {@code rules list} (in the order they apply), {@code rules show}
 * (one rule as written, its basis, and what it did) and {@code rules test} (a dry run: what a rule would
 * do to the loaded ledger, with nothing applied).
 */
public final class RuleReport {

    private RuleReport() {
    }

    /** Every loaded rule, table by table and view by view, in the order they apply. */
    public static String list(RuleSet rules) {
        if (rules.rules().isEmpty()) {
            return "No rules loaded; try: rules load rules/";
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            for (View view : View.values()) {
                for (Rule r : inOrderWithDisabled(rules, scope, view)) {
                    rows.add(Table.row(r.id() + (rules.isDisabled(r.id()) ? " (disabled)" : ""), scope.label(), view.label(),
                            does(r), r.priority() == 0 ? "" : Integer.toString(r.priority()), r.origin().toString()));
                }
            }
        }
        long disabled = rules.rules().stream().filter(r -> rules.isDisabled(r.id())).count();
        String title = AuditTrail.count(rules.rules().size(), "rule") + " loaded"
                + (disabled == 0 ? "" : ", " + disabled + " disabled") + "; in the order they apply"
                + " (per table: cash view, then adjusted; higher priority first, then load order)";
        List<String> footer = new ArrayList<>();
        footer.add("");
        for (Rule r : rules.rules()) {
            footer.add(r.id() + ": " + r.basis());
        }
        return ScreenRenderer.text(new Table(title, List.of(Table.Column.text("Rule", "rule"), Table.Column.text("Applies to", "applies_to"),
                Table.Column.text("View", "view"), Table.Column.text("Does", "does"),
                Table.Column.text("Priority", "priority"), Table.Column.text("Defined at", "defined_at")),
                rows, footer));
    }

    private static List<Rule> inOrderWithDisabled(RuleSet rules, Scope scope, View view) {
        return rules.rules().stream().filter(r -> r.scope() == scope && r.view() == view)
                .sorted(java.util.Comparator.comparingInt(Rule::priority).reversed()).toList();
    }

    /** "strip", "flag; round trips within 12 months", "threshold 10%". */
    static String does(Rule r) {
        String kind = r.kind() instanceof RuleKind.RoundTrip k ? "; round trips within " + k.windowMonths() + " months"
                : r.kind() instanceof RuleKind.Concentration k ? "; customers with " + k.thresholdPercent().stripTrailingZeros()
                        .toPlainString() + "% or more of a year's revenue" : "";
        return r.action().describe() + kind;
    }

    /** One rule as written in its file, its basis, and what it did to {@code adjusted} (null before an import). */
    public static String show(RuleSet rules, String id, AdjustedLedger adjusted) {
        Rule r = rules.rule(id).orElseThrow(() -> unknown(rules, id));
        StringBuilder out = new StringBuilder();
        out.append(r.id()).append(rules.isDisabled(id) ? " (disabled: rules enable " + id + " to apply it again)" : "")
                .append('\n');
        out.append("  description: ").append(r.description()).append('\n');
        out.append("  basis:       ").append(r.basis()).append('\n');
        out.append("  applies to:  ").append(r.scope().label()).append(", ").append(r.view().label()).append(" view")
                .append(r.priority() == 0 ? "" : ", priority " + r.priority()).append('\n');
        out.append("  does:        ").append(does(r)).append('\n');
        out.append("  defined at:  ").append(r.origin()).append('\n');
        source(rules, r).ifPresent(text -> {
            out.append("  as written:\n");
            text.lines().forEach(l -> out.append("    | ").append(l).append('\n'));
        });
        if (adjusted == null) {
            out.append("  effect:      no company imported yet; import one to see what this rule does\n");
        } else if (rules.isDisabled(id)) {
            out.append("  effect:      none while disabled; rules test ").append(id).append(" shows what it would do\n");
        } else {
            out.append(effect(adjusted, r));
        }
        return out.toString().lines().map(Figures::printable).collect(java.util.stream.Collectors.joining("\n")).stripTrailing();
    }

    /** "touched: 422 entries, (392,246,442.81) in total; before 392,...; after 0.00" and its conflicts. */
    private static String effect(AdjustedLedger adjusted, Rule r) {
        List<TrailRow> rows = adjusted.trail().stream().filter(t -> t.rule().id().equals(r.id())).toList();
        BigDecimal before = rows.stream().map(TrailRow::before).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal change = rows.stream().map(TrailRow::change).reduce(BigDecimal.ZERO, BigDecimal::add);
        StringBuilder out = new StringBuilder("  effect:      ");
        if (r.action().adjusts()) {
            out.append(AuditTrail.count(rows.size(), "entry", "entries")).append(" changed by ")
                    .append(Figures.grouped(change).strip()).append(" (").append(r.action().treatment()).append("; before ")
                    .append(Figures.grouped(before).strip()).append(", after ").append(Figures.grouped(before.add(change)).strip())
                    .append(")\n");
        } else {
            out.append(AuditTrail.count(rows.size(), "entry", "entries")).append(' ').append(r.action().treatment())
                    .append(" (no amount changed; ").append(Figures.grouped(before).strip()).append(" in the view)\n");
        }
        long lost = adjusted.conflicts().stream().filter(c -> c.later().id().equals(r.id()) && c.blocked()).count();
        long won = adjusted.conflicts().stream().filter(c -> c.first().id().equals(r.id())).count();
        long remainder = adjusted.conflicts().stream()
                .filter(c -> c.later().id().equals(r.id()) && c.kind() == Conflict.Kind.REMAINDER).count();
        if (lost + won + remainder > 0) {
            out.append("  conflicts:   ");
            List<String> parts = new ArrayList<>();
            if (lost > 0) {
                parts.add(AuditTrail.count(lost, "entry", "entries") + " it matched were already taken by another rule");
            }
            if (remainder > 0) {
                parts.add(AuditTrail.count(remainder, "entry", "entries") + " it applied to what the cash view left");
            }
            if (won > 0) {
                parts.add(AuditTrail.count(won, "entry", "entries") + " it took before another rule");
            }
            out.append(String.join("; ", parts)).append(" (see: rules conflicts)\n");
        }
        if (r.kind() instanceof RuleKind.RoundTrip) {
            long pairs = adjusted.roundTrips().stream().filter(l -> l.rule().id().equals(r.id())).count();
            out.append("  pairs:       ").append(AuditTrail.count(pairs, "funding-revenue pair"))
                    .append(" (see: round-trips --rule ").append(r.id()).append(")\n");
        }
        out.append("  entries:     adjustments --rule ").append(r.id()).append('\n');
        return out.toString();
    }

    /**
     * The dry run: {@code rules} as loaded, with the rules of {@code candidate} added (replacing the same file's)
     * or, when {@code candidate} is null, with rule {@code id} enabled; what each tested rule does to
     * {@code ledger}, its first {@code limit} entries and its total. Nothing is kept.
     */
    public static String test(Ledger ledger, RuleSet rules, String id, RuleSet candidate, int limit) {
        RuleSet trial;
        List<Rule> tested;
        if (candidate == null) {
            rules.rule(id).orElseThrow(() -> unknown(rules, id));
            trial = rules.withDisabled(id, false);
            tested = List.of(trial.rule(id).get());
        } else {
            trial = rules.reload(candidate);
            tested = candidate.rules();
        }
        AdjustedLedger adjusted = Adjuster.apply(ledger, trial);
        StringBuilder out = new StringBuilder();
        for (Rule r : tested) {
            List<TrailRow> rows = adjusted.trail().stream().filter(t -> t.rule().id().equals(r.id())).toList();
            BigDecimal change = rows.stream().map(TrailRow::change).reduce(BigDecimal.ZERO, BigDecimal::add);
            long blocked = adjusted.conflicts().stream().filter(c -> c.later().id().equals(r.id()) && c.blocked()).count();
            out.append("Dry run of ").append(r.id()).append(" (").append(r.scope().label()).append(", ")
                    .append(r.view().label()).append(" view, ").append(does(r)).append(") on ").append(ledger.company())
                    .append(": nothing applied\n");
            out.append("  ").append(AuditTrail.count(rows.size(), "entry", "entries")).append(' ')
                    .append(r.action().adjusts() ? "changed, " + Figures.grouped(change).strip() + " in total ("
                            + r.action().treatment() + ")" : r.action().treatment());
            if (blocked > 0) {
                out.append("; ").append(AuditTrail.count(blocked, "more entry", "more entries"))
                        .append(" matched but another rule had them (see: rules conflicts)");
            }
            out.append('\n');
            List<List<Object>> cells = new ArrayList<>();
            for (TrailRow t : rows.subList(0, Math.min(limit, rows.size()))) {
                cells.add(Table.row(Objects.toString(t.entry().source(), ""), t.entry().counterparty().orElse(""),
                        AuditTrail.when(t.entry()), t.before(), t.change(), t.after()));
            }
            if (!cells.isEmpty()) {
                String more = rows.size() > limit ? "  ... and " + AuditTrail.count(rows.size() - limit, "more", "more") : "";
                out.append(ScreenRenderer.text(new Table("  first " + cells.size() + ":", List.of(Table.Column.text("  Source cell", "source"),
                        Table.Column.text("Counterparty", "counterparty"), Table.Column.text("Date", "date"),
                        Table.Column.money("Before", "before"), Table.Column.money("Adjustment", "adjustment"),
                        Table.Column.money("After", "after")), Table.indented(cells), more.isEmpty() ? List.of() : List.of(more))));
            }
        }
        return out.toString().stripTrailing();
    }

    /**
     * The rule's text in its file: from its {@code id} line to the line before the next rule, without
     * trailing blank or comment lines; empty when the file's text is not kept.
     */
    static Optional<String> source(RuleSet rules, Rule r) {
        Optional<RuleSet.RuleFile> file = rules.files().stream().filter(f -> f.path().equals(r.origin().file())).findFirst();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = file.get().text().lines().toList();
        int start = r.origin().line() - 1;
        if (start < 0 || start >= lines.size()) {
            return Optional.empty();
        }
        String first = lines.get(start);
        int indent = first.indexOf(first.stripLeading());
        boolean item = first.stripLeading().startsWith("- ");
        int end = start + 1;
        while (end < lines.size()) {
            String l = lines.get(end);
            String stripped = l.stripLeading();
            int at = l.length() - stripped.length();
            if (item && stripped.startsWith("- ") && at == indent) {
                break;
            }
            if (!item && !stripped.isEmpty() && !stripped.startsWith("#") && at == 0 && stripped.startsWith("rules:")) {
                break;
            }
            end++;
        }
        while (end > start + 1 && (lines.get(end - 1).isBlank() || lines.get(end - 1).stripLeading().startsWith("#"))) {
            end--;
        }
        return Optional.of(String.join("\n", lines.subList(start, end)));
    }

    private static HaircutException unknown(RuleSet rules, String id) {
        List<String> ids = rules.rules().stream().map(Rule::id).toList();
        return new HaircutException("no rule '" + id + "' is loaded" + hint(id, ids) + "; loaded: "
                + (ids.isEmpty() ? "none (try: rules load rules/)" : String.join(", ", ids)));
    }

    private static String hint(String id, List<String> ids) {
        return ids.stream().filter(i -> io.haircut.rules.files.Spelling.distance(i, id) <= 2).findFirst()
                .map(i -> " (did you mean '" + i + "'?)").orElse("");
    }
}

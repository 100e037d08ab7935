package io.haircut.audit;

import io.haircut.HaircutException;
import io.haircut.ledger.CounterpartyNames;
import io.haircut.ledger.LedgerEntry;
import io.haircut.report.Figures;
import io.haircut.report.Json;
import io.haircut.report.Report;
import io.haircut.report.Table;
import io.haircut.rules.Action;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.Counterparties;
import io.haircut.rules.Rule;
import io.haircut.rules.applied.TrailRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The audit trail ({@code adjustments}): every entry a rule changed or marked, with its source cell,
 * the rule, the amount before, the change and the amount after, filtered by rule or counterparty.
 * A summary per rule closes it, naming what the removed amount is (stripped, contra-revenue, partner
 * fees between gross and net, credits).
 */
public final class AuditTrail {

    private AuditTrail() {
    }

    /**
     * The rows of {@code adjusted}'s trail for one rule ({@code ruleId}, null for all) and one counterparty
     * ({@code counterparty}, null for all: a name as written, any spelling of it, or a group's name).
     */
    public static List<TrailRow> select(AdjustedLedger adjusted, String ruleId, String counterparty) {
        if (ruleId != null && adjusted.rules().rule(ruleId).isEmpty()) {
            throw new HaircutException("no rule '" + ruleId + "' is loaded; loaded: " + ids(adjusted));
        }
        Counterparties parties = new Counterparties(adjusted.parties());
        String wanted = counterparty == null ? null : CounterpartyNames.normalise(counterparty);
        List<TrailRow> rows = new ArrayList<>();
        for (TrailRow r : adjusted.trail()) {
            if (ruleId != null && !r.rule().id().equals(ruleId)) {
                continue;
            }
            if (wanted != null && !isCounterparty(r.entry(), counterparty, wanted, parties)) {
                continue;
            }
            rows.add(r);
        }
        return rows;
    }

    private static boolean isCounterparty(LedgerEntry e, String asGiven, String normalised, Counterparties parties) {
        return e.counterparty().map(name -> CounterpartyNames.normalise(name).equals(normalised)
                || parties.groupOf(name).map(g -> g.name().equalsIgnoreCase(asGiven.trim())).orElse(false)).orElse(false);
    }

    /**
     * The trail as a report. The screen shows a shorter table (the columns an analyst scans, a summary per
     * rule under it); CSV has every column; JSON is {@code {"title", "adjustments": [row, ...], "by_rule":
     * [{rule, table, view, treatment, entries, before, adjustment, after}]}}.
     */
    public static Report report(List<TrailRow> rows, String filter) {
        Table all = records(rows, filter);
        Json json = Json.object().put("title", all.title()).put("adjustments", Json.rows(all)).put("by_rule", Json.rows(byRule(rows)));
        return new Report(List.of(screen(rows, filter)), all, json);
    }

    /** One record per trail row, with its note, basis and rule file. */
    static Table records(List<TrailRow> rows, String filter) {
        List<List<Object>> cells = new ArrayList<>();
        for (TrailRow r : rows) {
            cells.add(Table.row(r.scope().label(), Objects.toString(r.entry().source(), ""),
                    r.entry().counterparty().orElse(""), when(r.entry()), r.rule().id(), r.rule().view().label(),
                    r.rule().action().treatment(), r.before(), r.change(), r.after(), r.note(), r.rule().basis(),
                    r.rule().origin().toString()));
        }
        List<Table.Column> columns = List.of(
                Table.Column.text("Table", "table"), Table.Column.text("Source cell", "source"),
                Table.Column.text("Counterparty", "counterparty"), Table.Column.text("Date", "date"),
                Table.Column.text("Rule", "rule"), Table.Column.text("View", "view"),
                Table.Column.text("Treatment", "treatment"), Table.Column.money("Before", "before"),
                Table.Column.money("Adjustment", "adjustment"), Table.Column.money("After", "after"),
                Table.Column.text("Note", "note"), Table.Column.text("Basis", "basis"),
                Table.Column.text("Rule file", "rule_file"));
        String title = "Audit trail" + (filter.isEmpty() ? "" : " (" + filter + ")") + ": "
                + count(rows.size(), "row") + "; before + adjustment = after";
        return new Table(title, columns, cells, List.of());
    }

    /** One row per rule: entries, and the sums before, of the adjustments and after. */
    static Table byRule(List<TrailRow> rows) {
        Map<Rule, List<TrailRow>> byRule = new LinkedHashMap<>();
        rows.forEach(r -> byRule.computeIfAbsent(r.rule(), x -> new ArrayList<>()).add(r));
        List<List<Object>> cells = new ArrayList<>();
        byRule.forEach((rule, rs) -> cells.add(Table.row(rule.id(), rule.scope().label(), rule.view().label(),
                rule.action().treatment(), (long) rs.size(), sum(rs, TrailRow::before), sum(rs, TrailRow::change),
                sum(rs, TrailRow::after))));
        return new Table("By rule", List.of(Table.Column.text("Rule", "rule"), Table.Column.text("Table", "table"),
                Table.Column.text("View", "view"), Table.Column.text("Treatment", "treatment"),
                Table.Column.count("Entries", "entries"), Table.Column.money("Before", "before"),
                Table.Column.money("Adjustment", "adjustment"), Table.Column.money("After", "after")), cells, List.of());
    }

    /** A shorter table for the terminal: the columns an analyst scans, notes under their row's totals. */
    static Table screen(List<TrailRow> rows, String filter) {
        List<List<Object>> cells = new ArrayList<>();
        for (TrailRow r : rows) {
            cells.add(Table.row(Objects.toString(r.entry().source(), ""), r.entry().counterparty().orElse(""),
                    when(r.entry()), r.rule().id(), r.rule().action().treatment(), r.before(), r.change(), r.after()));
        }
        List<Table.Column> columns = List.of(Table.Column.text("Source cell", "source"),
                Table.Column.text("Counterparty", "counterparty"), Table.Column.text("Date", "date"),
                Table.Column.text("Rule", "rule"), Table.Column.text("Treatment", "treatment"),
                Table.Column.money("Before", "before"), Table.Column.money("Adjustment", "adjustment"),
                Table.Column.money("After", "after"));
        String title = "Audit trail" + (filter.isEmpty() ? "" : " (" + filter + ")") + ": "
                + count(rows.size(), "row") + "; before + adjustment = after; notes and bases in --format csv or json";
        return new Table(title, columns, cells, summary(rows));
    }

    /** Per rule, in trail order: entries, total change, and the gross and net of a gross-to-net rule. */
    static List<String> summary(List<TrailRow> rows) {
        Map<Rule, List<TrailRow>> byRule = new LinkedHashMap<>();
        rows.forEach(r -> byRule.computeIfAbsent(r.rule(), x -> new ArrayList<>()).add(r));
        List<String> lines = new ArrayList<>();
        if (!byRule.isEmpty()) {
            lines.add("");
            lines.add("By rule:");
        }
        for (Map.Entry<Rule, List<TrailRow>> e : byRule.entrySet()) {
            Rule rule = e.getKey();
            List<TrailRow> rs = e.getValue();
            BigDecimal before = sum(rs, TrailRow::before);
            BigDecimal change = sum(rs, TrailRow::change);
            BigDecimal after = sum(rs, TrailRow::after);
            String what = rule.action().adjusts()
                    ? rule.action().treatment() + " " + Figures.grouped(change.negate()).strip()
                    : rule.action().treatment();
            StringBuilder line = new StringBuilder("  ").append(rule.id()).append(" (").append(rule.scope().label())
                    .append(", ").append(rule.view().label()).append("): ").append(count(rs.size(), "entry", "entries"))
                    .append(", ").append(what);
            if (rule.action() instanceof Action.GrossToNet) {
                line.append("; gross ").append(Figures.grouped(before).strip()).append(", net ")
                        .append(Figures.grouped(after).strip());
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The entry's date, or its month (costs), or its year (commitments). */
    static String when(LedgerEntry e) {
        return e.field("date").or(() -> e.field("month")).or(() -> e.field("year")).orElse("");
    }

    private static BigDecimal sum(List<TrailRow> rows, java.util.function.Function<TrailRow, BigDecimal> f) {
        return rows.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String ids(AdjustedLedger adjusted) {
        List<Rule> rules = adjusted.rules().rules();
        return rules.isEmpty() ? "none (try: rules load rules/)" : rules.stream().map(Rule::id).collect(Collectors.joining(", "));
    }

    static String count(long n, String one) {
        return Figures.count(n, one, one + "s");
    }

    static String count(long n, String one, String many) {
        return Figures.count(n, one, many);
    }
}

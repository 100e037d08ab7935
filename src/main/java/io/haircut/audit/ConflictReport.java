package io.haircut.audit;

import io.haircut.report.Report;
import io.haircut.report.Table;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Conflict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code rules conflicts}: every entry two rules both wanted, grouped by the pair of rules and what
 * happened (docs/rules.md, "Precedence"), so the analyst can check that the rule that won is the
 * one meant. Nothing here changes an amount; it explains the ones the bridge shows.
 */
public final class ConflictReport {

    private ConflictReport() {
    }

    /**
     * The conflicts: on the screen one line per pair of rules and outcome, then the first {@code limit}
     * entries of each pair; in CSV and JSON ({@code "conflicts"}) one row per conflict.
     */
    public static Report report(AdjustedLedger adjusted, int limit) {
        Table rows = rows(adjusted);
        return new Report(screen(adjusted, limit), rows, Report.of(rows, "conflicts").json());
    }

    /** One row per conflict, for CSV and JSON. */
    static Table rows(AdjustedLedger adjusted) {
        List<List<Object>> cells = new ArrayList<>();
        for (Conflict c : adjusted.conflicts()) {
            cells.add(Table.row(c.scope().label(), Objects.toString(c.entry().source(), ""),
                    c.entry().counterparty().orElse(""), AuditTrail.when(c.entry()), c.entry().amount().amount(),
                    c.first().id(), c.later().id(), c.kind().label(), c.amountLeft()));
        }
        return new Table(title(adjusted), List.of(Table.Column.text("Table", "table"),
                Table.Column.text("Source cell", "source"), Table.Column.text("Counterparty", "counterparty"),
                Table.Column.text("Date", "date"), Table.Column.money("Reported", "reported"),
                Table.Column.text("First rule", "first_rule"), Table.Column.text("Later rule", "later_rule"),
                Table.Column.text("Outcome", "outcome"), Table.Column.money("Left for later rule", "left")),
                cells, List.of());
    }

    /**
     * For the terminal: one line per pair of rules and outcome (entries, amount), then the first
     * {@code limit} entries of each pair.
     */
    static List<Report.Block> screen(AdjustedLedger adjusted, int limit) {
        if (adjusted.conflicts().isEmpty()) {
            return List.of(new Report.Text("No conflicts: no entry was wanted by two rules that change amounts."));
        }
        Map<String, List<Conflict>> byPair = new LinkedHashMap<>();
        for (Conflict c : adjusted.conflicts()) {
            byPair.computeIfAbsent(c.first().id() + "\u0000" + c.later().id() + "\u0000" + c.kind(), k -> new ArrayList<>()).add(c);
        }
        List<List<Object>> summary = new ArrayList<>();
        for (List<Conflict> cs : byPair.values()) {
            Conflict c = cs.get(0);
            BigDecimal reported = cs.stream().map(x -> x.entry().amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal left = cs.stream().map(Conflict::amountLeft).reduce(BigDecimal.ZERO, BigDecimal::add);
            summary.add(Table.row(c.first().id(), c.later().id(), c.kind().label(), c.scope().label(),
                    (long) cs.size(), reported, left));
        }
        List<Report.Block> out = new ArrayList<>();
        out.add(new Table(title(adjusted), List.of(
                Table.Column.text("First rule", "first"), Table.Column.text("Later rule", "later"),
                Table.Column.text("Outcome", "outcome"), Table.Column.text("Table", "table"),
                Table.Column.count("Entries", "entries"), Table.Column.money("Reported", "reported"),
                Table.Column.money("Left for later rule", "left")), summary, meanings()));
        for (List<Conflict> cs : byPair.values()) {
            Conflict c = cs.get(0);
            List<List<Object>> cells = new ArrayList<>();
            for (Conflict x : cs.subList(0, Math.min(limit, cs.size()))) {
                cells.add(Table.row(Objects.toString(x.entry().source(), ""), x.entry().counterparty().orElse(""),
                        AuditTrail.when(x.entry()), x.entry().amount().amount(), x.amountLeft()));
            }
            String more = cs.size() > limit ? "  ... and " + AuditTrail.count(cs.size() - limit, "more entry", "more entries")
                    + " (all of them: rules conflicts --format csv)" : "";
            out.add(Report.Text.lines(""));
            out.add(new Table(c.first().id() + " then " + c.later().id() + " (" + c.kind().label() + "):",
                    List.of(Table.Column.text("Source cell", "source"), Table.Column.text("Counterparty", "counterparty"),
                            Table.Column.text("Date", "date"), Table.Column.money("Reported", "reported"),
                            Table.Column.money("Left for later rule", "left")),
                    cells, more.isEmpty() ? List.of() : List.of(more)));
        }
        return out;
    }

    private static List<String> meanings() {
        return List.of("",
                "skipped: same view; the first rule had changed the entry, so the later rule did not apply",
                "nothing left: the cash view had removed all of it, so the adjusted-view rule had nothing to apply to",
                "applied to the remainder: the adjusted-view rule applied to what the cash view left");
    }

    private static String title(AdjustedLedger adjusted) {
        return "Conflicts: " + AuditTrail.count(adjusted.conflicts().size(), "case", "cases")
                + " of two rules wanting one entry";
    }
}

package io.haircut.audit;

import io.haircut.HaircutException;
import io.haircut.report.Figures;
import io.haircut.report.Report;
import io.haircut.report.Table;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.RoundTripLink;
import io.haircut.rules.RuleKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code round-trips}: each pair a round-trip rule found, funding and revenue side by side with both
 * dates and amounts and their source cells, and per funding tranche how much came back within the
 * window (the evidence docs/methodology.md, "Adjustments and their accounting basis" asks to link).
 */
public final class RoundTripReport {

    private RoundTripReport() {
    }

    /** The pairs of one rule ({@code ruleId}, null for every round-trip rule); in JSON under {@code "pairs"}. */
    public static Report report(AdjustedLedger adjusted, String ruleId) {
        return Report.of(table(adjusted, ruleId), "pairs");
    }

    static Table table(AdjustedLedger adjusted, String ruleId) {
        if (ruleId != null) {
            var rule = adjusted.rules().rule(ruleId).orElseThrow(() -> new HaircutException("no rule '" + ruleId
                    + "' is loaded; loaded: " + AuditTrail.ids(adjusted)));
            if (!(rule.kind() instanceof RuleKind.RoundTrip)) {
                throw new HaircutException("rule '" + ruleId + "' is not a round-trip rule (kind: round-trip); its"
                        + " entries are in: adjustments --rule " + ruleId);
            }
        }
        List<RoundTripLink> links = adjusted.roundTrips().stream()
                .filter(l -> ruleId == null || l.rule().id().equals(ruleId)).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (RoundTripLink l : links) {
            rows.add(Table.row(l.rule().id(), l.group(), l.funding().date().toString(), l.funding().amount().amount(),
                    Objects.toString(l.funding().source(), ""), l.revenue().date().toString(), l.revenue().customer(),
                    l.revenue().amount().amount(), l.linked(), l.left(), Objects.toString(l.revenue().source(), "")));
        }
        Map<String, Tranche> byTranche = new LinkedHashMap<>();
        Map<String, Long> pairs = new LinkedHashMap<>();
        for (RoundTripLink l : links) {
            String key = l.rule().id() + ": " + l.group() + " funding of " + l.funding().date() + " at " + l.funding().source();
            byTranche.merge(key, new Tranche(l.funding().amount().amount(), l.linked()), Tranche::plus);
            pairs.merge(key, 1L, Long::sum);
        }
        List<String> footer = new ArrayList<>();
        if (!byTranche.isEmpty()) {
            footer.add("");
            footer.add("By funding tranche (linked is at most the tranche's amount):");
            byTranche.forEach((k, v) -> footer.add("  " + k + ": " + Figures.grouped(v.linked()).strip() + " of "
                    + Figures.grouped(v.amount()).strip() + " came back as revenue in " + AuditTrail.count(pairs.get(k), "entry",
                    "entries")));
        }
        String title = "Round trips: " + AuditTrail.count(links.size(), "funding-revenue pair")
                + (links.isEmpty() ? " (no revenue from a group within its window after that group's funding)" : "");
        return new Table(title, List.of(Table.Column.text("Rule", "rule"), Table.Column.text("Group", "group"),
                Table.Column.text("Funded", "funding_date"), Table.Column.money("Funding", "funding_amount"),
                Table.Column.text("Funding cell", "funding_source"), Table.Column.text("Revenue date", "revenue_date"),
                Table.Column.text("Customer", "customer"), Table.Column.money("Revenue", "revenue_amount"),
                Table.Column.money("Linked", "linked"), Table.Column.money("Tranche left", "tranche_left"),
                Table.Column.text("Revenue cell", "revenue_source")), rows, footer);
    }

    /** A funding tranche's amount and how much of it came back as revenue. */
    private record Tranche(BigDecimal amount, BigDecimal linked) {
        Tranche plus(Tranche more) {
            return new Tranche(amount, linked.add(more.linked));
        }
    }
}

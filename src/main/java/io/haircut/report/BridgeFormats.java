package io.haircut.report;

import io.haircut.bridge.BridgeNotes;
import io.haircut.bridge.BridgeStep;
import io.haircut.bridge.RevenueBridge;
import io.haircut.ledger.Money;
import io.haircut.rules.View;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Revenue bridges as reports, in total or one row per period: on the screen a table, in CSV one record
 * per line of the bridge ({@code period,line,rule,view,amount,entries}), in JSON the totals and steps.
 */
public final class BridgeFormats {

    private static final String SHARE_HEADING = "% of reported";

    private BridgeFormats() {
    }

    /** The total bridge without the notes under it (flags are listed by count only). */
    public static Report report(RevenueBridge total) {
        return report(total, null);
    }

    /**
     * The total bridge. On the screen one line per rule that changes amounts, with its share of reported
     * revenue; the currency stated once in the title. Under it, the rules that only mark entries (flags,
     * with the amount they point at) and the revenue from investors and affiliates with where it left the
     * bridge. A flag changes no amount, so it is not shown as a zero step. In JSON {@code {"currency",
     * "reported", "cash", "adjusted", "steps": [...]}}.
     */
    public static Report report(RevenueBridge total, BridgeNotes notes) {
        Json json = Json.object().put("currency", total.currency());
        fill(json, total);
        return new Report(List.of(screen(total, notes)), records(List.of(total)), json);
    }

    /**
     * One row per period, columns in bridge order: Period | Reported | each cash-view rule | Cash |
     * each adjusted-view rule | Adjusted, so each total is the columns to its left since the last total.
     * In JSON {@code {"currency", "periods": [{"period", "reported", "cash", "adjusted", "steps"}]}}.
     */
    public static Report report(List<RevenueBridge> periods) {
        String currency = currencyOf(periods);
        List<String> cashRules = ruleIds(periods, View.CASH);
        List<String> adjustedRules = ruleIds(periods, View.ADJUSTED);
        List<Table.Column> columns = new ArrayList<>();
        columns.add(Table.Column.text("Period", "period"));
        columns.add(Table.Column.money("Reported", "reported"));
        cashRules.forEach(id -> columns.add(Table.Column.money(Figures.printable(id), id)));
        columns.add(Table.Column.money("Cash", "cash"));
        adjustedRules.forEach(id -> columns.add(Table.Column.money(Figures.printable(id), id)));
        columns.add(Table.Column.money("Adjusted", "adjusted"));
        List<List<Object>> rows = new ArrayList<>();
        List<Json> array = new ArrayList<>();
        for (RevenueBridge b : periods) {
            List<Object> row = new ArrayList<>();
            row.add(b.period() == null ? "total" : b.period());
            row.add(b.reported().amount());
            cashRules.forEach(id -> row.add(stepAmount(b, id)));
            row.add(b.cash().amount());
            adjustedRules.forEach(id -> row.add(stepAmount(b, id)));
            row.add(b.adjusted().amount());
            rows.add(row);
            Json node = Json.object().put("period", b.period());
            fill(node, b);
            array.add(node);
        }
        Table table = new Table("Revenue bridge by period (" + currency + ")", columns, rows, List.of(), true);
        return new Report(List.of(table), records(periods), Json.object().put("currency", currency).put("periods", array));
    }

    private static Table screen(RevenueBridge total, BridgeNotes notes) {
        List<List<Object>> rows = new ArrayList<>();
        BigDecimal reported = total.reported().amount();
        rows.add(line("Reported revenue", reported, reported, null));
        total.cashSteps().stream().filter(s -> s.rule().action().adjusts()).forEach(s -> rows.add(stepLine(s, reported)));
        rows.add(line("Cash revenue", total.cash().amount(), reported, null));
        total.adjustedSteps().stream().filter(s -> s.rule().action().adjusts()).forEach(s -> rows.add(stepLine(s, reported)));
        rows.add(line("Adjusted revenue", total.adjusted().amount(), reported, null));
        // The heading ends where the figures' digits end (a figure keeps a trailing space or a ")").
        List<Table.Column> columns = List.of(Table.Column.text("", "line").withLeader(), Table.Column.money("", "amount"),
                Table.Column.figure(SHARE_HEADING + " ", "share"), Table.Column.count("", "entries").spaced(3),
                Table.Column.text("", "unit").spaced(1));
        String title = "Revenue bridge (" + total.currency() + ")" + (total.period() == null ? "" : ", " + total.period());
        List<String> under = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        if (notes != null) {
            for (BridgeNotes.FlagLine f : notes.flags()) {
                flags.add("  " + f.rule().id() + ": " + Figures.count(f.entries(), "entry", "entries")
                        + (f.linksFunding() ? ", " + Figures.grouped(f.amount()).strip() + " of revenue linked to funding received"
                        : ", " + Figures.grouped(f.amount()).strip() + " of reported revenue marked"));
            }
        } else {
            total.steps().stream().filter(s -> !s.rule().action().adjusts()).forEach(s -> flags.add("  "
                    + s.rule().id() + ": " + Figures.count(s.entries(), "entry", "entries")));
        }
        if (!flags.isEmpty()) {
            under.add("Flags (they mark entries and change no amount):");
            under.addAll(flags);
        }
        if (notes != null && notes.relatedGross().signum() != 0) {
            under.add("Revenue from investors and affiliates (gross): " + Figures.grouped(notes.relatedGross()).strip()
                    + " (" + share(notes.relatedGross(), reported).strip() + " of reported); "
                    + Figures.grouped(notes.relatedAtCashStep()).strip() + " of it left at the cash step, "
                    + Figures.grouped(notes.relatedAtAdjustedStep()).strip() + " at the adjusted step, "
                    + Figures.grouped(notes.relatedGross().subtract(notes.relatedAtCashStep()).subtract(notes.relatedAtAdjustedStep()))
                            .strip() + " is left in adjusted revenue");
        }
        return new Table(title, columns, rows, under, true);
    }

    private static List<Object> line(String label, BigDecimal amount, BigDecimal reported, BridgeStep step) {
        return Table.row(label, amount, share(amount, reported), step == null ? null : step.entries(),
                step == null ? null : step.entries() == 1 ? "entry" : "entries");
    }

    private static List<Object> stepLine(BridgeStep s, BigDecimal reported) {
        return line("  - " + s.rule().id(), s.amount().amount(), reported, s);
    }

    /**
     * amount / reported x 100, half-even to 2 decimals, a negative in parentheses (as the amounts); "n/a" when
     * nothing was reported.
     */
    static String share(BigDecimal amount, BigDecimal reported) {
        if (reported.signum() == 0) {
            return "n/a ";
        }
        BigDecimal pct = amount.multiply(BigDecimal.valueOf(100)).divide(reported, 2, RoundingMode.HALF_EVEN);
        String text = pct.abs().toPlainString() + "%";
        return pct.signum() < 0 ? "(" + text + ")" : text + " ";
    }

    /** {@code period,line,rule,view,amount,entries}: one record per line of each bridge; the total's period is empty. */
    private static Table records(List<RevenueBridge> periods) {
        currencyOf(periods); // the file has no currency column: Money's check refuses a period in another currency
        List<List<Object>> rows = new ArrayList<>();
        for (RevenueBridge b : periods) {
            String period = b.period();
            rows.add(Table.row(period, "reported", null, null, b.reported().amount(), null));
            b.cashSteps().forEach(s -> rows.add(stepRecord(period, s)));
            rows.add(Table.row(period, "cash", null, null, b.cash().amount(), null));
            b.adjustedSteps().forEach(s -> rows.add(stepRecord(period, s)));
            rows.add(Table.row(period, "adjusted", null, null, b.adjusted().amount(), null));
        }
        return Table.of(List.of(Table.Column.text("Period", "period"), Table.Column.text("Line", "line"),
                Table.Column.text("Rule", "rule"), Table.Column.text("View", "view"), Table.Column.money("Amount", "amount"),
                Table.Column.count("Entries", "entries")), rows);
    }

    private static List<Object> stepRecord(String period, BridgeStep s) {
        return Table.row(period, "step", s.rule().id(), s.rule().view().label(), s.amount().amount(), s.entries());
    }

    private static void fill(Json node, RevenueBridge b) {
        List<Json> steps = new ArrayList<>();
        for (BridgeStep s : b.steps()) {
            steps.add(Json.object().put("rule", s.rule().id()).put("view", s.rule().view().label()).put("amount", s.amount().amount())
                    .put("entries", s.entries()));
        }
        node.put("reported", b.reported().amount()).put("cash", b.cash().amount()).put("adjusted", b.adjusted().amount())
                .put("steps", steps);
    }

    /** The ids of one view's rules across all periods, in bridge order. */
    private static List<String> ruleIds(List<RevenueBridge> periods, View view) {
        Set<String> ids = new LinkedHashSet<>();
        periods.forEach(b -> b.steps(view).forEach(s -> ids.add(s.rule().id())));
        return List.copyOf(ids);
    }

    private static BigDecimal stepAmount(RevenueBridge b, String ruleId) {
        return b.steps().stream().filter(s -> s.rule().id().equals(ruleId))
                .map(s -> s.amount().amount()).findFirst().orElse(BigDecimal.ZERO);
    }

    /**
     * The first period's currency: Bridges builds the periods from one ledger, whose revenue is in one
     * currency, and Money refuses a period in another. Bridges reports an empty ledger in USD; so is an
     * empty list of periods.
     */
    private static String currencyOf(List<RevenueBridge> periods) {
        String currency = periods.isEmpty() ? Money.USD : periods.get(0).currency();
        periods.forEach(b -> Money.requireCurrency(b.reported(), "the revenue of " + (b.period() == null ? "total" : b.period()),
                currency, "the first period is"));
        return currency;
    }
}

package io.haircut.rules;

import io.haircut.LedgerFixture;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.applied.TrailRow;
import io.haircut.rules.files.RuleFiles;
import java.math.BigDecimal;
import java.util.List;

/** Rules written inline in a test as YAML, applied to a {@link LedgerFixture}, and what tests read of the trail. */
public final class RuleTexts {

    private RuleTexts() {
    }

    /** Rules from YAML text, as if read from rules/t.yaml. */
    public static RuleSet rules(String yaml) {
        return RuleFiles.parse("rules/t.yaml", yaml);
    }

    public static AdjustedLedger apply(LedgerFixture book, String yaml) {
        return Adjuster.apply(book.ledger(), rules(yaml));
    }

    /** A rule around a {@code when} block and action lines, on the given table and view. */
    public static String rule(String id, String table, String view, String when, String... doing) {
        StringBuilder y = new StringBuilder("id: " + id + "\ndescription: d\nbasis: b\napplies-to: " + table + "\nview: "
                + view + "\nwhen:\n");
        when.lines().forEach(l -> y.append("  ").append(l).append('\n'));
        for (String d : doing) {
            y.append(d).append('\n');
        }
        return y.toString();
    }

    public static BigDecimal sum(List<TrailRow> rows) {
        return rows.stream().map(TrailRow::change).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static List<String> cells(List<TrailRow> rows) {
        return rows.stream().map(r -> r.entry().source().cell()).toList();
    }
}

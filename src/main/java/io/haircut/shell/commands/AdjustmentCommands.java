package io.haircut.shell.commands;

import io.haircut.audit.AuditTrail;
import io.haircut.audit.RoundTripReport;
import io.haircut.rules.applied.TrailRow;
import io.haircut.shell.state.SessionState;
import java.util.ArrayList;
import java.util.List;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** The audit trail of every adjustment, and the funding-revenue pairs of round-trip rules. */
@Command(group = "Reports")
public class AdjustmentCommands {

    private final SessionState state;
    private final ReportOutput output;

    AdjustmentCommands(SessionState state, ReportOutput output) {
        this.state = state;
        this.output = output;
    }

    @Command(command = "adjustments", description = "The audit trail: each entry a rule changed or marked, with its source "
            + "cell, the rule, and the amount before, the adjustment and after. Example: adjustments --rule cloud-credit-revenue")
    Object adjustments(
            @Option(longNames = "rule", description = "only this rule's rows") @OptionValues(provider = "ruleIds") String rule,
            @Option(longNames = "counterparty", description = "only this counterparty: a name in any spelling, or a group")
            @OptionValues(provider = "counterparties") String counterparty,
            @Option(longNames = "format", defaultValue = "table", description = "table | csv | json") String format,
            @Option(longNames = "out", description = "write to this file instead of the screen") String out,
            @Option(longNames = "force", description = "replace the --out file without asking") boolean force) {
        return output.emit(format, out, force, () -> {
            List<TrailRow> rows = AuditTrail.select(state.current().adjusted(), rule, counterparty);
            List<String> filter = new ArrayList<>();
            if (rule != null) {
                filter.add("rule " + rule);
            }
            if (counterparty != null) {
                filter.add("counterparty " + counterparty);
            }
            return AuditTrail.report(rows, String.join(", ", filter));
        });
    }

    @Command(command = "round-trips", description = "Funding from a group linked to that group's revenue within the window "
            + "of each round-trip rule: both dates, both amounts, their cells. Example: round-trips")
    Object roundTrips(
            @Option(longNames = "rule", description = "only this round-trip rule") @OptionValues(provider = "ruleIds") String rule,
            @Option(longNames = "format", defaultValue = "table", description = "table | csv | json") String format,
            @Option(longNames = "out", description = "write to this file instead of the screen") String out,
            @Option(longNames = "force", description = "replace the --out file without asking") boolean force) {
        return output.emit(format, out, force, () -> RoundTripReport.report(state.current().adjusted(), rule));
    }
}

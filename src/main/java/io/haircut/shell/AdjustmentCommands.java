package io.haircut.shell;

import io.haircut.audit.AuditTrail;
import io.haircut.audit.Report;
import io.haircut.audit.RoundTripReport;
import io.haircut.rules.AdjustedLedger;
import io.haircut.rules.TrailRow;
import java.util.ArrayList;
import java.util.List;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** The audit trail of every adjustment, and the funding-revenue pairs of round-trip rules. */
@Command(group = "Reports")
class AdjustmentCommands {

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
        OutputFormat f = OutputFormat.parse(format);
        AdjustedLedger adjusted = state.current().adjusted();
        List<TrailRow> rows = AuditTrail.select(adjusted, rule, counterparty);
        List<String> filter = new ArrayList<>();
        if (rule != null) {
            filter.add("rule " + rule);
        }
        if (counterparty != null) {
            filter.add("counterparty " + counterparty);
        }
        String filters = String.join(", ", filter);
        String text = switch (f) {
            case TABLE -> AuditTrail.table(rows, filters);
            case CSV -> AuditTrail.report(rows, filters).csv();
            case JSON -> AuditTrail.json(rows, filters);
        };
        return output.emit(text, out, force);
    }

    @Command(command = "round-trips", description = "Funding from a group linked to that group's revenue within the window "
            + "of each round-trip rule: both dates, both amounts, their cells. Example: round-trips")
    Object roundTrips(
            @Option(longNames = "rule", description = "only this round-trip rule") @OptionValues(provider = "ruleIds") String rule,
            @Option(longNames = "format", defaultValue = "table", description = "table | csv | json") String format,
            @Option(longNames = "out", description = "write to this file instead of the screen") String out,
            @Option(longNames = "force", description = "replace the --out file without asking") boolean force) {
        OutputFormat f = OutputFormat.parse(format);
        Report report = RoundTripReport.report(state.current().adjusted(), rule);
        String text = switch (f) {
            case TABLE -> report.table();
            case CSV -> report.csv();
            case JSON -> report.json("pairs");
        };
        return output.emit(text, out, force);
    }
}

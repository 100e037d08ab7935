package io.haircut.shell.commands;

import io.haircut.metrics.UnitEconomics;
import io.haircut.report.MetricsFormats;
import io.haircut.shell.input.OptionText;
import io.haircut.shell.state.SessionState;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** Unit economics on Reported and Adjusted revenue, side by side (docs/commands/reports.md, "metrics"). */
@Command(group = "Reports")
public class MetricsCommands {

    private final SessionState state;
    private final ReportOutput output;

    MetricsCommands(SessionState state, ReportOutput output) {
        this.state = state;
        this.output = output;
    }

    @Command(command = "metrics", description = "Show unit economics on reported and adjusted revenue, side by side. "
            + "Example: metrics --by quarter --period 2026-Q1 --format json --out out/metrics.json")
    Object metrics(
            @Option(longNames = "by", description = "month | quarter | year (default: month, or the --period's kind)")
            @OptionValues(provider = "granularities") String by,
            @Option(longNames = "period", description = "2026-03 | 2026-Q1 | 2026 | all (default: the last full period)")
            @OptionValues(provider = "periods") String period,
            @Option(longNames = "format", defaultValue = "table", description = "table | csv | json") String format,
            @Option(longNames = "out", description = "write to this file instead of the screen") String out,
            @Option(longNames = "force", description = "replace the --out file without asking") boolean force) {
        return output.emit(format, out, force, () -> MetricsFormats.report(
                UnitEconomics.report(state.current().adjusted(), OptionText.granularity(by), OptionText.period(period))));
    }
}

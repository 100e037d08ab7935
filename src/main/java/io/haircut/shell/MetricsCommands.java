package io.haircut.shell;

import io.haircut.HaircutException;
import io.haircut.ledger.Granularity;
import io.haircut.ledger.Labelled;
import io.haircut.metrics.UnitEconomics;
import io.haircut.report.MetricsFormats;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/** Unit economics on Reported and Adjusted revenue, side by side (docs/commands/reports.md, "metrics"). */
@Command(group = "Reports")
class MetricsCommands {

    private final SessionState state;
    private final ReportOutput output;

    MetricsCommands(SessionState state, ReportOutput output) {
        this.state = state;
        this.output = output;
    }

    @Command(command = "metrics", description = "Show unit economics on reported and adjusted revenue, side by side. "
            + "Example: metrics --by quarter --period 2026-Q1 --format json --out out/metrics.json")
    Object metrics(
            @Option(longNames = "by", description = "month | quarter | year (default: month, or the --period's kind)") String by,
            @Option(longNames = "period", description = "2026-03 | 2026-Q1 | 2026 | all (default: the last full period)") String period,
            @Option(longNames = "format", defaultValue = "table", description = "table | csv | json") String format,
            @Option(longNames = "out", description = "write to this file instead of the screen") String out,
            @Option(longNames = "force", description = "replace the --out file without asking") boolean force) {
        return output.emit(format, out, force, () -> {
            Granularity g = by == null ? null : Granularity.parse(by).orElseThrow(() -> new HaircutException(
                    "unknown period '" + by + "'; expected one of " + Labelled.choices(Granularity.class)));
            return MetricsFormats.report(UnitEconomics.report(state.current().adjusted(), g, period));
        });
    }
}

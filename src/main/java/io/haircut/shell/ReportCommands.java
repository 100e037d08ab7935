package io.haircut.shell;

import io.haircut.HaircutException;
import io.haircut.bridge.BridgeNotes;
import io.haircut.bridge.Bridges;
import io.haircut.bridge.RevenueBridge;
import io.haircut.export.BridgeFormats;
import io.haircut.ledger.Granularity;
import io.haircut.ledger.Labelled;
import io.haircut.rules.AdjustedLedger;
import java.util.List;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** The revenue bridge: Reported -> cash rules -> Cash -> adjusted rules -> Adjusted. */
@Command(group = "Reports")
class ReportCommands {

    private final SessionState state;
    private final ReportOutput output;

    ReportCommands(SessionState state, ReportOutput output) {
        this.state = state;
        this.output = output;
    }

    @Command(command = "bridge", description = "Show the revenue bridge from reported to adjusted. "
            + "Example: bridge --by month --format csv --out out/bridge.csv")
    Object bridge(
            @Option(longNames = "by", label = "month|quarter|year", description = "one bridge per period (default: one total)")
            @OptionValues(provider = "granularities") String by,
            @Option(longNames = "format", label = "table|csv|json", defaultValue = "table", description = "how to show it")
            @OptionValues(provider = "formats") String format,
            @Option(longNames = "out", label = "FILE", description = "write to this file instead of the screen")
            @OptionValues(provider = "reportFiles") String out,
            @Option(longNames = "force", description = "replace the --out file without asking") boolean force) {
        OutputFormat f = OutputFormat.parse(format);
        AdjustedLedger adjusted = state.current().adjusted();
        String text;
        if (by == null) {
            RevenueBridge total = Bridges.total(adjusted);
            text = switch (f) {
                case TABLE -> BridgeFormats.table(total, BridgeNotes.of(adjusted));
                case CSV -> BridgeFormats.csv(total);
                case JSON -> BridgeFormats.json(total);
            };
        } else {
            Granularity g = Granularity.parse(by).orElseThrow(() -> new HaircutException(
                    "unknown period '" + by + "'; expected one of " + Labelled.choices(Granularity.class)));
            List<RevenueBridge> periods = Bridges.byPeriod(adjusted, g);
            text = switch (f) {
                case TABLE -> BridgeFormats.table(periods);
                case CSV -> BridgeFormats.csv(periods);
                case JSON -> BridgeFormats.json(periods);
            };
        }
        return output.emit(text, out, force);
    }
}

package io.haircut.shell.commands;

import io.haircut.HaircutException;
import io.haircut.bridge.BridgeNotes;
import io.haircut.bridge.Bridges;
import io.haircut.bridge.Spread;
import io.haircut.ledger.Granularity;
import io.haircut.report.BridgeFormats;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.shell.input.OptionText;
import io.haircut.shell.state.SessionState;
import java.util.List;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** The revenue bridge: Reported -> cash rules -> Cash -> adjusted rules -> Adjusted. */
@Command(group = "Reports")
public class ReportCommands {

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
            @Option(longNames = "force", description = "replace the --out file without asking") boolean force,
            @Option(longNames = "spread", label = "even", description = "with --by: spread quarterly or yearly figures evenly over their months")
            String spread) {
        return output.emit(format, out, force, () -> {
            AdjustedLedger adjusted = state.current().adjusted();
            Spread how = spread == null ? Spread.NONE : Spread.parse(spread).orElseThrow(() -> new HaircutException(
                    "unknown spread '" + spread + "'; expected --spread even"));
            if (spread != null && by == null) {
                throw new HaircutException("--spread needs --by month or --by quarter: the total bridge adds every figure as it is");
            }
            if (by == null) {
                List<String> note = adjusted.ledger().hasForecasts()
                        ? List.of("Note: includes forecast figures (imported with --include forecast)") : List.of();
                return BridgeFormats.report(Bridges.total(adjusted), BridgeNotes.of(adjusted)).under(note);
            }
            Granularity g = OptionText.granularity(by);
            List<String> note = Bridges.note(adjusted.ledger(), g, how).map(n -> List.of("Note: " + n)).orElse(List.of());
            return BridgeFormats.report(Bridges.byPeriod(adjusted, g, how)).under(note);
        });
    }

    /** The bridge without --spread: as the command was before yearly figures could be spread. */
    Object bridge(String by, String format, String out, boolean force) {
        return bridge(by, format, out, force, null);
    }
}

package io.haircut.shell.commands;

import io.haircut.investors.Investors;
import io.haircut.report.InvestorsFormats;
import io.haircut.shell.input.OptionText;
import io.haircut.shell.state.SessionState;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/** Circular financing, group by group: what each investor put in, what comes back to it, and its share of revenue. */
@Command(group = "Reports")
public class InvestorCommands {

    private final SessionState state;
    private final ReportOutput output;

    InvestorCommands(SessionState state, ReportOutput output) {
        this.state = state;
        this.output = output;
    }

    @Command(command = "investors", description = "Show each investor or affiliate group: funding in, revenue from it and what "
            + "the rules took out, commitments owed to it. Example: investors --format json --out out/investors.json")
    Object investors(
            @Option(longNames = "usd-per-gw-year", description = "dollars per GW of capacity for a year, e.g. 2B") String usdPerGwYear,
            @Option(longNames = "format", defaultValue = "table", description = "table | csv | json") String format,
            @Option(longNames = "out", description = "write to this file instead of the screen") String out,
            @Option(longNames = "force", description = "replace the --out file without asking") boolean force) {
        return output.emit(format, out, force, () -> InvestorsFormats.report(Investors.of(state.current().adjusted(),
                OptionText.usdPerGwYear(usdPerGwYear))));
    }
}

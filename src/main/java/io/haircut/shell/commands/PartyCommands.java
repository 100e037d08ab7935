package io.haircut.shell.commands;

import io.haircut.audit.PartyReport;
import io.haircut.session.Session;
import io.haircut.shell.state.SessionState;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/** The counterparty register: groups, aliases, the names that matched, and the near misses. */
@Command(group = "Rules")
public class PartyCommands {

    private final SessionState state;
    private final ReportOutput output;

    PartyCommands(SessionState state, ReportOutput output) {
        this.state = state;
        this.output = output;
    }

    @Command(command = "parties", description = "List the counterparty groups, their aliases, the names in the ledger that "
            + "matched each, and names that nearly match a group but did not. Example: parties")
    Object parties(
            @Option(longNames = "format", defaultValue = "table", description = "table | csv | json") String format,
            @Option(longNames = "out", description = "write to this file instead of the screen") String out,
            @Option(longNames = "force", description = "replace the --out file without asking") boolean force) {
        return output.emit(format, out, force, () -> {
            Session s = state.current();
            return PartyReport.of(s.requireLedger(), s.rules()).report();
        });
    }
}

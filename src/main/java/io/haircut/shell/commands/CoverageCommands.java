package io.haircut.shell.commands;

import io.haircut.HaircutException;
import io.haircut.coverage.Basis;
import io.haircut.coverage.Coverage;
import io.haircut.coverage.CoverageOptions;
import io.haircut.coverage.CoverageReport;
import io.haircut.coverage.Scenario;
import io.haircut.report.CoverageFormats;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.session.Session;
import io.haircut.shell.input.OptionText;
import io.haircut.shell.state.SessionState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/** Commitment coverage: can third-party cash revenue pay what the company promised its vendors (docs/methodology.md, "Commitment coverage")? */
@Command(group = "Coverage")
public class CoverageCommands {

    /** The name an ad-hoc {@code coverage --growth G} run goes by. */
    static final String AD_HOC = "custom";

    private final SessionState state;
    private final ReportOutput output;

    CoverageCommands(SessionState state, ReportOutput output) {
        this.state = state;
        this.output = output;
    }

    @Command(command = "coverage", description = "Show commitment coverage by year: the base scenario, one growth rate, or "
            + "every scenario side by side. Example: coverage --growth 40% --decay 10%")
    String coverage(
            @Option(longNames = "growth", description = "constant growth a year, e.g. 40% (default: the base scenario)") String growth,
            @Option(longNames = "decay", description = "with --growth: the share by which the rate shrinks each year, e.g. 10%") String decay,
            @Option(longNames = "include", description = "also count contingent | reported-unconfirmed | all (comma-separated)") String include,
            @Option(longNames = "usd-per-gw-year", description = "dollars per GW of capacity for a year, e.g. 2000000000 or 2B") String usdPerGwYear,
            @Option(longNames = "scenarios", description = "compare every scenario of the session in one table") boolean scenarios,
            @Option(longNames = "without-vendor-funding", description = "take the commitment vendors' own binding funding out of "
                    + "cash and credits") boolean withoutVendorFunding,
            @Option(longNames = "format", defaultValue = "table", description = "table | csv | json") String format,
            @Option(longNames = "out", description = "write to this file instead of the screen") String out,
            @Option(longNames = "force", description = "replace the --out file without asking") boolean force) {
        List<CoverageReport> reports = new ArrayList<>(); // filled by the report, for the lines under "Wrote"
        return output.emit(format, out, force, () -> {
            reports.addAll(coverage(growth, decay, include, usdPerGwYear, scenarios, withoutVendorFunding));
            return scenarios ? CoverageFormats.report(reports) : CoverageFormats.report(reports.get(0));
        }, () -> {
            // The file carries its $/GW-year too, but the analyst reads the screen: say it here as well.
            Set<String> assumptions = new LinkedHashSet<>();
            reports.forEach(r -> r.assumptions().forEach(a -> assumptions.add("Assumption: " + CoverageFormats.assumption(a))));
            return List.copyOf(assumptions);
        });
    }

    /** The reports the options ask for: one scenario, or every scenario of the session with --scenarios. */
    private List<CoverageReport> coverage(String growth, String decay, String include, String usdPerGwYear, boolean scenarios,
                                          boolean withoutVendorFunding) {
        CoverageOptions options = OptionText.coverage(include, usdPerGwYear);
        Session session = state.current();
        AdjustedLedger adjusted = session.adjusted();
        if (scenarios) {
            if (growth != null || decay != null) {
                throw new HaircutException("--scenarios compares the session's scenarios; leave out --growth and --decay, "
                        + "or add one: scenario add NAME --growth 30%");
            }
            if (session.scenarios().all().isEmpty()) {
                throw new HaircutException("no scenarios to compare; add one: scenario add base --growth 40%");
            }
            return session.scenarios().all().stream()
                    .map(s -> Coverage.of(adjusted, withoutVendorFunding ? s.leavingOutVendorFunding() : s, options)).toList();
        }
        Scenario scenario = scenario(session, growth, decay);
        return List.of(Coverage.of(adjusted, withoutVendorFunding ? scenario.leavingOutVendorFunding() : scenario, options));
    }

    /** --growth (with --decay) runs a constant-rate scenario on adjusted revenue; without them, the session's base scenario. */
    private static Scenario scenario(Session session, String growth, String decay) {
        if (growth == null) {
            if (decay != null) {
                throw new HaircutException("--decay goes with --growth: coverage --growth 40% --decay 10%");
            }
            return session.scenarios().named("base").orElseThrow(() -> new HaircutException(
                    "no --growth given and no scenario named base; give a rate (coverage --growth 40%) or add one (scenario add base --growth 40%)"));
        }
        return OptionText.scenario(AD_HOC, growth, decay, false, Basis.ADJUSTED, false);
    }
}

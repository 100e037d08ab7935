package io.haircut.export;

import io.haircut.output.ExportException;
import io.haircut.audit.AuditTrail;
import io.haircut.bridge.Bridges;
import io.haircut.ledger.Granularity;
import io.haircut.report.BridgeFormats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The named reports that {@code export} writes as CSV or JSON, in the order {@code export --all} writes
 * them. Another stage adds its reports with {@link #with} (metrics, coverage), so the command and the
 * fixed file names follow without change.
 */
public final class Reports {

    /** The report {@code export FILE.csv} writes when none is named. */
    public static final String DEFAULT = "bridge";

    private final List<ExportedReport> reports;

    private Reports(List<ExportedReport> reports) {
        this.reports = List.copyOf(reports);
    }

    /** bridge (the total), bridge-by-month, adjustments (the audit trail). */
    public static Reports standard() {
        return new Reports(List.of(
                new ExportedReport("bridge", "the revenue bridge in total: reported, each rule's step, cash, adjusted",
                        a -> BridgeFormats.report(Bridges.total(a))),
                new ExportedReport("bridge-by-month", "the same bridge for each month",
                        a -> BridgeFormats.report(Bridges.byPeriod(a, Granularity.MONTH))),
                new ExportedReport("adjustments", "the audit trail: one record per adjusted entry, with rule, basis and source cell",
                        a -> AuditTrail.report(a.trail(), ""))));
    }

    /** These reports and {@code report}; refuses a name already taken. */
    public Reports with(ExportedReport report) {
        if (named(report.name()).isPresent()) {
            throw new IllegalArgumentException("a report named '" + report.name() + "' exists already");
        }
        List<ExportedReport> all = new ArrayList<>(reports);
        all.add(report);
        return new Reports(all);
    }

    public List<ExportedReport> all() {
        return reports;
    }

    public Optional<ExportedReport> named(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return reports.stream().filter(r -> r.name().equals(n)).findFirst();
    }

    /** The report by name, or a one-line error listing the names there are. */
    public ExportedReport require(String name) {
        return named(name).orElseThrow(() -> new ExportException("unknown report '" + name + "'; expected one of "
                + names()));
    }

    /** "bridge | bridge-by-month | adjustments", for messages and help. */
    public String names() {
        return reports.stream().map(ExportedReport::name).collect(Collectors.joining(" | "));
    }

    /** {@code frontier-ai-adjusted.xlsx}: the workbook's fixed name in {@code export --all}, safe as a file name. */
    public static String workbookName(String company) {
        String safe = company == null ? "" : company.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
        return (safe.isEmpty() ? "company" : safe) + "-adjusted.xlsx";
    }
}

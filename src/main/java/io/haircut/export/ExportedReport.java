package io.haircut.export;

import io.haircut.output.ExportException;
import io.haircut.report.CsvQuoting;
import io.haircut.report.CsvRenderer;
import io.haircut.report.JsonRenderer;
import io.haircut.report.Report;
import io.haircut.rules.applied.AdjustedLedger;
import java.util.Objects;
import java.util.function.Function;

/**
 * A report {@code export} writes to a file by name: {@code export out/x.csv --report NAME}, and
 * {@code export --all DIR} writes {@code NAME.csv} and {@code NAME.json}. The report is a pure function of
 * the adjusted ledger; the file is its CSV or JSON rendering.
 */
public record ExportedReport(String name, String description, Function<AdjustedLedger, Report> report) {

    public ExportedReport {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(report, "report");
    }

    /** The report in {@code format} ("csv" or "json"). */
    public String render(String format, AdjustedLedger adjusted) {
        return switch (format) {
            case "csv" -> CsvQuoting.apply(CsvRenderer.text(report.apply(adjusted)));
            case "json" -> JsonRenderer.text(report.apply(adjusted));
            default -> throw new ExportException("cannot write the " + name + " report as ." + format
                    + "; expected .csv or .json");
        };
    }
}

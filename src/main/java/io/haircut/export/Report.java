package io.haircut.export;

import io.haircut.rules.AdjustedLedger;
import java.util.Objects;
import java.util.function.Function;

/**
 * A report that can be written as CSV and as JSON, by name: {@code export out/x.csv --report NAME}, and
 * {@code export --all DIR} writes {@code NAME.csv} and {@code NAME.json}. Each format is a pure function of
 * the adjusted ledger.
 */
public record Report(String name, String description, Function<AdjustedLedger, String> csv,
        Function<AdjustedLedger, String> json) {

    public Report {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(json, "json");
    }

    /** The report in {@code format} ("csv" or "json"). */
    public String render(String format, AdjustedLedger adjusted) {
        return switch (format) {
            case "csv" -> CsvQuoting.apply(csv.apply(adjusted));
            case "json" -> json.apply(adjusted);
            default -> throw new ExportException("cannot write the " + name + " report as ." + format
                    + "; expected .csv or .json");
        };
    }
}

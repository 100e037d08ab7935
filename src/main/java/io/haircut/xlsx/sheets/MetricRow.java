package io.haircut.xlsx.sheets;

import io.haircut.xlsx.layout.FigureKind;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of the Unit Economics sheet: a metric on Reported and on Adjusted revenue, side by side
 * (docs/methodology.md, "Unit economics"). The exporter only shows these figures; it computes none of them. A value that
 * could not be computed is null and {@code note} says why: it is shown as "n/a", never as 0.
 *
 * @param label the metric as an investor names it ("Gross margin")
 * @param reported the metric on reported revenue, or null when not available
 * @param adjusted the metric on adjusted revenue, or null when not available
 * @param kind how to show both figures
 * @param note the definition used, or why a figure is not available; may be null
 */
public record MetricRow(String label, BigDecimal reported, BigDecimal adjusted, FigureKind kind, String note) {

    public MetricRow {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
    }
}

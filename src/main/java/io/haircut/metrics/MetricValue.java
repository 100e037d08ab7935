package io.haircut.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One metric in one view: an exact value, or not available with the reason (never 0 or infinity for a
 * missing input, docs/methodology.md, "Unit economics"). Warnings mark a value that is negative or absurd; flags compare it
 * with a published threshold that they name; a note adds a detail such as the largest customer's name.
 *
 * @param value the exact value, unrounded (null when not available)
 * @param unavailable why there is no value (null when there is one)
 */
public record MetricValue(BigDecimal value, String unavailable, List<String> warnings, List<String> flags, String note) {

    public MetricValue {
        if ((value == null) == (unavailable == null)) {
            throw new IllegalArgumentException("a metric has either a value or a reason it is not available");
        }
        warnings = List.copyOf(warnings);
        flags = List.copyOf(flags);
    }

    public static MetricValue of(BigDecimal value) {
        return new MetricValue(value, null, List.of(), List.of(), null);
    }

    public static MetricValue unavailable(String reason) {
        return new MetricValue(null, reason, List.of(), List.of(), null);
    }

    public boolean isAvailable() {
        return value != null;
    }

    public MetricValue withWarning(String warning) {
        List<String> more = new ArrayList<>(warnings);
        more.add(warning);
        return new MetricValue(value, unavailable, more, flags, note);
    }

    public MetricValue withFlag(String flag) {
        List<String> more = new ArrayList<>(flags);
        more.add(flag);
        return new MetricValue(value, unavailable, warnings, more, note);
    }

    public MetricValue withNote(String text) {
        return new MetricValue(value, unavailable, warnings, flags, text);
    }
}

package io.haircut.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.haircut.metrics.Metric;
import io.haircut.metrics.MetricValue;
import io.haircut.metrics.MetricsReport;
import io.haircut.metrics.PeriodMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Renders a {@link MetricsReport} as a terminal table, CSV or JSON: pure functions of the report, and the
 * one place its figures are rounded (money half-even to cents, ratios, months and multiples to 4 decimals;
 * the table rounds further to its display unit).
 */
public final class MetricsFormats {

    /** "More than 5%" apart: where the table marks the adjusted figure with {@code *} (docs/methodology.md, "Unit economics"). */
    static final BigDecimal MARK_THRESHOLD = new BigDecimal("0.05");
    private static final int BAR_WIDTH = 40;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final String[] CSV_COLUMNS = {"period", "metric", "unit", "reported", "adjusted", "difference", "notes"};
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS).setRecordSeparator("\n").get();

    private static final ObjectWriter JSON = JsonLayout.WRITER;

    private MetricsFormats() {
    }

    // ---------------------------------------------------------------- JSON

    /**
     * {@code {"currency", "periods": [{"period", "reported": {key: value}, "adjusted": {...}, "notes": [...]}]}}.
     * Values are strings (money with 2 decimals, everything else with 4) or null when not available; each
     * note is {@code {"view", "metric", "kind", "text"}} with kind {@code n/a}, {@code warning}, {@code flag}
     * or {@code note}, so every null has its reason.
     */
    public static String json(MetricsReport report) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("currency", report.currency());
        ArrayNode periods = root.putArray("periods");
        for (PeriodMetrics p : report.periods()) {
            ObjectNode node = periods.addObject();
            node.put("period", p.period().label());
            fillValues(node.putObject("reported"), p.reported());
            fillValues(node.putObject("adjusted"), p.adjusted());
            ArrayNode notes = node.putArray("notes");
            for (Note n : notes(p)) {
                ObjectNode note = notes.addObject();
                note.put("view", n.view());
                note.put("metric", n.metric().key());
                note.put("kind", n.kind());
                note.put("text", n.text());
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of strings always serialises
        }
    }

    private static void fillValues(ObjectNode node, Map<Metric, MetricValue> values) {
        for (Metric m : Metric.values()) {
            MetricValue v = values.get(m);
            if (v != null && v.isAvailable()) {
                node.put(m.key(), plain(m, v.value()));
            } else {
                node.putNull(m.key());
            }
        }
    }

    /** The exact value rounded half-even for files: money to cents, anything else to 4 decimals. */
    static String plain(Metric metric, BigDecimal value) {
        int scale = metric.unit() == Metric.Unit.MONEY ? 2 : 4;
        return value.setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }

    // ---------------------------------------------------------------- CSV

    /**
     * {@code period,metric,unit,reported,adjusted,difference,notes}: one record per period and metric. An
     * unavailable value is an empty field; {@code notes} gives the reasons ("adjusted n/a: ...").
     */
    public static String csv(MetricsReport report) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
            for (PeriodMetrics p : report.periods()) {
                List<Note> notes = notes(p);
                for (Metric m : Metric.values()) {
                    List<String> texts = new ArrayList<>();
                    notes.stream().filter(n -> n.metric() == m).forEach(n -> texts.add(n.view() + " " + n.kind() + ": " + n.text()));
                    printer.printRecord(FormulaGuard.text(p.period().label()), m.key(), unitName(m, report.currency()),
                            csvValue(m, p.reported(m)), csvValue(m, p.adjusted(m)),
                            p.difference(m).map(d -> plain(m, d)).orElse(null),
                            texts.isEmpty() ? null : FormulaGuard.text(String.join("; ", texts)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // appending to a StringBuilder does not fail
        }
        return out.toString();
    }

    private static String csvValue(Metric m, MetricValue v) {
        return v.isAvailable() ? plain(m, v.value()) : null;
    }

    private static String unitName(Metric m, String currency) {
        return switch (m.unit()) {
            case MONEY -> FormulaGuard.text(currency);
            case RATIO -> "ratio";
            case MONTHS -> "months";
            case MULTIPLE -> "multiple";
        };
    }

    // ---------------------------------------------------------------- notes

    /** One reason, warning, flag or detail of one metric on one view ("reported" or "adjusted"). */
    private record Note(String view, Metric metric, String kind, String text) {
    }

    private static List<Note> notes(PeriodMetrics p) {
        List<Note> notes = new ArrayList<>();
        for (Metric m : Metric.values()) {
            addNotes(notes, "reported", m, p.reported(m));
            addNotes(notes, "adjusted", m, p.adjusted(m));
        }
        return notes;
    }

    private static void addNotes(List<Note> notes, String view, Metric m, MetricValue v) {
        if (!v.isAvailable()) {
            notes.add(new Note(view, m, "n/a", v.unavailable()));
        }
        v.warnings().forEach(w -> notes.add(new Note(view, m, "warning", w)));
        v.flags().forEach(f -> notes.add(new Note(view, m, "flag", f)));
        if (v.note() != null) {
            notes.add(new Note(view, m, "note", v.note()));
        }
    }

    // ---------------------------------------------------------------- table

    /**
     * The side-by-side table per chosen period (Metric | Reported | Adjusted | Difference, money in one
     * unit per table, negatives in parentheses, {@code *} where adjusted differs from reported by more
     * than 5%, {@code !} on a warning), the reasons, warnings and flags under it, then a bar chart of
     * reported and adjusted revenue for every period of the granularity.
     */
    public static String table(MetricsReport report) {
        StringBuilder out = new StringBuilder("Unit economics: ").append(printable(report.company())).append(", ");
        if (report.periods().size() == 1) {
            out.append(report.periods().get(0).period().label()).append(" (").append(printable(report.selection()));
        } else {
            out.append(printable(report.selection())).append(" (");
        }
        out.append(", of ").append(report.firstMonth()).append(" .. ").append(report.lastMonth())
                .append("; --period picks another, --period all every one)\n");
        out.append("Reported: revenue as booked. Adjusted: third-party cash revenue, after the loaded rules. In ")
                .append(printable(report.currency())).append(".\n");
        for (PeriodMetrics p : report.periods()) {
            out.append('\n').append(periodTable(p));
        }
        out.append('\n').append(chart(report));
        return out.toString();
    }

    private static String periodTable(PeriodMetrics p) {
        Scale scale = Scale.forMoney(moneyValues(p));
        StringBuilder out = new StringBuilder(p.period().label());
        if (p.partial()) {
            out.append(" (partial: ").append(p.monthsInData()).append(" of ").append(p.monthsInPeriod()).append(" months in the data)");
        }
        out.append(", money in ").append(scale.label()).append('\n');

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Metric", "Reported  ", "Adjusted   ", "Difference "});
        boolean anyMarked = false;
        boolean anyWarning = false;
        for (Metric m : Metric.values()) {
            MetricValue r = p.reported(m);
            MetricValue a = p.adjusted(m);
            boolean marked = differsMuch(r, a);
            anyMarked |= marked;
            anyWarning |= !r.warnings().isEmpty() || !a.warnings().isEmpty();
            rows.add(new String[] {
                m.label(),
                cell(m, r, scale) + (r.warnings().isEmpty() ? " " : "!"),
                cell(m, a, scale) + (a.warnings().isEmpty() ? " " : "!") + (marked ? "*" : " "),
                p.difference(m).map(d -> difference(m, d, scale)).orElse("")});
        }
        int[] widths = new int[4];
        rows.forEach(row -> {
            for (int c = 0; c < 4; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        });
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(rightPad(row[0], widths[0]));
            for (int c = 1; c < 4; c++) {
                line.append("  ").append(leftPad(row[c], widths[c]));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        List<String> legend = new ArrayList<>();
        if (anyMarked) {
            legend.add("* adjusted differs from reported by more than 5%");
        }
        if (anyWarning) {
            legend.add("! warning, listed below");
        }
        if (!legend.isEmpty()) {
            out.append(String.join("; ", legend)).append('\n');
        }
        section(out, "Not available", byMetric(p, v -> v.isAvailable() ? null : v.unavailable()));
        section(out, "Warnings (!)", byMetric(p, v -> v.warnings().isEmpty() ? null : String.join("; ", v.warnings())));
        section(out, "Flags", flags(p, scale));
        section(out, "Notes", byMetric(p, MetricValue::note));
        return out.toString();
    }

    /**
     * One line per distinct text: "ARPA, CAC: the Customers sheet is missing or empty". A text that
     * differs between the views is given per view: "NRR (adjusted): ...".
     */
    private static List<String> byMetric(PeriodMetrics p, Function<MetricValue, String> text) {
        Map<String, List<String>> labelsByText = new LinkedHashMap<>();
        for (Metric m : Metric.values()) {
            String r = text.apply(p.reported(m));
            String a = text.apply(p.adjusted(m));
            if (r != null && r.equals(a)) {
                labelsByText.computeIfAbsent(r, t -> new ArrayList<>()).add(m.label());
            } else {
                if (r != null) {
                    labelsByText.computeIfAbsent(r, t -> new ArrayList<>()).add(m.label() + " (reported)");
                }
                if (a != null) {
                    labelsByText.computeIfAbsent(a, t -> new ArrayList<>()).add(m.label() + " (adjusted)");
                }
            }
        }
        List<String> lines = new ArrayList<>();
        labelsByText.forEach((t, labels) -> lines.add(String.join(", ", labels) + ": " + printable(t)));
        return lines;
    }

    /**
     * One line per flagged metric, the views that share a flag together: "Top-customer share: reported
     * 10.6%, adjusted 11.5%: 10% or more of revenue (...)"; a view-independent value is given once.
     */
    private static List<String> flags(PeriodMetrics p, Scale scale) {
        List<String> lines = new ArrayList<>();
        for (Metric m : Metric.values()) {
            MetricValue r = p.reported(m);
            MetricValue a = p.adjusted(m);
            Map<String, List<String>> viewsByFlag = new LinkedHashMap<>();
            boolean same = r.isAvailable() && a.isAvailable() && r.value().compareTo(a.value()) == 0
                    && r.flags().equals(a.flags());
            r.flags().forEach(f -> viewsByFlag.computeIfAbsent(f, x -> new ArrayList<>())
                    .add((same ? "" : "reported ") + number(m, r.value(), scale).strip()));
            if (!same) {
                a.flags().forEach(f -> viewsByFlag.computeIfAbsent(f, x -> new ArrayList<>())
                        .add("adjusted " + number(m, a.value(), scale).strip()));
            }
            List<String> parts = new ArrayList<>();
            viewsByFlag.forEach((flag, views) -> parts.add(String.join(", ", views) + ": " + flag));
            if (!parts.isEmpty()) {
                lines.add(m.label() + ": " + String.join("; ", parts));
            }
        }
        return lines;
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.append(title).append('\n');
        lines.forEach(l -> out.append("  ").append(l).append('\n'));
    }

    /** Adjusted more than 5% away from reported (relative to reported); any change from a reported 0. */
    static boolean differsMuch(MetricValue reported, MetricValue adjusted) {
        if (!reported.isAvailable() || !adjusted.isAvailable()) {
            return false;
        }
        BigDecimal change = adjusted.value().subtract(reported.value()).abs();
        if (reported.value().signum() == 0) {
            return change.signum() != 0;
        }
        return change.compareTo(reported.value().abs().multiply(MARK_THRESHOLD)) > 0;
    }

    private static String cell(Metric m, MetricValue v, Scale scale) {
        return v.isAvailable() ? number(m, v.value(), scale) : "n/a ";
    }

    /** A value in the table's unit; positives end in a space where negatives end in ")", so digits line up. */
    static String number(Metric m, BigDecimal value, Scale scale) {
        return switch (m.unit()) {
            // dividing by a power of ten is exact, so no MathContext is needed here
            case MONEY -> grouped(value.divide(scale.divisor()), scale.decimals(), "");
            case RATIO -> grouped(value.multiply(HUNDRED), 1, "%");
            case MONTHS -> grouped(value, 1, "");
            case MULTIPLE -> grouped(value, 2, "x");
        };
    }

    /** A difference: money and months as values, ratios in percentage points, multiples with x. */
    static String difference(Metric m, BigDecimal value, Scale scale) {
        return m.unit() == Metric.Unit.RATIO ? grouped(value.multiply(HUNDRED), 1, " pp") : number(m, value, scale);
    }

    /** Half-even to {@code decimals}, thousands separators, a negative in parentheses. */
    static String grouped(BigDecimal value, int decimals, String suffix) {
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_EVEN);
        String digits = rounded.abs().toPlainString();
        int point = digits.indexOf('.');
        StringBuilder whole = new StringBuilder(point < 0 ? digits : digits.substring(0, point));
        for (int i = whole.length() - 3; i > 0; i -= 3) {
            whole.insert(i, ',');
        }
        String text = whole + (point < 0 ? "" : digits.substring(point)) + suffix;
        return rounded.signum() < 0 ? "(" + text + ")" : text + " ";
    }

    private static List<BigDecimal> moneyValues(PeriodMetrics p) {
        List<BigDecimal> values = new ArrayList<>();
        for (Metric m : Metric.values()) {
            if (m.unit() == Metric.Unit.MONEY) {
                for (MetricValue v : List.of(p.reported(m), p.adjusted(m))) {
                    if (v.isAvailable()) {
                        values.add(v.value());
                    }
                }
            }
        }
        return values;
    }

    /**
     * The money unit of one table: the largest of $B, $M, $K and $ in which the smallest non-zero figure
     * is still at least 1, so no figure shows as 0.0 while the large ones stay short.
     */
    record Scale(String label, BigDecimal divisor, int decimals) {
        static final Scale BILLIONS = new Scale("$B", new BigDecimal("1000000000"), 2);
        static final Scale MILLIONS = new Scale("$M", new BigDecimal("1000000"), 1);
        static final Scale THOUSANDS = new Scale("$K", new BigDecimal("1000"), 1);
        static final Scale UNITS = new Scale("$", BigDecimal.ONE, 0);

        static Scale forMoney(List<BigDecimal> values) {
            BigDecimal smallest = values.stream().filter(v -> v.signum() != 0).map(BigDecimal::abs)
                    .min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
            for (Scale s : List.of(BILLIONS, MILLIONS, THOUSANDS)) {
                if (smallest.compareTo(s.divisor()) >= 0) {
                    return s;
                }
            }
            return UNITS;
        }
    }

    // ---------------------------------------------------------------- chart

    /** One bar per period: {@code #} adjusted revenue, {@code +} the part of reported that the rules removed. */
    static String chart(MetricsReport report) {
        List<MetricsReport.PeriodRevenue> points = report.revenue();
        List<BigDecimal> values = new ArrayList<>();
        points.forEach(pt -> {
            values.add(pt.reported());
            values.add(pt.adjusted());
        });
        Scale scale = Scale.forMoney(values);
        BigDecimal max = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", "", "Reported ", "Adjusted "});
        for (MetricsReport.PeriodRevenue pt : points) {
            int reported = barLength(pt.reported(), max);
            int adjusted = barLength(pt.adjusted(), max);
            String bar = "#".repeat(Math.min(adjusted, reported)) + "+".repeat(Math.max(0, reported - adjusted))
                    + "#".repeat(Math.max(0, adjusted - reported));
            rows.add(new String[] {pt.period().label(), bar,
                grouped(pt.reported().divide(scale.divisor()), scale.decimals(), ""),
                grouped(pt.adjusted().divide(scale.divisor()), scale.decimals(), "")});
        }
        int[] widths = {0, BAR_WIDTH, 0, 0};
        rows.forEach(row -> {
            widths[0] = Math.max(widths[0], row[0].length());
            widths[2] = Math.max(widths[2], row[2].length());
            widths[3] = Math.max(widths[3], row[3].length());
        });
        StringBuilder out = new StringBuilder("Revenue by ").append(report.granularity().label()).append(", ")
                .append(scale.label()).append(": # adjusted, + removed by the rules (reported - adjusted)\n");
        for (String[] row : rows) {
            out.append((rightPad(row[0], widths[0]) + "  " + rightPad(row[1], widths[1]) + "  "
                    + leftPad(row[2], widths[2]) + "  " + leftPad(row[3], widths[3])).stripTrailing()).append('\n');
        }
        List<String> partial = points.stream().filter(pt -> pt.monthsInData() < pt.monthsInPeriod())
                .map(pt -> pt.period().label() + " has " + pt.monthsInData() + " of " + pt.monthsInPeriod() + " months")
                .toList();
        if (!partial.isEmpty()) {
            out.append("Partial: ").append(String.join(", ", partial)).append(" in the data\n");
        }
        return out.toString();
    }

    /** Bar length in characters, rounded half-up; negative or zero revenue draws nothing. */
    private static int barLength(BigDecimal value, BigDecimal max) {
        if (value.signum() <= 0 || max.signum() <= 0) {
            return 0;
        }
        return value.multiply(BigDecimal.valueOf(BAR_WIDTH)).divide(max, 0, RoundingMode.HALF_UP).intValueExact();
    }

    private static String leftPad(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    private static String rightPad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    /** Control characters from the input (a customer's name) would move the cursor; show them as '?'. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}

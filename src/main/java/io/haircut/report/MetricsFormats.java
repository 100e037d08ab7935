package io.haircut.report;

import io.haircut.metrics.Metric;
import io.haircut.metrics.MetricValue;
import io.haircut.metrics.MetricsReport;
import io.haircut.metrics.PeriodMetrics;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    private MetricsFormats() {
    }

    /**
     * The report: on the screen the side-by-side table per chosen period and a revenue chart (see
     * {@link #screen}); in CSV {@code period,metric,unit,reported,adjusted,difference,notes}, one record per
     * period and metric (an unavailable value is an empty field, {@code notes} gives the reasons: "adjusted
     * n/a: ..."); in JSON {@code {"currency", "periods": [{"period", "reported": {key: value}, "adjusted":
     * {...}, "notes": [...]}]}}. JSON values are strings (money with 2 decimals, everything else with 4) or
     * null when not available; each note is {@code {"view", "metric", "kind", "text"}} with kind {@code n/a},
     * {@code warning}, {@code flag} or {@code note}, so every null has its reason.
     */
    public static Report report(MetricsReport report) {
        List<Json> periods = new ArrayList<>();
        List<List<Object>> records = new ArrayList<>();
        for (PeriodMetrics p : report.periods()) {
            List<Json> notes = new ArrayList<>();
            for (Note n : notes(p)) {
                notes.add(Json.object().put("view", n.view()).put("metric", n.metric().key()).put("kind", n.kind()).put("text", n.text()));
            }
            periods.add(Json.object().put("period", p.period().label()).put("reported", values(p.reported()))
                    .put("adjusted", values(p.adjusted())).put("notes", notes));
            for (Metric m : Metric.values()) {
                List<String> texts = new ArrayList<>();
                notes(p).stream().filter(n -> n.metric() == m).forEach(n -> texts.add(n.view() + " " + n.kind() + ": " + n.text()));
                records.add(Table.row(p.period().label(), m.key(), unitName(m, report.currency()),
                        csvValue(m, p.reported(m)), csvValue(m, p.adjusted(m)), p.difference(m).map(d -> plain(m, d)).orElse(null),
                        texts.isEmpty() ? null : String.join("; ", texts)));
            }
        }
        Table table = Table.of(List.of(Table.Column.text("Period", "period"), Table.Column.text("Metric", "metric"),
                Table.Column.text("Unit", "unit"), Table.Column.figure("Reported", "reported"),
                Table.Column.figure("Adjusted", "adjusted"), Table.Column.figure("Difference", "difference"),
                Table.Column.text("Notes", "notes")), records);
        return new Report(screen(report), table, Json.object().put("currency", report.currency()).put("periods", periods));
    }

    private static Json values(Map<Metric, MetricValue> values) {
        Json node = Json.object();
        for (Metric m : Metric.values()) {
            MetricValue v = values.get(m);
            node.put(m.key(), v != null && v.isAvailable() ? plain(m, v.value()) : null);
        }
        return node;
    }

    /** The exact value rounded half-even for files: money to cents, anything else to 4 decimals. */
    static String plain(Metric metric, BigDecimal value) {
        int scale = metric.unit() == Metric.Unit.MONEY ? 2 : 4;
        return value.setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String csvValue(Metric m, MetricValue v) {
        return v.isAvailable() ? plain(m, v.value()) : null;
    }

    private static String unitName(Metric m, String currency) {
        return switch (m.unit()) {
            case MONEY -> currency;
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
    private static List<Report.Block> screen(MetricsReport report) {
        StringBuilder out = new StringBuilder("Unit economics: ").append(Figures.printable(report.company())).append(", ");
        if (report.periods().size() == 1) {
            out.append(report.periods().get(0).period().label()).append(" (").append(Figures.printable(report.selection()));
        } else {
            out.append(Figures.printable(report.selection())).append(" (");
        }
        out.append(", of ").append(report.firstMonth()).append(" .. ").append(report.lastMonth())
                .append("; --period picks another, --period all every one)\n");
        out.append("Reported: revenue as booked. Adjusted: third-party cash revenue, after the loaded rules. In ")
                .append(Figures.printable(report.currency())).append(".\n");
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Text(out.toString()));
        for (PeriodMetrics p : report.periods()) {
            blocks.add(Report.Text.lines(""));
            blocks.addAll(periodTable(p));
        }
        blocks.add(Report.Text.lines(""));
        blocks.add(chart(report));
        return blocks;
    }

    private static List<Report.Block> periodTable(PeriodMetrics p) {
        Scale scale = Scale.forMoney(moneyValues(p));
        StringBuilder title = new StringBuilder(p.period().label());
        if (p.partial()) {
            title.append(" (partial: ").append(p.monthsInData()).append(" of ").append(p.monthsInPeriod()).append(" months in the data)");
        }
        title.append(", money in ").append(scale.label());

        List<List<Object>> rows = new ArrayList<>();
        boolean anyMarked = false;
        boolean anyWarning = false;
        for (Metric m : Metric.values()) {
            MetricValue r = p.reported(m);
            MetricValue a = p.adjusted(m);
            boolean marked = differsMuch(r, a);
            anyMarked |= marked;
            anyWarning |= !r.warnings().isEmpty() || !a.warnings().isEmpty();
            rows.add(Table.row(m.label(),
                cell(m, r, scale) + (r.warnings().isEmpty() ? " " : "!"),
                cell(m, a, scale) + (a.warnings().isEmpty() ? " " : "!") + (marked ? "*" : " "),
                p.difference(m).map(d -> difference(m, d, scale)).orElse("")));
        }
        Table table = new Table(title.toString(), List.of(Table.Column.text("Metric", "metric"),
                Table.Column.figure("Reported  ", "reported"), Table.Column.figure("Adjusted   ", "adjusted"),
                Table.Column.figure("Difference ", "difference")), rows, List.of(), true);
        List<String> under = new ArrayList<>();
        List<String> legend = new ArrayList<>();
        if (anyMarked) {
            legend.add("* adjusted differs from reported by more than 5%");
        }
        if (anyWarning) {
            legend.add("! warning, listed below");
        }
        if (!legend.isEmpty()) {
            under.add(String.join("; ", legend));
        }
        section(under, "Not available", byMetric(p, v -> v.isAvailable() ? null : v.unavailable()));
        section(under, "Warnings (!)", byMetric(p, v -> v.warnings().isEmpty() ? null : String.join("; ", v.warnings())));
        section(under, "Flags", flags(p, scale));
        section(under, "Notes", byMetric(p, MetricValue::note));
        return List.of(table, Report.Text.lines(under));
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
        labelsByText.forEach((t, labels) -> lines.add(String.join(", ", labels) + ": " + Figures.printable(t)));
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

    private static void section(List<String> out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.add(title);
        lines.forEach(l -> out.add("  " + l));
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
            case MONEY -> Figures.grouped(value.divide(scale.divisor()), scale.decimals(), "");
            case RATIO -> Figures.grouped(value.multiply(HUNDRED), 1, "%");
            case MONTHS -> Figures.grouped(value, 1, "");
            case MULTIPLE -> Figures.grouped(value, 2, "x");
        };
    }

    /** A difference: money and months as values, ratios in percentage points, multiples with x. */
    static String difference(Metric m, BigDecimal value, Scale scale) {
        return m.unit() == Metric.Unit.RATIO ? Figures.grouped(value.multiply(HUNDRED), 1, " pp") : number(m, value, scale);
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
    static Table chart(MetricsReport report) {
        List<MetricsReport.PeriodRevenue> points = report.revenue();
        List<BigDecimal> values = new ArrayList<>();
        points.forEach(pt -> {
            values.add(pt.reported());
            values.add(pt.adjusted());
        });
        Scale scale = Scale.forMoney(values);
        BigDecimal max = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        List<List<Object>> rows = new ArrayList<>();
        for (MetricsReport.PeriodRevenue pt : points) {
            int reported = barLength(pt.reported(), max);
            int adjusted = barLength(pt.adjusted(), max);
            String bar = "#".repeat(Math.min(adjusted, reported)) + "+".repeat(Math.max(0, reported - adjusted))
                    + "#".repeat(Math.max(0, adjusted - reported));
            rows.add(Table.row(pt.period().label(), bar,
                Figures.grouped(pt.reported().divide(scale.divisor()), scale.decimals(), ""),
                Figures.grouped(pt.adjusted().divide(scale.divisor()), scale.decimals(), "")));
        }
        List<String> partial = points.stream().filter(pt -> pt.monthsInData() < pt.monthsInPeriod())
                .map(pt -> pt.period().label() + " has " + pt.monthsInData() + " of " + pt.monthsInPeriod() + " months")
                .toList();
        return new Table("Revenue by " + report.granularity().label() + ", " + scale.label()
                + ": # adjusted, + removed by the rules (reported - adjusted)", List.of(Table.Column.text("", "period"),
                Table.Column.text("", "bar").atLeast(BAR_WIDTH), Table.Column.figure("Reported ", "reported"),
                Table.Column.figure("Adjusted ", "adjusted")), rows,
                partial.isEmpty() ? List.of() : List.of("Partial: " + String.join(", ", partial) + " in the data"), true);
    }

    /** Bar length in characters, rounded half-up; negative or zero revenue draws nothing. */
    private static int barLength(BigDecimal value, BigDecimal max) {
        if (value.signum() <= 0 || max.signum() <= 0) {
            return 0;
        }
        return value.multiply(BigDecimal.valueOf(BAR_WIDTH)).divide(max, 0, RoundingMode.HALF_UP).intValueExact();
    }
}

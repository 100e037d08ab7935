package io.haircut.export;

import io.haircut.HaircutException;
import io.haircut.coverage.Coverage;
import io.haircut.coverage.CoverageOptions;
import io.haircut.coverage.CoverageReport;
import io.haircut.coverage.CoverageYear;
import io.haircut.coverage.Scenario;
import io.haircut.coverage.Scenarios;
import io.haircut.metrics.Metric;
import io.haircut.metrics.MetricValue;
import io.haircut.metrics.MetricsReport;
import io.haircut.metrics.PeriodMetrics;
import io.haircut.metrics.UnitEconomics;
import io.haircut.report.CoverageFormats;
import io.haircut.report.MetricsFormats;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.xlsx.sheets.CoverageRow;
import io.haircut.xlsx.sheets.CoverageSection;
import io.haircut.xlsx.layout.FigureKind;
import io.haircut.xlsx.sheets.KeyFigure;
import io.haircut.xlsx.sheets.MetricRow;
import io.haircut.xlsx.WorkbookContents;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the analyst has loaded, as the adjusted workbook and the named reports show it: the bridge,
 * unit economics of the last full quarter and coverage under each scenario. Only maps the metrics and
 * coverage stages' records onto the workbook's rows; it computes nothing itself.
 */
public final class AnalysisWorkbook {

    /** The workbook's contents, and why a section was left out (empty when none was). */
    public record Contents(WorkbookContents workbook, List<String> leftOut) {
        public Contents {
            leftOut = List.copyOf(leftOut);
        }
    }

    private AnalysisWorkbook() {
    }

    public static Contents of(AdjustedLedger adjusted, Scenarios scenarios) {
        WorkbookContents contents = WorkbookContents.of(adjusted);
        List<String> leftOut = new ArrayList<>();
        MetricsReport metrics = UnitEconomics.defaultPeriod(adjusted);
        PeriodMetrics period = metrics.periods().get(0);
        contents = contents.withUnitEconomics(metricRows(period, metrics.selection()),
                new WorkbookContents.MetricsPeriod(period.period().label() + " (" + metrics.selection() + ")",
                        monthsInData(period, metrics)));
        CoverageChoice coverage = coverageChoice(adjusted, scenarios);
        if (coverage.available()) {
            contents = contents.withCoverage(coverageSection(coverage.reports()), coverage.reports());
        } else {
            // The workbook is still right without the Coverage sheet; the analyst is told why it is not there.
            leftOut.add("Coverage sheet left out: " + coverage.reason());
        }
        leftOut.addAll(io.haircut.xlsx.AdjustedWorkbookExporter.notCopied(adjusted.ledger()));
        return new Contents(contents, leftOut);
    }

    /** The Coverage sheet's reports, one per scenario; or, when there are none, the reason. */
    record CoverageChoice(List<CoverageReport> reports, String reason) {
        boolean available() {
            return reason == null;
        }
    }

    /**
     * Coverage is drawn when the session has scenarios and the coverage stage accepts the ledger's
     * commitments (it refuses none at all, or ones it cannot add up, and says why in its message).
     */
    static CoverageChoice coverageChoice(AdjustedLedger adjusted, Scenarios scenarios) {
        if (scenarios.all().isEmpty()) {
            return new CoverageChoice(List.of(), NO_SCENARIOS);
        }
        try {
            return new CoverageChoice(coverage(adjusted, scenarios), null);
        } catch (HaircutException refused) {
            return new CoverageChoice(List.of(), refused.getMessage());
        }
    }

    private static final String NO_SCENARIOS = "no scenarios to cover; add one with: scenario add NAME --growth 40%";

    /** The reports {@code export FILE.csv|json} and {@code export --all} know, with metrics and coverage. */
    public static Reports reports(Scenarios scenarios) {
        return Reports.standard()
                .with(new ExportedReport("metrics", "unit economics for the latest month (the default period), reported and adjusted "
                        + "side by side", a -> MetricsFormats.report(UnitEconomics.defaultPeriod(a))))
                .with(new ExportedReport("coverage", "commitment coverage by year under each scenario",
                        a -> CoverageFormats.report(coverage(a, scenarios))));
    }

    private static List<CoverageReport> coverage(AdjustedLedger adjusted, Scenarios scenarios) {
        if (scenarios.all().isEmpty()) {
            throw new HaircutException(NO_SCENARIOS);
        }
        return scenarios.all().stream().map(s -> Coverage.of(adjusted, s, CoverageOptions.bindingOnly())).toList();
    }

    static List<MetricRow> metricRows(PeriodMetrics p, String selection) {
        List<MetricRow> rows = new ArrayList<>();
        for (Metric m : Metric.values()) {
            MetricValue reported = p.reported(m);
            MetricValue adjusted = p.adjusted(m);
            String note = firstNonNull(adjusted.unavailable(), reported.unavailable(), adjusted.note(), reported.note());
            if (m == Metric.REVENUE) {
                note = p.period().label() + " (" + selection + ")";
            }
            rows.add(new MetricRow(m.label(), reported.value(), adjusted.value(), kind(m.unit()), note));
        }
        return rows;
    }

    /** The period's months that lie within the data, as the metrics stage counts them. */
    private static List<java.time.YearMonth> monthsInData(PeriodMetrics p, MetricsReport report) {
        List<java.time.YearMonth> months = new ArrayList<>();
        java.time.YearMonth start = p.period().start();
        for (int i = 0; i < 12; i++) {
            java.time.YearMonth m = start.plusMonths(i);
            if (io.haircut.ledger.Period.containing(p.period().granularity(), m).equals(p.period())
                    && !m.isBefore(report.firstMonth()) && !m.isAfter(report.lastMonth())) {
                months.add(m);
            }
        }
        return months;
    }

    private static CoverageSection coverageSection(List<CoverageReport> reports) {
        CoverageReport first = reports.get(0);
        List<CoverageRow> rows = new ArrayList<>();
        List<KeyFigure> headline = new ArrayList<>();
        for (CoverageReport r : reports) {
            for (CoverageYear y : r.years()) {
                rows.add(new CoverageRow(r.scenario().name(), y.year(), y.projectedRevenue(), y.commitments(),
                        y.revenueCoverage(), y.cumulativeCoverage(), y.revenueAfterBase(), y.commitmentsAfterBase(),
                        r.cashOnHand().add(r.unusedCredits())));
            }
            Scenario s = r.scenario();
            headline.add(new KeyFigure("First shortfall year, " + s.name(), r.firstShortfallYear().map(BigDecimal::valueOf).orElse(null),
                    FigureKind.YEAR, r.firstShortfallYear().isPresent() ? null : "no year falls short"));
            headline.add(new KeyFigure("Break-even growth, " + s.name(), r.breakEvenGrowth().orElse(null),
                    FigureKind.PERCENT, r.breakEvenNote()));
        }
        return new CoverageSection(first.cashOnHand().add(first.unusedCredits()), rows, headline);
    }

    private static FigureKind kind(Metric.Unit unit) {
        return switch (unit) {
            case MONEY -> FigureKind.MONEY;
            case RATIO -> FigureKind.PERCENT;
            case MONTHS -> FigureKind.MONTHS;
            case MULTIPLE -> FigureKind.MULTIPLE;
        };
    }

    private static String firstNonNull(String... texts) {
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                return t;
            }
        }
        return null;
    }
}

package io.haircut.report;

import io.haircut.coverage.CapacityAssumption;
import io.haircut.coverage.Coverage;
import io.haircut.coverage.CoverageReport;
import io.haircut.coverage.CoverageYear;
import io.haircut.coverage.Ltm;
import io.haircut.coverage.Scenario;
import io.haircut.coverage.Scenarios;
import io.haircut.ledger.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders commitment coverage (docs/commands/coverage.md) as a terminal table with a text chart, CSV
 * or JSON, for one scenario or several side by side. Pure functions of the reports; rounding happens
 * here only: money half-even to cents, ratios half-even to 4 decimals, percents to 2.
 */
public final class CoverageFormats {

    private static final String[] CSV_COLUMNS = {"scenario", "basis", "growth", "decay", "withoutTopCustomer", "year",
        "commitments", "projectedRevenue", "revenueCoverage", "cumulativeCoverage", "creditsShare", "usdPerGwYear",
        "actualRevenue", "revenueAfterBase", "commitmentsAfterBase", "cashLeft", "fundingGap", "withoutVendorFunding"};

    /** The columns that hold names, guarded in CSV; the others hold figures. */
    private static final Set<String> TEXT_COLUMNS = Set.of("scenario", "withoutTopCustomer");

    /** The chart draws 1.0 after this many marks; each mark is 1 / UNIT_MARKS of coverage (0.05). */
    private static final int UNIT_MARKS = 20;
    private static final int CHART_MARKS = 2 * UNIT_MARKS;

    private CoverageFormats() {
    }

    // ---------------------------------------------------------------- one scenario

    /**
     * One scenario: on the screen the per-year table, the summary figures, the chart, then the assumptions
     * and notes; in CSV one record per year; in JSON {@code {"basis", "growth", "years": [...],
     * "firstShortfallYear", "breakEvenGrowth", ...}}: the keys in the documented order, then the extra keys
     * docs/commands/coverage.md lists.
     */
    public static Report report(CoverageReport r) {
        return new Report(screen(r), records(List.of(r)), object(r));
    }

    /**
     * Several scenarios: on the screen side by side (see {@link #comparison}); in CSV one record per year of
     * each; in JSON {@code {"scenarios": [one object per scenario, as report(CoverageReport)]}}.
     */
    public static Report report(List<CoverageReport> reports) {
        return new Report(comparison(reports), records(reports),
                Json.object().put("scenarios", reports.stream().map(CoverageFormats::object).toList()));
    }

    private static List<Report.Block> screen(CoverageReport r) {
        StringBuilder out = new StringBuilder();
        Scenario s = r.scenario();
        out.append("Commitment coverage (").append(printable(r.currency())).append("): scenario ").append(printable(s.name()))
                .append(", ").append(growthText(s)).append(", ").append(s.basis().label()).append(" revenue\n");
        out.append(ltmLine(r)).append('\n');
        out.append(cashLine(r)).append('\n');
        vendorLines(r).forEach(l -> out.append(l).append('\n'));
        out.append("Counting ").append(statuses(r.included())).append(" commitments\n\n");

        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Year", "Growth", "Commitments ", "Projected revenue ", "Revenue coverage", "Cumulative coverage",
                "Credits share", "Cash left ", "Funding gap "));
        for (CoverageYear y : r.years()) {
            rows.add(List.of(Integer.toString(y.year()), y.year() == r.baseYear() ? "-" : percent(y.growth()),
                    Figures.grouped(y.commitments()), Figures.grouped(y.projectedRevenue()),
                    ratio(y.revenueCoverage()), ratio(y.cumulativeCoverage()), ratio(y.creditsShare()),
                    Figures.grouped(y.cashLeft()), Figures.grouped(y.fundingGap())));
        }
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Text(out.toString()));
        blocks.add(columns(rows));
        out.setLength(0);
        out.append('\n');
        out.append("First shortfall year: ").append(r.firstShortfallYear().map(String::valueOf).orElse("none")).append('\n');
        out.append(runOutLine(r)).append('\n');
        out.append("Break-even growth: ").append(breakEvenText(r)).append('\n');
        out.append("Break-even growth after ").append(r.baseYear()).append(": ")
                .append(r.breakEvenGrowthAfterBaseYear().map(CoverageFormats::percent).orElse("none")).append('\n');
        out.append('\n');
        blocks.add(new Report.Text(out.toString()));
        blocks.add(chart(r));
        blocks.add(Report.Text.lines(footnotes(List.of(r))));
        return blocks;
    }

    /**
     * Revenue coverage by year as bars of {@code #}, one per 0.05, with {@code |} at 1.0; a bar longer
     * than 2.0 ends in {@code >}. The exact ratio (4 decimals) follows each bar.
     */
    static Table chart(CoverageReport r) {
        List<List<Object>> rows = new ArrayList<>();
        for (CoverageYear y : r.years()) {
            int marks = y.revenueCoverage().max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(UNIT_MARKS))
                    .setScale(0, RoundingMode.DOWN).min(BigDecimal.valueOf(CHART_MARKS + 1)).intValueExact();
            StringBuilder bar = new StringBuilder();
            bar.append("#".repeat(Math.min(marks, UNIT_MARKS))).append(" ".repeat(Math.max(0, UNIT_MARKS - marks))).append('|');
            int beyond = Math.min(Math.max(0, marks - UNIT_MARKS), UNIT_MARKS);
            bar.append("#".repeat(beyond)).append(marks > CHART_MARKS ? ">" : " ").append(" ".repeat(UNIT_MARKS - beyond));
            rows.add(Table.row(Integer.toString(y.year()), bar.toString(), ratio(y.revenueCoverage())));
        }
        return new Table("Revenue coverage by year (# = 0.05, | = 1.0)", List.of(Table.Column.text("Year", "year"),
                Table.Column.text("Bar", "bar"), Table.Column.figure("Revenue coverage", "revenueCoverage")), rows, List.of(), false);
    }

    /** One record per year of each report; growth, decay and ratios as fractions. */
    private static Table records(List<CoverageReport> reports) {
        List<List<Object>> rows = new ArrayList<>();
        for (CoverageReport r : reports) {
            Scenario s = r.scenario();
            String gwPrice = r.assumptions().isEmpty() ? null : Figures.plain(r.assumptions().get(0).usdPerGwYear());
            for (CoverageYear y : r.years()) {
                rows.add(Table.row(s.name(), s.basis().label(), fraction(s.growth()), fraction(s.decay()),
                        r.ltm().removedGroup(), y.year(), y.commitments(), y.projectedRevenue(),
                        ratio(y.revenueCoverage()), ratio(y.cumulativeCoverage()), ratio(y.creditsShare()), gwPrice,
                        y.actualRevenue(), y.revenueAfterBase(), y.commitmentsAfterBase(), y.cashLeft(), y.fundingGap(),
                        Boolean.toString(s.withoutVendorFunding())));
            }
        }
        List<Table.Column> columns = new ArrayList<>();
        for (String key : CSV_COLUMNS) {
            columns.add(TEXT_COLUMNS.contains(key) ? Table.Column.text(key, key) : Table.Column.figure(key, key));
        }
        return Table.of(columns, rows);
    }

    // ---------------------------------------------------------------- several scenarios

    /**
     * The scenarios side by side: their settings, revenue coverage and cumulative coverage by year (the
     * commitments are the same in every scenario), first shortfall year and break-even growth.
     */
    private static List<Report.Block> comparison(List<CoverageReport> reports) {
        CoverageReport first = reports.get(0);
        StringBuilder out = new StringBuilder("Commitment coverage by scenario (").append(printable(first.currency())).append("; ")
                .append(statuses(first.included())).append(" commitments; base year ").append(first.baseYear()).append(")\n");
        out.append(cashLine(first)).append("\n");
        vendorLines(first).forEach(l -> out.append(l).append('\n'));
        out.append('\n');

        List<List<String>> rows = new ArrayList<>();
        rows.add(row("Scenario", "", reports, r -> printable(r.scenario().name())));
        rows.add(row("Basis", "", reports, r -> r.scenario().basis().label()));
        rows.add(row("Growth", "", reports, r -> percent(r.scenario().growth())));
        rows.add(row("Decay", "", reports, r -> percent(r.scenario().decay())));
        rows.add(row("Top customer", "", reports, r -> r.ltm().removedGroup() == null ? "kept" : "less " + printable(r.ltm().removedGroup())));
        rows.add(row("LTM revenue", "", reports, r -> Figures.grouped(r.ltm().revenue())));
        Set<Integer> years = new TreeSet<>();
        reports.forEach(r -> r.years().forEach(y -> years.add(y.year())));
        for (String heading : List.of("Revenue coverage", "Cumulative coverage")) {
            rows.add(List.of());
            rows.add(List.of(heading));
            rows.add(row("Year", "Commitments ", reports, r -> printable(r.scenario().name())));
            for (int year : years) {
                rows.add(yearRow(year, reports, heading.startsWith("Revenue") ? CoverageYear::revenueCoverage : CoverageYear::cumulativeCoverage));
            }
        }
        rows.add(List.of());
        rows.add(row("First shortfall year", "", reports, r -> r.firstShortfallYear().map(String::valueOf).orElse("none")));
        rows.add(row("Break-even growth", "", reports, r -> r.breakEvenGrowth().map(CoverageFormats::percent).orElse("none")));
        rows.add(row("Break-even after " + first.baseYear(), "", reports,
                r -> r.breakEvenGrowthAfterBaseYear().map(CoverageFormats::percent).orElse("none")));
        rows.add(row("Cash runs out", "", reports, r -> r.cashRunOutYear().map(String::valueOf).orElse("none")));
        rows.add(row("Funding gap", "", reports, r -> Figures.grouped(r.fundingGap())));
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Text(out.toString()));
        blocks.add(columns(rows));
        List<String> under = new ArrayList<>();
        Set<String> reasons = new LinkedHashSet<>();
        reports.stream().filter(r -> r.breakEvenGrowth().isEmpty()).forEach(r -> reasons.add(r.breakEvenNote()));
        if (!reasons.isEmpty()) {
            under.add("");
            reasons.forEach(n -> under.add("Break-even growth none: " + printable(n)));
        }
        under.addAll(footnotes(reports));
        blocks.add(Report.Text.lines(under));
        return blocks;
    }

    /** "slowdown: growth 30.00% a year decaying 10.00% a year, adjusted revenue, without the top customer group". */
    public static String describe(Scenario s) {
        return printable(s.name()) + ": " + growthText(s) + ", " + s.basis().label() + " revenue"
                + (s.withoutTopCustomer() ? ", without the top customer group" : "")
                + (s.withoutVendorFunding() ? ", without the vendors' own funding" : "");
    }

    /** The session's scenarios, one a line, in the order coverage --scenarios shows them. */
    public static String scenarioList(Scenarios scenarios) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Scenario", "Growth", "Decay", "Basis", "Top customer", "Vendor funding"));
        for (Scenario s : scenarios.all()) {
            rows.add(List.of(printable(s.name()), percent(s.growth()), percent(s.decay()), s.basis().label(),
                    s.withoutTopCustomer() ? "left out" : "kept", s.withoutVendorFunding() ? "left out" : "kept"));
        }
        return ScreenRenderer.text(columns(rows));
    }

    // ---------------------------------------------------------------- pieces

    private static Json object(CoverageReport r) {
        Scenario s = r.scenario();
        Json node = Json.object();
        node.put("basis", s.basis().label());
        node.put("growth", fraction(s.growth()));
        List<Object> years = new ArrayList<>();
        node.put("years", years);
        for (CoverageYear y : r.years()) {
            Json year = Json.object();
            years.add(year);
            year.put("year", y.year());
            year.put("commitments", Figures.plain(y.commitments()));
            year.put("projectedRevenue", Figures.plain(y.projectedRevenue()));
            year.put("revenueCoverage", ratio(y.revenueCoverage()));
            year.put("cumulativeCoverage", ratio(y.cumulativeCoverage()));
            year.put("creditsShare", ratio(y.creditsShare()));
            year.put("growth", fraction(y.growth()));
            year.put("actualRevenue", Figures.plain(y.actualRevenue()));
            year.put("revenueAfterBase", Figures.plain(y.revenueAfterBase()));
            year.put("commitmentsAfterBase", Figures.plain(y.commitmentsAfterBase()));
            year.put("cashLeft", Figures.plain(y.cashLeft()));
            year.put("fundingGap", Figures.plain(y.fundingGap()));
        }
        node.put("firstShortfallYear", r.firstShortfallYear().orElse(null));
        node.put("breakEvenGrowth", r.breakEvenGrowth().map(CoverageFormats::fraction).orElse(null));
        node.put("breakEvenGrowthAfterBaseYear", r.breakEvenGrowthAfterBaseYear().map(CoverageFormats::fraction).orElse(null));
        node.put("breakEvenNote", r.breakEvenNote());
        node.put("scenario", s.name());
        node.put("decay", fraction(s.decay()));
        node.put("withoutTopCustomer", r.ltm().removedGroup() == null ? null
                : Json.object().put("group", r.ltm().removedGroup()).put("revenue", Figures.plain(r.ltm().removedAmount())));
        node.put("currency", r.currency());
        node.put("baseYear", r.baseYear());
        node.put("ltm", Json.object().put("from", r.ltm().from().toString()).put("to", r.ltm().to().toString())
                .put("months", r.ltm().months()).put("revenue", Figures.plain(r.ltm().revenue())));
        node.put("cashOnHand", Figures.plain(r.cashOnHand()));
        node.put("unusedCredits", Figures.plain(r.unusedCredits()));
        node.put("cashMonth", r.cashMonth() == null ? null : r.cashMonth().toString());
        node.put("included", r.included().stream().map(Status::label).toList());
        List<Object> assumptions = new ArrayList<>();
        node.put("assumptions", assumptions);
        for (CapacityAssumption a : r.assumptions()) {
            Json o = Json.object();
            assumptions.add(o);
            o.put("vendor", a.vendor());
            o.put("gigawatts", a.gigawatts().toPlainString());
            o.put("firstYear", a.firstYear());
            o.put("lastYear", a.lastYear());
            o.put("usdPerGwYear", Figures.plain(a.usdPerGwYear()));
            o.put("usdPerYear", Figures.plain(a.usdPerYear()));
            o.put("source", a.source().toString());
        }
        node.put("notes", r.notes());
        node.put("cashRunOutYear", r.cashRunOutYear().orElse(null));
        node.put("fundingGap", Figures.plain(r.fundingGap()));
        node.put("baseYearAssumptions", r.baseYearLines());
        CoverageReport.VendorFunding v = r.vendorFunding();
        if (v == null) {
            node.put("withoutVendorFunding", null);
        } else {
            Json o = Json.object();
            node.put("withoutVendorFunding", o);
            o.put("groups", v.groups());
            o.put("cashBefore", Figures.plain(v.cashBefore()));
            o.put("cashFunding", Figures.plain(v.cashFunding()));
            o.put("cashRemoved", Figures.plain(v.cashRemoved()));
            o.put("creditsBefore", Figures.plain(v.creditsBefore()));
            o.put("creditFunding", Figures.plain(v.creditFunding()));
            o.put("creditsRemoved", Figures.plain(v.creditsRemoved()));
            o.put("unmatchedVendors", v.unmatchedVendors());
        }
        return node;
    }

    private static String ltmLine(CoverageReport r) {
        Ltm ltm = r.ltm();
        StringBuilder line = new StringBuilder("LTM ").append(ltm.basis().label()).append(" revenue ").append(ltm.from()).append(" .. ")
                .append(ltm.to());
        if (ltm.annualised()) {
            line.append(" (").append(ltm.months()).append(" months, annualised)");
        }
        line.append(": ").append(Figures.grouped(ltm.revenue()).strip());
        if (ltm.removedGroup() != null) {
            line.append(", less ").append(printable(ltm.removedGroup())).append(" (largest customer group: ")
                    .append(Figures.grouped(ltm.removedAmount()).strip()).append(", ")
                    .append(percent(ltm.removedShare(Coverage.MC))).append(" of ")
                    .append(Figures.grouped(ltm.sum()).strip()).append(')');
        }
        return line.append("; base year ").append(ltm.baseYear()).toString();
    }

    private static String cashLine(CoverageReport r) {
        if (r.cashMonth() == null) {
            return "Cash on hand and unused credits: none given (no Cash sheet)";
        }
        return "Cash on hand " + Figures.grouped(r.cashOnHand()).strip() + " and unused credits "
                + Figures.grouped(r.unusedCredits()).strip() + " at " + r.cashMonth();
    }

    /** "Cash runs out: 2027 (funding gap 12,000.00 over the commitment years)" or that it lasts. */
    static String runOutLine(CoverageReport r) {
        if (r.cashRunOutYear().isEmpty()) {
            int last = r.years().isEmpty() ? r.baseYear() : r.years().get(r.years().size() - 1).year();
            return "Cash runs out: not by " + last + ", the last commitment year (cash, credits and projected revenue pay every year)";
        }
        return "Cash runs out: " + r.cashRunOutYear().get() + " (funding gap " + Figures.grouped(r.fundingGap()).strip()
                + " over the commitment years: commitments less projected revenue less the cash left)";
    }

    /** What --without-vendor-funding took out, and the vendors whose funders' money stayed in. */
    private static List<String> vendorLines(CoverageReport r) {
        CoverageReport.VendorFunding v = r.vendorFunding();
        if (v == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("Without vendor funding: took out " + Figures.grouped(v.cashRemoved()).strip() + " of cash (binding cash "
                + "funding received from " + (v.groups().isEmpty() ? "no group" : printable(String.join(", ", v.groups()))) + ": "
                + Figures.grouped(v.cashFunding()).strip() + ", of cash " + Figures.grouped(v.cashBefore()).strip()
                + ") and " + Figures.grouped(v.creditsRemoved()).strip() + " of unused credits (their credit funding: "
                + Figures.grouped(v.creditFunding()).strip() + ", of credits " + Figures.grouped(v.creditsBefore()).strip() + ")");
        if (!v.unmatchedVendors().isEmpty()) {
            lines.add("  commitment vendors in no Parties group, their funders' money left in: "
                    + printable(String.join(", ", v.unmatchedVendors())));
        }
        return lines;
    }

    private static String breakEvenText(CoverageReport r) {
        return r.breakEvenGrowth().map(CoverageFormats::percent).orElseGet(() -> "none (" + printable(r.breakEvenNote()) + ")");
    }

    private static String growthText(Scenario s) {
        String text = "growth " + percent(s.growth()) + " a year";
        return s.decays() ? text + " decaying " + percent(s.decay()) + " a year" : text;
    }

    /** Assumptions first (the base year, every $/GW-year used), then notes; each once. */
    private static List<String> footnotes(List<CoverageReport> reports) {
        Set<String> assumptions = new LinkedHashSet<>();
        Set<String> notes = new LinkedHashSet<>();
        for (CoverageReport r : reports) {
            r.baseYearLines().forEach(l -> assumptions.add(printable(l)));
            r.assumptions().forEach(a -> assumptions.add(assumption(a)));
            r.notes().forEach(n -> notes.add(printable(n)));
        }
        List<String> lines = new ArrayList<>();
        if (assumptions.isEmpty() && notes.isEmpty()) {
            return lines;
        }
        lines.add("");
        assumptions.forEach(a -> lines.add("Assumption: " + a));
        notes.forEach(n -> lines.add("Note: " + n));
        return lines;
    }

    /** "Google Cloud 5 GW a year 2027-2031 at 2,000,000,000.00 per GW-year (--usd-per-gw-year) = 10,000,000,000.00 a year (f!Commitments!H5)". */
    public static String assumption(CapacityAssumption a) {
        String span = a.firstYear() == a.lastYear() ? Integer.toString(a.firstYear()) : a.firstYear() + "-" + a.lastYear();
        return printable(a.vendor()) + " " + a.gigawatts().toPlainString() + " GW a year " + span + " at USD "
                + Figures.grouped(a.usdPerGwYear()).strip() + " per GW-year (--usd-per-gw-year, your figure) = USD "
                + Figures.grouped(a.usdPerYear()).strip() + " a year (" + printable(a.source().toString()) + ")";
    }

    private static List<String> yearRow(int year, List<CoverageReport> reports, Function<CoverageYear, BigDecimal> value) {
        List<String> row = new ArrayList<>();
        row.add(Integer.toString(year));
        BigDecimal commitments = null;
        for (CoverageReport r : reports) {
            for (CoverageYear y : r.years()) {
                if (y.year() == year) {
                    commitments = y.commitments();
                }
            }
        }
        row.add(commitments == null ? "" : Figures.grouped(commitments));
        for (CoverageReport r : reports) {
            row.add(r.years().stream().filter(y -> y.year() == year).findFirst().map(y -> ratio(value.apply(y))).orElse(""));
        }
        return row;
    }

    private static List<String> row(String label, String second, List<CoverageReport> reports,
                                     Function<CoverageReport, String> cell) {
        List<String> row = new ArrayList<>();
        row.add(label);
        row.add(second);
        reports.forEach(r -> row.add(cell.apply(r)));
        return row;
    }

    /** Left-aligned first column, the others right-aligned, two spaces apart; short rows (headings) as they are. */
    private static Table columns(List<List<String>> rows) {
        int count = rows.stream().mapToInt(List::size).max().orElse(0);
        List<Table.Column> columns = new ArrayList<>();
        columns.add(Table.Column.text("", ""));
        for (int c = 1; c < count; c++) {
            columns.add(Table.Column.figure("", ""));
        }
        return new Table(null, columns, rows.stream().map(r -> List.<Object>copyOf(r)).toList(), List.of(), false);
    }

    private static String statuses(List<Status> included) {
        return included.stream().map(Status::label).collect(Collectors.joining(" + "));
    }

    /** A ratio for display: 4 decimals, half-even. */
    static String ratio(BigDecimal ratio) {
        return ratio.setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A rate as a fraction with 4 decimals (0.4000), half-even: the JSON and CSV form. */
    static String fraction(BigDecimal rate) {
        return rate.setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A rate as a percent with 2 decimals (40.00%), half-even: the table form. */
    static String percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    private static String printable(String text) {
        return Figures.printable(text);
    }
}

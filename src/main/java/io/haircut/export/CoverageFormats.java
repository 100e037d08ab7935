package io.haircut.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.haircut.coverage.CapacityAssumption;
import io.haircut.coverage.Coverage;
import io.haircut.coverage.CoverageReport;
import io.haircut.coverage.CoverageYear;
import io.haircut.coverage.Ltm;
import io.haircut.coverage.Scenario;
import io.haircut.coverage.Scenarios;
import io.haircut.ledger.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Renders commitment coverage (docs/commands/coverage.md) as a terminal table with a text chart, CSV
 * or JSON, for one scenario or several side by side. Pure functions of the reports; rounding happens
 * here only: money half-even to cents, ratios half-even to 4 decimals, percents to 2.
 */
public final class CoverageFormats {

    private static final String[] CSV_COLUMNS = {"scenario", "basis", "growth", "decay", "withoutTopCustomer", "year",
        "commitments", "projectedRevenue", "revenueCoverage", "cumulativeCoverage", "creditsShare", "usdPerGwYear",
        "actualRevenue", "revenueAfterBase", "commitmentsAfterBase", "cashLeft", "fundingGap", "withoutVendorFunding"};

    // "\n" line ends, as the bridge's CSV (BridgeFormats says why).
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS).setRecordSeparator("\n").get();

    private static final ObjectWriter JSON = JsonLayout.WRITER;

    /** The chart draws 1.0 after this many marks; each mark is 1 / UNIT_MARKS of coverage (0.05). */
    private static final int UNIT_MARKS = 20;
    private static final int CHART_MARKS = 2 * UNIT_MARKS;

    private CoverageFormats() {
    }

    // ---------------------------------------------------------------- one scenario

    /** The per-year table, the summary figures, the chart, then the assumptions and notes. */
    public static String table(CoverageReport r) {
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
                    BridgeFormats.grouped(y.commitments()), BridgeFormats.grouped(y.projectedRevenue()),
                    ratio(y.revenueCoverage()), ratio(y.cumulativeCoverage()), ratio(y.creditsShare()),
                    BridgeFormats.grouped(y.cashLeft()), BridgeFormats.grouped(y.fundingGap())));
        }
        appendColumns(out, rows);
        out.append('\n');
        out.append("First shortfall year: ").append(r.firstShortfallYear().map(String::valueOf).orElse("none")).append('\n');
        out.append(runOutLine(r)).append('\n');
        out.append("Break-even growth: ").append(breakEvenText(r)).append('\n');
        out.append("Break-even growth after ").append(r.baseYear()).append(": ")
                .append(r.breakEvenGrowthAfterBaseYear().map(CoverageFormats::percent).orElse("none")).append('\n');
        out.append('\n').append(chart(r));
        appendFootnotes(out, List.of(r));
        return out.toString();
    }

    /**
     * Revenue coverage by year as bars of {@code #}, one per 0.05, with {@code |} at 1.0; a bar longer
     * than 2.0 ends in {@code >}. The exact ratio (4 decimals) follows each bar.
     */
    public static String chart(CoverageReport r) {
        StringBuilder out = new StringBuilder("Revenue coverage by year (# = 0.05, | = 1.0)\n");
        int ratioWidth = r.years().stream().mapToInt(y -> ratio(y.revenueCoverage()).length()).max().orElse(0);
        for (CoverageYear y : r.years()) {
            int marks = y.revenueCoverage().max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(UNIT_MARKS))
                    .setScale(0, RoundingMode.DOWN).min(BigDecimal.valueOf(CHART_MARKS + 1)).intValueExact();
            StringBuilder bar = new StringBuilder();
            bar.append("#".repeat(Math.min(marks, UNIT_MARKS))).append(" ".repeat(Math.max(0, UNIT_MARKS - marks))).append('|');
            int beyond = Math.min(Math.max(0, marks - UNIT_MARKS), UNIT_MARKS);
            bar.append("#".repeat(beyond)).append(marks > CHART_MARKS ? ">" : " ").append(" ".repeat(UNIT_MARKS - beyond));
            String shown = ratio(y.revenueCoverage());
            out.append(y.year()).append("  ").append(bar).append(" ".repeat(2 + ratioWidth - shown.length())).append(shown).append('\n');
        }
        return out.toString();
    }

    /** One record per year of each report: see {@link #CSV_COLUMNS}; growth, decay and ratios as fractions. */
    public static String csv(List<CoverageReport> reports) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
            for (CoverageReport r : reports) {
                Scenario s = r.scenario();
                String gwPrice = r.assumptions().isEmpty() ? null : BridgeFormats.plain(r.assumptions().get(0).usdPerGwYear());
                for (CoverageYear y : r.years()) {
                    printer.printRecord(FormulaGuard.text(s.name()), s.basis().label(), fraction(s.growth()), fraction(s.decay()),
                            r.ltm().removedGroup() == null ? null : FormulaGuard.text(r.ltm().removedGroup()), y.year(),
                            BridgeFormats.plain(y.commitments()), BridgeFormats.plain(y.projectedRevenue()),
                            ratio(y.revenueCoverage()), ratio(y.cumulativeCoverage()), ratio(y.creditsShare()), gwPrice,
                            BridgeFormats.plain(y.actualRevenue()), BridgeFormats.plain(y.revenueAfterBase()),
                            BridgeFormats.plain(y.commitmentsAfterBase()), BridgeFormats.plain(y.cashLeft()),
                            BridgeFormats.plain(y.fundingGap()), s.withoutVendorFunding());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // appending to a StringBuilder does not fail
        }
        return out.toString();
    }

    /**
     * {@code {"basis", "growth", "years": [...], "firstShortfallYear", "breakEvenGrowth", ...}}: the keys in
     * the documented order, then the extra keys docs/commands/coverage.md lists.
     */
    public static String json(CoverageReport r) {
        return write(object(r));
    }

    /** {@code {"scenarios": [one object per scenario, as json(CoverageReport)]}}. */
    public static String json(List<CoverageReport> reports) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode array = root.putArray("scenarios");
        reports.forEach(r -> array.add(object(r)));
        return write(root);
    }

    // ---------------------------------------------------------------- several scenarios

    /**
     * The scenarios side by side: their settings, revenue coverage and cumulative coverage by year (the
     * commitments are the same in every scenario), first shortfall year and break-even growth.
     */
    public static String comparison(List<CoverageReport> reports) {
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
        rows.add(row("LTM revenue", "", reports, r -> BridgeFormats.grouped(r.ltm().revenue())));
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
        rows.add(row("Funding gap", "", reports, r -> BridgeFormats.grouped(r.fundingGap())));
        appendColumns(out, rows);
        Set<String> reasons = new LinkedHashSet<>();
        reports.stream().filter(r -> r.breakEvenGrowth().isEmpty()).forEach(r -> reasons.add(r.breakEvenNote()));
        if (!reasons.isEmpty()) {
            out.append('\n');
            reasons.forEach(n -> out.append("Break-even growth none: ").append(printable(n)).append('\n'));
        }
        appendFootnotes(out, reports);
        return out.toString();
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
        StringBuilder out = new StringBuilder();
        appendColumns(out, rows);
        return out.toString();
    }

    // ---------------------------------------------------------------- pieces

    private static ObjectNode object(CoverageReport r) {
        Scenario s = r.scenario();
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("basis", s.basis().label());
        node.put("growth", fraction(s.growth()));
        ArrayNode years = node.putArray("years");
        for (CoverageYear y : r.years()) {
            ObjectNode year = years.addObject();
            year.put("year", y.year());
            year.put("commitments", BridgeFormats.plain(y.commitments()));
            year.put("projectedRevenue", BridgeFormats.plain(y.projectedRevenue()));
            year.put("revenueCoverage", ratio(y.revenueCoverage()));
            year.put("cumulativeCoverage", ratio(y.cumulativeCoverage()));
            year.put("creditsShare", ratio(y.creditsShare()));
            year.put("growth", fraction(y.growth()));
            year.put("actualRevenue", BridgeFormats.plain(y.actualRevenue()));
            year.put("revenueAfterBase", BridgeFormats.plain(y.revenueAfterBase()));
            year.put("commitmentsAfterBase", BridgeFormats.plain(y.commitmentsAfterBase()));
            year.put("cashLeft", BridgeFormats.plain(y.cashLeft()));
            year.put("fundingGap", BridgeFormats.plain(y.fundingGap()));
        }
        Optional<Integer> shortfall = r.firstShortfallYear();
        if (shortfall.isPresent()) {
            node.put("firstShortfallYear", shortfall.get());
        } else {
            node.putNull("firstShortfallYear");
        }
        putFraction(node, "breakEvenGrowth", r.breakEvenGrowth());
        putFraction(node, "breakEvenGrowthAfterBaseYear", r.breakEvenGrowthAfterBaseYear());
        node.put("breakEvenNote", r.breakEvenNote());
        node.put("scenario", s.name());
        node.put("decay", fraction(s.decay()));
        if (r.ltm().removedGroup() == null) {
            node.putNull("withoutTopCustomer");
        } else {
            ObjectNode top = node.putObject("withoutTopCustomer");
            top.put("group", r.ltm().removedGroup());
            top.put("revenue", BridgeFormats.plain(r.ltm().removedAmount()));
        }
        node.put("currency", r.currency());
        node.put("baseYear", r.baseYear());
        ObjectNode ltm = node.putObject("ltm");
        ltm.put("from", r.ltm().from().toString());
        ltm.put("to", r.ltm().to().toString());
        ltm.put("months", r.ltm().months());
        ltm.put("revenue", BridgeFormats.plain(r.ltm().revenue()));
        node.put("cashOnHand", BridgeFormats.plain(r.cashOnHand()));
        node.put("unusedCredits", BridgeFormats.plain(r.unusedCredits()));
        node.put("cashMonth", r.cashMonth() == null ? null : r.cashMonth().toString());
        ArrayNode included = node.putArray("included");
        r.included().forEach(st -> included.add(st.label()));
        ArrayNode assumptions = node.putArray("assumptions");
        for (CapacityAssumption a : r.assumptions()) {
            ObjectNode o = assumptions.addObject();
            o.put("vendor", a.vendor());
            o.put("gigawatts", a.gigawatts().toPlainString());
            o.put("firstYear", a.firstYear());
            o.put("lastYear", a.lastYear());
            o.put("usdPerGwYear", BridgeFormats.plain(a.usdPerGwYear()));
            o.put("usdPerYear", BridgeFormats.plain(a.usdPerYear()));
            o.put("source", a.source().toString());
        }
        ArrayNode notes = node.putArray("notes");
        r.notes().forEach(notes::add);
        if (r.cashRunOutYear().isPresent()) {
            node.put("cashRunOutYear", r.cashRunOutYear().get());
        } else {
            node.putNull("cashRunOutYear");
        }
        node.put("fundingGap", BridgeFormats.plain(r.fundingGap()));
        ArrayNode baseYear = node.putArray("baseYearAssumptions");
        r.baseYearLines().forEach(baseYear::add);
        CoverageReport.VendorFunding v = r.vendorFunding();
        if (v == null) {
            node.putNull("withoutVendorFunding");
        } else {
            ObjectNode o = node.putObject("withoutVendorFunding");
            ArrayNode groups = o.putArray("groups");
            v.groups().forEach(groups::add);
            o.put("cashBefore", BridgeFormats.plain(v.cashBefore()));
            o.put("cashFunding", BridgeFormats.plain(v.cashFunding()));
            o.put("cashRemoved", BridgeFormats.plain(v.cashRemoved()));
            o.put("creditsBefore", BridgeFormats.plain(v.creditsBefore()));
            o.put("creditFunding", BridgeFormats.plain(v.creditFunding()));
            o.put("creditsRemoved", BridgeFormats.plain(v.creditsRemoved()));
            ArrayNode unmatched = o.putArray("unmatchedVendors");
            v.unmatchedVendors().forEach(unmatched::add);
        }
        return node;
    }

    private static void putFraction(ObjectNode node, String key, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            node.put(key, fraction(value.get()));
        } else {
            node.putNull(key);
        }
    }

    private static String ltmLine(CoverageReport r) {
        Ltm ltm = r.ltm();
        StringBuilder line = new StringBuilder("LTM ").append(ltm.basis().label()).append(" revenue ").append(ltm.from()).append(" .. ")
                .append(ltm.to());
        if (ltm.annualised()) {
            line.append(" (").append(ltm.months()).append(" months, annualised)");
        }
        line.append(": ").append(BridgeFormats.grouped(ltm.revenue()).strip());
        if (ltm.removedGroup() != null) {
            line.append(", less ").append(printable(ltm.removedGroup())).append(" (largest customer group: ")
                    .append(BridgeFormats.grouped(ltm.removedAmount()).strip()).append(", ")
                    .append(percent(ltm.removedShare(Coverage.MC))).append(" of ")
                    .append(BridgeFormats.grouped(ltm.sum()).strip()).append(')');
        }
        return line.append("; base year ").append(ltm.baseYear()).toString();
    }

    private static String cashLine(CoverageReport r) {
        if (r.cashMonth() == null) {
            return "Cash on hand and unused credits: none given (no Cash sheet)";
        }
        return "Cash on hand " + BridgeFormats.grouped(r.cashOnHand()).strip() + " and unused credits "
                + BridgeFormats.grouped(r.unusedCredits()).strip() + " at " + r.cashMonth();
    }

    /** "Cash runs out: 2027 (funding gap 12,000.00 over the commitment years)" or that it lasts. */
    static String runOutLine(CoverageReport r) {
        if (r.cashRunOutYear().isEmpty()) {
            int last = r.years().isEmpty() ? r.baseYear() : r.years().get(r.years().size() - 1).year();
            return "Cash runs out: not by " + last + ", the last commitment year (cash, credits and projected revenue pay every year)";
        }
        return "Cash runs out: " + r.cashRunOutYear().get() + " (funding gap " + BridgeFormats.grouped(r.fundingGap()).strip()
                + " over the commitment years: commitments less projected revenue less the cash left)";
    }

    /** What --without-vendor-funding took out, and the vendors whose funders' money stayed in. */
    private static List<String> vendorLines(CoverageReport r) {
        CoverageReport.VendorFunding v = r.vendorFunding();
        if (v == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("Without vendor funding: took out " + BridgeFormats.grouped(v.cashRemoved()).strip() + " of cash (binding cash "
                + "funding received from " + (v.groups().isEmpty() ? "no group" : printable(String.join(", ", v.groups()))) + ": "
                + BridgeFormats.grouped(v.cashFunding()).strip() + ", of cash " + BridgeFormats.grouped(v.cashBefore()).strip()
                + ") and " + BridgeFormats.grouped(v.creditsRemoved()).strip() + " of unused credits (their credit funding: "
                + BridgeFormats.grouped(v.creditFunding()).strip() + ", of credits " + BridgeFormats.grouped(v.creditsBefore()).strip() + ")");
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
    private static void appendFootnotes(StringBuilder out, List<CoverageReport> reports) {
        Set<String> assumptions = new LinkedHashSet<>();
        Set<String> notes = new LinkedHashSet<>();
        for (CoverageReport r : reports) {
            r.baseYearLines().forEach(l -> assumptions.add(printable(l)));
            r.assumptions().forEach(a -> assumptions.add(assumption(a)));
            r.notes().forEach(n -> notes.add(printable(n)));
        }
        if (assumptions.isEmpty() && notes.isEmpty()) {
            return;
        }
        out.append('\n');
        assumptions.forEach(a -> out.append("Assumption: ").append(a).append('\n'));
        notes.forEach(n -> out.append("Note: ").append(n).append('\n'));
    }

    /** "Google Cloud 5 GW a year 2027-2031 at 2,000,000,000.00 per GW-year (--usd-per-gw-year) = 10,000,000,000.00 a year (f!Commitments!H5)". */
    public static String assumption(CapacityAssumption a) {
        String span = a.firstYear() == a.lastYear() ? Integer.toString(a.firstYear()) : a.firstYear() + "-" + a.lastYear();
        return printable(a.vendor()) + " " + a.gigawatts().toPlainString() + " GW a year " + span + " at USD "
                + BridgeFormats.grouped(a.usdPerGwYear()).strip() + " per GW-year (--usd-per-gw-year, your figure) = USD "
                + BridgeFormats.grouped(a.usdPerYear()).strip() + " a year (" + printable(a.source().toString()) + ")";
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
        row.add(commitments == null ? "" : BridgeFormats.grouped(commitments));
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
    private static void appendColumns(StringBuilder out, List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            if (row.size() < columns) {
                continue;
            }
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        for (List<String> row : rows) {
            if (row.size() < columns) {
                out.append(String.join(" ", row)).append('\n');
                continue;
            }
            StringBuilder line = new StringBuilder(row.get(0)).append(" ".repeat(widths[0] - row.get(0).length()));
            for (int c = 1; c < columns; c++) {
                line.append("  ").append(" ".repeat(widths[c] - row.get(c).length())).append(row.get(c));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
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

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of strings and numbers always serialises
        }
    }

    /** Control characters from a workbook would move the cursor or recolour the terminal; show them as '?'. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}

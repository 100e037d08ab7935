package io.haircut.report;

import io.haircut.investors.InvestorGroup;
import io.haircut.investors.InvestorsReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders the {@code investors} report (docs/investors-and-coverage.md) as a terminal table that ends with a reading in
 * plain words, as CSV (one record per group) and as JSON. Amounts are exact until here: CSV and JSON
 * carry them to the cent, half-even; the table shows millions.
 */
public final class InvestorsFormats {

    private static final String[] CSV_COLUMNS = {"group", "relationship", "fundingBinding", "fundingBindingCash",
        "fundingBindingCredits", "fundingContingent", "fundingUnconfirmed", "revenueReported", "revenueCreditSettled",
        "revenueShareOfReported", "revenueStripped", "commitmentsBinding", "commitmentsContingent", "commitmentsByYear",
        "commitmentsPerFundingDollar", "netFlow"};

    private InvestorsFormats() {
    }

    /**
     * The report: on the screen one column per group, one line per figure, in $M, then near misses, notes
     * and the reading; in CSV one record per group; in JSON {@code {"currency", "asOf", "groups": [...],
     * "nearMisses": [...], "notes": [...]}}: amounts as exact strings to the cent, ratios to 4 decimals,
     * commitmentsPerFundingDollar null without funding.
     */
    public static Report report(InvestorsReport r) {
        return new Report(screen(r), records(r), json(r));
    }

    private static List<Report.Block> screen(InvestorsReport r) {
        List<Report.Block> blocks = new ArrayList<>();
        StringBuilder out = new StringBuilder("Investors and related groups of ").append(printable(r.company()))
                .append(" (").append(printable(r.currency())).append(", $M; revenue ")
                .append(r.asOf() == null ? "none" : "to " + r.asOf()).append(")\n");
        if (r.groups().isEmpty()) {
            out.append("No group funded the company or is listed as an investor or affiliate (Funding and Parties sheets).\n");
        } else {
            List<Line> lines = List.of(
                    new Line("Relationship", InvestorGroup::relationship),
                    new Line("Funding, binding", g -> millions(g.fundingBinding())),
                    new Line("  in cash", g -> millions(g.fundingBindingCash())),
                    new Line("  as cloud credits", g -> millions(g.fundingBindingCredits())),
                    new Line("Funding, contingent", g -> millions(g.fundingContingent())),
                    new Line("Funding, unconfirmed", g -> millions(g.fundingUnconfirmed())),
                    new Line("Revenue, reported", g -> millions(g.revenueReported())),
                    new Line("  settled in credits", g -> millions(g.revenueCreditSettled())),
                    new Line("  share of reported", g -> percent(g.revenueShareOfReported())),
                    new Line("  taken out by the rules", g -> millions(g.revenueStripped())),
                    new Line("Commitments, binding", g -> millions(g.commitmentsBinding())),
                    new Line("Commitments, contingent", g -> millions(g.commitmentsContingent())),
                    new Line("Committed per $ funded", g -> g.commitmentsPerFundingDollar()
                            .map(v -> v.setScale(2, RoundingMode.HALF_EVEN).toPlainString()).orElse("n/a")),
                    new Line("Net flow (in - out)", g -> millions(g.netFlow())));
            List<Table.Column> columns = new ArrayList<>();
            columns.add(Table.Column.text("", "figure"));
            r.groups().forEach(g -> columns.add(Table.Column.figure(printable(g.group()), g.group())));
            List<List<Object>> rows = new ArrayList<>();
            for (Line l : lines) {
                List<Object> row = new ArrayList<>();
                row.add(l.label());
                r.groups().forEach(g -> row.add(l.value().apply(g)));
                rows.add(row);
            }
            blocks.add(new Report.Text(out.toString()));
            out.setLength(0);
            blocks.add(Table.of(columns, rows));
            List<String> years = new ArrayList<>();
            for (InvestorGroup g : r.groups()) {
                if (!g.commitmentsByYear().isEmpty()) {
                    years.add(printable(g.group()) + ": " + g.commitmentsByYear().entrySet().stream()
                            .map(e -> e.getKey() + " " + millions(e.getValue())).collect(Collectors.joining(", ")));
                }
            }
            if (!years.isEmpty()) {
                out.append("Binding commitments by year ($M)\n");
                years.forEach(y -> out.append("  ").append(y).append('\n'));
            }
        }
        if (!r.nearMisses().isEmpty()) {
            out.append("Near misses: names NOT matched to a group that look like one; not counted for it. If one is the same"
                    + " company, add it as an alias (Parties sheet or a parties file).\n");
            for (InvestorsReport.NearMatch m : r.nearMisses()) {
                out.append("  ").append(printable(m.name())).append(" (").append(m.entries()).append(' ').append(m.table())
                        .append(") looks like ").append(printable(m.group())).append(": ").append(printable(m.reason())).append('\n');
            }
        }
        r.notes().forEach(n -> out.append("Note: ").append(printable(n)).append('\n'));
        out.append('\n').append(printable(reading(r))).append('\n');
        blocks.add(new Report.Text(out.toString()));
        return blocks;
    }

    /** The reading under the table: per group, what came in, what goes back, and how much of the revenue is its own. */
    public static String reading(InvestorsReport r) {
        if (r.groups().isEmpty()) {
            return "Reading: no investor or affiliate money to follow.";
        }
        List<String> sentences = new ArrayList<>();
        for (InvestorGroup g : r.groups()) {
            String name = g.group();
            StringBuilder s = new StringBuilder();
            if (g.fundingBinding().signum() > 0) {
                s.append(name).append(" invested ").append(dollars(g.fundingBinding())).append(" (binding");
                if (g.fundingBindingCredits().signum() > 0) {
                    s.append(", ").append(dollars(g.fundingBindingCredits())).append(" of it as cloud credits");
                }
                s.append(")");
                BigDecimal per = g.commitmentsPerFundingDollar().orElseThrow();
                if (g.commitmentsBinding().signum() > 0) {
                    s.append(": for every dollar ").append(name).append(" invested, ").append(per.setScale(2, RoundingMode.HALF_EVEN)
                            .toPlainString()).append(" dollars are committed back to ").append(name).append("'s entities");
                } else {
                    s.append(", and no binding commitment is owed to ").append(name);
                }
            } else {
                s.append(name).append(" (").append(g.relationship()).append(") has no binding funding on record");
                if (g.commitmentsBinding().signum() > 0) {
                    s.append(" but is owed ").append(dollars(g.commitmentsBinding())).append(" of binding commitments");
                }
            }
            s.append("; ").append(percent(g.revenueShareOfReported())).append(" of reported revenue is ").append(name).append("'s own");
            if (g.revenueStripped().signum() != 0) {
                s.append(" (the rules took out ").append(dollars(g.revenueStripped())).append(" of it)");
            }
            sentences.add(s.append('.').toString());
        }
        BigDecimal related = BigDecimal.ZERO;
        BigDecimal atCash = BigDecimal.ZERO;
        BigDecimal stripped = BigDecimal.ZERO;
        for (InvestorGroup g : r.groups()) {
            related = related.add(g.revenueReported());
            atCash = atCash.add(g.revenueAtCashStep());
            stripped = stripped.add(g.revenueStripped());
        }
        if (r.groups().size() > 1) {
            sentences.add("Together these groups are " + percent(r.totalReported().signum() == 0 ? BigDecimal.ZERO
                    : related.divide(r.totalReported(), java.math.MathContext.DECIMAL128)) + " of reported revenue ("
                    + dollars(related) + "); " + dollars(atCash) + " of it left at the cash step and "
                    + dollars(stripped.subtract(atCash)) + " at the adjusted step.");
        }
        if (!r.nearMisses().isEmpty()) {
            sentences.add("Not counted: " + r.nearMisses().stream().map(m -> m.name() + " (" + m.entries() + " " + m.table()
                    + ", looks like " + m.group() + ")").collect(Collectors.joining(", ")) + "; add an alias if one is the same company.");
        }
        return "Reading: " + String.join(" ", sentences);
    }

    private static Table records(InvestorsReport r) {
        List<List<Object>> rows = new ArrayList<>();
        for (InvestorGroup g : r.groups()) {
            rows.add(Table.row(g.group(), g.relationship(), g.fundingBinding(), g.fundingBindingCash(), g.fundingBindingCredits(),
                    g.fundingContingent(), g.fundingUnconfirmed(), g.revenueReported(), g.revenueCreditSettled(),
                    ratio(g.revenueShareOfReported()), g.revenueStripped(), g.commitmentsBinding(), g.commitmentsContingent(),
                    g.commitmentsByYear().entrySet().stream().map(e -> e.getKey() + ":" + plain(e.getValue()))
                            .collect(Collectors.joining(";")),
                    g.commitmentsPerFundingDollar().map(InvestorsFormats::ratio).orElse(null), g.netFlow()));
        }
        List<Table.Column> columns = new ArrayList<>();
        for (String key : CSV_COLUMNS) {
            columns.add(key.equals("group") || key.equals("relationship") ? Table.Column.text(key, key) : Table.Column.figure(key, key));
        }
        return Table.of(columns, rows);
    }

    private static Json json(InvestorsReport r) {
        List<Json> groups = new ArrayList<>();
        for (InvestorGroup g : r.groups()) {
            groups.add(Json.object().put("group", g.group()).put("relationship", g.relationship())
                    .put("fundingBinding", g.fundingBinding()).put("fundingBindingCash", g.fundingBindingCash())
                    .put("fundingBindingCredits", g.fundingBindingCredits()).put("fundingContingent", g.fundingContingent())
                    .put("fundingUnconfirmed", g.fundingUnconfirmed()).put("revenueReported", g.revenueReported())
                    .put("revenueCreditSettled", g.revenueCreditSettled()).put("revenueShareOfReported", ratio(g.revenueShareOfReported()))
                    .put("revenueStripped", g.revenueStripped()).put("commitmentsBinding", g.commitmentsBinding())
                    .put("commitmentsContingent", g.commitmentsContingent())
                    .put("commitmentsByYear", g.commitmentsByYear().entrySet().stream()
                            .map(e -> Json.object().put("year", e.getKey()).put("amount", e.getValue())).toList())
                    .put("commitmentsPerFundingDollar", g.commitmentsPerFundingDollar().map(InvestorsFormats::ratio).orElse(null))
                    .put("netFlow", g.netFlow()));
        }
        List<Json> near = new ArrayList<>();
        for (InvestorsReport.NearMatch m : r.nearMisses()) {
            near.add(Json.object().put("name", m.name()).put("table", m.table()).put("entries", m.entries())
                    .put("looksLike", m.group()).put("comparedWith", m.comparedWith()).put("reason", m.reason()));
        }
        return Json.object().put("currency", r.currency()).put("asOf", r.asOf() == null ? null : r.asOf().toString())
                .put("groups", groups).put("nearMisses", near).put("notes", r.notes());
    }

    static String plain(BigDecimal amount) {
        return Figures.plain(amount);
    }

    static String ratio(BigDecimal ratio) {
        return InvestorGroup.rounded(ratio).toPlainString();
    }

    /** 0.07 -> "7.0%", half-even. */
    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    /** An amount in millions with one decimal and thousands separators, negative in parentheses. */
    static String millions(BigDecimal amount) {
        return Figures.grouped(amount.movePointLeft(6), 1, "").strip();
    }

    /** "$13.5B", "$694.6M", "$12,000": a figure for a sentence, half-even. */
    static String dollars(BigDecimal amount) {
        BigDecimal a = amount.abs();
        String sign = amount.signum() < 0 ? "-" : "";
        if (a.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
            return sign + "$" + a.movePointLeft(9).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "B";
        }
        if (a.compareTo(BigDecimal.valueOf(1_000_000L)) >= 0) {
            return sign + "$" + a.movePointLeft(6).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "M";
        }
        return sign + "$" + String.format(java.util.Locale.ROOT, "%,.2f", a);
    }

    private static String printable(String text) {
        return Figures.printable(text);
    }

    private record Line(String label, Function<InvestorGroup, String> value) {
    }
}

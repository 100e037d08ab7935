package io.haircut.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.haircut.investors.InvestorGroup;
import io.haircut.investors.InvestorsReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS).setRecordSeparator("\n").get();

    private InvestorsFormats() {
    }

    /** One column per group, one line per figure, in $M; then near misses, notes and the reading. */
    public static String table(InvestorsReport r) {
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
            List<List<String>> rows = new ArrayList<>();
            List<String> header = new ArrayList<>();
            header.add("");
            r.groups().forEach(g -> header.add(printable(g.group())));
            rows.add(header);
            for (Line l : lines) {
                List<String> row = new ArrayList<>();
                row.add(l.label());
                r.groups().forEach(g -> row.add(printable(l.value().apply(g))));
                rows.add(row);
            }
            int[] widths = new int[header.size()];
            rows.forEach(row -> {
                for (int c = 0; c < widths.length; c++) {
                    widths[c] = Math.max(widths[c], row.get(c).length());
                }
            });
            for (List<String> row : rows) {
                StringBuilder line = new StringBuilder(row.get(0)).append(" ".repeat(widths[0] - row.get(0).length()));
                for (int c = 1; c < row.size(); c++) {
                    line.append("  ").append(" ".repeat(widths[c] - row.get(c).length())).append(row.get(c));
                }
                out.append(line.toString().stripTrailing()).append('\n');
            }
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
        return out.toString();
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

    public static String csv(InvestorsReport r) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, CSV)) {
            for (InvestorGroup g : r.groups()) {
                p.printRecord(FormulaGuard.text(g.group()), FormulaGuard.text(g.relationship()), plain(g.fundingBinding()),
                        plain(g.fundingBindingCash()), plain(g.fundingBindingCredits()), plain(g.fundingContingent()),
                        plain(g.fundingUnconfirmed()), plain(g.revenueReported()), plain(g.revenueCreditSettled()),
                        ratio(g.revenueShareOfReported()), plain(g.revenueStripped()), plain(g.commitmentsBinding()),
                        plain(g.commitmentsContingent()), g.commitmentsByYear().entrySet().stream()
                                .map(e -> e.getKey() + ":" + plain(e.getValue())).collect(Collectors.joining(";")),
                        g.commitmentsPerFundingDollar().map(InvestorsFormats::ratio).orElse(null), plain(g.netFlow()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // appending to a StringBuilder does not fail
        }
        return out.toString();
    }

    /**
     * {@code {"currency", "asOf", "groups": [...], "nearMisses": [...], "notes": [...]}}: amounts as exact
     * strings to the cent, ratios to 4 decimals, commitmentsPerFundingDollar null without funding.
     */
    public static String json(InvestorsReport r) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("currency", r.currency());
        root.put("asOf", r.asOf() == null ? null : r.asOf().toString());
        ArrayNode groups = root.putArray("groups");
        for (InvestorGroup g : r.groups()) {
            ObjectNode n = groups.addObject();
            n.put("group", g.group());
            n.put("relationship", g.relationship());
            n.put("fundingBinding", plain(g.fundingBinding()));
            n.put("fundingBindingCash", plain(g.fundingBindingCash()));
            n.put("fundingBindingCredits", plain(g.fundingBindingCredits()));
            n.put("fundingContingent", plain(g.fundingContingent()));
            n.put("fundingUnconfirmed", plain(g.fundingUnconfirmed()));
            n.put("revenueReported", plain(g.revenueReported()));
            n.put("revenueCreditSettled", plain(g.revenueCreditSettled()));
            n.put("revenueShareOfReported", ratio(g.revenueShareOfReported()));
            n.put("revenueStripped", plain(g.revenueStripped()));
            n.put("commitmentsBinding", plain(g.commitmentsBinding()));
            n.put("commitmentsContingent", plain(g.commitmentsContingent()));
            ArrayNode years = n.putArray("commitmentsByYear");
            for (Map.Entry<Integer, BigDecimal> e : g.commitmentsByYear().entrySet()) {
                ObjectNode y = years.addObject();
                y.put("year", e.getKey());
                y.put("amount", plain(e.getValue()));
            }
            n.put("commitmentsPerFundingDollar", g.commitmentsPerFundingDollar().map(InvestorsFormats::ratio).orElse(null));
            n.put("netFlow", plain(g.netFlow()));
        }
        ArrayNode near = root.putArray("nearMisses");
        for (InvestorsReport.NearMatch m : r.nearMisses()) {
            ObjectNode n = near.addObject();
            n.put("name", m.name());
            n.put("table", m.table());
            n.put("entries", m.entries());
            n.put("looksLike", m.group());
            n.put("comparedWith", m.comparedWith());
            n.put("reason", m.reason());
        }
        ArrayNode notes = root.putArray("notes");
        r.notes().forEach(notes::add);
        return BridgeFormats.write(root);
    }

    static String plain(BigDecimal amount) {
        return io.haircut.ledger.Money.cents(amount).toPlainString();
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
        BigDecimal m = amount.movePointLeft(6).setScale(1, RoundingMode.HALF_EVEN);
        String digits = m.abs().toPlainString();
        int point = digits.indexOf('.');
        StringBuilder whole = new StringBuilder(digits.substring(0, point));
        for (int i = whole.length() - 3; i > 0; i -= 3) {
            whole.insert(i, ',');
        }
        String text = whole + digits.substring(point);
        return m.signum() < 0 ? "(" + text + ")" : text;
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
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }

    private record Line(String label, Function<InvestorGroup, String> value) {
    }
}

package io.haircut.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.haircut.bridge.BridgeNotes;
import io.haircut.bridge.BridgeStep;
import io.haircut.bridge.RevenueBridge;
import io.haircut.rules.View;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Renders revenue bridges as a terminal table, CSV or JSON, in total or one row per period. Pure
 * functions of the bridge: this is where amounts are rounded (half-even, to cents) and nowhere earlier.
 */
public final class BridgeFormats {

    private static final String[] CSV_COLUMNS = {"period", "line", "rule", "view", "amount", "entries"};

    // "\n" rather than RFC 4180's CRLF so the file reads the same as the table and the JSON in a terminal;
    // spreadsheets and CSV readers accept both.
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder()
            .setHeader(CSV_COLUMNS)
            .setRecordSeparator("\n")
            .get();

    private static final ObjectWriter JSON = JsonLayout.WRITER;

    private BridgeFormats() {
    }

    /** The total bridge without the notes under it (flags are listed by count only). */
    public static String table(RevenueBridge total) {
        return table(total, null);
    }

    /**
     * The total bridge, one line per rule that changes amounts, with its share of reported revenue; the
     * currency stated once in the title. Under it, the rules that only mark entries (flags, with the
     * amount they point at) and the revenue from investors and affiliates with where it left the bridge.
     * A flag changes no amount, so it is not shown as a zero step.
     */
    public static String table(RevenueBridge total, BridgeNotes notes) {
        List<TableLine> lines = new ArrayList<>();
        lines.add(new TableLine("Reported revenue", total.reported(), -1));
        total.cashSteps().stream().filter(s -> s.rule().action().adjusts()).forEach(s -> lines.add(stepLine(s)));
        lines.add(new TableLine("Cash revenue", total.cash(), -1));
        total.adjustedSteps().stream().filter(s -> s.rule().action().adjusts()).forEach(s -> lines.add(stepLine(s)));
        lines.add(new TableLine("Adjusted revenue", total.adjusted(), -1));

        int labelWidth = lines.stream().mapToInt(l -> l.label().length()).max().orElse(0) + 2;
        int amountWidth = lines.stream().mapToInt(l -> grouped(l.amount()).length()).max().orElse(0);
        int shareWidth = Math.max(SHARE_HEADING.length() + 1,
                lines.stream().mapToInt(l -> share(l.amount(), total.reported()).length()).max().orElse(0));
        int countWidth = lines.stream().filter(l -> l.entries() >= 0)
                .mapToInt(l -> count(l.entries()).length()).max().orElse(0);

        StringBuilder out = new StringBuilder("Revenue bridge (").append(printable(total.currency())).append(')');
        if (total.period() != null) {
            out.append(", ").append(printable(total.period()));
        }
        out.append('\n');
        // The heading ends where the figures' digits end (a figure keeps a trailing space or a ")").
        out.append((" ".repeat(labelWidth + 2 + amountWidth + 2) + leftPad(SHARE_HEADING + " ", shareWidth)).stripTrailing()).append('\n');
        for (TableLine l : lines) {
            StringBuilder line = new StringBuilder(dotted(l.label(), labelWidth))
                    .append("  ").append(leftPad(grouped(l.amount()), amountWidth))
                    .append("  ").append(leftPad(share(l.amount(), total.reported()), shareWidth));
            if (l.entries() >= 0) {
                line.append("   ").append(leftPad(count(l.entries()), countWidth))
                        .append(l.entries() == 1 ? " entry" : " entries");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        List<String> flags = new ArrayList<>();
        if (notes != null) {
            for (BridgeNotes.FlagLine f : notes.flags()) {
                flags.add("  " + printable(f.rule().id()) + ": " + count(f.entries()) + (f.entries() == 1 ? " entry" : " entries")
                        + (f.linksFunding() ? ", " + grouped(f.amount()).strip() + " of revenue linked to funding received"
                        : ", " + grouped(f.amount()).strip() + " of reported revenue marked"));
            }
        } else {
            total.steps().stream().filter(s -> !s.rule().action().adjusts()).forEach(s -> flags.add("  "
                    + printable(s.rule().id()) + ": " + count(s.entries()) + (s.entries() == 1 ? " entry" : " entries")));
        }
        if (!flags.isEmpty()) {
            out.append("Flags (they mark entries and change no amount):\n");
            flags.forEach(f -> out.append(f).append('\n'));
        }
        if (notes != null && notes.relatedGross().signum() != 0) {
            out.append("Revenue from investors and affiliates (gross): ").append(grouped(notes.relatedGross()).strip())
                    .append(" (").append(share(notes.relatedGross(), total.reported()).strip()).append(" of reported); ")
                    .append(grouped(notes.relatedAtCashStep()).strip()).append(" of it left at the cash step, ")
                    .append(grouped(notes.relatedAtAdjustedStep()).strip()).append(" at the adjusted step, ")
                    .append(grouped(notes.relatedGross().subtract(notes.relatedAtCashStep()).subtract(notes.relatedAtAdjustedStep()))
                            .strip()).append(" is left in adjusted revenue\n");
        }
        return out.toString();
    }

    private static final String SHARE_HEADING = "% of reported";

    /**
     * amount / reported x 100, half-even to 2 decimals, a negative in parentheses (as the amounts); "n/a" when
     * nothing was reported.
     */
    static String share(BigDecimal amount, BigDecimal reported) {
        if (reported.signum() == 0) {
            return "n/a ";
        }
        BigDecimal pct = amount.multiply(BigDecimal.valueOf(100)).divide(reported, 2, RoundingMode.HALF_EVEN);
        String text = pct.abs().toPlainString() + "%";
        return pct.signum() < 0 ? "(" + text + ")" : text + " ";
    }

    /**
     * One row per period, columns in bridge order: Period | Reported | each cash-view rule | Cash |
     * each adjusted-view rule | Adjusted, so each total is the columns to its left since the last total.
     */
    public static String table(List<RevenueBridge> periods) {
        String currency = currencyOf(periods);
        List<String> cashRules = ruleIds(periods, View.CASH);
        List<String> adjustedRules = ruleIds(periods, View.ADJUSTED);
        // Figures end in ")" or a space (see grouped), so a heading ends in a space to sit over the digits.
        List<String> header = new ArrayList<>();
        header.add("Period");
        header.add("Reported ");
        cashRules.forEach(id -> header.add(printable(id) + " "));
        header.add("Cash ");
        adjustedRules.forEach(id -> header.add(printable(id) + " "));
        header.add("Adjusted ");

        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (RevenueBridge b : periods) {
            List<String> row = new ArrayList<>();
            row.add(printable(b.period() == null ? "total" : b.period()));
            row.add(grouped(b.reported()));
            cashRules.forEach(id -> row.add(grouped(stepAmount(b, id))));
            row.add(grouped(b.cash()));
            adjustedRules.forEach(id -> row.add(grouped(stepAmount(b, id))));
            row.add(grouped(b.adjusted()));
            rows.add(row);
        }

        int[] widths = new int[header.size()];
        for (List<String> row : rows) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder("Revenue bridge by period (").append(printable(currency)).append(")\n");
        for (List<String> row : rows) {
            out.append(tableRow(row, widths)).append('\n');
        }
        return out.toString();
    }

    /** {@code period,line,rule,view,amount,entries}, one record per line of the bridge; the period is empty. */
    public static String csv(RevenueBridge total) {
        return csv(List.of(total));
    }

    /** The same columns as {@link #csv(RevenueBridge)}, with every period's lines one after another. */
    public static String csv(List<RevenueBridge> periods) {
        currencyOf(periods); // the file has no currency column, so all its amounts must share one
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
            for (RevenueBridge b : periods) {
                // null, not "", prints an empty field unquoted (Commons CSV quotes an empty first field).
                String period = b.period() == null ? null : FormulaGuard.text(b.period());
                printer.printRecord(period, FormulaGuard.text("reported"), null, null, plain(b.reported()), null);
                for (BridgeStep s : b.cashSteps()) {
                    printStep(printer, period, s);
                }
                printer.printRecord(period, FormulaGuard.text("cash"), null, null, plain(b.cash()), null);
                for (BridgeStep s : b.adjustedSteps()) {
                    printStep(printer, period, s);
                }
                printer.printRecord(period, FormulaGuard.text("adjusted"), null, null, plain(b.adjusted()), null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // appending to a StringBuilder does not fail
        }
        return out.toString();
    }

    /**
     * {@code {"currency", "reported", "cash", "adjusted", "steps": [...]}}, amounts as 2-decimal strings;
     * an ObjectNode keeps insertion order, which is the key order promised.
     */
    public static String json(RevenueBridge total) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("currency", total.currency());
        fill(root, total);
        return write(root);
    }

    /** {@code {"currency", "periods": [{"period", "reported", "cash", "adjusted", "steps"}]}}. */
    public static String json(List<RevenueBridge> periods) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("currency", currencyOf(periods));
        ArrayNode array = root.putArray("periods");
        for (RevenueBridge b : periods) {
            ObjectNode node = array.addObject();
            node.put("period", b.period());
            fill(node, b);
        }
        return write(root);
    }

    /** The amount rounded half-even to cents as a plain decimal: {@code -1234.50}. */
    static String plain(BigDecimal amount) {
        return cents(amount).toPlainString();
    }

    /** The amount rounded half-even to cents, with thousands separators; a negative in parentheses. */
    static String grouped(BigDecimal amount) {
        BigDecimal cents = cents(amount);
        String digits = cents.abs().toPlainString();
        int point = digits.indexOf('.');
        StringBuilder whole = new StringBuilder(digits.substring(0, point));
        for (int i = whole.length() - 3; i > 0; i -= 3) {
            whole.insert(i, ',');
        }
        String text = whole + digits.substring(point);
        // A positive figure keeps a trailing space where a negative has ")" so the digits line up.
        return cents.signum() < 0 ? "(" + text + ")" : text + " ";
    }

    private static BigDecimal cents(BigDecimal amount) {
        return io.haircut.ledger.Money.cents(amount);
    }

    private static void fill(ObjectNode node, RevenueBridge b) {
        node.put("reported", plain(b.reported()));
        node.put("cash", plain(b.cash()));
        node.put("adjusted", plain(b.adjusted()));
        ArrayNode steps = node.putArray("steps");
        for (BridgeStep s : b.steps()) {
            ObjectNode step = steps.addObject();
            step.put("rule", s.rule().id());
            step.put("view", s.rule().view().label());
            step.put("amount", plain(s.amount()));
            step.put("entries", s.entries());
        }
    }

    static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of strings and numbers always serialises
        }
    }

    private static void printStep(CSVPrinter printer, String period, BridgeStep s) throws IOException {
        printer.printRecord(period, FormulaGuard.text("step"), FormulaGuard.text(s.rule().id()),
                FormulaGuard.text(s.rule().view().label()), plain(s.amount()), Long.toString(s.entries()));
    }

    private static TableLine stepLine(BridgeStep s) {
        return new TableLine("  - " + printable(s.rule().id()), s.amount(), s.entries());
    }

    /** The ids of one view's rules across all periods, in bridge order. */
    private static List<String> ruleIds(List<RevenueBridge> periods, View view) {
        Set<String> ids = new LinkedHashSet<>();
        periods.forEach(b -> b.steps(view).forEach(s -> ids.add(s.rule().id())));
        return List.copyOf(ids);
    }

    private static BigDecimal stepAmount(RevenueBridge b, String ruleId) {
        return b.steps().stream().filter(s -> s.rule().id().equals(ruleId))
                .map(BridgeStep::amount).findFirst().orElse(BigDecimal.ZERO);
    }

    private static String currencyOf(List<RevenueBridge> periods) {
        Set<String> currencies = new TreeSet<>();
        periods.forEach(b -> currencies.add(b.currency()));
        if (currencies.size() > 1) {
            throw new ExportException("the periods are in " + String.join(" and ", currencies)
                    + "; a bridge is shown in one currency: import one currency at a time");
        }
        // Bridges reports an empty ledger in USD; say the same for an empty list of periods.
        return currencies.isEmpty() ? "USD" : currencies.iterator().next();
    }

    private static String tableRow(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder(rightPad(cells.get(0), widths[0]));
        for (int c = 1; c < cells.size(); c++) {
            line.append("  ").append(leftPad(cells.get(c), widths[c]));
        }
        return line.toString().stripTrailing();
    }

    private static String dotted(String label, int width) {
        return label + " " + ".".repeat(Math.max(1, width - label.length() - 1));
    }

    private static String leftPad(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    private static String rightPad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Control characters from a rule file would move the cursor or recolour the terminal; show them as '?'. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }

    /** One line of the total table; {@code entries} is -1 on the Reported, Cash and Adjusted lines. */
    private record TableLine(String label, BigDecimal amount, long entries) {
    }
}

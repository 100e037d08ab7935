package io.haircut.workbook.read;

import io.haircut.ledger.Settlement;
import io.haircut.ledger.SourceRef;
import io.haircut.workbook.ImportException;
import io.haircut.workbook.cells.SheetInfo;
import io.haircut.workbook.mapping.Dictionary;
import io.haircut.workbook.mapping.ImportMapping;
import io.haircut.workbook.mapping.MappingFiles;
import io.haircut.workbook.read.WideTableReader.Figure;
import io.haircut.workbook.read.WideTableReader.LineFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which lines of one wide table are its revenue. Revenue lines are held until the table ends, so that a
 * revenue total ("Revenue", "Total revenues", "Net sales") can be weighed against the lines above it:
 * <ul>
 * <li>no lines above it: the total is the revenue line;</li>
 * <li>lines that add up to it: the lines are imported (they say more: a settlement, a product), and the
 *     total is checked; in a statement, the statement's own revenue line is imported instead;</li>
 * <li>lines that do not add up to it, some of them revenue only because they sit under a Revenue heading:
 *     they are not all revenue (drivers, details), so the total is imported and they are not;</li>
 * <li>lines each named revenue that do not add up: they are imported and the total is reported (a wrong
 *     total is the file's mistake, not a reason to lose the lines' settlements);</li>
 * <li>a second revenue total in the same table: the same figures are a repeat, not imported; other figures
 *     cannot be told apart and are refused, naming both cells and the mapping lines that settle it.</li>
 * </ul>
 * Nothing is ever resolved by adding candidate lines up.
 */
final class RevenueLines {

    private static final Pattern TOTAL_NAME = Pattern.compile("(total )?(net )?(operating )?(revenues?|sales|turnover)( net| total)?"
            + "|total (net )?(revenues?|sales)( net)?|net sales (revenue|revenues)|(total )?revenues? net|sales revenues?|total net sales");

    /** A revenue line as read; {@code named} when its own label (or the mapping) says revenue, not just its section. */
    record Candidate(LineFigures line, ImportMapping.LineRule rule, Settlement settlement, boolean named, int listed) {
    }

    /** What became of a revenue total. */
    enum Outcome { ITSELF, PARTS, PARTS_DISAGREE, INSTEAD_OF_PARTS, REPEAT }

    private final boolean statement;
    private final List<Candidate> imported = new ArrayList<>();
    private final Map<Candidate, String> replaced = new LinkedHashMap<>();
    private final List<Candidate> open = new ArrayList<>();
    private Candidate firstTotal;
    private final List<String> notes = new ArrayList<>();

    RevenueLines(boolean statement) {
        this.statement = statement;
    }

    /** Whether a label names a revenue total: "Revenue", "Total revenues", "Net sales", "Net operating revenues". */
    static boolean totalName(String label) {
        return TOTAL_NAME.matcher(Dictionary.key(label)).matches();
    }

    /** A section heading: lines above it are no longer parts of a total below it. */
    void heading() {
        open.clear();
    }

    void line(Candidate c) {
        if (statement && firstTotal != null) {
            // In a statement, a revenue line under its total revenue is a detail of it ("of which related parties").
            replaced.put(c, "a detail of the statement's revenue line '" + firstTotal.line().label() + "' (row " + firstTotal.line().row() + ")");
            return;
        }
        imported.add(c);
        open.add(c);
    }

    /** What was decided about totals and their lines, for the table's notes. */
    List<String> notes() {
        return notes;
    }

    /**
     * A revenue total. Throws (through {@code problems}) when it is a second total with other figures; else
     * says what became of it and of the open lines above it.
     */
    Outcome total(Candidate total, Problems problems, SheetInfo info, String currency) {
        List<Candidate> parts = new ArrayList<>(open);
        open.clear();
        if (firstTotal != null) {
            if (sameFigures(firstTotal.line(), total.line())) {
                parts.forEach(p -> replace(p, "repeats the lines above row " + firstTotal.line().row()));
                return Outcome.REPEAT;
            }
            problems.add(new ImportException(ambiguous(info, total, currency)));
            return Outcome.REPEAT;
        }
        firstTotal = total;
        if (parts.isEmpty()) {
            imported.add(total);
            return Outcome.ITSELF;
        }
        boolean agree = agrees(parts, total.line());
        if (agree && !statement) {
            return Outcome.PARTS;
        }
        if (!agree && parts.stream().allMatch(Candidate::named)) {
            return Outcome.PARTS_DISAGREE;
        }
        String why = agree ? "part of the statement's revenue line '" + total.line().label() + "' (row " + total.line().row() + "), which is imported"
                : "under '" + total.line().label() + "' (row " + total.line().row() + ") but the lines do not add up to it, so the total is imported";
        parts.forEach(p -> replace(p, why));
        String named = parts.stream().filter(p -> !p.named()).findFirst().orElse(parts.get(0)).line().label();
        notes.add(MappingFiles.quote(total.line().label()) + " (row " + total.line().row() + ") is imported as revenue; "
                + (agree ? "it is the statement's revenue line, and the lines above it (rows " + rows(parts) + ") add up to it"
                        : "the lines above it (rows " + rows(parts) + ") do not add up to it, so they are not all revenue (drivers or details)"
                        + " and are not imported; if they are revenue, say so in a mapping file: lines: { " + MappingFiles.quote(named) + ": revenue }"));
        imported.add(total);
        return Outcome.INSTEAD_OF_PARTS;
    }

    private void replace(Candidate c, String why) {
        imported.remove(c);
        replaced.put(c, why);
    }

    /** The revenue lines to import, in the order of the table. */
    List<Candidate> imported() {
        return imported.stream().sorted(java.util.Comparator.comparingInt(c -> c.line().row())).toList();
    }

    /** The lines read as revenue and then left out, with why. */
    Map<Candidate, String> replaced() {
        return replaced;
    }

    private String ambiguous(SheetInfo info, Candidate second, String currency) {
        LineFigures a = firstTotal.line();
        LineFigures b = second.line();
        String differs = b.figures().entrySet().stream().filter(e -> a.figures().containsKey(e.getKey())
                        && a.figures().get(e.getKey()).value().compareTo(e.getValue().value()) != 0).findFirst()
                .map(e -> "; " + e.getValue().source().cell() + " is " + LedgerBuilder.money(currency, e.getValue().value()) + ", "
                        + a.figures().get(e.getKey()).source().cell() + " is " + LedgerBuilder.money(currency, a.figures().get(e.getKey()).value()))
                .orElse("");
        return new SourceRef(info.file(), info.sheet(), b.row(), labelColumn(b)).toString() + ": '" + b.label() + "' is a second revenue line in"
                + " this table (after row " + a.row() + " '" + a.label() + "') with other figures" + differs
                + "; haircut cannot tell which is the revenue: say it in a mapping file, e.g. lines: { " + MappingFiles.quote(b.label())
                + ": revenue, " + MappingFiles.quote(a.label()) + ": ignore }";
    }

    private static int labelColumn(LineFigures l) {
        return l.labelColumn();
    }

    private static boolean sameFigures(LineFigures a, LineFigures b) {
        if (!a.figures().keySet().equals(b.figures().keySet())) {
            return false;
        }
        return a.figures().entrySet().stream().allMatch(e -> e.getValue().value().compareTo(b.figures().get(e.getKey()).value()) == 0);
    }

    /** Whether the parts add up to the total in every period the total has, within the rounding of the cells. */
    static boolean agrees(List<Candidate> parts, LineFigures total) {
        for (Map.Entry<Integer, Figure> e : total.figures().entrySet()) {
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal resolution = e.getValue().resolution();
            for (Candidate p : parts) {
                Figure f = p.line().figures().get(e.getKey());
                if (f != null) {
                    sum = sum.add(f.value());
                    resolution = resolution.add(f.resolution());
                }
            }
            BigDecimal tolerance = resolution.divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_EVEN);
            if (sum.subtract(e.getValue().value()).abs().compareTo(tolerance) > 0) {
                return false;
            }
        }
        return true;
    }

    /** "rows 7, 8 ('Orders', 'Units')", for notes. */
    static String rows(List<Candidate> lines) {
        return lines.stream().map(c -> c.line().row() + " '" + c.line().label() + "'").collect(Collectors.joining(", "));
    }
}

package io.haircut.shell.terminal;

import io.haircut.ledger.Ledger;
import io.haircut.report.Figures;
import io.haircut.workbook.ImportedLedger;
import io.haircut.workbook.Inspection;
import java.util.Locale;

/** Short confirmations the commands print; pure text, no arithmetic beyond counting. */
public final class Rendering {

    private Rendering() {
    }

    public static String importSummary(String name, ImportedLedger imported) {
        return importSummary(name, imported, true, 0);
    }

    /** With {@code verbose} false, notes of one kind are grouped and long ones cut to the screen (see {@link NoteList}). */
    public static String importSummary(String name, ImportedLedger imported, boolean verbose, int width) {
        Ledger l = imported.ledger();
        String span = l.firstMonth().map(first -> " (" + first + " .. " + l.lastMonth().orElseThrow() + ")").orElse("");
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Imported %s: %s, %s%s, %s, %s",
                name, count(imported.tables(), "table"), count(l.revenue().size(), "revenue entry", "revenue entries"), span,
                count(l.parties().investorGroups(), "investor group"), commitments(l)));
        NoteList.lines("note", imported.notes(), verbose, width).forEach(n -> out.append('\n').append(n));
        NoteList.lines("warning", imported.warnings(), verbose, width).forEach(w -> out.append('\n').append(w));
        return out.toString();
    }

    /** "18 commitment rows from 3 vendors": rows of the Commitments table, and the vendors they name. */
    private static String commitments(Ledger l) {
        String rows = count(l.commitments().size(), "commitment row");
        return l.commitments().isEmpty() ? rows : rows + " from " + count(l.commitmentVendors(), "vendor");
    }

    /** The inspect report: per file and sheet, the tables found and how each column or line is read. */
    public static String inspection(Inspection inspection) {
        StringBuilder out = new StringBuilder();
        for (Inspection.FileReport f : inspection.files()) {
            out.append(f.file()).append(" (").append(f.format()).append(")\n");
            for (Inspection.SheetReport s : f.sheets()) {
                boolean csv = s.sheet().equals(f.file());
                String name = csv ? "" : "sheet " + quote(s.sheet()) + (s.hidden() ? " (hidden)" : "");
                if (s.skipped() != null) {
                    out.append("  ").append(csv ? "" : name + ": ").append("ignored: ").append(s.skipped()).append('\n');
                    continue;
                }
                if (!csv) {
                    out.append("  ").append(name).append('\n');
                }
                String indent = csv ? "  " : "    ";
                for (Inspection.TableReport t : s.tables()) {
                    out.append(indent).append(t.kind()).append(", header row ").append(t.headerRow()).append(", range ").append(t.range())
                            .append(", ").append(t.read()).append('\n');
                    out.append(indent).append("  found by: ").append(t.detectedBy()).append('\n');
                    out.append(indent).append("  amounts: ").append(t.units()).append(t.conventions().isEmpty() ? "" : "; " + t.conventions()).append('\n');
                    int width = t.columns().stream().mapToInt(c -> c.header().length()).max().orElse(0);
                    width = Math.min(Math.max(width, 6), 28);
                    for (Inspection.ColumnReport c : t.columns()) {
                        out.append(indent).append("  ").append(String.format(Locale.ROOT, "%-6s %-" + width + "s %-16s %-10s %s",
                                c.column(), clip(c.header(), width), c.use(), c.type(), c.note()).stripTrailing()).append('\n');
                    }
                    for (String l : t.lines()) {
                        out.append(indent).append("  ").append(l).append('\n');
                    }
                    for (String n : t.notes()) {
                        out.append(indent).append("  note: ").append(n).append('\n');
                    }
                    for (String p : t.problems()) {
                        out.append(indent).append("  problem: ").append(p).append('\n');
                    }
                }
                for (String n : s.notes()) {
                    out.append(indent).append("note: ").append(n).append('\n');
                }
            }
        }
        inspection.notes().forEach(n -> out.append("note: ").append(n).append('\n'));
        inspection.warnings().forEach(w -> out.append("warning: ").append(w).append('\n'));
        out.append(inspection.error() == null ? "Import would succeed." : "Import would stop at: " + inspection.error());
        return out.toString();
    }

    private static String quote(String s) {
        return "'" + s + "'";
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 3) + "...";
    }

    public static String count(long n, String one) {
        return count(n, one, one + "s");
    }

    public static String count(long n, String one, String many) {
        return Figures.count(n, one, many);
    }
}

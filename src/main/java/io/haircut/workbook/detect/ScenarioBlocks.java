package io.haircut.workbook.detect;

import io.haircut.workbook.cells.FiscalYear;
import io.haircut.workbook.cells.Periods;
import io.haircut.workbook.cells.RawCell;
import io.haircut.workbook.cells.SheetInfo;
import io.haircut.workbook.cells.TableRow;
import io.haircut.workbook.mapping.Dictionary;
import io.haircut.workbook.mapping.MappingFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A plan that repeats its P&L in scenario blocks ("Live", "Upper", "Lower"; "Base case", "Upside",
 * "Downside"), each under a heading row: one block is read, the first or the one a mapping names
 * ({@code scenario: Upside}), and the rows of the others are left out, never added to it. Fed every row
 * of one sheet, in order.
 */
public final class ScenarioBlocks {

    private static final Pattern NAME = Pattern.compile("(scenario )?(live|base|base case|upper|lower|upside|downside|bull|bear|best|worst"
            + "|best case|worst case|conservative|aggressive|optimistic|pessimistic|realistic|moderate|management case|[a-z]+ case|[a-z]+ scenario"
            + "|scenario [a-z0-9]+)( case| scenario)?");

    private final String wanted;
    private final String wantedAt;
    private final FiscalYear fiscalYear;
    private final List<String> names = new ArrayList<>();
    private final Map<String, int[]> skipped = new LinkedHashMap<>();
    private String chosen;
    private String current;

    /** {@code wanted} is the scenario a mapping names (null for the first), {@code wantedAt} where it says so. */
    public ScenarioBlocks(String wanted, String wantedAt, FiscalYear fiscalYear) {
        this.wanted = wanted;
        this.wantedAt = wantedAt;
        this.fiscalYear = fiscalYear;
    }

    /** Notes a scenario heading row: a scenario's name alone in its row (or before the block's period headers). */
    public void see(TableRow row) {
        if (row.cells().isEmpty() || row.cells().get(0).kind() != RawCell.Kind.TEXT) {
            return;
        }
        String name = row.cells().get(0).text().trim();
        if (!NAME.matcher(Dictionary.key(name)).matches()) {
            return;
        }
        for (RawCell c : row.cells().subList(1, row.cells().size())) {
            if (Periods.parse(c, fiscalYear) instanceof Periods.NotAPeriod) {
                return; // a line with figures, or a sentence: not a heading
            }
        }
        if (names.stream().noneMatch(n -> Dictionary.key(n).equals(Dictionary.key(name)))) {
            names.add(name);
        }
        if (chosen == null && (wanted == null || Dictionary.key(wanted).equals(Dictionary.key(name)))) {
            chosen = name;
        }
        current = name;
    }

    /** Whether the row belongs to a scenario block that is not read (its heading row included). */
    public boolean skips(TableRow row) {
        if (current == null || chosen != null && Dictionary.key(current).equals(Dictionary.key(chosen))) {
            return false;
        }
        skipped.merge(current, new int[] {row.row(), row.row()}, (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        return true;
    }

    /** What was read and left out, for the sheet's notes; empty when the sheet has no scenario blocks. */
    public Optional<String> note() {
        if (names.size() < 2 || chosen == null) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder("scenario blocks " + String.join(", ", names.stream().map(MappingFiles::quote).toList()) + ": read "
                + MappingFiles.quote(chosen) + (wanted == null ? " (the first; name another with scenario: in a mapping file)" : " (" + wantedAt + ")"));
        skipped.forEach((name, rows) -> out.append("; rows ").append(rows[0]).append("-").append(rows[1]).append(" (")
                .append(MappingFiles.quote(name)).append(") left out"));
        return Optional.of(out.toString());
    }

    /** The drafted mapping's scenario: line, commented when the first block was read because no mapping named one. */
    public Optional<String> draft() {
        if (names.size() < 2 || chosen == null) {
            return Optional.empty();
        }
        String blocks = String.join(", ", names.stream().map(MappingFiles::quote).toList());
        return Optional.of(wanted == null ? "# scenario: " + MappingFiles.quote(chosen) + "    # read the first of the scenario blocks " + blocks
                + "; name the one to read\n" : "scenario: " + MappingFiles.quote(chosen) + "    # of the scenario blocks " + blocks + "\n");
    }

    /** The refusal when the mapping names a scenario this sheet's blocks do not include. */
    public Optional<String> problem(SheetInfo info) {
        if (wanted == null || names.isEmpty() || chosen != null) {
            return Optional.empty();
        }
        return Optional.of(info.where() + ": the mapping's scenario " + MappingFiles.quote(wanted) + " (" + wantedAt + ") is not one of this sheet's "
                + "scenario blocks: " + String.join(", ", names.stream().map(MappingFiles::quote).toList()));
    }
}

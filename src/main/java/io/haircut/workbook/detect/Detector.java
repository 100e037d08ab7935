package io.haircut.workbook.detect;

import io.haircut.ledger.SourceRef;
import io.haircut.workbook.cells.Numbers;
import io.haircut.workbook.cells.RawCell;
import io.haircut.workbook.cells.SheetInfo;
import io.haircut.workbook.cells.TableRow;
import io.haircut.workbook.detect.Plans.Scale;
import io.haircut.workbook.detect.Plans.SheetPlan;
import io.haircut.workbook.detect.Plans.TablePlan;
import io.haircut.workbook.detect.Plans.WidePlan;
import io.haircut.workbook.mapping.CanonicalTable;
import io.haircut.workbook.mapping.Dictionary;
import io.haircut.workbook.mapping.ExportDefaults;
import io.haircut.workbook.mapping.Field;
import io.haircut.workbook.mapping.ImportMapping;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the tables in a sheet from its first rows, by their headers and contents rather than the sheet's
 * name: a long table (one record per row: revenue, costs, customers, funding, commitments, parties, cash)
 * is a row whose cells name enough of a table's columns (through the synonyms of {@link Dictionary} and the
 * mapping file) over rows whose cells read as those columns' types; a wide table is a row of periods
 * ("Jan-26", "Q1 FY26", "FY2025") with line labels to its left. Tables may start below a title block and
 * sit beside one another (separated by an empty column). A pure function of the rows it is given.
 *
 * <p>Steps: the mapping's word on the sheet (skip it, force a table or header row); candidates per row and
 * column block, scored (required columns matched count most); the best non-overlapping candidates win
 * (a row of periods under another's line items is not one: it heads a table stacked below, which the
 * reader starts when the rows reach it, see {@link WideCandidates#stackedBelow}); then each winner's units (a note such
 * as "USD in thousands" above it), decimal mark and date order.
 */
public final class Detector {

    /** Headers are looked for in this many rows from the top: title blocks are short. */
    static final int HEADER_SEARCH_ROWS = 50;
    /** Rows under a header whose cells are checked against the column types. */
    static final int CONTENT_ROWS = 20;
    static final Pattern YEAR_WORD = Pattern.compile("\\b(fy\\s*'?\\d{2,4}|(19|20)\\d{2})\\b");
    static final Pattern UNIT_TAIL = Pattern.compile("\\s+(in\\s+)?(usd|eur|gbp|k|000s?|thousands|m|mm|mn|millions|bn|billions|units)$");

    static final String BY_SHEET_NAME = "the sheet's name";
    static final String BY_FILE_NAME = "the file's name";

    private Detector() {
    }

    /** A possible table: a plan and its score. */
    record Candidate(TablePlan plan, int score, int rowIndex, List<String> problems) {
    }

    /** As {@link #plan(SheetInfo, List, ImportMapping)}; an income statement ({@code statement} not null) is read as a P&L in its title's units. */
    public static SheetPlan plan(SheetInfo info, List<TableRow> window, ImportMapping mapping, StatementSheets.Statement statement) {
        Optional<ImportMapping.SheetRule> rule = mapping.sheet(info.file(), info.sheet());
        if (rule.isEmpty() && statement != null) {
            rule = Optional.of(statement.rule());
        }
        if (rule.isPresent() && "ignore".equals(rule.get().table())) {
            return new SheetPlan(info, List.of(), List.of(), "the mapping says to ignore it (" + mapping.path() + ":" + rule.get().line() + ")", 0);
        }
        Forced force = forced(info, mapping, rule, statement);
        CanonicalTable forced = force.table();
        boolean wideForced = force.wide();
        String forcedBy = force.by();
        Integer headerRow = rule.map(ImportMapping.SheetRule::headerRow).orElse(null);
        boolean decimalComma = decimalComma(window, mapping);
        Context ctx = new Context(info, window, mapping, rule.orElse(null), decimalComma, statement != null);
        List<Candidate> accepted = accepted(ctx, candidates(ctx, headerRow, force), force);
        if (accepted.isEmpty()) {
            if (forced != null) {
                // Named as a canonical table but no header matched: read row 1 (or the mapped row) as its header,
                // so the message says which columns are missing.
                Optional<TableRow> first = window.stream().filter(r -> headerRow == null || r.row() == headerRow).findFirst();
                if (first.isEmpty()) {
                    return new SheetPlan(info, List.of(), List.of("error: " + where(info) + ": the " + forced.sheetName()
                            + " table is empty; expected a header row with " + String.join(", ", Dictionary.requiredColumns(forced))), null, 0);
                }
                Candidate c = LongCandidates.longCandidate(ctx, forced, window.indexOf(first.get()), first.get().cells(), forcedBy).orElseThrow();
                accepted.add(c);
            } else if (wideForced) {
                return new SheetPlan(info, List.of(), List.of("error: " + where(info) + ": " + (statement != null ? "its title says it is "
                        + statement.kind().describe : "the mapping reads this sheet as a P&L") + ", but no row in the first "
                        + HEADER_SEARCH_ROWS + " has two or more periods (Jan-26, 2026-01, Q1 FY26, FY2025) with line names to their left"), null, 0);
            } else {
                return new SheetPlan(info, List.of(), List.of(), "not one of " + CanonicalTable.sheetNames() + nearMiss(ctx), 0);
            }
        }
        return sheetPlan(ctx, accepted);
    }

    /** A sheet the mapping, a statement title or its name says is one table: the table (null for a P&L), and who said so. */
    private record Forced(CanonicalTable table, boolean wide, String by) {
    }

    private static Forced forced(SheetInfo info, ImportMapping mapping, Optional<ImportMapping.SheetRule> rule, StatementSheets.Statement statement) {
        if (rule.isPresent() && rule.get().table() != null) {
            boolean wide = rule.get().table().equals("pnl");
            return new Forced(wide ? null : CanonicalTable.named(rule.get().table()).orElseThrow(), wide,
                    rule.get().line() == 0 ? "its title '" + RawCell.shorten(statement.title()) + "' (" + statement.kind().describe + ")"
                            : "the mapping (" + mapping.path() + ":" + rule.get().line() + ")");
        }
        CanonicalTable named = CanonicalTable.named(info.tableName()).orElse(null);
        return new Forced(named, false, named == null ? null : info.sheet() == null ? BY_FILE_NAME : BY_SHEET_NAME);
    }

    /** Every long and wide candidate of the header rows searched (or the mapped header row), per block of columns. */
    private static List<Candidate> candidates(Context ctx, Integer headerRow, Forced force) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < ctx.window().size() && (headerRow != null || i < HEADER_SEARCH_ROWS); i++) {
            TableRow row = ctx.window().get(i);
            if (headerRow != null && row.row() != headerRow) {
                continue;
            }
            for (List<RawCell> block : blocks(ctx.info(), row)) {
                if (!force.wide()) {
                    for (CanonicalTable t : force.table() != null ? List.of(force.table()) : List.of(CanonicalTable.values())) {
                        LongCandidates.longCandidate(ctx, t, i, block, force.table() == t ? force.by() : null).ifPresent(candidates::add);
                    }
                }
                boolean wideAllowed = force.table() == null || force.wide() || Set.of(CanonicalTable.COMMITMENTS, CanonicalTable.COSTS,
                        CanonicalTable.CUSTOMERS, CanonicalTable.CASH).contains(force.table());
                if (wideAllowed) {
                    WideCandidates.wideCandidate(ctx, i, block, force.table(), force.wide() ? force.by() : null).ifPresent(candidates::add);
                }
            }
        }
        return candidates;
    }

    /** The best candidates that do not overlap, tables stacked below others left to their readers; one only on a forced sheet. */
    private static List<Candidate> accepted(Context ctx, List<Candidate> candidates, Forced force) {
        // A row of periods under another's line items heads a table stacked below it: its reader starts it when the rows get there.
        List<Candidate> stacked = candidates.stream().filter(c -> c.plan() instanceof WidePlan below && candidates.stream()
                .anyMatch(a -> a.plan() instanceof WidePlan above && WideCandidates.isStackedBelow(ctx, above, below))).toList();
        candidates.removeAll(stacked);
        candidates.sort(Comparator.comparingInt(Candidate::score).reversed().thenComparingInt(Candidate::rowIndex)
                .thenComparingInt(c -> c.plan().firstColumn()));
        List<Candidate> accepted = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean overlaps = accepted.stream().anyMatch(a -> a.plan().firstColumn() <= c.plan().lastColumn()
                    && c.plan().firstColumn() <= a.plan().lastColumn());
            if (!overlaps) {
                accepted.add(c);
            }
            if (force.table() != null || force.wide()) {
                break; // a sheet named (or mapped) as one table holds that table only
            }
        }
        return accepted;
    }

    /** The plan of the accepted tables, with the title rows above them and the header cells none of them used. */
    private static SheetPlan sheetPlan(Context ctx, List<Candidate> accepted) {
        List<String> notes = new ArrayList<>();
        List<TablePlan> tables = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        accepted.sort(Comparator.comparingInt(c -> c.plan().firstColumn()));
        int firstHeader = Integer.MAX_VALUE;
        for (Candidate c : accepted) {
            tables.add(c.plan());
            c.problems().forEach(p -> errors.add("error: " + p));
            firstHeader = Math.min(firstHeader, c.plan().headerRow());
        }
        int titleRows = 0;
        for (TableRow r : ctx.window()) {
            if (r.row() < firstHeader) {
                titleRows++;
                String text = r.cells().stream().filter(x -> x.kind() == RawCell.Kind.TEXT).map(x -> x.text().trim())
                        .collect(Collectors.joining(" | "));
                if (!text.isEmpty()) {
                    notes.add("title row " + r.row() + ": '" + RawCell.shorten(text) + "'");
                }
            }
        }
        for (TablePlan t : tables) {
            unusedHeaderCells(ctx, t, tables).ifPresent(notes::add);
        }
        notes.addAll(errors);
        return new SheetPlan(ctx.info(), tables, notes, null, titleRows);
    }

    /** Shared inputs of one sheet's detection. */
    record Context(SheetInfo info, List<TableRow> window, ImportMapping mapping, ImportMapping.SheetRule rule, boolean decimalComma,
            boolean statement) {
    }

    // ---- shared -------------------------------------------------------------------------------

    /** The runs of adjacent cells in a header row: tables side by side are separated by an empty column. CSV rows are one run. */
    static List<List<RawCell>> blocks(SheetInfo info, TableRow row) {
        if (info.sheet() == null) {
            return List.of(row.cells());
        }
        List<List<RawCell>> blocks = new ArrayList<>();
        List<RawCell> current = new ArrayList<>();
        int previous = -2;
        for (RawCell c : row.cells()) {
            if (c.column() != previous + 1 && !current.isEmpty()) {
                blocks.add(current);
                current = new ArrayList<>();
            }
            current.add(c);
            previous = c.column();
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        if (blocks.size() > 1) {
            blocks.add(row.cells()); // the whole row too: a table whose header has a gap
        }
        return blocks;
    }

    /** The units note nearest above a table (same columns first), or the mapping's. */
    static Scale tableScale(Context ctx, int headerRow, int first, int last) {
        if (ctx.rule() != null && ctx.rule().units() != null) {
            return new Scale(ctx.rule().units(), ctx.rule().unitsWord(), ctx.rule().line() == 0 ? "the statement's title"
                    : "the mapping (" + ctx.mapping().path() + ":" + ctx.rule().line() + ")");
        }
        return note(ctx, headerRow, first, last).map(n -> new Scale(n.units().factor(), n.units().word(), n.at())).orElse(Scale.NONE);
    }

    static String tableCurrency(Context ctx, int headerRow, int first, int last) {
        if (ctx.rule() != null && ctx.rule().currency() != null) {
            return ctx.rule().currency();
        }
        return note(ctx, headerRow, first, last).map(n -> n.units().currency()).orElse(null);
    }

    /** Notes above a table naming two currencies (when the mapping names none): refused, see {@link TitleCurrency}. */
    static Optional<String> currencyConflict(Context ctx, int headerRow, int first, int last) {
        if (ctx.rule() != null && ctx.rule().currency() != null) {
            return Optional.empty();
        }
        return TitleCurrency.conflict(ctx.info(), ctx.window(), headerRow, first, last);
    }

    record Note(Dictionary.Units units, String at) {
    }

    static Optional<Note> note(Context ctx, int headerRow, int first, int last) {
        Note best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TableRow r : ctx.window()) {
            if (r.row() > headerRow) {
                break;
            }
            for (RawCell c : r.cells()) {
                if (c.kind() != RawCell.Kind.TEXT) {
                    continue;
                }
                // The header row itself counts only for cells that are not column names (a label column's "USD '000").
                if (r.row() == headerRow && (c.column() < first || c.column() > last || isFieldHeader(c))) {
                    continue;
                }
                Optional<Dictionary.Units> u = Dictionary.units(c.text());
                if (u.isEmpty()) {
                    continue;
                }
                int distance = (headerRow - r.row()) * 4 + (c.column() >= first && c.column() <= last ? 0 : 2);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = new Note(u.get(), SourceRef.columnLetters(c.column()) + r.row() + " '" + RawCell.shorten(c.text().trim()) + "'");
                }
            }
        }
        String sheet = ctx.info().sheet();
        if (best == null && sheet != null) {
            // No note above the table: a sheet named "Revenue - INR crores" states them for the whole sheet.
            return Dictionary.units(sheet).map(u -> new Note(u, "the sheet name '" + sheet + "'"));
        }
        return Optional.ofNullable(best);
    }

    static boolean isFieldHeader(RawCell c) {
        String key = Dictionary.header(c.text()).key();
        for (CanonicalTable t : CanonicalTable.values()) {
            if (LongCandidates.match(t, key) != null) {
                return true;
            }
        }
        return false;
    }

    /** Decimal comma when the mapping says so, or when the sheet's numbers are only readable that way ("1.234,56"). */
    static boolean decimalComma(List<TableRow> window, ImportMapping mapping) {
        if (mapping.decimalComma() != null) {
            return mapping.decimalComma();
        }
        int european = 0;
        int anglo = 0;
        for (TableRow r : window) {
            for (RawCell c : r.cells()) {
                if (c.kind() == RawCell.Kind.TEXT) {
                    european += Numbers.looksEuropean(c.text()) ? 1 : 0;
                    anglo += Numbers.looksAnglo(c.text()) ? 1 : 0;
                }
            }
        }
        return european > 0 && anglo == 0;
    }

    /** Header cells no accepted table uses, named so the analyst sees them. */
    static Optional<String> unusedHeaderCells(Context ctx, TablePlan plan, List<TablePlan> all) {
        TableRow header = ctx.window().stream().filter(r -> r.row() == plan.headerRow()).findFirst().orElse(null);
        if (header == null) {
            return Optional.empty();
        }
        List<String> unused = new ArrayList<>();
        for (RawCell c : header.cells()) {
            boolean inSomeTable = all.stream().anyMatch(t -> t.headerRow() == plan.headerRow() && c.column() >= t.firstColumn() && c.column() <= t.lastColumn())
                    || all.stream().anyMatch(t -> c.column() >= t.firstColumn() && c.column() <= t.lastColumn());
            if (!inSomeTable) {
                unused.add(SourceRef.columnLetters(c.column()) + plan.headerRow() + " '" + RawCell.shorten(c.text().trim()) + "'");
            }
        }
        if (unused.isEmpty() || all.indexOf(plan) != 0) {
            return Optional.empty();
        }
        return Optional.of("ignored header cells outside the tables: " + String.join(", ", unused));
    }

    /** Near misses, for the "not one of ..." note: a header row that names some of a table's columns. */
    static String nearMiss(Context ctx) {
        int bestCount = 1;
        String text = "";
        for (int i = 0; i < ctx.window().size() && i < HEADER_SEARCH_ROWS; i++) {
            TableRow row = ctx.window().get(i);
            for (CanonicalTable t : CanonicalTable.values()) {
                List<String> have = new ArrayList<>();
                for (Field f : Dictionary.fields(t)) {
                    if (f.required() && row.cells().stream().anyMatch(c -> c.kind() == RawCell.Kind.TEXT && f.rank(Dictionary.header(c.text()).key()) >= 0)) {
                        have.add(f.column());
                    }
                }
                if (have.size() > bestCount) {
                    bestCount = have.size();
                    boolean channel = have.contains("Channel");
                    boolean settlement = have.contains("Settlement");
                    // A plain export needs neither channel nor settlement (ExportDefaults): not named as lacking.
                    List<String> lacking = Dictionary.requiredColumns(t).stream().filter(c -> !have.contains(c))
                            .filter(c -> ExportDefaults.implied(t, Dictionary.key(c), channel, settlement).isEmpty()).toList();
                    text = "; row " + row.row() + " has " + String.join(", ", have) + " like a " + t.sheetName() + " table but no "
                            + String.join(", ", lacking) + " (name them in a mapping file: inspect FILE --write-mapping MAP.yaml drafts one)";
                }
            }
        }
        return text;
    }

    static String where(SheetInfo info) {
        return info.where();
    }

}

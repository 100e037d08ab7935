package io.haircut.workbook.detect;

import io.haircut.ledger.SourceRef;
import io.haircut.workbook.cells.DateOrder;
import io.haircut.workbook.cells.Dates;
import io.haircut.workbook.cells.FiscalYear;
import io.haircut.workbook.cells.Numbers;
import io.haircut.workbook.cells.Periods;
import io.haircut.workbook.cells.RawCell;
import io.haircut.workbook.cells.TableRow;
import io.haircut.workbook.detect.Plans.ColumnUse;
import io.haircut.workbook.detect.Plans.LongPlan;
import io.haircut.workbook.detect.Plans.Scale;
import io.haircut.workbook.detect.Plans.Use;
import io.haircut.workbook.mapping.CanonicalTable;
import io.haircut.workbook.mapping.Dictionary;
import io.haircut.workbook.mapping.ExportDefaults;
import io.haircut.workbook.mapping.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Long-table candidates (one record per row): a header row whose cells name enough of a table's columns,
 * through the synonyms of {@link Dictionary} and the mapping file, over rows whose cells read as those
 * columns' types. {@link Detector} weighs them against the wide candidates.
 */
public final class LongCandidates {

    private LongCandidates() {
    }

    record Match(Field field, int rank, String why) {
    }

    static Optional<Detector.Candidate> longCandidate(Detector.Context ctx, CanonicalTable table, int rowIndex, List<RawCell> block, String forcedBy) {
        TableRow header = ctx.window().get(rowIndex);
        long textCells = block.stream().filter(c -> c.kind() == RawCell.Kind.TEXT).count();
        if (forcedBy == null && textCells * 2 < block.size()) {
            return Optional.empty(); // mostly numbers or dates: a data row, not a header
        }
        Map<Integer, String> ignored = new LinkedHashMap<>();
        Map<Integer, Match> byColumn = headerMatches(ctx, table, block, ignored);
        // Content check: a column whose cells are not of its field's type does not count (unless the sheet is named for the table).
        if (forcedBy == null) {
            byColumn.entrySet().removeIf(e -> !contentFits(ctx, rowIndex, e.getKey(), e.getValue().field()));
        }
        Map<Integer, String> demoted = new LinkedHashMap<>();
        Map<Field, Integer> chosen = oneColumnPerField(byColumn, header, demoted);
        Coverage coverage = coverage(ctx, table, chosen);
        List<String> missing = coverage.missing();
        int required = coverage.required();
        int matchedRequired = coverage.matchedRequired();
        int matchedOptional = coverage.matchedOptional();
        if (forcedBy == null && (matchedRequired < Math.min(3, required) || matchedRequired * 2 < required)) {
            return Optional.empty();
        }
        int first = block.get(0).column();
        int last = block.get(block.size() - 1).column();
        Scale tableScale = Detector.tableScale(ctx, header.row(), first, last);
        String currency = Detector.tableCurrency(ctx, header.row(), first, last);
        if (currency == null) {
            // No note names one: amounts typed with one currency's mark ("₹1,23,456") name the table's currency.
            currency = chosen.entrySet().stream().filter(e -> e.getKey().key().equals("amount")).findFirst()
                    .flatMap(e -> TitleCurrency.fromMarks(ctx.window(), header.row(), e.getValue())).orElse(null);
        }
        Map<Integer, Field> fieldAt = new LinkedHashMap<>();
        chosen.forEach((f, c) -> fieldAt.put(c, f));
        List<ColumnUse> uses = columnUses(ctx, table, block, byColumn, fieldAt, ignored, demoted);
        List<String> problems = new ArrayList<>();
        DatedBy dated = ctx.mapping().dateOrder() != null ? new DatedBy(ctx.mapping().dateOrder(), "the mapping")
                : datesSeen(ctx, rowIndex, fieldAt, problems);
        DateOrder order = dated.order();
        String orderSource = dated.source();
        Detector.currencyConflict(ctx, header.row(), first, last).ifPresent(problems::add);
        AmountDoubts.problem(ctx.info(), table, uses, ctx.mapping()).ifPresent(problems::add);
        String headers = "its headers (" + matchedRequired + " of " + required + " required columns)";
        String why = forcedBy == null ? headers : forcedBy.startsWith("the mapping") ? forcedBy : forcedBy + " and " + headers;
        List<String> found = block.stream().map(c -> c.text().trim()).toList();
        if (!missing.isEmpty()) {
            String message = missingColumns(ctx, table, header, missing, found, forcedBy);
            problems.add(0, message);
        }
        LongPlan plan = new LongPlan(table, header.row(), first, last, uses, tableScale, currency, order, orderSource,
                ctx.decimalComma(), missing, found, why);
        int score = 100 * matchedRequired + 10 * matchedOptional + (forcedBy != null ? 1000 : 0);
        return Optional.of(new Detector.Candidate(plan, score, rowIndex, problems));
    }

    /** How many of the table's fields the header has; missing: required columns with no default to stand in. */
    private record Coverage(int required, int matchedRequired, int matchedOptional, List<String> missing) {
    }

    private static Coverage coverage(Detector.Context ctx, CanonicalTable table, Map<Field, Integer> chosen) {
        List<String> missing = new ArrayList<>();
        int required = 0;
        int matchedRequired = 0;
        int matchedOptional = 0;
        boolean hasChannel = hasFieldOrDefault(ctx, table, chosen, "channel");
        boolean hasSettlement = hasFieldOrDefault(ctx, table, chosen, "settlement");
        for (Field f : Dictionary.fields(table)) {
            if (f.required()) {
                required++;
                if (chosen.containsKey(f)) {
                    matchedRequired++;
                } else if (ctx.mapping().defaultValue(table, f.key()).isEmpty()
                        && ExportDefaults.implied(table, f.key(), hasChannel, hasSettlement).isEmpty()) {
                    missing.add(f.column());
                }
            } else if (chosen.containsKey(f)) {
                matchedOptional++;
            }
        }
        return new Coverage(required, matchedRequired, matchedOptional, missing);
    }

    /** What each text cell of a header block names, by the mapping first, then the dictionary (a unit tail stripped); ignored columns go to {@code ignored}. */
    private static Map<Integer, Match> headerMatches(Detector.Context ctx, CanonicalTable table, List<RawCell> block, Map<Integer, String> ignored) {
        Map<Integer, Match> byColumn = new LinkedHashMap<>();
        for (RawCell cell : block) {
            if (cell.kind() != RawCell.Kind.TEXT) {
                continue;
            }
            Dictionary.Header h = Dictionary.header(cell.text());
            String full = Dictionary.key(cell.text());
            Optional<String> mapped = ctx.mapping().column(table, full).or(() -> ctx.mapping().column(table, h.key()));
            if (mapped.isPresent()) {
                if (mapped.get().equals("ignore")) {
                    ignored.put(cell.column(), "the mapping says to ignore it");
                    continue;
                }
                Optional<Field> f = Dictionary.field(table, mapped.get());
                if (f.isPresent()) {
                    byColumn.put(cell.column(), new Match(f.get(), -1, "the mapping"));
                    continue;
                }
            }
            String key = h.key();
            Match best = match(table, key);
            for (String stripped = key; best == null; ) {
                Matcher tail = Detector.UNIT_TAIL.matcher(stripped);
                if (!tail.find()) {
                    break;
                }
                stripped = stripped.substring(0, tail.start());
                best = match(table, stripped);
            }
            if (best != null) {
                byColumn.put(cell.column(), best);
            }
        }
        return byColumn;
    }

    /** One column per field: the better synonym wins, then the leftmost; the other becomes an extra column, its reason in {@code demoted}. */
    private static Map<Field, Integer> oneColumnPerField(Map<Integer, Match> byColumn, TableRow header, Map<Integer, String> demoted) {
        Map<Field, Integer> chosen = new LinkedHashMap<>();
        byColumn.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Integer, Match> e) -> e.getValue().rank()).thenComparingInt(Map.Entry::getKey))
                .forEach(e -> {
                    Field f = e.getValue().field();
                    Integer previous = chosen.putIfAbsent(f, e.getKey());
                    if (previous != null) {
                        demoted.put(e.getKey(), "also reads as " + f.key() + "; " + SourceRef.columnLetters(previous) + " '"
                                + header.cell(previous).text().trim() + "' is used");
                    }
                });
        return chosen;
    }

    /** What haircut makes of each column of the block: a field, an extra column kept with each entry, or ignored, and why. */
    private static List<ColumnUse> columnUses(Detector.Context ctx, CanonicalTable table, List<RawCell> block, Map<Integer, Match> byColumn,
            Map<Integer, Field> fieldAt, Map<Integer, String> ignored, Map<Integer, String> demoted) {
        List<ColumnUse> uses = new ArrayList<>();
        for (RawCell cell : block) {
            int c = cell.column();
            boolean hidden = ctx.info().hiddenColumns().contains(c);
            String text = RawCell.shown(cell);
            if (ignored.containsKey(c)) {
                uses.add(new ColumnUse(c, text, Use.IGNORED, null, ignored.get(c), null, hidden));
            } else if (fieldAt.containsKey(c)) {
                Field f = fieldAt.get(c);
                Scale own = f.type() == Field.Type.AMOUNT ? Dictionary.units(text)
                        .filter(u -> u.factor().compareTo(java.math.BigDecimal.ONE) != 0)
                        .map(u -> new Scale(u.factor(), u.word(), "its header")).orElse(null) : null;
                uses.add(new ColumnUse(c, text, Use.FIELD, f, byColumn.get(c).why(), own, hidden));
            } else {
                String why = demoted.getOrDefault(c, "");
                if (cell.kind() != RawCell.Kind.TEXT) {
                    why = "header is not text";
                }
                uses.add(new ColumnUse(c, text, table == CanonicalTable.REVENUE ? Use.EXTRA : Use.IGNORED, null,
                        table == CanonicalTable.REVENUE ? "kept with each entry as '" + CanonicalTable.normalisedHeader(text) + "'" + (why.isEmpty() ? "" : "; " + why)
                                : why.isEmpty() ? "not a " + table.sheetName() + " column" : why,
                        null, hidden));
            }
        }
        return uses;
    }

    /** A table's date order and where it was read from (the mapping, or the first cell that tells). */
    private record DatedBy(DateOrder order, String source) {
    }

    /** The date order the date columns' cells tell, when one does; both orders seen is a problem. */
    private static DatedBy datesSeen(Detector.Context ctx, int rowIndex, Map<Integer, Field> fieldAt, List<String> problems) {
        DateOrder seen = null;
        String seenAt = null;
        for (Map.Entry<Integer, Field> e : fieldAt.entrySet()) {
            if (e.getValue().type() != Field.Type.DATE && e.getValue().type() != Field.Type.MONTH) {
                continue;
            }
            for (int i = rowIndex + 1; i < ctx.window().size(); i++) {
                TableRow r = ctx.window().get(i);
                RawCell v = r.cell(e.getKey());
                DateOrder ev = v == null ? null : Dates.evidence(v);
                if (ev == null) {
                    continue;
                }
                String at = SourceRef.columnLetters(e.getKey()) + r.row() + " '" + v.text().trim() + "'";
                if (seen != null && seen != ev) {
                    problems.add(Detector.where(ctx.info()) + ": dates are written both ways (" + seenAt + " is " + seen.label() + ", " + at + " is "
                            + ev.label() + "); say which in a mapping file: dates: { order: month-first } (or day-first)");
                    break;
                }
                if (seen == null) {
                    seen = ev;
                    seenAt = at;
                }
            }
        }
        return new DatedBy(seen, seen == null ? null : seenAt);
    }

    /** The refusal of a header row that lacks required columns, with the mapping lines that would name or default them. */
    private static String missingColumns(Detector.Context ctx, CanonicalTable table, TableRow header, List<String> missing, List<String> found,
            String forcedBy) {
        String foundText = String.join(", ", found);
        String message = Detector.where(ctx.info()) + ": header row " + header.row() + " has no "
                + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList()) + " column; expected "
                + String.join(", ", Dictionary.requiredColumns(table)) + " (found: " + foundText + ")";
        if (forcedBy == null || !(forcedBy.equals(Detector.BY_SHEET_NAME) || forcedBy.equals(Detector.BY_FILE_NAME))) {
            String firstMissing = missing.get(0);
            message += "; name the column in a mapping file (columns: { " + table.sheetName().toLowerCase(Locale.ROOT) + ": { 'YOUR HEADER': "
                    + Dictionary.field(table, Dictionary.key(firstMissing).replace(' ', '-')).map(Field::key).orElse("?")
                    + " } }) or give it a default (defaults: { " + table.sheetName().toLowerCase(Locale.ROOT) + ": { "
                    + Dictionary.key(firstMissing).replace(' ', '-') + ": VALUE } })";
        }
        return message;
    }

    static boolean hasFieldOrDefault(Detector.Context ctx, CanonicalTable table, Map<Field, Integer> chosen, String key) {
        return chosen.keySet().stream().anyMatch(f -> f.key().equals(key)) || ctx.mapping().defaultValue(table, key).isPresent();
    }

    static Match match(CanonicalTable table, String key) {
        Match best = null;
        for (Field f : Dictionary.fields(table)) {
            int r = f.rank(key);
            if (r >= 0 && (best == null || r < best.rank())) {
                best = new Match(f, r, r == 0 ? "" : "synonym of " + f.column());
            }
        }
        return best;
    }

    /** Whether most non-blank cells under a header read as the field's type. */
    static boolean contentFits(Detector.Context ctx, int rowIndex, int column, Field field) {
        int seen = 0;
        int fits = 0;
        for (int i = rowIndex + 1; i < ctx.window().size() && seen < Detector.CONTENT_ROWS; i++) {
            RawCell cell = ctx.window().get(i).cell(column);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            seen++;
            if (fits(cell, field, ctx.decimalComma())) {
                fits++;
            }
        }
        return seen < 2 || fits * 2 >= seen;
    }

    public static boolean fits(RawCell cell, Field field, boolean decimalComma) {
        return switch (field.type()) {
            case DATE -> !(Dates.parse(cell, null) instanceof Dates.NotADate) || Periods.month(cell, null) != null;
            case MONTH -> Periods.month(cell, null) != null;
            case AMOUNT -> {
                Numbers.Parsed n = Numbers.parse(cell, decimalComma);
                yield n instanceof Numbers.Value || n instanceof Numbers.Missing;
            }
            case COUNT -> Numbers.parse(cell, decimalComma) instanceof Numbers.Value v && v.value().stripTrailingZeros().scale() <= 0;
            case YEAR -> Periods.parse(cell, FiscalYear.CALENDAR) instanceof Periods.Period p && p.span().months() == 12;
            case TEXT, CHOICE, CHANNEL -> cell.kind() == RawCell.Kind.TEXT;
            case CURRENCY -> cell.text().trim().matches("[A-Za-z]{3}");
        };
    }
}

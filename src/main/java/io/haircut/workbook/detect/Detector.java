package io.haircut.workbook.detect;

import io.haircut.ledger.SourceRef;
import io.haircut.workbook.cells.ColumnBasis;
import io.haircut.workbook.cells.DateOrder;
import io.haircut.workbook.cells.Dates;
import io.haircut.workbook.cells.FiscalYear;
import io.haircut.workbook.cells.Numbers;
import io.haircut.workbook.cells.Periods;
import io.haircut.workbook.cells.RawCell;
import io.haircut.workbook.cells.SheetInfo;
import io.haircut.workbook.cells.TableRow;
import io.haircut.workbook.detect.Plans.ColumnUse;
import io.haircut.workbook.detect.Plans.LongPlan;
import io.haircut.workbook.detect.Plans.PeriodColumn;
import io.haircut.workbook.detect.Plans.Scale;
import io.haircut.workbook.detect.Plans.SheetPlan;
import io.haircut.workbook.detect.Plans.TablePlan;
import io.haircut.workbook.detect.Plans.Use;
import io.haircut.workbook.detect.Plans.WideKind;
import io.haircut.workbook.detect.Plans.WidePlan;
import io.haircut.workbook.mapping.CanonicalTable;
import io.haircut.workbook.mapping.Dictionary;
import io.haircut.workbook.mapping.ExportDefaults;
import io.haircut.workbook.mapping.Field;
import io.haircut.workbook.mapping.ImportMapping;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
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
 * reader starts when the rows reach it, see {@link #stackedBelow}); then each winner's units (a note such
 * as "USD in thousands" above it), decimal mark and date order.
 */
public final class Detector {

    /** Headers are looked for in this many rows from the top: title blocks are short. */
    static final int HEADER_SEARCH_ROWS = 50;
    /** Rows under a header whose cells are checked against the column types. */
    private static final int CONTENT_ROWS = 20;
    private static final Pattern YEAR_WORD = Pattern.compile("\\b(fy\\s*'?\\d{2,4}|(19|20)\\d{2})\\b");
    private static final Pattern UNIT_TAIL = Pattern.compile("\\s+(in\\s+)?(usd|eur|gbp|k|000s?|thousands|m|mm|mn|millions|bn|billions|units)$");

    private static final String BY_SHEET_NAME = "the sheet's name";
    private static final String BY_FILE_NAME = "the file's name";

    private Detector() {
    }

    /** A possible table: a plan and its score. */
    private record Candidate(TablePlan plan, int score, int rowIndex, List<String> problems) {
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
        CanonicalTable forced = null;
        boolean wideForced = false;
        String forcedBy = null;
        if (rule.isPresent() && rule.get().table() != null) {
            wideForced = rule.get().table().equals("pnl");
            forced = wideForced ? null : CanonicalTable.named(rule.get().table()).orElseThrow();
            forcedBy = rule.get().line() == 0 ? "its title '" + RawCell.shorten(statement.title()) + "' (" + statement.kind().describe + ")"
                    : "the mapping (" + mapping.path() + ":" + rule.get().line() + ")";
        } else {
            forced = CanonicalTable.named(info.tableName()).orElse(null);
            forcedBy = forced == null ? null : info.sheet() == null ? BY_FILE_NAME : BY_SHEET_NAME;
        }
        Integer headerRow = rule.map(ImportMapping.SheetRule::headerRow).orElse(null);
        boolean decimalComma = decimalComma(window, mapping);
        Context ctx = new Context(info, window, mapping, rule.orElse(null), decimalComma, statement != null);

        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < window.size() && (headerRow != null || i < HEADER_SEARCH_ROWS); i++) {
            TableRow row = window.get(i);
            if (headerRow != null && row.row() != headerRow) {
                continue;
            }
            for (List<RawCell> block : blocks(info, row)) {
                if (!wideForced) {
                    for (CanonicalTable t : forced != null ? List.of(forced) : List.of(CanonicalTable.values())) {
                        longCandidate(ctx, t, i, block, forced == t ? forcedBy : null).ifPresent(candidates::add);
                    }
                }
                boolean wideAllowed = forced == null || wideForced || Set.of(CanonicalTable.COMMITMENTS, CanonicalTable.COSTS,
                        CanonicalTable.CUSTOMERS, CanonicalTable.CASH).contains(forced);
                if (wideAllowed) {
                    wideCandidate(ctx, i, block, forced, wideForced ? forcedBy : null).ifPresent(candidates::add);
                }
            }
        }
        // A row of periods under another's line items heads a table stacked below it: its reader starts it when the rows get there.
        List<Candidate> stacked = candidates.stream().filter(c -> c.plan() instanceof WidePlan below && candidates.stream()
                .anyMatch(a -> a.plan() instanceof WidePlan above && isStackedBelow(ctx, above, below))).toList();
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
            if (forced != null || wideForced) {
                break; // a sheet named (or mapped) as one table holds that table only
            }
        }
        List<String> notes = new ArrayList<>();
        List<TablePlan> tables = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        if (accepted.isEmpty()) {
            if (forced != null) {
                // Named as a canonical table but no header matched: read row 1 (or the mapped row) as its header,
                // so the message says which columns are missing.
                Optional<TableRow> first = window.stream().filter(r -> headerRow == null || r.row() == headerRow).findFirst();
                if (first.isEmpty()) {
                    return new SheetPlan(info, List.of(), List.of("error: " + where(info) + ": the " + forced.sheetName()
                            + " table is empty; expected a header row with " + String.join(", ", Dictionary.requiredColumns(forced))), null, 0);
                }
                Candidate c = longCandidate(ctx, forced, window.indexOf(first.get()), first.get().cells(), forcedBy).orElseThrow();
                accepted.add(c);
            } else if (wideForced) {
                return new SheetPlan(info, List.of(), List.of("error: " + where(info) + ": " + (statement != null ? "its title says it is "
                        + statement.kind().describe : "the mapping reads this sheet as a P&L") + ", but no row in the first "
                        + HEADER_SEARCH_ROWS + " has two or more periods (Jan-26, 2026-01, Q1 FY26, FY2025) with line names to their left"), null, 0);
            } else {
                return new SheetPlan(info, List.of(), List.of(), "not one of " + CanonicalTable.sheetNames() + nearMiss(ctx), 0);
            }
        }
        accepted.sort(Comparator.comparingInt(c -> c.plan().firstColumn()));
        int firstHeader = Integer.MAX_VALUE;
        for (Candidate c : accepted) {
            tables.add(c.plan());
            c.problems().forEach(p -> errors.add("error: " + p));
            firstHeader = Math.min(firstHeader, c.plan().headerRow());
        }
        int titleRows = 0;
        for (TableRow r : window) {
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
        return new SheetPlan(info, tables, notes, null, titleRows);
    }

    /** Shared inputs of one sheet's detection. */
    private record Context(SheetInfo info, List<TableRow> window, ImportMapping mapping, ImportMapping.SheetRule rule, boolean decimalComma,
            boolean statement) {
    }

    // ---- long tables ------------------------------------------------------------------------

    private record Match(Field field, int rank, String why) {
    }

    private static Optional<Candidate> longCandidate(Context ctx, CanonicalTable table, int rowIndex, List<RawCell> block, String forcedBy) {
        TableRow header = ctx.window().get(rowIndex);
        long textCells = block.stream().filter(c -> c.kind() == RawCell.Kind.TEXT).count();
        if (forcedBy == null && textCells * 2 < block.size()) {
            return Optional.empty(); // mostly numbers or dates: a data row, not a header
        }
        Map<Integer, Match> byColumn = new LinkedHashMap<>();
        Map<Integer, String> ignored = new LinkedHashMap<>();
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
                Matcher tail = UNIT_TAIL.matcher(stripped);
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
        // Content check: a column whose cells are not of its field's type does not count (unless the sheet is named for the table).
        if (forcedBy == null) {
            byColumn.entrySet().removeIf(e -> !contentFits(ctx, rowIndex, e.getKey(), e.getValue().field()));
        }
        // One column per field: the better synonym wins, then the leftmost; the other becomes an extra column.
        Map<Field, Integer> chosen = new LinkedHashMap<>();
        Map<Integer, String> demoted = new LinkedHashMap<>();
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
        List<Field> fields = Dictionary.fields(table);
        List<String> missing = new ArrayList<>();
        int required = 0;
        int matchedRequired = 0;
        int matchedOptional = 0;
        boolean hasChannel = hasFieldOrDefault(ctx, table, chosen, "channel");
        boolean hasSettlement = hasFieldOrDefault(ctx, table, chosen, "settlement");
        for (Field f : fields) {
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
        if (forcedBy == null && (matchedRequired < Math.min(3, required) || matchedRequired * 2 < required)) {
            return Optional.empty();
        }
        int first = block.get(0).column();
        int last = block.get(block.size() - 1).column();
        Scale tableScale = tableScale(ctx, header.row(), first, last);
        String currency = tableCurrency(ctx, header.row(), first, last);
        if (currency == null) {
            // No note names one: amounts typed with one currency's mark ("₹1,23,456") name the table's currency.
            currency = chosen.entrySet().stream().filter(e -> e.getKey().key().equals("amount")).findFirst()
                    .flatMap(e -> TitleCurrency.fromMarks(ctx.window(), header.row(), e.getValue())).orElse(null);
        }
        List<ColumnUse> uses = new ArrayList<>();
        Map<Integer, Field> fieldAt = new LinkedHashMap<>();
        chosen.forEach((f, c) -> fieldAt.put(c, f));
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
        DateOrder order = ctx.mapping().dateOrder();
        String orderSource = order == null ? null : "the mapping";
        List<String> problems = new ArrayList<>();
        if (order == null) {
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
                        problems.add(where(ctx.info()) + ": dates are written both ways (" + seenAt + " is " + seen.label() + ", " + at + " is "
                                + ev.label() + "); say which in a mapping file: dates: { order: month-first } (or day-first)");
                        break;
                    }
                    if (seen == null) {
                        seen = ev;
                        seenAt = at;
                    }
                }
            }
            order = seen;
            orderSource = seen == null ? null : seenAt;
        }
        currencyConflict(ctx, header.row(), first, last).ifPresent(problems::add);
        AmountDoubts.problem(ctx.info(), table, uses, ctx.mapping()).ifPresent(problems::add);
        String headers = "its headers (" + matchedRequired + " of " + required + " required columns)";
        String why = forcedBy == null ? headers : forcedBy.startsWith("the mapping") ? forcedBy : forcedBy + " and " + headers;
        List<String> found = block.stream().map(c -> c.text().trim()).toList();
        if (!missing.isEmpty()) {
            String foundText = String.join(", ", found);
            String message = where(ctx.info()) + ": header row " + header.row() + " has no "
                    + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList()) + " column; expected "
                    + String.join(", ", Dictionary.requiredColumns(table)) + " (found: " + foundText + ")";
            if (forcedBy == null || !(forcedBy.equals(BY_SHEET_NAME) || forcedBy.equals(BY_FILE_NAME))) {
                String firstMissing = missing.get(0);
                message += "; name the column in a mapping file (columns: { " + table.sheetName().toLowerCase(Locale.ROOT) + ": { 'YOUR HEADER': "
                        + Dictionary.field(table, Dictionary.key(firstMissing).replace(' ', '-')).map(Field::key).orElse("?")
                        + " } }) or give it a default (defaults: { " + table.sheetName().toLowerCase(Locale.ROOT) + ": { "
                        + Dictionary.key(firstMissing).replace(' ', '-') + ": VALUE } })";
            }
            problems.add(0, message);
        }
        LongPlan plan = new LongPlan(table, header.row(), first, last, uses, tableScale, currency, order, orderSource,
                ctx.decimalComma(), missing, found, why);
        int score = 100 * matchedRequired + 10 * matchedOptional + (forcedBy != null ? 1000 : 0);
        return Optional.of(new Candidate(plan, score, rowIndex, problems));
    }

    private static boolean hasFieldOrDefault(Context ctx, CanonicalTable table, Map<Field, Integer> chosen, String key) {
        return chosen.keySet().stream().anyMatch(f -> f.key().equals(key)) || ctx.mapping().defaultValue(table, key).isPresent();
    }

    private static Match match(CanonicalTable table, String key) {
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
    private static boolean contentFits(Context ctx, int rowIndex, int column, Field field) {
        int seen = 0;
        int fits = 0;
        for (int i = rowIndex + 1; i < ctx.window().size() && seen < CONTENT_ROWS; i++) {
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

    // ---- wide tables ------------------------------------------------------------------------

    /** A row of periods: its columns in order (coarser periods over finer ones made totals), and what keeps it from being read. */
    private record PeriodHeader(List<PeriodColumn> periods, List<PeriodColumn> figures, List<String> problems) {

        int firstPeriod() {
            return periods.stream().mapToInt(PeriodColumn::column).min().orElseThrow();
        }

        int lastPeriod() {
            return periods.stream().mapToInt(PeriodColumn::column).max().orElseThrow();
        }

        String range() {
            return figures.get(0).header() + " .. " + figures.get(figures.size() - 1).header();
        }
    }

    /** The periods of a header row: two or more in order (a month's year may stand above it), else empty. */
    private static Optional<PeriodHeader> periodHeader(Context ctx, int rowIndex, List<RawCell> block) {
        FiscalYear fy = ctx.mapping().fiscalYear();
        PeriodHeaders.Read read = PeriodHeaders.read(ctx.info(), ctx.window(), rowIndex, block, fy, column -> yearContext(ctx, rowIndex, column, fy));
        List<PeriodColumn> periods = read.columns();
        List<String> problems = new ArrayList<>(read.problems());
        List<PeriodColumn> figures = periods.stream().filter(p -> !p.total()).toList();
        if (figures.size() < 2) {
            return Optional.empty();
        }
        // Periods read (budgets, variances and overlapped durations aside) run in order within each basis.
        List<PeriodColumn> known = figures.stream().filter(p -> p.span() != null && p.skip() == null).toList();
        int finest = known.stream().mapToInt(p -> p.span().months()).min().orElse(1);
        for (ColumnBasis basis : ColumnBasis.values()) {
            List<java.time.YearMonth> starts = known.stream().filter(p -> p.basis() == basis && p.span().months() == finest)
                    .map(p -> p.span().first()).toList();
            boolean up = true;
            boolean down = true;
            for (int i = 1; i < starts.size(); i++) {
                up &= starts.get(i).isAfter(starts.get(i - 1));
                down &= starts.get(i).isBefore(starts.get(i - 1));
            }
            if (!up && !down) {
                return Optional.empty(); // not a sequence of periods: a row of figures that happen to look like years
            }
        }
        // Coarser periods that cover finer ones are totals of them (months, then "Q1 2026" or "FY2025").
        List<PeriodColumn> resolved = new ArrayList<>();
        for (PeriodColumn p : periods) {
            boolean coversFiner = !p.total() && p.skip() == null && p.span() != null && p.span().months() > finest && known.stream()
                    .anyMatch(q -> q.span().months() == finest && q.basis() == p.basis() && p.span().contains(q.span()));
            resolved.add(coversFiner ? new PeriodColumn(p.column(), p.header(), p.span(), true, p.hidden(), p.basis(), null) : p);
        }
        return Optional.of(new PeriodHeader(resolved, figures, problems));
    }

    private static Optional<Candidate> wideCandidate(Context ctx, int rowIndex, List<RawCell> block, CanonicalTable forced, String forcedBy) {
        TableRow header = ctx.window().get(rowIndex);
        Optional<PeriodHeader> found = periodHeader(ctx, rowIndex, block);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<PeriodColumn> resolved = found.get().periods();
        List<PeriodColumn> figures = found.get().figures();
        List<String> problems = found.get().problems();
        List<PeriodColumn> known = figures.stream().filter(p -> p.span() != null).toList();
        int firstPeriod = found.get().firstPeriod();
        int lastPeriod = found.get().lastPeriod();
        // Line labels: text in the columns left of the periods, in the rows below the header.
        // A "Unit" header over a unit column ("#", "$", "%") is not where the line names start: they are left of it.
        boolean unitHeader = block.get(0).column() < firstPeriod && block.get(0).kind() == RawCell.Kind.TEXT
                && Dictionary.key(block.get(0).text()).matches("units?|uom|unit of measure|measure");
        int leftLimit = unitHeader ? previousCellColumn(header, block.get(0).column()) + 1
                : block.get(0).column() < firstPeriod ? block.get(0).column() : previousCellColumn(header, firstPeriod) + 1;
        int labelFirst = Integer.MAX_VALUE;
        for (int i = rowIndex + 1; i < ctx.window().size() && i <= rowIndex + 60; i++) {
            for (RawCell c : ctx.window().get(i).cells()) {
                if (c.column() >= leftLimit && c.column() < firstPeriod && c.kind() == RawCell.Kind.TEXT) {
                    labelFirst = Math.min(labelFirst, c.column());
                }
            }
        }
        if (labelFirst == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        WideKind kind = WideKind.PNL;
        boolean allYears = known.stream().allMatch(p -> p.span().months() == 12);
        String title = ctx.window().stream().filter(r -> r.row() < header.row()).flatMap(r -> r.cells().stream())
                .map(RawCell::text).collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT)
                + " " + String.valueOf(ctx.info().tableName()).toLowerCase(Locale.ROOT);
        if (forced == CanonicalTable.COMMITMENTS || (forced == null && forcedBy == null && allYears && title.contains("commitment"))) {
            kind = WideKind.COMMITMENTS;
            if (!allYears) {
                return Optional.empty();
            }
        }
        Scale scale = tableScale(ctx, header.row(), labelFirst, lastPeriod);
        String currency = tableCurrency(ctx, header.row(), labelFirst, lastPeriod);
        Optional<String> conflict = currencyConflict(ctx, header.row(), labelFirst, lastPeriod);
        if (conflict.isPresent()) {
            problems = new ArrayList<>(problems);
            problems.add(conflict.get());
        }
        String why = forcedBy != null ? forcedBy : figures.size() + " periods across row " + header.row() + " (" + found.get().range() + ")";
        WidePlan plan = new WidePlan(kind, header.row(), labelFirst, firstPeriod - 1, lastPeriod, resolved, scale, currency, ctx.decimalComma(), why,
                ctx.statement());
        // Total columns break ties: a header with a spacer column before "FY2025" is one table, not months alone.
        int totals = (int) resolved.stream().filter(PeriodColumn::total).count();
        return Optional.of(new Candidate(plan, 100 * figures.size() + totals + (forcedBy != null || forced != null ? 1000 : 0), rowIndex, problems));
    }

    // ---- wide tables stacked in one sheet ---------------------------------------------------

    /** Rows between two stacked tables that can say something about the lower one (a title, a units note, its year). */
    public static final int ROWS_BETWEEN = 5;

    /** The plan of a wide table stacked below another, and what keeps it from being read. */
    public record Stacked(WidePlan plan, List<String> problems) {
    }

    /**
     * A wide table stacked below {@code above} in the same columns (the next year, a KPI block under the
     * P&L): {@code header} is a row below above's line items whose cells right of the line names are mostly
     * periods; {@code between} are the rows since above's last figures, in row {@code lastFigures} (at most
     * {@value #ROWS_BETWEEN} are used: a title, a units note, a year over month names). Its line names are in
     * above's label columns; its units are those of a note between the two, else above's. Empty for any
     * other row, and for above's own header repeated right under a line (as on each page of a printed report).
     */
    public static Optional<Stacked> stackedBelow(SheetInfo info, WidePlan above, List<TableRow> between, int lastFigures, TableRow header,
            ImportMapping mapping) {
        List<RawCell> block = headerCells(above, header);
        FiscalYear fy = mapping.fiscalYear();
        int periods = 0;
        for (RawCell c : block) {
            // Numbers are figures here, even those that read as years: only text and date cells make a header.
            boolean period = (c.kind() == RawCell.Kind.TEXT || c.kind() == RawCell.Kind.DATE) && !(Periods.parse(c, fy) instanceof Periods.NotAPeriod);
            periods += period ? 1 : 0;
        }
        if (periods < 2 || periods * 2 < block.size()) {
            return Optional.empty();
        }
        List<TableRow> rows = new ArrayList<>(between.subList(Math.max(0, between.size() - ROWS_BETWEEN), between.size()));
        rows.add(header);
        Context ctx = new Context(info, rows, mapping, mapping.sheet(info.file(), info.sheet()).orElse(null), above.decimalComma(), above.statement());
        Optional<PeriodHeader> found = periodHeader(ctx, rows.size() - 1, block);
        boolean adjacent = between.isEmpty() && header.row() == lastFigures + 1;
        if (found.isEmpty() || adjacent && samePeriods(found.get().periods(), above.periods())) {
            return Optional.empty();
        }
        PeriodHeader h = found.get();
        boolean ownNote = note(ctx, header.row(), above.firstColumn(), h.lastPeriod()).isPresent();
        Scale scale = ownNote ? tableScale(ctx, header.row(), above.firstColumn(), h.lastPeriod()) : above.scale();
        String currency = ownNote ? tableCurrency(ctx, header.row(), above.firstColumn(), h.lastPeriod()) : above.currency();
        boolean allYears = h.figures().stream().allMatch(p -> p.span() != null && p.span().months() == 12);
        WideKind kind = above.kind() == WideKind.COMMITMENTS && allYears ? WideKind.COMMITMENTS : WideKind.PNL;
        String why = h.figures().size() + " periods across row " + header.row() + " (" + h.range() + "), below the table with header row "
                + above.headerRow();
        return Optional.of(new Stacked(new WidePlan(kind, header.row(), above.firstColumn(), h.firstPeriod() - 1, h.lastPeriod(), h.periods(),
                scale, currency, above.decimalComma(), why, above.statement()), h.problems()));
    }

    /** Whether a row has a figure in the table's period columns: a line item, not a heading or a header. */
    public static boolean hasFigures(WidePlan plan, TableRow row) {
        for (RawCell c : row.cells()) {
            if (c.column() > plan.labelLast() && c.column() <= plan.lastColumn() && c.kind() != RawCell.Kind.DATE
                    && Numbers.parse(c, plan.decimalComma()) instanceof Numbers.Value) {
                return true;
            }
        }
        return false;
    }

    /** The cells of a row right of the table's line names: within its columns, and on to the right while they are adjacent. */
    private static List<RawCell> headerCells(WidePlan above, TableRow row) {
        List<RawCell> cells = new ArrayList<>();
        int reach = above.lastColumn();
        for (RawCell c : row.cells()) {
            if (c.column() <= above.labelLast()) {
                continue;
            }
            if (c.column() > reach + 1) {
                break; // another table beside this one
            }
            cells.add(c);
            reach = Math.max(reach, c.column());
        }
        return cells;
    }

    private static boolean samePeriods(List<PeriodColumn> a, List<PeriodColumn> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            PeriodColumn p = a.get(i);
            PeriodColumn q = b.get(i);
            if (p.column() != q.column() || p.total() != q.total() || !java.util.Objects.equals(p.span(), q.span())) {
                return false;
            }
        }
        return true;
    }

    /** Whether candidate {@code below} is a table stacked under {@code above}'s line items, as its reader will find it. */
    private static boolean isStackedBelow(Context ctx, WidePlan above, WidePlan below) {
        if (below.headerRow() <= above.headerRow()) {
            return false;
        }
        List<TableRow> between = new ArrayList<>();
        int lastFigures = 0;
        for (TableRow r : ctx.window()) {
            if (r.row() <= above.headerRow()) {
                continue;
            }
            if (r.row() == below.headerRow()) {
                return lastFigures > 0 && stackedBelow(ctx.info(), above, between, lastFigures, r, ctx.mapping()).isPresent();
            }
            if (hasFigures(above, r)) {
                lastFigures = r.row();
                between.clear();
            } else {
                between.add(r);
            }
        }
        return false;
    }

    private static java.time.YearMonth monthInSpan(Periods.Span span, int month) {
        for (int i = 0; i < span.months(); i++) {
            java.time.YearMonth m = span.first().plusMonths(i);
            if (m.getMonthValue() == month) {
                return m;
            }
        }
        return span.first().withMonth(month);
    }

    /** The nearest header cell left of {@code column} (another table's), or -1. */
    private static int previousCellColumn(TableRow header, int column) {
        return header.cells().stream().mapToInt(RawCell::column).filter(c -> c < column).max().orElse(-1);
    }

    /** A year above a month-name header ("FY2026" over "Jan".."Dec", merged or not), or in the title block. */
    private static Periods.Span yearContext(Context ctx, int rowIndex, int column, FiscalYear fy) {
        for (int i = rowIndex - 1; i >= 0 && i >= rowIndex - 3; i--) {
            TableRow above = ctx.window().get(i);
            RawCell nearest = null;
            for (RawCell c : above.cells()) {
                if (c.column() <= column && (nearest == null || c.column() > nearest.column())) {
                    nearest = c;
                }
            }
            if (nearest != null && Periods.parse(nearest, fy) instanceof Periods.Period p && p.span().months() >= 3) {
                return p.span();
            }
        }
        for (int i = 0; i < rowIndex; i++) {
            for (RawCell c : ctx.window().get(i).cells()) {
                if (c.kind() == RawCell.Kind.TEXT) {
                    Matcher m = YEAR_WORD.matcher(c.text().toLowerCase(Locale.ROOT));
                    if (m.find() && Periods.text(m.group(1), fy) instanceof Periods.Period p && p.span().months() == 12) {
                        return p.span();
                    }
                }
            }
        }
        return null;
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
    private static Scale tableScale(Context ctx, int headerRow, int first, int last) {
        if (ctx.rule() != null && ctx.rule().units() != null) {
            return new Scale(ctx.rule().units(), ctx.rule().unitsWord(), ctx.rule().line() == 0 ? "the statement's title"
                    : "the mapping (" + ctx.mapping().path() + ":" + ctx.rule().line() + ")");
        }
        return note(ctx, headerRow, first, last).map(n -> new Scale(n.units().factor(), n.units().word(), n.at())).orElse(Scale.NONE);
    }

    private static String tableCurrency(Context ctx, int headerRow, int first, int last) {
        if (ctx.rule() != null && ctx.rule().currency() != null) {
            return ctx.rule().currency();
        }
        return note(ctx, headerRow, first, last).map(n -> n.units().currency()).orElse(null);
    }

    /** Notes above a table naming two currencies (when the mapping names none): refused, see {@link TitleCurrency}. */
    private static Optional<String> currencyConflict(Context ctx, int headerRow, int first, int last) {
        if (ctx.rule() != null && ctx.rule().currency() != null) {
            return Optional.empty();
        }
        return TitleCurrency.conflict(ctx.info(), ctx.window(), headerRow, first, last);
    }

    private record Note(Dictionary.Units units, String at) {
    }

    private static Optional<Note> note(Context ctx, int headerRow, int first, int last) {
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

    private static boolean isFieldHeader(RawCell c) {
        String key = Dictionary.header(c.text()).key();
        for (CanonicalTable t : CanonicalTable.values()) {
            if (match(t, key) != null) {
                return true;
            }
        }
        return false;
    }

    /** Decimal comma when the mapping says so, or when the sheet's numbers are only readable that way ("1.234,56"). */
    private static boolean decimalComma(List<TableRow> window, ImportMapping mapping) {
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
    private static Optional<String> unusedHeaderCells(Context ctx, TablePlan plan, List<TablePlan> all) {
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
    private static String nearMiss(Context ctx) {
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

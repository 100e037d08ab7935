package io.haircut.workbook.read;

import io.haircut.ledger.Labelled;
import io.haircut.ledger.SourceRef;
import io.haircut.workbook.ImportException;
import io.haircut.workbook.cells.DateOrder;
import io.haircut.workbook.cells.Dates;
import io.haircut.workbook.cells.Formulas;
import io.haircut.workbook.cells.Numbers;
import io.haircut.workbook.cells.Periods;
import io.haircut.workbook.cells.RawCell;
import io.haircut.workbook.cells.TableRow;
import io.haircut.workbook.detect.Plans;
import io.haircut.workbook.detect.Plans.ColumnUse;
import io.haircut.workbook.detect.Plans.LongPlan;
import io.haircut.workbook.mapping.Dictionary;
import io.haircut.workbook.mapping.ExportDefaults;
import io.haircut.workbook.mapping.Field;
import io.haircut.workbook.mapping.ImportMapping;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to one data row of a long table, where every failure names the exact cell and says what
 * was expected, e.g. {@code frontier-ai.xlsx!Revenue!E17: expected an amount such as 1234.56, found 'n/a'}.
 * Values pass through the mapping file's value meanings, then the built-in ones ({@link Dictionary});
 * amounts are scaled by the column's or the table's units.
 */
public final class RowFields {

    private final TableRow row;
    private final LongPlan plan;
    private final ImportMapping mapping;
    private final String file;
    private final String sheet;
    private final Shared shared;

    /**
     * What the rows of one table share: its columns by name and the meanings of values already looked up
     * (a million rows repeat a few hundred channel and settlement spellings).
     */
    static final class Shared {
        private final Map<String, ColumnUse> columns = new HashMap<>();
        private final Map<String, Field> fields = new HashMap<>();
        private final Map<String, Map<String, Optional<String>>> meanings = new HashMap<>(); // field key -> text -> meaning

        Shared(LongPlan plan) {
            for (ColumnUse c : plan.columns()) {
                if (c.use() == Plans.Use.FIELD) {
                    columns.put(c.field().column(), c);
                }
            }
            Dictionary.fields(plan.table()).forEach(f -> fields.put(f.column(), f));
            for (String key : java.util.List.of("channel", "settlement")) {
                ExportDefaults.implied(plan.table(), key, plan.column("Channel") != null, plan.column("Settlement") != null)
                        .ifPresent(v -> implied.put(key, v));
            }
        }

        private final Map<String, String> implied = new HashMap<>();

        Optional<String> implied(String fieldKey) {
            return Optional.ofNullable(implied.get(fieldKey));
        }

        Optional<String> builtIn(String fieldKey, String text) {
            return meanings.computeIfAbsent(fieldKey, k -> new HashMap<>()).computeIfAbsent(text, t -> Dictionary.value(fieldKey, t));
        }
    }

    RowFields(TableRow row, LongPlan plan, ImportMapping mapping, String file, String sheet, Shared shared) {
        this.row = row;
        this.plan = plan;
        this.mapping = mapping;
        this.file = file;
        this.sheet = sheet;
        this.shared = shared;
    }

    private int index(String column) {
        ColumnUse use = shared.columns.get(column);
        return use == null ? -1 : use.column();
    }

    SourceRef ref(String column) {
        int i = index(column);
        return new SourceRef(file, sheet, row.row(), i < 0 ? plan.firstColumn() : i);
    }

    /** Whether the table has this column and the row's cell in it is not blank. */
    boolean has(String column) {
        return optionalText(column).isPresent();
    }

    /** A number that is not money (a capacity in GW): plain digits, no currency sign. Null-free: fails naming the cell. */
    BigDecimal number(String column, String example) {
        RawCell cell = required(column, example);
        if (cell == null) {
            return new BigDecimal(defaultOf(column));
        }
        Numbers.Parsed n = Numbers.parse(cell, plan.decimalComma());
        if (!(n instanceof Numbers.Value v) || cell.text().contains("$")) {
            throw fail(column, "expected " + example + ", found '" + cell.text().trim() + "'");
        }
        return v.value();
    }

    private Field field(String column) {
        return shared.fields.get(column);
    }

    /** The cell of a required column, or null when the mapping gives the column a default. */
    private RawCell required(String column, String what) {
        int i = index(column);
        if (i < 0 && defaultFor(column).isPresent()) {
            return null;
        }
        RawCell cell = i < 0 ? null : row.cell(i);
        if (cell == null || cell.isBlank()) {
            throw fail(column, column + " is empty; expected " + what);
        }
        if (cell.kind() == RawCell.Kind.ERROR) {
            throw fail(column, "the cell holds the error " + cell.text() + "; expected " + what);
        }
        if (cell.kind() == RawCell.Kind.FORMULA && Formulas.refersToAnotherFile(cell.text())) {
            throw fail(column, "the cell's formula (" + RawCell.shorten(cell.text()) + ") refers to another file and was saved"
                    + " without its value; haircut never opens other files: open this workbook in Excel with the linked"
                    + " file at hand and save it (which stores the values), or paste the values in");
        }
        if (cell.kind() == RawCell.Kind.FORMULA) {
            throw fail(column, "the cell holds a formula (" + RawCell.shorten(cell.text()) + ") saved without its value, which haircut "
                    + "could not work out (a file over 20 MB, or a link to another file): open and save the file in Excel (which stores values), "
                    + "or export the sheet to CSV");
        }
        return cell;
    }

    private String defaultOf(String column) {
        return defaultFor(column).orElseThrow();
    }

    /** The mapping's default for a column the table lacks, else what a plain export implies ({@link ExportDefaults}). */
    private Optional<String> defaultFor(String column) {
        String key = field(column).key();
        return mapping.defaultValue(plan.table(), key).or(() -> shared.implied(key));
    }

    String text(String column) {
        RawCell cell = required(column, "a value");
        if (cell == null) {
            return defaultOf(column);
        }
        String t = RawCell.shown(cell);
        return mapping.value(field(column).key(), t).orElse(t);
    }

    Optional<String> optionalText(String column) {
        int index = index(column);
        RawCell cell = index < 0 ? null : row.cell(index);
        if (cell == null || cell.isBlank()) {
            return index < 0 ? defaultFor(column) : Optional.empty();
        }
        String t = RawCell.shown(cell);
        return Optional.of(mapping.value(field(column).key(), t).orElse(t));
    }

    Optional<String> extraText(int column) {
        RawCell cell = row.cell(column);
        return cell == null || cell.isBlank() ? Optional.empty() : Optional.of(RawCell.shown(cell));
    }

    /** An amount, scaled by the column's units (its header's note), else the table's ("USD in thousands"). */
    BigDecimal amount(String column) {
        RawCell cell = required(column, "an amount");
        if (cell == null) {
            return new BigDecimal(defaultOf(column));
        }
        Numbers.Parsed n = Numbers.parse(cell, plan.decimalComma());
        if (n instanceof Numbers.Value v) {
            markedCurrency(column, cell);
            ColumnUse use = shared.columns.get(column);
            Plans.Scale scale = use.scale() != null ? use.scale() : plan.scale();
            return v.ownUnit() ? v.value() : v.value().multiply(scale.factor());
        }
        if (n instanceof Numbers.Percent) {
            throw fail(column, "expected an amount such as 1234.56, found the percentage '" + cell.text().trim() + "'");
        }
        if (Numbers.badGrouping(cell.text(), plan.decimalComma())) {
            throw fail(column, "the digit groups of '" + cell.text().trim() + "' are neither thousands (1,234,567) nor Indian lakhs (12,34,567); "
                    + "expected an amount such as 1234.56");
        }
        throw fail(column, "expected an amount such as 1234.56, found '" + cell.text().trim() + "'");
    }

    /** An amount typed with its own currency mark ("₹1,23,456") that is not the row's currency: refused, never read as the other. */
    private void markedCurrency(String column, RawCell cell) {
        if (cell.kind() != RawCell.Kind.TEXT || !column.equals("Amount")) {
            return;
        }
        Optional<String> mark = Numbers.currencyMark(cell.text());
        if (mark.isEmpty() || field("Currency") == null) {
            return;
        }
        String currency = currency("Currency");
        if (!Numbers.markFits(mark.get(), currency)) {
            String named = "$".equals(mark.get()) ? "a dollar" : mark.get();
            String where = sheet == null ? file : sheet;
            throw fail(column, "'" + cell.text().trim() + "' is marked " + named + " but the table's amounts are read as " + currency
                    + (index("Currency") >= 0 ? " (its Currency column)" : plan.currency() != null ? " (a note above the table or the mapping)"
                            : " (no Currency column or note names another)")
                    + "; say which in a mapping file: sheets: { '" + where + "': { currency: " + ("$".equals(mark.get()) ? "USD" : mark.get()) + " } }");
        }
    }

    long count(String column) {
        RawCell cell = required(column, "a whole number");
        Numbers.Parsed n = cell == null ? Numbers.text(defaultOf(column), false) : Numbers.parse(cell, plan.decimalComma());
        Long v = n instanceof Numbers.Value value ? whole(value.value()) : null;
        if (v == null || v < 0) {
            throw fail(column, "expected a whole number of 0 or more, found '" + (cell == null ? defaultOf(column) : cell.text().trim()) + "'");
        }
        return v;
    }

    private static Long whole(BigDecimal n) {
        try {
            return n.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    int year(String column) {
        RawCell cell = required(column, "a year such as 2027");
        if (cell == null) {
            return Integer.parseInt(defaultOf(column));
        }
        Periods.Parsed p = Periods.parse(cell, mapping.fiscalYear());
        if (p instanceof Periods.Period period && period.span().months() == 12) {
            return mapping.fiscalYear().namedByEnd() ? period.span().last().getYear() : period.span().first().getYear();
        }
        throw fail(column, "expected a year such as 2027, found '" + cell.text().trim() + "'");
    }

    LocalDate date(String column) {
        RawCell cell = required(column, "a date");
        if (cell == null) {
            return LocalDate.parse(defaultOf(column));
        }
        DateOrder proves = plan.dateOrder() == null ? null : Dates.evidence(cell);
        if (proves != null && proves != plan.dateOrder()) {
            // 03/25/2016 in a day-first column: read any way, one of the two is wrong.
            throw fail(column, "'" + cell.text().trim() + "' can only be " + proves.label() + ", but this column's dates are read "
                    + plan.dateOrder().label() + " (" + (plan.dateOrderSource() == null ? "" : "from " + plan.dateOrderSource())
                    + "); dates written both ways are not guessed: correct the cell in a copy of the file");
        }
        Dates.Parsed d = Dates.parse(cell, plan.dateOrder());
        if (d instanceof Dates.Day day) {
            return day.date();
        }
        if (d instanceof Dates.Ambiguous a) {
            throw fail(column, "'" + cell.text().trim() + "' could be " + a.monthFirst() + " (month first) or " + a.dayFirst()
                    + " (day first), and no date in the column settles it; say which in a mapping file: dates: { order: month-first } (or day-first)");
        }
        // A month where a date is expected ("2026-03" in a Period column): the month's last day.
        YearMonth m = Periods.month(cell, plan.dateOrder());
        if (m != null && cell.kind() == RawCell.Kind.TEXT) {
            return m.atEndOfMonth();
        }
        throw fail(column, "expected a date (a date cell or yyyy-mm-dd), found '" + cell.text().trim() + "'");
    }

    YearMonth month(String column) {
        RawCell cell = required(column, "a month");
        if (cell == null) {
            return YearMonth.parse(defaultOf(column));
        }
        YearMonth v = Periods.month(cell, plan.dateOrder());
        if (v == null) {
            throw fail(column, "expected a month (yyyy-mm or a date cell), found '" + cell.text().trim() + "'");
        }
        return v;
    }

    <E extends Enum<E> & Labelled> E choice(String column, Class<E> type) {
        String t = text(column);
        String key = field(column).key();
        return Labelled.parse(type, t)
                .or(() -> shared.builtIn(key, t).flatMap(v -> Labelled.parse(type, v)))
                .orElseThrow(() -> fail(column, "expected one of " + Labelled.choices(type) + ", found '" + t + "'"));
    }

    /** A channel: the mapping's meaning, else a known channel's label ("AWS Marketplace" is aws-marketplace), else the text. */
    String channel(String column) {
        String t = text(column);
        return shared.builtIn("channel", t).orElse(t);
    }

    /** Three capital letters: checked on every row, so without compiling a pattern each time. */
    private static boolean isCurrencyCode(String code) {
        if (code.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            if (code.charAt(i) < 'A' || code.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    String currency(String column) {
        Optional<String> c = optionalText(column);
        if (c.isEmpty()) {
            return plan.currency() != null ? plan.currency() : "USD";
        }
        String code = c.get().toUpperCase(java.util.Locale.ROOT);
        if (!isCurrencyCode(code)) {
            throw fail(column, "expected a three-letter currency code such as USD, found '" + c.get() + "'");
        }
        return code;
    }

    ImportException fail(String column, String message) {
        return new ImportException(ref(column) + ": " + message);
    }
}

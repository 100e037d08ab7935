package io.haircut.workbook;

import io.haircut.ledger.Labelled;
import io.haircut.ledger.SourceRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Typed access to one data row, where every failure names the exact cell and says what was expected,
 * e.g. {@code frontier-ai.xlsx!Revenue!E17: expected an amount, found 'n/a'}.
 */
final class RowFields {

    private final TableRow row;
    private final Columns columns;
    private final String file;
    private final String sheet;

    RowFields(TableRow row, Columns columns, String file, String sheet) {
        this.row = row;
        this.columns = columns;
        this.file = file;
        this.sheet = sheet;
    }

    SourceRef ref(String column) {
        return new SourceRef(file, sheet, row.row(), columns.index(column));
    }

    /** Whether the table has this column and the row's cell in it is not blank. */
    boolean has(String column) {
        return optionalText(column).isPresent();
    }

    /** A number that is not money (a capacity in GW): plain digits, no currency sign. Null-free: fails naming the cell. */
    BigDecimal number(String column, String example) {
        RawCell cell = required(column, example);
        BigDecimal v = CellValues.number(cell);
        if (v == null || cell.text().contains("$")) {
            throw fail(column, "expected " + example + ", found '" + cell.text().trim() + "'");
        }
        return v;
    }

    private RawCell required(String column, String what) {
        RawCell cell = row.cell(columns.index(column));
        if (cell == null || cell.isBlank()) {
            throw fail(column, column + " is empty; expected " + what);
        }
        if (cell.kind() == RawCell.Kind.ERROR) {
            throw fail(column, "the cell holds the error " + cell.text() + "; expected " + what);
        }
        return cell;
    }

    String text(String column) {
        return required(column, "a value").text().trim();
    }

    Optional<String> optionalText(String column) {
        int index = columns.index(column);
        RawCell cell = index < 0 ? null : row.cell(index);
        return cell == null || cell.isBlank() ? Optional.empty() : Optional.of(cell.text().trim());
    }

    Optional<String> extraText(int column) {
        RawCell cell = row.cell(column);
        return cell == null || cell.isBlank() ? Optional.empty() : Optional.of(cell.text().trim());
    }

    BigDecimal amount(String column) {
        RawCell cell = required(column, "an amount");
        BigDecimal v = CellValues.number(cell);
        if (v == null) {
            throw fail(column, "expected an amount such as 1234.56, found '" + cell.text().trim() + "'");
        }
        return v;
    }

    long count(String column) {
        RawCell cell = required(column, "a whole number");
        Long v = CellValues.whole(cell);
        if (v == null || v < 0) {
            throw fail(column, "expected a whole number of 0 or more, found '" + cell.text().trim() + "'");
        }
        return v;
    }

    int year(String column) {
        RawCell cell = required(column, "a year such as 2027");
        Long v = CellValues.whole(cell);
        if (v == null || v < 1900 || v > 2200) {
            throw fail(column, "expected a year such as 2027, found '" + cell.text().trim() + "'");
        }
        return v.intValue();
    }

    LocalDate date(String column) {
        RawCell cell = required(column, "a date");
        LocalDate v = CellValues.date(cell);
        if (v == null) {
            throw fail(column, "expected a date (a date cell or yyyy-mm-dd), found '" + cell.text().trim() + "'");
        }
        return v;
    }

    YearMonth month(String column) {
        RawCell cell = required(column, "a month");
        YearMonth v = CellValues.month(cell);
        if (v == null) {
            throw fail(column, "expected a month (yyyy-mm or a date cell), found '" + cell.text().trim() + "'");
        }
        return v;
    }

    <E extends Enum<E> & Labelled> E choice(String column, Class<E> type) {
        String t = text(column);
        return Labelled.parse(type, t).orElseThrow(() ->
                fail(column, "expected one of " + Labelled.choices(type) + ", found '" + t + "'"));
    }

    String currency(String column) {
        Optional<String> c = optionalText(column);
        if (c.isEmpty()) {
            return "USD";
        }
        String code = c.get().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw fail(column, "expected a three-letter currency code such as USD, found '" + c.get() + "'");
        }
        return code;
    }

    ImportException fail(String column, String message) {
        return new ImportException(ref(column) + ": " + message);
    }
}

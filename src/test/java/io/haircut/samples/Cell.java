package io.haircut.samples;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One value of a sample sheet. The type decides how it is written: a real date cell, a numeric
 * cell with two decimals, an integer, or text; the CSV form of each is fixed here, once.
 */
sealed interface Cell permits Cell.Text, Cell.Day, Cell.Amount, Cell.Count {

    /** The value as the CSV folder holds it. */
    String csv();

    static Cell text(String value) {
        return new Text(value);
    }

    static Cell day(LocalDate value) {
        return new Day(value);
    }

    static Cell cents(long cents) {
        return new Amount(Cents.toAmount(cents));
    }

    static Cell count(long value) {
        return new Count(value);
    }

    record Text(String value) implements Cell {
        @Override
        public String csv() {
            return value;
        }
    }

    record Day(LocalDate value) implements Cell {
        @Override
        public String csv() {
            return value.toString();
        }
    }

    /** Money with exactly two decimals; written without thousands separators. */
    record Amount(BigDecimal value) implements Cell {
        public Amount {
            if (value.scale() != 2) {
                throw new IllegalArgumentException("amount needs 2 decimals: " + value);
            }
        }

        @Override
        public String csv() {
            return value.toPlainString();
        }
    }

    record Count(long value) implements Cell {
        @Override
        public String csv() {
            return Long.toString(value);
        }
    }
}

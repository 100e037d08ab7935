package io.haircut.workbook.cells;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumbersTest {

    private static BigDecimal value(String text, boolean comma) {
        Numbers.Parsed p = Numbers.text(text, comma);
        assertThat(p).as(text).isInstanceOf(Numbers.Value.class);
        return ((Numbers.Value) p).value();
    }

    @Test
    void amountsAsTyped() {
        assertThat(value("$1,234.56", false)).isEqualByComparingTo("1234.56");
        assertThat(value("(1,234)", false)).isEqualByComparingTo("-1234");
        assertThat(value("-$5.00", false)).isEqualByComparingTo("-5");
        assertThat(value("$(5.00)", false)).isEqualByComparingTo("-5");
        assertThat(value("1,234-", false)).isEqualByComparingTo("-1234");
        assertThat(value("1.2M", false)).isEqualByComparingTo("1200000");
        assertThat(value("450k", false)).isEqualByComparingTo("450000");
        assertThat(value("$2.5bn", false)).isEqualByComparingTo("2500000000");
        assertThat(value("USD 7.50", false)).isEqualByComparingTo("7.5");
        assertThat(value("1 234.50", false)).isEqualByComparingTo("1234.5");
        assertThat(value("1.234,56", true)).isEqualByComparingTo("1234.56");
        assertThat(value("1.234,56 €", true)).isEqualByComparingTo("1234.56");
        assertThat(value("(99,90)", true)).isEqualByComparingTo("-99.9");
    }

    @Test
    void suffixedValuesSayTheyCarryTheirOwnUnit() {
        assertThat(((Numbers.Value) Numbers.text("450k", false)).ownUnit()).isTrue();
        assertThat(((Numbers.Value) Numbers.text("450", false)).ownUnit()).isFalse();
    }

    @Test
    void missingMarksAndPercentagesAreNotAmounts() {
        for (String dash : new String[] {"—", "–", "-", "n/a", "N/A", "nm", "--"}) {
            assertThat(Numbers.text(dash, false)).as(dash).isInstanceOf(Numbers.Missing.class);
        }
        assertThat(Numbers.text("12.5%", false)).isEqualTo(new Numbers.Percent(new BigDecimal("0.125")));
        assertThat(Numbers.text("1.234,56", false)).isInstanceOf(Numbers.NotANumber.class);
        assertThat(Numbers.text("1,23", false)).isInstanceOf(Numbers.NotANumber.class);
        assertThat(Numbers.text("+5", false)).isInstanceOf(Numbers.NotANumber.class);
        assertThat(Numbers.text("abc", false)).isInstanceOf(Numbers.NotANumber.class);
    }

    @Test
    void storedNumbersLoseOnlyTheirBinaryNoise() {
        Numbers.Value v = (Numbers.Value) Numbers.parse(new RawCell(0, RawCell.Kind.NUMBER, "0.30000000000000004"), false);
        assertThat(v.value()).isEqualByComparingTo("0.3");
        // 1234.5 has its most significant digit at 10^3, so its 15th is at 10^-11.
        Numbers.Value w = (Numbers.Value) Numbers.parse(new RawCell(0, RawCell.Kind.NUMBER, "1234.5"), false);
        assertThat(w.resolution()).isEqualByComparingTo("1E-11");
        assertThat(Numbers.parse(new RawCell(0, RawCell.Kind.PERCENT, "0.125"), false)).isEqualTo(new Numbers.Percent(new BigDecimal("0.125")));
    }

    /** Any amount in cents, printed the ways spreadsheets print it, reads back exactly (seeded, 5,000 cases). */
    @Test
    void printedAmountsReadBackExactly() {
        Random random = new Random(20_260_501L);
        for (int i = 0; i < 5_000; i++) {
            long cents = random.nextLong() % 1_000_000_000_000L;
            BigDecimal amount = BigDecimal.valueOf(cents, 2);
            String digits = amount.abs().toPlainString();
            String whole = digits.substring(0, digits.indexOf('.'));
            String fraction = digits.substring(digits.indexOf('.') + 1);
            String us = group(whole, ',') + "." + fraction;
            String eu = group(whole, '.') + "," + fraction;
            boolean negative = cents < 0;
            String usText = switch (random.nextInt(3)) {
                case 0 -> negative ? "(" + us + ")" : us;
                case 1 -> (negative ? "-$" : "$") + us;
                default -> (negative ? "-" : "") + us;
            };
            String euText = (negative ? "-" : "") + eu + (random.nextBoolean() ? " €" : "");
            assertThat(value(usText, false)).as(usText).isEqualByComparingTo(amount);
            assertThat(value(euText, true)).as(euText).isEqualByComparingTo(amount);
        }
    }

    private static String group(String whole, char separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(separator);
            }
            out.append(whole.charAt(i));
        }
        return out.toString();
    }
}

package io.haircut.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.workbook.cells.Numbers;
import io.haircut.workbook.mapping.Dictionary;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Units notes and Indian numbers as pure functions: what each note or cell text reads as. */
class UnitNotesTest {

    private static String units(String note) {
        return Dictionary.units(note).map(u -> u.word() + " x" + u.factor().toPlainString() + " " + u.currency()).orElse("none");
    }

    @Test
    void lakhsCroresAndTheCurrencyANoteNames() {
        assertThat(units("INR crores")).isEqualTo("crores x10000000 INR");
        assertThat(units("(in crores)")).isEqualTo("crores x10000000 null");
        assertThat(units("Rs. in lakhs")).isEqualTo("lakhs x100000 INR");
        assertThat(units("₹ in lacs")).isEqualTo("lakhs x100000 INR");
        assertThat(units("INR Cr")).isEqualTo("crores x10000000 INR");
        assertThat(units("Amounts in EUR thousands")).isEqualTo("thousands x1000 EUR");
        assertThat(units("Revenue (SAR)")).isEqualTo("units x1 SAR");
        assertThat(units("SAR")).isEqualTo("units x1 SAR");
        assertThat(units("All figures in AED")).isEqualTo("units x1 AED");
        // Words that only look like codes or units are not notes.
        assertThat(units("Europe and Saudi Arabia")).isEqualTo("none");
        assertThat(units("Cr/Dr")).isEqualTo("none");
    }

    private static String number(String text) {
        return Numbers.text(text, false) instanceof Numbers.Value v ? v.value().toPlainString() : "not a number";
    }

    @Test
    void indianGroupingIsANumberAndAMalformedGroupingIsNot() {
        assertThat(number("20,00,00,000")).isEqualTo("200000000");
        assertThat(number("1,00,000")).isEqualTo("100000");
        assertThat(number("12,34,567.50")).isEqualTo("1234567.50");
        assertThat(number("(1,23,456)")).isEqualTo("-123456");
        assertThat(number("Rs. 5,00,000")).isEqualTo("500000");
        assertThat(number("1,234,567")).isEqualTo("1234567");
        assertThat(number("1,2,3")).isEqualTo("not a number");
        assertThat(number("12,34,5678")).isEqualTo("not a number");
        assertThat(number("1,23,45")).isEqualTo("not a number");
        assertThat(Numbers.badGrouping("1,2,3", false)).isTrue();
        assertThat(Numbers.badGrouping("12,34,567", false)).isFalse();
        assertThat(Numbers.badGrouping("n/a", false)).isFalse();
        assertThat(new BigDecimal(number("20,00,00,000"))).isEqualByComparingTo(new BigDecimal("2E+8"));
    }
}

package io.haircut.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A revenue entry's optional columns behave as the immutable map they were given, whatever their storage. */
class RevenueEntryTest {

    @Test
    void optionalColumnsReadAsTheMapGivenInItsOrder() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("product", "fine-tuning");
        given.put("invoice", "INV-7");
        given.put("region", "EMEA");
        RevenueEntry e = entry(given);

        assertThat(e.attributes()).containsExactly(Map.entry("product", "fine-tuning"), Map.entry("invoice", "INV-7"),
                Map.entry("region", "EMEA"));
        assertThat(e.attributes()).isEqualTo(new HashMap<>(given)).hasSameHashCodeAs(new HashMap<>(given));
        assertThat(e.attributes().get("invoice")).isEqualTo("INV-7");
        assertThat(e.attributes().get("customer")).isNull();
        assertThat(e.attributes().containsKey("region")).isTrue();
        assertThat(e.field("region")).contains("EMEA");
        assertThat(e.field("colour")).isEmpty();
        assertThat(e.attributes().keySet()).containsExactly("product", "invoice", "region");
        assertThat(e.attributes().values()).containsExactly("fine-tuning", "INV-7", "EMEA");
        assertThat(e.attributes().containsValue("EMEA")).isTrue();
        assertThat(e.attributes()).hasToString("{product=fine-tuning, invoice=INV-7, region=EMEA}");
        StringBuilder visited = new StringBuilder();
        e.attributes().forEach((header, value) -> visited.append(header).append(':').append(value).append(' '));
        assertThat(visited).hasToString("product:fine-tuning invoice:INV-7 region:EMEA ");
    }

    @Test
    void optionalColumnsCannotBeChangedAfterwardsNorByTheirCaller() {
        Map<String, String> given = new LinkedHashMap<>(Map.of("invoice", "INV-1"));
        RevenueEntry e = entry(given);
        given.put("invoice", "INV-2");

        assertThat(e.attributes()).containsExactly(Map.entry("invoice", "INV-1"));
        assertThatThrownBy(() -> e.attributes().put("invoice", "INV-3")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> e.attributes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> e.attributes().keySet().remove("invoice")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> e.attributes().entrySet().iterator().next().setValue("INV-4"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(e.withAmount(new Money(new BigDecimal("5.00"), "USD")).attributes()).isEqualTo(Map.of("invoice", "INV-1"));
    }

    @Test
    void rowsWithTheSameHeadersKeepTheirOwnValues() {
        RevenueEntry first = entry(new LinkedHashMap<>(Map.of("invoice", "INV-1")));
        RevenueEntry second = entry(new LinkedHashMap<>(Map.of("invoice", "INV-2")));

        assertThat(first.attributes()).isEqualTo(Map.of("invoice", "INV-1"));
        assertThat(second.attributes()).isEqualTo(Map.of("invoice", "INV-2"));
        assertThat(entry(Map.of()).attributes()).isEmpty();
    }

    @Test
    void aMissingHeaderOrValueIsRefusedAsMapCopyOfRefusesIt() {
        Map<String, String> noValue = new HashMap<>();
        noValue.put("invoice", null);
        assertThatThrownBy(() -> entry(noValue)).isInstanceOf(NullPointerException.class);
    }

    private static RevenueEntry entry(Map<String, String> attributes) {
        return new RevenueEntry(LocalDate.of(2025, 3, 10), "Acme", "direct", Settlement.CASH,
                new Money(new BigDecimal("10.00"), "USD"), attributes, new SourceRef("f.xlsx", "Revenue", 2, 4));
    }
}

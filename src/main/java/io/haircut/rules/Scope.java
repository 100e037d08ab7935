package io.haircut.rules;

import io.haircut.ledger.Labelled;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The table a rule applies to ({@code applies-to}), with the fields its conditions may name and the
 * kind of value each holds, so a rule naming a field its table does not have fails when it loads.
 */
public enum Scope implements Labelled {
    REVENUE("revenue", "customer", fields(
            "customer", Field.TEXT, "channel", Field.TEXT, "settlement", Field.SETTLEMENT, "currency", Field.TEXT,
            "date", Field.DATE, "month", Field.MONTH, "amount", Field.AMOUNT, "invoice", Field.TEXT, "product", Field.TEXT)),
    COSTS("costs", null, fields(
            "month", Field.MONTH, "category", Field.CATEGORY, "paid-with", Field.SETTLEMENT, "currency", Field.TEXT,
            "amount", Field.AMOUNT)),
    FUNDING("funding", "investor", fields(
            "date", Field.DATE, "month", Field.MONTH, "investor", Field.TEXT, "form", Field.SETTLEMENT,
            "status", Field.STATUS, "currency", Field.TEXT, "amount", Field.AMOUNT)),
    COMMITMENTS("commitments", "vendor", fields(
            "vendor", Field.TEXT, "year", Field.YEAR, "status", Field.STATUS, "currency", Field.TEXT, "amount", Field.AMOUNT));

    /** What a field holds, which decides the tests it takes and how its values are checked at load. */
    public enum Field {
        TEXT, SETTLEMENT, STATUS, CATEGORY, DATE, MONTH, YEAR, AMOUNT
    }

    private final String label;
    private final String counterpartyField;
    private final Map<String, Field> fields;

    Scope(String label, String counterpartyField, Map<String, Field> fields) {
        this.label = label;
        this.counterpartyField = counterpartyField;
        this.fields = fields;
    }

    @Override
    public String label() {
        return label;
    }

    /** The fixed fields of this table, in the order the manual lists them. */
    public Map<String, Field> fields() {
        return fields;
    }

    /** The field that names the counterparty (customer, investor, vendor); empty for costs. */
    public Optional<String> counterpartyField() {
        return Optional.ofNullable(counterpartyField);
    }

    public static Optional<Scope> parse(String text) {
        return Labelled.parse(Scope.class, text);
    }

    private static Map<String, Field> fields(Object... pairs) {
        Map<String, Field> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Field) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    @Override
    public String toString() {
        return label;
    }
}

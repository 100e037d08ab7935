package io.haircut.workbook.mapping;

import java.util.List;

/**
 * One column a canonical table can have: its name in the canonical layout ("Paid With"), its key in
 * mapping files ("paid-with"), how its cells are read, and the header texts that mean it, most
 * preferred first (when two columns both mean Amount, the earlier synonym wins and the other is kept as
 * an extra column).
 */
public record Field(CanonicalTable table, String column, String key, Type type, boolean required, List<String> synonyms) {

    public enum Type {
        DATE("date"), MONTH("month"), YEAR("year"), TEXT("text"), AMOUNT("amount"), COUNT("whole number"),
        CHOICE("choice"), CHANNEL("channel"), CURRENCY("currency code");

        private final String describe;

        Type(String describe) {
            this.describe = describe;
        }

        public String describe() {
            return describe;
        }
    }

    public Field {
        synonyms = synonyms.stream().map(Dictionary::key).toList();
    }

    /** The key a header matched as: its position in the synonyms, or -1. */
    public int rank(String headerKey) {
        return synonyms.indexOf(headerKey);
    }
}

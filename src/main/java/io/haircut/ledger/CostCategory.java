package io.haircut.ledger;

import java.util.Optional;

/** Operating cost lines as the unit-economics formulas need them (docs/methodology.md, "Unit economics"). */
public enum CostCategory implements Labelled {
    COST_OF_REVENUE("cost-of-revenue"),
    SALES_MARKETING("sales-marketing"),
    RESEARCH_DEVELOPMENT("research-development"),
    GENERAL_ADMIN("general-admin");

    private final String label;

    CostCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<CostCategory> parse(String text) {
        return Labelled.parse(CostCategory.class, text);
    }

    @Override
    public String toString() {
        return label;
    }
}

package io.haircut.ledger;

import java.util.Optional;

/** Operating cost lines as the unit-economics formulas need them (docs/methodology.md, "Unit economics"). */
public enum CostCategory implements Labelled {
    COST_OF_REVENUE,
    SALES_MARKETING,
    RESEARCH_DEVELOPMENT,
    GENERAL_ADMIN;

    public static Optional<CostCategory> parse(String text) {
        return Labelled.parse(CostCategory.class, text);
    }

    @Override
    public String toString() {
        return label();
    }
}

package io.haircut.workbook.cells;

import io.haircut.ledger.Labelled;

/** How a text date like 03/04/2025 is read: 4 March (month first, US) or 3 April (day first, most of Europe). */
public enum DateOrder implements Labelled {
    MONTH_FIRST("month-first"),
    DAY_FIRST("day-first");

    private final String label;

    DateOrder(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

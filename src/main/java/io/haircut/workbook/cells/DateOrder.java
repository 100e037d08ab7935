package io.haircut.workbook.cells;

import io.haircut.ledger.Labelled;

/** How a text date like 03/04/2025 is read: 4 March (month first, US) or 3 April (day first, most of Europe). */
public enum DateOrder implements Labelled {
    MONTH_FIRST,
    DAY_FIRST;
}

package io.haircut.xlsx.sheets;

import io.haircut.xlsx.layout.FigureKind;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One headline figure on the Summary sheet ("First shortfall year, base case"), as another stage
 * computed it. A null value is shown as "n/a" with the note saying why.
 */
public record KeyFigure(String label, BigDecimal value, FigureKind kind, String note) {

    public KeyFigure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
    }
}

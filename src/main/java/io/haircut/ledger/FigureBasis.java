package io.haircut.ledger;

import java.util.Optional;

/**
 * Whether an imported figure is what happened (actual) or what the company expects (forecast, plan,
 * outlook, a year marked "E"). Forecasts are imported only when asked for, and marked in every report.
 */
public enum FigureBasis implements Labelled {
    ACTUAL,
    FORECAST;

    public static Optional<FigureBasis> parse(String text) {
        return Labelled.parse(FigureBasis.class, text);
    }

    @Override
    public String toString() {
        return label();
    }
}

package io.haircut.ledger;

import java.util.Optional;

/** How reports group months: by month ("2026-03"), quarter ("2026-Q1") or calendar year ("2026"). */
public enum Granularity implements Labelled {
    MONTH,
    QUARTER,
    YEAR;

    public static Optional<Granularity> parse(String text) {
        return Labelled.parse(Granularity.class, text);
    }

    @Override
    public String toString() {
        return label();
    }
}

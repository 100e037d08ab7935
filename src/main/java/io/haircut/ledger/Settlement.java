package io.haircut.ledger;

import java.util.Optional;

/** How a revenue entry or a cost was paid: in cash, or in cloud credits (noncash; docs/methodology.md, "Adjustments and their accounting basis"). */
public enum Settlement implements Labelled {
    CASH,
    CLOUD_CREDIT;

    public static Optional<Settlement> parse(String text) {
        return Labelled.parse(Settlement.class, text);
    }

    @Override
    public String toString() {
        return label();
    }
}

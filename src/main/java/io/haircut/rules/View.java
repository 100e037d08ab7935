package io.haircut.rules;

import io.haircut.ledger.Labelled;
import java.util.Optional;

/**
 * The step of the revenue bridge a rule feeds (docs/methodology.md, "The three views"): {@code CASH} rules take Reported
 * to Cash (noncash revenue), {@code ADJUSTED} rules take Cash to Adjusted (related parties, round trips).
 */
public enum View implements Labelled {
    CASH,
    ADJUSTED;

    public static Optional<View> parse(String text) {
        return Labelled.parse(View.class, text);
    }

    @Override
    public String toString() {
        return label();
    }
}

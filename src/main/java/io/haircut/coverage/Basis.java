package io.haircut.coverage;

import io.haircut.ledger.Labelled;
import java.util.Optional;

/** Which view of revenue a coverage scenario projects (docs/methodology.md, "The three views"): the adjusted view, or as reported. */
public enum Basis implements Labelled {
    ADJUSTED,
    REPORTED;

    public static Optional<Basis> parse(String text) {
        return Labelled.parse(Basis.class, text);
    }

    @Override
    public String toString() {
        return label();
    }
}

package io.haircut.ledger;

import java.util.Optional;

/**
 * How a counterparty group relates to the company (docs/methodology.md, "Counterparties"). Investors and their
 * affiliates are related parties under ASC 850 / IAS 24; {@code OTHER} is a known, unrelated party.
 */
public enum Relationship implements Labelled {
    INVESTOR,
    AFFILIATE,
    OTHER;

    public static Optional<Relationship> parse(String text) {
        return Labelled.parse(Relationship.class, text);
    }

    @Override
    public String toString() {
        return label();
    }
}

package io.haircut.ledger;

import java.util.Optional;

/**
 * Whether a funding tranche or a commitment is binding, depends on milestones, or is only reported
 * (press, a letter of intent) and not confirmed by a contract in the data room (docs/methodology.md, "Commitment coverage").
 */
public enum Status implements Labelled {
    BINDING,
    CONTINGENT,
    REPORTED_UNCONFIRMED;

    public static Optional<Status> parse(String text) {
        return Labelled.parse(Status.class, text);
    }

    @Override
    public String toString() {
        return label();
    }
}

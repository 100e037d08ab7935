package io.haircut.ledger;

import java.util.Optional;

/** Whether a funding tranche or a commitment is binding or depends on milestones (BRIEF.md section 5). */
public enum Status implements Labelled {
    BINDING("binding"),
    CONTINGENT("contingent");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<Status> parse(String text) {
        return Labelled.parse(Status.class, text);
    }

    @Override
    public String toString() {
        return label;
    }
}

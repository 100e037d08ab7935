package io.haircut.ledger;

/** One year of a vendor's spending commitment (BRIEF.md section 5). */
public record Commitment(String vendor, int year, Money amount, Status status, SourceRef source) {
}

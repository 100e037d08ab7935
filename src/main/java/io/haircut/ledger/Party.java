package io.haircut.ledger;

/**
 * One name under which a counterparty group appears ("AWS EMEA SARL" in group "Amazon"), with the
 * group's relationship to the company as the Parties sheet states it.
 */
public record Party(String name, String group, Relationship relationship, SourceRef source) {
}

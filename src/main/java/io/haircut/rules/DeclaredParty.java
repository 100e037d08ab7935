package io.haircut.rules;

import io.haircut.ledger.Party;

/**
 * A party named in a parties file that a rule file includes ({@code include-parties:}): the party,
 * where it is written ({@code rules/deals/x/parties.yaml:7:7}), the file it is in, the rule file that
 * included it, and the evidence the analyst cited for the relationship (may be null).
 */
public record DeclaredParty(Party party, String origin, String file, String includedBy, String evidence) {
}

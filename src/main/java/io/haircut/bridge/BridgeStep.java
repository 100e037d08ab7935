package io.haircut.bridge;

import io.haircut.ledger.Money;
import io.haircut.rules.Rule;

/** One rule's step in the bridge: the total change it made (negative for a reduction) and to how many entries. */
public record BridgeStep(Rule rule, Money amount, long entries) {
}

package io.haircut.bridge;

import io.haircut.rules.Rule;
import java.math.BigDecimal;

/** One rule's step in the bridge: the total change it made (negative for a reduction) and to how many entries. */
public record BridgeStep(Rule rule, BigDecimal amount, long entries) {
}

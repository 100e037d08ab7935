package io.haircut.bridge;

import io.haircut.ledger.Money;
import io.haircut.rules.View;
import java.util.List;

/**
 * Reported -> each cash-view rule -> Cash -> each adjusted-view rule -> Adjusted (docs/methodology.md, "The three views"),
 * for the whole ledger or one period ({@code period} is null for the total). Exact amounts; round at
 * presentation. {@code reported + sum(cash steps) = cash}; {@code cash + sum(adjusted steps) = adjusted}.
 */
public record RevenueBridge(
        String period,
        Money reported,
        List<BridgeStep> cashSteps,
        Money cash,
        List<BridgeStep> adjustedSteps,
        Money adjusted) {

    public RevenueBridge {
        cashSteps = List.copyOf(cashSteps);
        adjustedSteps = List.copyOf(adjustedSteps);
    }

    /** The currency of every amount in the bridge: the reported revenue's. */
    public String currency() {
        return reported.currency();
    }

    public List<BridgeStep> steps(View view) {
        return view == View.CASH ? cashSteps : adjustedSteps;
    }

    /** All steps in bridge order: cash-view steps, then adjusted-view steps. */
    public List<BridgeStep> steps() {
        return java.util.stream.Stream.concat(cashSteps.stream(), adjustedSteps.stream()).toList();
    }
}

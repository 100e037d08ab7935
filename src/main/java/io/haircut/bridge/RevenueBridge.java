package io.haircut.bridge;

import io.haircut.rules.View;
import java.math.BigDecimal;
import java.util.List;

/**
 * Reported -> each cash-view rule -> Cash -> each adjusted-view rule -> Adjusted (docs/methodology.md, "The three views"),
 * for the whole ledger or one period ({@code period} is null for the total). Exact amounts; round at
 * presentation. {@code reported + sum(cash steps) = cash}; {@code cash + sum(adjusted steps) = adjusted}.
 */
public record RevenueBridge(
        String period,
        String currency,
        BigDecimal reported,
        List<BridgeStep> cashSteps,
        BigDecimal cash,
        List<BridgeStep> adjustedSteps,
        BigDecimal adjusted) {

    public RevenueBridge {
        cashSteps = List.copyOf(cashSteps);
        adjustedSteps = List.copyOf(adjustedSteps);
    }

    public List<BridgeStep> steps(View view) {
        return view == View.CASH ? cashSteps : adjustedSteps;
    }

    /** All steps in bridge order: cash-view steps, then adjusted-view steps. */
    public List<BridgeStep> steps() {
        return java.util.stream.Stream.concat(cashSteps.stream(), adjustedSteps.stream()).toList();
    }
}

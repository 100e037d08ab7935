package io.haircut.rules;

import java.math.BigDecimal;

/**
 * One figure in each of the three views of docs/methodology.md, "The three views": what was reported,
 * what of it is cash (after the cash-view rules), and what is left for the adjusted view (after all rules).
 * Exact; sums of these are sums per view.
 */
public record ViewAmounts(BigDecimal reported, BigDecimal cash, BigDecimal adjusted) {

    public static final ViewAmounts ZERO = reported(BigDecimal.ZERO);

    /** An amount no rule has changed: the same in every view. */
    public static ViewAmounts reported(BigDecimal amount) {
        return new ViewAmounts(amount, amount, amount);
    }

    /**
     * After a rule's {@code change} in {@code view}: a cash-view change carries into the adjusted view,
     * which works on what the cash view left (docs/rules.md, "Precedence").
     */
    public ViewAmounts changed(View view, BigDecimal change) {
        return view == View.CASH
                ? new ViewAmounts(reported, cash.add(change), adjusted.add(change))
                : new ViewAmounts(reported, cash, adjusted.add(change));
    }

    public ViewAmounts plus(ViewAmounts other) {
        return new ViewAmounts(reported.add(other.reported), cash.add(other.cash), adjusted.add(other.adjusted));
    }
}

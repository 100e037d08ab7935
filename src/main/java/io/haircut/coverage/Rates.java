package io.haircut.coverage;

import io.haircut.HaircutException;
import java.math.BigDecimal;

/**
 * The range a growth or decay rate must lie in, and rates written for messages. Reading what the analyst
 * types ({@code 40%}, {@code 0.4}) is the shell's job; a scenario checks the fractions it is given here.
 */
public final class Rates {

    /** 1000% a year: the highest growth a scenario or the break-even search considers. */
    public static final BigDecimal HIGHEST_GROWTH = BigDecimal.TEN;

    private Rates() {
    }

    static void requireGrowth(BigDecimal growth, String option) {
        if (growth == null) {
            throw new HaircutException(option + ": a growth rate is required, such as 40%");
        }
        if (growth.compareTo(BigDecimal.ONE.negate()) <= 0 || growth.compareTo(HIGHEST_GROWTH) > 0) {
            throw new HaircutException(option + ": " + asPercent(growth) + " is out of range; expected more than -100% and at most "
                    + asPercent(HIGHEST_GROWTH) + " a year, written like 40% or 0.4");
        }
    }

    static void requireDecay(BigDecimal decay, String option) {
        if (decay == null || decay.signum() < 0 || decay.compareTo(BigDecimal.ONE) > 0) {
            throw new HaircutException(option + ": " + (decay == null ? "nothing" : asPercent(decay))
                    + " is out of range; expected 0% to 100% (the share by which the growth rate shrinks each year)");
        }
    }

    /** 0.4 -> "40%", for messages: exact, no rounding. */
    static String asPercent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}

package io.haircut.coverage;

import io.haircut.HaircutException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A growth assumption for commitment coverage: projected revenue grows from the LTM at {@code growth} a
 * year, and the rate itself shrinks by {@code decay} each year after the first (docs/methodology.md,
 * "Scenarios"). {@code withoutTopCustomer} drops the largest customer group from the LTM (docs/methodology.md,
 * "Customer concentration"); {@code basis} says which revenue is projected.
 *
 * @param growth a fraction: 0.40 is 40% a year; above -1 and at most {@link Rates#HIGHEST_GROWTH}
 * @param decay a fraction from 0 to 1: 0.10 makes each year's rate 90% of the year before's
 * @param withoutVendorFunding count cash without the binding cash the commitment vendors' groups put in, and
 *                             unused credits without theirs (docs/methodology.md, "Commitment coverage")
 */
public record Scenario(String name, BigDecimal growth, BigDecimal decay, boolean withoutTopCustomer, Basis basis,
                       boolean withoutVendorFunding) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,23}");

    public Scenario {
        Objects.requireNonNull(basis, "basis");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new HaircutException("scenario name '" + name + "' is not usable; expected up to 24 letters, digits, '-' or '_', "
                    + "starting with a letter or digit (e.g. bear, base-2027)");
        }
        Rates.requireGrowth(growth, "growth");
        Rates.requireDecay(decay, "decay");
    }

    /** A scenario that keeps the vendors' own money in cash and credits. */
    public Scenario(String name, BigDecimal growth, BigDecimal decay, boolean withoutTopCustomer, Basis basis) {
        this(name, growth, decay, withoutTopCustomer, basis, false);
    }

    /** The same scenario with the vendors' own money taken out of cash and credits. */
    public Scenario leavingOutVendorFunding() {
        return new Scenario(name, growth, decay, withoutTopCustomer, basis, true);
    }

    /** A constant rate on adjusted revenue: what {@code coverage --growth G} runs. */
    public static Scenario constant(String name, BigDecimal growth) {
        return new Scenario(name, growth, BigDecimal.ZERO, false, Basis.ADJUSTED);
    }

    public boolean decays() {
        return decay.signum() != 0;
    }
}

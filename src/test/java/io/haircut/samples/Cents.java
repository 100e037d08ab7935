package io.haircut.samples;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Integer-cent arithmetic for the samples: money is a long count of cents while generated and a
 * two-decimal BigDecimal when written, never a double (project rule).
 */
final class Cents {

    private static final MathContext MC = MathContext.DECIMAL128;

    private Cents() {
    }

    static long dollars(long dollars) {
        return Math.multiplyExact(dollars, 100L);
    }

    static BigDecimal toAmount(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** {@code cents * permille / 1000}, rounded down to a cent. */
    static long permille(long cents, long permille) {
        return Math.multiplyExact(cents, permille) / 1000;
    }

    /**
     * Splits {@code total} cents in proportion to {@code weights}, each share rounded down and the
     * leftover cents handed out one by one from the first share, so the shares add up exactly.
     */
    static long[] allocate(long total, long[] weights) {
        long sum = 0;
        for (long w : weights) {
            if (w <= 0) {
                throw new IllegalArgumentException("weights must be positive");
            }
            sum = Math.addExact(sum, w);
        }
        long[] shares = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            shares[i] = Math.multiplyExact(total, weights[i]) / sum;
            given += shares[i];
        }
        for (int i = 0; given < total; i = (i + 1) % shares.length) {
            shares[i]++;
            given++;
        }
        return shares;
    }

    /**
     * The value {@code step} steps along a geometric path from {@code from} to {@code to} in
     * {@code steps} steps: {@code from * (to/from)^(step/steps)}, to 34 significant digits.
     */
    static BigDecimal geometric(BigDecimal from, BigDecimal to, int steps, int step) {
        BigDecimal ratio = nthRoot(to.divide(from, MC), steps);
        return from.multiply(ratio.pow(step, MC), MC);
    }

    /** Newton's method on y^n = x; BigDecimal has no general root, and doubles are off limits for money paths. */
    static BigDecimal nthRoot(BigDecimal x, int n) {
        if (x.signum() <= 0 || n < 1) {
            throw new IllegalArgumentException("root of " + x + " of degree " + n);
        }
        BigDecimal degree = BigDecimal.valueOf(n);
        BigDecimal y = x.max(BigDecimal.ONE); // starts above the root, so the iteration falls monotonically
        for (int i = 0; i < 500; i++) {
            BigDecimal next = degree.subtract(BigDecimal.ONE).multiply(y, MC)
                    .add(x.divide(y.pow(n - 1, MC), MC), MC)
                    .divide(degree, MC);
            if (next.subtract(y, MC).abs().compareTo(new BigDecimal("1e-30")) < 0) {
                return next;
            }
            y = next;
        }
        return y;
    }

    /** An amount in dollars rounded half-even to whole cents. */
    static long roundCents(BigDecimal dollars) {
        return dollars.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}

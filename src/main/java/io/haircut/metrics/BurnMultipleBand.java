package io.haircut.metrics;

import java.math.BigDecimal;

/**
 * David Sacks' burn-multiple bands (docs/methodology.md, "Unit economics"; Sacks, "The Burn Multiple", 2020): net burn
 * divided by net new ARR, under 1 excellent, 1-1.5 great, 1.5-2 good, 2-3 suspect, over 3 bad. A value
 * on a boundary belongs to the band that starts there (1 great, 1.5 good, 2 suspect); 3 is suspect, as bad
 * is over 3.
 */
public enum BurnMultipleBand {
    EXCELLENT("excellent", "under 1"),
    GREAT("great", "1 to 1.5"),
    GOOD("good", "1.5 to 2"),
    SUSPECT("suspect", "2 to 3"),
    BAD("bad", "over 3");

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal ONE_AND_A_HALF = new BigDecimal("1.5");
    private static final BigDecimal TWO = new BigDecimal("2");
    private static final BigDecimal THREE = new BigDecimal("3");

    private final String label;
    private final String range;

    BurnMultipleBand(String label, String range) {
        this.label = label;
        this.range = range;
    }

    public static BurnMultipleBand of(BigDecimal burnMultiple) {
        if (burnMultiple.compareTo(ONE) < 0) {
            return EXCELLENT;
        }
        if (burnMultiple.compareTo(ONE_AND_A_HALF) < 0) {
            return GREAT;
        }
        if (burnMultiple.compareTo(TWO) < 0) {
            return GOOD;
        }
        if (burnMultiple.compareTo(THREE) <= 0) {
            return SUSPECT;
        }
        return BAD;
    }

    public String label() {
        return label;
    }

    /** The flag text, with the band's threshold: "suspect (Sacks: 2 to 3)". */
    public String flag() {
        return label + " (Sacks: " + range + ")";
    }
}

package io.haircut.rules.applied;

import io.haircut.rules.ViewAmounts;
import java.math.BigDecimal;

/** Something seen in the three views (docs/methodology.md, "The three views"): its amount in each. */
public interface InViews {

    ViewAmounts amounts();

    default BigDecimal reported() {
        return amounts().reported();
    }

    default BigDecimal cash() {
        return amounts().cash();
    }

    default BigDecimal adjusted() {
        return amounts().adjusted();
    }
}

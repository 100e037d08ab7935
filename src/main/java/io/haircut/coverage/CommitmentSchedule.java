package io.haircut.coverage;

import io.haircut.HaircutException;
import io.haircut.ledger.Commitment;
import io.haircut.ledger.Money;
import io.haircut.ledger.SourceRef;
import io.haircut.ledger.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the Commitments sheet's rows into per-year amounts (docs/methodology.md, "Commitment coverage"): a year stays itself, a
 * total is spread evenly over its term or by its ramp, and capacity in GW becomes dollars only at the
 * analyst's $/GW-year. Exact: the years of a total add up to the total to the last cent.
 */
public final class CommitmentSchedule {

    /** One vendor's commitment in one year, in money, with the row it came from. */
    public record CommitmentYear(String vendor, int year, Money amount, Status status, SourceRef source, Commitment from) {
    }

    private CommitmentSchedule() {
    }

    /**
     * The commitment year by year.
     * <ul>
     *   <li>one year: its amount;</li>
     *   <li>a ramp: total x percent / 100 in each year (exact, since the percents add up to 100);</li>
     *   <li>an even spread: total / term rounded down to cents (or to the total's own decimals, if more)
     *       in every year but the last, which takes the rest, so the years add up to the total exactly;</li>
     *   <li>capacity: GW x {@code usdPerGwYear} in each year of the term, in USD.</li>
     * </ul>
     *
     * @param usdPerGwYear the analyst's price of one GW of capacity for a year; null when none was given,
     *                     which is an error for a capacity commitment only
     */
    public static List<CommitmentYear> expand(Commitment c, BigDecimal usdPerGwYear) {
        List<CommitmentYear> years = new ArrayList<>(c.termYears());
        if (c.isCapacity()) {
            if (usdPerGwYear == null) {
                throw new HaircutException(c.source() + ": " + c.vendor() + "'s commitment is " + c.gigawatts().toPlainString()
                        + " GW a year (" + span(c) + "); give --usd-per-gw-year (dollars per GW-year) to turn capacity into dollars");
            }
            Money perYear = new Money(c.gigawatts().multiply(usdPerGwYear), Money.USD);
            for (int i = 0; i < c.termYears(); i++) {
                years.add(new CommitmentYear(c.vendor(), c.year() + i, perYear, c.status(), c.source(), c));
            }
            return years;
        }
        BigDecimal total = c.amount().amount();
        if (!c.rampPercents().isEmpty()) {
            for (int i = 0; i < c.termYears(); i++) {
                BigDecimal share = total.multiply(c.rampPercents().get(i)).movePointLeft(2); // exact: x p / 100
                years.add(year(c, i, share));
            }
            return years;
        }
        int scale = Math.max(2, total.scale());
        // Rounded down so that the last year's remainder has the total's sign and is never short of the rest.
        BigDecimal each = total.divide(BigDecimal.valueOf(c.termYears()), scale, RoundingMode.DOWN);
        for (int i = 0; i < c.termYears() - 1; i++) {
            years.add(year(c, i, each));
        }
        years.add(year(c, c.termYears() - 1, total.subtract(each.multiply(BigDecimal.valueOf(c.termYears() - 1)))));
        return years;
    }

    private static CommitmentYear year(Commitment c, int offset, BigDecimal amount) {
        return new CommitmentYear(c.vendor(), c.year() + offset, new Money(amount, c.amount().currency()), c.status(), c.source(), c);
    }

    /** "2027" or "2027-2031". */
    static String span(Commitment c) {
        return c.termYears() == 1 ? Integer.toString(c.year()) : c.year() + "-" + c.lastYear();
    }
}

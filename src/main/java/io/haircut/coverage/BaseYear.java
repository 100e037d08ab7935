package io.haircut.coverage;

import io.haircut.ledger.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The year the data ends in, and what of it is still to come (docs/methodology.md, "Commitment coverage").
 * When the data ends in December the base year is complete: its revenue is the LTM and nothing of it is
 * still to come. Otherwise it counts its actual months and projects only the rest, at the latest run rate
 * (the last month's revenue x 12), not grown within the year; its commitment is spent evenly through the
 * year, so the months after the base month owe commitment x months left / 12.
 *
 * @param revenue the base year's revenue: the LTM, or actual + rest; every later year grows from it
 * @param actual the base year's revenue already received (the whole revenue when the year is complete)
 * @param monthsLeft the base year's months after the base month: 0 to 11
 * @param lastMonth the base month's revenue, the run rate / 12
 */
record BaseYear(Ltm ltm, int year, BigDecimal revenue, BigDecimal actual, int monthsLeft, BigDecimal lastMonth) {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    static BaseYear of(Ltm ltm) {
        int left = ltm.monthsLeftInBaseYear();
        if (left == 0) {
            return new BaseYear(ltm, ltm.baseYear(), ltm.revenue(), ltm.revenue(), 0, ltm.lastMonthRevenue());
        }
        BigDecimal rest = ltm.lastMonthRevenue().multiply(BigDecimal.valueOf(left)); // run rate / 12 x months left, exact
        return new BaseYear(ltm, ltm.baseYear(), ltm.baseYearActual().add(rest), ltm.baseYearActual(), left, ltm.lastMonthRevenue());
    }

    /** The part of the base year's commitment still to pay: commitment x monthsLeft / 12 (34 digits, half-even). */
    BigDecimal remainingShare(BigDecimal commitment) {
        if (monthsLeft == 0) {
            return BigDecimal.ZERO;
        }
        return commitment.multiply(BigDecimal.valueOf(monthsLeft)).divide(TWELVE, Coverage.MC);
    }

    /** The base-year assumptions in words, printed with every result. */
    List<String> lines(io.haircut.ledger.Money baseCommitment) {
        List<String> lines = new ArrayList<>();
        int monthsIn = 12 - monthsLeft;
        if (monthsLeft == 0) {
            lines.add("base month " + ltm.to() + ": " + year + " is complete and its revenue is in cash on hand; revenue from "
                    + (year + 1) + " on grows from the LTM (" + plain(revenue) + ") at the scenario's rate");
            return lines;
        }
        lines.add("base month " + ltm.to() + ": " + year + " counts its " + monthsIn + " actual month" + (monthsIn == 1 ? "" : "s")
                + " (" + plain(actual) + ") and projects the other " + monthsLeft + " at the latest run rate (" + ltm.to()
                + " x 12 = " + plain(lastMonth.multiply(TWELVE)) + ", not grown within " + year + ") = "
                + plain(revenue.subtract(actual)) + "; " + year + " revenue " + plain(revenue) + ", and the years after grow from it");
        if (ltm.baseYearMonths() < monthsIn) {
            lines.add(year + " has revenue in " + ltm.baseYearMonths() + " of its first " + monthsIn
                    + " months in the data; the others count as 0");
        }
        if (baseCommitment != null) {
            lines.add(year + "'s commitment (" + plain(baseCommitment.amount()) + ") is spent evenly through the year: the "
                    + monthsLeft + " months after " + ltm.to() + " owe " + plain(remainingShare(baseCommitment.amount()))
                    + ", the part cumulative coverage counts; revenue coverage of " + year + " is its revenue over the whole commitment");
        }
        return lines;
    }

    /** Cents, half-even, with thousands separators: for the assumption lines. */
    static String plain(BigDecimal amount) {
        return String.format(java.util.Locale.ROOT, "%,.2f", Money.cents(amount));
    }
}

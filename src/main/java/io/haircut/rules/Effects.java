package io.haircut.rules;

import io.haircut.HaircutException;
import io.haircut.ledger.LedgerEntry;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an amount-changing action leaves of an entry's amount in a view. Every result lies between
 * zero and the amount it started from (inclusive): a positive entry never goes below zero and a
 * negative one (a credit note) never above it. Exact arithmetic; nothing is rounded here.
 */
public final class Effects {

    /** The amount left, and a note for the audit trail (empty when there is nothing to add). */
    public record Outcome(BigDecimal after, String note) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** An amount written in a cell: digits, optional thousands commas and decimals, an optional currency sign. */
    private static final Pattern CELL_AMOUNT = Pattern.compile("[$€£]?\\s*(?:[0-9][0-9,]*(?:\\.[0-9]*)?|\\.[0-9]+)");

    private Effects() {
    }

    /**
     * The outcome of {@code rule}'s action on {@code entry} whose amount in the view is {@code amount}.
     * {@code linked} is a round trip's linked amount (null for other rules).
     */
    public static Outcome apply(Rule rule, LedgerEntry entry, BigDecimal amount, BigDecimal linked) {
        if (linked != null) {
            // A round trip strips the linked part; linked <= the amount that entered the view (Adjuster).
            return towardZero(amount, linked, "", "");
        }
        Action a = rule.action();
        if (a instanceof Action.Strip || a instanceof Action.CreditsNotCash) {
            return new Outcome(BigDecimal.ZERO, "");
        }
        if (a instanceof Action.Haircut h) {
            return new Outcome(keep(amount, h.percent()), "");
        }
        if (a instanceof Action.ContraRevenue c) {
            if (c.percent() != null) {
                return new Outcome(keep(amount, c.percent()), "");
            }
            if (c.amountColumn() != null) {
                BigDecimal value = columnAmount(rule, entry, c.amountColumn());
                return towardZero(amount, value, "consideration " + value.toPlainString() + " in " + c.amountColumn(),
                        "consideration");
            }
            return new Outcome(BigDecimal.ZERO, "");
        }
        if (a instanceof Action.GrossToNet g) {
            if (g.feePercent() != null) {
                return new Outcome(keep(amount, g.feePercent()), "");
            }
            BigDecimal fee = columnAmount(rule, entry, g.feeColumn());
            return towardZero(amount, fee, "fee " + fee.toPlainString() + " in " + g.feeColumn(), "fee");
        }
        throw new IllegalStateException("not an amount-changing action: " + a);
    }

    /** {@code amount} less {@code percent} of it: exact, since amount * (100 - p) / 100 has a finite expansion. */
    private static BigDecimal keep(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(HUNDRED.subtract(percent)).movePointLeft(2);
    }

    /**
     * {@code amount} moved toward zero by {@code reduction} (>= 0), stopping at zero; the note says so
     * when the reduction was more than the amount left.
     */
    private static Outcome towardZero(BigDecimal amount, BigDecimal reduction, String note, String what) {
        BigDecimal size = amount.abs();
        if (reduction.compareTo(size) > 0) {
            String capped = (note.isEmpty() ? "" : note + "; ") + what + " is more than the " + size.toPlainString()
                    + " left, so the entry is reduced to zero";
            return new Outcome(BigDecimal.ZERO, capped);
        }
        BigDecimal after = amount.signum() >= 0 ? amount.subtract(reduction) : amount.add(reduction);
        return new Outcome(after, note);
    }

    /** The amount in one of the entry's extra columns; a missing, unreadable or negative one stops the run. */
    private static BigDecimal columnAmount(Rule rule, LedgerEntry entry, String column) {
        Optional<String> text = entry.field(column).map(String::trim).filter(t -> !t.isEmpty());
        String where = rule.origin() + ": rule '" + rule.id() + "'";
        String row = "the row of " + entry.source();
        if (text.isEmpty()) {
            throw new HaircutException(where + " needs an amount in column '" + column + "' on " + row + ", which has"
                    + " none; add " + column + ": {exists: true} to the rule's when");
        }
        String written = text.get();
        if (!CELL_AMOUNT.matcher(written).matches()) {
            throw new HaircutException(where + " found '" + written + "' in column '" + column + "' on " + row
                    + "; expected an amount of zero or more, such as 1234.56");
        }
        return new BigDecimal(written.replaceAll("[$€£,\\s]", ""));
    }
}

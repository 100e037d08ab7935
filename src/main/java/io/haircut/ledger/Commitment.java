package io.haircut.ledger;

import io.haircut.HaircutException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a vendor's spending commitment, as the Commitments sheet states it (docs/methodology.md, "Commitment coverage"):
 * <ul>
 *   <li>one year in dollars: {@code year}, {@code amount}, a term of one year (the original form);</li>
 *   <li>a total over a term: {@code year} is the start year, {@code amount} the total, spread evenly
 *       over {@code termYears} or by {@code rampPercents} (percents per year that add up to 100);</li>
 *   <li>capacity: {@code gigawatts} contracted in each year of the term, and {@code amount} null, since
 *       dollars follow only from a $/GW-year the analyst states (io.haircut.coverage.CommitmentSchedule).</li>
 * </ul>
 * Per-year figures come from {@code CommitmentSchedule}, never from reading {@code amount} directly.
 *
 * @param source the cell of the amount, total or capacity
 * @param rampSource the Ramp cell, null without a ramp
 */
public record Commitment(String vendor, int year, Money amount, Status status, SourceRef source,
                         int termYears, List<BigDecimal> rampPercents, SourceRef rampSource, BigDecimal gigawatts)
        implements LedgerEntry {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Commitment {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(status, "status");
        rampPercents = List.copyOf(rampPercents);
        if (termYears < 1) {
            throw new HaircutException(source + ": a commitment's term is at least one year, found " + termYears);
        }
        if ((amount == null) == (gigawatts == null)) {
            throw new HaircutException(source + ": a commitment states either an amount or a capacity in GW");
        }
        if (gigawatts != null && gigawatts.signum() <= 0) {
            throw new HaircutException(source + ": expected a capacity above 0 GW, found " + gigawatts.toPlainString());
        }
        if (!rampPercents.isEmpty()) {
            checkRamp(rampPercents, termYears, amount == null, rampSource);
        }
    }

    /** A ramp spreads a total: one percent per year of the term, none negative, adding up to exactly 100. */
    private static void checkRamp(List<BigDecimal> percents, int termYears, boolean capacity, SourceRef where) {
        String ramp = String.join(",", percents.stream().map(p -> p.toPlainString() + "%").toList());
        if (capacity) {
            throw new HaircutException(where + ": a ramp spreads a Total; for capacity that changes by year give one row per year");
        }
        if (percents.size() != termYears) {
            throw new HaircutException(where + ": the ramp " + ramp + " has " + percents.size() + " percents for a term of "
                    + termYears + " years; expected one percent per year");
        }
        if (percents.stream().anyMatch(p -> p.signum() < 0)) {
            throw new HaircutException(where + ": the ramp " + ramp + " has a negative percent; expected shares of the total");
        }
        BigDecimal sum = percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HUNDRED) != 0) {
            throw new HaircutException(where + ": the ramp " + ramp + " adds up to " + sum.toPlainString()
                    + "%; expected percents per year that add up to 100%");
        }
    }


    /** One year in dollars: the Commitments sheet's original row. */
    public Commitment(String vendor, int year, Money amount, Status status, SourceRef source) {
        this(vendor, year, amount, status, source, 1, List.of(), null, null);
    }

    /** A total spread evenly over {@code termYears} from {@code startYear}. */
    public static Commitment total(String vendor, int startYear, int termYears, Money total, Status status, SourceRef source) {
        return new Commitment(vendor, startYear, total, status, source, termYears, List.of(), null, null);
    }

    /** A total spread by a ramp: {@code percents.get(i)} percent of it in year {@code startYear + i}. */
    public static Commitment ramp(String vendor, int startYear, Money total, List<BigDecimal> percents, Status status,
                                  SourceRef source, SourceRef rampSource) {
        return new Commitment(vendor, startYear, total, status, source, percents.size(), percents, rampSource, null);
    }

    /** {@code gigawatts} of capacity in each of {@code termYears} years from {@code startYear}. */
    public static Commitment capacity(String vendor, int startYear, int termYears, BigDecimal gigawatts, Status status, SourceRef source) {
        return new Commitment(vendor, startYear, null, status, source, termYears, List.of(), null, gigawatts);
    }

    public boolean isCapacity() {
        return gigawatts != null;
    }

    public int lastYear() {
        return year + termYears - 1;
    }

    /**
     * The value of a named field as text, for rule conditions (docs/rules.md lists them). A capacity
     * row has no amount or currency until a $/GW-year is stated, so those fields are empty for it.
     */
    @Override
    public Optional<String> field(String name) {
        return switch (name) {
            case "vendor" -> Optional.of(vendor);
            case "year" -> Optional.of(Integer.toString(year));
            case "status" -> Optional.of(status.label());
            case "currency" -> amount == null ? Optional.empty() : Optional.of(amount.currency());
            case "amount" -> amount == null ? Optional.empty() : Optional.of(amount.amount().toPlainString());
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<String> counterparty() {
        return Optional.of(vendor);
    }
}

package io.haircut.coverage;

import io.haircut.ledger.Status;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a coverage run counts besides binding commitments, and the analyst's $/GW-year for capacity.
 *
 * @param included the statuses counted; always holds binding
 * @param usdPerGwYear dollars per GW of capacity for one year; null when not given
 * @param priceGivenAs how the analyst gave that price, for the note when no commitment needed it (the
 *                     shell passes its option's name)
 */
public record CoverageOptions(Set<Status> included, BigDecimal usdPerGwYear, String priceGivenAs) {

    public CoverageOptions {
        EnumSet<Status> statuses = EnumSet.of(Status.BINDING);
        statuses.addAll(included);
        included = Set.copyOf(statuses);
        priceGivenAs = priceGivenAs == null ? "the $/GW-year" : priceGivenAs;
    }

    public CoverageOptions(Set<Status> included, BigDecimal usdPerGwYear) {
        this(included, usdPerGwYear, null);
    }

    public static CoverageOptions bindingOnly() {
        return new CoverageOptions(Set.of(Status.BINDING), null);
    }

    /** Statuses in their declared order, for display: binding, contingent, reported-unconfirmed. */
    public List<Status> includedInOrder() {
        return EnumSet.copyOf(included).stream().toList();
    }
}

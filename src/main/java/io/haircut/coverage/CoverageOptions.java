package io.haircut.coverage;

import io.haircut.HaircutException;
import io.haircut.ledger.Labelled;
import io.haircut.ledger.Status;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a coverage run counts besides binding commitments, and the analyst's $/GW-year for capacity.
 *
 * @param included the statuses counted; always holds binding
 * @param usdPerGwYear dollars per GW of capacity for one year; null when not given
 */
public record CoverageOptions(Set<Status> included, BigDecimal usdPerGwYear) {

    public CoverageOptions {
        EnumSet<Status> statuses = EnumSet.of(Status.BINDING);
        statuses.addAll(included);
        included = Set.copyOf(statuses);
    }

    public static CoverageOptions bindingOnly() {
        return new CoverageOptions(Set.of(Status.BINDING), null);
    }

    /**
     * {@code --include}: {@code contingent}, {@code reported-unconfirmed}, both comma-separated, or {@code all};
     * null or blank counts binding commitments only (docs/methodology.md, "Contingent amounts": "excluded from coverage unless asked").
     */
    public static Set<Status> parseIncluded(String text) {
        EnumSet<Status> statuses = EnumSet.of(Status.BINDING);
        if (text == null || text.isBlank()) {
            return statuses;
        }
        for (String part : text.split(",")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).equals("all")) {
                statuses.addAll(EnumSet.allOf(Status.class));
                continue;
            }
            statuses.add(Status.parse(p).orElseThrow(() -> new HaircutException("--include: unknown status '" + p
                    + "'; expected one of " + Labelled.choices(Status.class) + " or all, comma-separated")));
        }
        return statuses;
    }

    /** Statuses in their declared order, for display: binding, contingent, reported-unconfirmed. */
    public List<Status> includedInOrder() {
        return EnumSet.copyOf(included).stream().toList();
    }
}

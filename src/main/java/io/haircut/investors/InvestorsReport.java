package io.haircut.investors;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The {@code investors} report: one row per group that funded the company or is related to it, the
 * names that look like one of those groups but were not matched (never counted), and notes on what
 * was left out.
 *
 * @param asOf the last month of revenue in the data
 * @param totalReported every customer's revenue before any rule
 */
public record InvestorsReport(String company, String currency, YearMonth asOf, BigDecimal totalReported,
                              List<InvestorGroup> groups, List<NearMatch> nearMisses, List<String> notes) {

    /**
     * A name in the ledger that looks like a group's but did not match it: not counted for the group.
     *
     * @param table the table that carries the name: revenue, funding or commitments
     */
    public record NearMatch(String name, String table, int entries, String group, String comparedWith, String reason) {
    }

    public InvestorsReport {
        groups = List.copyOf(groups);
        nearMisses = List.copyOf(nearMisses);
        notes = List.copyOf(notes);
    }
}

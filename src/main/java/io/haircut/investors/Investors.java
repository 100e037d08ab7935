package io.haircut.investors;

import io.haircut.rules.checks.NearMisses;
import io.haircut.coverage.CommitmentSchedule;
import io.haircut.coverage.CommitmentSchedule.CommitmentYear;
import io.haircut.ledger.Commitment;
import io.haircut.ledger.CounterpartyNames;
import io.haircut.ledger.FundingEntry;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Money;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.Status;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.AdjustedLedger.RevenueLine;
import io.haircut.rules.Counterparties;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Circular financing, group by group (docs/investors-and-coverage.md): for each counterparty group that funded the
 * company or is related to it (ASC 850 / IAS 24), the money it put in, the revenue that came from it and
 * what the rules took out of that, and the commitments the company owes its entities. A funder's name,
 * a commitment's vendor and a customer are matched to groups one way, the way the rules match them
 * (the Parties names, normalised: {@link Counterparties}); a name that only looks like a group's is
 * listed as a near miss and never counted for it. Steps:
 * <ol>
 *   <li>revenue lines: each matched customer's reported, credit-settled and stripped amounts;</li>
 *   <li>funding rows: by status and form, per group (a funder in no group is a row of its own);</li>
 *   <li>commitments: expanded to years (CommitmentSchedule), binding and contingent, per group;</li>
 *   <li>the rows, the near misses of the names that matched no group, and the notes.</li>
 * </ol>
 */
public final class Investors {

    /** The relationship shown for a funder that no Parties group names. */
    public static final String NOT_LISTED = "not in Parties";

    private Investors() {
    }

    /**
     * @param usdPerGwYear the analyst's dollars per GW-year for capacity commitments; null leaves them out, with a note
     */
    public static InvestorsReport of(AdjustedLedger adjusted, BigDecimal usdPerGwYear) {
        Ledger ledger = adjusted.ledger();
        String currency = ledger.revenueCurrency();
        YearMonth asOf = ledger.lastMonth().orElse(null);
        PartyRegister register = adjusted.parties();
        Counterparties parties = new Counterparties(register);
        Map<String, Sums> byKey = new LinkedHashMap<>();
        register.groups().forEach(g -> byKey.put(g.name(), new Sums(g.name(), relationships(g), true, g.isRelated())));
        Map<String, Map<String, Integer>> unmatched = new LinkedHashMap<>(); // table -> raw name -> entries
        List<String> notes = new ArrayList<>();

        BigDecimal totalReported = BigDecimal.ZERO;
        for (RevenueLine line : adjusted.revenueLines()) {
            totalReported = totalReported.add(line.reported());
            String customer = line.entry().customer();
            Optional<PartyRegister.Group> g = parties.groupOf(customer);
            if (g.isEmpty()) {
                count(unmatched, "revenue", customer);
                continue;
            }
            Sums s = byKey.get(g.get().name());
            s.revenueReported = s.revenueReported.add(line.reported());
            if (line.entry().settlement() == Settlement.CLOUD_CREDIT) {
                s.revenueCreditSettled = s.revenueCreditSettled.add(line.reported());
            }
            s.revenueAtCashStep = s.revenueAtCashStep.add(line.reported().subtract(line.cash()));
            s.revenueStripped = s.revenueStripped.add(line.reported().subtract(line.adjusted()));
        }

        for (FundingEntry f : ledger.funding()) {
            Money.requireCurrency(f.amount(), f.source(), currency, "the revenue is");
            Optional<PartyRegister.Group> g = parties.groupOf(f.investor());
            Sums s;
            if (g.isPresent()) {
                s = byKey.get(g.get().name());
            } else {
                count(unmatched, "funding", f.investor());
                // A funder no group names is still a funder: its own row, under its normalised name.
                s = byKey.computeIfAbsent("name:" + CounterpartyNames.normalise(f.investor()), k -> new Sums(f.investor(), NOT_LISTED, false, false));
            }
            s.funded = true;
            BigDecimal a = f.amount().amount();
            switch (f.status()) {
                case BINDING -> {
                    s.fundingBinding = s.fundingBinding.add(a);
                    if (f.form() == Settlement.CLOUD_CREDIT) {
                        s.fundingBindingCredits = s.fundingBindingCredits.add(a);
                    } else {
                        s.fundingBindingCash = s.fundingBindingCash.add(a);
                    }
                }
                case CONTINGENT -> s.fundingContingent = s.fundingContingent.add(a);
                case REPORTED_UNCONFIRMED -> s.fundingUnconfirmed = s.fundingUnconfirmed.add(a);
            }
        }

        List<String> capacityLeftOut = new ArrayList<>();
        List<String> unconfirmed = new ArrayList<>();
        for (Commitment c : ledger.commitments()) {
            Optional<PartyRegister.Group> g = parties.groupOf(c.vendor());
            if (g.isEmpty()) {
                count(unmatched, "commitments", c.vendor());
                continue;
            }
            if (c.isCapacity() && usdPerGwYear == null) {
                capacityLeftOut.add(c.vendor() + " " + c.gigawatts().toPlainString() + " GW (" + c.source() + ")");
                continue;
            }
            if (c.status() == Status.REPORTED_UNCONFIRMED) {
                unconfirmed.add(c.vendor() + " (" + c.source() + ")");
                continue;
            }
            Sums s = byKey.get(g.get().name());
            for (CommitmentYear y : CommitmentSchedule.expand(c, usdPerGwYear)) {
                Money.requireCurrency(y.amount(), y.source(), currency, "the revenue is");
                BigDecimal a = y.amount().amount();
                if (c.status() == Status.BINDING) {
                    s.commitmentsBinding = s.commitmentsBinding.add(a);
                    s.commitmentsByYear.merge(y.year(), a, BigDecimal::add);
                } else {
                    s.commitmentsContingent = s.commitmentsContingent.add(a);
                }
            }
        }

        List<InvestorGroup> rows = new ArrayList<>();
        for (Sums s : byKey.values()) {
            if (s.funded || s.related) {
                rows.add(s.row(totalReported));
            }
        }
        Set<String> shown = rows.stream().map(InvestorGroup::group).collect(Collectors.toSet());
        List<InvestorsReport.NearMatch> near = new ArrayList<>();
        Set<String> explained = new HashSet<>();
        unmatched.forEach((table, names) -> {
            for (NearMisses.NearMiss m : NearMisses.find(List.copyOf(names.keySet()), register)) {
                if (shown.contains(m.group().name())) {
                    near.add(new InvestorsReport.NearMatch(m.name(), table, names.get(m.name()), m.group().name(), m.alias(), m.reason()));
                    explained.add(table + "\u0000" + m.name());
                }
            }
        });
        List<String> otherVendors = unmatched.getOrDefault("commitments", Map.of()).keySet().stream()
                .filter(n -> !explained.contains("commitments\u0000" + n)).toList();
        if (!otherVendors.isEmpty()) {
            notes.add("commitments to " + String.join(", ", otherVendors) + " name no Parties group: counted for no row");
        }
        if (!capacityLeftOut.isEmpty()) {
            notes.add("capacity commitments left out (" + String.join("; ", capacityLeftOut)
                    + "): give --usd-per-gw-year to turn them into dollars");
        }
        if (!unconfirmed.isEmpty()) {
            notes.add("reported-unconfirmed commitments are in neither column: " + String.join(", ", unconfirmed));
        }
        return new InvestorsReport(ledger.company(), currency, asOf, totalReported, rows, near, notes);
    }

    private static void count(Map<String, Map<String, Integer>> unmatched, String table, String name) {
        unmatched.computeIfAbsent(table, t -> new LinkedHashMap<>()).merge(name, 1, Integer::sum);
    }

    private static String relationships(PartyRegister.Group g) {
        return g.relationships().stream().sorted().map(Relationship::label).collect(Collectors.joining(", "));
    }

    /** Running sums for one row while the tables are read. */
    private static final class Sums {
        final String name;
        final String relationship;
        final boolean listed;
        final boolean related;
        boolean funded;
        BigDecimal fundingBinding = BigDecimal.ZERO;
        BigDecimal fundingBindingCash = BigDecimal.ZERO;
        BigDecimal fundingBindingCredits = BigDecimal.ZERO;
        BigDecimal fundingContingent = BigDecimal.ZERO;
        BigDecimal fundingUnconfirmed = BigDecimal.ZERO;
        BigDecimal revenueReported = BigDecimal.ZERO;
        BigDecimal revenueCreditSettled = BigDecimal.ZERO;
        BigDecimal revenueAtCashStep = BigDecimal.ZERO;
        BigDecimal revenueStripped = BigDecimal.ZERO;
        BigDecimal commitmentsBinding = BigDecimal.ZERO;
        BigDecimal commitmentsContingent = BigDecimal.ZERO;
        final TreeMap<Integer, BigDecimal> commitmentsByYear = new TreeMap<>();

        Sums(String name, String relationship, boolean listed, boolean related) {
            this.name = name;
            this.relationship = relationship;
            this.listed = listed;
            this.related = related;
        }

        InvestorGroup row(BigDecimal totalReported) {
            return new InvestorGroup(name, relationship, listed, fundingBinding, fundingBindingCash, fundingBindingCredits,
                    fundingContingent, fundingUnconfirmed, revenueReported, revenueCreditSettled, revenueAtCashStep,
                    revenueStripped, totalReported, commitmentsBinding, commitmentsContingent, commitmentsByYear);
        }
    }
}

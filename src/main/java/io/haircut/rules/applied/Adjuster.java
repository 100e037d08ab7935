package io.haircut.rules.applied;

import io.haircut.HaircutException;
import io.haircut.ledger.FundingEntry;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.LedgerEntry;
import io.haircut.ledger.Money;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.RevenueEntry;
import io.haircut.rules.BoundedText;
import io.haircut.rules.Counterparties;
import io.haircut.rules.Effects;
import io.haircut.rules.Rule;
import io.haircut.rules.RuleKind;
import io.haircut.rules.RuleSet;
import io.haircut.rules.Scope;
import io.haircut.rules.View;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Applies a rule set to a ledger: entries in, the audit trail, conflicts and round-trip links out; the
 * ledger is never changed (beancount's plugin contract). Precedence (docs/rules.md, "Precedence"):
 * <ol>
 *   <li>Each table's entries go through the cash view's rules, then the adjusted view's; a rule in the
 *       adjusted view works on what the cash view left.</li>
 *   <li>Within a view, rules apply by priority (higher first), then load order. The first rule that
 *       changes an entry's amount takes it for that view; a later one that also matches is a
 *       {@link Conflict} ({@code SKIPPED}) and is not applied, so nothing is removed twice.</li>
 *   <li>Flags and tags never take an entry: they are recorded whenever they match.</li>
 *   <li>Every change moves an amount toward zero and never past it ({@link Effects}).</li>
 * </ol>
 * Revenue entries are visited in date order (ties in ledger order) so that round trips use up each
 * funding tranche on the earliest revenue first; the trail lists them in ledger order.
 */
public final class Adjuster {

    private Adjuster() {
    }

    public static AdjustedLedger apply(Ledger ledger, RuleSet rules) {
        // Steps: merge the register (Parties sheet + included parties files -> lookups); per table, visit the
        // entries through both views' rules (entries + rules -> trail rows, conflicts, links); collect.
        PartyRegister register = rules.register(ledger.parties());
        Run run = new Run(ledger, rules, new Counterparties(register));
        List<RevenueEntry> revenue = ledger.revenue();
        run.table(Scope.REVENUE, revenue, byDate(revenue));
        run.table(Scope.COSTS, ledger.costs(), null);
        run.table(Scope.FUNDING, ledger.funding(), null);
        run.table(Scope.COMMITMENTS, ledger.commitments(), null);

        List<Adjustment> adjustments = new ArrayList<>();
        for (TrailRow row : run.trail) {
            if (row.scope() == Scope.REVENUE) {
                adjustments.add(new Adjustment((RevenueEntry) row.entry(), row.rule(), row.before(), row.change(), row.after()));
            }
        }
        return new AdjustedLedger(ledger, rules, adjustments, run.trail, run.conflicts, run.links, register);
    }

    /** The revenue entries' indices in date order, ties in ledger order; null when the ledger is in date order. */
    private static int[] byDate(List<RevenueEntry> revenue) {
        boolean sorted = true;
        for (int i = 1; i < revenue.size() && sorted; i++) {
            sorted = !revenue.get(i).date().isBefore(revenue.get(i - 1).date());
        }
        if (sorted) {
            return null;
        }
        return IntStream.range(0, revenue.size()).boxed()
                .sorted(Comparator.comparing(i -> revenue.get(i).date()))
                .mapToInt(Integer::intValue).toArray();
    }

    /** One application of a rule set: the lookups, the state round trips carry, and what is found. */
    private static final class Run {
        final Ledger ledger;
        final RuleSet rules;
        final Counterparties parties;
        final List<TrailRow> trail = new ArrayList<>();
        final List<Conflict> conflicts = new ArrayList<>();
        final List<RoundTripLink> links = new ArrayList<>();
        final Map<Rule, RoundTrips> roundTrips = new IdentityHashMap<>();
        final Map<Rule, Concentrations> concentrations = new IdentityHashMap<>();

        Run(Ledger ledger, RuleSet rules, Counterparties parties) {
            this.ledger = ledger;
            this.rules = rules;
            this.parties = parties;
        }

        /** Visits {@code entries} in {@code order} (null: ledger order) and records their rows in ledger order. */
        void table(Scope scope, List<? extends LedgerEntry> entries, int[] order) {
            List<Rule> cash = rules.inOrder(scope, View.CASH);
            List<Rule> adjusted = rules.inOrder(scope, View.ADJUSTED);
            if (cash.isEmpty() && adjusted.isEmpty()) {
                return;
            }
            for (Rule r : concat(cash, adjusted)) {
                if (r.kind() instanceof RuleKind.RoundTrip k) {
                    roundTrips.put(r, new RoundTrips(r, k, ledger.funding(), parties));
                } else if (r.kind() instanceof RuleKind.Concentration k) {
                    concentrations.put(r, new Concentrations(k, ledger.revenue(), parties));
                }
            }
            int[] visiting = order == null || inLedgerOrder(order) ? null : order;
            // Visited in ledger order, rows go straight to the trail; otherwise they wait for their entry's turn.
            Map<Integer, Visit> later = visiting == null ? null : new HashMap<>();
            for (int n = 0; n < entries.size(); n++) {
                int i = visiting == null ? n : visiting[n];
                Visit visit = new Visit(scope, entries.get(i));
                visit.view(cash, View.CASH);
                visit.view(adjusted, View.ADJUSTED);
                if (later == null) {
                    visit.addTo(trail, conflicts);
                } else if (visit.rows != null || visit.conflicts != null) {
                    later.put(i, visit);
                }
            }
            if (later != null) {
                for (int i = 0; i < entries.size(); i++) {
                    Visit v = later.get(i);
                    if (v != null) {
                        v.addTo(trail, conflicts);
                    }
                }
            }
        }

        private static boolean inLedgerOrder(int[] order) {
            for (int i = 0; i < order.length; i++) {
                if (order[i] != i) {
                    return false;
                }
            }
            return true;
        }

        /** One entry's way through the two views. */
        private final class Visit {
            final Scope scope;
            final LedgerEntry entry;
            /** Created on the first row or conflict: most entries of a large ledger have neither. */
            List<TrailRow> rows;
            List<Conflict> conflicts;
            BigDecimal amount;
            Rule cashTaker;

            Visit(Scope scope, LedgerEntry entry) {
                this.scope = scope;
                this.entry = entry;
                // A commitment stated in GW has no amount until a $/GW-year is given: rules can tag it, not reduce it.
                this.amount = entry.amount() == null ? BigDecimal.ZERO : entry.amount().amount();
            }

            void view(List<Rule> viewRules, View view) {
                BigDecimal entering = amount;
                Rule taker = null;
                for (Rule rule : viewRules) {
                    Optional<Match> match = match(rule, entering);
                    if (match.isEmpty()) {
                        continue;
                    }
                    if (!rule.action().adjusts()) {
                        row(new TrailRow(scope, entry, rule, amount, BigDecimal.ZERO, amount, match.get().note()));
                    } else if (taker != null) {
                        conflict(new Conflict(scope, entry, taker, rule, Conflict.Kind.SKIPPED, amount));
                    } else if (view == View.ADJUSTED && cashTaker != null && amount.signum() == 0) {
                        conflict(new Conflict(scope, entry, cashTaker, rule, Conflict.Kind.NOTHING_LEFT, amount));
                    } else {
                        Effects.Outcome o = Effects.apply(rule, entry, amount, match.get().linked());
                        String note = join(match.get().note(), o.note());
                        row(new TrailRow(scope, entry, rule, amount, o.after().subtract(amount), o.after(), note));
                        if (view == View.ADJUSTED && cashTaker != null) {
                            conflict(new Conflict(scope, entry, cashTaker, rule, Conflict.Kind.REMAINDER, amount));
                        }
                        amount = o.after();
                        taker = rule;
                    }
                }
                if (view == View.CASH) {
                    cashTaker = taker;
                }
            }

            private void row(TrailRow r) {
                if (rows == null) {
                    rows = new ArrayList<>(2);
                }
                rows.add(r);
            }

            private void conflict(Conflict c) {
                if (conflicts == null) {
                    conflicts = new ArrayList<>(1);
                }
                conflicts.add(c);
            }

            void addTo(List<TrailRow> trail, List<Conflict> allConflicts) {
                if (rows != null) {
                    trail.addAll(rows);
                }
                if (conflicts != null) {
                    allConflicts.addAll(conflicts);
                }
            }

            private Optional<Match> match(Rule rule, BigDecimal entering) {
                if (!matches(rule, entry)) {
                    return Optional.empty();
                }
                if (rule.kind() instanceof RuleKind.RoundTrip) {
                    return roundTrips.get(rule).link((RevenueEntry) entry, entering, links);
                }
                if (rule.kind() instanceof RuleKind.Concentration) {
                    return concentrations.get(rule).share((RevenueEntry) entry);
                }
                return Optional.of(new Match(null, ""));
            }

            /**
             * The rule's test on one entry. A pattern that exhausts its budget on a value (catastrophic
             * backtracking, e.g. {@code (a+)+$} on a long cell) stops the run with an error naming the rule and
             * the entry, rather than hanging the shell or silently treating the entry as unmatched.
             */
            private boolean matches(Rule rule, LedgerEntry e) {
                try {
                    return rule.matches(e, parties);
                } catch (BoundedText.RegexBudgetExceeded x) {
                    throw new HaircutException(rule.origin() + ": rule '" + rule.id() + "' stopped on the entry at "
                            + e.source() + ": its " + x.getMessage() + "; simplify the pattern (avoid nested repeats"
                            + " such as (a+)+) or use contains:");
                }
            }
        }
    }

    /** A rule's match on one entry: a round trip's linked amount (else null) and a note for the trail. */
    record Match(BigDecimal linked, String note) {
    }

    /**
     * One round-trip rule's funding tranches by group, each with what is left of its amount. Revenue
     * arrives in date order; each entry is linked to the tranches of its group whose window holds its
     * date, earliest tranche first, up to what is left of each.
     */
    private static final class RoundTrips {
        private final Rule rule;
        private final int windowMonths;
        private final Counterparties parties;
        private final Map<String, List<Tranche>> byGroup = new LinkedHashMap<>();

        private static final class Tranche {
            final FundingEntry funding;
            BigDecimal left;

            Tranche(FundingEntry funding) {
                this.funding = funding;
                this.left = funding.amount().amount();
            }
        }

        RoundTrips(Rule rule, RuleKind.RoundTrip kind, List<FundingEntry> funding, Counterparties parties) {
            this.rule = rule;
            this.windowMonths = kind.windowMonths();
            this.parties = parties;
            funding.stream()
                    .filter(f -> f.amount().amount().signum() > 0 && kind.fundingWhen().test(f, parties))
                    .sorted(Comparator.comparing(FundingEntry::date))
                    .forEach(f -> parties.groupOf(f).ifPresent(g -> byGroup.computeIfAbsent(g.name(), x -> new ArrayList<>())
                            .add(new Tranche(f))));
        }

        /** Links the entry's {@code amount} to its group's open tranches; empty when nothing is linked. */
        Optional<Match> link(RevenueEntry revenue, BigDecimal amount, List<RoundTripLink> found) {
            if (amount.signum() <= 0) {
                return Optional.empty(); // nothing reached the view, or a credit note: no money came back
            }
            Optional<PartyRegister.Group> group = parties.groupOf(revenue);
            if (group.isEmpty() || !byGroup.containsKey(group.get().name())) {
                return Optional.empty();
            }
            BigDecimal need = amount;
            List<String> notes = new ArrayList<>();
            for (Tranche t : byGroup.get(group.get().name())) {
                if (need.signum() == 0) {
                    break;
                }
                LocalDateWindow window = new LocalDateWindow(t.funding.date(), t.funding.date().plusMonths(windowMonths));
                if (t.left.signum() <= 0 || !window.holds(revenue.date())) {
                    continue;
                }
                Money.requireCurrency(t.funding.amount(), "the funding at " + t.funding.source(), revenue.amount().currency(),
                        "the revenue at " + revenue.source() + " that rule '" + rule.id() + "' (" + rule.origin() + ") links it to is");
                BigDecimal take = need.min(t.left);
                t.left = t.left.subtract(take);
                need = need.subtract(take);
                found.add(new RoundTripLink(rule, group.get().name(), t.funding, revenue, take, t.left));
                notes.add(take.toPlainString() + " linked to " + group.get().name() + " funding of " + t.funding.date()
                        + " at " + t.funding.source() + " (" + t.left.toPlainString() + " of it left)");
            }
            BigDecimal linked = amount.subtract(need);
            return linked.signum() == 0 ? Optional.empty() : Optional.of(new Match(linked, String.join("; ", notes)));
        }
    }

    /** A funding date and the end of its window, both inclusive. */
    private record LocalDateWindow(java.time.LocalDate from, java.time.LocalDate to) {
        boolean holds(java.time.LocalDate d) {
            return !d.isBefore(from) && !d.isAfter(to);
        }
    }

    /**
     * The customer groups whose reported revenue in a calendar year is at least the threshold share of
     * that year's reported revenue (ASC 280-10-50-42; groups are the register's, else normalised names).
     */
    private static final class Concentrations {
        private final Counterparties parties;
        /** Per calendar year, the customers at or over the threshold and their share in percent (for the note). */
        private final Map<Integer, Map<String, BigDecimal>> sharePercent = new HashMap<>();

        Concentrations(RuleKind.Concentration kind, List<RevenueEntry> revenue, Counterparties parties) {
            this.parties = parties;
            // Summed per name as written and year first, then per customer: a ledger repeats a few hundred
            // names over a million rows, and the importer shares one String per name, so a row costs one
            // lookup by identity and one exact add (this runs again on every rule change; docs/performance.md).
            int firstYear = Integer.MAX_VALUE;
            int lastYear = Integer.MIN_VALUE;
            for (RevenueEntry e : revenue) {
                firstYear = Math.min(firstYear, e.date().getYear());
                lastYear = Math.max(lastYear, e.date().getYear());
            }
            int years = revenue.isEmpty() ? 0 : lastYear - firstYear + 1;
            Map<String, BigDecimal[]> byName = new IdentityHashMap<>();
            BigDecimal[] yearSums = new BigDecimal[years];
            for (RevenueEntry e : revenue) {
                BigDecimal a = e.amount().amount();
                int y = e.date().getYear() - firstYear;
                yearSums[y] = yearSums[y] == null ? a : yearSums[y].add(a);
                if (!e.namedCustomer()) {
                    continue; // a P&L line's name ("(Revenue)") is not a customer: never flagged as one
                }
                BigDecimal[] sums = byName.computeIfAbsent(e.customer(), n -> new BigDecimal[years]);
                sums[y] = sums[y] == null ? a : sums[y].add(a);
            }
            Map<Integer, BigDecimal> yearTotal = new HashMap<>();
            Map<Integer, Map<String, BigDecimal>> customerYear = new HashMap<>();
            for (int y = 0; y < years; y++) {
                if (yearSums[y] != null) {
                    yearTotal.put(firstYear + y, yearSums[y]);
                }
            }
            for (Map.Entry<String, BigDecimal[]> name : byName.entrySet()) {
                String customer = parties.customerKey(name.getKey());
                BigDecimal[] sums = name.getValue();
                for (int y = 0; y < years; y++) {
                    if (sums[y] != null) {
                        customerYear.computeIfAbsent(firstYear + y, k -> new HashMap<>()).merge(customer, sums[y], BigDecimal::add);
                    }
                }
            }
            customerYear.forEach((year, customers) -> {
                BigDecimal total = yearTotal.get(year);
                customers.forEach((customer, sum) -> {
                    // share >= threshold  <=>  customer * 100 >= threshold * total (total > 0): exact, no division.
                    if (total.signum() > 0 && sum.multiply(BigDecimal.valueOf(100))
                            .compareTo(kind.thresholdPercent().multiply(total)) >= 0) {
                        // For the trail note only: the share in percent, rounded half-even to 2 decimals.
                        sharePercent.computeIfAbsent(year, y -> new HashMap<>()).put(customer,
                                sum.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_EVEN));
                    }
                });
            });
        }

        Optional<Match> share(RevenueEntry e) {
            int year = e.date().getYear();
            Map<String, BigDecimal> customers = sharePercent.get(year);
            if (customers == null) {
                return Optional.empty();
            }
            String customer = parties.customerKey(e.customer());
            BigDecimal share = customers.get(customer);
            if (share == null) {
                return Optional.empty();
            }
            return Optional.of(new Match(null, customer + ": " + share.toPlainString() + "% of " + year
                    + " reported revenue"));
        }
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

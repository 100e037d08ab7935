package io.haircut.rules.applied;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.LedgerFixture;
import io.haircut.bridge.BridgeStep;
import io.haircut.bridge.Bridges;
import io.haircut.bridge.RevenueBridge;
import io.haircut.ledger.CostCategory;
import io.haircut.ledger.Granularity;
import io.haircut.ledger.LedgerEntry;
import io.haircut.ledger.Money;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.Status;
import io.haircut.rules.Action;
import io.haircut.rules.Condition;
import io.haircut.rules.Rule;
import io.haircut.rules.RuleKind;
import io.haircut.rules.RuleOrigin;
import io.haircut.rules.RuleSet;
import io.haircut.rules.Scope;
import io.haircut.rules.View;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Properties that must hold for any ledger and any rule set, checked on hundreds of generated cases
 * (plain JUnit, a seeded java.util.Random, so a failure names its case and reproduces):
 * <ul>
 *   <li>the bridge adds up: adjusted = reported + the sum of every adjustment, cash = reported + the cash
 *       view's, in total, by month, and entry by entry;</li>
 *   <li>every adjustment moves an amount toward zero and never past it, so no positive entry goes below
 *       zero (and no credit note above it), in every table;</li>
 *   <li>no entry is changed twice in one view, and each view starts from what the view before it left;</li>
 *   <li>a round trip never links more than its tranche's amount, nor revenue outside its window.</li>
 * </ul>
 */
class AdjusterPropertyTest {

    private static final int CASES = 400;
    private static final String[] GROUPS = {"Amazon", "Google", "Zephyr", "Northwind"};
    private static final String[] CUSTOMERS = {"Amazon Web Services, Inc.", "AWS EMEA SARL", "Google LLC", "Zephyr GmbH",
            "Northwind LLC", "Acme", "Globex Corp", "GLOBEX CORP.", "Initech"};
    private static final String[] CHANNELS = {"direct", "api", "aws-marketplace"};

    @Test
    void everyGeneratedLedgerAndRuleSetKeepsTheInvariants() {
        Random random = new Random(20260501L);
        int adjustedCases = 0;
        for (int n = 0; n < CASES; n++) {
            LedgerFixture book = ledger(random);
            RuleSet rules = new RuleSet(rules(random), List.of());
            AdjustedLedger a = Adjuster.apply(book.ledger(), rules);
            String label = "case " + n + " with rules " + rules.rules().stream().map(r -> r.id() + "=" + r.action().describe()
                    + "/" + r.view() + "/" + r.scope() + "/p" + r.priority() + "/" + r.kind().label()).toList();
            checkBridge(a, label);
            checkRows(a, label);
            checkRoundTrips(a, label);
            if (a.trail().stream().anyMatch(r -> r.change().signum() != 0)) {
                adjustedCases++;
            }
        }
        // the generator must exercise the adjuster, not produce only empty rule sets
        assertThat(adjustedCases).isGreaterThan(CASES / 2);
    }

    private static void checkBridge(AdjustedLedger a, String label) {
        BigDecimal reported = BigDecimal.ZERO;
        for (var e : a.ledger().revenue()) {
            reported = reported.add(e.amount().amount());
        }
        BigDecimal cashChanges = BigDecimal.ZERO;
        BigDecimal allChanges = BigDecimal.ZERO;
        for (TrailRow r : a.trail()) {
            if (r.scope() == Scope.REVENUE) {
                allChanges = allChanges.add(r.change());
                if (r.rule().view() == View.CASH) {
                    cashChanges = cashChanges.add(r.change());
                }
            }
        }
        RevenueBridge total = Bridges.total(a);
        assertThat(total.reported().amount()).as(label).isEqualByComparingTo(reported);
        assertThat(total.cash().amount()).as(label).isEqualByComparingTo(reported.add(cashChanges));
        assertThat(total.adjusted().amount()).as(label).isEqualByComparingTo(reported.add(allChanges));
        Money steps = total.steps().stream().map(BridgeStep::amount).reduce(Money.zero(total.currency()), Money::plus);
        assertThat(total.reported().plus(steps).amount()).as(label).isEqualByComparingTo(total.adjusted().amount());

        Money byMonth = Bridges.byPeriod(a, Granularity.MONTH).stream().map(RevenueBridge::adjusted)
                .reduce(Money.zero(total.currency()), Money::plus);
        assertThat(byMonth.amount()).as(label).isEqualByComparingTo(total.adjusted().amount());
        BigDecimal lines = a.revenueLines().stream().map(AdjustedLedger.RevenueLine::adjusted)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(lines).as(label).isEqualByComparingTo(total.adjusted().amount());
    }

    private static void checkRows(AdjustedLedger a, String label) {
        Map<LedgerEntry, Map<View, Integer>> changers = new IdentityHashMap<>();
        Map<LedgerEntry, BigDecimal> current = new IdentityHashMap<>();
        for (TrailRow r : a.trail()) {
            assertThat(r.before().add(r.change())).as(label + " " + r).isEqualByComparingTo(r.after());
            towardZero(r.before(), r.after(), label + " " + r);
            if (r.rule().action().adjusts()) {
                int times = changers.computeIfAbsent(r.entry(), e -> new HashMap<>()).merge(r.rule().view(), 1, Integer::sum);
                assertThat(times).as(label + " changed twice in one view: " + r).isEqualTo(1);
                BigDecimal expectedBefore = current.getOrDefault(r.entry(), r.entry().amount().amount());
                assertThat(r.before()).as(label + " starts from what the earlier view left: " + r)
                        .isEqualByComparingTo(expectedBefore);
                current.put(r.entry(), r.after());
            }
        }
        for (Scope scope : Scope.values()) {
            for (EntryLine l : a.lines(scope)) {
                towardZero(l.reported(), l.cash(), label + " cash of " + l);
                towardZero(l.cash(), l.adjusted(), label + " adjusted of " + l);
            }
        }
        for (Conflict c : a.conflicts()) {
            if (c.kind() == Conflict.Kind.SKIPPED) {
                boolean laterChangedIt = a.trail().stream().anyMatch(r -> r.entry() == c.entry() && r.rule() == c.later());
                assertThat(laterChangedIt).as(label + " skipped but applied: " + c).isFalse();
            }
        }
    }

    /** {@code after} lies between zero and {@code before}, both included. */
    private static void towardZero(BigDecimal before, BigDecimal after, String label) {
        if (before.signum() >= 0) {
            assertThat(after.signum()).as(label + ": below zero").isGreaterThanOrEqualTo(0);
            assertThat(after).as(label + ": above where it started").isLessThanOrEqualTo(before);
        } else {
            assertThat(after.signum()).as(label + ": above zero").isLessThanOrEqualTo(0);
            assertThat(after).as(label + ": below where it started").isGreaterThanOrEqualTo(before);
        }
    }

    private static void checkRoundTrips(AdjustedLedger a, String label) {
        Map<String, BigDecimal> linked = new LinkedHashMap<>();
        for (RoundTripLink l : a.roundTrips()) {
            String key = l.rule().id() + "@" + System.identityHashCode(l.funding());
            BigDecimal sum = linked.merge(key, l.linked(), BigDecimal::add);
            assertThat(sum).as(label + " over the tranche: " + l).isLessThanOrEqualTo(l.funding().amount().amount());
            int months = ((RuleKind.RoundTrip) l.rule().kind()).windowMonths();
            LocalDate d = l.revenue().date();
            assertThat(d).as(label + " outside the window: " + l)
                    .isBetween(l.funding().date(), l.funding().date().plusMonths(months));
            assertThat(l.linked().signum()).as(label).isPositive();
        }
    }

    // --- generators ---

    private static LedgerFixture ledger(Random r) {
        LedgerFixture book = LedgerFixture.of("book", "book.xlsx");
        for (int i = 0; i < 3; i++) {
            book.party(CUSTOMERS[i], GROUPS[i == 1 ? 0 : i == 2 ? 1 : 0], Relationship.INVESTOR);
        }
        book.party("Zephyr GmbH", "Zephyr", Relationship.AFFILIATE);
        book.party("Northwind LLC", "Northwind", Relationship.OTHER);
        book.party("Amazon.com, Inc.", "Amazon", Relationship.INVESTOR);
        int revenue = r.nextInt(40);
        for (int i = 0; i < revenue; i++) {
            Map<String, String> extra = new HashMap<>();
            if (r.nextInt(3) == 0) {
                extra.put("partner_fee", cents(r, 0, 60_000));
            }
            if (r.nextInt(4) == 0) {
                extra.put("consideration", cents(r, 0, 30_000));
            }
            book.revenue(date(r).toString(), CUSTOMERS[r.nextInt(CUSTOMERS.length)], CHANNELS[r.nextInt(CHANNELS.length)],
                    r.nextBoolean() ? Settlement.CASH : Settlement.CLOUD_CREDIT, amount(r), extra);
        }
        int funding = r.nextInt(5);
        for (int i = 0; i < funding; i++) {
            String investor = r.nextInt(4) == 0 ? "Harbor Point Ventures" : r.nextBoolean() ? "Amazon.com, Inc." : "Google LLC";
            book.funding(date(r).toString(), investor, cents(r, 0, 80_000), r.nextBoolean() ? Settlement.CASH
                    : Settlement.CLOUD_CREDIT, r.nextBoolean() ? Status.BINDING : Status.CONTINGENT);
        }
        for (int i = 0; i < r.nextInt(4); i++) {
            book.cost("2025-0" + (1 + r.nextInt(9)), CostCategory.values()[r.nextInt(4)],
                    r.nextBoolean() ? Settlement.CASH : Settlement.CLOUD_CREDIT, amount(r));
        }
        for (int i = 0; i < r.nextInt(4); i++) {
            book.commitment(r.nextBoolean() ? "Amazon Web Services, Inc." : "Globex Corp", 2026 + r.nextInt(5),
                    cents(r, 0, 1_000_000), r.nextBoolean() ? Status.BINDING : Status.CONTINGENT);
        }
        return book;
    }

    /** Mostly positive amounts in cents, some credit notes and some zeros. */
    private static String amount(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> "0.00";
            case 1, 2 -> cents(r, -50_000, 0);
            default -> cents(r, 1, 200_000);
        };
    }

    private static String cents(Random r, long from, long to) {
        long c = from + (long) (r.nextDouble() * (to - from)); // a double picks the test data only, never money math
        return BigDecimal.valueOf(c, 2).toPlainString();
    }

    private static LocalDate date(Random r) {
        return LocalDate.of(2024, 1, 1).plusDays(r.nextInt(3 * 365));
    }

    private static List<Rule> rules(Random r) {
        List<Rule> rules = new ArrayList<>();
        int count = 1 + r.nextInt(7);
        for (int i = 0; i < count; i++) {
            rules.add(rule(r, "r" + i));
        }
        return rules;
    }

    private static Rule rule(Random r, String id) {
        View view = r.nextBoolean() ? View.CASH : View.ADJUSTED;
        int priority = new int[] {0, 0, 0, 5, -3}[r.nextInt(5)];
        RuleOrigin origin = new RuleOrigin("gen.yaml", 1);
        int pick = r.nextInt(10);
        if (pick == 0) {
            Scope scope = Scope.values()[1 + r.nextInt(3)];
            Action action = scope == Scope.FUNDING && r.nextBoolean() ? new Action.CreditsNotCash() : simple(r);
            Condition when = scope == Scope.COSTS ? new Condition.FieldIn("paid-with", Set.of("cloud-credit"))
                    : scope == Scope.FUNDING ? new Condition.FieldIn("status", Set.of("binding"))
                    : new Condition.Counterparty(Set.of("Amazon"), Set.of());
            return new Rule(id, "d", "b", r.nextBoolean() ? new Condition.Always() : when, action, view, origin, scope,
                    priority, new RuleKind.PerEntry());
        }
        if (pick == 1) {
            Condition funding = r.nextBoolean() ? new Condition.Always() : new Condition.FieldIn("status", Set.of("binding"));
            return new Rule(id, "d", "b", new Condition.Always(), r.nextBoolean() ? new Action.Strip() : new Action.Flag(),
                    view, origin, Scope.REVENUE, priority, new RuleKind.RoundTrip(1 + r.nextInt(18), funding));
        }
        if (pick == 2) {
            return new Rule(id, "d", "b", new Condition.Always(), new Action.Flag(), view, origin, Scope.REVENUE, priority,
                    new RuleKind.Concentration(BigDecimal.valueOf(5 + r.nextInt(40))));
        }
        Condition when = condition(r, 0);
        Action action;
        switch (r.nextInt(6)) {
            case 0 -> {
                action = new Action.GrossToNet(null, "partner_fee");
                when = new Condition.All(List.of(when, new Condition.FieldExists("partner_fee", true)));
            }
            case 1 -> action = new Action.GrossToNet(percent(r), null);
            case 2 -> {
                boolean column = r.nextBoolean();
                action = new Action.ContraRevenue(column ? null : r.nextBoolean() ? percent(r) : null,
                        column ? "consideration" : null);
                if (column) {
                    when = new Condition.All(List.of(when, new Condition.FieldExists("consideration", true)));
                }
            }
            default -> action = simple(r);
        }
        return new Rule(id, "d", "b", when, action, view, origin, Scope.REVENUE, priority, new RuleKind.PerEntry());
    }

    private static Action simple(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> new Action.Strip();
            case 1 -> new Action.Haircut(percent(r));
            case 2 -> new Action.Flag();
            default -> new Action.Tag("contingent");
        };
    }

    /** A percent above 0 and at most 100, with up to two decimals. */
    private static BigDecimal percent(Random r) {
        return BigDecimal.valueOf(1 + r.nextInt(10_000), 2);
    }

    private static Condition condition(Random r, int depth) {
        int pick = r.nextInt(depth > 1 ? 6 : 9);
        return switch (pick) {
            case 0 -> new Condition.FieldIn("settlement", Set.of(r.nextBoolean() ? "cash" : "cloud-credit"));
            case 1 -> new Condition.FieldIn("channel", Set.of(CHANNELS[r.nextInt(CHANNELS.length)]));
            case 2 -> new Condition.Counterparty(Set.of(), Set.of(Relationship.values()[r.nextInt(3)]));
            case 3 -> new Condition.AmountCompare(Condition.Comparison.values()[r.nextInt(4)], new BigDecimal(amount(r)));
            case 4 -> new Condition.Always();
            case 5 -> new Condition.MonthBetween(java.time.YearMonth.of(2024, 1 + r.nextInt(12)), null);
            case 6 -> new Condition.Not(condition(r, depth + 1));
            case 7 -> new Condition.Any(List.of(condition(r, depth + 1), condition(r, depth + 1)));
            default -> new Condition.All(List.of(condition(r, depth + 1), condition(r, depth + 1)));
        };
    }
}

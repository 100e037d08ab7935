package io.haircut;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.bridge.Bridges;
import io.haircut.bridge.RevenueBridge;
import io.haircut.ledger.Granularity;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.files.RuleFiles;
import io.haircut.rules.RuleSet;
import io.haircut.workbook.LedgerImporter;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled samples, end to end: workbook and CSV folder imported, the shipped rules applied, and the
 * bridge checked to the cent, in total and by month, against sums this test works out itself from the
 * sample's CSV rows (its own name matching, not haircut's). The second test loads every pack in rules/
 * and checks each step of the frontier-ai bridge, and the funding and commitment rules, the same way.
 */
class SampleBridgeTest {

    /** Independent oracle: the sums a careful analyst would compute in a spreadsheet. */
    record Expected(BigDecimal reported, BigDecimal credit, BigDecimal related, long creditEntries, long relatedEntries) {
        Expected plus(BigDecimal amount, boolean isCredit, boolean isRelated) {
            return new Expected(reported.add(amount),
                    isCredit ? credit.add(amount) : credit,
                    !isCredit && isRelated ? related.add(amount) : related, // credit-settled lines leave at the cash step
                    creditEntries + (isCredit ? 1 : 0),
                    relatedEntries + (!isCredit && isRelated ? 1 : 0));
        }
    }

    private static final Expected NONE = new Expected(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);

    @ParameterizedTest
    @ValueSource(strings = {"frontier-ai", "clean-saas"})
    void bridgeMatchesTheSampleRowsInTotalAndByMonth(String sample) throws IOException {
        Path folder = Path.of("samples", sample);
        Set<String> relatedNames = relatedNames(folder.resolve("Parties.csv"));
        Map<String, Expected> byMonth = new TreeMap<>();
        Expected total = NONE;
        for (CSVRecord r : csv(folder.resolve("Revenue.csv"))) {
            BigDecimal amount = new BigDecimal(r.get("Amount"));
            boolean credit = r.get("Settlement").equals("cloud-credit");
            boolean related = relatedNames.contains(simplify(r.get("Customer")));
            total = total.plus(amount, credit, related);
            byMonth.merge(r.get("Date").substring(0, 7), NONE.plus(amount, credit, related), SampleBridgeTest::add);
        }
        // The two standard rules, loaded by name: this test checks their steps; the whole folder is checked below.
        RuleSet rules = RuleFiles.load(Path.of("rules/cloud-credit-revenue.yaml"))
                .plus(RuleFiles.load(Path.of("rules/related-party-revenue.yaml")));

        for (Path input : List.of(Path.of("samples", sample + ".xlsx"), folder)) {
            var adjusted = Adjuster.apply(LedgerImporter.importPath(input).ledger(), rules);
            assertBridge(Bridges.total(adjusted), total);
            List<RevenueBridge> months = Bridges.byPeriod(adjusted, Granularity.MONTH);
            assertThat(months).extracting(RevenueBridge::period).containsExactlyElementsOf(byMonth.keySet());
            for (RevenueBridge month : months) {
                assertBridge(month, byMonth.get(month.period()));
            }
        }
        if (sample.equals("clean-saas")) {
            assertThat(total.credit().signum() + total.related().signum()).isZero(); // adjusted equals reported
        }
    }

    private static void assertBridge(RevenueBridge b, Expected e) {
        assertThat(b.reported().amount()).isEqualByComparingTo(e.reported());
        assertThat(b.cashSteps().get(0).amount().amount()).isEqualByComparingTo(e.credit().negate());
        assertThat(b.cashSteps().get(0).entries()).isEqualTo(e.creditEntries());
        assertThat(b.cash().amount()).isEqualByComparingTo(e.reported().subtract(e.credit()));
        assertThat(b.adjustedSteps().get(0).amount().amount()).isEqualByComparingTo(e.related().negate());
        assertThat(b.adjustedSteps().get(0).entries()).isEqualTo(e.relatedEntries());
        assertThat(b.adjusted().amount()).isEqualByComparingTo(e.reported().subtract(e.credit()).subtract(e.related()));
    }

    private static Expected add(Expected a, Expected b) {
        return new Expected(a.reported().add(b.reported()), a.credit().add(b.credit()), a.related().add(b.related()),
                a.creditEntries() + b.creditEntries(), a.relatedEntries() + b.relatedEntries());
    }

    /**
     * Every pack in rules/ on frontier-ai. Each step worked out here from the CSV rows: the cash step and
     * the related-party step as above; round trips as this test reads rules/round-trips.yaml (a cash,
     * non-credit revenue row of a group, dated from that group's binding funding to 12 months after,
     * earliest first, up to the tranche); concentration as rules/customer-concentration.yaml says (a
     * customer, its spellings merged, with 10% or more of a calendar year's revenue); the resale and
     * consideration rules find no partner_fee or consideration_payable column, so they are zero.
     */
    @org.junit.jupiter.api.Test
    void everyPackOnFrontierAiGivesTheStepsTheRuleReadmeExplains() throws IOException {
        Path folder = Path.of("samples", "frontier-ai");
        Map<String, String> groupOf = groups(folder.resolve("Parties.csv"));
        Set<String> related = relatedNames(folder.resolve("Parties.csv"));
        List<CSVRecord> revenue = csv(folder.resolve("Revenue.csv"));

        BigDecimal reported = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        BigDecimal relatedCash = BigDecimal.ZERO;
        long relatedEntries = 0;
        Map<String, BigDecimal> yearTotal = new HashMap<>();
        Map<String, BigDecimal> customerYear = new HashMap<>();
        for (CSVRecord r : revenue) {
            BigDecimal amount = new BigDecimal(r.get("Amount"));
            reported = reported.add(amount);
            boolean isCredit = r.get("Settlement").equals("cloud-credit");
            credit = isCredit ? credit.add(amount) : credit;
            if (!isCredit && related.contains(simplify(r.get("Customer")))) {
                relatedCash = relatedCash.add(amount);
                relatedEntries++;
            }
            String year = r.get("Date").substring(0, 4);
            yearTotal.merge(year, amount, BigDecimal::add);
            customerYear.merge(year + "|" + customerKey(r.get("Customer"), groupOf), amount, BigDecimal::add);
        }
        long concentrated = revenue.stream().filter(r -> {
            String year = r.get("Date").substring(0, 4);
            // share >= 10%  <=>  customer * 100 >= 10 * year total
            return customerYear.get(year + "|" + customerKey(r.get("Customer"), groupOf)).multiply(BigDecimal.valueOf(100))
                    .compareTo(yearTotal.get(year).multiply(BigDecimal.TEN)) >= 0;
        }).count();

        // Round trips: binding tranches per group, then revenue in date order (the CSV is in date order).
        Map<String, List<BigDecimal[]>> left = new HashMap<>();
        Map<String, List<java.time.LocalDate>> funded = new HashMap<>();
        for (CSVRecord f : csv(folder.resolve("Funding.csv"))) {
            String group = groupOf.get(simplify(f.get("Investor")));
            if (f.get("Status").equals("binding") && group != null) {
                left.computeIfAbsent(group, g -> new java.util.ArrayList<>()).add(new BigDecimal[] {new BigDecimal(f.get("Amount"))});
                funded.computeIfAbsent(group, g -> new java.util.ArrayList<>()).add(java.time.LocalDate.parse(f.get("Date")));
            }
        }
        long roundTrips = 0;
        BigDecimal linked = BigDecimal.ZERO;
        for (CSVRecord r : revenue) {
            String group = groupOf.get(simplify(r.get("Customer")));
            if (group == null || r.get("Settlement").equals("cloud-credit") || !left.containsKey(group)) {
                continue;
            }
            java.time.LocalDate d = java.time.LocalDate.parse(r.get("Date"));
            BigDecimal need = new BigDecimal(r.get("Amount"));
            BigDecimal before = need;
            for (int t = 0; t < left.get(group).size() && need.signum() > 0; t++) {
                java.time.LocalDate from = funded.get(group).get(t);
                BigDecimal[] cap = left.get(group).get(t);
                if (!d.isBefore(from) && !d.isAfter(from.plusMonths(12)) && cap[0].signum() > 0) {
                    BigDecimal take = need.min(cap[0]);
                    cap[0] = cap[0].subtract(take);
                    need = need.subtract(take);
                }
            }
            if (need.compareTo(before) != 0) {
                roundTrips++;
                linked = linked.add(before.subtract(need));
            }
        }

        for (Path input : List.of(Path.of("samples", "frontier-ai.xlsx"), folder)) {
            var adjusted = Adjuster.apply(LedgerImporter.importPath(input).ledger(), RuleFiles.load(Path.of("rules")));
            RevenueBridge b = Bridges.total(adjusted);
            assertThat(b.reported().amount()).isEqualByComparingTo(reported);
            assertThat(b.cashSteps()).extracting(s -> s.rule().id()).containsExactly("cloud-credit-revenue");
            assertThat(b.cash().amount()).isEqualByComparingTo(reported.subtract(credit));
            assertThat(b.adjustedSteps()).extracting(s -> s.rule().id()).containsExactly("related-party-revenue",
                    "round-trips", "resold-revenue-gross-to-net", "consideration-payable-to-customer", "customer-concentration");
            assertThat(b.adjustedSteps()).extracting(s -> s.amount().amount().stripTrailingZeros().toPlainString(), s -> s.entries())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(relatedCash.negate().stripTrailingZeros().toPlainString(), relatedEntries),
                            org.assertj.core.groups.Tuple.tuple("0", roundTrips),
                            org.assertj.core.groups.Tuple.tuple("0", 0L),
                            org.assertj.core.groups.Tuple.tuple("0", 0L),
                            org.assertj.core.groups.Tuple.tuple("0", concentrated));
            assertThat(b.adjusted().amount()).isEqualByComparingTo(reported.subtract(credit).subtract(relatedCash));
            assertThat(adjusted.roundTrips().stream().map(l -> l.linked()).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(linked);

            // Funding: the credit tranche leaves cash raised; the contingent ones are tagged.
            BigDecimal creditFunding = BigDecimal.ZERO;
            long contingent = 0;
            for (CSVRecord f : csv(folder.resolve("Funding.csv"))) {
                creditFunding = f.get("Form").equals("cloud-credit") ? creditFunding.add(new BigDecimal(f.get("Amount"))) : creditFunding;
                contingent += f.get("Status").equals("contingent") ? 1 : 0;
            }
            var funding = adjusted.lines(io.haircut.rules.Scope.FUNDING);
            assertThat(funding.stream().map(l -> l.reported().subtract(l.cash())).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(creditFunding);
            assertThat(funding.stream().filter(l -> l.tagged("contingent")).count()).isEqualTo(contingent);
            assertThat(adjusted.lines(io.haircut.rules.Scope.COMMITMENTS)).noneMatch(l -> l.tagged("contingent"));
        }
        // the figures the docs/rules.md walkthrough quotes
        assertThat(roundTrips).isEqualTo(153);
        assertThat(concentrated).isEqualTo(236);
        assertThat(credit).isEqualByComparingTo("896634299.57");
        assertThat(relatedCash).isEqualByComparingTo("392246442.81");
    }

    /** The key a customer is counted under: its Parties group, else its simplified name (spellings merged). */
    private static String customerKey(String customer, Map<String, String> groupOf) {
        String name = simplify(customer);
        return groupOf.getOrDefault(name, name);
    }

    /** Every Parties name and group name, simplified, to its group. */
    private static Map<String, String> groups(Path parties) throws IOException {
        Map<String, String> groupOf = new HashMap<>();
        for (CSVRecord r : csv(parties)) {
            groupOf.put(simplify(r.get("Name")), r.get("Group"));
            groupOf.put(simplify(r.get("Group")), r.get("Group"));
        }
        return groupOf;
    }

    /** Names (and group names) of every investor or affiliate row, simplified like {@link #simplify}. */
    private static Set<String> relatedNames(Path parties) throws IOException {
        Map<String, Boolean> groupRelated = new HashMap<>();
        List<CSVRecord> rows = csv(parties);
        for (CSVRecord r : rows) {
            boolean related = Set.of("investor", "affiliate").contains(r.get("Relationship"));
            groupRelated.merge(r.get("Group"), related, Boolean::logicalOr);
        }
        Set<String> names = new java.util.HashSet<>();
        for (CSVRecord r : rows) {
            if (groupRelated.get(r.get("Group"))) {
                names.add(simplify(r.get("Name")));
                names.add(simplify(r.get("Group")));
            }
        }
        return names;
    }

    /** The test's own reading of "same company": lower case, no dots or commas, no trailing legal form. */
    private static String simplify(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace(".", "").replace(",", " ").trim().replaceAll("\\s+", " ");
        String previous;
        do {
            previous = s;
            s = s.replaceAll(" (inc|llc|ltd|gmbh|sarl|sa|corp|corporation|plc)$", "");
        } while (!s.equals(previous));
        return s;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}

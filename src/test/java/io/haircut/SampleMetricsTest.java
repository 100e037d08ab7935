package io.haircut;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.ledger.Granularity;
import io.haircut.ledger.Period;
import io.haircut.metrics.Metric;
import io.haircut.metrics.MetricValue;
import io.haircut.metrics.PeriodMetrics;
import io.haircut.metrics.UnitEconomics;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.files.RuleFiles;
import io.haircut.workbook.LedgerImporter;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * frontier-ai's unit economics from the workbook with the shipped rules, checked against the same
 * formulas worked out here from the sample's CSV rows with this test's own sums and its own reading of
 * "same customer": the Parties group for a name listed there verbatim, otherwise the name's first word
 * (accents and punctuation dropped), which tells the sample's 90 spellings apart correctly.
 */
class SampleMetricsTest {

    private static final MathContext MC = new MathContext(30, RoundingMode.HALF_EVEN);
    private static final Path FOLDER = Path.of("samples", "frontier-ai");

    private static List<CSVRecord> revenue;
    private static List<CSVRecord> costs;
    private static Map<String, CSVRecord> customers;
    private static Map<String, CSVRecord> cash;
    private static Map<String, String> groupOfListedName;
    private static Set<String> relatedGroups;
    private static io.haircut.rules.applied.AdjustedLedger adjusted;

    @BeforeAll
    static void load() throws IOException {
        revenue = csv("Revenue");
        costs = csv("Costs");
        customers = new HashMap<>();
        csv("Customers").forEach(r -> customers.put(r.get("Month"), r));
        cash = new HashMap<>();
        csv("Cash").forEach(r -> cash.put(r.get("Month"), r));
        groupOfListedName = new HashMap<>();
        relatedGroups = new HashSet<>();
        for (CSVRecord r : csv("Parties")) {
            groupOfListedName.put(r.get("Name"), firstWord(r.get("Group")));
            if (!r.get("Relationship").equals("other")) {
                relatedGroups.add(firstWord(r.get("Group")));
            }
        }
        adjusted = Adjuster.apply(LedgerImporter.importPath(Path.of("samples", "frontier-ai.xlsx")).ledger(),
                RuleFiles.load(Path.of("rules")));
    }

    @Test
    void march2026() {
        check(new Period(Granularity.MONTH, YearMonth.of(2026, 3)), List.of("2026-03"));
    }

    @Test
    void firstQuarter2026() {
        check(new Period(Granularity.QUARTER, YearMonth.of(2026, 1)), List.of("2026-01", "2026-02", "2026-03"));
    }

    private static void check(Period period, List<String> months) {
        PeriodMetrics p = UnitEconomics.of(adjusted, period);
        String last = months.get(months.size() - 1);
        String before = YearMonth.parse(months.get(0)).minusMonths(1).toString();
        List<String> yearBefore = months.stream().map(m -> YearMonth.parse(m).minusMonths(12).toString()).toList();

        for (boolean adj : new boolean[] {false, true}) {
            // revenue: reported every row; adjusted drops credit-settled rows, then related parties' rows
            BigDecimal rev = revenue(months, adj);
            BigDecimal cogs = cost(months, "cost-of-revenue", null);
            BigDecimal grossMargin = rev.subtract(cogs).divide(rev, MC);
            BigDecimal activeMonths = sum(months, "Active");
            BigDecimal arpa = rev.divide(activeMonths, MC);
            BigDecimal cac = cost(months, "sales-marketing", null).divide(sum(months, "New"), MC);
            BigDecimal cashOut = cost(months, null, "cash");
            // cash in: reported = every cash-settled row; adjusted = third-party cash (= adjusted revenue)
            BigDecimal cashIn = adj ? rev : revenueWhere(months, r -> r.get("Settlement").equals("cash"));
            BigDecimal burn = cashOut.subtract(cashIn);
            BigDecimal monthlyBurn = burn.divide(BigDecimal.valueOf(months.size()), MC);
            BigDecimal runway = new BigDecimal(cash.get(last).get("Cash Balance")).divide(monthlyBurn, MC);
            BigDecimal netNewArr = revenue(List.of(last), adj).subtract(revenue(List.of(before), adj)).multiply(BigDecimal.valueOf(12));
            Map<String, BigDecimal> groups = byGroup(months, adj);
            List<BigDecimal> ranked = groups.values().stream().sorted(Comparator.reverseOrder()).toList();
            BigDecimal top5 = ranked.stream().limit(5).reduce(BigDecimal.ZERO, BigDecimal::add);
            Map<String, BigDecimal> then = byGroup(yearBefore, adj);
            BigDecimal start = BigDecimal.ZERO;
            BigDecimal end = BigDecimal.ZERO;
            for (var e : then.entrySet()) {
                if (e.getValue().signum() > 0) {
                    start = start.add(e.getValue());
                    end = end.add(groups.getOrDefault(e.getKey(), BigDecimal.ZERO));
                }
            }
            BigDecimal credit = revenueWhere(months, r -> r.get("Settlement").equals("cloud-credit"));
            BigDecimal related = revenueWhere(months, r -> relatedGroups.contains(groupOf(r.get("Customer"))));

            Map<Metric, MetricValue> got = adj ? p.adjusted() : p.reported();
            String side = period + (adj ? " adjusted" : " reported");
            assertThat(got.get(Metric.REVENUE).value()).as(side).isEqualByComparingTo(rev);
            assertThat(got.get(Metric.ARR).value()).as(side).isEqualByComparingTo(revenue(List.of(last), adj).multiply(BigDecimal.valueOf(12)));
            assertClose(got, Metric.GROSS_MARGIN, grossMargin, side);
            assertClose(got, Metric.ARPA, arpa, side);
            assertClose(got, Metric.CAC, cac, side);
            assertClose(got, Metric.CAC_PAYBACK, cac.divide(arpa.multiply(grossMargin), MC), side);
            assertClose(got, Metric.NET_BURN, monthlyBurn, side);
            assertClose(got, Metric.RUNWAY, runway, side);
            assertClose(got, Metric.BURN_MULTIPLE, burn.divide(netNewArr, MC), side);
            assertClose(got, Metric.NRR, end.divide(start, MC), side);
            assertClose(got, Metric.TOP_CUSTOMER_SHARE, ranked.get(0).divide(rev, MC), side);
            assertClose(got, Metric.TOP5_SHARE, top5.divide(rev, MC), side);
            assertClose(got, Metric.NON_CASH_SHARE, adj ? BigDecimal.ZERO : credit.divide(rev, MC), side);
            assertClose(got, Metric.RELATED_PARTY_SHARE, adj ? BigDecimal.ZERO : related.divide(rev, MC), side);
            assertClose(got, Metric.CREDIT_FUNDED_CLOUD_SHARE,
                    cost(months, "cost-of-revenue", "cloud-credit").divide(cogs, MC), side);
        }
        // No customer churned in these months (Customers.csv), so LTV has no finite value.
        assertThat(sum(months, "Churned").signum()).isZero();
        assertThat(p.reported(Metric.LTV).isAvailable()).isFalse();
    }

    private static void assertClose(Map<Metric, MetricValue> got, Metric m, BigDecimal expected, String side) {
        assertThat(got.get(m).value()).as(side + " " + m).isNotNull();
        assertThat(got.get(m).value().setScale(8, RoundingMode.HALF_EVEN)).as(side + " " + m)
                .isEqualByComparingTo(expected.setScale(8, RoundingMode.HALF_EVEN));
    }

    private static BigDecimal revenue(List<String> months, boolean adjusted) {
        return revenueWhere(months, r -> !adjusted || (r.get("Settlement").equals("cash")
                && !relatedGroups.contains(groupOf(r.get("Customer")))));
    }

    private static BigDecimal revenueWhere(List<String> months, java.util.function.Predicate<CSVRecord> keep) {
        return revenue.stream().filter(r -> months.contains(r.get("Date").substring(0, 7))).filter(keep)
                .map(r -> new BigDecimal(r.get("Amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Map<String, BigDecimal> byGroup(List<String> months, boolean adjusted) {
        Map<String, BigDecimal> out = new HashMap<>();
        for (CSVRecord r : revenue) {
            if (months.contains(r.get("Date").substring(0, 7))) {
                String group = groupOf(r.get("Customer"));
                boolean kept = !adjusted || (r.get("Settlement").equals("cash") && !relatedGroups.contains(group));
                out.merge(group, kept ? new BigDecimal(r.get("Amount")) : BigDecimal.ZERO, BigDecimal::add);
            }
        }
        return out;
    }

    private static BigDecimal cost(List<String> months, String category, String paidWith) {
        return costs.stream().filter(r -> months.contains(r.get("Month")))
                .filter(r -> category == null || r.get("Category").equals(category))
                .filter(r -> paidWith == null || r.get("Paid With").equals(paidWith))
                .map(r -> new BigDecimal(r.get("Amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal sum(List<String> months, String column) {
        return months.stream().map(m -> new BigDecimal(customers.get(m).get(column))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String groupOf(String customer) {
        String listed = groupOfListedName.get(customer);
        return listed != null ? listed : firstWord(customer);
    }

    private static String firstWord(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return plain.split("[^a-z0-9]+")[0];
    }

    private static List<CSVRecord> csv(String sheet) throws IOException {
        try (Reader in = Files.newBufferedReader(FOLDER.resolve(sheet + ".csv"))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}

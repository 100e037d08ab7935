package io.haircut;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.coverage.Basis;
import io.haircut.coverage.Coverage;
import io.haircut.coverage.CoverageOptions;
import io.haircut.coverage.CoverageReport;
import io.haircut.coverage.CoverageYear;
import io.haircut.coverage.Scenario;
import io.haircut.coverage.Scenarios;
import io.haircut.rules.applied.AdjustedLedger;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The frontier-ai sample's coverage (the README's table), checked against figures this test works out
 * from the sample's CSV rows itself: the LTM of third-party cash revenue (May 2025 to April 2026, its own
 * name matching), the commitments by year, the last Cash row.
 */
class SampleCoverageTest {

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final Path FOLDER = Path.of("samples", "frontier-ai");

    private static AdjustedLedger adjusted;
    private static BigDecimal ltmAdjusted = BigDecimal.ZERO;
    private static BigDecimal ltmReported = BigDecimal.ZERO;
    /** Third-party cash revenue of January to April 2026 (the base year's actual months) and of April 2026 alone. */
    private static BigDecimal actual2026 = BigDecimal.ZERO;
    private static BigDecimal april2026 = BigDecimal.ZERO;
    private static final Map<String, BigDecimal> ltmByCustomer = new HashMap<>();
    private static final Map<Integer, BigDecimal> commitments = new TreeMap<>();
    private static BigDecimal cashAndCredits;

    @BeforeAll
    static void workItOut() throws IOException {
        adjusted = Adjuster.apply(LedgerImporter.importPath(Path.of("samples", "frontier-ai.xlsx")).ledger(), RuleFiles.load(Path.of("rules")));
        Set<String> related = relatedNames();
        for (CSVRecord r : csv("Revenue.csv")) {
            if (r.get("Date").compareTo("2025-05") < 0) {
                continue; // the last twelve months run 2025-05 .. 2026-04, the sample's last month
            }
            BigDecimal amount = new BigDecimal(r.get("Amount"));
            ltmReported = ltmReported.add(amount);
            if (r.get("Settlement").equals("cash") && !related.contains(simplify(r.get("Customer")))) {
                ltmAdjusted = ltmAdjusted.add(amount);
                if (r.get("Date").startsWith("2026-")) {
                    actual2026 = actual2026.add(amount);
                }
                if (r.get("Date").startsWith("2026-04")) {
                    april2026 = april2026.add(amount);
                }
                ltmByCustomer.merge(simplify(r.get("Customer")), amount, BigDecimal::add);
            }
        }
        for (CSVRecord r : csv("Commitments.csv")) {
            commitments.merge(Integer.parseInt(r.get("Year")), new BigDecimal(r.get("Amount")), BigDecimal::add);
        }
        List<CSVRecord> cash = csv("Cash.csv");
        CSVRecord last = cash.get(cash.size() - 1);
        assertThat(last.get("Month")).isEqualTo("2026-04");
        cashAndCredits = new BigDecimal(last.get("Cash Balance")).add(new BigDecimal(last.get("Unused Credits")));
    }

    /** 2026's revenue: its four actual months plus the other eight at April's run rate (April x 12 / 12 a month). */
    private static BigDecimal revenue2026() {
        return actual2026.add(april2026.multiply(BigDecimal.valueOf(8)));
    }

    @Test
    void theDefaultScenariosOnTheSample() {
        assertThat(commitments).containsOnlyKeys(2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035);
        BigDecimal base = revenue2026();
        for (Scenario s : Scenarios.DEFAULTS.all()) {
            CoverageReport r = Coverage.of(adjusted, s, CoverageOptions.bindingOnly());
            assertThat(r.baseYear()).isEqualTo(2026);
            assertThat(r.ltm().revenue()).isEqualByComparingTo(ltmAdjusted);
            assertThat(r.years()).extracting(CoverageYear::year).containsExactlyElementsOf(commitments.keySet());
            // Only what comes after April 2026 counts cumulatively: the eight months of revenue still to come in
            // 2026, and 8 / 12 of 2026's commitment (spent evenly through the year).
            BigDecimal cumulativeRevenue = BigDecimal.ZERO;
            BigDecimal cumulativeCommitments = BigDecimal.ZERO;
            Integer firstShortfall = null;
            for (CoverageYear y : r.years()) {
                // 2026's revenue x (1 + g)^(y - 2026), then the ratios of docs/methodology.md, "Commitment coverage".
                BigDecimal projected = base.multiply(BigDecimal.ONE.add(s.growth()).pow(y.year() - 2026), MC);
                BigDecimal committed = commitments.get(y.year());
                boolean first = y.year() == 2026;
                cumulativeRevenue = cumulativeRevenue.add(first ? projected.subtract(actual2026) : projected);
                cumulativeCommitments = cumulativeCommitments.add(first
                        ? committed.multiply(BigDecimal.valueOf(8)).divide(BigDecimal.valueOf(12), MC) : committed);
                assertThat(y.commitments()).isEqualByComparingTo(committed);
                assertThat(cents(y.projectedRevenue())).isEqualTo(cents(projected));
                assertThat(four(y.revenueCoverage())).isEqualTo(four(projected.divide(committed, MC)));
                assertThat(four(y.cumulativeCoverage()))
                        .isEqualTo(four(cashAndCredits.add(cumulativeRevenue).divide(cumulativeCommitments, MC)));
                if (firstShortfall == null && projected.compareTo(committed) < 0) {
                    firstShortfall = y.year();
                }
            }
            assertThat(r.firstShortfallYear()).isEqualTo(java.util.Optional.ofNullable(firstShortfall));
        }
        // January to April 2026 are about $5.6B and April's run rate about $26.5B a year: 2026's revenue (about
        // $23.2B) is over its $20B commitment, which the LTM (about $8.8B) never was.
        assertThat(base).isGreaterThan(commitments.get(2026));
        assertThat(ltmAdjusted).isLessThan(commitments.get(2026));
    }

    @Test
    void breakEvenPlugsBackIn() {
        CoverageReport r = Coverage.of(adjusted, Scenarios.DEFAULTS.named("base").orElseThrow(), CoverageOptions.bindingOnly());
        BigDecimal g = r.breakEvenGrowth().orElseThrow();
        assertThat(covers(g)).isTrue();
        assertThat(covers(g.subtract(new BigDecimal("0.0001")))).isFalse();
    }

    private static boolean covers(BigDecimal g) {
        return commitments.entrySet().stream().allMatch(e ->
                revenue2026().multiply(BigDecimal.ONE.add(g).pow(e.getKey() - 2026), MC).compareTo(e.getValue()) >= 0);
    }

    @Test
    void withoutTheTopCustomerAndOnReportedRevenue() {
        // The test's largest third-party customer over the LTM, spellings merged by its own simplification.
        Map.Entry<String, BigDecimal> top = ltmByCustomer.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        assertThat(top.getKey()).isEqualTo("globex");
        CoverageReport noTop = Coverage.of(adjusted, new Scenario("no-top", new BigDecimal("0.4"), BigDecimal.ZERO, true, Basis.ADJUSTED),
                CoverageOptions.bindingOnly());
        assertThat(simplify(noTop.ltm().removedGroup())).isEqualTo("globex");
        assertThat(noTop.ltm().removedAmount()).isEqualByComparingTo(top.getValue());
        assertThat(noTop.ltm().revenue()).isEqualByComparingTo(ltmAdjusted.subtract(top.getValue()));

        CoverageReport reported = Coverage.of(adjusted, new Scenario("reported", new BigDecimal("0.4"), BigDecimal.ZERO, false, Basis.REPORTED),
                CoverageOptions.bindingOnly());
        assertThat(reported.ltm().revenue()).isEqualByComparingTo(ltmReported);
    }

    /** Names of every investor or affiliate row and their groups, simplified: the sample's related parties. */
    private static Set<String> relatedNames() throws IOException {
        Map<String, Boolean> groupRelated = new HashMap<>();
        List<CSVRecord> rows = csv("Parties.csv");
        rows.forEach(r -> groupRelated.merge(r.get("Group"), Set.of("investor", "affiliate").contains(r.get("Relationship")), Boolean::logicalOr));
        Set<String> names = new HashSet<>();
        for (CSVRecord r : rows) {
            if (groupRelated.get(r.get("Group"))) {
                names.add(simplify(r.get("Name")));
                names.add(simplify(r.get("Group")));
            }
        }
        return names;
    }

    /** The test's own "same company": lower case, no dots or commas, no trailing legal form. */
    private static String simplify(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace(".", "").replace(",", " ").trim().replaceAll("\\s+", " ");
        String previous;
        do {
            previous = s;
            s = s.replaceAll(" (inc|llc|ltd|gmbh|sarl|sa|corp|corporation|plc)$", "");
        } while (!s.equals(previous));
        return s;
    }

    private static String cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String four(BigDecimal v) {
        return v.setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static List<CSVRecord> csv(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(FOLDER.resolve(file))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}

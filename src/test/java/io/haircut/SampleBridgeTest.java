package io.haircut;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.bridge.Bridges;
import io.haircut.bridge.RevenueBridge;
import io.haircut.ledger.Granularity;
import io.haircut.rules.Adjuster;
import io.haircut.rules.RuleFiles;
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
 * sample's CSV rows (its own name matching, not haircut's).
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
        RuleSet rules = RuleFiles.load(Path.of("rules"));

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
        assertThat(b.reported()).isEqualByComparingTo(e.reported());
        assertThat(b.cashSteps().get(0).amount()).isEqualByComparingTo(e.credit().negate());
        assertThat(b.cashSteps().get(0).entries()).isEqualTo(e.creditEntries());
        assertThat(b.cash()).isEqualByComparingTo(e.reported().subtract(e.credit()));
        assertThat(b.adjustedSteps().get(0).amount()).isEqualByComparingTo(e.related().negate());
        assertThat(b.adjustedSteps().get(0).entries()).isEqualTo(e.relatedEntries());
        assertThat(b.adjusted()).isEqualByComparingTo(e.reported().subtract(e.credit()).subtract(e.related()));
    }

    private static Expected add(Expected a, Expected b) {
        return new Expected(a.reported().add(b.reported()), a.credit().add(b.credit()), a.related().add(b.related()),
                a.creditEntries() + b.creditEntries(), a.relatedEntries() + b.relatedEntries());
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

package io.haircut.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.haircut.ledger.CounterpartyNames;
import io.haircut.ledger.Party;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.Relationship;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The committed samples can be rebuilt byte for byte, their workbooks and CSV folders agree, and
 * the figures samples/README.md states are recomputed here from the CSV files alone (through the
 * Parties sheet and {@link PartyRegister}), not taken from the generator.
 */
class SampleGeneratorTest {

    private static final Path COMMITTED = Path.of("samples");
    private static final List<String> SHEETS = List.of("Revenue", "Costs", "Customers", "Funding", "Commitments", "Parties", "Cash");
    private static final List<String> MARKETPLACES = List.of("aws-marketplace", "gcp-marketplace", "azure-marketplace");

    /** How each column must be stored in the workbook. */
    private enum Kind { TEXT, DATE, AMOUNT, INTEGER }

    private static final Map<String, Map<String, Kind>> LAYOUT = layout();

    @TempDir
    static Path regenerated;

    @BeforeAll
    static void regenerate() throws IOException {
        SampleGenerator.generate(regenerated);
    }

    // ---- rebuildable and consistent --------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"frontier-ai", "clean-saas"})
    void csvFilesAreByteIdenticalToTheCommittedOnes(String stem) throws IOException {
        assertThat(fileNames(regenerated.resolve(stem))).isEqualTo(fileNames(COMMITTED.resolve(stem)));
        for (String name : fileNames(COMMITTED.resolve(stem))) {
            assertThat(Files.mismatch(regenerated.resolve(stem).resolve(name), COMMITTED.resolve(stem).resolve(name)))
                    .as(stem + "/" + name + ": first differing byte (-1 means identical)")
                    .isEqualTo(-1L);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"frontier-ai", "clean-saas"})
    void committedWorkbookHoldsTheCsvValues(String stem) throws IOException {
        assertWorkbookMatchesCsv(COMMITTED.resolve(stem + ".xlsx"), COMMITTED.resolve(stem));
    }

    @ParameterizedTest
    @ValueSource(strings = {"frontier-ai", "clean-saas"})
    void regeneratedWorkbookHoldsTheCsvValues(String stem) throws IOException {
        assertWorkbookMatchesCsv(regenerated.resolve(stem + ".xlsx"), COMMITTED.resolve(stem));
    }

    @ParameterizedTest
    @ValueSource(strings = {"frontier-ai", "clean-saas"})
    void csvFilesFollowTheCanonicalForm(String stem) throws IOException {
        for (String sheet : SHEETS) {
            byte[] bytes = Files.readAllBytes(COMMITTED.resolve(stem).resolve(sheet + ".csv"));
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).as(sheet + " has no BOM").doesNotStartWith("\uFEFF");
            assertThat(text).as(sheet + " uses \\n line ends").doesNotContain("\r").endsWith("\n");
            assertThat(text.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", LAYOUT.get(sheet).keySet()));
            for (CSVRecord r : records(stem, sheet)) {
                LAYOUT.get(sheet).forEach((header, kind) -> {
                    String value = r.get(header);
                    String where = stem + "/" + sheet + ".csv line " + r.getRecordNumber() + " " + header;
                    switch (kind) {
                        case DATE -> assertThat(value).as(where).matches("\\d{4}-\\d{2}-\\d{2}");
                        case AMOUNT -> assertThat(value).as(where).matches("\\d+\\.\\d{2}");
                        case INTEGER -> assertThat(value).as(where).matches("\\d+");
                        case TEXT -> assertThat(value).as(where).isNotBlank();
                    }
                });
            }
        }
    }

    @Test
    void theMessyVariantIsRebuiltIdentically() throws IOException {
        Path committed = COMMITTED.resolve(FrontierAiMessy.FOLDER);
        Path fresh = regenerated.resolve(FrontierAiMessy.FOLDER);
        assertThat(fileNames(fresh)).isEqualTo(fileNames(committed))
                .containsExactly(FrontierAiMessy.BILLING, FrontierAiMessy.WORKBOOK, FrontierAiMessy.MAPPING);
        for (String name : List.of(FrontierAiMessy.BILLING, FrontierAiMessy.MAPPING)) {
            assertThat(Files.mismatch(fresh.resolve(name), committed.resolve(name))).as(name + ": first differing byte").isEqualTo(-1L);
        }
        assertThat(cells(fresh.resolve(FrontierAiMessy.WORKBOOK))).isEqualTo(cells(committed.resolve(FrontierAiMessy.WORKBOOK)));
    }

    @Test
    void theMessyBillingExportHoldsTheCanonicalRevenueRows() throws IOException {
        List<CSVRecord> canonical = records("frontier-ai", "Revenue");
        List<CSVRecord> billing;
        // The export starts with a byte-order mark, as Excel's "CSV UTF-8" writes it.
        try (Reader in = Files.newBufferedReader(COMMITTED.resolve(FrontierAiMessy.FOLDER).resolve(FrontierAiMessy.BILLING), StandardCharsets.UTF_8)) {
            assertThat(in.read()).isEqualTo('\uFEFF');
            billing = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertThat(billing.get(0).getParser().getHeaderNames()).hasSize(20);
        assertThat(billing).hasSize(canonical.size() + 1); // and a Total row
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < canonical.size(); i++) {
            CSVRecord b = billing.get(i);
            CSVRecord c = canonical.get(i);
            BigDecimal amount = new BigDecimal(b.get("Net Amount").replace("$", "").replace(",", ""));
            assertThat(amount).as("row " + (i + 2)).isEqualByComparingTo(c.get("Amount"));
            assertThat(b.get("Bill-to Name")).isEqualTo(c.get("Customer"));
            assertThat(b.get("Invoice ID")).isEqualTo(c.get("Invoice"));
            // MM/DD/YYYY against yyyy-mm-dd
            String d = b.get("Invoice Date");
            assertThat(d.substring(6) + "-" + d.substring(0, 2) + "-" + d.substring(3, 5)).isEqualTo(c.get("Date"));
            sum = sum.add(amount);
        }
        assertThat(sum).isEqualByComparingTo("10802729880.11");
        assertThat(billing.get(canonical.size()).get("Bill-to Name")).isEqualTo("Total");
        assertThat(billing.get(canonical.size()).get("Net Amount")).isEqualTo("$10,802,729,880.11");
    }

    // ---- the README's totals -------------------------------------------------------------

    @Test
    void frontierTotalsAreTheOnesTheReadmeStates() throws IOException {
        Totals t = totals("frontier-ai");
        assertThat(t.entries()).isEqualTo(14_329);
        assertThat(t.reported()).isEqualByComparingTo("10802729880.11");
        assertThat(t.credit()).isEqualByComparingTo("896634299.57");
        assertThat(t.related()).isEqualByComparingTo("694601868.55");
        assertThat(t.overlap()).isEqualByComparingTo("302355425.74");
        assertThat(t.thirdPartyCash()).isEqualByComparingTo("9513849137.73");
        assertReadmeStates(t);
    }

    @Test
    void cleanSaasTotalsAreTheOnesTheReadmeStates() throws IOException {
        Totals t = totals("clean-saas");
        assertThat(t.entries()).isEqualTo(497);
        assertThat(t.reported()).isEqualByComparingTo("2892390.04");
        assertThat(t.credit()).isZero();
        assertThat(t.related()).isZero();
        assertThat(t.overlap()).isZero();
        assertThat(t.thirdPartyCash()).isEqualByComparingTo(t.reported());
        assertReadmeStates(t);
    }

    // ---- the frontier-ai story ---------------------------------------------------------------

    @Test
    void frontierSharesAreInTheirStatedRanges() throws IOException {
        Totals t = totals("frontier-ai");
        assertThat(share(t.credit(), t.reported())).isBetween(new BigDecimal("0.07"), new BigDecimal("0.10"));
        assertThat(share(t.related(), t.reported())).isBetween(new BigDecimal("0.05"), new BigDecimal("0.08"));
        assertThat(share(t.overlap(), t.reported())).isBetween(new BigDecimal("0.01"), new BigDecimal("0.05"));
    }

    @Test
    void frontierMonthlyRevenueFollowsThePublicRunRatePath() throws IOException {
        Map<String, BigDecimal> byMonth = new TreeMap<>();
        for (CSVRecord r : records("frontier-ai", "Revenue")) {
            byMonth.merge(r.get("Date").substring(0, 7), new BigDecimal(r.get("Amount")), BigDecimal::add);
        }
        assertThat(byMonth).hasSize(19);
        // Run-rate = month x 12; anchors of docs/methodology.md, "Public figures in the samples", Oct 2024 assumed.
        Map<String, String> anchors = Map.of("2024-10", "0.8e9", "2024-12", "1e9", "2025-08", "5e9",
                "2025-12", "9e9", "2026-02", "14e9", "2026-04", "30e9");
        anchors.forEach((month, runRate) -> assertThat(byMonth.get(month).multiply(BigDecimal.valueOf(12)))
                .as(month).isCloseTo(new BigDecimal(runRate), within(new BigDecimal(runRate).movePointLeft(3))));
        List<BigDecimal> path = new ArrayList<>(byMonth.values());
        for (int i = 1; i < path.size(); i++) {
            assertThat(path.get(i)).as("revenue grows every month").isGreaterThan(path.get(i - 1));
        }
    }

    @Test
    void frontierEntriesRiseFromAboutThreeHundredToAboutFifteenHundredAMonth() throws IOException {
        Map<String, Long> counts = records("frontier-ai", "Revenue").stream()
                .collect(Collectors.groupingBy(r -> r.get("Date").substring(0, 7), TreeMap::new, Collectors.counting()));
        assertThat(counts.get("2024-10")).isBetween(250L, 350L);
        assertThat(counts.get("2026-04")).isBetween(1_400L, 1_600L);
    }

    @Test
    void frontierCreditsAreOnlySettledOnMarketplaces() throws IOException {
        for (CSVRecord r : records("frontier-ai", "Revenue")) {
            if (r.get("Settlement").equals("cloud-credit")) {
                assertThat(r.get("Channel")).as("line " + r.getRecordNumber()).isIn(MARKETPLACES);
            }
        }
    }

    @Test
    void frontierRelatedSpellingsMapToTheirGroupsAndNearMissesDoNot() throws IOException {
        PartyRegister register = register("frontier-ai");
        Set<String> customers = records("frontier-ai", "Revenue").stream().map(r -> r.get("Customer")).collect(Collectors.toSet());
        Set<String> listed = records("frontier-ai", "Parties").stream().map(r -> r.get("Name")).collect(Collectors.toSet());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Amazon Web Services, Inc.", "Amazon");
        expected.put("AWS EMEA SARL", "Amazon");
        expected.put("Amazon.com Services LLC", "Amazon");
        expected.put("amazon web services inc", "Amazon");
        expected.put("Google LLC", "Google");
        expected.put("Google Cloud EMEA Ltd", "Google");
        expected.put("Alphabet Inc.", "Google");
        expected.put("Microsoft Corporation", "Microsoft");
        expected.put("Microsoft Ireland Operations Ltd", "Microsoft");
        expected.put("NVIDIA Corporation", "Nvidia");
        expected.put("Nvidia Corp.", "Nvidia");
        expected.put("Zephyr Robotics GmbH", "Zephyr Robotics");
        expected.put("Zephyr Robotics, Inc.", "Zephyr Robotics");
        expected.forEach((spelling, group) -> {
            assertThat(customers).as("used on invoices").contains(spelling);
            assertThat(register.groupOf(spelling)).as(spelling).hasValueSatisfying(g -> {
                assertThat(g.name()).isEqualTo(group);
                assertThat(g.isRelated()).isTrue();
            });
        });
        // These match only after normalisation: the case the matcher exists for.
        assertThat(listed).doesNotContain("amazon web services inc", "Nvidia Corp.", "Zephyr Robotics, Inc.");
        Set<String> unrelated = new HashSet<>(customers);
        unrelated.removeAll(expected.keySet());
        for (String customer : unrelated) {
            assertThat(register.groupOf(customer).filter(PartyRegister.Group::isRelated)).as(customer).isEmpty();
        }
        assertThat(unrelated).contains("Amazonia Analytics Ltd", "Googolplex Media Inc.", "GLOBEX CORP.", "Globex Corporation");
        assertThat(register.groupOf("Northwind Cloud Resellers")).hasValueSatisfying(g -> assertThat(g.relationships()).containsOnly(Relationship.OTHER));
        assertThat(register.investorGroups()).isEqualTo(4);
        assertThat(groupKeys(register, unrelated)).hasSize(60);
    }

    @Test
    void frontierInvestorsOnTheFundingSheetAreInvestorGroups() throws IOException {
        PartyRegister register = register("frontier-ai");
        for (CSVRecord r : records("frontier-ai", "Funding")) {
            assertThat(register.groupOf(r.get("Investor"))).as(r.get("Investor"))
                    .hasValueSatisfying(g -> assertThat(g.relationships()).contains(Relationship.INVESTOR));
        }
    }

    // ---- the clean-saas story -----------------------------------------------------------------

    @Test
    void cleanSaasIsDirectCashFromUnrelatedCustomers() throws IOException {
        PartyRegister register = register("clean-saas");
        List<CSVRecord> revenue = records("clean-saas", "Revenue");
        Set<String> customers = revenue.stream().map(r -> r.get("Customer")).collect(Collectors.toSet());
        assertThat(revenue).allSatisfy(r -> {
            assertThat(r.get("Settlement")).isEqualTo("cash");
            assertThat(r.get("Channel")).isEqualTo("direct");
        });
        assertThat(customers).allSatisfy(c -> assertThat(register.groupOf(c)).as(c).isEmpty());
        assertThat(groupKeys(register, customers)).hasSizeBetween(35, 45);
        Set<String> normalisedCustomers = customers.stream().map(CounterpartyNames::normalise).collect(Collectors.toSet());
        for (CSVRecord f : records("clean-saas", "Funding")) {
            assertThat(normalisedCustomers).as("the VC is not a customer").doesNotContain(CounterpartyNames.normalise(f.get("Investor")));
        }
        assertThat(records("clean-saas", "Parties")).singleElement().satisfies(p -> assertThat(p.get("Relationship")).isEqualTo("other"));
    }

    // ---- sheets that must agree with the ledger -----------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"frontier-ai", "clean-saas"})
    void customersSheetCountsTheGroupsThatInvoiced(String stem) throws IOException {
        PartyRegister register = register(stem);
        Map<String, Set<String>> groupsByMonth = new TreeMap<>();
        for (CSVRecord r : records(stem, "Revenue")) {
            groupsByMonth.computeIfAbsent(r.get("Date").substring(0, 7), m -> new HashSet<>())
                    .addAll(groupKeys(register, Set.of(r.get("Customer"))));
        }
        List<CSVRecord> sheet = records(stem, "Customers");
        List<String> months = new ArrayList<>(groupsByMonth.keySet());
        assertThat(sheet.stream().map(r -> r.get("Month")).toList()).isEqualTo(months);
        Set<String> seen = new HashSet<>(groupsByMonth.get(months.get(0)));
        assertThat(Long.parseLong(sheet.get(0).get("Active"))).isEqualTo(seen.size());
        // New and churned need the month before, so the first month is checked for Active only.
        for (int i = 1; i < months.size(); i++) {
            Set<String> now = groupsByMonth.get(months.get(i));
            Set<String> before = groupsByMonth.get(months.get(i - 1));
            long added = now.stream().filter(g -> !seen.contains(g)).count();
            long churned = before.stream().filter(g -> !now.contains(g)).count();
            CSVRecord row = sheet.get(i);
            assertThat(Long.parseLong(row.get("Active"))).as(months.get(i)).isEqualTo(now.size());
            assertThat(Long.parseLong(row.get("New"))).as(months.get(i)).isEqualTo(added);
            assertThat(Long.parseLong(row.get("Churned"))).as(months.get(i)).isEqualTo(churned);
            seen.addAll(now);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"frontier-ai", "clean-saas"})
    void cashSheetMovesWithTheLedger(String stem) throws IOException {
        Map<String, BigDecimal[]> flows = new TreeMap<>(); // month -> {cash in/out, credits in/out}
        for (CSVRecord r : records(stem, "Revenue")) {
            flow(flows, r.get("Date").substring(0, 7), r.get("Settlement"), new BigDecimal(r.get("Amount")));
        }
        for (CSVRecord r : records(stem, "Costs")) {
            flow(flows, r.get("Month"), r.get("Paid With"), new BigDecimal(r.get("Amount")).negate());
        }
        for (CSVRecord r : records(stem, "Funding")) {
            if (r.get("Status").equals("binding")) {
                flow(flows, r.get("Date").substring(0, 7), r.get("Form"), new BigDecimal(r.get("Amount")));
            }
        }
        List<CSVRecord> cash = records(stem, "Cash");
        for (int i = 1; i < cash.size(); i++) {
            CSVRecord now = cash.get(i);
            CSVRecord before = cash.get(i - 1);
            BigDecimal[] f = flows.get(now.get("Month"));
            assertThat(new BigDecimal(now.get("Cash Balance")).subtract(new BigDecimal(before.get("Cash Balance"))))
                    .as(now.get("Month") + " cash").isEqualByComparingTo(f[0]);
            assertThat(new BigDecimal(now.get("Unused Credits")).subtract(new BigDecimal(before.get("Unused Credits"))))
                    .as(now.get("Month") + " credits").isEqualByComparingTo(f[1]);
        }
        assertThat(cash).allSatisfy(r -> assertThat(new BigDecimal(r.get("Cash Balance"))).isPositive());
    }

    // ---- helpers ------------------------------------------------------------------------------

    private record Totals(String stem, long entries, BigDecimal reported, BigDecimal credit, BigDecimal related, BigDecimal overlap) {

        /** Reported less credit-settled less related-party, the overlap counted once (the first rule that strips it wins). */
        BigDecimal thirdPartyCash() {
            return reported.subtract(credit).subtract(related).add(overlap);
        }
    }

    /** The four README figures from the CSV files: related means the customer maps to an investor or affiliate group. */
    private static Totals totals(String stem) throws IOException {
        PartyRegister register = register(stem);
        List<CSVRecord> revenue = records(stem, "Revenue");
        BigDecimal reported = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        BigDecimal related = BigDecimal.ZERO;
        BigDecimal overlap = BigDecimal.ZERO;
        for (CSVRecord r : revenue) {
            BigDecimal amount = new BigDecimal(r.get("Amount"));
            boolean inCredits = r.get("Settlement").equals("cloud-credit");
            boolean isRelated = register.groupOf(r.get("Customer")).filter(PartyRegister.Group::isRelated).isPresent();
            reported = reported.add(amount);
            credit = inCredits ? credit.add(amount) : credit;
            related = isRelated ? related.add(amount) : related;
            overlap = inCredits && isRelated ? overlap.add(amount) : overlap;
        }
        return new Totals(stem, revenue.size(), reported, credit, related, overlap);
    }

    /** The README's totals table row for the sample, with the figures as it prints them. */
    private static void assertReadmeStates(Totals t) throws IOException {
        String readme = Files.readString(COMMITTED.resolve("README.md"), StandardCharsets.UTF_8);
        String row = "| " + t.stem() + " | " + String.format(Locale.ROOT, "%,d", t.entries()) + " | " + String.join(" | ",
                Stream.of(t.reported(), t.credit(), t.related(), t.overlap(), t.thirdPartyCash()).map(SampleGeneratorTest::dollars).toList()) + " |";
        assertThat(readme).contains(row);
    }

    private static String dollars(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, 6, RoundingMode.HALF_EVEN);
    }

    /** A customer's group: the register's group when listed, else its normalised name. */
    private static Set<String> groupKeys(PartyRegister register, Set<String> customers) {
        return customers.stream()
                .map(c -> register.groupOf(c).map(g -> "group:" + g.name()).orElse(CounterpartyNames.normalise(c)))
                .collect(Collectors.toSet());
    }

    private static void flow(Map<String, BigDecimal[]> flows, String month, String form, BigDecimal amount) {
        BigDecimal[] f = flows.computeIfAbsent(month, m -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        int slot = form.equals("cash") ? 0 : 1;
        f[slot] = f[slot].add(amount);
    }

    private static PartyRegister register(String stem) throws IOException {
        return new PartyRegister(records(stem, "Parties").stream()
                .map(r -> new Party(r.get("Name"), r.get("Group"), Relationship.parse(r.get("Relationship")).orElseThrow(), null))
                .toList());
    }

    private static List<CSVRecord> records(String stem, String sheet) throws IOException {
        try (Reader in = Files.newBufferedReader(COMMITTED.resolve(stem).resolve(sheet + ".csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return parser.getRecords();
        }
    }

    /** Every cell of a workbook as "sheet!A1 value" (formulas with their saved result), for comparing two builds. */
    private static List<String> cells(Path xlsx) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        String value = cell.getCellType() == CellType.FORMULA
                                ? "=" + cell.getCellFormula() + " -> " + cell.getCachedFormulaResultType() + " " + cachedText(cell)
                                : cell.toString();
                        out.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + value);
                    }
                }
            }
        }
        return out;
    }

    private static String cachedText(org.apache.poi.ss.usermodel.Cell cell) {
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> Double.toString(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            default -> "";
        };
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every sheet of the workbook, cell by cell, equals its CSV file, and each cell has its column's type. */
    private static void assertWorkbookMatchesCsv(Path xlsx, Path csvDir) throws IOException {
        // Read from a stream: opening the File itself could let POI rewrite it.
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).isEqualTo(SHEETS);
            for (String name : SHEETS) {
                Sheet sheet = wb.getSheet(name);
                List<String> headers = new ArrayList<>(LAYOUT.get(name).keySet());
                List<List<String>> fromCsv = new ArrayList<>();
                try (CSVParser parser = CSVFormat.DEFAULT.parse(Files.newBufferedReader(csvDir.resolve(name + ".csv"), StandardCharsets.UTF_8))) {
                    parser.forEach(r -> fromCsv.add(r.toList()));
                }
                assertThat(sheet.getLastRowNum() + 1).as(name + " rows").isEqualTo(fromCsv.size());
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> values = new ArrayList<>();
                    for (int c = 0; c < headers.size(); c++) {
                        org.apache.poi.ss.usermodel.Cell cell = row.getCell(c);
                        values.add(r == 0 ? cell.getStringCellValue() : text(cell, LAYOUT.get(name).get(headers.get(c)), xlsx + "!" + name + "!" + cell.getAddress()));
                    }
                    assertThat(row.getLastCellNum()).isEqualTo((short) headers.size());
                    assertThat(values).as(name + " row " + (r + 1)).isEqualTo(fromCsv.get(r));
                }
            }
        }
    }

    /** A workbook cell in its CSV form, after checking it is stored as its column's kind. */
    private static String text(org.apache.poi.ss.usermodel.Cell cell, Kind kind, String where) {
        if (kind == Kind.TEXT) {
            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.STRING);
            return cell.getStringCellValue();
        }
        assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
        return switch (kind) {
            case DATE -> {
                assertThat(DateUtil.isCellDateFormatted(cell)).as(where + " is a date cell").isTrue();
                assertThat(cell.getCellStyle().getDataFormatString()).as(where).isEqualTo("yyyy-mm-dd");
                yield cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            // The double Excel stores is within a millionth of the cents value: rounding recovers it exactly.
            case AMOUNT -> new BigDecimal(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
            case INTEGER -> new BigDecimal(cell.getNumericCellValue()).toBigIntegerExact().toString();
            case TEXT -> throw new IllegalStateException("handled above");
        };
    }

    private static Map<String, Map<String, Kind>> layout() {
        Map<String, Map<String, Kind>> layout = new LinkedHashMap<>();
        layout.put("Revenue", columns("Date", Kind.DATE, "Customer", Kind.TEXT, "Channel", Kind.TEXT, "Settlement", Kind.TEXT,
                "Amount", Kind.AMOUNT, "Invoice", Kind.TEXT, "Product", Kind.TEXT, "Currency", Kind.TEXT));
        layout.put("Costs", columns("Month", Kind.TEXT, "Category", Kind.TEXT, "Amount", Kind.AMOUNT, "Paid With", Kind.TEXT));
        layout.put("Customers", columns("Month", Kind.TEXT, "Active", Kind.INTEGER, "New", Kind.INTEGER, "Churned", Kind.INTEGER));
        layout.put("Funding", columns("Date", Kind.DATE, "Investor", Kind.TEXT, "Amount", Kind.AMOUNT, "Form", Kind.TEXT, "Status", Kind.TEXT));
        layout.put("Commitments", columns("Vendor", Kind.TEXT, "Year", Kind.INTEGER, "Amount", Kind.AMOUNT, "Status", Kind.TEXT));
        layout.put("Parties", columns("Name", Kind.TEXT, "Group", Kind.TEXT, "Relationship", Kind.TEXT));
        layout.put("Cash", columns("Month", Kind.TEXT, "Cash Balance", Kind.AMOUNT, "Unused Credits", Kind.AMOUNT));
        return layout;
    }

    private static Map<String, Kind> columns(Object... headerAndKind) {
        Map<String, Kind> columns = new LinkedHashMap<>();
        for (int i = 0; i < headerAndKind.length; i += 2) {
            columns.put((String) headerAndKind[i], (Kind) headerAndKind[i + 1]);
        }
        return columns;
    }
}

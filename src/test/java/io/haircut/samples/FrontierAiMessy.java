package io.haircut.samples;

import io.haircut.samples.Books.Commitment;
import io.haircut.samples.Books.Cost;
import io.haircut.samples.Books.Funding;
import io.haircut.samples.Books.Invoice;
import io.haircut.samples.Books.PartyRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The frontier-ai books as a data room really holds them (samples/README.md, "frontier-ai-messy"): a
 * workbook with a cover sheet, a monthly P&L with months across in USD thousands under a title block
 * (totals as live formulas), a KPI sheet with month-end dates across, a funding table pasted from a
 * deck in $M, commitments by year in $ billions and a related-party register with its own headers; plus
 * the billing system's revenue export (20 columns, its own names, US dates, "$1,234.56"), and the
 * mapping file that says what the billing system's channel, payment and status words mean.
 *
 * <p>Every figure is the canonical sample's, re-expressed: thousands keep five decimals and millions
 * eight, so no cent is lost (1,234,567.89 dollars is 1,234.56789 thousand).
 */
final class FrontierAiMessy {

    static final String FOLDER = "frontier-ai-messy";
    static final String BILLING = "billing-export.csv";
    static final String WORKBOOK = "financials.xlsx";
    static final String MAPPING = "mapping.yaml";

    /** The billing system's 20 columns: five matter to haircut (date, customer, channel, payment method, net amount), plus invoice and product. */
    static final List<String> BILLING_HEADERS = List.of("Invoice ID", "Invoice Date", "Due Date", "Bill-to Name", "Bill-to Country",
            "Sales Channel", "Payment Method", "Net Amount", "Tax", "Gross Amount", "Currency", "Status", "Product", "Plan", "Seats",
            "Sales Rep", "Region", "PO Number", "Memo", "Created At");

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final List<String> REPS = List.of("A. Rivera", "B. Chen", "C. Okafor", "D. Novak", "E. Haddad");

    static final String MAPPING_TEXT = """
            # What the messy Frontier AI data room's own words mean (samples/README.md, "frontier-ai-messy").
            # haircut finds the tables, headers, P&L lines and units itself (see: inspect); it cannot know what a
            # billing system means by "Direct sales" or a deck by "Up to (milestones)", so this file says.
            #
            #   import samples/frontier-ai-messy/financials.xlsx samples/frontier-ai-messy/billing-export.csv --mapping samples/frontier-ai-messy/mapping.yaml
            company: frontier-ai
            values:
              channel:
                Direct sales: direct
                API (self-serve): api
                AWS Marketplace: aws-marketplace
                Google Cloud Marketplace: gcp-marketplace
                Azure Marketplace: azure-marketplace
              settlement:
                Wire: cash
                ACH: cash
                Card: cash
                AWS Credits: cloud-credit
                GCP Credits: cloud-credit
                Azure Credits: cloud-credit
              status:
                Committed: binding
                Up to (milestones): contingent
            """;

    private FrontierAiMessy() {
    }

    static void write(Books books, Path dir) throws IOException {
        Files.createDirectories(dir);
        writeBilling(books, dir.resolve(BILLING));
        Files.write(dir.resolve(WORKBOOK), SampleWriter.pinZipTimes(workbook(books)));
        Files.writeString(dir.resolve(MAPPING), MAPPING_TEXT, StandardCharsets.UTF_8);
    }

    /** The invoices in the canonical sample's order and numbering (by date, stable). */
    static List<Invoice> sorted(Books books) {
        List<Invoice> sorted = new ArrayList<>(books.revenue());
        sorted.sort(Comparator.comparing(Invoice::date));
        return sorted;
    }

    // ---- the billing export ------------------------------------------------------------------

    /** UTF-8 with a BOM and CRLF line ends, as Excel's "CSV UTF-8" saves; a Total row at the end. */
    static void writeBilling(Books books, Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();
        try (OutputStream bytes = Files.newOutputStream(file);
             Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, format)) {
            out.write('\uFEFF');
            printer.printRecord(BILLING_HEADERS);
            List<Invoice> sorted = sorted(books);
            long total = 0;
            for (int n = 0; n < sorted.size(); n++) {
                Invoice i = sorted.get(n);
                total += i.cents();
                String country = country(i.customer());
                String amount = dollars(i.cents());
                printer.printRecord(String.format("%s-%06d", books.invoicePrefix(), n + 1), i.date().format(US_DATE),
                        i.date().plusDays(30).format(US_DATE), i.customer(), country, channel(i.channel()), payment(i, n), amount, "$0.00",
                        amount, "USD", "Paid", i.product(), plan(i.product()), Integer.toString(1 + n % 50), REPS.get(n % REPS.size()),
                        region(country), n % 3 == 0 ? "" : "PO-" + (100000 + (n * 7919L) % 900000), n % 97 == 0 ? "renewal, annual" : "",
                        i.date() + "T09:00:00Z");
            }
            List<String> totalRow = new ArrayList<>();
            for (String h : BILLING_HEADERS) {
                totalRow.add(h.equals("Bill-to Name") ? "Total" : h.equals("Net Amount") || h.equals("Gross Amount") ? dollars(total) : "");
            }
            printer.printRecord(totalRow);
        }
    }

    private static String channel(String canonical) {
        return switch (canonical) {
            case "direct" -> "Direct sales";
            case "api" -> "API (self-serve)";
            case "aws-marketplace" -> "AWS Marketplace";
            case "gcp-marketplace" -> "Google Cloud Marketplace";
            case "azure-marketplace" -> "Azure Marketplace";
            default -> throw new IllegalArgumentException(canonical);
        };
    }

    private static String payment(Invoice i, int n) {
        if (i.settlement().equals(Books.CASH)) {
            return List.of("Wire", "ACH", "Card").get(n % 3);
        }
        return switch (i.channel()) {
            case "aws-marketplace" -> "AWS Credits";
            case "gcp-marketplace" -> "GCP Credits";
            case "azure-marketplace" -> "Azure Credits";
            default -> throw new IllegalArgumentException("credits outside a marketplace: " + i);
        };
    }

    private static String plan(String product) {
        return product.equals("Frontier API") ? "Usage" : product.replace("Frontier ", "");
    }

    /** An invented but fixed country per customer, from its name. */
    private static String country(String customer) {
        List<String> countries = List.of("US", "US", "US", "GB", "DE", "FR", "JP", "SG", "LU", "IE");
        return countries.get(Math.floorMod(customer.hashCode(), countries.size()));
    }

    private static String region(String country) {
        return switch (country) {
            case "US" -> "NA";
            case "JP", "SG" -> "APAC";
            default -> "EMEA";
        };
    }

    /** "$1,234,567.89" from cents, without a double. */
    static String dollars(long cents) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return "$" + f.format(Cents.toAmount(cents));
    }

    // ---- the workbook ---------------------------------------------------------------------------

    private static byte[] workbook(Books books) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
            Date pinned = Date.from(SampleWriter.PINNED.toInstant(ZoneOffset.UTC));
            core.setCreated(Optional.of(pinned));
            core.setModified(Optional.of(pinned));
            core.setCreator("haircut sample generator");
            core.setTitle("frontier-ai-messy (illustrative sample)");
            Styles styles = new Styles(wb);
            cover(wb);
            profitAndLoss(wb, styles, books);
            kpis(wb, styles, books);
            funding(wb, styles, books.funding());
            commitments(wb, styles, books.commitments());
            parties(wb, books.parties());
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // saved with results, as Excel saves
            wb.write(out);
            return out.toByteArray();
        }
    }

    private record Styles(CellStyle thousands, CellStyle percent, CellStyle monthDate, CellStyle date) {
        Styles(XSSFWorkbook wb) {
            this(style(wb, "#,##0.0"), style(wb, "0.0%"), style(wb, "mmm-yy"), style(wb, "d mmm yyyy"));
        }

        private static CellStyle style(XSSFWorkbook wb, String format) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            return s;
        }
    }

    private static void cover(XSSFWorkbook wb) {
        Sheet s = wb.createSheet("Cover");
        text(s, 0, 0, "Frontier AI, Inc.");
        text(s, 1, 0, "Data room: financial information");
        text(s, 2, 0, "Prepared for prospective investors. Confidential. Illustrative sample: every company and figure is invented or public (samples/README.md).");
        s.setColumnWidth(0, 256 * 60);
    }

    /** Lines of the P&L with their figures per month, in thousands (cents / 100,000). */
    private static void profitAndLoss(XSSFWorkbook wb, Styles st, Books books) {
        Sheet s = wb.createSheet("P&L");
        List<YearMonth> months = months(books);
        text(s, 0, 0, "Frontier AI, Inc. \u2014 Confidential");
        text(s, 1, 0, "Monthly profit and loss (management accounts, unaudited)");
        text(s, 2, 0, "USD in thousands");
        Row header = s.createRow(4);
        for (int m = 0; m < months.size(); m++) {
            header.createCell(1 + m).setCellValue(months.get(m).format(DateTimeFormatter.ofPattern("MMM-yy", Locale.ENGLISH)));
        }
        int fy = 1 + months.size();
        header.createCell(fy).setCellValue("FY2025");
        String first2025 = col(1 + months.indexOf(YearMonth.of(2025, 1)));
        String last2025 = col(1 + months.indexOf(YearMonth.of(2025, 12)));

        Map<YearMonth, long[]> revenue = new TreeMap<>(); // direct+api, marketplace cash, credits
        for (Invoice i : books.revenue()) {
            long[] r = revenue.computeIfAbsent(YearMonth.from(i.date()), k -> new long[3]);
            int slot = i.settlement().equals(Books.CREDIT) ? 2 : i.channel().endsWith("marketplace") ? 1 : 0;
            r[slot] += i.cents();
        }
        Map<String, Map<YearMonth, Long>> cost = new TreeMap<>();
        for (Cost c : books.costs()) {
            cost.computeIfAbsent(c.category() + "/" + c.paidWith(), k -> new TreeMap<>()).merge(c.month(), c.cents(), Long::sum);
        }
        text(s, 5, 0, "Revenue");
        line(s, st, 6, "Direct and API revenue", months, m -> revenue.get(m)[0], fy, first2025, last2025);
        line(s, st, 7, "Marketplace revenue (cash)", months, m -> revenue.get(m)[1], fy, first2025, last2025);
        line(s, st, 8, "Marketplace revenue (paid in cloud credits)", months, m -> revenue.get(m)[2], fy, first2025, last2025);
        formulas(s, st.thousands(), 9, "Total revenue", months.size() + 1, c -> "SUM(" + c + "7:" + c + "9)");
        text(s, 11, 0, "Cost of revenue");
        line(s, st, 12, "Inference compute - cash", months, m -> cost.get("cost-of-revenue/cash").get(m), fy, first2025, last2025);
        line(s, st, 13, "Inference compute - paid with cloud credits", months, m -> cost.get("cost-of-revenue/cloud-credit").get(m), fy, first2025, last2025);
        formulas(s, st.thousands(), 14, "Total cost of revenue", months.size() + 1, c -> "SUM(" + c + "13:" + c + "14)");
        formulas(s, st.thousands(), 15, "Gross profit", months.size() + 1, c -> c + "10-" + c + "15");
        formulas(s, st.percent(), 16, "Gross margin %", months.size() + 1, c -> "IF(" + c + "10=0,0," + c + "16/" + c + "10)");
        text(s, 18, 0, "Operating expenses");
        line(s, st, 19, "Research & development - cash", months, m -> cost.get("research-development/cash").get(m), fy, first2025, last2025);
        line(s, st, 20, "Research & development - cloud credits", months, m -> cost.get("research-development/cloud-credit").get(m), fy, first2025, last2025);
        line(s, st, 21, "Sales & marketing", months, m -> cost.get("sales-marketing/cash").get(m), fy, first2025, last2025);
        line(s, st, 22, "General & administrative", months, m -> cost.get("general-admin/cash").get(m), fy, first2025, last2025);
        formulas(s, st.thousands(), 23, "Total operating expenses", months.size() + 1, c -> "SUM(" + c + "20:" + c + "23)");
        formulas(s, st.thousands(), 24, "EBITDA", months.size() + 1, c -> c + "16-" + c + "24");
        text(s, 26, 0, "Revenue agrees with the billing system's export; costs from the general ledger.");
        s.setColumnWidth(0, 256 * 46);
        for (int c = 1; c <= fy; c++) {
            s.setColumnWidth(c, 256 * 14);
        }
        s.createFreezePane(1, 5);
    }

    /** A P&L line: a figure per month (thousands, five decimals), and its FY2025 total as a formula. */
    private static void line(Sheet s, Styles st, int row, String label, List<YearMonth> months,
            java.util.function.Function<YearMonth, Long> cents, int fyColumn, String first2025, String last2025) {
        Row r = s.createRow(row);
        r.createCell(0).setCellValue(label);
        for (int m = 0; m < months.size(); m++) {
            Cell c = r.createCell(1 + m);
            // The POI cell boundary: a double; 12 significant digits at most, so the stored text is exact.
            c.setCellValue(BigDecimal.valueOf(cents.apply(months.get(m)), 5).doubleValue());
            c.setCellStyle(st.thousands());
        }
        Cell fy = r.createCell(fyColumn);
        fy.setCellFormula("SUM(" + first2025 + (row + 1) + ":" + last2025 + (row + 1) + ")");
        fy.setCellStyle(st.thousands());
    }

    private static void formulas(Sheet s, CellStyle style, int row, String label, int columns, java.util.function.Function<String, String> formula) {
        Row r = s.createRow(row);
        r.createCell(0).setCellValue(label);
        for (int c = 1; c <= columns; c++) {
            Cell cell = r.createCell(c);
            cell.setCellFormula(formula.apply(col(c)));
            cell.setCellStyle(style);
        }
    }

    private static void kpis(XSSFWorkbook wb, Styles st, Books books) {
        Sheet s = wb.createSheet("KPIs");
        List<YearMonth> months = months(books);
        text(s, 0, 0, "Operating metrics");
        text(s, 1, 0, "Customers in units; cash and cloud credits in USD thousands, at month end");
        Row header = s.createRow(3);
        header.createCell(0).setCellValue("Metric");
        for (int m = 0; m < months.size(); m++) {
            Cell c = header.createCell(1 + m);
            c.setCellValue(months.get(m).atEndOfMonth());
            c.setCellStyle(st.monthDate());
        }
        Map<YearMonth, Books.Tally> tallies = new TreeMap<>();
        books.customers().forEach(t -> tallies.put(t.month(), t));
        Map<YearMonth, Books.Balance> balances = new TreeMap<>();
        books.cash().forEach(b -> balances.put(b.month(), b));
        counts(s, 4, "Active customers", months, m -> tallies.get(m).active());
        counts(s, 5, "New customers", months, m -> tallies.get(m).added());
        counts(s, 6, "Churned customers", months, m -> tallies.get(m).churned());
        Row cash = s.createRow(8);
        Row credits = s.createRow(9);
        cash.createCell(0).setCellValue("Cash balance");
        credits.createCell(0).setCellValue("Unused cloud credits");
        for (int m = 0; m < months.size(); m++) {
            Books.Balance b = balances.get(months.get(m));
            Cell c = cash.createCell(1 + m);
            c.setCellValue(BigDecimal.valueOf(b.cashCents(), 5).doubleValue()); // POI boundary, as above
            c.setCellStyle(st.thousands());
            Cell u = credits.createCell(1 + m);
            u.setCellValue(BigDecimal.valueOf(b.creditCents(), 5).doubleValue());
            u.setCellStyle(st.thousands());
        }
        s.setColumnWidth(0, 256 * 24);
    }

    private static void counts(Sheet s, int row, String label, List<YearMonth> months, java.util.function.Function<YearMonth, Long> count) {
        Row r = s.createRow(row);
        r.createCell(0).setCellValue(label);
        for (int m = 0; m < months.size(); m++) {
            r.createCell(1 + m).setCellValue(count.apply(months.get(m)));
        }
    }

    /** Pasted from a deck: amounts in $M (eight decimals keep the cents), "Cash" / "Cloud credits", "Committed" / "Up to (milestones)". */
    private static void funding(XSSFWorkbook wb, Styles st, List<Funding> funding) {
        Sheet s = wb.createSheet("Funding");
        text(s, 0, 0, "Funding history (from the Series F investor deck)");
        Row header = s.createRow(2);
        List<String> headers = List.of("Closed", "Investor", "Amount ($M)", "Paid in", "Status");
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
        }
        for (int i = 0; i < funding.size(); i++) {
            Funding f = funding.get(i);
            Row r = s.createRow(3 + i);
            Cell d = r.createCell(0);
            d.setCellValue(f.date());
            d.setCellStyle(st.date());
            r.createCell(1).setCellValue(f.investor());
            r.createCell(2).setCellValue(BigDecimal.valueOf(f.cents(), 8).doubleValue()); // POI boundary: whole millions here
            r.createCell(3).setCellValue(f.form().equals(Books.CASH) ? "Cash" : "Cloud credits");
            r.createCell(4).setCellValue(f.status().equals(Books.BINDING) ? "Committed" : "Up to (milestones)");
        }
        s.setColumnWidth(1, 256 * 26);
    }

    /** Vendors down, years across, in $ billions, with a total column and a total row as formulas. */
    private static void commitments(XSSFWorkbook wb, Styles st, List<Commitment> commitments) {
        Sheet s = wb.createSheet("Cloud commitments");
        text(s, 0, 0, "Cloud commitments by year ($ billions)");
        int firstYear = commitments.stream().mapToInt(Commitment::year).min().orElseThrow();
        int lastYear = commitments.stream().mapToInt(Commitment::year).max().orElseThrow();
        Row header = s.createRow(2);
        header.createCell(0).setCellValue("Vendor");
        for (int y = firstYear; y <= lastYear; y++) {
            header.createCell(1 + y - firstYear).setCellValue(y);
        }
        int totalColumn = 2 + lastYear - firstYear;
        header.createCell(totalColumn).setCellValue("Total");
        List<String> vendors = commitments.stream().map(Commitment::vendor).distinct().toList();
        for (int v = 0; v < vendors.size(); v++) {
            Row r = s.createRow(3 + v);
            r.createCell(0).setCellValue(vendors.get(v));
            for (Commitment c : commitments) {
                if (c.vendor().equals(vendors.get(v))) {
                    r.createCell(1 + c.year() - firstYear).setCellValue(BigDecimal.valueOf(c.cents(), 11).doubleValue()); // POI boundary
                }
            }
            r.createCell(totalColumn).setCellFormula("SUM(B" + (4 + v) + ":" + col(totalColumn - 1) + (4 + v) + ")");
        }
        Row total = s.createRow(3 + vendors.size());
        total.createCell(0).setCellValue("Total");
        for (int c = 1; c <= totalColumn; c++) {
            total.createCell(c).setCellFormula("SUM(" + col(c) + "4:" + col(c) + (3 + vendors.size()) + ")");
        }
        s.setColumnWidth(0, 256 * 24);
    }

    private static void parties(XSSFWorkbook wb, List<PartyRow> parties) {
        Sheet s = wb.createSheet("Related parties");
        text(s, 0, 0, "Related-party register (legal)");
        Row header = s.createRow(2);
        List<String> headers = List.of("Legal entity", "Parent company", "Relationship to company");
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
        }
        for (int i = 0; i < parties.size(); i++) {
            PartyRow p = parties.get(i);
            Row r = s.createRow(3 + i);
            r.createCell(0).setCellValue(p.name());
            r.createCell(1).setCellValue(p.group());
            r.createCell(2).setCellValue(p.relationship().substring(0, 1).toUpperCase(Locale.ROOT) + p.relationship().substring(1));
        }
        s.setColumnWidth(0, 256 * 36);
        s.setColumnWidth(1, 256 * 18);
        s.setColumnWidth(2, 256 * 26);
    }

    private static List<YearMonth> months(Books books) {
        return books.customers().stream().map(Books.Tally::month).toList();
    }

    private static void text(Sheet s, int row, int column, String value) {
        Row r = s.getRow(row) != null ? s.getRow(row) : s.createRow(row);
        r.createCell(column).setCellValue(value);
    }

    private static String col(int index) {
        return CellReference.convertNumToColString(index);
    }

}

package io.haircut.workbook.mapping;

import io.haircut.ledger.CostCategory;
import io.haircut.ledger.Settlement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * haircut's built-in vocabulary for data-room spreadsheets: the header texts that name each column of
 * each table, the cell values that mean cash or cloud credits, binding or contingent, and the P&L line
 * names that mean revenue, a cost category, a customer count or a cash balance. A mapping file adds
 * to it ({@link ImportMapping}); nothing here is guessed from spelling distance, so what matched can
 * always be explained.
 */
public final class Dictionary {

    private static final Map<CanonicalTable, List<Field>> FIELDS = new EnumMap<>(CanonicalTable.class);

    static {
        CanonicalTable t = CanonicalTable.REVENUE;
        FIELDS.put(t, List.of(
                f(t, "Date", Field.Type.DATE, true, "date", "invoice date", "posting date", "transaction date", "billing date",
                        "issue date", "document date", "booking date", "revenue date", "recognition date", "service date", "period",
                        "order date", "sale date", "sales date", "invoice issued", "invoice issue date", "billing period", "billing month",
                        "period start", "service period", "month", "start date", "subscription start", "subscription start date"),
                f(t, "Customer", Field.Type.TEXT, true, "customer", "client", "account", "counterparty", "bill-to", "bill-to name",
                        "bill-to customer", "customer name", "client name", "account name", "sold-to", "sold-to name", "payer", "buyer",
                        "company", "company name", "subscriber", "customer id", "client id", "account id", "customer number",
                        "customer no", "customer code", "customer email"),
                f(t, "Channel", Field.Type.CHANNEL, true, "channel", "sales channel", "route to market", "distribution channel",
                        "marketplace", "sales motion", "source"),
                f(t, "Settlement", Field.Type.CHOICE, true, "settlement", "payment method", "paid via", "tender", "payment type",
                        "settled in", "settled with", "paid with", "method of payment", "payment form", "consideration", "payment"),
                // Ordered by precedence: net over plain over vague over a gross total (AmountColumns).
                f(t, "Amount", Field.Type.AMOUNT, true, AmountColumns.synonyms().toArray(String[]::new)),
                f(t, "Invoice", Field.Type.TEXT, false, "invoice", "invoice no", "invoice number", "invoice id", "inv no", "invoice ref",
                        "document no", "document number", "doc no", "transaction id", "reference", "order id", "order no", "order number",
                        "order"),
                f(t, "Product", Field.Type.TEXT, false, "product", "product name", "plan", "sku", "item", "service", "offering", "plan name"),
                currency(t)));
        t = CanonicalTable.COSTS;
        FIELDS.put(t, List.of(
                f(t, "Month", Field.Type.MONTH, true, "month", "period", "posting month", "accounting period", "date"),
                f(t, "Category", Field.Type.CHOICE, true, "category", "cost category", "expense category", "cost type",
                        "expense type", "function", "department", "type"),
                f(t, "Amount", Field.Type.AMOUNT, true, "amount", "cost", "expense", "spend", "net amount", "usd", "amount usd", "total"),
                f(t, "Paid With", Field.Type.CHOICE, true, "paid with", "payment method", "settlement", "paid via", "tender",
                        "funding source", "paid by", "paid in", "payment type", "settled with"),
                currency(t)));
        t = CanonicalTable.CUSTOMERS;
        FIELDS.put(t, List.of(
                f(t, "Month", Field.Type.MONTH, true, "month", "period", "date"),
                f(t, "Active", Field.Type.COUNT, true, "active", "active customers", "customers", "active accounts", "paying customers",
                        "customer count"),
                f(t, "New", Field.Type.COUNT, true, "new", "new customers", "added", "customers added", "new logos", "new accounts", "gross adds"),
                f(t, "Churned", Field.Type.COUNT, true, "churned", "churned customers", "lost", "lost customers", "customers lost",
                        "logos lost", "churn", "cancellations")));
        t = CanonicalTable.FUNDING;
        FIELDS.put(t, List.of(
                f(t, "Date", Field.Type.DATE, true, "date", "close date", "closing date", "closed", "date received", "funding date",
                        "announced", "announcement date"),
                f(t, "Investor", Field.Type.TEXT, true, "investor", "investor name", "funder", "lead investor", "lead", "from"),
                f(t, "Amount", Field.Type.AMOUNT, true, "amount", "amount raised", "raised", "investment", "proceeds", "usd", "amount usd", "size"),
                f(t, "Form", Field.Type.CHOICE, true, "form", "paid in", "paid as", "instrument", "cash or credits", "funding type", "type",
                        "settlement", "consideration"),
                f(t, "Status", Field.Type.CHOICE, true, "status", "binding", "conditionality", "condition", "tranche type", "commitment"),
                currency(t)));
        t = CanonicalTable.COMMITMENTS;
        FIELDS.put(t, List.of(
                f(t, "Vendor", Field.Type.TEXT, true, "vendor", "provider", "supplier", "cloud provider", "cloud vendor", "counterparty"),
                // A row is one year (Year, Amount), a total over a term (Total, Start Year, Term Years or Ramp),
                // or capacity in GW (Capacity GW, Start Year, Term Years): see CommitmentRows.
                f(t, "Year", Field.Type.YEAR, false, "year", "fiscal year", "fy", "calendar year"),
                f(t, "Amount", Field.Type.AMOUNT, false, "amount", "commitment", "committed spend", "minimum spend", "spend", "usd", "amount usd"),
                f(t, "Status", Field.Type.CHOICE, true, "status", "binding", "type"),
                f(t, "Total", Field.Type.AMOUNT, false, "total", "total commitment", "contract value", "total contract value", "tcv"),
                f(t, "Start Year", Field.Type.YEAR, false, "start year", "first year", "from year", "start"),
                f(t, "Term Years", Field.Type.COUNT, false, "term years", "term", "term (years)", "years", "duration"),
                f(t, "Ramp", Field.Type.TEXT, false, "ramp", "ramp %", "schedule", "phasing"),
                f(t, "Capacity GW", Field.Type.TEXT, false, "capacity gw", "capacity", "gw", "gigawatts", "capacity (gw)"),
                currency(t)));
        t = CanonicalTable.PARTIES;
        FIELDS.put(t, List.of(
                f(t, "Name", Field.Type.TEXT, true, "name", "entity", "legal name", "legal entity", "entity name", "alias", "party", "counterparty"),
                f(t, "Group", Field.Type.TEXT, true, "group", "parent", "parent company", "ultimate parent", "group name", "corporate group"),
                f(t, "Relationship", Field.Type.CHOICE, true, "relationship", "relation", "relationship to company", "relationship type",
                        "related party type", "role", "type")));
        t = CanonicalTable.CASH;
        FIELDS.put(t, List.of(
                f(t, "Month", Field.Type.MONTH, true, "month", "period", "month end", "date"),
                f(t, "Cash Balance", Field.Type.AMOUNT, true, "cash balance", "cash", "cash on hand", "ending cash", "closing cash",
                        "cash and equivalents", "cash and cash equivalents"),
                f(t, "Unused Credits", Field.Type.AMOUNT, true, "unused credits", "unused cloud credits", "credits remaining",
                        "remaining credits", "credit balance", "credits balance", "cloud credits"),
                currency(t)));
    }

    private static Field f(CanonicalTable table, String column, Field.Type type, boolean required, String... synonyms) {
        return new Field(table, column, key(column).replace(' ', '-'), type, required, List.of(synonyms));
    }

    private static Field currency(CanonicalTable table) {
        return f(table, "Currency", Field.Type.CURRENCY, false, "currency", "ccy", "curr", "currency code", "iso currency");
    }

    private Dictionary() {
    }

    public static List<Field> fields(CanonicalTable table) {
        return FIELDS.get(table);
    }

    public static Optional<Field> field(CanonicalTable table, String key) {
        return FIELDS.get(table).stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /**
     * Text as compared: lower case, accents dropped, "&" read as "and", every other run of
     * punctuation or space one space. "Bill-to Name" and "bill to  name" are the same header.
     */
    public static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
    }

    /** A header split into its name and the units note in brackets: "Amount ($000)" is "amount" and "$000". */
    public record Header(String key, String note) {
    }

    private static final Pattern BRACKETS = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");

    public static Header header(String text) {
        java.util.regex.Matcher m = BRACKETS.matcher(text);
        StringBuilder note = new StringBuilder();
        while (m.find()) {
            note.append(note.length() > 0 ? " " : "").append(m.group(1).trim());
        }
        return new Header(key(BRACKETS.matcher(text).replaceAll(" ")), note.toString());
    }

    // ---- values -------------------------------------------------------------------------------

    private static final Map<String, String> SETTLEMENT = values(
            "cash", "cash", "wire", "cash", "wire transfer", "cash", "ach", "cash", "bank transfer", "cash", "bank", "cash",
            "card", "cash", "credit card", "cash", "debit card", "cash", "check", "cash", "cheque", "cash", "sepa", "cash",
            "direct debit", "cash", "stripe", "cash", "paypal", "cash", "bacs", "cash", "eft", "cash",
            "cloud credit", "cloud-credit", "cloud credits", "cloud-credit", "aws credits", "cloud-credit", "gcp credits", "cloud-credit",
            "google cloud credits", "cloud-credit", "azure credits", "cloud-credit", "microsoft credits", "cloud-credit",
            "marketplace credits", "cloud-credit", "aws promotional credits", "cloud-credit", "cloud credits aws", "cloud-credit",
            "in credits", "cloud-credit", "paid in credits", "cloud-credit");
    private static final Map<String, String> STATUS = values(
            "binding", "binding", "committed", "binding", "firm", "binding", "closed", "binding", "funded", "binding",
            "received", "binding", "signed", "binding", "definitive", "binding",
            "contingent", "contingent", "conditional", "contingent", "milestone", "contingent", "milestones", "contingent",
            "milestone based", "contingent", "on milestones", "contingent", "performance based", "contingent", "up to", "contingent",
            "letter of intent", "contingent", "loi", "contingent");
    private static final Map<String, String> RELATIONSHIP = values(
            "investor", "investor", "shareholder", "investor", "strategic investor", "investor",
            "affiliate", "affiliate", "common control", "affiliate", "subsidiary", "affiliate", "sister company", "affiliate",
            "other", "other", "none", "other", "unrelated", "other", "third party", "other", "customer", "other",
            "vendor", "other", "reseller", "other", "partner", "other");
    private static final Map<String, String> CATEGORY = values(
            "cogs", "cost-of-revenue", "cost of revenue", "cost-of-revenue", "cost of sales", "cost-of-revenue",
            "cost of goods sold", "cost-of-revenue", "hosting", "cost-of-revenue", "inference", "cost-of-revenue",
            "inference compute", "cost-of-revenue", "cloud infrastructure", "cost-of-revenue",
            "s and m", "sales-marketing", "sales and marketing", "sales-marketing", "marketing", "sales-marketing",
            "r and d", "research-development", "research and development", "research-development", "engineering", "research-development",
            "training compute", "research-development",
            "g and a", "general-admin", "general and administrative", "general-admin", "general and admin", "general-admin",
            "admin", "general-admin", "administrative", "general-admin");
    private static final Map<String, String> CHANNEL = values(
            "aws marketplace", "aws-marketplace", "amazon marketplace", "aws-marketplace", "aws", "aws-marketplace",
            "gcp marketplace", "gcp-marketplace", "google cloud marketplace", "gcp-marketplace", "gcp", "gcp-marketplace",
            "azure marketplace", "azure-marketplace", "microsoft marketplace", "azure-marketplace", "azure", "azure-marketplace",
            "direct", "direct", "api", "api");

    private static Map<String, String> values(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(key(pairs[i]), pairs[i + 1]);
        }
        return m;
    }

    /** The built-in meaning of a cell value in a choice or channel field ("Wire" in Settlement is cash); empty if none. */
    public static Optional<String> value(String fieldKey, String text) {
        String k = key(text);
        Map<String, String> table = switch (fieldKey) {
            case "settlement", "paid-with", "form" -> SETTLEMENT;
            case "status" -> STATUS;
            case "relationship" -> RELATIONSHIP;
            case "category" -> CATEGORY;
            case "channel" -> CHANNEL;
            default -> Map.of();
        };
        return Optional.ofNullable(table.get(k));
    }

    // ---- units notes --------------------------------------------------------------------------

    /** A scale read from a note: the factor, how the note said it, and the currency it named (null if none). */
    public record Units(java.math.BigDecimal factor, String word, String currency) {
    }

    private static final Pattern THOUSANDS = Pattern.compile(
            "\\bthousands?\\b|\\$\\s*'?000s?\\b|'000s?\\b|\\(000s?\\)|\\b000s\\b|\\$\\s*k\\b|\\b(?:usd|eur|gbp)\\s*(?:'?000s?|k)\\b|\\bin\\s+k\\b|\\(k\\)|\\bk\\s*(?:usd|eur|\\$|€)|€\\s*k\\b|\\bk€");
    private static final Pattern MILLIONS = Pattern.compile(
            "\\bmillions?\\b|\\$\\s*(?:mm|mn|m)\\b|\\b(?:usd|eur|gbp)\\s*(?:mm|mn|m)\\b|\\((?:mm|mn|m)\\)|\\bin\\s+(?:mm|mn|m)\\b|€\\s*m\\b");
    private static final Pattern BILLIONS = Pattern.compile(
            "\\bbillions?\\b|\\$\\s*bn?\\b|\\b(?:usd|eur|gbp)\\s*bn?\\b|\\(bn?\\)|\\bin\\s+bn\\b|€\\s*bn\\b");
    private static final Pattern LAKHS = Pattern.compile("\\b(lakhs?|lacs?)\\b");
    private static final Pattern CRORES = Pattern.compile("\\bcrores?\\b|(?:\\binr|\\brs\\.?|₹)\\s*crs?\\b");
    private static final String CODES = "usd|eur|gbp|chf|jpy|cad|aud|sgd|inr|cny|sar|aed|qar|kwd|bhd|omr|hkd|nzd|sek|nok|dkk|zar|brl|mxn|krw|idr|myr"
            + "|php|thb|ils|try|pln|ngn|kes|egp|pkr|bdt|lkr|vnd|twd";
    private static final Pattern CURRENCY_CODE = Pattern.compile("\\b(" + CODES + ")\\b");
    /** Rupees written out: "Rs. in lakhs", "Rs 500", "rupees". */
    private static final Pattern RUPEES = Pattern.compile("\\brs\\b\\.?|\\brupees?\\b|₹");

    /** The units a note states ("USD in thousands", "$000s", "$M", "(in EUR millions)"); empty if it states none. */
    public static Optional<Units> units(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        String currency = null;
        java.util.regex.Matcher c = CURRENCY_CODE.matcher(t);
        if (c.find()) {
            currency = c.group(1).toUpperCase(Locale.ROOT);
        } else if (RUPEES.matcher(t).find()) {
            currency = "INR";
        } else if (t.contains("€")) {
            currency = "EUR";
        } else if (t.contains("£")) {
            currency = "GBP";
        } else if (t.contains("$")) {
            currency = "USD";
        }
        if (THOUSANDS.matcher(t).find()) {
            return Optional.of(new Units(new java.math.BigDecimal("1000"), "thousands", currency));
        }
        if (MILLIONS.matcher(t).find()) {
            return Optional.of(new Units(new java.math.BigDecimal("1000000"), "millions", currency));
        }
        if (BILLIONS.matcher(t).find()) {
            return Optional.of(new Units(new java.math.BigDecimal("1000000000"), "billions", currency));
        }
        if (LAKHS.matcher(t).find()) {
            return Optional.of(new Units(new java.math.BigDecimal("100000"), "lakhs", currency));
        }
        if (CRORES.matcher(t).find()) {
            return Optional.of(new Units(new java.math.BigDecimal("10000000"), "crores", currency));
        }
        // A currency alone: "Amounts in SAR", "(SAR)", "Currency: EUR", "₹".
        if (currency != null && (t.matches(".*\\b(in|amounts?|figures?|all|currency)\\b.*(" + CODES + "|\\$|€|£|₹|\\brs\\b|rupees?).*")
                || t.trim().matches("(" + CODES + "|₹)") || t.matches(".*[(\\[]\\s*(" + CODES + "|₹|rs\\.?|rupees)\\s*[)\\]].*"))) {
            return Optional.of(new Units(java.math.BigDecimal.ONE, "units", currency));
        }
        return Optional.empty();
    }

    // ---- P&L and KPI lines ------------------------------------------------------------------------

    /** What a line of a wide table is. */
    public enum LineKind { REVENUE, COST, ACTIVE, NEW, CHURNED, CASH_BALANCE, UNUSED_CREDITS, COMMITMENT, TOTAL, GROSS_PROFIT, OPERATING_RESULT,
        BELOW_OPERATING, RATIO, DRIVER, IGNORE, UNKNOWN }

    /** A line's meaning: its kind, and for costs the category; {@code settlement} from words like "paid with credits". */
    public record Line(LineKind kind, CostCategory category, Settlement settlement) {
    }

    /** A section heading's meaning for the lines under it. */
    public enum Section { NONE, REVENUE, COST_OF_REVENUE, OPERATING_EXPENSES, KPI, CASH, OTHER, DRIVERS }

    private static final Pattern TOTAL_LINE = Pattern.compile("^(total|subtotal|sub total)\\b.*|.*\\btotal$");
    private static final Pattern GROSS = Pattern.compile("^gross (profit|margin)\\b.*");
    private static final Pattern OPERATING = Pattern.compile("^(ebitda|adjusted ebitda|ebit|operating (income|loss|profit|result)|"
            + "income from operations|loss from operations|operating income loss)\\b.*");
    private static final Pattern BELOW = Pattern.compile("^(net (income|loss|profit|result)|net income loss|profit before tax|pre tax income|"
            + "income before taxes?|net burn|free cash flow|ebt)\\b.*");
    private static final Pattern RATIO = Pattern.compile(".*\\b(percent|pct|margin|growth|yoy|mom|ratio|rate|as a of)\\b.*");
    private static final Pattern REVENUE_WORDS = Pattern.compile(".*\\b(revenue|revenues|sales|subscriptions?|usage|licen[cs]es?)\\b.*");
    private static final Pattern CREDITS = Pattern.compile(".*\\b(cloud credits?|credits|paid with credits|in credits|credit settled)\\b.*");

    public static Section section(String label) {
        String k = key(label);
        if (k.matches("(net )?revenues?|sales|net sales|income|turnover|revenue and sales")) {
            return Section.REVENUE;
        }
        if (k.matches("cost of (revenue|revenues|sales|goods sold)|cogs|direct costs")) {
            return Section.COST_OF_REVENUE;
        }
        if (k.matches("(operating )?expenses|opex|operating costs|operating expenses opex")) {
            return Section.OPERATING_EXPENSES;
        }
        if (k.matches("kpis?|metrics|key metrics|operating metrics|customers|customer metrics|saas metrics")) {
            return Section.KPI;
        }
        if (k.matches("cash|balance sheet|liquidity|cash and credits")) {
            return Section.CASH;
        }
        if (k.matches("other income( and expense)?|other( income)? expense|non operating|below the line|other")) {
            return Section.OTHER;
        }
        if (LineClassifier.driverHeading(label)) {
            return Section.DRIVERS;
        }
        if (k.matches(".*\\b(costs?|expenses?|spend|overheads?|payroll)\\b.*")) {
            // A heading of costs haircut has no name for ("Variable costs") still ends the revenue section.
            return costCategory(k) == CostCategory.COST_OF_REVENUE ? Section.COST_OF_REVENUE : Section.OPERATING_EXPENSES;
        }
        return null;
    }

    /** What a labelled line with figures is, given the section it sits in. */
    public static Line line(String label, Section section) {
        String k = key(label);
        Settlement paid = CREDITS.matcher(k).matches() && !k.contains("credit card") ? Settlement.CLOUD_CREDIT : null;
        if (k.contains("%") || label.contains("%") || RATIO.matcher(k).matches() && !GROSS.matcher(k).matches()) {
            return new Line(LineKind.RATIO, null, null);
        }
        if (GROSS.matcher(k).matches()) {
            return new Line(LineKind.GROSS_PROFIT, null, null);
        }
        if (OPERATING.matcher(k).matches()) {
            return new Line(LineKind.OPERATING_RESULT, null, null);
        }
        if (BELOW.matcher(k).matches()) {
            return new Line(LineKind.BELOW_OPERATING, null, null);
        }
        if (TOTAL_LINE.matcher(k).matches()) {
            return new Line(LineKind.TOTAL, null, null);
        }
        if (k.matches("(active )?customers|active (customers|accounts|logos)|paying customers|customer count")) {
            return new Line(LineKind.ACTIVE, null, null);
        }
        if (k.matches("new (customers|logos|accounts)|customers added|gross adds")) {
            return new Line(LineKind.NEW, null, null);
        }
        if (k.matches("churned( customers| accounts| logos)?|lost (customers|logos|accounts)|customers (lost|churned)|cancellations")) {
            return new Line(LineKind.CHURNED, null, null);
        }
        if (k.matches("(unused |remaining )?(cloud )?credits?( balance| remaining| unused)?|unused cloud credits|credit balance")
                && (section == Section.CASH || section == Section.KPI || k.contains("unused") || k.contains("remaining") || k.contains("balance"))) {
            return new Line(LineKind.UNUSED_CREDITS, null, null);
        }
        if (k.matches("(ending |closing |month end )?cash( balance| on hand| and (cash )?equivalents)?|cash balance end of month")
                && section != Section.REVENUE) {
            return new Line(LineKind.CASH_BALANCE, null, null);
        }
        if (LineClassifier.driver(label, null).isPresent()) {
            return new Line(LineKind.DRIVER, null, null);
        }
        if (section == Section.DRIVERS && costCategory(k) == null && !REVENUE_WORDS.matcher(k).matches()) {
            return new Line(LineKind.DRIVER, null, null); // a line under "Cost of Goods Sold (per order)": a per-unit figure
        }
        if (k.matches(".*\\b(depreciation|amortization|amortisation|interest|tax|taxes|stock based compensation)\\b.*")) {
            return new Line(LineKind.IGNORE, null, null);
        }
        boolean notRevenue = LineClassifier.notRevenue(k);
        if (section == Section.REVENUE && !notRevenue) {
            return new Line(LineKind.REVENUE, null, paid);
        }
        CostCategory category = costCategory(k);
        if (category != null) {
            return new Line(LineKind.COST, category, paid);
        }
        if (section == Section.COST_OF_REVENUE) {
            return new Line(LineKind.COST, CostCategory.COST_OF_REVENUE, paid);
        }
        if (!notRevenue && REVENUE_WORDS.matcher(k).matches()) {
            return new Line(LineKind.REVENUE, null, paid);
        }
        return new Line(LineKind.UNKNOWN, null, paid);
    }

    /** The cost category a line name states, by the words in it; null when it states none. */
    static CostCategory costCategory(String k) {
        if (k.matches(".*\\b(research|r and d|rnd|engineering|training)\\b.*")) {
            return CostCategory.RESEARCH_DEVELOPMENT;
        }
        if (k.matches(".*\\b(cost of (revenue|revenues|sales|goods sold)|cogs|hosting|inference|serving|cloud infrastructure)\\b.*")) {
            return CostCategory.COST_OF_REVENUE;
        }
        if (k.matches(".*\\b(sales and marketing|s and m|marketing|advertising)\\b.*")) {
            return CostCategory.SALES_MARKETING;
        }
        if (k.matches(".*\\b(general and administrative|general and admin|g and a|administrative|admin|overhead)\\b.*")) {
            return CostCategory.GENERAL_ADMIN;
        }
        return null;
    }

    /** The headers of every table, for "expected" messages: "Date, Customer, Channel, Settlement, Amount". */
    public static List<String> requiredColumns(CanonicalTable table) {
        List<String> out = new ArrayList<>();
        fields(table).stream().filter(Field::required).forEach(f -> out.add(f.column()));
        return out;
    }
}

package io.haircut.workbook.mapping;

import io.haircut.Causes;
import io.haircut.ledger.CostCategory;
import io.haircut.ledger.Labelled;
import io.haircut.ledger.Settlement;
import io.haircut.workbook.ImportException;
import io.haircut.yaml.LocatedYaml;
import io.haircut.yaml.YamlDialect;
import io.haircut.yaml.YamlNode;
import io.haircut.workbook.cells.DateOrder;
import io.haircut.workbook.cells.Dates;
import io.haircut.workbook.cells.FiscalYear;
import io.haircut.workbook.cells.Periods;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loads a mapping file (YAML, grammar below) into an {@link ImportMapping}, checking every key and
 * value and naming {@code file:line:column} for anything it cannot use.
 *
 * <pre>
 * company: TEXT
 * numbers:     { decimal: point | comma }
 * dates:       { order: month-first | day-first }
 * fiscal-year: { start-month: 1..12 | Jan..Dec, named-by: end | start }
 * periods:     { start: YYYY-MM }      the first month of headers without a year ("Month 1", "Aug".."Jul", "FY17-18")
 * hidden: import | skip
 * columns:  { TABLE | '*': { HEADER: FIELD | ignore } }
 * values:   { FIELD: { VALUE: MEANING } }
 * lines:    { LABEL: KIND | { kind: KIND, category: CATEGORY, paid-with: cash | cloud-credit, channel: TEXT, customer: TEXT } }
 * sheets:   { SHEET: TABLE | pnl | ignore | { table: ..., header-row: N, units: thousands | lakhs | millions | crores | billions | units | NUMBER, currency: CODE } }
 * defaults: { TABLE: { FIELD: VALUE } }
 * rates:    { to: CODE, CODE: RATE | { yyyy-mm: RATE } }
 * only:     [ SHEET, ... ]    (or 'SHEET, SHEET')
 * scenario: NAME
 * </pre>
 */
public final class MappingFiles {

    private static final List<String> TOP = List.of("company", "numbers", "dates", "fiscal-year", "periods", "hidden", "columns", "values",
            "lines", "sheets", "defaults", "rates", "only", "scenario");
    private static final List<String> TABLES = Arrays.stream(CanonicalTable.values()).map(t -> t.sheetName().toLowerCase(Locale.ROOT)).toList();
    private static final List<String> SHEET_TABLES = concat(TABLES, List.of("pnl", "ignore"));
    private static final List<String> LINE_KINDS = List.of("revenue", "cost", "active", "new", "churned", "cash-balance",
            "unused-credits", "commitment", "total", "ignore");

    private static final int MAX_CHARACTERS = 1_000_000;
    private static final YamlDialect MAPPING_FILES = new YamlDialect("mapping files", MAX_CHARACTERS, 20,
            (path, length) -> path + ": the file has " + length + " characters; a mapping file has at most " + MAX_CHARACTERS,
            "a mapping file holds one",
            depth -> "nested more than " + depth + " levels deep",
            "remove it (quote the value to keep it text)",
            (key, line, column) -> "key '" + key + "' appears twice here (first at line " + line + "); give each key once",
            ImportException::new);

    private MappingFiles() {
    }

    public static ImportMapping load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ImportException(file + ": no such mapping file");
        } catch (IOException e) {
            throw new ImportException(file + ": cannot read the mapping file: " + Causes.of(e));
        }
        return parse(file.toString(), text);
    }

    static ImportMapping parse(String path, String text) {
        YamlNode root = LocatedYaml.read(path, text, MAPPING_FILES).orElse(null);
        if (root == null) {
            return new ImportMapping(path, null, null, null, FiscalYear.CALENDAR, null, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                    ImportMapping.Rates.NONE, ImportMapping.Selection.NONE);
        }
        Parser p = new Parser(path);
        YamlNode.Mapping top = p.mapping(root, "the mapping file");
        p.keys(top, TOP);
        String company = null;
        Boolean decimalComma = null;
        DateOrder dateOrder = null;
        FiscalYear fy = FiscalYear.CALENDAR;
        java.time.YearMonth periodsStart = null;
        String periodsWhere = null;
        Boolean skipHidden = null;
        Map<String, Map<String, String>> columns = new LinkedHashMap<>();
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        Map<String, ImportMapping.LineRule> lines = new LinkedHashMap<>();
        Map<String, ImportMapping.SheetRule> sheets = new LinkedHashMap<>();
        Map<String, Map<String, String>> defaults = new LinkedHashMap<>();
        ImportMapping.Rates rates = ImportMapping.Rates.NONE;
        ImportMapping.Selection selection = ImportMapping.Selection.NONE;
        for (YamlNode.Entry e : top.entries()) {
            switch (e.key()) {
                case "company" -> company = p.text(e.value(), "a company name");
                case "numbers" -> decimalComma = p.decimalComma(e.value(), decimalComma);
                case "dates" -> dateOrder = p.dateOrder(e.value(), dateOrder);
                case "fiscal-year" -> fy = p.fiscalYear(e.value());
                case "periods" -> {
                    YamlNode.Mapping m = p.mapping(e.value(), "periods: { start: 2022-08 }");
                    p.keys(m, List.of("start"));
                    for (YamlNode.Entry n : m.entries()) {
                        periodsStart = p.month(n.value());
                        periodsWhere = path + ":" + n.line();
                    }
                }
                case "hidden" -> skipHidden = p.oneOf(e.value(), List.of("import", "skip")).equals("skip");
                case "columns" -> p.columns(e.value(), columns);
                case "values" -> p.values(e.value(), values);
                case "lines" -> p.lines(e.value(), lines);
                case "sheets" -> p.sheets(e.value(), sheets);
                case "defaults" -> p.defaults(e.value(), defaults);
                case "rates" -> rates = p.rates(e.value());
                case "only" -> selection = new ImportMapping.Selection(p.names(e.value()), e.line(), selection.scenario(), selection.scenarioLine());
                case "scenario" -> selection = new ImportMapping.Selection(selection.only(), selection.onlyLine(),
                        p.text(e.value(), "the name of a scenario block, such as Base"), e.line());
                default -> throw new IllegalStateException(e.key());
            }
        }
        if (periodsStart != null) {
            fy = fy.withPeriodsStart(periodsStart, periodsWhere);
        }
        return new ImportMapping(path, company, decimalComma, dateOrder, fy, skipHidden, columns, values, lines, sheets, defaults, rates, selection);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** Reads one file's nodes, failing at the first problem with its place. */
    private static final class Parser {
        private final String path;

        Parser(String path) {
            this.path = path;
        }

        /** The {@code numbers:} section; {@code current} stays when the section is empty. */
        Boolean decimalComma(YamlNode node, Boolean current) {
            YamlNode.Mapping m = mapping(node, "numbers: { decimal: point | comma }");
            keys(m, List.of("decimal"));
            Boolean comma = current;
            for (YamlNode.Entry n : m.entries()) {
                comma = oneOf(n.value(), List.of("point", "comma")).equals("comma");
            }
            return comma;
        }

        /** The {@code dates:} section; {@code current} stays when the section is empty. */
        DateOrder dateOrder(YamlNode node, DateOrder current) {
            YamlNode.Mapping m = mapping(node, "dates: { order: month-first | day-first }");
            keys(m, List.of("order"));
            DateOrder order = current;
            for (YamlNode.Entry n : m.entries()) {
                order = oneOf(n.value(), List.of("month-first", "day-first")).equals("month-first")
                        ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
            }
            return order;
        }

        void columns(YamlNode node, Map<String, Map<String, String>> columns) {
            YamlNode.Mapping m = mapping(node, "columns: { TABLE: { HEADER: FIELD } }");
            for (YamlNode.Entry t : m.entries()) {
                String table = tableKey(t, concat(TABLES, List.of("*")));
                Map<String, String> headers = new LinkedHashMap<>();
                for (YamlNode.Entry h : mapping(t.value(), "HEADER: FIELD lines").entries()) {
                    headers.put(Dictionary.key(h.key()), fieldFor(table, h.value()));
                }
                columns.put(table, headers);
            }
        }

        void values(YamlNode node, Map<String, Map<String, String>> values) {
            YamlNode.Mapping m = mapping(node, "values: { FIELD: { VALUE: MEANING } }");
            for (YamlNode.Entry f : m.entries()) {
                String field = anyField(f);
                Map<String, String> meanings = new LinkedHashMap<>();
                for (YamlNode.Entry v : mapping(f.value(), "VALUE: MEANING lines").entries()) {
                    meanings.put(Dictionary.key(v.key()), meaning(field, v.value()));
                }
                values.put(field, meanings);
            }
        }

        void lines(YamlNode node, Map<String, ImportMapping.LineRule> lines) {
            YamlNode.Mapping m = mapping(node, "lines: { LABEL: KIND }");
            for (YamlNode.Entry l : m.entries()) {
                lines.put(Dictionary.key(l.key()), line(l));
            }
        }

        void sheets(YamlNode node, Map<String, ImportMapping.SheetRule> sheets) {
            YamlNode.Mapping m = mapping(node, "sheets: { SHEET: TABLE }");
            for (YamlNode.Entry s : m.entries()) {
                sheets.put(Dictionary.key(s.key()), sheet(s));
            }
        }

        void defaults(YamlNode node, Map<String, Map<String, String>> defaults) {
            YamlNode.Mapping m = mapping(node, "defaults: { TABLE: { FIELD: VALUE } }");
            for (YamlNode.Entry t : m.entries()) {
                String table = tableKey(t, TABLES);
                Map<String, String> fields = new LinkedHashMap<>();
                for (YamlNode.Entry f : mapping(t.value(), "FIELD: VALUE lines").entries()) {
                    String field = fieldKey(table, f);
                    fields.put(field, meaning(field, f.value()));
                }
                defaults.put(table, fields);
            }
        }

        ImportException fail(YamlNode at, String message) {
            return new ImportException(path + ":" + at.line() + ":" + at.column() + ": " + message);
        }

        ImportException fail(YamlNode.Entry at, String message) {
            return new ImportException(path + ":" + at.line() + ":" + at.column() + ": " + message);
        }

        YamlNode.Mapping mapping(YamlNode node, String expected) {
            if (node instanceof YamlNode.Mapping m) {
                return m;
            }
            throw fail(node, "found " + node.describe() + "; expected " + expected);
        }

        void keys(YamlNode.Mapping m, List<String> allowed) {
            for (YamlNode.Entry e : m.entries()) {
                if (!allowed.contains(e.key())) {
                    throw fail(e, "unknown key '" + e.key() + "'; expected one of " + String.join(", ", allowed));
                }
            }
        }

        String text(YamlNode node, String expected) {
            if (node instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
                return s.text().trim();
            }
            throw fail(node, "found " + node.describe() + "; expected " + expected);
        }

        String oneOf(YamlNode node, List<String> choices) {
            String t = text(node, "one of " + String.join(" | ", choices)).toLowerCase(Locale.ROOT);
            if (!choices.contains(t)) {
                throw fail(node, "found '" + t + "'; expected one of " + String.join(" | ", choices));
            }
            return t;
        }

        /** A month written YYYY-MM ("2022-08"), or "Aug 2022". */
        java.time.YearMonth month(YamlNode node) {
            String t = text(node, "a month: YYYY-MM, such as 2022-08");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-(\\d{1,2})").matcher(t);
            if (m.matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
                return java.time.YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if (Periods.text(t, FiscalYear.CALENDAR) instanceof Periods.Period period && period.span().months() == 1) {
                return period.span().first();
            }
            throw fail(node, "found '" + t + "'; expected a month: YYYY-MM, such as 2022-08");
        }

        FiscalYear fiscalYear(YamlNode node) {
            YamlNode.Mapping m = mapping(node, "fiscal-year: { start-month: 7, named-by: end }");
            keys(m, List.of("start-month", "named-by"));
            int start = 1;
            boolean byEnd = true;
            for (YamlNode.Entry e : m.entries()) {
                if (e.key().equals("start-month")) {
                    String t = text(e.value(), "a month: 1..12 or Jan..Dec");
                    start = t.matches("\\d{1,2}") ? Integer.parseInt(t) : Dates.month(t);
                    if (start < 1 || start > 12) {
                        throw fail(e.value(), "found '" + t + "'; expected a month: 1..12 or Jan..Dec");
                    }
                } else {
                    byEnd = oneOf(e.value(), List.of("end", "start")).equals("end");
                }
            }
            return new FiscalYear(start, byEnd);
        }

        String tableKey(YamlNode.Entry e, List<String> allowed) {
            String k = e.key().trim().toLowerCase(Locale.ROOT);
            if (!allowed.contains(k)) {
                throw fail(e, "unknown table '" + e.key() + "'; expected one of " + String.join(", ", allowed));
            }
            return k;
        }

        /** A field key valid for {@code table} ("*" allows any table's fields), or "ignore". */
        String fieldFor(String table, YamlNode node) {
            String t = text(node, "a field name such as customer, or ignore").toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
            if (t.equals("ignore")) {
                return t;
            }
            List<String> allowed = fieldKeys(table);
            if (!allowed.contains(t)) {
                throw fail(node, "found '" + t + "'; expected one of " + String.join(", ", allowed) + ", ignore");
            }
            return t;
        }

        String fieldKey(String table, YamlNode.Entry e) {
            String t = e.key().trim().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
            List<String> allowed = fieldKeys(table);
            if (!allowed.contains(t)) {
                throw fail(e, "unknown field '" + e.key() + "' for " + table + "; expected one of " + String.join(", ", allowed));
            }
            return t;
        }

        String anyField(YamlNode.Entry e) {
            return fieldKey("*", e);
        }

        private static List<String> fieldKeys(String table) {
            Set<String> keys = new java.util.LinkedHashSet<>();
            for (CanonicalTable t : CanonicalTable.values()) {
                if (table.equals("*") || t.sheetName().equalsIgnoreCase(table)) {
                    Dictionary.fields(t).forEach(f -> keys.add(f.key()));
                }
            }
            return List.copyOf(keys);
        }

        /** What a value means for a field: a choice field's label, a currency code, or any text. */
        String meaning(String field, YamlNode node) {
            String t = text(node, "what the value means");
            return switch (field) {
                case "settlement", "paid-with", "form" -> label(Settlement.class, node, t);
                case "status" -> label(io.haircut.ledger.Status.class, node, t);
                case "category" -> label(CostCategory.class, node, t);
                case "relationship" -> label(io.haircut.ledger.Relationship.class, node, t);
                case "currency" -> {
                    if (!t.matches("[A-Za-z]{3}")) {
                        throw fail(node, "found '" + t + "'; expected a three-letter currency code such as USD");
                    }
                    yield t.toUpperCase(Locale.ROOT);
                }
                default -> t;
            };
        }

        private <E extends Enum<E> & Labelled> String label(Class<E> type, YamlNode node, String t) {
            return Labelled.parse(type, t).map(Labelled::label).orElseThrow(() ->
                    fail(node, "found '" + t + "'; expected one of " + Labelled.choices(type)));
        }

        ImportMapping.LineRule line(YamlNode.Entry e) {
            if (e.value() instanceof YamlNode.Scalar) {
                String kind = oneOf(e.value(), LINE_KINDS);
                if (kind.equals("cost")) {
                    throw fail(e.value(), "a cost line needs its category: { kind: cost, category: " + Labelled.choices(CostCategory.class) + " }");
                }
                return new ImportMapping.LineRule(kind, null, null, null, null, e.line());
            }
            YamlNode.Mapping m = mapping(e.value(), "a line kind or { kind: ..., category: ..., paid-with: ... }");
            keys(m, List.of("kind", "category", "paid-with", "settlement", "channel", "customer"));
            String kind = null;
            CostCategory category = null;
            Settlement settlement = null;
            String channel = null;
            String customer = null;
            for (YamlNode.Entry f : m.entries()) {
                switch (f.key()) {
                    case "kind" -> kind = oneOf(f.value(), LINE_KINDS);
                    case "category" -> category = CostCategory.parse(text(f.value(), "a cost category"))
                            .orElseThrow(() -> fail(f.value(), "found " + f.value().describe() + "; expected one of " + Labelled.choices(CostCategory.class)));
                    case "paid-with", "settlement" -> settlement = Settlement.parse(text(f.value(), "cash or cloud-credit"))
                            .orElseThrow(() -> fail(f.value(), "found " + f.value().describe() + "; expected one of " + Labelled.choices(Settlement.class)));
                    case "channel" -> channel = text(f.value(), "a channel such as direct");
                    case "customer" -> customer = text(f.value(), "a customer name");
                    default -> throw new IllegalStateException(f.key());
                }
            }
            if (kind == null) {
                kind = category != null ? "cost" : null;
            }
            if (kind == null) {
                throw fail(e, "line '" + e.key() + "' needs a kind: one of " + String.join(" | ", LINE_KINDS));
            }
            if (kind.equals("cost") && category == null) {
                throw fail(e, "cost line '" + e.key() + "' needs a category: one of " + Labelled.choices(CostCategory.class));
            }
            return new ImportMapping.LineRule(kind, category, settlement, channel, customer, e.line());
        }

        ImportMapping.SheetRule sheet(YamlNode.Entry e) {
            if (e.value() instanceof YamlNode.Scalar) {
                return new ImportMapping.SheetRule(oneOf(e.value(), SHEET_TABLES), null, null, null, null, e.line());
            }
            YamlNode.Mapping m = mapping(e.value(), "a table name or { table: ..., header-row: N, units: thousands }");
            keys(m, List.of("table", "header-row", "units", "currency"));
            String table = null;
            Integer headerRow = null;
            BigDecimal units = null;
            String unitsWord = null;
            String currency = null;
            for (YamlNode.Entry f : m.entries()) {
                switch (f.key()) {
                    case "table" -> table = oneOf(f.value(), SHEET_TABLES);
                    case "header-row" -> {
                        String t = text(f.value(), "a row number such as 4");
                        if (!t.matches("[1-9]\\d{0,6}")) {
                            throw fail(f.value(), "found '" + t + "'; expected a row number such as 4");
                        }
                        headerRow = Integer.parseInt(t);
                    }
                    case "units" -> {
                        String t = text(f.value(), "thousands | millions | billions | units | a number").toLowerCase(Locale.ROOT);
                        switch (t) {
                            case "units", "ones", "1" -> units = BigDecimal.ONE;
                            case "thousands", "1000" -> units = new BigDecimal("1000");
                            case "millions", "1000000" -> units = new BigDecimal("1000000");
                            case "billions", "1000000000" -> units = new BigDecimal("1000000000");
                            case "lakhs", "lakh", "lacs", "100000" -> units = new BigDecimal("100000");
                            case "crores", "crore", "10000000" -> units = new BigDecimal("10000000");
                            default -> throw fail(f.value(), "found '" + t + "'; expected one of units | thousands | lakhs | millions | crores | billions");
                        }
                        unitsWord = t.matches("\\d+") ? "x" + t : t;
                    }
                    case "currency" -> currency = meaning("currency", f.value());
                    default -> throw new IllegalStateException(f.key());
                }
            }
            return new ImportMapping.SheetRule(table, headerRow, units, unitsWord, currency, e.line());
        }

        /** Sheet names: a list, or one text of names separated by commas. */
        List<String> names(YamlNode node) {
            List<String> out = new java.util.ArrayList<>();
            if (node instanceof YamlNode.Sequence s) {
                for (YamlNode item : s.items()) {
                    out.add(text(item, "a sheet name"));
                }
            } else {
                for (String part : text(node, "a list of sheet names: [Income Statement, Revenue]").split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.trim());
                    }
                }
            }
            if (out.isEmpty()) {
                throw fail(node, "found an empty list; expected the sheets to read: [Income Statement, Revenue]");
            }
            return out;
        }

        ImportMapping.Rates rates(YamlNode node) {
            YamlNode.Mapping m = mapping(node, "rates: { to: USD, EUR: 1.08 }");
            String to = null;
            Map<String, BigDecimal> flat = new LinkedHashMap<>();
            Map<String, Map<YearMonth, BigDecimal>> monthly = new LinkedHashMap<>();
            for (YamlNode.Entry e : m.entries()) {
                if (e.key().equals("to")) {
                    to = meaning("currency", e.value());
                    continue;
                }
                if (!e.key().matches("[A-Za-z]{3}")) {
                    throw fail(e, "unknown key '" + e.key() + "'; expected 'to: CODE' or a currency code such as EUR");
                }
                String code = e.key().toUpperCase(Locale.ROOT);
                if (e.value() instanceof YamlNode.Mapping months) {
                    Map<YearMonth, BigDecimal> byMonth = new LinkedHashMap<>();
                    for (YamlNode.Entry r : months.entries()) {
                        try {
                            byMonth.put(YearMonth.parse(r.key().trim()), rate(r.value()));
                        } catch (DateTimeParseException ex) {
                            throw fail(r, "found '" + r.key() + "'; expected a month such as 2025-03");
                        }
                    }
                    monthly.put(code, byMonth);
                } else {
                    flat.put(code, rate(e.value()));
                }
            }
            if (to == null) {
                throw fail(m, "rates needs 'to: CODE', the currency reports are in (e.g. to: USD)");
            }
            return new ImportMapping.Rates(to, flat, monthly, path);
        }

        private BigDecimal rate(YamlNode node) {
            String t = text(node, "a rate such as 1.0850");
            if (!t.matches("\\d+(\\.\\d+)?") || new BigDecimal(t).signum() <= 0) {
                throw fail(node, "found '" + t + "'; expected a positive rate such as 1.0850 (the value of one unit in the 'to' currency)");
            }
            return new BigDecimal(t);
        }
    }

    /** A YAML scalar in single quotes (a quote inside doubled): safe for any header or value text. */
    public static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}

package io.haircut.workbook.mapping;

import io.haircut.ledger.CostCategory;
import io.haircut.ledger.Settlement;
import io.haircut.workbook.cells.DateOrder;
import io.haircut.workbook.cells.FiscalYear;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the analyst told haircut about a data room's files, from a mapping file (reference:
 * docs/importing.md, "Mapping files"): header names, value meanings, P&L lines, sheets to read or
 * skip, number and date conventions, and exchange rates. Everything here adds to or overrides the
 * built-in {@link Dictionary}; an empty mapping changes nothing.
 *
 * <p>Keys of the maps are normalised with {@link Dictionary#key} (headers, values, line labels) so a
 * mapping matches regardless of case and punctuation.
 *
 * @param path the mapping file as named in messages; null when there is none
 * @param decimalComma true for "1.234,56"; null to detect from the file
 * @param dateOrder how to read 03/04/2025; null to detect per column
 * @param skipHidden true to skip hidden sheets, rows and columns; null to follow the command's option
 * @param columns table key ("revenue", or "*" for any table) -> header key -> field key, or "ignore"
 * @param values field key ("settlement", "channel", ...) -> value key -> what it means
 * @param lines P&L / KPI line label key -> what the line is
 * @param sheets sheet (or "file!sheet", or CSV file name) key -> how to read it
 * @param defaults table key -> field key -> value for a column the file does not have
 * @param selection the sheets to read ({@code only:}) and the scenario block to read ({@code scenario:})
 */
public record ImportMapping(
        String path,
        String company,
        Boolean decimalComma,
        DateOrder dateOrder,
        FiscalYear fiscalYear,
        Boolean skipHidden,
        Map<String, Map<String, String>> columns,
        Map<String, Map<String, String>> values,
        Map<String, LineRule> lines,
        Map<String, SheetRule> sheets,
        Map<String, Map<String, String>> defaults,
        Rates rates,
        Selection selection) {

    public static final ImportMapping NONE = new ImportMapping(null, null, null, null, FiscalYear.CALENDAR, null,
            Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Rates.NONE, Selection.NONE);

    /** The sheets to read (empty for all) and the scenario block to read (null for the first), with their mapping lines. */
    public record Selection(List<String> only, int onlyLine, String scenario, int scenarioLine) {

        public static final Selection NONE = new Selection(List.of(), 0, null, 0);

        public Selection {
            only = List.copyOf(only);
        }
    }

    public ImportMapping {
        columns = Map.copyOf(columns);
        values = Map.copyOf(values);
        lines = Map.copyOf(lines);
        sheets = Map.copyOf(sheets);
        defaults = Map.copyOf(defaults);
    }

    /** What a P&L or KPI line is, as the mapping states it (kind "revenue", "cost", "ignore", "active", ...). */
    public record LineRule(String kind, CostCategory category, Settlement settlement, String channel, String customer, int line) {
    }

    /**
     * How to read one sheet: as which table ("revenue", ..., "pnl", "ignore"; null to detect), from
     * which header row (null to detect), in which units and currency (null to read the sheet's note).
     */
    public record SheetRule(String table, Integer headerRow, BigDecimal units, String unitsWord, String currency, int line) {
    }

    /**
     * Exchange rates into one reporting currency: {@code rate(EUR)} is the value of one EUR in {@code to}.
     * A currency has one rate for every month, or a rate per month (the entry's month).
     */
    public record Rates(String to, Map<String, BigDecimal> flat, Map<String, Map<YearMonth, BigDecimal>> monthly, String source) {

        public static final Rates NONE = new Rates(null, Map.of(), Map.of(), null);

        public boolean isEmpty() {
            return to == null;
        }

        public Optional<BigDecimal> rate(String currency, YearMonth month) {
            Map<YearMonth, BigDecimal> byMonth = monthly.get(currency);
            if (byMonth != null && byMonth.containsKey(month)) {
                return Optional.of(byMonth.get(month));
            }
            return Optional.ofNullable(flat.get(currency));
        }

        List<String> currencies() {
            java.util.TreeSet<String> all = new java.util.TreeSet<>(flat.keySet());
            all.addAll(monthly.keySet());
            return List.copyOf(all);
        }
    }

    /** The rule for a sheet: by "file!sheet", then by sheet name, then (CSV) by file name; matched ignoring case. */
    public Optional<SheetRule> sheet(String file, String sheet) {
        String fileName = java.nio.file.Path.of(file).getFileName().toString();
        for (String candidate : sheet == null ? List.of(fileName, file) : List.of(fileName + "!" + sheet, file + "!" + sheet, sheet)) {
            SheetRule r = sheets.get(Dictionary.key(candidate));
            if (r != null) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The field a header names for this table by the mapping ("ignore" to drop the column), if it says. */
    public Optional<String> column(CanonicalTable table, String headerKey) {
        Map<String, String> forTable = columns.get(table.sheetName().toLowerCase(java.util.Locale.ROOT));
        if (forTable != null && forTable.containsKey(headerKey)) {
            return Optional.of(forTable.get(headerKey));
        }
        Map<String, String> any = columns.get("*");
        return any == null ? Optional.empty() : Optional.ofNullable(any.get(headerKey));
    }

    public Optional<String> value(String fieldKey, String text) {
        Map<String, String> forField = values.get(fieldKey);
        return forField == null ? Optional.empty() : Optional.ofNullable(forField.get(Dictionary.key(text)));
    }

    public Optional<String> defaultValue(CanonicalTable table, String fieldKey) {
        Map<String, String> forTable = defaults.get(table.sheetName().toLowerCase(java.util.Locale.ROOT));
        return forTable == null ? Optional.empty() : Optional.ofNullable(forTable.get(fieldKey));
    }

    public ImportMapping withRates(Rates other) {
        return new ImportMapping(path, company, decimalComma, dateOrder, fiscalYear, skipHidden, columns, values, lines, sheets, defaults, other, selection);
    }
}

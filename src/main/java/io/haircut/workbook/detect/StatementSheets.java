package io.haircut.workbook.detect;

import io.haircut.workbook.cells.RawCell;
import io.haircut.workbook.cells.SheetInfo;
import io.haircut.workbook.cells.TableRow;
import io.haircut.workbook.mapping.Dictionary;
import io.haircut.workbook.mapping.ImportMapping;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the sheets of a statement workbook: an SEC EDGAR {@code Financial_Report.xlsx} (one statement
 * or note per sheet, a title cell such as "CONSOLIDATED STATEMENTS OF OPERATIONS - USD ($) $ in Thousands",
 * "12 Months Ended" over the period headers, XBRL headings such as "[Abstract]") or a three-statement
 * model's "Income Statement", "Balance Sheet" and "Cash Flow" sheets. The income statement is read as a
 * P&L, in the units its title states; balance sheets, cash-flow statements, equity statements,
 * parenthetical details and notes are skipped: their lines ("Deferred revenue", "Sales proceeds",
 * "Purchases, sales and settlements") are not revenue.
 */
public final class StatementSheets {

    /** What a statement sheet is. */
    public enum Kind {
        INCOME("an income statement", "income statements"), BALANCE("a balance sheet", "balance sheets"),
        CASH_FLOW("a cash-flow statement", "cash-flow statements"), EQUITY("a statement of equity", "statements of equity"),
        PARENTHETICAL("parenthetical details", "parenthetical details"), NOTE("a note or cover sheet", "notes or cover sheets");

        public final String describe;
        public final String plural;

        Kind(String describe, String plural) {
            this.describe = describe;
            this.plural = plural;
        }
    }

    /** A recognised sheet: its kind, its title, whether it is part of a filing, and the units its title states (null if none). */
    public record Statement(Kind kind, String title, boolean filing, Dictionary.Units units) {

        /** How the detector reads an income statement: as a P&L, in the title's units and currency. */
        ImportMapping.SheetRule rule() {
            return new ImportMapping.SheetRule("pnl", null, units == null ? null : units.factor(), units == null ? null : units.word(),
                    units == null ? null : units.currency(), 0);
        }
    }

    private static final Pattern FILING_TITLE = Pattern.compile(".+ - [a-z]{3} \\(.*\\).*");
    private static final Pattern MONTHS_ENDED = Pattern.compile("\\d+ months ended.*");
    private static final Pattern XBRL = Pattern.compile(".*\\[(abstract|text block|line items|table|axis|member|domain)\\]\\s*$");

    private StatementSheets() {
    }

    /** The statement a sheet is, from its title and its first rows; empty for any other sheet. */
    public static Optional<Statement> recognise(SheetInfo info, List<TableRow> window, boolean filingSeen) {
        if (info.sheet() == null || window.isEmpty()) {
            return Optional.empty();
        }
        String title = window.get(0).cells().stream().filter(c -> c.kind() == RawCell.Kind.TEXT).map(c -> c.text().trim()).findFirst().orElse("");
        String t = title.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean filing = filingSeen || FILING_TITLE.matcher(t).matches() || hasFilingMarks(window);
        String text = (t + " | " + info.sheet().toLowerCase(Locale.ROOT)).replace('\u2019', '\'');
        Kind kind = kind(text, filing);
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(new Statement(kind, title.isEmpty() ? info.sheet() : title, filing, filing ? units(t) : null));
    }

    private static Kind kind(String text, boolean filing) {
        if (text.contains("parenthetical")) {
            return filing ? Kind.PARENTHETICAL : null;
        }
        if (filing && text.matches("(?s).*(\\((details|tables|policies|narrative)\\)|text block|document and entity|\\bcover\\b).*")) {
            return Kind.NOTE;
        }
        if (text.matches("(?s).*\\bcash ?flows?\\b.*")) {
            return Kind.CASH_FLOW;
        }
        if (text.matches("(?s).*\\b(balance sheets?|financial position|financial condition)\\b.*")) {
            return Kind.BALANCE;
        }
        if (text.matches("(?s).*((stockholders|shareholders|members|partners)'? (equity|deficit|capital)|changes in (net assets|equity)"
                + "|statements? of equity).*")) {
            return Kind.EQUITY;
        }
        if (text.matches("(?s).*(statements? of (consolidated )?[a-z ,'()]*(operations|income|earnings|loss|profit)|income statements?"
                + "|profit (and|&) loss statement).*")) {
            return Kind.INCOME;
        }
        return filing ? Kind.NOTE : null;
    }

    /** "12 Months Ended" over the periods, or XBRL headings ("Revenues [Abstract]") down the label column. */
    private static boolean hasFilingMarks(List<TableRow> window) {
        for (int i = 0; i < window.size() && i < 60; i++) {
            for (RawCell c : window.get(i).cells()) {
                if (c.kind() != RawCell.Kind.TEXT) {
                    continue;
                }
                String s = c.text().trim().toLowerCase(Locale.ROOT);
                if (i < 3 && MONTHS_ENDED.matcher(s).matches() || XBRL.matcher(s).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "$ in Thousands" in a filing's title; "shares in Thousands, $ in Millions" is millions (the money's units). */
    static Dictionary.Units units(String title) {
        String currency = Dictionary.units(title + " usd").map(Dictionary.Units::currency).orElse("USD");
        Matcher m = Pattern.compile("- ([a-z]{3}) \\(").matcher(title);
        if (m.find()) {
            currency = m.group(1).toUpperCase(Locale.ROOT);
        }
        Matcher money = Pattern.compile("(?:\\$|€|£|\\b[a-z]{3}) in (thousands|millions|billions)").matcher(title);
        String word = money.find() ? money.group(1) : null;
        if (word == null) {
            return new Dictionary.Units(BigDecimal.ONE, "units", currency);
        }
        BigDecimal factor = switch (word) {
            case "thousands" -> new BigDecimal("1000");
            case "millions" -> new BigDecimal("1000000");
            default -> new BigDecimal("1000000000");
        };
        return new Dictionary.Units(factor, word, currency);
    }
}

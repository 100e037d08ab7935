package io.haircut.workbook;

import io.haircut.ledger.SourceRef;
import io.haircut.workbook.Plans.ColumnUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which column of a revenue export is the revenue amount, by a fixed precedence of header names, and
 * when that cannot be told. A net amount ("Net Amount", "Net Revenue", "Net Sales") comes first; then a
 * plain amount ("Amount", "Revenue", "Sales", "Amount Billed", "MRR"); then a vague one ("Value"); a total
 * that may include tax ("Total", "Invoice Total", "Gross Amount") last. Profit, cost, discount, tax,
 * quantity, price and amounts paid or due are never the amount (they are no synonym of it). Two columns
 * of the same rank, or a total beside a tax column, are refused with the mapping line that settles it
 * (see docs/importing-exports.md). The synonyms of the revenue Amount field are these lists, in order.
 */
final class AmountColumns {

    static final List<String> NET = List.of("net amount", "net revenue", "net sales", "amount net", "net", "net total",
            "amount excl tax", "amount excluding tax", "amount ex tax", "net of tax");
    static final List<String> PLAIN = List.of("amount", "revenue", "recognized revenue", "recognised revenue", "sales", "amount billed",
            "billed amount", "billed", "invoice amount", "line amount", "order amount", "sale amount", "sales amount", "revenue amount",
            "mrr", "monthly recurring revenue", "usd", "amount usd");
    static final List<String> VAGUE = List.of("value", "order value", "sales value");
    static final List<String> GROSS = List.of("total", "invoice total", "total amount", "gross amount", "gross", "gross total",
            "amount incl tax", "amount including tax", "total incl tax", "total including tax", "gross sales");

    private static final List<List<String>> RANKS = List.of(NET, PLAIN, VAGUE, GROSS);
    private static final Pattern TAX = Pattern.compile("(sales |total |value added )?(tax|taxes|vat|gst|hst|pst|sales tax)( amount| total| usd)?");
    private static final Pattern UNIT_TAIL = Pattern.compile("\\s+(in\\s+)?(usd|eur|gbp|inr|k|000s?|thousands|m|mm|mn|millions|bn|billions|units)$");

    private AmountColumns() {
    }

    static List<String> synonyms() {
        List<String> all = new ArrayList<>();
        RANKS.forEach(all::addAll);
        return all;
    }

    /** 0 (net) .. 3 (gross total) for a header that names the revenue amount; -1 for any other header. */
    static int rank(String header) {
        for (String key = Dictionary.header(header).key(); ; ) {
            for (int i = 0; i < RANKS.size(); i++) {
                if (RANKS.get(i).contains(key)) {
                    return i;
                }
            }
            java.util.regex.Matcher tail = UNIT_TAIL.matcher(key);
            if (!tail.find()) {
                return -1;
            }
            key = key.substring(0, tail.start());
        }
    }

    /** Plain amounts that may be a list price before a discount ("Amount", "Line Amount", "Value"); "Sales", "Billed", "Revenue" are after it. */
    private static final List<String> BEFORE_OR_AFTER_DISCOUNT = List.of("amount", "amount usd", "usd", "line amount", "order amount", "value",
            "order value", "sales value");
    private static final Pattern DISCOUNT = Pattern.compile("(total |line |order )?discounts?( amount| total| usd| value| rate| pct| percent| percentage)?");
    /** A monthly rate rather than a billed amount: a month's revenue only on a row that is one month. */
    private static final List<String> RATES = List.of("mrr", "monthly recurring revenue");
    /** Date headers that date a subscription by its start, not a row by its month. */
    private static final List<String> STARTS = List.of("start date", "subscription start", "subscription start date");

    static boolean isDiscount(String header) {
        return DISCOUNT.matcher(Dictionary.header(header).key()).matches();
    }

    /** Whether a non-zero discount beside this amount header leaves open whether the amount is before or after it. */
    static boolean mayBeBeforeDiscount(String header) {
        return BEFORE_OR_AFTER_DISCOUNT.contains(Dictionary.header(header).key());
    }

    static boolean isTax(String header) {
        return TAX.matcher(Dictionary.header(header).key()).matches();
    }

    /**
     * Why a revenue table's amount column cannot be trusted without a word from the analyst, or empty:
     * two columns of the best rank, or a total beside a tax column. A column the mapping names is certain.
     */
    static Optional<String> problem(SheetInfo info, CanonicalTable table, List<ColumnUse> columns, ImportMapping mapping) {
        if (table != CanonicalTable.REVENUE) {
            return Optional.empty();
        }
        ColumnUse chosen = columns.stream().filter(c -> c.use() == Plans.Use.FIELD && c.field().key().equals("amount")).findFirst().orElse(null);
        if (chosen == null || "the mapping".equals(chosen.why())) {
            return Optional.empty();
        }
        int best = rank(chosen.header());
        if (best < 0) {
            return Optional.empty();
        }
        // The other columns that read as an amount (their cells fit) were kept as extras: "also reads as amount".
        List<ColumnUse> tied = columns.stream().filter(c -> (c == chosen || c.why() != null && c.why().contains("also reads as amount"))
                && rank(c.header()) == best).toList();
        String revenue = info.where() + ": ";
        if (tied.size() > 1) {
            List<String> named = tied.stream().map(c -> cell(c)).toList();
            return Optional.of(revenue + String.join(" and ", named) + " could each be the revenue amount; say which in a mapping file: "
                    + "columns: { revenue: { '" + tied.get(0).header().trim() + "': amount } }");
        }
        ColumnUse date = columns.stream().filter(c -> c.use() == Plans.Use.FIELD && c.field().key().equals("date")).findFirst().orElse(null);
        if (RATES.contains(Dictionary.header(chosen.header()).key()) && date != null && STARTS.contains(Dictionary.header(date.header()).key())) {
            return Optional.of(revenue + cell(chosen) + " is a monthly rate and " + cell(date) + " dates each row by its start, so a row is a "
                    + "subscription, not one month's revenue, and haircut does not know the months it ran: import the invoices or a month-by-customer "
                    + "table (month, customer, mrr), or, if each row is one month's revenue, say so in a mapping file: columns: { revenue: { '"
                    + chosen.header().trim() + "': amount } }");
        }
        if (best == RANKS.indexOf(GROSS)) {
            Optional<ColumnUse> tax = columns.stream().filter(c -> isTax(c.header())).findFirst();
            if (tax.isPresent()) {
                return Optional.of(revenue + cell(chosen) + " is a total and " + cell(tax.get()) + " is beside it; revenue is net of tax and "
                        + "haircut cannot tell whether the total includes the tax: name the net amount column in a mapping file "
                        + "(columns: { revenue: { 'NET AMOUNT HEADER': amount } }), or, if the total excludes the tax, "
                        + "columns: { revenue: { '" + chosen.header().trim() + "': amount } }");
            }
        }
        return Optional.empty();
    }

    private static String cell(ColumnUse c) {
        return "column " + SourceRef.columnLetters(c.column()) + " '" + c.header().trim() + "'";
    }
}

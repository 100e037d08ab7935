package io.haircut.workbook.mapping;

import java.util.ArrayList;
import java.util.List;
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
public final class AmountColumns {

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
    public static int rank(String header) {
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
    public static boolean isDiscount(String header) {
        return DISCOUNT.matcher(Dictionary.header(header).key()).matches();
    }

    /** Whether a non-zero discount beside this amount header leaves open whether the amount is before or after it. */
    public static boolean mayBeBeforeDiscount(String header) {
        return BEFORE_OR_AFTER_DISCOUNT.contains(Dictionary.header(header).key());
    }

    public static boolean isTax(String header) {
        return TAX.matcher(Dictionary.header(header).key()).matches();
    }

    /** The rank of a total that may include tax ("Total", "Gross Amount"). */
    public static int grossRank() {
        return RANKS.indexOf(GROSS);
    }
}

package io.haircut.workbook.detect;

import io.haircut.ledger.SourceRef;
import io.haircut.workbook.cells.SheetInfo;
import io.haircut.workbook.detect.Plans.ColumnUse;
import io.haircut.workbook.mapping.AmountColumns;
import io.haircut.workbook.mapping.CanonicalTable;
import io.haircut.workbook.mapping.Dictionary;
import io.haircut.workbook.mapping.ImportMapping;
import java.util.List;
import java.util.Optional;

/**
 * Whether the revenue amount column a long table was given ({@link AmountColumns}' precedence) can be
 * trusted, or needs a word from the analyst.
 */
final class AmountDoubts {

    /** A monthly rate rather than a billed amount: a month's revenue only on a row that is one month. */
    private static final List<String> RATES = List.of("mrr", "monthly recurring revenue");
    /** Date headers that date a subscription by its start, not a row by its month. */
    private static final List<String> STARTS = List.of("start date", "subscription start", "subscription start date");

    private AmountDoubts() {
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
        int best = AmountColumns.rank(chosen.header());
        if (best < 0) {
            return Optional.empty();
        }
        // The other columns that read as an amount (their cells fit) were kept as extras: "also reads as amount".
        List<ColumnUse> tied = columns.stream().filter(c -> (c == chosen || c.why() != null && c.why().contains("also reads as amount"))
                && AmountColumns.rank(c.header()) == best).toList();
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
        if (best == AmountColumns.grossRank()) {
            Optional<ColumnUse> tax = columns.stream().filter(c -> AmountColumns.isTax(c.header())).findFirst();
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

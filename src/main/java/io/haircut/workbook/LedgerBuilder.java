package io.haircut.workbook;

import io.haircut.ledger.CashBalance;
import io.haircut.ledger.Commitment;
import io.haircut.ledger.CostCategory;
import io.haircut.ledger.CostEntry;
import io.haircut.ledger.CustomerCount;
import io.haircut.ledger.FundingEntry;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Money;
import io.haircut.ledger.Party;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.SourceFile;
import io.haircut.ledger.Status;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Receives canonical tables row by row and builds the {@link Ledger}: the header row maps columns,
 * each later row becomes one entry that remembers its cell. Sheets that are not haircut tables are
 * listed in {@link #notes()}, never dropped silently.
 */
final class LedgerBuilder implements TableSink {

    private final List<RevenueEntry> revenue = new ArrayList<>();
    private final List<CostEntry> costs = new ArrayList<>();
    private final List<CustomerCount> customers = new ArrayList<>();
    private final List<FundingEntry> funding = new ArrayList<>();
    private final List<Commitment> commitments = new ArrayList<>();
    private final List<Party> parties = new ArrayList<>();
    private final List<CashBalance> cash = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<CanonicalTable> seen = EnumSet.noneOf(CanonicalTable.class);
    /** Interned strings: a million entries share a few hundred customer and channel names. */
    private final Map<String, String> interned = new HashMap<>();

    private String file;
    private String sheet;
    private CanonicalTable table;
    private Columns columns;
    private int tables;

    @Override
    public void startTable(String file, String sheet, String tableName) {
        this.file = file;
        this.sheet = sheet;
        this.columns = null;
        this.tables++;
        this.table = CanonicalTable.named(tableName).orElse(null);
        String where = where();
        if (table == null) {
            notes.add("ignored " + (sheet == null ? "file " : "sheet ") + where + ": not one of " + CanonicalTable.sheetNames());
        } else if (!seen.add(table)) {
            throw new ImportException(where + ": a second " + table.sheetName() + " table; give each table once");
        }
    }

    @Override
    public void row(TableRow row) {
        if (table == null) {
            return;
        }
        if (columns == null) {
            columns = Columns.fromHeader(table, row, where());
            return;
        }
        RowFields f = new RowFields(row, columns, file, sheet);
        switch (table) {
            case REVENUE -> revenue.add(revenueEntry(f));
            case COSTS -> costs.add(new CostEntry(f.month("Month"), f.choice("Category", CostCategory.class),
                    new Money(f.amount("Amount"), f.currency("Currency")), f.choice("Paid With", Settlement.class), f.ref("Amount")));
            case CUSTOMERS -> customers.add(new CustomerCount(f.month("Month"), f.count("Active"), f.count("New"),
                    f.count("Churned"), f.ref("Active")));
            case FUNDING -> funding.add(new FundingEntry(f.date("Date"), intern(f.text("Investor")),
                    new Money(f.amount("Amount"), f.currency("Currency")), f.choice("Form", Settlement.class),
                    f.choice("Status", Status.class), f.ref("Amount")));
            case COMMITMENTS -> commitments.add(CommitmentRows.commitment(f, intern(f.text("Vendor"))));
            case PARTIES -> parties.add(new Party(f.text("Name"), f.text("Group"),
                    f.choice("Relationship", Relationship.class), f.ref("Name")));
            case CASH -> {
                String currency = f.currency("Currency");
                cash.add(new CashBalance(f.month("Month"), new Money(f.amount("Cash Balance"), currency),
                        new Money(f.amount("Unused Credits"), currency), f.ref("Cash Balance")));
            }
        }
    }

    private RevenueEntry revenueEntry(RowFields f) {
        Map<String, String> attributes = new LinkedHashMap<>();
        f.optionalText("Invoice").ifPresent(v -> attributes.put("invoice", v));
        f.optionalText("Product").ifPresent(v -> attributes.put("product", intern(v)));
        columns.extra().forEach((name, column) -> f.extraText(column).ifPresent(v -> attributes.put(name, v)));
        return new RevenueEntry(f.date("Date"), intern(f.text("Customer")), intern(f.text("Channel")),
                f.choice("Settlement", Settlement.class), new Money(f.amount("Amount"), intern(f.currency("Currency"))),
                attributes, f.ref("Amount"));
    }

    @Override
    public void endTable() {
        if (table != null && columns == null) {
            throw new ImportException(where() + ": the " + table.sheetName() + " table is empty; expected a header row with "
                    + String.join(", ", table.required()));
        }
        table = null;
    }

    private String intern(String s) {
        return interned.computeIfAbsent(s, k -> k);
    }

    private String where() {
        return sheet == null ? file : file + "!" + sheet;
    }

    int tables() {
        return tables;
    }

    List<String> notes() {
        return notes;
    }

    Ledger build(String company, List<SourceFile> files, String source) {
        if (!seen.contains(CanonicalTable.REVENUE)) {
            throw new ImportException(source + ": no Revenue " + (files.size() > 1 || source.endsWith("/") ? "file" : "sheet")
                    + "; haircut needs a Revenue table with columns " + String.join(", ", CanonicalTable.REVENUE.required())
                    + " (see samples/README.md)");
        }
        return new Ledger(company, files, revenue, costs, customers, funding, commitments, new PartyRegister(parties), cash);
    }
}

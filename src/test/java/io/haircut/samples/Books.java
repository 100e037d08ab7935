package io.haircut.samples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A generated company's books in plain values (cents as longs), and their layout as the canonical
 * workbook: the sheet names and headers documented in samples/README.md live here, once.
 */
record Books(
        String invoicePrefix,
        List<Invoice> revenue,
        List<Cost> costs,
        List<Tally> customers,
        List<Funding> funding,
        List<Commitment> commitments,
        List<PartyRow> parties,
        List<Balance> cash) {

    static final String CASH = "cash";
    static final String CREDIT = "cloud-credit";
    static final String BINDING = "binding";
    static final String CONTINGENT = "contingent";

    /** One revenue line; {@code related} is the generator's own knowledge, never written to the sheet. */
    record Invoice(LocalDate date, String customer, String channel, String settlement, long cents, String product, boolean related) {
    }

    record Cost(YearMonth month, String category, long cents, String paidWith) {
    }

    record Tally(YearMonth month, long active, long added, long churned) {
    }

    record Funding(LocalDate date, String investor, long cents, String form, String status) {
    }

    record Commitment(String vendor, int year, long cents, String status) {
    }

    record PartyRow(String name, String group, String relationship) {
    }

    record Balance(YearMonth month, long cashCents, long creditCents) {
    }

    /** A customer group's life: active from month index {@code start} (negative: before the data) until {@code end}, exclusive. */
    record Life(int start, int end) {
        boolean activeIn(int month) {
            return start <= month && month < end;
        }
    }

    /** Active, new and churned groups per month, as the Customers sheet states them. */
    static List<Tally> tallies(YearMonth first, int months, List<Life> lives) {
        List<Tally> tallies = new ArrayList<>();
        for (int k = 0; k < months; k++) {
            int month = k;
            long active = lives.stream().filter(l -> l.activeIn(month)).count();
            long added = lives.stream().filter(l -> l.start() == month).count();
            long churned = lives.stream().filter(l -> l.end() == month).count();
            tallies.add(new Tally(first.plusMonths(k), active, added, churned));
        }
        return tallies;
    }

    /**
     * Month-end balances: cash moves by cash revenue, cash costs and binding cash funding; unused
     * credits grow by credit-settled revenue (paid to the company in credits) and binding credit
     * funding, and shrink by costs paid with credits.
     */
    static List<Balance> balances(YearMonth first, int months, long openingCash, long openingCredits,
                                  List<Invoice> revenue, List<Cost> costs, List<Funding> funding) {
        List<Balance> balances = new ArrayList<>();
        long cash = openingCash;
        long credits = openingCredits;
        for (int k = 0; k < months; k++) {
            YearMonth month = first.plusMonths(k);
            for (Invoice i : revenue) {
                if (YearMonth.from(i.date()).equals(month)) {
                    if (i.settlement().equals(CASH)) {
                        cash += i.cents();
                    } else {
                        credits += i.cents();
                    }
                }
            }
            for (Cost c : costs) {
                if (c.month().equals(month)) {
                    if (c.paidWith().equals(CASH)) {
                        cash -= c.cents();
                    } else {
                        credits -= c.cents();
                    }
                }
            }
            for (Funding f : funding) {
                if (YearMonth.from(f.date()).equals(month) && f.status().equals(BINDING)) {
                    if (f.form().equals(CASH)) {
                        cash += f.cents();
                    } else {
                        credits += f.cents();
                    }
                }
            }
            if (cash < 0 || credits < 0) {
                throw new IllegalStateException("sample runs out of cash or credits in " + month);
            }
            balances.add(new Balance(month, cash, credits));
        }
        return balances;
    }

    /** The books as the canonical workbook: invoices sorted by date (stable) and numbered in that order. */
    Sample toSample(String stem) {
        List<Invoice> sorted = new ArrayList<>(revenue);
        sorted.sort(Comparator.comparing(Invoice::date));
        List<List<Cell>> revenueRows = new ArrayList<>();
        for (int n = 0; n < sorted.size(); n++) {
            Invoice i = sorted.get(n);
            revenueRows.add(List.of(Cell.day(i.date()), Cell.text(i.customer()), Cell.text(i.channel()),
                    Cell.text(i.settlement()), Cell.cents(i.cents()), Cell.text(String.format("%s-%06d", invoicePrefix, n + 1)),
                    Cell.text(i.product()), Cell.text("USD")));
        }
        List<SampleSheet> sheets = List.of(
                new SampleSheet("Revenue", List.of("Date", "Customer", "Channel", "Settlement", "Amount", "Invoice", "Product", "Currency"),
                        revenueRows),
                new SampleSheet("Costs", List.of("Month", "Category", "Amount", "Paid With"), costs.stream()
                        .map(c -> List.of(Cell.text(c.month().toString()), Cell.text(c.category()), Cell.cents(c.cents()), Cell.text(c.paidWith())))
                        .toList()),
                new SampleSheet("Customers", List.of("Month", "Active", "New", "Churned"), customers.stream()
                        .map(t -> List.of(Cell.text(t.month().toString()), Cell.count(t.active()), Cell.count(t.added()), Cell.count(t.churned())))
                        .toList()),
                new SampleSheet("Funding", List.of("Date", "Investor", "Amount", "Form", "Status"), funding.stream()
                        .map(f -> List.of(Cell.day(f.date()), Cell.text(f.investor()), Cell.cents(f.cents()), Cell.text(f.form()), Cell.text(f.status())))
                        .toList()),
                new SampleSheet("Commitments", List.of("Vendor", "Year", "Amount", "Status"), commitments.stream()
                        .map(c -> List.of(Cell.text(c.vendor()), Cell.count(c.year()), Cell.cents(c.cents()), Cell.text(c.status())))
                        .toList()),
                new SampleSheet("Parties", List.of("Name", "Group", "Relationship"), parties.stream()
                        .map(p -> List.<Cell>of(Cell.text(p.name()), Cell.text(p.group()), Cell.text(p.relationship())))
                        .toList()),
                new SampleSheet("Cash", List.of("Month", "Cash Balance", "Unused Credits"), cash.stream()
                        .map(b -> List.of(Cell.text(b.month().toString()), Cell.cents(b.cashCents()), Cell.cents(b.creditCents())))
                        .toList()));
        return new Sample(stem, sheets, summary());
    }

    Sample.Summary summary() {
        long reported = 0;
        long credit = 0;
        long related = 0;
        long overlap = 0;
        for (Invoice i : revenue) {
            boolean inCredits = i.settlement().equals(CREDIT);
            reported += i.cents();
            credit += inCredits ? i.cents() : 0;
            related += i.related() ? i.cents() : 0;
            overlap += inCredits && i.related() ? i.cents() : 0;
        }
        return new Sample.Summary(revenue.size(), reported, credit, related, overlap);
    }
}

package io.haircut.workbook.read;

import io.haircut.ledger.CashBalance;
import io.haircut.ledger.Commitment;
import io.haircut.ledger.CostEntry;
import io.haircut.ledger.FundingEntry;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Money;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.SourceRef;
import io.haircut.workbook.ImportException;
import io.haircut.workbook.mapping.ImportMapping;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts every amount of a ledger into the rate table's currency, so reports can add them: amount x
 * rate, exactly (no rounding until display), with the rate of the entry's month when the table gives
 * monthly rates. A revenue entry keeps its original amount and the rate used as attributes
 * ({@code original-amount}, {@code rate}), so the conversion can be traced.
 */
final class RateConversion {

    private RateConversion() {
    }

    static Ledger convert(Ledger l, ImportMapping.Rates rates, List<String> notes) {
        int[] converted = {0};
        List<RevenueEntry> revenue = l.revenue().stream().map(e -> {
            if (e.amount().currency().equals(rates.to())) {
                return e;
            }
            converted[0]++;
            Money to = convert(e.amount(), e.month(), e.source(), rates);
            Map<String, String> attributes = new LinkedHashMap<>(e.attributes());
            attributes.put("original-amount", e.amount().currency() + " " + e.amount().amount().toPlainString());
            attributes.put("rate", rates.rate(e.amount().currency(), e.month()).orElseThrow().toPlainString());
            return new RevenueEntry(e.date(), e.customer(), e.channel(), e.settlement(), to, attributes, e.source(), e.span(), e.basis(),
                    e.namedCustomer());
        }).toList();
        List<CostEntry> costs = l.costs().stream().map(c -> new CostEntry(c.month(), c.category(),
                convert(c.amount(), c.month(), c.source(), rates), c.paidWith(), c.source(), c.span(), c.basis())).toList();
        List<FundingEntry> funding = l.funding().stream().map(f -> new FundingEntry(f.date(), f.investor(),
                convert(f.amount(), YearMonth.from(f.date()), f.source(), rates), f.form(), f.status(), f.source())).toList();
        List<Commitment> commitments = l.commitments().stream().map(c -> new Commitment(c.vendor(), c.year(),
                c.amount() == null ? null : convert(c.amount(), YearMonth.of(c.year(), 1), c.source(), rates), c.status(), c.source(),
                c.termYears(), c.rampPercents(), c.rampSource(), c.gigawatts())).toList();
        List<CashBalance> cash = l.cash().stream().map(c -> new CashBalance(c.month(), convert(c.cash(), c.month(), c.source(), rates),
                convert(c.unusedCredits(), c.month(), c.source(), rates), c.source())).toList();
        notes.add("amounts converted to " + rates.to() + " with the rates in " + rates.source() + " (" + converted[0]
                + " revenue entries converted; each keeps its original amount and rate)");
        return new Ledger(l.company(), l.files(), revenue, costs, l.customers(), funding, commitments, l.parties(), cash);
    }

    private static Money convert(Money m, YearMonth month, SourceRef source, ImportMapping.Rates rates) {
        if (m.currency().equals(rates.to())) {
            return m;
        }
        return rates.rate(m.currency(), month)
                .map(rate -> new Money(m.amount().multiply(rate), rates.to()))
                .orElseThrow(() -> new ImportException(source + ": the amount is in " + m.currency() + " but " + rates.source()
                        + " has no " + m.currency() + " rate" + (rates.monthly().containsKey(m.currency()) ? " for " + month : "")
                        + "; add one (rates: { " + m.currency() + ": RATE }), the value of one " + m.currency() + " in " + rates.to()));
    }
}

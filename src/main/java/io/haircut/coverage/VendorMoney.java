package io.haircut.coverage;

import io.haircut.rules.checks.NearMisses;
import io.haircut.ledger.Commitment;
import io.haircut.ledger.FundingEntry;
import io.haircut.ledger.Money;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.Status;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.Counterparties;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Coverage without the vendors' own money (circular financing; docs/methodology.md, "Commitment coverage"):
 * the binding funding received from the groups the counted commitments are owed to comes out of cash on
 * hand (cash funding, floored at zero) and out of unused credits (credit funding, floored at zero). A
 * vendor is matched to its group as a customer is (the Parties names, normalised); a vendor in no group
 * is named, with the group it looks like, and its funders' money stays in.
 */
final class VendorMoney {

    private VendorMoney() {
    }

    /** {@code cash} and {@code credits} are the balance coverage counts; funding in another currency is refused. */
    static CoverageReport.VendorFunding of(AdjustedLedger adjusted, List<Commitment> counted, Money cash, Money credits,
                                           YearMonth cashMonth) {
        PartyRegister register = adjusted.parties();
        Counterparties parties = new Counterparties(register);
        Set<String> groups = new LinkedHashSet<>();
        Set<String> unmatched = new LinkedHashSet<>();
        for (Commitment c : counted) {
            Optional<PartyRegister.Group> g = parties.groupOf(c.vendor());
            if (g.isPresent()) {
                groups.add(g.get().name());
            } else {
                unmatched.add(c.vendor());
            }
        }
        Money cashFunding = Money.zero(cash.currency());
        Money creditFunding = Money.zero(cash.currency());
        for (FundingEntry f : adjusted.ledger().funding()) {
            if (f.status() != Status.BINDING) {
                continue;
            }
            // Funding in another currency cannot be taken out of this balance; refused, never skipped.
            Money.requireCurrency(f.amount(), f.source(), cash.currency(), "the cash balance is");
            // Received by the cash month: later tranches are not in the cash balance yet.
            if (cashMonth == null || f.month().isAfter(cashMonth)) {
                continue;
            }
            if (parties.groupOf(f.investor()).map(g -> groups.contains(g.name())).orElse(false)) {
                if (f.form() == Settlement.CLOUD_CREDIT) {
                    creditFunding = creditFunding.plus(f.amount());
                } else {
                    cashFunding = cashFunding.plus(f.amount());
                }
            }
        }
        List<String> named = new ArrayList<>();
        List<NearMisses.NearMiss> near = NearMisses.find(List.copyOf(unmatched), register);
        for (String vendor : unmatched) {
            String looksLike = near.stream().filter(m -> m.name().equals(vendor)).map(m -> m.group().name()).findFirst().orElse(null);
            named.add(looksLike == null ? vendor : vendor + " (looks like " + looksLike + ", not matched)");
        }
        BigDecimal cashRemoved = cashFunding.amount().min(cash.amount().max(BigDecimal.ZERO));
        BigDecimal creditsRemoved = creditFunding.amount().min(credits.amount().max(BigDecimal.ZERO));
        return new CoverageReport.VendorFunding(List.copyOf(groups), cash.amount(), cashFunding.amount(), cashRemoved, credits.amount(),
                creditFunding.amount(), creditsRemoved, named);
    }
}

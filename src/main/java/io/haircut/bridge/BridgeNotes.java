package io.haircut.bridge;

import io.haircut.ledger.PartyRegister;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.AdjustedLedger.RevenueLine;
import io.haircut.rules.applied.Adjustment;
import io.haircut.rules.Counterparties;
import io.haircut.rules.applied.RoundTripLink;
import io.haircut.rules.Rule;
import io.haircut.rules.Scope;
import io.haircut.rules.View;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the bridge's steps do not say by themselves (docs/investors-and-coverage.md, "The bridge"): the rules
 * that only mark entries (a flag changes no amount, so it is no step), with how many entries they marked and
 * the amount they point at; and the revenue from investor and affiliate groups (ASC 850-10-50-1) before any
 * rule, with what of it left at the cash step and at the adjusted step.
 *
 * @param flags the active revenue rules that change no amount, in bridge order
 * @param relatedGross reported revenue from customers in an investor or affiliate group
 * @param relatedAtCashStep what the cash-view rules took out of it
 * @param relatedAtAdjustedStep what the adjusted-view rules took out of what was left
 */
public record BridgeNotes(List<FlagLine> flags, BigDecimal relatedGross, BigDecimal relatedAtCashStep,
                          BigDecimal relatedAtAdjustedStep) {

    /**
     * One flag-only rule.
     *
     * @param entries how many revenue entries it marked
     * @param amount for a round-trip rule, the revenue it linked to funding; else the reported revenue of the entries it marked
     * @param linksFunding true for a round-trip rule: {@code amount} is linked to funding tranches
     */
    public record FlagLine(Rule rule, long entries, BigDecimal amount, boolean linksFunding) {
    }

    public BridgeNotes {
        flags = List.copyOf(flags);
    }

    /** Reads the adjusted ledger once for the flags and once for the investor and affiliate revenue. */
    public static BridgeNotes of(AdjustedLedger adjusted) {
        Map<String, Long> counts = new HashMap<>();
        Map<String, BigDecimal> marked = new HashMap<>();
        for (Adjustment a : adjusted.adjustments()) {
            if (!a.rule().action().adjusts()) {
                counts.merge(a.rule().id(), 1L, Long::sum);
                marked.merge(a.rule().id(), a.before(), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> linked = new HashMap<>();
        for (RoundTripLink l : adjusted.roundTrips()) {
            linked.merge(l.rule().id(), l.linked(), BigDecimal::add);
        }
        List<FlagLine> flags = new ArrayList<>();
        for (View view : List.of(View.CASH, View.ADJUSTED)) {
            for (Rule r : adjusted.rules().inOrder(Scope.REVENUE, view)) {
                if (r.action().adjusts()) {
                    continue;
                }
                boolean links = linked.containsKey(r.id());
                flags.add(new FlagLine(r, counts.getOrDefault(r.id(), 0L),
                        links ? linked.get(r.id()) : marked.getOrDefault(r.id(), BigDecimal.ZERO), links));
            }
        }
        Counterparties parties = new Counterparties(adjusted.parties());
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal atCash = BigDecimal.ZERO;
        BigDecimal atAdjusted = BigDecimal.ZERO;
        for (RevenueLine line : adjusted.revenueLines()) {
            Optional<PartyRegister.Group> g = parties.groupOf(line.entry().customer());
            if (g.isPresent() && g.get().isRelated()) {
                gross = gross.add(line.reported());
                atCash = atCash.add(line.reported().subtract(line.cash()));
                atAdjusted = atAdjusted.add(line.cash().subtract(line.adjusted()));
            }
        }
        return new BridgeNotes(flags, gross, atCash, atAdjusted);
    }
}

package io.haircut.export;

import io.haircut.ledger.Ledger;
import io.haircut.ledger.Money;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.SourceRef;
import io.haircut.rules.Action;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.Condition;
import io.haircut.rules.Rule;
import io.haircut.rules.RuleOrigin;
import io.haircut.rules.RuleSet;
import io.haircut.rules.View;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Five revenue entries from one sheet (rows 2, 3, 5, 6, 9, with gaps) and two rules, with hostile text
 * in entry 3. The figures every export test expects, worked by hand:
 *
 * <pre>
 * row  date        customer           settlement    amount   cloud-credit-revenue  related-party-revenue
 *  2   2026-03-05  Acme Corp          cash         1000.00
 *  3   2026-03-20  AWS Marketplace    cloud-credit  300.00   -300.00
 *  5   2026-04-02  =HYPERLINK(...)    cash          250.50
 *  6   2026-04-15  Investor Co        cloud-credit  199.99   -199.99               (overlap: not applied)
 *  9   2026-04-28  Investor Co        cash          400.00                         -200.00 (50% of 400.00)
 *
 * Reported = 1000.00 + 300.00 + 250.50 + 199.99 + 400.00 = 2150.49
 * cloud-credit-revenue = -(300.00 + 199.99) = -499.99, 2 entries
 * Cash     = 2150.49 - 499.99 = 1650.50
 * related-party-revenue = -200.00, 1 entry
 * Adjusted = 1650.50 - 200.00 = 1450.50
 *
 * 2026-03: Reported 1000.00 + 300.00 = 1300.00; cloud -300.00; Cash 1000.00; related 0.00; Adjusted 1000.00
 * 2026-04: Reported 250.50 + 199.99 + 400.00 = 850.49; cloud -199.99; Cash 650.50; related -200.00;
 *          Adjusted 450.50            (check: 1000.00 + 450.50 = 1450.50)
 * </pre>
 */
public final class TinyLedger {

    public static final String HOSTILE_CUSTOMER = "=HYPERLINK(\"http://evil.example/\",\"click\")";
    public static final String HOSTILE_CHANNEL = "+cmd|' /C calc'!A0";
    public static final String HOSTILE_PRODUCT = "@SUM(1+1)";
    public static final String HOSTILE_INVOICE = "-2+3";
    public static final String HOSTILE_REGION = "\t=1+1";
    public static final String HOSTILE_NOTE = "\r=1+1";

    public static final Rule CLOUD = new Rule("cloud-credit-revenue", "Revenue settled in cloud credits",
            "ASC 606-10-32-21 noncash consideration", new Condition.FieldIn("settlement", Set.of("cloud-credit")),
            new Action.Strip(), View.CASH, new RuleOrigin("rules/cloud.yaml", 1));
    public static final Rule RELATED = new Rule("related-party-revenue", "Purchases by the investor",
            "ASC 850 related parties", new Condition.FieldIn("customer", Set.of("investor co")),
            new Action.Haircut(new BigDecimal("50")), View.ADJUSTED, new RuleOrigin("rules/related.yaml", 4));

    private TinyLedger() {
    }

    public static List<RevenueEntry> entries() {
        return List.of(
                entry("2026-03-05", "Acme Corp", "direct", Settlement.CASH, "1000.00", 2,
                        Map.of("invoice", "INV-1", "product", "API")),
                entry("2026-03-20", "AWS Marketplace", "marketplace", Settlement.CLOUD_CREDIT, "300.00", 3,
                        Map.of("invoice", "INV-2")),
                entry("2026-04-02", HOSTILE_CUSTOMER, HOSTILE_CHANNEL, Settlement.CASH, "250.50", 5,
                        Map.of("invoice", HOSTILE_INVOICE, "product", HOSTILE_PRODUCT, "region", HOSTILE_REGION,
                                "note", HOSTILE_NOTE)),
                entry("2026-04-15", "Investor Co", "marketplace", Settlement.CLOUD_CREDIT, "199.99", 6, Map.of()),
                entry("2026-04-28", "Investor Co", "direct", Settlement.CASH, "400.00", 9, Map.of()));
    }

    public static AdjustedLedger adjusted() {
        return adjusted(entries(), CLOUD, RELATED);
    }

    /** The same ledger, with the hostile customer and channel moved onto the cloud-credit entry on row 3. */
    public static AdjustedLedger adjustedWithHostileCloudEntry() {
        List<RevenueEntry> entries = new java.util.ArrayList<>(entries());
        entries.set(1, entry("2026-03-20", HOSTILE_CUSTOMER, HOSTILE_CHANNEL, Settlement.CLOUD_CREDIT, "300.00", 3,
                Map.of("invoice", "INV-2")));
        return adjusted(entries, CLOUD, RELATED);
    }

    public static AdjustedLedger adjusted(List<RevenueEntry> entries, Rule... rules) {
        return Adjuster.apply(ledger(entries), new RuleSet(List.of(rules), List.of()));
    }

    public static Ledger ledger(List<RevenueEntry> entries) {
        return new Ledger("Tiny AI", List.of(), entries, List.of(), List.of(), List.of(), List.of(),
                PartyRegister.empty(), List.of());
    }

    public static RevenueEntry entry(String date, String customer, String channel, Settlement settlement, String amount,
            int row, Map<String, String> attributes) {
        return entry("pnl.xlsx", "Revenue", date, customer, channel, settlement, Money.usd(amount), row, attributes);
    }

    public static RevenueEntry entry(String file, String sheet, String date, String customer, String channel,
            Settlement settlement, Money amount, int row, Map<String, String> attributes) {
        return new RevenueEntry(LocalDate.parse(date), customer, channel, settlement, amount, attributes,
                new SourceRef(file, sheet, row, 4));
    }

    public static Rule rule(String id, View view, Condition when) {
        return new Rule(id, id, "basis", when, new Action.Strip(), view, new RuleOrigin("rules/x.yaml", 1));
    }
}

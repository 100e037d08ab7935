package io.haircut.investors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.haircut.ledger.Commitment;
import io.haircut.ledger.FundingEntry;
import io.haircut.ledger.Ledger;
import io.haircut.ledger.Money;
import io.haircut.ledger.Party;
import io.haircut.ledger.PartyRegister;
import io.haircut.ledger.Relationship;
import io.haircut.ledger.RevenueEntry;
import io.haircut.ledger.Settlement;
import io.haircut.ledger.SourceRef;
import io.haircut.ledger.Status;
import io.haircut.report.InvestorsFormats;
import io.haircut.report.JsonRenderer;
import io.haircut.report.ScreenRenderer;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.files.RuleFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two investors, one of them also the cloud vendor of a $100B ten-year commitment. Every figure is worked
 * out by hand in the comments from the rows written here.
 */
class InvestorsTest {

    @TempDir
    Path dir;

    private static SourceRef cell(String sheet, int row) {
        return new SourceRef("lab.xlsx", sheet, row, 1);
    }

    /**
     * Parties: Amazon (Amazon.com, Inc. and Amazon Web Services, Inc.) and Google (Alphabet Inc. and Google LLC),
     * both investors. Revenue in 2025, 1,000.00 reported: Acme 700.00 in cash; AWS 100.00 in cloud credits and
     * 50.00 in cash; Google LLC 150.00 in cash.
     * Funding: Amazon 6B cash + 2B credits binding, 4B contingent; Google ("ALPHABET INC") 3B binding cash and
     * ("Google, LLC") 1B reported-unconfirmed.
     * Commitments: AWS 100B over ten years from 2026 (binding); Google LLC 5B in 2027 (contingent);
     * "Amazonia Analytics" 1B in 2026 (binding, a near miss of Amazon: never counted for it).
     */
    private AdjustedLedger lab() throws IOException {
        List<Party> parties = List.of(
                new Party("Amazon.com, Inc.", "Amazon", Relationship.INVESTOR, cell("Parties", 2)),
                new Party("Amazon Web Services, Inc.", "Amazon", Relationship.INVESTOR, cell("Parties", 3)),
                new Party("Alphabet Inc.", "Google", Relationship.INVESTOR, cell("Parties", 4)),
                new Party("Google LLC", "Google", Relationship.INVESTOR, cell("Parties", 5)));
        List<RevenueEntry> revenue = new ArrayList<>();
        revenue.add(entry("2025-06-15", "Acme Corp", Settlement.CASH, "700.00", 2));
        revenue.add(entry("2025-07-15", "Amazon Web Services, Inc.", Settlement.CLOUD_CREDIT, "100.00", 3));
        revenue.add(entry("2025-08-15", "Amazon Web Services, Inc.", Settlement.CASH, "50.00", 4));
        revenue.add(entry("2025-12-15", "Google LLC", Settlement.CASH, "150.00", 5));
        List<FundingEntry> funding = List.of(
                funding("2025-03-01", "Amazon.com, Inc.", Settlement.CASH, Status.BINDING, "6000000000.00", 2),
                funding("2025-03-01", "Amazon.com, Inc.", Settlement.CLOUD_CREDIT, Status.BINDING, "2000000000.00", 3),
                funding("2026-03-01", "Amazon.com, Inc.", Settlement.CASH, Status.CONTINGENT, "4000000000.00", 4),
                funding("2025-05-01", "ALPHABET INC", Settlement.CASH, Status.BINDING, "3000000000.00", 5),
                funding("2025-09-01", "Google, LLC", Settlement.CASH, Status.REPORTED_UNCONFIRMED, "1000000000.00", 6));
        List<Commitment> commitments = List.of(
                Commitment.total("Amazon Web Services, Inc.", 2026, 10, Money.usd("100000000000.00"), Status.BINDING,
                        cell("Commitments", 2)),
                new Commitment("Google LLC", 2027, Money.usd("5000000000.00"), Status.CONTINGENT, cell("Commitments", 3)),
                new Commitment("Amazonia Analytics", 2026, Money.usd("1000000000.00"), Status.BINDING, cell("Commitments", 4)));
        Ledger ledger = new Ledger("lab", List.of(), revenue, List.of(), List.of(), funding, commitments, new PartyRegister(parties),
                List.of());
        Files.writeString(dir.resolve("credits.yaml"), """
                id: cloud-credit-revenue
                description: credits are not cash
                basis: ASC 606-10-32-21
                applies-to: revenue
                view: cash
                when:
                  settlement: cloud-credit
                action: strip
                """);
        Files.writeString(dir.resolve("related.yaml"), """
                id: related-party-revenue
                description: investors' revenue is not third-party demand
                basis: ASC 850
                applies-to: revenue
                view: adjusted
                when:
                  counterparty:
                    relationship: [investor, affiliate]
                action: strip
                """);
        return Adjuster.apply(ledger, RuleFiles.load(dir));
    }

    private static RevenueEntry entry(String date, String customer, Settlement settlement, String amount, int row) {
        return new RevenueEntry(LocalDate.parse(date), customer, "direct", settlement, Money.usd(amount), Map.of(), cell("Revenue", row));
    }

    private static FundingEntry funding(String date, String investor, Settlement form, Status status, String amount, int row) {
        return new FundingEntry(LocalDate.parse(date), investor, Money.usd(amount), form, status, cell("Funding", row));
    }

    @Test
    void eachInvestorsMoneyInAndOut() throws IOException {
        InvestorsReport r = Investors.of(lab(), null);
        assertThat(r.totalReported()).isEqualByComparingTo("1000.00");
        assertThat(r.groups()).extracting(InvestorGroup::group).containsExactly("Amazon", "Google");

        InvestorGroup amazon = r.groups().get(0);
        // Funding: 6B + 2B binding (2B of it credits); 4B contingent.
        assertThat(amazon.fundingBinding()).isEqualByComparingTo("8000000000");
        assertThat(amazon.fundingBindingCash()).isEqualByComparingTo("6000000000");
        assertThat(amazon.fundingBindingCredits()).isEqualByComparingTo("2000000000");
        assertThat(amazon.fundingContingent()).isEqualByComparingTo("4000000000");
        // Revenue: 100 (credits) + 50 (cash) = 150 of 1,000 = 15%; the credit rule took 100, the related-party rule 50.
        assertThat(amazon.revenueReported()).isEqualByComparingTo("150");
        assertThat(amazon.revenueCreditSettled()).isEqualByComparingTo("100");
        assertThat(amazon.revenueAtCashStep()).isEqualByComparingTo("100");
        assertThat(amazon.revenueStripped()).isEqualByComparingTo("150");
        assertThat(InvestorGroup.rounded(amazon.revenueShareOfReported())).isEqualByComparingTo("0.1500");
        // Commitments: 100B / 10 = 10B a year, 2026-2035; 100B / 8B = 12.5 per funding dollar; net flow 8B - 100B = -92B.
        assertThat(amazon.commitmentsBinding()).isEqualByComparingTo("100000000000");
        assertThat(amazon.commitmentsByYear()).hasSize(10).containsEntry(2026, new BigDecimal("10000000000.00"))
                .containsEntry(2035, new BigDecimal("10000000000.00"));
        assertThat(amazon.commitmentsPerFundingDollar()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12.5"));
        assertThat(amazon.netFlow()).isEqualByComparingTo("-92000000000");

        InvestorGroup google = r.groups().get(1);
        // ALPHABET INC normalises to Alphabet Inc. and "Google, LLC" to Google LLC: 3B binding, 1B unconfirmed.
        assertThat(google.fundingBinding()).isEqualByComparingTo("3000000000");
        assertThat(google.fundingUnconfirmed()).isEqualByComparingTo("1000000000");
        // 150 of 1,000, all cash: nothing at the cash step, all 150 at the related-party step.
        assertThat(google.revenueReported()).isEqualByComparingTo("150");
        assertThat(google.revenueAtCashStep()).isEqualByComparingTo("0");
        assertThat(google.revenueStripped()).isEqualByComparingTo("150");
        // No binding commitment: 0 per funding dollar; 5B contingent; net flow 3B - 0 = 3B.
        assertThat(google.commitmentsBinding()).isEqualByComparingTo("0");
        assertThat(google.commitmentsContingent()).isEqualByComparingTo("5000000000");
        assertThat(google.commitmentsPerFundingDollar()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
        assertThat(google.netFlow()).isEqualByComparingTo("3000000000");

        // Amazonia Analytics looks like Amazon and is listed, never counted (Amazon's binding commitments stay 100B).
        assertThat(r.nearMisses()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Amazonia Analytics");
            assertThat(m.table()).isEqualTo("commitments");
            assertThat(m.group()).isEqualTo("Amazon");
        });
    }

    @Test
    void jsonHasExactStringsAndTheTableEndsWithAReading() throws IOException {
        InvestorsReport r = Investors.of(lab(), null);
        JsonNode root = new ObjectMapper().readTree(JsonRenderer.text(InvestorsFormats.report(r)));
        assertThat(root.get("currency").asText()).isEqualTo("USD");
        assertThat(root.get("asOf").asText()).isEqualTo("2025-12");
        JsonNode amazon = root.get("groups").get(0);
        assertThat(amazon.get("group").asText()).isEqualTo("Amazon");
        assertThat(amazon.get("relationship").asText()).isEqualTo("investor");
        assertThat(amazon.get("fundingBinding").asText()).isEqualTo("8000000000.00");
        assertThat(amazon.get("fundingBindingCredits").asText()).isEqualTo("2000000000.00");
        assertThat(amazon.get("revenueReported").asText()).isEqualTo("150.00");
        assertThat(amazon.get("revenueShareOfReported").asText()).isEqualTo("0.1500");
        assertThat(amazon.get("revenueStripped").asText()).isEqualTo("150.00");
        assertThat(amazon.get("commitmentsPerFundingDollar").asText()).isEqualTo("12.5000");
        assertThat(amazon.get("netFlow").asText()).isEqualTo("-92000000000.00");
        assertThat(amazon.get("commitmentsByYear")).hasSize(10);
        assertThat(root.get("groups").get(1).get("commitmentsContingent").asText()).isEqualTo("5000000000.00");

        String table = ScreenRenderer.text(InvestorsFormats.report(r));
        assertThat(table).contains("for every dollar Amazon invested, 12.50 dollars are committed back to Amazon's entities")
                .contains("15.0% of reported revenue is Amazon's own");
    }

    @Test
    void aFunderInNoGroupIsItsOwnRowAndAGroupWithNeitherIsLeftOut() throws IOException {
        Ledger plain = new Ledger("lab", List.of(),
                List.of(entry("2025-06-15", "Acme Corp", Settlement.CASH, "100.00", 2)), List.of(), List.of(),
                List.of(funding("2025-03-01", "Sequoia Capital", Settlement.CASH, Status.BINDING, "50.00", 2)), List.of(),
                new PartyRegister(List.of(new Party("Acme Corp", "Acme", Relationship.OTHER, cell("Parties", 2)))), List.of());
        lab(); // writes the two rule files
        InvestorsReport r = Investors.of(Adjuster.apply(plain, RuleFiles.load(dir)), null);
        // Acme is "other", neither investor nor affiliate: no row. Sequoia funded 50 and is in no group: a row of its own, no commitments.
        assertThat(r.groups()).extracting(InvestorGroup::group).containsExactly("Sequoia Capital");
        assertThat(r.groups().get(0).relationship()).isEqualTo(Investors.NOT_LISTED);
        assertThat(r.groups().get(0).netFlow()).isEqualByComparingTo("50");
    }
}

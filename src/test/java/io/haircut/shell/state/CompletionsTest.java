package io.haircut.shell.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.haircut.coverage.Scenario;
import io.haircut.rules.files.RuleFiles;
import io.haircut.shell.commands.InspectCommands;
import io.haircut.shell.terminal.ImportSummaryTest;
import io.haircut.workbook.LedgerImporter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.completion.CompletionProvider;

/** What Tab offers from the session: rule ids, counterparties, sheets, periods and scenarios of the loaded data. */
class CompletionsTest {

    private final Completions completions = new Completions();
    private final SessionState state = new SessionState();

    private static final CompletionContext AT_START = new CompletionContext(List.of(""), 0, 0, null, null);

    private static List<String> offered(CompletionProvider provider) {
        return provider.apply(AT_START).stream().map(CompletionProposal::value).toList();
    }

    @Test
    void beforeAnythingIsLoadedNothingIsOffered() {
        assertThat(offered(completions.ruleIds(state))).isEmpty();
        assertThat(offered(completions.counterparties(state))).isEmpty();
        assertThat(offered(completions.periods(state))).isEmpty();
        assertThat(offered(completions.sheets(state))).isEmpty();
        // The scenarios are there from the start.
        assertThat(offered(completions.scenarioNames(state))).containsExactly("bear", "base", "bull");
    }

    @Test
    void offersTheLoadedRuleIdsGroupsSheetsAndPeriods() throws Exception {
        state.update("import", s -> s.withLedger(LedgerImporter.importPath(Path.of("samples/frontier-ai.xlsx")).ledger()));
        state.update("rules", s -> s.withRules(RuleFiles.load(Path.of("rules"))));

        assertThat(offered(completions.ruleIds(state))).containsExactly("cloud-credit-revenue",
                "consideration-payable-to-customer", "contingent-funding", "contingent-commitments", "credit-funded-financing",
                "customer-concentration", "related-party-revenue", "resold-revenue-gross-to-net", "round-trips");

        // The groups, read straight from the sample's Parties table (column 2), in order of first mention,
        // then the revenue's customers as written, every spelling, alphabetically ignoring case.
        Set<String> counterparties = new LinkedHashSet<>(column("Parties.csv", "Group"));
        counterparties.addAll(column("Revenue.csv", "Customer").stream().distinct()
                .sorted(Comparator.comparing((String c) -> c.toLowerCase(Locale.ROOT)).thenComparing(Comparator.naturalOrder())).toList());
        assertThat(offered(completions.counterparties(state))).containsExactlyElementsOf(counterparties)
                .contains("Amazon", "Vandelay Industries");

        assertThat(offered(completions.sheets(state)))
                .containsExactly("Revenue", "Costs", "Customers", "Funding", "Commitments", "Parties", "Cash");

        // Revenue runs from 2024-10 to 2026-04 (README): years 2024-2026, quarters 2024-Q4 to 2026-Q2, 19 months.
        List<String> expected = new ArrayList<>(List.of("2024", "2025", "2026",
                "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2",
                "2024-10", "2024-11", "2024-12"));
        for (int m = 1; m <= 12; m++) {
            expected.add(String.format("2025-%02d", m));
        }
        for (int m = 1; m <= 4; m++) {
            expected.add(String.format("2026-%02d", m));
        }
        expected.add("all");
        assertThat(offered(completions.periods(state))).containsExactlyElementsOf(expected);
    }

    @Test
    void scenariosAddedAndRemovedAreOfferedAsTheyStand() {
        state.update("scenario add", s -> s.withScenarios(s.scenarios().with(Scenario.constant("slow", new BigDecimal("0.2")))
                .without("bull")));
        assertThat(offered(completions.scenarioNames(state))).containsExactly("bear", "base", "slow");
    }

    @Test
    void sheetsComeFromTheFilesLastInspectedOrImported() {
        state.sawSheets(List.of("Income Statement", "Revenue", "Old model"));
        assertThat(offered(completions.sheets(state))).containsExactly("Income Statement", "Revenue", "Old model");
        // A comma-separated list: the names typed stay in front, and a name listed is not offered again.
        assertThat(Completions.sheetProposals("revenue,Inc", List.of("Income Statement", "Revenue", "Old model")))
                .extracting(CompletionProposal::value).containsExactly("revenue,Income Statement", "revenue,Old model");
    }

    @Test
    void inspectingAFileRemembersItsSheetsAndACsvFileByItsName() {
        new InspectCommands(null, state).inspect(List.of("samples/frontier-ai/Revenue.csv", "samples/frontier-ai/Costs.csv"),
                null, null, false, null, null, false);
        assertThat(offered(completions.sheets(state))).containsExactly("Revenue.csv", "Costs.csv");
    }

    private static List<String> column(String file, String header) throws Exception {
        return ImportSummaryTest.column(Path.of("samples/frontier-ai"), file, header);
    }

    @Test
    void fixedValuesForByAndFormat() {
        assertThat(offered(completions.granularities())).containsExactly("month", "quarter", "year");
        assertThat(offered(completions.formats())).containsExactly("table", "csv", "json");
    }
}
